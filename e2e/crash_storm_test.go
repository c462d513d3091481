//go:build unix

package e2e

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/journal"
	"eventday/live"
)

var (
	stormSeed  = flag.Int64("storm.seed", 0, "seed of TestCrashStorm (0: from the clock); the test prints the one it used")
	stormKills = flag.Int("storm.kills", 200, "how many SIGKILLs TestCrashStorm deals")
)

// stormBudget is how long the storm may take to deal its kills before it
// counts as a failure: the machine is then too slow to say anything.
const stormBudget = 3 * time.Minute

// TestCrashStorm is the promise that nothing acknowledged is lost, under
// fire: "eventday signin" writers
// (one name, a walk-in, anonymous heads, a paper sheet) and the full-screen
// app are started in a loop and killed with SIGKILL at random moments.
// After every round it checks that each sign-in a writer acknowledged
// (printed its line, which it does only after the fsync) is in the log
// exactly once, that both logs replay, that a torn last line is the only
// damage ever seen, and that a killed holder never leaves the folder
// locked. Simulated power cuts (half a line appended) are mixed in, and
// each must be set aside, never dropped.
//
// Replay a failure with the seed it prints:
//
//	go test ./e2e -run TestCrashStorm -storm.seed=N
func TestCrashStorm(t *testing.T) {
	if testing.Short() {
		t.Skip("crash storm: skipped with -short")
	}
	if err := statSources(".."); err != nil {
		t.Fatal(err)
	}
	seed := *stormSeed
	if seed == 0 {
		seed = time.Now().UnixNano()
	}
	t.Logf("crash storm seed %d (replay: go test ./e2e -run TestCrashStorm -storm.seed=%d)", seed, seed)

	s := &storm{t: t, seed: seed, rng: rand.New(rand.NewPCG(uint64(seed), 0x5eed)), dir: initEvent(t)}
	s.writeRoster(4000)
	if _, err := exec.LookPath("tmux"); err == nil {
		s.tm = newTmux(t)
	} else {
		t.Log("tmux is not installed: the storm kills signin writers only, not the app")
	}

	start := time.Now()
	for s.kills < *stormKills {
		if time.Since(start) > stormBudget {
			s.fatalf("only %d of %d kills in %v: the machine is too slow for the storm", s.kills, *stormKills, stormBudget)
		}
		s.round++
		switch r := s.rng.IntN(100); {
		case r < 4:
			s.powerCut()
		case r < 14 && s.tm != nil:
			s.appRound()
		default:
			s.writerRound()
		}
		s.verify()
	}
	s.verifyWithCheck()
	t.Logf("%d rounds in %v: %d SIGKILLs (%d signin writers, %d apps), %d sign-ins acknowledged, %d records in the log, %d simulated power cuts, %d torn tails seen (%d of them left by a kill), %d refused for the lock, %d handed to an app killed while it wrote",
		s.round, time.Since(start).Round(time.Millisecond), s.kills, s.writerKills, s.appKills, len(s.acks), s.records, s.cuts, s.tornSeen, s.killTorn, s.lockRefusals, s.lostApp)
}

// storm is the state of one crash storm.
type storm struct {
	t    *testing.T
	seed int64
	rng  *rand.Rand
	dir  string
	tm   *tmux

	roster  int // storm-NNNN names on the roster
	nextRow int // the next roster name not yet used
	nextNew int // the next walk-in name
	sheets  int

	acks    []ack
	ackName map[string]ack
	cutMark []string // the markers of simulated power cuts

	round, kills, writerKills, appKills   int
	records, cuts, tornSeen, lockRefusals int
	killTorn, lostApp                     int
}

// ack is a sign-in a writer acknowledged.
type ack struct {
	seq   int64
	name  string // "" for anonymous heads
	party int
	by    string // the command line, for the failure message
}

func (s *storm) fatalf(format string, args ...any) {
	s.t.Helper()
	s.t.Fatalf("round %d (seed %d): %s", s.round, s.seed, fmt.Sprintf(format, args...))
}

// writeRoster adds n people with unique names to the folder's roster, so
// that every writer signs in someone nobody signed in before.
func (s *storm) writeRoster(n int) {
	path := filepath.Join(s.dir, checkin.RosterFile)
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		s.t.Fatal(err)
	}
	for i := range n {
		fmt.Fprintf(f, "storm-%04d,resident,%d号楼,,,\n", i, i%12+1)
	}
	if err := f.Close(); err != nil {
		s.t.Fatal(err)
	}
	s.roster = n
}

func (s *storm) rosterName() string {
	if s.nextRow == s.roster {
		s.fatalf("the storm used all %d roster names", s.roster)
	}
	s.nextRow++
	return fmt.Sprintf("storm-%04d", s.nextRow-1)
}

// writer is one "eventday signin" process.
type writer struct {
	args     []string
	cmd      *exec.Cmd
	out, err bytes.Buffer
	killed   bool
	code     int
}

// newWriter picks what the next writer signs in.
func (s *storm) newWriter() *writer {
	args := []string{"--lang", "en", "signin", s.dir}
	switch r := s.rng.IntN(10); {
	case r < 5:
		args = append(args, "--name", s.rosterName())
	case r < 7:
		s.nextNew++
		args = append(args, "--name", fmt.Sprintf("walk-%04d", s.nextNew), "--walk-in", "--party", strconv.Itoa(1+s.rng.IntN(4)))
	case r < 8:
		args = append(args, "--anonymous", strconv.Itoa(1+s.rng.IntN(9)))
	default:
		s.sheets++
		var b strings.Builder
		b.WriteString("姓名,人数\n")
		for range 2 + s.rng.IntN(4) {
			fmt.Fprintf(&b, "%s,\n", s.rosterName())
		}
		fmt.Fprintf(&b, ",%d\n", 1+s.rng.IntN(5))
		path := filepath.Join(s.t.TempDir(), fmt.Sprintf("sheet%d.csv", s.sheets))
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			s.t.Fatal(err)
		}
		args = append(args, "--from", path)
	}
	if s.rng.IntN(4) == 0 {
		args = append(args, "--at", time.Now().Add(-time.Hour).Format(time.RFC3339))
	}
	return &writer{args: args}
}

// start runs the writer and, unless after is negative, SIGKILLs it after
// that long if it is still running then.
func (w *writer) start(s *storm, after time.Duration, wg *sync.WaitGroup) {
	w.cmd = exec.Command(binary, w.args...)
	w.cmd.Stdout, w.cmd.Stderr = &w.out, &w.err
	if err := w.cmd.Start(); err != nil {
		s.t.Fatal(err)
	}
	wg.Add(1)
	go func() {
		defer wg.Done()
		var timer *time.Timer
		if after >= 0 {
			timer = time.AfterFunc(after, func() { w.cmd.Process.Signal(syscall.SIGKILL) })
		}
		err := w.cmd.Wait()
		if timer != nil {
			timer.Stop()
		}
		var ee *exec.ExitError
		switch {
		case err == nil:
		case errors.As(err, &ee):
			ws := ee.Sys().(syscall.WaitStatus)
			w.killed = ws.Signaled() && ws.Signal() == syscall.SIGKILL
			w.code = ee.ExitCode()
		default:
			w.code = -1
			fmt.Fprintf(&w.err, "wait: %v", err)
		}
	}()
}

// killDelay is a random moment in a writer's life: its start, its read of
// the folder, its fsync, or the moment between the fsync and its line.
func (s *storm) killDelay() time.Duration {
	if s.rng.IntN(4) == 0 {
		return -1 // let it finish
	}
	return time.Duration(s.rng.Int64N(int64(80 * time.Millisecond)))
}

// writerRound runs one to three writers at once, most of them killed.
func (s *storm) writerRound() {
	var wg sync.WaitGroup
	ws := make([]*writer, 1+s.rng.IntN(3))
	for i := range ws {
		ws[i] = s.newWriter()
		ws[i].start(s, s.killDelay(), &wg)
	}
	wg.Wait()
	for _, w := range ws {
		s.account(w, false)
	}
}

// appRound opens the folder in the full-screen app, lets writers try their
// luck against its lock, perhaps starts an act, and kills the app at a
// random moment: while it starts, replays, sets a torn line aside, or runs.
func (s *storm) appRound() {
	s.tm.sessions++
	sess := &session{tm: s.tm, name: fmt.Sprintf("storm%d", s.tm.sessions)}
	s.tm.run(s.t, "new-session", "-d", "-s", sess.name, "-x", "100", "-y", "30",
		"-e", "LANG=en_US.UTF-8", "-e", "LC_ALL=", "-e", "TERM=xterm-256color", binary, "--lang", "en", "run", s.dir)
	born := time.Now()
	pid := s.appPid(sess)

	var wg sync.WaitGroup
	var ws []*writer
	for range s.rng.IntN(3) {
		time.Sleep(time.Duration(s.rng.Int64N(int64(300 * time.Millisecond))))
		w := s.newWriter()
		w.start(s, s.killDelay(), &wg)
		ws = append(ws, w)
	}
	if s.rng.IntN(3) == 0 {
		time.Sleep(time.Duration(s.rng.Int64N(int64(400 * time.Millisecond))))
		sess.keys(s.t, "Space") // GO: a cue written to show.jsonl
	}
	time.Sleep(time.Until(born.Add(time.Duration(s.rng.Int64N(int64(1200 * time.Millisecond))))))
	if !sess.dead(s.t) && syscall.Kill(pid, syscall.SIGKILL) == nil {
		s.kills++
		s.appKills++
	}
	sess.waitDead(s.t, pid)
	wg.Wait()
	for _, w := range ws {
		s.account(w, true)
	}
	s.tm.run(s.t, "kill-session", "-t", sess.name)

	// The kernel let go of the dead app's lock: a writer now gets in.
	w := s.newWriter()
	var wg2 sync.WaitGroup
	w.start(s, -1, &wg2)
	wg2.Wait()
	if w.code != 0 {
		s.fatalf("after the app was killed, %q exited %d: %s", w.args[4:], w.code, w.err.String())
	}
	s.account(w, false)
}

// appPid waits until the session's pane runs eventday (tmux forks, then
// execs it) and returns its pid.
func (s *storm) appPid(sess *session) int {
	deadline := time.Now().Add(5 * time.Second)
	for {
		out := strings.TrimSpace(s.tm.run(s.t, "list-panes", "-t", sess.name, "-F", "#{pane_pid}"))
		pid, err := strconv.Atoi(out)
		if err != nil {
			s.fatalf("pane pid %q: %v", out, err)
		}
		if exe, err := os.Readlink(fmt.Sprintf("/proc/%d/exe", pid)); err == nil && exe == binary {
			return pid
		}
		if time.Now().After(deadline) {
			s.fatalf("the pane of %s never ran eventday", sess.name)
		}
		time.Sleep(time.Millisecond)
	}
}

// powerCut appends half a record to one of the logs, as a power cut in the
// middle of a write would leave it. The marker must never be read as a
// record, and must be set aside, not dropped, by the next start.
func (s *storm) powerCut() {
	s.cuts++
	mark := fmt.Sprintf("cut-%d", s.cuts)
	name := checkin.AttendanceFile
	if s.rng.IntN(3) == 0 {
		name = live.ShowLog
	}
	line := fmt.Sprintf(`{"seq":99999999,"at":"2020-05-01T14:00:00+08:00","kind":"signin","person":"p%s","name":"%s","party":1,"desk":"power"}`, mark, mark)
	cut := line[:len(line)/2+s.rng.IntN(len(line)/2)]
	if !strings.Contains(cut, mark) {
		cut = line[:strings.Index(line, mark)+len(mark)]
	}
	f, err := os.OpenFile(filepath.Join(s.dir, name), os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		s.t.Fatal(err)
	}
	f.WriteString(cut)
	if err := f.Close(); err != nil {
		s.t.Fatal(err)
	}
	s.cutMark = append(s.cutMark, mark)
}

// The lines a writer prints once an entry is on disk.
var (
	signedRe = regexp.MustCompile(`^signed in (\S+) at .+ \(#(\d+)\)$`)
	walkRe   = regexp.MustCompile(`^registered and signed in (\S+), party of (\d+), at .+ \(#(\d+)\)$`)
	countRe  = regexp.MustCompile(`^counted (\d+) without names at .+ \(#(\d+)\)$`)
)

// account records what a finished writer acknowledged and checks how it
// ended. appHeld: the app may have held the folder, so a refusal for the
// lock is expected.
func (s *storm) account(w *writer, appHeld bool) {
	if s.ackName == nil {
		s.ackName = map[string]ack{}
	}
	out := w.out.String()
	complete := out[:strings.LastIndex(out, "\n")+1]
	by := strings.Join(w.args[4:], " ")
	for line := range strings.SplitSeq(strings.TrimSuffix(complete, "\n"), "\n") {
		var a ack
		if m := signedRe.FindStringSubmatch(line); m != nil {
			a = ack{name: m[1], party: 1, seq: atoi64(m[2])}
		} else if m := walkRe.FindStringSubmatch(line); m != nil {
			a = ack{name: m[1], party: int(atoi64(m[2])), seq: atoi64(m[3])}
		} else if m := countRe.FindStringSubmatch(line); m != nil {
			a = ack{party: int(atoi64(m[1])), seq: atoi64(m[2])}
		} else {
			continue // the total, or nothing yet
		}
		a.by = by
		if a.name != "" {
			if prev, dup := s.ackName[a.name]; dup {
				s.fatalf("%s acknowledged twice: #%d by %q and #%d by %q", a.name, prev.seq, prev.by, a.seq, by)
			}
			s.ackName[a.name] = a
		}
		s.acks = append(s.acks, a)
	}
	switch {
	case w.killed:
		s.kills++
		s.writerKills++
	case w.code == 0:
		if !strings.Contains(out, "total: ") {
			s.fatalf("%q exited 0 without its total:\n%s", by, out)
		}
	case w.code == 1 && appHeld && strings.Contains(w.err.String(), " stopped answering: "):
		// Handed to the app, which was killed while it wrote: what was
		// printed is on disk, and verify holds it to that.
		s.lostApp++
	case w.code == 1 && lockRefusal(w.err.String()):
		// Another writer or the app held the lock: nothing acknowledged.
		s.lockRefusals++
		if complete != "" {
			s.fatalf("%q was refused for the lock but printed:\n%s", by, out)
		}
	default:
		s.fatalf("%q exited %d (app may hold the folder: %v):\nstdout: %s\nstderr: %s", by, w.code, appHeld, out, w.err.String())
	}
}

// lockRefusal reports whether signin's stderr says that the folder was
// held: by the app, by another signin, or by a holder that had not yet
// written its name.
func lockRefusal(stderr string) bool {
	for _, held := range []string{" is open in the app (", " is in use by another signin (", " is open in another eventday ("} {
		if strings.Contains(stderr, held) {
			return true
		}
	}
	return false
}

func atoi64(s string) int64 {
	n, _ := strconv.ParseInt(s, 10, 64)
	return n
}

// verify reads the folder as the next start would and checks every
// promise: it replays, the only damage is a torn last line, and every
// acknowledged sign-in is there exactly once with what was printed.
func (s *storm) verify() {
	s.t.Helper()
	f, err := live.Read(s.dir)
	if err != nil {
		s.fatalf("the folder does not replay: %v", err)
	}
	for _, name := range []string{checkin.AttendanceFile, live.ShowLog} {
		c, err := journal.Read(filepath.Join(s.dir, name))
		if err != nil {
			s.fatalf("%s: %v", name, err)
		}
		if len(c.Torn) > 0 {
			s.tornSeen++
			if !bytes.Contains(c.Torn, []byte("cut-")) {
				s.killTorn++ // torn by a kill, not by a simulated power cut
			}
		}
	}
	if len(f.Warnings) > 2 {
		s.fatalf("more warnings than the two logs' torn tails: %+v", f.Warnings)
	}

	recs := f.Attendance.Records()
	s.records = len(recs)
	bySeq := make(map[int64]checkin.Record, len(recs))
	names := make(map[string]int64, len(recs))
	for _, r := range recs {
		bySeq[r.Seq] = r
		if r.Kind != checkin.KindSignIn || r.Name == "" {
			continue
		}
		if strings.HasPrefix(r.Name, "cut-") {
			s.fatalf("half a line from a power cut was read as sign-in #%d", r.Seq)
		}
		if first, dup := names[r.Name]; dup {
			s.fatalf("%s is in the log twice: #%d and #%d", r.Name, first, r.Seq)
		}
		names[r.Name] = r.Seq
	}
	for _, a := range s.acks {
		r, ok := bySeq[a.seq]
		switch {
		case !ok:
			s.fatalf("sign-in #%d (%q, party %d) was acknowledged by %q but is not in the log", a.seq, a.name, a.party, a.by)
		case r.Kind != checkin.KindSignIn || r.Name != a.name || r.Party != a.party:
			s.fatalf("acknowledged #%d as %q party %d (%q); the log has %+v", a.seq, a.name, a.party, a.by, r)
		case f.Attendance.Undone(a.seq):
			s.fatalf("acknowledged #%d (%q) is undone in the log", a.seq, a.name)
		}
	}
	// A power cut's half line is either still the torn tail of its log or
	// set aside in the .torn file: never just gone.
	var kept []byte
	for _, name := range []string{checkin.AttendanceFile, live.ShowLog} {
		for _, p := range []string{name, name + journal.SetAsideSuffix} {
			b, _ := os.ReadFile(filepath.Join(s.dir, p))
			kept = append(kept, b...)
		}
	}
	for _, m := range s.cutMark {
		if !bytes.Contains(kept, []byte(m)) {
			s.fatalf("the half line of power cut %s is gone: neither torn tail nor set aside", m)
		}
	}
}

// verifyWithCheck runs "eventday check" on the folder the storm leaves: the
// user's own way to see that it is sound.
func (s *storm) verifyWithCheck() {
	out, err := exec.Command(binary, "--lang", "en", "check", s.dir).CombinedOutput()
	if err != nil {
		s.fatalf("eventday check after the storm: %v\n%s", err, out)
	}
	s.t.Logf("eventday check: %s", strings.TrimSpace(string(out)))
}

// TestSigninWhileAppOpen: while the app has the folder, "eventday signin"
// hands its entry to it: signin prints it and exits 0, the app's Desk
// shows it at once, and it is on disk. An app killed with -9 leaves its
// socket behind; the next app starts and takes signin's entries all the
// same. Once the app quits, signin writes on its own.
func TestSigninWhileAppOpen(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)
	s := tm.start(t, "run", dir)
	s.waitText(t, "the event open", firstAct)
	s.keys(t, "Tab") // the Desk
	s.waitText(t, "the Desk", "named 0 ·")

	signin := func(args ...string) string {
		t.Helper()
		out, err := exec.Command(binary, append([]string{"--lang", "en", "signin", dir}, args...)...).CombinedOutput()
		if err != nil {
			t.Fatalf("signin %v while the app runs: %v\n%s", args, err, out)
		}
		return string(out)
	}
	if out := signin("--name", "何阿姨"); !strings.HasPrefix(out, "signed in 何阿姨 at ") {
		t.Fatalf("signin while the app runs printed %q", out)
	}
	s.waitText(t, "the sign-in on the app's Desk", "named 1 ·")
	if b, _ := os.ReadFile(filepath.Join(dir, checkin.AttendanceFile)); !bytes.Contains(b, []byte("何阿姨")) {
		t.Errorf("the handed sign-in is not on disk: %q", b)
	}

	holder := s.pid(t)
	if err := syscall.Kill(holder, syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	s.waitDead(t, holder)
	s = tm.start(t, "run", dir)
	s.waitText(t, "the event open again", firstAct)
	s.keys(t, "Tab")
	if out := signin("--anonymous", "3"); !strings.HasPrefix(out, "counted 3 without names at ") {
		t.Fatalf("signin after the app was killed and started again printed %q", out)
	}
	s.waitText(t, "the sign-in on the new app's Desk", "anonymous 3")

	holder = s.pid(t)
	s.keys(t, "C-c") // at the Desk, q is typed into the search
	s.waitDead(t, holder)
	if out := signin("--anonymous", "2"); !strings.Contains(out, "total: 1 written, adding 2 to the count; 6 in now") {
		t.Errorf("signin after the app quit printed %q", out)
	}
}
