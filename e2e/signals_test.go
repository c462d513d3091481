//go:build unix

package e2e

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/live/livetest"
)

// exitOf runs cmd to its end and returns its exit code, failing the test
// when a signal ended it rather than eventday itself.
func exitOf(t *testing.T, cmd *exec.Cmd) int {
	t.Helper()
	err := cmd.Wait()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		t.Fatalf("eventday was killed by %v instead of stopping", ws.Signal())
	}
	return cmd.ProcessState.ExitCode()
}

// endToEnd skips a test that runs the binary without tmux under -short,
// and makes go test rerun it when a source file changed (see statSources).
func endToEnd(t *testing.T) {
	t.Helper()
	if testing.Short() {
		t.Skip("end-to-end test: skipped with -short")
	}
	if err := statSources(".."); err != nil {
		t.Fatal(err)
	}
}

// TestCtrlCStopsASheet: ctrl+c during a long "signin --from" stops it
// between two entries: exit code 130, a message saying how many entries
// are written and from which line of the sheet nothing is, every entry it
// printed in the log exactly once, and the log ending on a whole line.
func TestCtrlCStopsASheet(t *testing.T) {
	endToEnd(t)
	dir := initEvent(t)
	sheet := filepath.Join(t.TempDir(), "sheet.csv")
	var b strings.Builder
	b.WriteString("name,party\n")
	for range 20_000 {
		b.WriteString(",2\n")
	}
	os.WriteFile(sheet, []byte(b.String()), 0o644)

	cmd := exec.Command(binary, "--lang", "en", "signin", dir, "--from", sheet)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	lines := bufio.NewScanner(out)
	var printed []string
	for lines.Scan() {
		printed = append(printed, lines.Text())
		if len(printed) == 20 {
			cmd.Process.Signal(os.Interrupt)
		}
	}
	code := exitOf(t, cmd)
	if code != 130 {
		t.Fatalf("exit %d, want 130; stderr %q", code, stderr.String())
	}
	m := regexp.MustCompile(`^eventday: stopped \(ctrl\+c\): (\d+) entries were written and are on disk; from line (\d+) of the sheet on nothing was written\n$`).FindStringSubmatch(stderr.String())
	if m == nil {
		t.Fatalf("stderr %q, want the stopped message", stderr.String())
	}
	written, _ := strconv.Atoi(m[1])
	from, _ := strconv.Atoi(m[2])
	if written != len(printed) || from != written+2 || written >= 20_000 {
		t.Errorf("stopped after %d entries, from line %d; %d lines printed", written, from, len(printed))
	}
	data, _ := os.ReadFile(filepath.Join(dir, checkin.AttendanceFile))
	if len(data) == 0 || data[len(data)-1] != '\n' {
		t.Fatalf("the log does not end on a whole line")
	}
	if n := bytes.Count(data, []byte("\n")); n != written {
		t.Errorf("the log holds %d lines, %d were printed", n, written)
	}
	for i, line := range printed {
		if want := fmt.Sprintf("(#%d)", i+1); !strings.HasSuffix(line, want) {
			t.Errorf("line %d printed %q, want it to end %s", i+1, line, want)
		}
	}
	t.Logf("stopped after %d of 20,000 entries", written)
}

// TestCtrlCStopsAnExport: ctrl+c during the export of a long day leaves
// each file whole or not written (no partial file beside them), exits 130
// and says so.
func TestCtrlCStopsAnExport(t *testing.T) {
	endToEnd(t)
	dir := filepath.Join(t.TempDir(), "day")
	writeScaleFolder(t, dir, livetest.Benchmark)
	cmd := exec.Command(binary, "--lang", "en", "export", dir)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Reading 100,000 sign-ins takes a few tenths of a second and writing
	// the three files a few seconds: the signal comes in the middle.
	time.Sleep(700 * time.Millisecond)
	cmd.Process.Signal(os.Interrupt)
	code := exitOf(t, cmd)
	if code != 130 {
		t.Fatalf("exit %d, want 130; stdout %q, stderr %q", code, stdout.String(), stderr.String())
	}
	want := "eventday: stopped (ctrl+c); nothing was written\n"
	if stdout.Len() > 0 {
		want = "eventday: stopped (ctrl+c); the files listed above are complete, nothing more was written\n"
	}
	if stderr.String() != want {
		t.Errorf("stderr %q, want %q", stderr.String(), want)
	}
	entries, _ := os.ReadDir(filepath.Join(dir, "export"))
	for _, e := range entries {
		if !strings.Contains(stdout.String(), e.Name()) {
			t.Errorf("export/%s is there but was not listed as written:\n%s", e.Name(), stdout.String())
		}
	}
	t.Logf("stopped with %d files written:\n%s", len(entries), stdout.String())
}

// TestHangupClosesTheApp: the terminal closing (SIGHUP) ends the app as a
// quit does: the terminal is given back (the screen leaves the app's), the
// logs are closed and the lock released (a signin goes through at once),
// and the exit code is the one for a hangup, 129, not a death by signal.
func TestHangupClosesTheApp(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)
	s := tm.start(t, "run", dir)
	s.waitText(t, "the event open", firstAct)
	pid := s.pid(t)
	if err := syscall.Kill(pid, syscall.SIGHUP); err != nil {
		t.Fatal(err)
	}
	s.waitDead(t, pid)
	// tmux marks the pane dead when its terminal closes and learns the exit
	// status when it collects the child, which on a busy machine it may not
	// have done yet: the child is then a zombie, whose status the kernel
	// keeps in /proc.
	var status string
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		status = strings.TrimSpace(tm.run(t, "list-panes", "-t", s.name, "-F", "#{pane_dead_status} #{pane_dead_signal}"))
		if status == "" {
			status = zombieStatus(pid)
		}
		if status != "" || time.Now().After(deadline) {
			break
		}
	}
	t.Logf("tmux: exit status and signal %q", status)
	if status != "129 0" && status != "129 " && status != "129" {
		t.Errorf("the app ended with status and signal %q, want exit code 129 and no signal", status)
	}
	if screen := s.screen(t); strings.Contains(screen, firstAct) {
		t.Errorf("the terminal still shows the app's screen:\n%s", screen)
	}
	out, err := exec.Command(binary, "--lang", "en", "signin", dir, "--anonymous", "1").CombinedOutput()
	if err != nil {
		t.Errorf("signin after the hangup: %v\n%s", err, out)
	}
}

// zombieStatus is the exit status of the process pid as tmux shows it
// ("129", or "0 9" for a death by signal 9) while the process is a zombie
// nobody has collected yet; "" while it runs or once it is gone.
func zombieStatus(pid int) string {
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return ""
	}
	// The fields after the command's name, in parentheses: the state is
	// the first, the exit code as wait(2) gives it the last.
	_, rest, ok := strings.Cut(string(stat), ") ")
	fields := strings.Fields(rest)
	if !ok || len(fields) < 50 || fields[0] != "Z" {
		return ""
	}
	code, err := strconv.Atoi(fields[len(fields)-1])
	if err != nil {
		return ""
	}
	if sig := code & 0x7f; sig != 0 {
		return fmt.Sprintf("0 %d", sig)
	}
	return strconv.Itoa(code >> 8 & 0xff)
}
