// Package station lets other computers on the network be stations of the
// event open on the host: the sign-in desk at the gate, the stage manager in
// the wings, a board in the performers' corner. Each connects with an
// ordinary SSH client ("ssh -p 2222 desk-east@192.168.1.20") and gets a
// screen of its own, with its own size, colours and language.
//
// The SSH user name is the station's role: stage, desk-NAME or board. Who
// may connect is decided before any of that: a PIN shown on the host's
// screen (password or keyboard-interactive), or a public key listed in an
// authorized keys file. The auth callbacks only say yes or no; the session
// handler checks again what the connection proved (the key it signed with,
// or the PIN mark the successful callback returned), then reads the role
// from the user name. A name that names no station, or a desk name another
// station holds, gets a screen that says why and what to type instead, and
// exit status 1: SSH authentication has no way to carry such a message.
//
// The package knows nothing of the event: for each station it asks the
// caller's NewModel for a bubbletea model, and runs it on the session.
package station

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/netip"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/ssh"
	"charm.land/wish/v2"
	"charm.land/wish/v2/bubbletea"
	"github.com/charmbracelet/colorprofile"
	gossh "golang.org/x/crypto/ssh"

	"eventday/i18n"
	"eventday/inert"
	"eventday/platform"
)

// DefaultAddr is where the server listens unless told otherwise: every
// address of the machine, port 2222 (22 is the machine's own SSH server, if
// it has one, and needs administrator rights).
const DefaultAddr = ":2222"

// How long a connection may stay silent: a keep-alive is sent every
// keepAliveEvery, and a client that has not answered one within
// keepAliveWait is dropped, so a closed laptop lid frees its desk name
// within a minute.
const (
	keepAliveEvery = 15 * time.Second
	keepAliveWait  = 30 * time.Second
)

// handshakeTimeout bounds the time from connecting to logging in: long
// enough for someone to find the PIN on the host's screen and type it.
const handshakeTimeout = 2 * time.Minute

// proofExt marks, in the permissions that the successful auth callback
// returns, that the connection proved the PIN.
const (
	proofExt = "eventday-proof"
	proofPIN = "pin"
)

// Config is what a Server is made from.
type Config struct {
	// Addr is where to listen: DefaultAddr when empty; "127.0.0.1:0" for
	// a free port on this machine only.
	Addr string
	// HostKey is the host key's file: DefaultHostKeyPath when empty.
	HostKey string
	// PIN lets a station in (4 to 12 digits); empty makes a random one of
	// six digits. NoPIN lets only the authorized keys in.
	PIN   string
	NoPIN bool
	// AuthorizedKeys is a file of public keys, in OpenSSH's authorized_keys
	// format, that let a station in without the PIN.
	AuthorizedKeys string
	// Lang is the host's language ("en", "zh"): of the errors, the PIN
	// prompt (asked before the station says its language), and of the
	// stations whose client sends no LANG.
	Lang string
	// NewModel makes the screen of a station that connected as a valid
	// role. An error ends that session with the error's text.
	NewModel func(Session) (tea.Model, error)
}

// Session is what NewModel knows of the station it makes a screen for.
type Session struct {
	Connected
	Lang    string               // the station's language, "en" or "zh", from its LC_ALL, LC_MESSAGES or LANG
	LangSet bool                 // the station's computer said its language; without, Lang is the host's
	Width   int                  // the terminal's columns when it connected; resizes come as tea.WindowSizeMsg
	Height  int                  // and its rows
	Profile colorprofile.Profile // the colours its terminal shows, from its TERM, COLORTERM and NO_COLOR
	Done    <-chan struct{}      // closed when the session ends, however it ends
}

// Server listens for stations and runs a screen for each.
type Server struct {
	cfg  Config
	text *i18n.Station
	key  *HostKey
	pin  string
	pins *pinGuard // nil with NoPIN
	keys *keyring  // nil without AuthorizedKeys
	reg  *registry
	srv  *ssh.Server
	ln   net.Listener

	// loc is the time zone a refusal says times in (SetLocation); nil
	// for the machine's.
	loc atomic.Pointer[time.Location]

	// Timing, changed by tests.
	now            func() time.Time
	keepAliveEvery time.Duration
	keepAliveWait  time.Duration

	mu       sync.Mutex
	closing  bool
	sessions map[*stationSession]struct{} // running, for Shutdown
	watched  map[*gossh.ServerConn]bool   // connections with a keep-alive
	handlers sync.WaitGroup
}

// stationSession is one station's session while it runs.
type stationSession struct {
	stop     context.CancelFunc
	stopping bool // Shutdown asked it to end
}

// New makes a server from cfg: reads (or makes) the host key, reads the
// authorized keys, picks the PIN. It does not listen yet; Start does.
func New(cfg Config) (*Server, error) {
	t := &i18n.For(cfg.Lang).Station
	s := &Server{
		cfg:            cfg,
		text:           t,
		reg:            newRegistry(),
		now:            time.Now,
		keepAliveEvery: keepAliveEvery,
		keepAliveWait:  keepAliveWait,
		sessions:       map[*stationSession]struct{}{},
		watched:        map[*gossh.ServerConn]bool{},
	}
	if cfg.NewModel == nil {
		return nil, errors.New("station: Config.NewModel is nil")
	}
	if cfg.NoPIN && cfg.AuthorizedKeys == "" {
		return nil, inputError(t.NoWayIn, nil)
	}
	if !cfg.NoPIN {
		s.pin = normalPIN(cfg.PIN)
		if cfg.PIN == "" {
			pin, err := NewPIN()
			if err != nil {
				return nil, err
			}
			s.pin = pin
		} else if !validPIN(s.pin) {
			return nil, inputError(fmt.Sprintf(t.BadPIN, shownUser(cfg.PIN)), nil)
		}
		s.pins = newPINGuard(s.pin, func() time.Time { return s.now() })
	}
	if cfg.AuthorizedKeys != "" {
		keys, err := readAuthorizedKeys(cfg.AuthorizedKeys, t)
		if err != nil {
			return nil, err
		}
		s.keys = keys
	}
	path := cfg.HostKey
	if path == "" {
		p, err := DefaultHostKeyPath()
		if err != nil {
			return nil, machineError(fmt.Sprintf(t.HostKeyMake, "ssh_host_ed25519", err), err)
		}
		path = p
	}
	key, err := LoadHostKey(path, t)
	if err != nil {
		return nil, err
	}
	s.key = key
	// Every auth handler is set, whatever was configured: a server with
	// none lets everyone in without asking. The ones not configured say no.
	srv, err := wish.NewServer(
		ssh.PasswordAuth(s.passwordAuth),
		ssh.KeyboardInteractiveAuth(s.keyboardInteractiveAuth),
		ssh.PublicKeyAuth(s.publicKeyAuth),
		ssh.EmulatePty(),
		func(srv *ssh.Server) error {
			srv.AddHostKey(key.signer)
			srv.Handler = s.handle
			srv.HandshakeTimeout = handshakeTimeout
			return nil
		},
	)
	if err != nil {
		return nil, err
	}
	s.srv = srv
	return s, nil
}

// PIN is the PIN a station types to log in; empty with Config.NoPIN.
func (s *Server) PIN() string { return s.pin }

// Fingerprint is the host key's fingerprint, for the host's screen: a
// station's ssh shows it on the first connection, to compare.
func (s *Server) Fingerprint() string { return s.key.Fingerprint() }

// HostKeyPath is the host key's file.
func (s *Server) HostKeyPath() string { return s.key.Path }

// Start listens on Config.Addr and serves stations until ctx is done or
// Shutdown is called. A port in use, or one the machine forbids, is a
// *SetupError that says so in one line.
func (s *Server) Start(ctx context.Context) error {
	addr := s.cfg.Addr
	if addr == "" {
		addr = DefaultAddr
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return listenError(s.text, addr, err)
	}
	s.ln = ln
	go s.srv.Serve(ln)
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		s.Shutdown(sctx)
	}()
	return nil
}

// Addr is the address the server listens on, its port chosen when
// Config.Addr asked for port 0. Nil before Start.
func (s *Server) Addr() net.Addr {
	if s.ln == nil {
		return nil
	}
	return s.ln.Addr()
}

// ConnectLines are the commands that connect as user to this server, one
// for each address of the machine a station on the network can reach (or
// the one address listened on, if Config.Addr names one).
func (s *Server) ConnectLines(user string) ([]string, error) {
	addrs, port, err := Reachable(s.Addr())
	if err != nil {
		return nil, err
	}
	lines := make([]string, len(addrs))
	for i, a := range addrs {
		lines[i] = ConnectLine(user, a, port)
	}
	return lines, nil
}

// Reachable is where a computer on the network reaches a listener on
// addr: addr's own address, or, when it listens on every address of the
// machine, each of LANAddresses; and its port. The board's web page is
// found the same way as the stations' server.
func Reachable(addr net.Addr) ([]netip.Addr, int, error) {
	ap := addrPort(addr)
	if !ap.Addr().IsUnspecified() {
		return []netip.Addr{ap.Addr()}, int(ap.Port()), nil
	}
	addrs, err := LANAddresses()
	return addrs, int(ap.Port()), err
}

// SetLocation makes the times a station is told (since when another
// station holds a desk name) be in loc, the event's time zone, as the
// host's screen shows them.
func (s *Server) SetLocation(loc *time.Location) { s.loc.Store(loc) }

// Stations lists the stations connected now, in the order they connected.
func (s *Server) Stations() []Connected { return s.reg.stations() }

// Changes signals each change of Stations: a station connected or left.
// Signals that come while one is pending are merged into it, so a slow
// reader never holds the server up; read Stations when it comes. There is
// one channel, for one reader.
func (s *Server) Changes() <-chan struct{} { return s.reg.changed }

// Shutdown stops listening, ends every station's session (its screen is
// given back to it and it is told that the host closed eventday), and
// closes every connection. It waits for the sessions to end until ctx is
// done.
func (s *Server) Shutdown(ctx context.Context) error {
	s.mu.Lock()
	s.closing = true
	for ss := range s.sessions {
		ss.stopping = true
		ss.stop()
	}
	s.mu.Unlock()
	if s.ln != nil {
		s.ln.Close()
	}
	done := make(chan struct{})
	go func() {
		s.handlers.Wait()
		close(done)
	}()
	var err error
	select {
	case <-done:
	case <-ctx.Done():
		err = ctx.Err()
	}
	if cerr := s.srv.Close(); cerr != nil && !errors.Is(cerr, net.ErrClosed) && err == nil {
		err = cerr
	}
	return err
}

// listenError says why addr could not be listened on.
func listenError(t *i18n.Station, addr string, err error) error {
	port := 0
	if _, p, serr := net.SplitHostPort(addr); serr == nil {
		fmt.Sscan(p, &port)
	}
	switch {
	case platform.AddrInUse(err):
		return inputError(fmt.Sprintf(t.PortInUse, port, port+1), err)
	case platform.AddrForbidden(err):
		other := 2222
		if port >= 1024 {
			other = 22222
		}
		return inputError(fmt.Sprintf(t.PortForbidden, port, other), err)
	}
	return machineError(fmt.Sprintf(t.CannotListen, addr, why(err)), err)
}

// addrPort is a's address and port; the zero value for anything but TCP.
func addrPort(a net.Addr) netip.AddrPort {
	if tcp, ok := a.(*net.TCPAddr); ok {
		ap := tcp.AddrPort()
		return netip.AddrPortFrom(ap.Addr().Unmap(), ap.Port())
	}
	return netip.AddrPort{}
}

// remoteIP is where a connection comes from.
func remoteIP(ctx ssh.Context) netip.Addr { return addrPort(ctx.RemoteAddr()).Addr() }

// markPIN records, in the permissions the successful callback returns, that
// this attempt proved the PIN. The permissions are made afresh for each
// attempt, so a mark of a failed attempt never reaches a session.
func markPIN(ctx ssh.Context) {
	p := ctx.Permissions()
	if p.Extensions == nil {
		p.Extensions = map[string]string{}
	}
	p.Extensions[proofExt] = proofPIN
}

func (s *Server) passwordAuth(ctx ssh.Context, password string) bool {
	if s.pins == nil {
		return false
	}
	ok, _ := s.pins.check(remoteIP(ctx), password)
	if ok {
		markPIN(ctx)
	}
	return ok
}

// pinQuestions is how many times one keyboard-interactive attempt asks for
// the PIN, saying so when one was wrong, before the client is told no.
const pinQuestions = 3

func (s *Server) keyboardInteractiveAuth(ctx ssh.Context, ask gossh.KeyboardInteractiveChallenge) bool {
	if s.pins == nil {
		return false
	}
	ip := remoteIP(ctx)
	tooMany := fmt.Sprintf(s.text.TooManyPINs, ip)
	if s.pins.blocked(ip) {
		ask("", tooMany, nil, nil)
		return false
	}
	for range pinQuestions {
		answers, err := ask("", s.text.PINInstruction, []string{s.text.PINPrompt}, []bool{false})
		if err != nil || len(answers) != 1 {
			return false
		}
		ok, blocked := s.pins.check(ip, answers[0])
		if ok {
			markPIN(ctx)
			return true
		}
		if blocked {
			ask("", tooMany, nil, nil)
			return false
		}
	}
	return false
}

func (s *Server) publicKeyAuth(_ ssh.Context, key ssh.PublicKey) bool {
	return s.keys.allows(key)
}

// proven says how sess logged in: with an authorized key (byKey), with the
// PIN, or not at all (ok false), from what the connection proved: the key
// it signed with, or the mark of the callback that let it in.
func (s *Server) proven(sess ssh.Session) (byKey, ok bool) {
	if key := sess.PublicKey(); key != nil {
		return true, s.keys.allows(key)
	}
	perms := sess.Permissions()
	return false, s.pins != nil && perms.Permissions != nil && perms.Extensions[proofExt] == proofPIN
}

// language is the station's language from its environment, as the C
// library reads it, and whether it said one; without, the host's.
func (s *Server) language(env []string) (lang string, told bool) {
	for _, k := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		for _, kv := range env {
			if v, ok := strings.CutPrefix(kv, k+"="); ok && v != "" {
				return i18n.For(v).Lang, true
			}
		}
	}
	return i18n.For(s.cfg.Lang).Lang, false
}

// refuse shows a station why it cannot go on, and ends its session with
// exit status 1.
func refuse(sess ssh.Session, text string) {
	// A size change that comes meanwhile must find a reader: the session's
	// requests wait for one, and would never end.
	if _, winch, _ := sess.Pty(); winch != nil {
		go func() {
			for range winch {
			}
		}()
	}
	fmt.Fprint(sess.Stderr(), text)
	sess.Exit(1)
}

// handle runs one session: checks what it proved, reads its role, claims
// its desk name, and runs its screen until it quits, its connection goes, or
// the host shuts down.
func (s *Server) handle(sess ssh.Session) {
	byKey, ok := s.proven(sess)
	if !ok {
		refuse(sess, "")
		return
	}
	s.mu.Lock()
	if s.closing {
		s.mu.Unlock()
		refuse(sess, "")
		return
	}
	s.handlers.Add(1)
	s.mu.Unlock()
	defer s.handlers.Done()

	lang, told := s.language(sess.Environ())
	t := &i18n.For(lang).Station
	pty, winch, hasPty := sess.Pty()
	if !hasPty || len(sess.Command()) > 0 || sess.Subsystem() != "" {
		refuse(sess, "eventday: "+t.NoTerminal+"\n")
		return
	}
	here := addrPort(sess.LocalAddr())
	from := addrPort(sess.RemoteAddr()).Addr()
	role, desk, ok := ParseUser(sess.User())
	if !ok {
		refuse(sess, notAStation(t, sess.User(), here.Addr(), int(here.Port())))
		return
	}
	c := Connected{Role: role, Desk: desk, Remote: from, Since: s.now(), ByKey: byKey}
	id, holder, free, ok := s.reg.claim(c)
	if !ok {
		loc := s.loc.Load()
		if loc == nil {
			loc = time.Local
		}
		refuse(sess, deskBusy(t, holder, free, from, here.Addr(), int(here.Port()), loc))
		return
	}
	defer s.reg.release(id)
	s.watch(sess.Context())

	ctx, stop := context.WithCancel(sess.Context())
	defer stop()
	ss := &stationSession{stop: stop}
	s.mu.Lock()
	s.sessions[ss] = struct{}{}
	if s.closing {
		// Shutdown began after this session was let in, and did not see it.
		ss.stopping = true
		stop()
	}
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		delete(s.sessions, ss)
		s.mu.Unlock()
	}()

	env := append(sess.Environ(), "TERM="+pty.Term)
	profile := colorprofile.Env(env)
	model, err := s.cfg.NewModel(Session{
		Connected: c,
		Lang:      lang,
		LangSet:   told,
		Width:     pty.Window.Width,
		Height:    pty.Window.Height,
		Profile:   profile,
		Done:      ctx.Done(),
	})
	if err != nil {
		refuse(sess, "eventday: "+fmt.Sprintf(t.CannotOpen, inert.Escaped(err.Error()))+"\n")
		return
	}
	opts := append(bubbletea.MakeOptions(sess),
		tea.WithContext(ctx),
		// The host's signals are the host's: ctrl+c on the host laptop
		// must not reach every station's program.
		tea.WithoutSignalHandler(),
		// Set here, not left to detection, which sees no terminal on a
		// Windows host and would draw every station without colour.
		tea.WithColorProfile(profile),
		tea.WithEnvironment(env),
	)
	p := tea.NewProgram(model, opts...)
	go func() {
		// Every size change until the session's requests end, also after
		// the program has ended: the session would otherwise wait for
		// someone to take the next one.
		for w := range winch {
			p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		}
	}()
	p.Run()
	stop()
	s.mu.Lock()
	stopping := ss.stopping
	s.mu.Unlock()
	if stopping {
		fmt.Fprint(sess.Stderr(), "\n"+t.HostStopped+"\n")
	}
}

// watch sends keep-alives on the session's connection, once per
// connection, and closes it when the client stops answering them: a laptop
// whose lid was closed, a phone gone out of the Wi-Fi, a cable pulled. Its
// sessions then end and free their desk names.
func (s *Server) watch(ctx ssh.Context) {
	conn, ok := ctx.Value(ssh.ContextKeyConn).(*gossh.ServerConn)
	if !ok {
		return
	}
	s.mu.Lock()
	if s.watched[conn] {
		s.mu.Unlock()
		return
	}
	s.watched[conn] = true
	s.mu.Unlock()
	go func() {
		defer func() {
			s.mu.Lock()
			delete(s.watched, conn)
			s.mu.Unlock()
		}()
		tick := time.NewTicker(s.keepAliveEvery)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			answered := make(chan error, 1)
			go func() {
				_, _, err := conn.SendRequest("keepalive@openssh.com", true, nil)
				answered <- err
			}()
			wait := time.NewTimer(s.keepAliveWait)
			select {
			case err := <-answered:
				wait.Stop()
				if err != nil {
					conn.Close()
					return
				}
			case <-wait.C:
				conn.Close()
				return
			case <-ctx.Done():
				wait.Stop()
				return
			}
		}
	}()
}
