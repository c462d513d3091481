package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/netip"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/spf13/cobra"

	"eventday/board"
	"eventday/i18n"
	"eventday/live"
	"eventday/platform"
	"eventday/program"
	"eventday/station"
	"eventday/tui"
)

// defaultWeb is where the board's web page is served unless --http says
// otherwise: every address of the machine, port 8080.
const defaultWeb = ":8080"

// serveFlags are what serve is told on the command line.
type serveFlags struct {
	ssh, web      string
	pin           string
	noPIN         bool
	keys, hostKey string
	mode          runMode
	hub           bool
	hubListen     string
}

func newServeCmd(t *i18n.Text, stderr io.Writer) *cobra.Command {
	c, s := &t.CLI, &t.Serve
	var f serveFlags
	cmd := &cobra.Command{
		Use:     "serve " + c.DirArg,
		Short:   s.Short,
		Long:    s.Long,
		Example: s.Example,
		Args:    oneDir(c, s.Example),
		// A signal ends the app as a quit does: the stations are told the
		// host closed, the logs are closed.
		Annotations: map[string]string{stopsItself: "yes"},
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.mode.fresh && !f.mode.rehearsal {
				return errors.New(c.FreshAlone)
			}
			if f.noPIN && cmd.Flags().Changed("pin") {
				return errors.New(s.PINAndNoPIN)
			}
			if f.hub && f.noPIN {
				return errors.New(t.Hub.HubNeedsPIN)
			}
			if f.hub && f.mode.rehearsal {
				return errors.New(t.Hub.HubRehearsal)
			}
			return serve(cmd.Context(), t, args[0], f, stderr)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.ssh, "ssh", station.DefaultAddr, s.SSHFlag)
	fl.StringVar(&f.web, "http", defaultWeb, s.HTTPFlag)
	fl.StringVar(&f.pin, "pin", "", s.PINFlag)
	fl.BoolVar(&f.noPIN, "no-pin", false, s.NoPINFlag)
	fl.StringVar(&f.keys, "authorized-keys", "", s.KeysFlag)
	fl.StringVar(&f.hostKey, "host-key", "", s.HostKeyFlag)
	fl.BoolVar(&f.mode.rehearsal, "rehearsal", false, c.RehearsalFlag)
	fl.BoolVar(&f.mode.fresh, "fresh", false, c.FreshFlag)
	fl.BoolVar(&f.hub, "hub", false, t.Hub.HubFlag)
	fl.StringVar(&f.hubListen, "hub-listen", ":"+defaultHubPort, t.Hub.HubListenFlag)
	return cmd
}

// serve opens the folder as run does and lets stations in while the app
// runs. Everything that can be wrong with the flags (an address, the PIN,
// the key files, a port in use) is found before the folder is opened.
func serve(ctx context.Context, t *i18n.Text, dir string, f serveFlags, stderr io.Writer) error {
	for _, a := range []struct{ flag, value, example string }{{"--ssh", f.ssh, station.DefaultAddr}, {"--http", f.web, defaultWeb}} {
		if a.value != "" && !listenable(a.value) {
			return badInput(fmt.Errorf(t.Serve.BadAddr, a.flag, a.value, a.example))
		}
	}
	h, err := newStationHost(t, f)
	if err != nil {
		return err
	}
	// The stations' server listens before the folder is opened, so that a
	// port in use is said before anything is touched; a station that comes
	// before the event is open is told to come again.
	if err := h.listen(); err != nil {
		return err
	}
	defer h.stop()
	var node gateNode
	if f.hub && isEventFolder(dir) {
		// A folder that is no event's is refused by the opening below,
		// before the hub made a folder of its own in it.
		hub, err := startHub(t, dir, f.hubListen, h.ssh.PIN())
		if err != nil {
			return err
		}
		defer hub.stop()
		node = hub
	}
	path, restore := quietHost()
	defer restore()
	h.logPath = path
	return openAndRun(ctx, t, "serve", dir, f.mode, nil, stderr, h, node)
}

// isEventFolder reports whether dir has an event.yaml.
func isEventFolder(dir string) bool {
	fi, err := os.Lstat(filepath.Join(dir, program.EventFile))
	return err == nil && fi.Mode().IsRegular()
}

// listenable reports whether addr is written as an address to listen on:
// an optional host and a port number.
func listenable(addr string) bool {
	_, port, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	n, err := strconv.Atoi(port)
	return err == nil && n >= 0 && n <= 65535
}

// stationHost is the stations' side of serve: the SSH server that makes
// each station's screen, and the board's web page, on the event the app
// has open.
type stationHost struct {
	t       *i18n.Text
	ssh     *station.Server
	webLn   net.Listener // nil when the web page is off
	web     *http.Server
	logPath string
	cancel  context.CancelFunc

	event     atomic.Pointer[live.Event]
	rehearsal bool
}

// newStationHost makes the SSH server (reading the host key and the
// authorized keys, checking the PIN) and listens for the web page: a
// problem with any of them is said now, before the folder is opened.
func newStationHost(t *i18n.Text, f serveFlags) (*stationHost, error) {
	h := &stationHost{t: t}
	srv, err := station.New(station.Config{
		Addr:           f.ssh,
		HostKey:        f.hostKey,
		PIN:            f.pin,
		NoPIN:          f.noPIN,
		AuthorizedKeys: f.keys,
		Lang:           t.Lang,
		NewModel:       h.newModel,
	})
	if err != nil {
		return nil, setupFailure(err)
	}
	h.ssh = srv
	if f.web != "" {
		ln, err := net.Listen("tcp", f.web)
		if err != nil {
			return nil, webListenError(t, f.web, err)
		}
		h.webLn = ln
	}
	return h, nil
}

// setupFailure is a station.SetupError with the exit code it earns: 2 for
// what the user gave (a flag, a file), 1 for the machine.
func setupFailure(err error) error {
	var se *station.SetupError
	if errors.As(err, &se) && se.Input {
		return badInput(err)
	}
	return &failure{exitFailure, err}
}

// webListenError says why the web page cannot be served on addr.
func webListenError(t *i18n.Text, addr string, err error) error {
	port := 0
	if _, p, serr := net.SplitHostPort(addr); serr == nil {
		port, _ = strconv.Atoi(p)
	}
	s := &t.Serve
	switch {
	case platform.AddrInUse(err):
		return badInput(fmt.Errorf(s.WebPortInUse, port, port+1))
	case platform.AddrForbidden(err):
		other := 8080
		if port >= 1024 {
			other = 18080
		}
		return badInput(fmt.Errorf(s.WebPortForbidden, port, other))
	}
	var oe *net.OpError
	if errors.As(err, &oe) {
		err = oe.Err
	}
	return &failure{exitFailure, fmt.Errorf(s.WebCannotListen, addr, err)}
}

// listen starts the SSH server; stations get in once start has given it
// the event.
func (h *stationHost) listen() error {
	ctx, cancel := context.WithCancel(context.Background())
	if err := h.ssh.Start(ctx); err != nil {
		cancel()
		if h.webLn != nil {
			h.webLn.Close()
		}
		return setupFailure(err)
	}
	h.cancel = cancel
	return nil
}

// start lets stations in on the open event, and serves the web page. It
// returns what the host's Stations tab shows.
func (h *stationHost) start(event *live.Event, rehearsal bool) (*tui.Hosting, error) {
	h.event.Store(event)
	h.rehearsal = rehearsal
	// A station is told times as the host's screen shows them: on the
	// event's clock.
	h.ssh.SetLocation(event.Plan().Location)
	if h.webLn != nil {
		handler := board.NewHandler(event.ReadOnly(), board.Options{Lang: h.t.Lang})
		h.web = &http.Server{Handler: handler, ReadHeaderTimeout: 10 * time.Second}
		h.web.RegisterOnShutdown(handler.Close)
		go h.web.Serve(h.webLn)
	}
	return h.hosting(), nil
}

// stop closes every station (each is told that the host closed eventday)
// and the web page, waiting a few seconds at most for them to end. A
// second call does nothing more.
func (h *stationHost) stop() {
	h.event.Store(nil)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	h.ssh.Shutdown(ctx)
	if h.web != nil {
		h.web.Shutdown(ctx)
	} else if h.webLn != nil {
		h.webLn.Close()
	}
	if h.cancel != nil {
		h.cancel()
	}
}

// hosting is what the Stations tab shows: the commands to connect at
// each address the network reaches, the PIN, the host key, the web page.
func (h *stationHost) hosting() *tui.Hosting {
	out := &tui.Hosting{
		PIN:         h.ssh.PIN(),
		Fingerprint: h.ssh.Fingerprint(),
		Log:         h.logPath,
		Connected:   h.connected,
		Changes:     h.ssh.Changes(),
	}
	addrs, port, _ := station.Reachable(h.ssh.Addr())
	for _, a := range addrs {
		out.Connect = append(out.Connect, tui.ConnectAt{
			Addr:  a.String(),
			Stage: station.ConnectLine("stage", a, port),
			Desk:  station.ConnectLine("desk-east", a, port),
			Board: station.ConnectLine("board", a, port),
		})
	}
	if h.webLn != nil {
		addrs, port, _ := station.Reachable(h.webLn.Addr())
		for _, a := range addrs {
			out.Web = append(out.Web, "http://"+netip.AddrPortFrom(a, uint16(port)).String()+"/")
		}
	}
	return out
}

// connected is the stations connected now, as the Stations tab lists them.
func (h *stationHost) connected() []tui.Connected {
	list := h.ssh.Stations()
	out := make([]tui.Connected, len(list))
	for i, c := range list {
		out[i] = tui.Connected{Role: c.Role.String(), Desk: c.Desk, From: c.Remote.String(), Since: c.Since, ByKey: c.ByKey}
	}
	return out
}

// newModel makes a station's screen, in its own language, on what it may
// touch of the event: the stage's views on the stage's handle, a desk's on
// a handle with the desk's own name, the board on the event read-only. A
// station whose computer did not say its language is asked first. Its
// subscription to the event ends with its session.
func (h *stationHost) newModel(s station.Session) (tea.Model, error) {
	event := h.event.Load()
	if event == nil {
		return nil, errors.New(i18n.For(s.Lang).Serve.NotOpen)
	}
	if s.Role == station.Desk && strings.EqualFold(s.Desk, event.DeskName()) {
		return nil, fmt.Errorf(i18n.For(s.Lang).Serve.DeskIsHost, s.User())
	}
	open := func(lang string) tui.Screen {
		switch s.Role {
		case station.Stage:
			return tui.New(event.StageStation(), tui.Options{Lang: lang, Views: tui.StageViews, Rehearsal: h.rehearsal})
		case station.Desk:
			return tui.New(event.DeskStation(s.Desk), tui.Options{Lang: lang, Views: tui.DeskViews, Rehearsal: h.rehearsal})
		}
		return tui.NewBoard(event.ReadOnly(), lang)
	}
	switch s.Role {
	case station.Stage, station.Desk, station.Board:
	default:
		return nil, fmt.Errorf("role %v has no screen", s.Role)
	}
	var m tui.Screen
	if s.LangSet {
		m = open(s.Lang)
	} else {
		m = tui.NewLangChoice(s.Lang, open)
	}
	go func() {
		<-s.Done
		m.Close()
	}()
	return m, nil
}
