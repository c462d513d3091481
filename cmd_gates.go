package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/term"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/live"
	"eventday/mesh"
	"eventday/platform"
	"eventday/program"
	"eventday/station"
	"eventday/tui"
)

// defaultHubPort is where the hub listens for desk laptops unless
// --hub-listen says otherwise.
const defaultHubPort = "7422"

// engineDir is the folder, inside the event folder, where the engine that
// carries the entries between laptops keeps its streams.
const engineDir = "nats"

// fetchWait is how long a desk laptop's first start waits for the hub to
// send the event's files (a variable for the tests).
var fetchWait = 20 * time.Second

// gateNode is this laptop's part in an event on several laptops: the hub
// (serve --hub) or a desk laptop (run --join). It is told the event once
// the folder is open, and stopped before the folder closes.
type gateNode interface {
	// origin is the name this laptop's entries carry: "" on the host.
	origin() string
	attach(event *live.Event) error
	stop()
}

// joinFlags are run's flags for a desk laptop.
type joinFlags struct {
	hub, desk, pin string
}

// hubNode is serve --hub: the engine's hub, which the desk laptops join.
type hubNode struct {
	hub  *mesh.Hub
	port string
	dir  string
	once sync.Once
}

// startHub takes the hub's port and starts the engine, before the folder
// is opened: a port in use is said before anything is touched.
func startHub(t *i18n.Text, dir, listen, pin string) (*hubNode, error) {
	if pin == "" {
		return nil, badInput(errors.New(t.Hub.HubNeedsPIN))
	}
	if !listenable(listen) {
		return nil, badInput(fmt.Errorf(t.Serve.BadAddr, "--hub-listen", listen, ":"+defaultHubPort))
	}
	n := &hubNode{dir: dir}
	h, err := mesh.StartHub(mesh.HubConfig{Listen: listen, PIN: pin, Dir: filepath.Join(dir, engineDir), Files: n.files})
	if err != nil {
		return nil, hubError(t, listen, err)
	}
	n.hub = h
	_, n.port, _ = net.SplitHostPort(h.Addr().String())
	return n, nil
}

// hubError says why the hub could not start on listen.
func hubError(t *i18n.Text, listen string, err error) error {
	port := 0
	if _, p, serr := net.SplitHostPort(listen); serr == nil {
		fmt.Sscan(p, &port)
	}
	switch {
	case errors.Is(err, mesh.ErrPortInUse) || platform.AddrInUse(err):
		return badInput(fmt.Errorf(t.Hub.HubPortInUse, port, port+1))
	case platform.AddrForbidden(err):
		return badInput(fmt.Errorf(t.Hub.HubPortDenied, port, 17422))
	}
	return &failure{exitFailure, fmt.Errorf(t.Hub.HubCannotListen, listen, checkin.SystemWords(err))}
}

func (n *hubNode) origin() string { return "" }

func (n *hubNode) attach(event *live.Event) error { return n.hub.Attach(event) }

// stop stops the hub; a second call does nothing more.
func (n *hubNode) stop() { n.once.Do(func() { n.hub.Close() }) }

// files are the event's files a desk laptop fetches on its first start:
// event.yaml, the roster, and the act spreadsheet event.yaml names.
func (n *hubNode) files() ([]mesh.File, error) {
	root, err := os.OpenRoot(n.dir)
	if err != nil {
		return nil, err
	}
	defer root.Close()
	names := []string{program.EventFile, checkin.RosterFile, checkin.RosterWorkbook}
	if plan, err := program.LoadPlan(n.dir); err == nil && plan.ActsFile != "" {
		names = append(names, plan.ActsFile)
	}
	var out []mesh.File
	for _, name := range names {
		data, err := root.ReadFile(name)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		out = append(out, mesh.File{Name: name, Data: data})
	}
	return out, nil
}

// info is what the Stations tab says of the desk laptops.
func (n *hubNode) info(event *live.Event) *tui.HubInfo {
	out := &tui.HubInfo{Port: n.port, Changes: n.hub.Changes()}
	if addrs, _, err := station.Reachable(n.hub.Addr()); err == nil {
		for _, a := range addrs {
			out.Addrs = append(out.Addrs, a.String())
		}
	}
	out.Desks = func() []tui.DeskLaptop {
		entries := map[string]int{}
		for _, o := range event.Origins() {
			entries[o.Origin] = o.Records
		}
		var list []tui.DeskLaptop
		for _, d := range n.hub.Desks() {
			list = append(list, tui.DeskLaptop{Name: d.Name, Connected: d.Connected, LastContact: d.LastContact, Entries: entries[d.Name]})
		}
		return list
	}
	return out
}

// deskNode is run --join: a desk laptop, which signs people in whether or
// not the hub is reachable, and whose entries the engine carries to the
// hub when it is.
type deskNode struct {
	desk *mesh.Desk
	name string
	once sync.Once
}

// startDesk checks the flags and starts the desk's engine; on an empty
// folder it fetches the event's files from the hub first.
func startDesk(ctx context.Context, t *i18n.Text, dir string, j joinFlags, stdin io.Reader, stderr io.Writer) (*deskNode, error) {
	g := &t.Hub
	hub, err := hubAddr(j.hub)
	if err != nil {
		return nil, badInput(fmt.Errorf(g.BadHub, j.hub))
	}
	if checkin.ValidOrigin(j.desk) != nil {
		return nil, badInput(fmt.Errorf(g.BadDeskName, j.desk))
	}
	pin := j.pin
	if pin == "" {
		if pin = askPIN(stdin, stderr, fmt.Sprintf(g.PINPrompt, hub)); pin == "" {
			return nil, badInput(errors.New(g.NoPINGiven))
		}
	}
	_, statErr := os.Lstat(dir)
	made := errors.Is(statErr, os.ErrNotExist)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, &failure{exitFailure, err}
	}
	d, err := mesh.StartDesk(mesh.DeskConfig{Hub: hub, Name: j.desk, PIN: pin, Dir: filepath.Join(dir, engineDir)})
	if err != nil {
		return nil, &failure{exitFailure, fmt.Errorf(g.StartFailed, checkin.SystemWords(err))}
	}
	n := &deskNode{desk: d, name: j.desk}
	if _, err := os.Lstat(filepath.Join(dir, program.EventFile)); errors.Is(err, os.ErrNotExist) {
		if err := n.fetch(ctx, t, dir, hub, stderr); err != nil {
			d.Close()
			if made {
				// A folder made for this start and left without an event
				// would only confuse the next one.
				os.RemoveAll(dir)
			}
			return nil, err
		}
	}
	return n, nil
}

// hubAddr is the hub's address as --join gives it, with the hub's port
// when none is given.
func hubAddr(s string) (string, error) {
	if s == "" || strings.ContainsAny(s, "/ ") {
		return "", errors.New("no address")
	}
	if host, port, err := net.SplitHostPort(s); err == nil {
		if host == "" || !listenable(s) {
			return "", errors.New("no address")
		}
		return net.JoinHostPort(host, port), nil
	}
	return net.JoinHostPort(strings.Trim(s, "[]"), defaultHubPort), nil
}

// askPIN asks for the hub's PIN on the terminal; with no terminal to ask
// on (a script, a service) there is none.
func askPIN(stdin io.Reader, stderr io.Writer, prompt string) string {
	f, ok := stdin.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return ""
	}
	fmt.Fprint(stderr, prompt)
	line, _ := bufio.NewReader(stdin).ReadString('\n')
	return strings.TrimSpace(line)
}

// fetch writes the event's files the hub sends into dir, each whole or
// not at all.
func (n *deskNode) fetch(ctx context.Context, t *i18n.Text, dir, hub string, stderr io.Writer) error {
	g := &t.Hub
	printLines(stderr, "eventday: ", fmt.Sprintf(g.Fetching, hub))
	ctx, cancel := context.WithTimeout(ctx, fetchWait)
	defer cancel()
	files, err := n.desk.Files(ctx)
	if err != nil {
		// The engine says what went wrong in the reader's words: no
		// answer, the PIN refused, the name taken.
		var me *mesh.Error
		if errors.As(err, &me) && me.Kind != mesh.Engine {
			return badInput(err)
		}
		return &failure{exitFailure, fmt.Errorf(g.FetchFailed, hub, checkin.SystemWords(err))}
	}
	var names []string
	for _, f := range files {
		if !eventFileName(f.Name) {
			return &failure{exitFailure, fmt.Errorf(g.FetchRefused, f.Name)}
		}
	}
	for _, f := range files {
		err := platform.Replace(filepath.Join(dir, f.Name), func(w io.Writer) error {
			_, err := w.Write(f.Data)
			return err
		})
		if err != nil {
			return &failure{exitFailure, err}
		}
		names = append(names, f.Name)
	}
	printLines(stderr, "eventday: ", fmt.Sprintf(g.Fetched, strings.Join(names, ", "), dir))
	return nil
}

// eventFileName reports whether name is one a hub may send: a plain file
// name in the folder, of a kind an event is made of.
func eventFileName(name string) bool {
	if name == "" || name != filepath.Base(name) || strings.HasPrefix(name, ".") || strings.ContainsAny(name, `/\:`) {
		return false
	}
	ext := strings.ToLower(filepath.Ext(name))
	return slices.Contains([]string{".yaml", ".csv", ".xlsx"}, ext)
}

func (n *deskNode) origin() string { return n.name }

func (n *deskNode) attach(event *live.Event) error { return n.desk.Attach(event) }

// stop stops the desk's engine; a second call does nothing more.
func (n *deskNode) stop() { n.once.Do(func() { n.desk.Close() }) }

// link is what the Desk's header says of the link to the hub.
func (n *deskNode) link() *tui.Link {
	return &tui.Link{
		Changes: n.desk.Changes(),
		State: func() tui.LinkState {
			s := n.desk.Status()
			return tui.LinkState{Connected: s.Connected, Since: s.Since, Waiting: s.Waiting, Refused: errors.Is(s.Err, mesh.ErrPINRefused)}
		},
	}
}

// originError says, with the flags to use, that the folder holds another
// laptop's sign-ins than the one asked for.
func originError(t *i18n.Text, err error) error {
	var oe *live.OriginError
	if !errors.As(err, &oe) {
		return nil
	}
	g := &t.Hub
	switch {
	case oe.Want == "":
		return badInput(fmt.Errorf(g.FolderIsDesk, oe.Found))
	case oe.Found == "":
		return badInput(fmt.Errorf(g.FolderIsHost, oe.Want))
	}
	return badInput(fmt.Errorf(g.OtherDesk, oe.Found, oe.Want))
}
