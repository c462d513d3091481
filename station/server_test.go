package station

import (
	"errors"
	"fmt"
	"net"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// kbdPIN answers every keyboard-interactive question with pin, and
// records what the server asked.
func kbdPIN(pin string, asked *[]string) gossh.AuthMethod {
	return gossh.KeyboardInteractive(func(name, instruction string, questions []string, echos []bool) ([]string, error) {
		*asked = append(*asked, instruction+"|"+strings.Join(questions, "|"))
		answers := make([]string, len(questions))
		for i := range answers {
			answers[i] = pin
		}
		return answers, nil
	})
}

func TestPINLetsIn(t *testing.T) {
	s := startServer(t, nil, nil)
	for _, auth := range []struct {
		name string
		m    gossh.AuthMethod
	}{
		{"password", gossh.Password(testPIN)},
		{"keyboard-interactive", kbdPIN(testPIN, new([]string))},
	} {
		c, err := s.dial("stage", auth.m)
		if err != nil {
			t.Fatalf("%s with the right PIN: %v", auth.name, err)
		}
		sc := c.open(t, "xterm-256color", 80, 24)
		sc.waitFor(t, "station=stage;lang=en;size=80x24;")
		c.Close()
	}
}

func TestWrongPINRefused(t *testing.T) {
	s := startServer(t, nil, nil)
	if _, err := s.dial("stage", gossh.Password("135799")); err == nil {
		t.Fatal("a wrong PIN by password got in")
	}
	var asked []string
	if _, err := s.dial("stage", kbdPIN("135799", &asked)); err == nil {
		t.Fatal("a wrong PIN by keyboard-interactive got in")
	}
	want := "Type the PIN shown on the eventday host's screen.|PIN: "
	if len(asked) == 0 || asked[0] != want {
		t.Errorf("keyboard-interactive asked %q, want %q first", asked, want)
	}
}

// TestNobodyWithoutProof checks that every auth handler is set, so that
// the SSH library's default, which lets everyone in when none is, never
// applies: a client with no way to log in, or one that offers "none", is
// refused, with or without a PIN configured.
func TestNobodyWithoutProof(t *testing.T) {
	_, line := userKey(t)
	for _, c := range []struct {
		name string
		edit func(*Config)
	}{
		{"PIN", nil},
		{"keys only", func(cfg *Config) {
			cfg.NoPIN = true
			cfg.AuthorizedKeys = writeFile(t, filepath.Join(t.TempDir(), "keys"), line)
		}},
	} {
		s := startServer(t, c.edit, nil)
		if s.srv.PasswordHandler == nil || s.srv.KeyboardInteractiveHandler == nil || s.srv.PublicKeyHandler == nil {
			t.Errorf("%s: an auth handler is not set", c.name)
		}
		_, err := s.dial("stage")
		if err == nil {
			t.Fatalf("%s: a client with no auth got in", c.name)
		}
		if !strings.Contains(err.Error(), "attempted methods [none]") {
			t.Errorf("%s: %v, want a refusal of none", c.name, err)
		}
		if c.name == "keys only" {
			if _, err := s.dial("stage", gossh.Password("")); err == nil {
				t.Errorf("keys only: an empty password got in")
			}
		}
	}
}

func TestSixthWrongPINRefusedEvenIfRight(t *testing.T) {
	var mu sync.Mutex
	now := time.Date(2026, 5, 1, 14, 0, 0, 0, time.Local)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	s := startServer(t, nil, func(s *Server) { s.now = clock })
	for i := range maxWrongPINs {
		if _, err := s.dial("stage", gossh.Password(fmt.Sprint(100000+i))); err == nil {
			t.Fatalf("wrong PIN %d got in", i+1)
		}
	}
	if _, err := s.dial("stage", gossh.Password(testPIN)); err == nil {
		t.Fatal("the right PIN after five wrong ones within a minute got in")
	}
	var asked []string
	if _, err := s.dial("stage", kbdPIN(testPIN, &asked)); err == nil {
		t.Fatal("the right PIN by keyboard-interactive after five wrong ones got in")
	}
	want := "Too many wrong PINs from 127.0.0.1. Wait a minute, then try again.|"
	if len(asked) != 1 || asked[0] != want {
		t.Errorf("keyboard-interactive showed %q, want only %q", asked, want)
	}

	mu.Lock()
	now = now.Add(wrongPINWindow)
	mu.Unlock()
	c, err := s.dial("stage", gossh.Password(testPIN))
	if err != nil {
		t.Fatalf("the right PIN a minute later: %v", err)
	}
	c.Close()
}

func TestAuthorizedKeys(t *testing.T) {
	listed, line := userKey(t)
	other, _ := userKey(t)
	keys := writeFile(t, filepath.Join(t.TempDir(), "authorized_keys"), "# the stage laptop\n\n"+line)
	s := startServer(t, func(cfg *Config) { cfg.AuthorizedKeys = keys }, nil)

	c, err := s.dial("desk-east", gossh.PublicKeys(listed))
	if err != nil {
		t.Fatalf("a listed key: %v", err)
	}
	defer c.Close()
	sc := c.open(t, "xterm", 80, 24)
	sc.waitFor(t, "station=desk-east;")
	if st := s.Stations(); len(st) != 1 || !st[0].ByKey {
		t.Errorf("stations %+v, want desk-east by key", st)
	}

	if _, err := s.dial("desk-west", gossh.PublicKeys(other)); err == nil {
		t.Fatal("an unlisted key got in")
	}
	// An unlisted key then the PIN: in by the PIN, not by the key.
	c2, err := s.dial("desk-west", gossh.PublicKeys(other), gossh.Password(testPIN))
	if err != nil {
		t.Fatal(err)
	}
	defer c2.Close()
	c2.open(t, "xterm", 80, 24).waitFor(t, "station=desk-west;")
	if st := s.Stations(); len(st) != 2 || st[1].ByKey {
		t.Errorf("stations %+v, want desk-west by PIN", st)
	}
}

func TestAuthorizedKeysErrors(t *testing.T) {
	dir := t.TempDir()
	_, line := userKey(t)
	for _, c := range []struct{ text, want string }{
		{"# only a comment\n", "keys holds no public key; put one key a line, as ssh-keygen writes them in id_ed25519.pub"},
		{line + "ssh-ed25519 AAAAnotbase64\n", "keys:2: not a public key in OpenSSH format (ssh: no key found; last parsing error for ignored line: illegal base64 data at input byte 12)"},
		{`from="10.0.0.*" ` + line, `keys:1: options in front of the key (from="10.0.0.*") are not supported; remove them, or leave the key out`},
	} {
		path := writeFile(t, filepath.Join(dir, "keys"), c.text)
		_, err := New(Config{HostKey: filepath.Join(dir, "hk"), AuthorizedKeys: path, NewModel: (&probes{}).newModel})
		want := filepath.Join(dir, c.want)
		var se *SetupError
		if err == nil || err.Error() != want || !errors.As(err, &se) || !se.Input {
			t.Errorf("%q:\n got %v\nwant %s", c.text, err, want)
		}
	}
	_, err := New(Config{HostKey: filepath.Join(dir, "hk"), AuthorizedKeys: filepath.Join(dir, "none"), NewModel: (&probes{}).newModel})
	if want := "cannot read the authorized keys " + filepath.Join(dir, "none") + ": no such file or directory"; err == nil || err.Error() != want {
		t.Errorf("missing file: %v\nwant %s", err, want)
	}
	_, err = New(Config{HostKey: filepath.Join(dir, "hk"), NoPIN: true, NewModel: (&probes{}).newModel})
	if want := "stations need a way in: a PIN, or a file of authorized keys"; err == nil || err.Error() != want {
		t.Errorf("no PIN, no keys: %v", err)
	}
	_, err = New(Config{HostKey: filepath.Join(dir, "hk"), PIN: "12ab", NewModel: (&probes{}).newModel})
	if want := "PIN 12ab: use 4 to 12 digits"; err == nil || err.Error() != want {
		t.Errorf("bad PIN: %v", err)
	}
}

func TestUnknownRole(t *testing.T) {
	s := startServer(t, nil, nil)
	port := s.Addr().(*net.TCPAddr).Port
	for _, c := range []struct {
		user, lang string
		want       []string
	}{
		{"bob", "en_GB.UTF-8", []string{
			"eventday: “bob” is not a station of this event.\r\n",
			"Connect as one of these:\r\n",
			fmt.Sprintf("  ssh -p %d stage@127.0.0.1\r\n      the Stage: the running order and its cues\r\n", port),
			fmt.Sprintf("  ssh -p %d desk-NAME@127.0.0.1\r\n      a sign-in desk named NAME, e.g. desk-east\r\n", port),
			fmt.Sprintf("  ssh -p %d board@127.0.0.1\r\n      the board: now and next, read-only\r\n", port),
			"NAME: 1 to 20 letters, digits, - or _ (Chinese too: desk-东门).",
		}},
		{"desk-a b", "zh_CN.UTF-8", []string{
			"eventday: 本次活动没有叫“desk-a b”的工作站。",
			fmt.Sprintf("  ssh -p %d desk-名字@127.0.0.1\r\n      签到台，名字自取，例如 desk-east\r\n", port),
		}},
		{"x\x1b]0;owned\a", "", []string{`“x\u001b]0;owned\u0007” is not a station`}},
	} {
		cl := s.dialPIN(t, c.user)
		var env []string
		if c.lang != "" {
			env = []string{"LANG=" + c.lang}
		}
		sc := cl.open(t, "xterm-256color", 80, 24, env...)
		if code := sc.exit(t); code != 1 {
			t.Errorf("%q: exit status %d, want 1", c.user, code)
		}
		for _, w := range c.want {
			if !strings.Contains(sc.text(), w) {
				t.Errorf("%q: the message lacks %q; it is:\n%s", c.user, w, sc.text())
			}
		}
		if strings.Contains(sc.text(), "\x1b") {
			t.Errorf("%q: an escape reached the terminal: %q", c.user, sc.text())
		}
	}
	if len(s.Stations()) != 0 {
		t.Errorf("refused sessions are listed: %+v", s.Stations())
	}
}

func TestNoTerminalRefused(t *testing.T) {
	s := startServer(t, nil, nil)
	c := s.dialPIN(t, "stage")
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	out, err := sess.CombinedOutput("ls")
	var ee *gossh.ExitError
	if !errors.As(err, &ee) || ee.ExitStatus() != 1 {
		t.Errorf("a command: %v, want exit status 1", err)
	}
	if want := "eventday: A station needs a terminal: connect without -T and without a command.\n"; string(out) != want {
		t.Errorf("a command: %q, want %q", out, want)
	}
}

func TestDeskNamesAreExclusive(t *testing.T) {
	now := time.Date(2026, 5, 1, 14, 2, 0, 0, time.Local)
	s := startServer(t, nil, func(s *Server) { s.now = func() time.Time { return now } })
	port := s.Addr().(*net.TCPAddr).Port

	east := s.dialPIN(t, "desk-east")
	eastScreen := east.open(t, "xterm", 80, 24)
	eastScreen.waitFor(t, "station=desk-east;")
	west := s.dialPIN(t, "desk-west")
	west.open(t, "xterm", 80, 24).waitFor(t, "station=desk-west;")

	// A second desk-east, by another spelling, while the first is on.
	again := s.dialPIN(t, "Desk-East")
	sc := again.open(t, "xterm", 80, 24)
	if code := sc.exit(t); code != 1 {
		t.Errorf("second desk-east: exit status %d, want 1", code)
	}
	want := "eventday: desk-east is already connected from 127.0.0.1 since 14:02; use another name, e.g. desk-east2\r\n" +
		fmt.Sprintf("  ssh -p %d desk-east2@127.0.0.1\r\n", port) +
		"That is this computer's own address: if its earlier connection was cut, it is let go within a minute; then try again.\r\n"
	if sc.text() != want {
		t.Errorf("second desk-east showed\n%q\nwant\n%q", sc.text(), want)
	}

	// The first quits with q: the name is free again.
	fmt.Fprint(eastScreen.in, "q")
	if code := eastScreen.exit(t); code != 0 {
		t.Errorf("desk-east quit with status %d", code)
	}
	eventually(t, "desk-east released after q", func() bool { return len(s.Stations()) == 1 })
	closed(t, "desk-east's Done after q", s.probes.get("desk-east").s.Done)
	if d := s.probes.get("desk-west").s.Done; isClosed(d) {
		t.Error("desk-west's Done closed when desk-east quit")
	}
	third := s.dialPIN(t, "desk-east")
	thirdScreen := third.open(t, "xterm", 80, 24)
	thirdScreen.waitFor(t, "station=desk-east;")

	// Its TCP connection cut without a goodbye: free again too.
	third.conn.Close()
	eventually(t, "desk-east released after its connection was cut", func() bool { return len(s.Stations()) == 1 })
	closed(t, "desk-east's Done after its connection was cut", s.probes.get("desk-east").s.Done)
	fourth := s.dialPIN(t, "desk-east")
	fourth.open(t, "xterm", 80, 24).waitFor(t, "station=desk-east;")

	// desk-west was never disturbed.
	if st := s.Stations(); len(st) != 2 || st[0].User() != "desk-west" || st[1].User() != "desk-east" {
		t.Errorf("stations %+v, want desk-west and desk-east", st)
	}
}

// blackhole is a TCP proxy that can stop passing bytes without closing
// anything: a laptop whose lid was closed.
type blackhole struct {
	ln     net.Listener
	mu     sync.Mutex
	frozen bool
}

func newBlackhole(t *testing.T, target string) *blackhole {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	b := &blackhole{ln: ln}
	t.Cleanup(func() { ln.Close() })
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", target)
			if err != nil {
				in.Close()
				return
			}
			t.Cleanup(func() { in.Close(); out.Close() })
			go b.pipe(in, out)
			go b.pipe(out, in)
		}
	}()
	return b
}

func (b *blackhole) pipe(from, to net.Conn) {
	buf := make([]byte, 32<<10)
	for {
		n, err := from.Read(buf)
		if err != nil {
			return
		}
		b.mu.Lock()
		frozen := b.frozen
		b.mu.Unlock()
		if !frozen {
			to.Write(buf[:n])
		}
	}
}

func (b *blackhole) freeze() {
	b.mu.Lock()
	b.frozen = true
	b.mu.Unlock()
}

func TestSilentClientDropped(t *testing.T) {
	s := startServer(t, nil, func(s *Server) {
		// Short, but long enough for an answer on a busy machine.
		s.keepAliveEvery = 100 * time.Millisecond
		s.keepAliveWait = time.Second
	})
	hole := newBlackhole(t, s.Addr().String())
	c, err := dialVia(hole.ln.Addr().String(), s.Server, "desk-east", gossh.Password(testPIN))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	sc := c.open(t, "xterm", 80, 24)
	sc.waitFor(t, "station=desk-east;")
	// Alive and answering: kept through several keep-alives.
	time.Sleep(2 * time.Second)
	if len(s.Stations()) != 1 {
		t.Fatal("a client that answers its keep-alives was dropped")
	}
	hole.freeze()
	start := time.Now()
	eventually(t, "a silent client dropped", func() bool { return len(s.Stations()) == 0 })
	t.Logf("dropped %v after it fell silent", time.Since(start).Round(time.Millisecond))
	s.dialPIN(t, "desk-east").open(t, "xterm", 80, 24).waitFor(t, "station=desk-east;")
}

func TestStationsAndChanges(t *testing.T) {
	now := time.Date(2026, 5, 1, 14, 2, 0, 0, time.Local)
	s := startServer(t, nil, func(s *Server) { s.now = func() time.Time { return now } })
	changes := s.Changes()
	expect := func(what string, users ...string) {
		t.Helper()
		select {
		case <-changes:
		case <-time.After(10 * time.Second):
			t.Fatalf("%s: no change signalled", what)
		}
		eventually(t, what, func() bool {
			var got []string
			for _, c := range s.Stations() {
				got = append(got, c.User())
			}
			return strings.Join(got, " ") == strings.Join(users, " ")
		})
	}
	stage := s.dialPIN(t, "stage")
	stageScreen := stage.open(t, "xterm", 80, 24)
	expect("stage on", "stage")
	desk := s.dialPIN(t, "desk-东门")
	desk.open(t, "xterm", 80, 24)
	expect("desk on", "stage", "desk-东门")
	st := s.Stations()[1]
	if st.Role != Desk || st.Desk != "东门" || st.Remote.String() != "127.0.0.1" || !st.Since.Equal(now) || st.ByKey {
		t.Errorf("desk's entry %+v", st)
	}
	fmt.Fprint(stageScreen.in, "q")
	expect("stage off", "desk-东门")
	desk.conn.Close()
	expect("desk off")

	// A reader that never reads holds nothing up: the signals merge.
	for i := range 5 {
		c := s.dialPIN(t, fmt.Sprintf("desk-%d", i))
		c.open(t, "xterm", 80, 24).waitFor(t, "station=")
	}
	if len(s.Stations()) != 5 {
		t.Errorf("%d stations, want 5", len(s.Stations()))
	}
	expect("five desks", "desk-0", "desk-1", "desk-2", "desk-3", "desk-4")
	select {
	case <-changes:
		t.Error("a second signal pending for changes made while the reader was away")
	default:
	}
}

// TestManySessions runs twenty stations at once, each of its own size, and
// resizes them all: every model gets its own size, and its own resize.
func TestManySessions(t *testing.T) {
	s := startServer(t, nil, nil)
	const n = 20
	users := []string{"stage", "board"}
	for i := range n - 2 {
		users = append(users, fmt.Sprintf("desk-%02d", i))
	}
	screens := make([]*screen, n)
	start := time.Now()
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for i, u := range users {
		wg.Go(func() {
			c, err := s.dial(u, gossh.Password(testPIN))
			if err != nil {
				errs <- fmt.Errorf("%s: %w", u, err)
				return
			}
			t.Cleanup(func() { c.Close() })
			screens[i] = c.open(t, "xterm-256color", 60+i, 20+i)
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Fatal(err)
	}
	for i, u := range users {
		screens[i].waitFor(t, fmt.Sprintf("station=%s;lang=en;size=%dx%d;", u, 60+i, 20+i))
	}
	t.Logf("%d stations connected and drawn in %v", n, time.Since(start).Round(time.Millisecond))
	if got := len(s.Stations()); got != n {
		t.Fatalf("%d stations listed, want %d", got, n)
	}
	for i, sc := range screens {
		if err := sc.sess.WindowChange(40+i, 100+i); err != nil {
			t.Fatal(err)
		}
	}
	for i, u := range users {
		s.probes.get(u).waitSize(t, 100+i, 40+i)
	}
	for _, sc := range screens {
		fmt.Fprint(sc.in, "q")
	}
	for i, sc := range screens {
		if code := sc.exit(t); code != 0 {
			t.Errorf("%s quit with status %d", users[i], code)
		}
	}
	eventually(t, "all stations gone", func() bool { return len(s.Stations()) == 0 })
}

func TestColoursAndLanguagePerSession(t *testing.T) {
	s := startServer(t, nil, nil)
	rich := s.dialPIN(t, "stage").open(t, "xterm-256color", 80, 24, "COLORTERM=truecolor", "LANG=zh_CN.UTF-8")
	plain := s.dialPIN(t, "board").open(t, "xterm-256color", 80, 24, "NO_COLOR=1")
	fewer := s.dialPIN(t, "desk-east").open(t, "xterm-256color", 80, 24, "LC_ALL=en_US.UTF-8", "LANG=zh_CN.UTF-8")
	rich.waitFor(t, "station=stage;lang=zh;")
	plain.waitFor(t, "station=board;lang=en;")
	fewer.waitFor(t, "station=desk-east;lang=en;")
	for _, sc := range []*screen{rich, plain, fewer} {
		sc.waitFor(t, "in-colour")
	}
	// Only a station whose computer said its language is known to read
	// it; the board's is the host's, for want of one.
	rich.waitFor(t, "langset=true;")
	fewer.waitFor(t, "langset=true;")
	plain.waitFor(t, "langset=false;")
	if !strings.Contains(rich.text(), "38;2;255;136;0") {
		t.Errorf("truecolor session without its colour: %q", rich.text())
	}
	if !strings.Contains(fewer.text(), "38;5;208") {
		t.Errorf("256-colour session without its colour: %q", fewer.text())
	}
	if strings.Contains(plain.text(), "38;") {
		t.Errorf("NO_COLOR session in colour: %q", plain.text())
	}
}

func TestShutdownEndsSessions(t *testing.T) {
	s := startServer(t, nil, nil)
	var screens []*screen
	for _, u := range []string{"stage", "desk-east", "board"} {
		sc := s.dialPIN(t, u).open(t, "xterm", 80, 24)
		sc.waitFor(t, "station="+u)
		screens = append(screens, sc)
	}
	start := time.Now()
	if err := shutdown(s.Server); err != nil {
		t.Fatal(err)
	}
	t.Logf("shutdown took %v", time.Since(start).Round(time.Millisecond))
	for _, sc := range screens {
		sc.exit(t)
		if !strings.Contains(sc.text(), "The host has closed eventday; this station is closed too.") {
			t.Errorf("a station was not told: %q", sc.text())
		}
		// The alternate screen was left before the message.
		if !strings.Contains(sc.text(), "\x1b[?1049l") {
			t.Errorf("a station's terminal was not given back: %q", sc.text())
		}
	}
	if _, err := s.dial("stage", gossh.Password(testPIN)); err == nil {
		t.Error("a station got in after shutdown")
	}
}

func TestPortInUse(t *testing.T) {
	s := startServer(t, nil, nil)
	port := s.Addr().(*net.TCPAddr).Port
	other, err := New(Config{Addr: s.Addr().String(), HostKey: filepath.Join(t.TempDir(), "hk"), NewModel: (&probes{}).newModel})
	if err != nil {
		t.Fatal(err)
	}
	err = other.Start(t.Context())
	want := fmt.Sprintf("port %d is in use (another eventday serve?); choose another with --ssh :%d", port, port+1)
	var se *SetupError
	if err == nil || err.Error() != want || !errors.As(err, &se) {
		t.Errorf("got %v\nwant %s", err, want)
	}
}

// TestSessionChecksWhatWasProven lets every login through, as an auth
// callback with a mistake would, and checks that the session handler still
// refuses what the connection did not prove: a key not listed, a password
// that was not the PIN.
func TestSessionChecksWhatWasProven(t *testing.T) {
	unlisted, _ := userKey(t)
	s := startServer(t, nil, func(s *Server) {
		s.srv.PublicKeyHandler = func(ssh.Context, ssh.PublicKey) bool { return true }
		s.srv.PasswordHandler = func(ssh.Context, string) bool { return true }
	})
	for name, auth := range map[string]gossh.AuthMethod{
		"unlisted key": gossh.PublicKeys(unlisted),
		"wrong PIN":    gossh.Password("000000"),
	} {
		c, err := s.dial("stage", auth)
		if err != nil {
			t.Fatalf("%s: the callbacks let it in, yet: %v", name, err)
		}
		sess, err := c.NewSession()
		if err != nil {
			t.Fatal(err)
		}
		sess.RequestPty("xterm", 24, 80, gossh.TerminalModes{})
		// A station let in would run until it quits: the client gives up
		// after a while, and the test fails instead of waiting forever.
		timer := time.AfterFunc(5*time.Second, func() { c.Close() })
		out, err := sess.CombinedOutput("")
		timer.Stop()
		var ee *gossh.ExitError
		if !errors.As(err, &ee) || ee.ExitStatus() != 1 || strings.Contains(string(out), "station=") {
			t.Errorf("%s: %v %q, want the session refused", name, err, out)
		}
		c.Close()
	}
	if len(s.Stations()) != 0 {
		t.Errorf("stations %+v", s.Stations())
	}
}

func isClosed(ch <-chan struct{}) bool {
	select {
	case <-ch:
		return true
	default:
		return false
	}
}

// closed waits until ch is closed.
func closed(t *testing.T, what string, ch <-chan struct{}) {
	t.Helper()
	select {
	case <-ch:
	case <-time.After(10 * time.Second):
		t.Fatalf("%s: not closed", what)
	}
}
