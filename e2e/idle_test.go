//go:build unix

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"eventday/live/livetest"
)

// An app nobody touches redraws its clocks once a second and does nothing
// else, whatever the size of its event: a laptop on battery in the square
// must not spin its fan for a big sign-in sheet.
const (
	idleSpan = 10 * time.Second
	// idleCPULimit is 5% of one core over idleSpan.
	idleCPULimit = idleSpan / 20
	// userHZ is the unit of the CPU times in /proc/PID/stat: 100 a second
	// on every Linux the tests run on.
	userHZ = 100
)

// idleShape is the event TestIdleAtScale opens: five times the benchmark's
// roster, and a log of as many walk-ins, every one of them in the search
// index. It is far past the sizes a fixed memory limit was once set for,
// so a collector made to work ever harder near such a limit shows.
var idleShape = livetest.Shape{People: 100_000, SignIns: 500_000, WalkIns: true}

// TestIdleAtScale opens a big event in the full-screen app, leaves it alone
// and holds the CPU time the process uses over ten seconds (user and
// system, every thread, from /proc) under 5% of one core, on the Stage and
// on the Summary.
func TestIdleAtScale(t *testing.T) {
	tm := newTmux(t)
	dir := filepath.Join(t.TempDir(), "idle")
	made := time.Now()
	writeScaleFolder(t, dir, idleShape)
	t.Logf("wrote a folder of %v in %v", idleShape, time.Since(made).Round(time.Millisecond))

	s := tm.start(t, "run", dir)
	s.waitText(t, "the event open", firstAct)
	pid := s.pid(t)
	stage := idleCPU(t, pid)
	s.keys(t, "Tab", "Tab")
	s.waitText(t, "the Summary", en.Report.HeadArrive)
	summary := idleCPU(t, pid)
	t.Logf("idle for %v at %v: %v of CPU on the Stage, %v on the Summary", idleSpan, idleShape, stage, summary)
	for _, c := range []struct {
		view string
		cpu  time.Duration
	}{{"the Stage", stage}, {"the Summary", summary}} {
		if c.cpu > idleCPULimit {
			t.Errorf("left alone on %s for %v, the app used %v of CPU; at most %v (5%% of one core) is allowed", c.view, idleSpan, c.cpu, idleCPULimit)
		}
	}
	s.keys(t, "q")
}

// idleCPU waits for the process to settle after what it was last asked to
// do (at most a few seconds: a first search index, a collection), then
// returns the CPU time it used over idleSpan.
func idleCPU(t *testing.T, pid int) time.Duration {
	t.Helper()
	const step, quiet = time.Second, idleCPULimit / time.Duration(idleSpan/time.Second)
	prev := cpuTime(t, pid)
	for range 5 {
		time.Sleep(step)
		now := cpuTime(t, pid)
		if now-prev <= quiet {
			break
		}
		prev = now
	}
	start := cpuTime(t, pid)
	time.Sleep(idleSpan)
	return cpuTime(t, pid) - start
}

// cpuTime is the CPU time process pid has used so far, user and system,
// every thread.
func cpuTime(t *testing.T, pid int) time.Duration {
	t.Helper()
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		t.Fatal(err)
	}
	// The command name in brackets may hold spaces; the fields after it
	// start with the state (field 3), so utime and stime (14 and 15) are
	// the 12th and 13th.
	_, rest, ok := strings.Cut(string(b), ") ")
	f := strings.Fields(rest)
	if !ok || len(f) < 13 {
		t.Fatalf("/proc/%d/stat: cannot read %q", pid, b)
	}
	utime, err1 := strconv.ParseInt(f[11], 10, 64)
	stime, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		t.Fatalf("/proc/%d/stat: cannot read %q", pid, b)
	}
	return time.Duration(utime+stime) * time.Second / userHZ
}
