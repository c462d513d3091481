//go:build unix

package e2e

import (
	"fmt"
	"net"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"

	"eventday/station/stationtest"
)

// servePIN is the stations' PIN in these tests.
const servePIN = "246810"

// freePort is a port on 127.0.0.1 that nothing listens on now.
func freePort(t *testing.T) int {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}

// serveOn starts eventday serve on dir with its stations' server on port,
// the web page off, and a host key in keyDir.
func serveOn(t *testing.T, tm *tmux, dir string, port int, keyDir string) *session {
	t.Helper()
	s := tm.start(t, "serve", dir, "--ssh", fmt.Sprintf("127.0.0.1:%d", port), "--http", "",
		"--pin", servePIN, "--host-key", filepath.Join(keyDir, "host_key"))
	s.waitText(t, "the Stage", firstAct)
	return s
}

// sshStation runs the real OpenSSH client in a new 80×24 tmux session as
// user, with a known_hosts of the test's own and no keys, and types the
// PIN at its prompt.
func sshStation(t *testing.T, tm *tmux, name, user string, port int, knownHosts string) *session {
	t.Helper()
	cmd := stationtest.OpenSSHCommand(knownHosts, user, port)
	tm.run(t, "new-session", "-d", "-s", name, "-x", "80", "-y", "24", "-e", "LANG=en_US.UTF-8", "sh", "-c", cmd)
	s := &session{tm: tm, name: name}
	s.waitText(t, user+"'s PIN prompt", ") PIN:")
	s.keys(t, servePIN, "Enter")
	return s
}

// needSSH skips a test when the OpenSSH client is not installed.
func needSSH(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("ssh"); err != nil {
		t.Skip("the OpenSSH client is not installed (bash .ci/run installs it)")
	}
}

// signInAt types a pinyin at a desk station and waits until the station
// says the person is signed in: the acknowledgement, given only once the
// sign-in is on disk.
func signInAt(t *testing.T, desk *session, pinyin, name string) {
	t.Helper()
	desk.keys(t, "-l", pinyin)
	desk.keys(t, "Enter")
	desk.waitText(t, name+" acknowledged", fmt.Sprintf(en.Desk.Signed, name))
}

// TestServeDeskStationOverOpenSSH: serve on a folder, a desk station with
// the real ssh signs someone in, and the host's own screen shows the
// count on its Desk and the station on its Stations tab.
func TestServeDeskStationOverOpenSSH(t *testing.T) {
	tm := newTmux(t)
	needSSH(t)
	dir, port := initEvent(t), freePort(t)
	host := serveOn(t, tm, dir, port, t.TempDir())
	desk := sshStation(t, tm, "east", "desk-east", port, filepath.Join(t.TempDir(), "known_hosts"))
	desk.waitText(t, "desk-east's Desk", "desk east", "Find:")
	signInAt(t, desk, "hay", "何阿姨")

	host.keys(t, "Tab") // the host's Desk
	host.waitText(t, "the host's count", "["+en.Common.TabDesk+"]", "1 of 150")
	t.Logf("the host's Desk:\n%s", host.screen(t))
	host.keys(t, "Tab", "Tab") // past the Summary to the Stations
	host.waitText(t, "the host's Stations tab", "1 connected", "desk     east  127.0.0.1")
	t.Logf("the host's Stations tab:\n%s", host.screen(t))
	t.Logf("desk-east:\n%s", desk.screen(t))

	// q at the station ends its session alone.
	desk.keys(t, "C-c")
	desk.waitText(t, "ssh ended", "[ssh exited 0]")
	host.waitText(t, "the station gone from the host's list", "0 connected")
}

// TestServeKill9WithStations: two desk stations sign people in over ssh;
// serve is killed with SIGKILL while they are connected; after a restart
// every sign-in a station was told was saved is in the journal and on the
// host's count, and a desk station gets in again.
func TestServeKill9WithStations(t *testing.T) {
	tm := newTmux(t)
	needSSH(t)
	dir, port, keys := initEvent(t), freePort(t), t.TempDir()
	knownHosts := filepath.Join(t.TempDir(), "known_hosts")
	host := serveOn(t, tm, dir, port, keys)
	east := sshStation(t, tm, "east", "desk-east", port, knownHosts)
	west := sshStation(t, tm, "west", "desk-west", port, knownHosts)
	east.waitText(t, "desk-east's Desk", "Find:")
	west.waitText(t, "desk-west's Desk", "Find:")
	acknowledged := map[string]string{}
	for i, p := range []struct {
		desk             *session
		pinyin, name, at string
	}{
		{east, "hay", "何阿姨", "east"},
		{west, "lixiang", "李想", "west"},
		{east, "zhouyaqin", "周雅琴", "east"},
		{west, "wangxiaoyu", "王小雨", "west"},
		{east, "shanzihan", "单子涵", "east"},
	} {
		signInAt(t, p.desk, p.pinyin, p.name)
		acknowledged[p.name] = p.at
		if i == 3 {
			// One more, typed but not waited for: it is killed in flight
			// or written, and either is right.
			east.keys(t, "-l", "+3")
			east.keys(t, "Enter")
		}
	}
	pid := host.pid(t)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("kill -9 %d: %v", pid, err)
	}
	host.waitDead(t, pid)
	east.waitText(t, "east's ssh ended", "[ssh exited")

	host = serveOn(t, tm, dir, port, keys)
	recs := attendance(t, dir)
	got := map[string]string{}
	for _, r := range recs {
		if r.Name != "" {
			got[r.Name] = r.Desk
		}
	}
	for name, desk := range acknowledged {
		if got[name] != desk {
			t.Errorf("%s, acknowledged at desk %s, is in the journal at desk %q after kill -9", name, desk, got[name])
		}
	}
	people := len(acknowledged)
	for _, r := range recs {
		if r.Name == "" {
			people += 3 // the heads typed just before the kill were written
		}
	}
	host.keys(t, "Tab")
	host.waitText(t, "the count after the restart", fmt.Sprintf("%d of 150", people))
	t.Logf("kill -9 %d with 2 stations connected; after the restart %d entries, %d people", pid, len(recs), people)

	// The same desk name is free again, with the same host key: ssh's
	// known_hosts from before still holds.
	again := sshStation(t, tm, "east2", "desk-east", port, knownHosts)
	again.waitText(t, "desk-east after the restart", "desk east", "Find:")
}
