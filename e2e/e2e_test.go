//go:build unix

// Package e2e drives the eventday binary as a user does, in a real terminal
// (tmux), and checks what eventday promises end to end: a cue shown on
// screen survives kill -9 with its timer still running, and a second copy on
// the same folder is refused.
package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"eventday/i18n"
)

// binary is the eventday built once by TestMain, or the one -e2e.binary
// names.
var binary string

var prebuilt = flag.String("e2e.binary", "", "drive this eventday binary instead of building one from the module (to measure an older build)")

func TestMain(m *testing.M) {
	os.Exit(buildAndRun(m))
}

func buildAndRun(m *testing.M) int {
	flag.Parse()
	if testing.Short() {
		return m.Run() // every test skips itself
	}
	if *prebuilt != "" {
		abs, err := filepath.Abs(*prebuilt)
		if err != nil {
			fmt.Fprintln(os.Stderr, "e2e:", err)
			return 1
		}
		binary = abs
		return m.Run()
	}
	dir, err := os.MkdirTemp("", "eventday-e2e-*")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	binary = filepath.Join(dir, "eventday")
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Dir = ".." // the module root
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e: building eventday:", err)
		return 1
	}
	return m.Run()
}

// statSources stats every file of the module. The binary these tests drive
// is built from them, not imported, so without this "go test" would reuse a
// cached pass after the sources changed: it reruns a test only when a file
// the test itself looked at has changed. It must run inside a test (not in
// TestMain before m.Run), where go test records what the test looks at.
func statSources(root string) error {
	return filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && strings.HasPrefix(d.Name(), ".") {
			return filepath.SkipDir // .git, .ci
		}
		if !d.IsDir() {
			_, err = os.Stat(path)
		}
		return err
	})
}

// The first two acts of the built-in event, as the screen shows them.
const (
	firstAct  = "童声合唱《春天在哪里》"
	secondAct = "扇子舞《茉莉花》"
)

// en is the text the app shows; the tests read the screen in English.
var en = i18n.For("en")

func TestGoSurvivesKill9(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)

	s := tm.start(t, "run", dir)
	s.waitText(t, "the first act offered", firstAct)
	// GO and at once tab: the GO's answer comes while the Desk is in
	// front. Back on the Stage, the next cue must still be written.
	s.keys(t, "Space", "Tab")
	s.waitText(t, "the Desk", "["+en.Common.TabDesk+"]")
	s.keys(t, "BTab")
	s.waitText(t, "the Stage again", "["+en.Common.TabStage+"]")
	s.keys(t, "h")
	waitCueKinds(t, dir, "go", "hold")
	s.keys(t, "h") // resume: the act's clock runs on
	waitCueKinds(t, dir, "go", "hold", "resume")
	waitGoLines(t, dir, 1)
	s.waitFor(t, "the first act live", liveAct(firstAct))

	// Past the 2-second double-GO guard, so this GO counts.
	time.Sleep(3 * time.Second)
	s.keys(t, "Space")
	s.waitFor(t, "the second act live", liveAct(secondAct))
	gos := waitGoLines(t, dir, 2)
	if gap := gos[1].At.Sub(gos[0].At); gap < 2*time.Second {
		t.Fatalf("the two GOs are %v apart; the guard should have refused the second", gap)
	}
	secondGo := gos[1].At

	// Let the act run a while so that a clock restarted from zero would be
	// told apart from one that kept counting.
	time.Sleep(3 * time.Second)
	pid := s.pid(t)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("kill -9 %d: %v", pid, err)
	}
	time.Sleep(2 * time.Second)
	s.waitDead(t, pid)

	restarted := time.Now()
	s2 := tm.start(t, "run", dir)
	var shown time.Duration
	var sinceGo, sinceRestart time.Duration
	s2.waitFor(t, "the second act still live after the restart", func(screen string) bool {
		if !liveAct(secondAct)(screen) || !rowWith(firstAct, en.Stage.StatusDone)(screen) {
			return false
		}
		d, ok := elapsedOnScreen(screen)
		if !ok {
			return false
		}
		shown, sinceGo, sinceRestart = d, time.Since(secondGo), time.Since(restarted)
		return true
	})
	// The screen redraws once a second and shows whole seconds, so it may
	// lag the clock by up to two.
	if shown < sinceGo-2*time.Second || shown > sinceGo+time.Second {
		t.Errorf("after the restart the live act shows %v on stage; its GO was %v ago", shown, sinceGo.Round(time.Second))
	}
	if shown <= sinceRestart+time.Second {
		t.Errorf("the live act shows %v, no more than the %v since the restart: its clock started again", shown, sinceRestart.Round(time.Second))
	}
	if got := goLines(t, dir); len(got) != 2 {
		t.Errorf("after the restart show.jsonl has %d GO lines, want 2", len(got))
	}
	t.Logf("kill -9 %d; after the restart the live act shows %v (GO %v ago)", pid, shown, sinceGo.Round(100*time.Millisecond))
}

func TestSecondRunIsRefused(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)
	s := tm.start(t, "run", dir)
	s.waitText(t, "the event open", firstAct)
	holder := s.pid(t)
	before, _ := os.ReadFile(filepath.Join(dir, "show.jsonl"))

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, "--lang", "en", "run", dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	code := -1
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	}
	if code != 1 {
		t.Errorf("second run: %v (exit %d), want exit 1; stderr %q", err, code, stderr.String())
	}
	if want := fmt.Sprintf("pid %d", holder); !strings.Contains(stderr.String(), want) {
		t.Errorf("second run's stderr %q does not name the holder (%s)", stderr.String(), want)
	}
	if !strings.HasPrefix(stderr.String(), "eventday: ") {
		t.Errorf("second run's stderr %q lacks the eventday: prefix", stderr.String())
	}
	after, _ := os.ReadFile(filepath.Join(dir, "show.jsonl"))
	if !bytes.Equal(before, after) {
		t.Errorf("the refused run changed show.jsonl")
	}
	// The first copy is unharmed.
	s.waitText(t, "the first copy still running", firstAct)
	if s.dead(t) {
		t.Errorf("the first copy died")
	}
}

// initEvent writes the built-in event into a new folder with eventday init.
func initEvent(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "mayday")
	out, err := exec.Command(binary, "--lang", "en", "init", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("eventday init: %v\n%s", err, out)
	}
	return dir
}

// cue is the part of a show.jsonl line these tests read.
type cue struct {
	Kind string    `json:"kind"`
	At   time.Time `json:"at"`
}

// cueLines reads the cues of show.jsonl.
func cueLines(t *testing.T, dir string) []cue {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "show.jsonl"))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	var cues []cue
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var c cue
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("show.jsonl:%d: %v", n, err)
		}
		cues = append(cues, c)
	}
	return cues
}

// goLines reads the GO cues of show.jsonl.
func goLines(t *testing.T, dir string) []cue {
	t.Helper()
	var gos []cue
	for _, c := range cueLines(t, dir) {
		if c.Kind == "go" {
			gos = append(gos, c)
		}
	}
	return gos
}

// waitCueKinds waits until show.jsonl holds cues of exactly these kinds, in
// this order.
func waitCueKinds(t *testing.T, dir string, kinds ...string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		var got []string
		for _, c := range cueLines(t, dir) {
			got = append(got, c.Kind)
		}
		if slices.Equal(got, kinds) {
			return
		}
		if len(got) > len(kinds) || time.Now().After(deadline) {
			t.Fatalf("show.jsonl holds the cues %q, want %q", got, kinds)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitGoLines waits until show.jsonl holds n GO cues and returns them.
func waitGoLines(t *testing.T, dir string, n int) []cue {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		gos := goLines(t, dir)
		if len(gos) == n {
			return gos
		}
		if len(gos) > n || time.Now().After(deadline) {
			t.Fatalf("show.jsonl has %d GO lines, want %d", len(gos), n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// liveAct reports whether the screen shows title as the act on stage: a
// line with the live status and the title (the running order's row).
func liveAct(title string) func(string) bool {
	return rowWith(title, en.Stage.StatusLive)
}

// rowWith reports whether a line of the screen holds both the act's title
// and the status.
func rowWith(title, status string) func(string) bool {
	return func(screen string) bool {
		for line := range strings.SplitSeq(screen, "\n") {
			if strings.Contains(line, title) && strings.Contains(line, status) {
				return true
			}
		}
		return false
	}
}

// elapsedPattern finds the time on stage in the Now panel, built from the
// catalog's "%s of %s" so that it follows the text the app shows.
var elapsedPattern = regexp.MustCompile(strings.ReplaceAll(regexp.QuoteMeta(en.Stage.Elapsed),
	"%s", `(\d+(?::\d\d){1,2})`))

// elapsedOnScreen reads the live act's time on stage, as m:ss or h:mm:ss.
func elapsedOnScreen(screen string) (time.Duration, bool) {
	m := elapsedPattern.FindStringSubmatch(screen)
	if m == nil {
		return 0, false
	}
	var secs int
	for part := range strings.SplitSeq(m[1], ":") {
		n, err := strconv.Atoi(part)
		if err != nil {
			return 0, false
		}
		secs = secs*60 + n
	}
	return time.Duration(secs) * time.Second, true
}

// tmux is a private tmux server (its own socket in the test's temporary
// folder), so the tests neither see nor disturb the user's sessions and
// leave no socket behind.
type tmux struct {
	socket   string
	sessions int    // how many sessions start has made, for their names
	home     string // the user's cache and config folders of the programs it starts
}

func newTmux(t *testing.T) *tmux {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("end-to-end test: tmux is not installed (bash .ci/run installs it)")
	}
	if err := statSources(".."); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	tm := &tmux{socket: filepath.Join(tmp, "tmux.sock"), home: filepath.Join(tmp, "home")}
	// remain-on-exit keeps a pane whose program died, so that a test can
	// see that it died and what it last printed.
	conf := filepath.Join(tmp, "tmux.conf")
	if err := os.WriteFile(conf, []byte("set -g remain-on-exit on\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tm.run(t, "-f", conf, "new-session", "-d", "-s", "keep", "-x", "20", "-y", "5", "sleep", "3600")
	t.Cleanup(func() { exec.Command("tmux", "-S", tm.socket, "kill-server").Run() })
	return tm
}

func (tm *tmux) run(t *testing.T, args ...string) string {
	t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", tm.socket, "-u"}, args...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// session is one tmux session running eventday.
type session struct {
	tm   *tmux
	name string
}

// start runs eventday with args in a new 100×30 session, in English.
func (tm *tmux) start(t *testing.T, args ...string) *session {
	t.Helper()
	tm.sessions++
	s := &session{tm: tm, name: fmt.Sprintf("run%d", tm.sessions)}
	cmd := []string{"new-session", "-d", "-s", s.name, "-x", "100", "-y", "30",
		"-e", "LANG=en_US.UTF-8", "-e", "LC_ALL=", "-e", "TERM=xterm-256color",
		// What the app keeps in the user's folders (serve's log, a host
		// key) stays in the test's.
		"-e", "XDG_CACHE_HOME=" + filepath.Join(tm.home, "cache"),
		"-e", "XDG_CONFIG_HOME=" + filepath.Join(tm.home, "config"),
		binary, "--lang", "en"}
	tm.run(t, append(cmd, args...)...)
	return s
}

func (s *session) keys(t *testing.T, keys ...string) {
	t.Helper()
	s.tm.run(t, append([]string{"send-keys", "-t", s.name}, keys...)...)
}

func (s *session) screen(t *testing.T) string {
	t.Helper()
	return s.tm.run(t, "capture-pane", "-p", "-t", s.name)
}

// pid is the process in the session's pane: eventday itself, since tmux
// runs a command given as several arguments without a shell.
func (s *session) pid(t *testing.T) int {
	t.Helper()
	pid := s.panePID(t)
	isBinary(t, pid)
	return pid
}

// panePID is the process tmux started in the session's pane.
func (s *session) panePID(t *testing.T) int {
	t.Helper()
	out := strings.TrimSpace(s.tm.run(t, "list-panes", "-t", s.name, "-F", "#{pane_pid}"))
	pid, err := strconv.Atoi(out)
	if err != nil {
		t.Fatalf("pane pid %q: %v", out, err)
	}
	return pid
}

// isBinary fails the test unless pid runs the eventday under test.
func isBinary(t *testing.T, pid int) {
	t.Helper()
	if exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid)); err == nil && exe != binary {
		t.Fatalf("process %d runs %s, not %s", pid, exe, binary)
	}
}

func (s *session) dead(t *testing.T) bool {
	t.Helper()
	return strings.TrimSpace(s.tm.run(t, "list-panes", "-t", s.name, "-F", "#{pane_dead}")) == "1"
}

// waitDead waits until the pane's program has died; the tmux server
// notices a child's death asynchronously, later on a busy machine.
func (s *session) waitDead(t *testing.T, pid int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !s.dead(t) {
		if time.Now().After(deadline) {
			st, _ := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
			t.Fatalf("eventday (pid %d) still runs 10s after SIGKILL; /proc stat: %q", pid, st)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// waitText waits, as waitFor does, until the screen shows every one of
// texts.
func (s *session) waitText(t *testing.T, what string, texts ...string) {
	t.Helper()
	s.waitFor(t, what, func(screen string) bool {
		for _, text := range texts {
			if !strings.Contains(screen, text) {
				return false
			}
		}
		return true
	})
}

// waitFor polls the screen until ok accepts it, and fails the test with the
// last screen after 15 seconds or when eventday has died.
func (s *session) waitFor(t *testing.T, what string, ok func(screen string) bool) {
	t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		screen := s.screen(t)
		if ok(screen) {
			return
		}
		if s.dead(t) {
			t.Fatalf("waiting for %s: eventday exited; its screen:\n%s", what, screen)
		}
		if time.Now().After(deadline) {
			t.Fatalf("waiting for %s: not there after 15s; the screen:\n%s", what, screen)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
