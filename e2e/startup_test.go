//go:build unix

package e2e

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"eventday/internal/eventtest"
	"eventday/live/livetest"
)

// What a start may cost at the scale the README promises.
const (
	// The first frame is promised in under 300 ms (README, Performance);
	// the best of three runs on the 2-core machines here is 160-220 ms.
	firstFrameLimit = 300 * time.Millisecond
	memoryLimitKB   = 100 << 10
	// frameRuns is how many starts are timed, and frameRetries how many
	// more when the best of them is over the limit: a CI machine busy
	// with something else can slow every run of a short series.
	frameRuns, frameRetries = 3, 3
)

var scaleDir = flag.String("startup.dir", "", "write TestStartupAtScale's folder here and keep it, to measure by hand")

// TestStartupAtScale opens an event with a roster of 20,000 and a log of
// 100,000 sign-ins, as "eventday check" and as the full-screen app, each
// under /usr/bin/time -v, and holds them to the README's promise: the first
// frame drawn in under 300 ms, under 100 MB of memory. The first frame is
// timed from the keystroke that starts the process to the moment tmux reads
// the programme from the terminal, so it includes the keystroke's way
// through tmux and /usr/bin/time's start: it errs on the slow side. The best
// of three runs is held to the limit, since a busy CI machine can stall any
// one of them, and of six when the first three are all over it.
func TestStartupAtScale(t *testing.T) {
	tm := newTmux(t)
	gnuTime, err := exec.LookPath("/usr/bin/time")
	if err != nil {
		t.Skip("/usr/bin/time is missing (apt-get install time; bash .ci/run installs it)")
	}
	dir := filepath.Join(t.TempDir(), "scale")
	if *scaleDir != "" {
		dir = *scaleDir
	}
	made := time.Now()
	writeScaleFolder(t, dir, livetest.Benchmark)
	t.Logf("wrote a folder of %v in %v", livetest.Benchmark, time.Since(made).Round(time.Millisecond))

	stats := filepath.Join(t.TempDir(), "time.txt")
	out, err := exec.Command(gnuTime, "-v", "-o", stats, binary, "--lang", "en", "check", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("eventday check: %v\n%s", err, out)
	}
	check := readTimeV(t, stats)
	t.Logf("startup: eventday check: %v wall, %d MB max RSS (%s)", check.wall.Round(time.Millisecond), check.maxRSS>>10, strings.TrimSpace(string(out)))

	var frames []time.Duration
	var worstRSS int
	for run := 0; run < frameRuns || run < frameRuns+frameRetries && slices.Min(frames) > firstFrameLimit; run++ {
		stats := filepath.Join(t.TempDir(), fmt.Sprintf("time%d.txt", run))
		frame, rss := firstFrame(t, tm, gnuTime, stats, dir)
		frames = append(frames, frame)
		worstRSS = max(worstRSS, rss)
	}
	slices.Sort(frames)
	t.Logf("startup: eventday run: first frame %v (best of %d; median %v, worst %v), %d MB max RSS (worst of %[2]d)",
		frames[0].Round(time.Millisecond), len(frames), frames[len(frames)/2].Round(time.Millisecond), frames[len(frames)-1].Round(time.Millisecond), worstRSS>>10)
	if frames[0] > firstFrameLimit {
		t.Errorf("the first frame took %v at best of %d runs, over the %v promised", frames[0], len(frames), firstFrameLimit)
	}
	if worstRSS > memoryLimitKB || check.maxRSS > memoryLimitKB {
		t.Errorf("max RSS %d KB (run) / %d KB (check), over the %d MB promised", worstRSS, check.maxRSS, memoryLimitKB>>10)
	}
}

// firstFrame starts the app on dir under /usr/bin/time in a new tmux
// session and returns how long it took until the programme was written to
// the terminal, and the app's max RSS in KB after it quit.
func firstFrame(t *testing.T, tm *tmux, gnuTime, stats, dir string, args ...string) (time.Duration, int) {
	t.Helper()
	r, frame := startTimedWith(t, tm, gnuTime, stats, append([]string{"run", dir}, args...), 10*time.Second)
	return frame, r.quit(t).maxRSS
}

// timedRun is the app running under /usr/bin/time in a tmux session.
type timedRun struct {
	*session
	stats string // where /usr/bin/time writes its report
}

// startTimed starts the app on dir under /usr/bin/time in a new tmux
// session and returns it with how long it took until the programme was
// written to the terminal; the test fails when that takes longer than
// wait.
//
// It watches the terminal through a tmux control client, which is told of
// every write the moment tmux reads it: looking at the screen over and over
// instead would be late by the time between looks, and each look starts a
// tmux client that takes CPU from the app being timed.
func startTimed(t *testing.T, tm *tmux, gnuTime, stats, dir string, wait time.Duration) (*timedRun, time.Duration) {
	t.Helper()
	return startTimedWith(t, tm, gnuTime, stats, []string{"run", dir}, wait)
}

// startTimedWith is startTimed with the app's command line after --lang:
// run, or serve with its flags.
func startTimedWith(t *testing.T, tm *tmux, gnuTime, stats string, args []string, wait time.Duration) (*timedRun, time.Duration) {
	t.Helper()
	tm.sessions++
	s := &session{tm: tm, name: fmt.Sprintf("scale%d", tm.sessions)}
	// The app starts on the Enter sent below, once the watcher is attached.
	cmd := []string{"new-session", "-d", "-s", s.name, "-x", "100", "-y", "30",
		"-e", "LANG=en_US.UTF-8", "-e", "LC_ALL=", "-e", "TERM=xterm-256color",
		"-e", "XDG_CACHE_HOME=" + filepath.Join(tm.home, "cache"),
		"-e", "XDG_CONFIG_HOME=" + filepath.Join(tm.home, "config"),
		"sh", "-c", `read go && exec "$@"`, "sh", gnuTime, "-v", "-o", stats, binary, "--lang", "en"}
	tm.run(t, append(cmd, args...)...)
	seen := watchOutput(t, tm, s.name, firstAct)
	start := time.Now()
	s.keys(t, "Enter")
	var frame time.Duration
	select {
	case at := <-seen:
		frame = at.Sub(start)
	case <-time.After(wait):
		t.Fatalf("no first frame after %v; the screen:\n%s", wait, s.screen(t))
	}
	return &timedRun{s, stats}, frame
}

// appPID is the eventday process that /usr/bin/time started.
func (r *timedRun) appPID(t *testing.T) int {
	t.Helper()
	timePID := r.panePID(t)
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/task/%d/children", timePID, timePID))
	if err != nil {
		t.Fatal(err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatalf("/usr/bin/time (pid %d) has no one child but %q", timePID, b)
	}
	isBinary(t, pid)
	return pid
}

// quit presses q and returns /usr/bin/time's report once the app is gone.
func (r *timedRun) quit(t *testing.T) timeV {
	t.Helper()
	r.keys(t, "q")
	deadline := time.Now().Add(10 * time.Second)
	for {
		if b, err := os.ReadFile(r.stats); err == nil && strings.Contains(string(b), "Exit status") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the app did not quit on q; the screen:\n%s", r.screen(t))
		}
		time.Sleep(20 * time.Millisecond)
	}
	r.tm.run(t, "kill-session", "-t", r.name)
	return readTimeV(t, r.stats)
}

// watchOutput attaches a tmux control client to session and returns a
// channel that receives the time at which text was first written to the
// session's terminal. It returns once the client is attached; the client
// goes when the test ends.
func watchOutput(t *testing.T, tm *tmux, session, text string) <-chan time.Time {
	t.Helper()
	ctl := exec.Command("tmux", "-S", tm.socket, "-u", "-C", "attach", "-t", session)
	stdin, err := ctl.StdinPipe() // the client lives while its input is open
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := ctl.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := ctl.Start(); err != nil {
		t.Fatalf("tmux -C attach: %v", err)
	}
	t.Cleanup(func() {
		stdin.Close()
		ctl.Process.Kill()
		ctl.Wait()
	})
	attached := make(chan struct{})
	seen := make(chan time.Time, 1)
	go func() {
		told := false
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
		var tail []byte // the end of the last write, for text split across two
		for sc.Scan() {
			line := sc.Bytes()
			if bytes.HasPrefix(line, []byte("%session-changed")) && !told {
				close(attached)
				told = true
			}
			// "%output %PANE DATA": DATA has control bytes and backslashes
			// written as octal escapes, other bytes (UTF-8 too) as they are.
			data, ok := bytes.CutPrefix(line, []byte("%output "))
			if !ok {
				continue
			}
			if _, data, ok = bytes.Cut(data, []byte(" ")); !ok {
				continue
			}
			tail = append(tail, data...)
			if bytes.Contains(tail, []byte(text)) {
				seen <- time.Now()
				break
			}
			tail = tail[max(0, len(tail)-len(text)):]
		}
		io.Copy(io.Discard, stdout)
	}()
	select {
	case <-attached:
	case <-time.After(10 * time.Second):
		t.Fatal("tmux -C attach: not attached after 10s")
	}
	return seen
}

// timeV is what /usr/bin/time -v reports that the README quotes.
type timeV struct {
	wall   time.Duration
	maxRSS int // KB
}

var (
	wallRe = regexp.MustCompile(`Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)`)
	rssRe  = regexp.MustCompile(`Maximum resident set size \(kbytes\): (\d+)`)
)

func readTimeV(t *testing.T, path string) timeV {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	w, r := wallRe.FindSubmatch(b), rssRe.FindSubmatch(b)
	if w == nil || r == nil {
		t.Fatalf("cannot read /usr/bin/time's report:\n%s", b)
	}
	h, _ := strconv.Atoi(string(w[1]))
	m, _ := strconv.Atoi(string(w[2]))
	sec, _ := strconv.ParseFloat(string(w[3]), 64)
	rss, _ := strconv.Atoi(string(r[1]))
	return timeV{wall: time.Duration((float64(h*3600+m*60) + sec) * float64(time.Second)), maxRSS: rss}
}

// writeScaleFolder writes a folder of the shape into dir with the built-in
// event's programme, whose first act the tests wait for on the screen.
func writeScaleFolder(t *testing.T, dir string, s livetest.Shape) {
	t.Helper()
	if err := livetest.WriteFolder(dir, eventtest.Demo(t, "event.yaml"), s); err != nil {
		t.Fatalf("writing a folder of %v: %v", s, err)
	}
}

// TestStartupAtScaleHub holds serve --hub to the same promise at the same
// scale: the engine that carries the desk laptops' entries starts before
// the folder is opened, and copies the host's 100,000 entries into its
// stream behind the first frame, not before it.
func TestStartupAtScaleHub(t *testing.T) {
	tm := newTmux(t)
	gnuTime, err := exec.LookPath("/usr/bin/time")
	if err != nil {
		t.Skip("/usr/bin/time is missing (apt-get install time; bash .ci/run installs it)")
	}
	dir := filepath.Join(t.TempDir(), "scale")
	writeScaleFolder(t, dir, livetest.Benchmark)
	var frames []time.Duration
	var worstRSS int
	for run := 0; run < frameRuns || run < frameRuns+frameRetries && slices.Min(frames) > firstFrameLimit; run++ {
		stats := filepath.Join(t.TempDir(), fmt.Sprintf("time%d.txt", run))
		r, frame := startTimedWith(t, tm, gnuTime, stats, []string{"serve", dir,
			"--ssh", fmt.Sprintf("127.0.0.1:%d", freePort(t)), "--http", "", "--pin", servePIN,
			"--host-key", filepath.Join(t.TempDir(), "host_key"),
			"--hub", "--hub-listen", fmt.Sprintf("127.0.0.1:%d", freePort(t))}, 10*time.Second)
		frames = append(frames, frame)
		worstRSS = max(worstRSS, r.quit(t).maxRSS)
	}
	slices.Sort(frames)
	t.Logf("startup: eventday serve --hub: first frame %v (best of %d; median %v, worst %v), %d MB max RSS (worst of %[2]d)",
		frames[0].Round(time.Millisecond), len(frames), frames[len(frames)/2].Round(time.Millisecond), frames[len(frames)-1].Round(time.Millisecond), worstRSS>>10)
	if frames[0] > firstFrameLimit {
		t.Errorf("the first frame took %v at best of %d runs, over the %v promised", frames[0], len(frames), firstFrameLimit)
	}
	if worstRSS > memoryLimitKB {
		t.Errorf("max RSS %d KB, over the %d MB promised", worstRSS, memoryLimitKB>>10)
	}
}
