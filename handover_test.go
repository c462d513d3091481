package main

import (
	"bufio"
	"encoding/json"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"eventday/live"
)

// appHolding opens dir as "eventday run" does, taking its lock and
// listening for signin, with the sockets in a folder of the test's own.
func appHolding(t *testing.T, dir string) (*live.Event, *handover) {
	t.Helper()
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	event, err := live.Open(dir, live.Options{Desk: "desk", Command: "run"})
	if err != nil {
		t.Fatal(err)
	}
	h, err := listenHandover(event, dir)
	if err != nil {
		event.Close()
		t.Fatal(err)
	}
	t.Cleanup(func() {
		h.close()
		event.Close()
	})
	return event, h
}

// TestSigninHandedToApp: while the app holds the folder, signin hands its
// entries to it: they are written, the app's state shows them at once and
// its screens are told, and signin prints and exits as on its own.
func TestSigninHandedToApp(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	event, _ := appHolding(t, dir)
	changed, stop := event.Subscribe()
	defer stop()

	code, out, errs := runCmd(t, "signin", dir, "--anonymous", "2")
	if code != exitOK || errs != "" || !strings.HasPrefix(out, "counted 2 without names at ") || !strings.HasSuffix(out, "(#1)\ntotal: 1 written, adding 2 to the count; 2 in now\n") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if got := event.DeskState().Totals.People; got != 2 {
		t.Fatalf("the app counts %d people after signin wrote 2", got)
	}
	select {
	case <-changed:
	case <-time.After(time.Second):
		t.Fatal("the app's screens were not told of the sign-in")
	}
	if recs := records(t, dir); len(recs) != 1 || recs[0].Desk != paperDesk {
		t.Fatalf("records %+v, want one at desk %s", recs, paperDesk)
	}

	sheet := filepath.Join(t.TempDir(), "sheet.csv")
	os.WriteFile(sheet, []byte("姓名,时间,人数,楼栋\n何阿姨,14:31,,\n王芳,14:40,,3号楼\n"), 0o644)
	code, out, errs = runCmd(t, "signin", dir, "--from", sheet, "--desk", "gate")
	want := "signed in 何阿姨 at 14:31 (#2)\nsigned in 王芳 at 14:40 (#3)\ntotal: 2 written, adding 2 to the count; 4 in now\n"
	if code != exitOK || out != want || errs != "" {
		t.Fatalf("a sheet handed to the app: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if recs := records(t, dir); len(recs) != 3 || recs[2].Desk != "gate" || event.DeskState().Totals.People != 4 {
		t.Fatalf("after the sheet: %d records, %d people in the app", len(recs), event.DeskState().Totals.People)
	}

	// Refusals come back with their words and exit codes, in the language
	// signin was asked for.
	code, out, errs = runCmd(t, "signin", dir, "--name", "何阿姨")
	if code != exitBadInput || out != "" || !strings.HasPrefix(errs, "eventday: 何阿姨 is signed in already, since 14:31 at desk gate (#2)") {
		t.Errorf("someone in already: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, _, errs = runCmd(t, "signin", dir, "--name", "Nobody", "--lang", "zh")
	if code != exitBadInput || !strings.HasPrefix(errs, "eventday: Nobody 不在名单上") {
		t.Errorf("not on the roster, in Chinese: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCmd(t, "signin", dir, "--from", filepath.Join(t.TempDir(), "missing.csv"))
	if code != exitBadInput || !strings.Contains(errs, "missing.csv: cannot read: there is no such file") {
		t.Errorf("a sheet that is not there: exit %d, stderr %q", code, errs)
	}
	if n := len(records(t, dir)); n != 3 {
		t.Errorf("%d records after the refusals, want 3", n)
	}
}

// TestHandoverPrivate: the socket's folder and the socket are the user's
// alone; a folder open to others is not trusted by signin and is closed
// again by the next app.
func TestHandoverPrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no mode bits; the folder is in the user's profile")
	}
	englishEnv(t)
	dir := newSigninFolder(t)
	event, h := appHolding(t, dir)
	path := h.ln.Addr().String()
	for p, want := range map[string]os.FileMode{filepath.Dir(path): 0o700, path: 0o600} {
		fi, err := os.Lstat(p)
		if err != nil {
			t.Fatal(err)
		}
		if fi.Mode().Perm() != want {
			t.Errorf("%s: mode %o, want %o", p, fi.Mode().Perm(), want)
		}
	}
	if fi, _ := os.Lstat(path); fi.Mode()&os.ModeSocket == 0 {
		t.Errorf("%s is not a socket: %v", path, fi.Mode())
	}

	// Opened to others (by a mistake, or by someone who made it first):
	// signin does not hand its entries through it, and is refused as
	// when no app listens.
	if err := os.Chmod(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "signin", dir, "--anonymous", "1")
	if code != exitFailure || !strings.Contains(errs, "is open in the app") {
		t.Errorf("through a folder open to others: exit %d, stderr %q", code, errs)
	}
	if event.DeskState().Totals.People != 0 {
		t.Error("signin wrote through a socket folder open to others")
	}
	h.close()
	h2, err := listenHandover(event, dir)
	if err != nil {
		t.Fatal(err)
	}
	defer h2.close()
	if fi, _ := os.Lstat(filepath.Dir(path)); fi.Mode().Perm() != 0o700 {
		t.Errorf("the next app left the folder at mode %o", fi.Mode().Perm())
	}

	if os.Getuid() == 0 {
		// A folder of another user's is not ours, whatever its mode.
		if err := os.Chown(filepath.Dir(path), 65534, 65534); err != nil {
			t.Fatal(err)
		}
		code, _, _ := runCmd(t, "signin", dir, "--anonymous", "1")
		if code != exitFailure || event.DeskState().Totals.People != 0 {
			t.Errorf("through another user's folder: exit %d", code)
		}
		if _, err := listenHandover(event, dir); err == nil {
			t.Error("the app listened in another user's folder")
		}
	}
}

// TestHandoverStaleSocket: a socket file left by an app killed with -9
// does not stop the next app; with no app listening at all, signin is
// refused as before.
func TestHandoverStaleSocket(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	t.Setenv("XDG_RUNTIME_DIR", t.TempDir())
	path, err := handoverPath(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	// What a killed app leaves: the socket file, nobody behind it.
	ln, err := net.Listen("unix", path)
	if err != nil {
		t.Fatal(err)
	}
	ln.(*net.UnixListener).SetUnlinkOnClose(false)
	ln.Close()
	if _, err := os.Lstat(path); err != nil {
		t.Fatal("no stale socket to test with:", err)
	}

	event, err := live.Open(dir, live.Options{Desk: "desk", Command: "run"})
	if err != nil {
		t.Fatal(err)
	}
	defer event.Close()
	code, _, errs := runCmd(t, "signin", dir, "--anonymous", "1")
	if code != exitFailure || !strings.Contains(errs, "is open in the app") {
		t.Fatalf("with nobody behind the socket: exit %d, stderr %q", code, errs)
	}

	h, err := listenHandover(event, dir)
	if err != nil {
		t.Fatalf("the next app after a stale socket: %v", err)
	}
	defer h.close()
	if code, _, errs := runCmd(t, "signin", dir, "--anonymous", "1"); code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if event.DeskState().Totals.People != 1 {
		t.Fatal("the app does not count the sign-in")
	}
}

// TestHandoverBadRequests: what the app cannot take gets a clear error
// and exit code 2, and nothing is written.
func TestHandoverBadRequests(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	event, h := appHolding(t, dir)
	for _, c := range []struct{ request, want string }{
		{"garbage", "eventday: the app holding the folder could not read this request (not JSON at byte 1); nothing was written\n"},
		{`{"version":2,"lang":"en"}`, "eventday: the app holding the folder could not read this request (version 2, this eventday speaks 1); nothing was written\n"},
		{`{"version":2,"lang":"zh"}`, "eventday: 占用这个文件夹的 eventday 界面看不懂这次的请求（请求是第 2 版，这个 eventday 只懂第 1 版）；什么也没写\n"},
		{`{"version":1,"lang":"fr"}`, "eventday: the app holding the folder could not read this request (language \"fr\"); nothing was written\n"},
		{`{"version":1,"lang":"en","args":7}`, "eventday: the app holding the folder could not read this request (field args is not a []string); nothing was written\n"},
		{`{"version":1,"lang":"en","args":["--bogus"]}`, "eventday: unknown flag: --bogus (see \"eventday signin --help\")\n"},
		{`{"version":1,"lang":"en","args":["--anonymous=1","other-folder"]}`, ""},
		{`{"version":1,"lang":"en","args":[]}`, "eventday: say who to sign in: --name NAME, --anonymous N or --from SHEET.csv\n"},
	} {
		stderr, code := ask(t, h, c.request)
		if code != exitBadInput || (c.want != "" && stderr != c.want) || stderr == "" {
			t.Errorf("%s: exit %d, stderr %q, want %q", c.request, code, stderr, c.want)
		}
	}
	if event.DeskState().Totals.Entries != 0 || len(records(t, dir)) != 0 {
		t.Error("a bad request wrote")
	}
}

// ask sends request to the app and returns what it says for stderr and
// the exit code.
func ask(t *testing.T, h *handover, request string) (stderr string, code int) {
	t.Helper()
	c, err := net.Dial("unix", h.ln.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := c.Write([]byte(request + "\n")); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		var m handMessage
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Fatalf("the app answered %q: %v", sc.Text(), err)
		}
		stderr += m.Err
		if m.Exit != nil {
			return stderr, *m.Exit
		}
	}
	t.Fatalf("no exit code from the app (%v); stderr %q", sc.Err(), stderr)
	return "", 0
}

// TestHandoverStop: signin stopped (ctrl+c) while the app writes its sheet
// stops the app's run of it between two entries, with signin's own words
// and exit code; what was written is on disk, and the rest is not.
func TestHandoverStop(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	event, h := appHolding(t, dir)
	req := longSheetRequest(t)
	stderr, code := ask(t, h, string(req)+"\n"+`{"stop":true}`)
	if code != 130 || !strings.HasPrefix(stderr, "eventday: stopped (ctrl+c): ") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
	if n := event.DeskState().Totals.Entries; n >= 20_000 || n != len(records(t, dir)) {
		t.Errorf("%d entries in the app, %d on disk, of 20,000 rows", n, len(records(t, dir)))
	}
}

// TestHandoverAppClosed: the app quitting while it writes a signin's
// sheet stops it between two entries and tells signin why, exit 1.
func TestHandoverAppClosed(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	_, h := appHolding(t, dir)
	req := longSheetRequest(t)
	type answer struct {
		stderr string
		code   int
	}
	got := make(chan answer, 1)
	go func() {
		stderr, code := ask(t, h, string(req))
		got <- answer{stderr, code}
	}()
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(time.Millisecond) {
		h.mu.Lock()
		n := len(h.stops)
		h.mu.Unlock()
		if n > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the app never took the request")
		}
	}
	h.close()
	a := <-got
	if a.code != exitFailure || !strings.HasPrefix(a.stderr, "eventday: stopped (the app holding the folder was closed): ") {
		t.Fatalf("exit %d, stderr %q", a.code, a.stderr)
	}
}

// longSheetRequest is a signin handing over a sheet of 20,000 unnamed
// heads, long enough to be stopped while the app writes it.
func longSheetRequest(t *testing.T) []byte {
	t.Helper()
	var sheet strings.Builder
	sheet.WriteString("name,party\n")
	for range 20_000 {
		sheet.WriteString(",1\n")
	}
	req, err := json.Marshal(handRequest{Version: handVersion, Lang: "en", Args: []string{"--from=sheet.csv"}, Sheet: []byte(sheet.String())})
	if err != nil {
		t.Fatal(err)
	}
	return req
}
