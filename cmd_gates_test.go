package main

import (
	"bytes"
	"context"
	"errors"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/live"
	"eventday/mesh"
	"eventday/program"
)

// TestGatesFlagsRefused: every wrong combination of the hub's and the desk
// laptop's flags is said in one line, exit 2, before anything is touched.
func TestGatesFlagsRefused(t *testing.T) {
	englishEnv(t)
	dir := t.TempDir()
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatal(errs)
	}
	empty := filepath.Join(t.TempDir(), "desk")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"run", empty, "--join", "127.0.0.1"}, "eventday: --join needs --desk NAME: the name this laptop's entries carry, e.g. --desk east (see \"eventday run --help\")"},
		{[]string{"run", empty, "--desk", "east"}, "eventday: --desk needs --join HOST: the laptop that runs eventday serve --hub (see \"eventday run --help\")"},
		{[]string{"run", empty, "--join", "127.0.0.1", "--desk", "east", "--rehearsal"}, "eventday: --join and --rehearsal do not go together: a rehearsal is not sent to the hub (see \"eventday run --help\")"},
		{[]string{"run", empty, "--join", "127.0.0.1", "--desk", "East Gate", "--pin", "2468"}, `eventday: desk name "East Gate": use 1 to 32 letters a-z, digits and -, e.g. east or west-2 (and not "host")`},
		{[]string{"run", empty, "--join", "127.0.0.1", "--desk", "host", "--pin", "2468"}, `eventday: desk name "host": use 1 to 32 letters a-z, digits and -, e.g. east or west-2 (and not "host")`},
		{[]string{"run", empty, "--join", "http://x/", "--desk", "east", "--pin", "2468"}, `eventday: --join "http://x/": write the hub laptop's address, e.g. --join 192.168.1.20 or --join 192.168.1.20:7422`},
		{[]string{"run", empty, "--join", "127.0.0.1", "--desk", "east"}, "eventday: no PIN given: type the hub's PIN (on its Stations tab), or give it with --pin"},
		{[]string{"serve", dir, "--hub", "--no-pin", "--authorized-keys", "/nonexistent"}, "eventday: --hub needs a PIN: desk laptops log in to the hub with it (drop --no-pin, or give --pin) (see \"eventday serve --help\")"},
		{[]string{"serve", dir, "--hub", "--rehearsal"}, "eventday: --hub and --rehearsal do not go together: desk laptops send the show's entries, not a rehearsal's (see \"eventday serve --help\")"},
	} {
		code, _, errs := runCmd(t, tt.args...)
		if code != exitBadInput || strings.TrimSpace(errs) != tt.want {
			t.Errorf("%v: exit %d, stderr\n%s\nwant exit 2 and\n%s", tt.args, code, errs, tt.want)
		}
	}
	if _, err := os.Stat(empty); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a refused desk laptop made its folder: %v", err)
	}
}

// TestGatesFlagsRefusedInChinese: the same refusals are said in Chinese.
func TestGatesFlagsRefusedInChinese(t *testing.T) {
	englishEnv(t)
	empty := filepath.Join(t.TempDir(), "desk")
	code, _, errs := runCmd(t, "--lang", "zh", "run", empty, "--join", "127.0.0.1", "--desk", "东门", "--pin", "2468")
	want := `eventday: 签到台名字 "东门" 不行：请用 1 到 32 个字母 a-z、数字和 -，例如 east 或 west-2（也不能叫 "host"）`
	if code != exitBadInput || strings.TrimSpace(errs) != want {
		t.Errorf("exit %d, stderr\n%s\nwant\n%s", code, errs, want)
	}
}

// TestHubPortInUse: serve --hub on a port another hub holds says so, with
// a port to use instead, and the folder is left as it was.
func TestHubPortInUse(t *testing.T) {
	englishEnv(t)
	dir := t.TempDir()
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatal(errs)
	}
	other, err := mesh.StartHub(mesh.HubConfig{Listen: "127.0.0.1:0", PIN: "2468", Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	_, port, _ := strings.Cut(other.Addr().String(), ":")
	code, _, errs := runCmd(t, "serve", dir, "--ssh", "127.0.0.1:0", "--http", "", "--pin", "2468",
		"--host-key", filepath.Join(t.TempDir(), "key"), "--hub", "--hub-listen", "127.0.0.1:"+port)
	if code != exitBadInput || !strings.Contains(errs, "is in use (another eventday serve --hub?); choose another with --hub-listen :") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, engineDir)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the refused hub left %s in the folder: %v", engineDir, err)
	}
}

// hubOn starts a hub for dir's event, as serve --hub does, and returns
// its address.
func hubOn(t *testing.T, dir, pin string) string {
	t.Helper()
	n, err := startHub(i18n.For("en"), dir, "127.0.0.1:0", pin)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(n.stop)
	return n.hub.Addr().String()
}

// TestDeskFetchesTheEvent: a desk laptop's first start on an empty folder
// writes the hub's event.yaml and roster there, private, and says so; a
// second start keeps them.
func TestDeskFetchesTheEvent(t *testing.T) {
	host := t.TempDir()
	if code, _, errs := runCmd(t, "init", host); code != exitOK {
		t.Fatal(errs)
	}
	addr := hubOn(t, host, "2468")
	dir := filepath.Join(t.TempDir(), "east")
	var stderr bytes.Buffer
	n, err := startDesk(context.Background(), i18n.For("en"), dir, joinFlags{hub: addr, desk: "east", pin: "2468"}, nil, &stderr)
	if err != nil {
		t.Fatal(err)
	}
	n.stop()
	for _, name := range []string{program.EventFile, checkin.RosterFile} {
		want, _ := os.ReadFile(filepath.Join(host, name))
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s at the desk laptop: %v, %d bytes; the host's has %d", name, err, len(got), len(want))
		}
		if fi, err := os.Stat(filepath.Join(dir, name)); err == nil && fi.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want 0600", name, fi.Mode().Perm())
		}
	}
	if !strings.Contains(stderr.String(), "eventday: fetched event.yaml, roster.csv into "+dir) {
		t.Errorf("stderr %q", stderr.String())
	}
	// The folder opens as desk east, and the event is the host's.
	e, err := live.Open(dir, live.Options{Origin: "east", Desk: "east"})
	if err != nil {
		t.Fatal(err)
	}
	e.Close()
}

// TestDeskFetchRefused: a wrong PIN, and a hub that does not answer, are
// said as such, exit 2, and nothing of the event is written.
func TestDeskFetchRefused(t *testing.T) {
	englishEnv(t)
	old := fetchWait
	fetchWait = 3 * time.Second
	defer func() { fetchWait = old }()
	host := t.TempDir()
	if code, _, errs := runCmd(t, "init", host); code != exitOK {
		t.Fatal(errs)
	}
	addr := hubOn(t, host, "2468")
	dead := freeAddr(t)
	for _, tt := range []struct {
		hub, pin, want string
	}{
		{addr, "1357", "refused the PIN"},
		{dead, "2468", "No answer from the hub at " + dead},
	} {
		dir := filepath.Join(t.TempDir(), "east")
		code, _, errs := runCmd(t, "run", dir, "--join", tt.hub, "--desk", "east", "--pin", tt.pin)
		if code != exitBadInput || !strings.Contains(errs, tt.want) {
			t.Errorf("--join %s --pin %s: exit %d, stderr %q, want %q", tt.hub, tt.pin, code, errs, tt.want)
		}
		if _, err := os.Stat(dir); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("the folder made for the desk laptop is left after a refusal: %v", err)
		}
	}
}

// TestFolderOfAnotherLaptop: a desk laptop's folder opened as the host,
// or as another desk, is refused with the flags that open it.
func TestFolderOfAnotherLaptop(t *testing.T) {
	englishEnv(t)
	dir := t.TempDir()
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatal(errs)
	}
	e, err := live.Open(dir, live.Options{Origin: "east", Desk: "east"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Anonymous(2); err != nil {
		t.Fatal(err)
	}
	e.Close()
	code, _, errs := runCmd(t, "run", dir)
	want := "eventday: this folder holds the sign-ins of desk laptop east: open it with --join HOST --desk east"
	if code != exitBadInput || strings.TrimSpace(errs) != want {
		t.Errorf("run: exit %d, stderr\n%s\nwant\n%s", code, errs, want)
	}
	// signin on the desk laptop's folder writes as that desk.
	if code, _, errs := runCmd(t, "signin", dir, "--anonymous", "3"); code != exitOK {
		t.Fatalf("signin: exit %d: %s", code, errs)
	}
	recs, err := live.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := recs.Attendance.Of("east", 0, 5); len(got) != 2 || got[1].Party != 3 {
		t.Errorf("desk east's records after signin: %+v", got)
	}
}

// freeAddr is an address on 127.0.0.1 that nothing listens on now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}
