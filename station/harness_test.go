package station

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	gossh "golang.org/x/crypto/ssh"
)

const testPIN = "246810"

// probe records what the test model of one station saw, for the test to
// wait on: the sizes it was given and the session it was made for.
type probe struct {
	mu    sync.Mutex
	s     Session
	sizes []tea.WindowSizeMsg
	seen  chan struct{} // a signal after each change
}

func (p *probe) record(f func()) {
	p.mu.Lock()
	f()
	p.mu.Unlock()
	select {
	case p.seen <- struct{}{}:
	default:
	}
}

func (p *probe) lastSize() tea.WindowSizeMsg {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.sizes) == 0 {
		return tea.WindowSizeMsg{}
	}
	return p.sizes[len(p.sizes)-1]
}

// waitSize waits until the model was given w×h.
func (p *probe) waitSize(t *testing.T, w, h int) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		if got := p.lastSize(); got.Width == w && got.Height == h {
			return
		}
		select {
		case <-p.seen:
		case <-deadline:
			t.Fatalf("the model never got %dx%d; last %v", w, h, p.lastSize())
		}
	}
}

// testModel is a station's screen that shows what it knows of itself, in
// one colour, and quits on q or ctrl+c.
type testModel struct {
	s    Session
	w, h int
	p    *probe
}

func (m testModel) Init() tea.Cmd { return nil }

func (m testModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = msg.Width, msg.Height
		m.p.record(func() { m.p.sizes = append(m.p.sizes, msg) })
	case tea.KeyPressMsg:
		switch msg.String() {
		case "q", "ctrl+c":
			return m, tea.Quit
		}
	}
	return m, nil
}

var orange = lipgloss.NewStyle().Foreground(lipgloss.Color("#ff8800"))

func (m testModel) View() tea.View {
	v := tea.NewView(fmt.Sprintf("station=%s;lang=%s;size=%dx%d;langset=%v;\n%s",
		m.s.User(), m.s.Lang, m.w, m.h, m.s.LangSet, orange.Render("in-colour")))
	v.AltScreen = true
	return v
}

// probes hands the test the probe of each station by its user name.
type probes struct {
	mu sync.Mutex
	m  map[string]*probe
}

func (ps *probes) newModel(s Session) (tea.Model, error) {
	p := &probe{s: s, seen: make(chan struct{}, 1)}
	ps.mu.Lock()
	if ps.m == nil {
		ps.m = map[string]*probe{}
	}
	ps.m[s.User()] = p
	ps.mu.Unlock()
	return testModel{s: s, w: s.Width, h: s.Height, p: p}, nil
}

func (ps *probes) get(user string) *probe {
	ps.mu.Lock()
	defer ps.mu.Unlock()
	return ps.m[user]
}

// testServer is a started server on 127.0.0.1 with a host key of its own.
type testServer struct {
	*Server
	probes *probes
	dir    string
}

// startServer starts a server with testPIN; edit changes its Config first,
// tune the Server before Start.
func startServer(t *testing.T, edit func(*Config), tune func(*Server)) *testServer {
	t.Helper()
	dir := t.TempDir()
	ps := &probes{}
	cfg := Config{
		Addr:     "127.0.0.1:0",
		HostKey:  filepath.Join(dir, "host_key"),
		PIN:      testPIN,
		Lang:     "en",
		NewModel: ps.newModel,
	}
	if edit != nil {
		edit(&cfg)
	}
	s, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if tune != nil {
		tune(s)
	}
	if err := s.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { shutdown(s) })
	return &testServer{Server: s, probes: ps, dir: dir}
}

// shutdown is Shutdown with a few seconds to finish.
func shutdown(s *Server) error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return s.Shutdown(ctx)
}

// client is one SSH connection to a test server.
type client struct {
	*gossh.Client
	conn net.Conn // the TCP connection under it, to cut without a goodbye
}

// dial logs in as user with auth, checking the server's host key.
func (s *testServer) dial(user string, auth ...gossh.AuthMethod) (*client, error) {
	return dialVia(s.Addr().String(), s.Server, user, auth...)
}

func dialVia(addr string, s *Server, user string, auth ...gossh.AuthMethod) (*client, error) {
	conn, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		return nil, err
	}
	cfg := &gossh.ClientConfig{
		User:            user,
		Auth:            auth,
		HostKeyCallback: gossh.FixedHostKey(s.key.signer.PublicKey()),
		Timeout:         10 * time.Second,
	}
	c, chans, reqs, err := gossh.NewClientConn(conn, addr, cfg)
	if err != nil {
		conn.Close()
		return nil, err
	}
	return &client{Client: gossh.NewClient(c, chans, reqs), conn: conn}, nil
}

func (s *testServer) dialPIN(t *testing.T, user string) *client {
	t.Helper()
	c, err := s.dial(user, gossh.Password(testPIN))
	if err != nil {
		t.Fatalf("%s with the PIN: %v", user, err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// screen is one session of a client: what it wrote, and its keyboard.
type screen struct {
	sess *gossh.Session
	in   io.WriteCloser
	mu   sync.Mutex
	out  bytes.Buffer
	done chan error // Wait's result
}

func (s *screen) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.Write(p)
}

func (s *screen) text() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.out.String()
}

// open starts a shell session with a terminal of w×h and term, and env
// sent first, as ssh sends LANG.
func (c *client) open(t *testing.T, term string, w, h int, env ...string) *screen {
	t.Helper()
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	sc := &screen{sess: sess, done: make(chan error, 1)}
	sess.Stdout, sess.Stderr = sc, sc
	if sc.in, err = sess.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		if err := sess.Setenv(k, v); err != nil {
			t.Fatal(err)
		}
	}
	if err := sess.RequestPty(term, h, w, gossh.TerminalModes{}); err != nil {
		t.Fatal(err)
	}
	if err := sess.Shell(); err != nil {
		t.Fatal(err)
	}
	go func() { sc.done <- sess.Wait() }()
	return sc
}

// waitFor waits until the screen has shown want.
func (s *screen) waitFor(t *testing.T, want string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(s.text(), want) {
		if time.Now().After(deadline) {
			t.Fatalf("the screen never showed %q; it showed:\n%q", want, s.text())
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// exit waits for the session to end and returns its exit status.
func (s *screen) exit(t *testing.T) int {
	t.Helper()
	select {
	case err := <-s.done:
		var ee *gossh.ExitError
		if errors.As(err, &ee) {
			return ee.ExitStatus()
		}
		if err != nil {
			t.Fatalf("session ended without a status: %v", err)
		}
		return 0
	case <-time.After(10 * time.Second):
		t.Fatalf("the session did not end; it showed:\n%q", s.text())
	}
	return -1
}

// userKey makes a key pair for a station, and its authorized_keys line.
func userKey(t *testing.T) (gossh.Signer, string) {
	t.Helper()
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	signer, err := gossh.NewSignerFromKey(priv)
	if err != nil {
		t.Fatal(err)
	}
	return signer, string(gossh.MarshalAuthorizedKey(signer.PublicKey()))
}

func writeFile(t *testing.T, path, text string) string {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// eventually waits until cond holds.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: never happened", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
