package station

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"

	"eventday/station/stationtest"
)

// tmux drives a terminal on a private socket, so that it never meets the
// user's own tmux or another test's.
type tmux struct {
	t    *testing.T
	sock string
}

func newTmux(t *testing.T) *tmux {
	t.Helper()
	for _, tool := range []string{"tmux", "ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (.ci/run installs it)", tool)
		}
	}
	tm := &tmux{t: t, sock: filepath.Join(t.TempDir(), "tmux.sock")}
	t.Cleanup(func() { exec.Command("tmux", "-S", tm.sock, "kill-server").Run() })
	return tm
}

func (tm *tmux) run(args ...string) string {
	tm.t.Helper()
	cmd := exec.Command("tmux", append([]string{"-u", "-f", "/dev/null", "-S", tm.sock}, args...)...)
	cmd.Env = append(os.Environ(), "LANG=C.UTF-8")
	out, err := cmd.CombinedOutput()
	if err != nil {
		tm.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (tm *tmux) screen(pane string) string {
	return tm.run("capture-pane", "-p", "-t", pane)
}

// waitFor waits until the pane shows want, and returns the screen.
func (tm *tmux) waitFor(pane, want string) string {
	tm.t.Helper()
	return tm.waitForCount(pane, want, 1)
}

// waitForCount waits until the pane shows want n times: ssh flushes what
// was typed before its prompt, so a key must wait for the prompt it is for.
func (tm *tmux) waitForCount(pane, want string, n int) string {
	tm.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		s := tm.screen(pane)
		if strings.Count(s, want) >= n {
			return s
		}
		if time.Now().After(deadline) {
			tm.t.Fatalf("pane %s never showed %q; it shows:\n%s", pane, want, s)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// exitStatus waits until the pane's ssh has ended and returns what
// sshCommand's shell says of it: its exit status.
func (tm *tmux) exitStatus(pane string) string {
	tm.t.Helper()
	screen := tm.waitFor(pane, "[ssh exited ")
	_, after, _ := strings.Cut(screen, "[ssh exited ")
	status, _, _ := strings.Cut(after, "]")
	return status
}

// TestOpenSSHClient connects with the real ssh, typing the PIN at its
// keyboard-interactive prompt, as desk-east: the station's screen shows,
// follows a resize, and q ends that session only.
func TestOpenSSHClient(t *testing.T) {
	if testing.Short() {
		t.Skip("drives the real ssh in tmux")
	}
	tm := newTmux(t)
	s := startServer(t, nil, nil)
	portNum := s.Addr().(*net.TCPAddr).Port
	knownHosts := filepath.Join(t.TempDir(), "known_hosts")

	// Another station, on all the while.
	stage := s.dialPIN(t, "stage").open(t, "xterm", 80, 24)
	stage.waitFor(t, "station=stage;")

	tm.run("new-session", "-d", "-s", "t", "-x", "80", "-y", "24", "-e", "LANG=en_US.UTF-8",
		stationtest.OpenSSHCommand(knownHosts, "desk-east", portNum))
	prompt := tm.waitFor("t", ") PIN:")
	t.Logf("ssh asks:\n%s", strings.TrimRight(prompt, "\n"))
	if !strings.Contains(prompt, "Type the PIN shown on the eventday host's screen.") {
		t.Errorf("the prompt lacks its instruction:\n%s", prompt)
	}
	tm.run("send-keys", "-t", "t", testPIN, "Enter")
	screen := tm.waitFor("t", "station=desk-east;lang=en;size=80x24;")
	t.Logf("desk-east's screen:\n%s", strings.TrimRight(screen, "\n"))
	if !strings.Contains(screen, "in-colour") {
		t.Errorf("the second line is missing:\n%s", screen)
	}

	// ssh remembered the host key: the one whose fingerprint the host shows.
	out, err := exec.Command("ssh-keygen", "-lf", knownHosts).CombinedOutput()
	if err != nil || !strings.Contains(string(out), s.Fingerprint()) {
		t.Errorf("known_hosts: %v %s; want %s", err, out, s.Fingerprint())
	}

	tm.run("resize-window", "-t", "t", "-x", "100", "-y", "30")
	tm.waitFor("t", "station=desk-east;lang=en;size=100x30;")

	tm.run("send-keys", "-t", "t", "q")
	if status := tm.exitStatus("t"); status != "0" {
		t.Errorf("ssh ended with status %s after q", status)
	}
	eventually(t, "desk-east off the list", func() bool { return len(s.Stations()) == 1 })
	if st := s.Stations(); st[0].User() != "stage" {
		t.Errorf("stations %+v, want stage alone", st)
	}
	// The stage is still on: its model still takes keys and ends on its
	// own q.
	fmt.Fprint(stage.in, "q")
	if code := stage.exit(t); code != 0 {
		t.Errorf("stage quit with status %d", code)
	}

	// A name that is no station, from a Chinese terminal: the refusal in
	// Chinese, status 1.
	tm.run("new-session", "-d", "-s", "zh", "-x", "80", "-y", "24", "-e", "LANG=zh_CN.UTF-8",
		stationtest.OpenSSHCommand(knownHosts, "guest", portNum))
	tm.waitFor("zh", ") PIN:")
	tm.run("send-keys", "-t", "zh", testPIN, "Enter")
	tm.waitFor("zh", "名字：1 到 20 个字，可用汉字、字母、数字、- 或 _（例如 desk-东门）。")
	if status := tm.exitStatus("zh"); status != "1" {
		t.Errorf("the refused ssh ended with status %s, want 1", status)
	}
	t.Logf("guest's screen:\n%s", strings.TrimRight(tm.screen("zh"), "\n"))

	// Five wrong PINs from this address: ssh shows why it is refused.
	for range maxWrongPINs {
		s.dial("stage", gossh.Password("000000"))
	}
	tm.run("new-session", "-d", "-s", "late", "-x", "80", "-y", "24", "-e", "LANG=en_US.UTF-8",
		stationtest.OpenSSHCommand(knownHosts, "stage", portNum))
	tm.waitFor("late", "Too many wrong PINs from 127.0.0.1. Wait a minute, then try again.")
	// ssh asks three times, then tries a password three times, refused
	// unread as well.
	for i := range 3 {
		tm.waitForCount("late", "password:", i+1)
		tm.run("send-keys", "-t", "late", testPIN, "Enter")
	}
	if status := tm.exitStatus("late"); status != "255" {
		t.Errorf("ssh refused for too many wrong PINs ended with status %s, want 255", status)
	}
	t.Logf("after five wrong PINs:\n%s", strings.TrimRight(tm.screen("late"), "\n"))
}
