package mesh

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"eventday/platform"
)

// HubConfig is how the host laptop's node starts.
type HubConfig struct {
	Listen string // the desks' port, ":7422"
	PIN    string // the desks' password (user "desk")
	Dir    string // the node's folder (the event folder's nats/)
	// Files gives the event's files, for a desk starting with an empty
	// folder.
	Files func() ([]File, error)
}

// DeskLink is a desk as the hub sees it.
type DeskLink struct {
	Name        string
	Connected   bool
	LastContact time.Time // now while connected
}

// Hub is the host laptop's node.
type Hub struct {
	*node
	cfg  HubConfig
	addr net.Addr

	dmu      sync.Mutex
	desks    map[string]deskEntry // by name
	seen     map[string]time.Time // last contact, by name
	linked   map[string]bool      // connected now, by name
	hubSubs  []*nats.Subscription
	pollDone chan struct{}
}

// deskEntry is a desk that joined, kept in the hub's folder so that a
// second laptop under the same name is told so.
type deskEntry struct {
	ID string `json:"id"`
}

const (
	hubServerName  = "eventday-hub"
	hubDomain      = "hub"
	allStream      = "ATT"
	deskUser       = "desk"
	desksFile      = "desks.json"
	deskServerName = "eventday-desk-"
)

// StartHub starts the host's node. The port is taken first: a port in use
// is an error before anything else starts.
func StartHub(cfg HubConfig) (*Hub, error) {
	ln, err := net.Listen("tcp", cfg.Listen)
	if err != nil {
		return nil, &Error{Kind: PortInUse, Addr: cfg.Listen, Err: err}
	}
	addr := ln.Addr().(*net.TCPAddr)
	ln.Close()
	host, _, _ := net.SplitHostPort(cfg.Listen)
	o := baseOptions(hubServerName, hubDomain, cfg.Dir)
	o.LeafNode = server.LeafNodeOpts{
		Host:     host,
		Port:     addr.Port,
		Username: deskUser,
		Password: cfg.PIN,
		// The desks dial the address they were given; told the hub's
		// own addresses, they would go around it (a proxy, a NAT).
		NoAdvertise: true,
		AuthTimeout: 2,
	}
	srv, l, err := startServer(o, cfg.Dir)
	if err != nil {
		if strings.Contains(err.Error(), "address already in use") {
			return nil, &Error{Kind: PortInUse, Addr: cfg.Listen, Err: err}
		}
		return nil, err
	}
	n, err := newNode(srv, l, "")
	if err != nil {
		srv.Shutdown()
		return nil, err
	}
	h := &Hub{node: n, cfg: cfg, addr: addr, desks: map[string]deskEntry{},
		seen: map[string]time.Time{}, linked: map[string]bool{}, pollDone: make(chan struct{})}
	if err := h.setup(); err != nil {
		h.node.close()
		return nil, err
	}
	go h.watch()
	return h, nil
}

func (h *Hub) setup() error {
	if b, err := os.ReadFile(filepath.Join(h.cfg.Dir, desksFile)); err == nil {
		if err := json.Unmarshal(b, &h.desks); err != nil {
			return &Error{Kind: Engine, Err: fmt.Errorf("%s: %w", desksFile, err)}
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return &Error{Kind: Engine, Err: err}
	}
	ctx, cancel := h.ctx()
	defer cancel()
	if _, err := h.js.CreateOrUpdateStream(ctx, ownStreamConfig("")); err != nil {
		return &Error{Kind: Engine, Err: err}
	}
	st, err := h.js.Stream(ctx, allStream)
	if errors.Is(err, jetstream.ErrStreamNotFound) {
		_, err = h.js.CreateStream(ctx, jetstream.StreamConfig{
			Name:    allStream,
			Storage: jetstream.FileStorage,
			// No subjects of its own: every record comes through a source.
			Sources:    []*jetstream.StreamSource{{Name: ownStream("")}},
			Duplicates: 2 * time.Minute,
		})
	} else if err == nil {
		_ = st
	}
	if err != nil {
		return &Error{Kind: Engine, Err: err}
	}
	for subj, handler := range map[string]nats.MsgHandler{subjJoin: h.join, subjFiles: h.files} {
		sub, err := h.nc.Subscribe(subj, handler)
		if err != nil {
			return &Error{Kind: Engine, Err: err}
		}
		h.hubSubs = append(h.hubSubs, sub)
	}
	return h.nc.Flush()
}

// deskSource is how ATT sources a desk's origin stream: through the desk's
// domain, by the consumer the server makes for itself (see createMirror).
func deskSource(name string) *jetstream.StreamSource {
	return &jetstream.StreamSource{Name: ownStream(name), Domain: deskDomain(name)}
}

type joinRequest struct {
	Name string `json:"name"`
	ID   string `json:"id"`
}

type reply struct {
	Error   string `json:"error,omitempty"` // a Problem, as a number
	Message string `json:"message,omitempty"`
	Files   []File `json:"files,omitempty"`
}

func respond(m *nats.Msg, r reply) {
	b, _ := json.Marshal(r)
	_ = m.Respond(b)
}

func problemReply(p Problem, err error) reply {
	r := reply{Error: strconv.Itoa(int(p))}
	if err != nil {
		r.Message = err.Error()
	}
	return r
}

// join registers a desk: ATT sources its origin stream from now on. A
// desk joins every time its link comes up; the second time changes
// nothing.
func (h *Hub) join(m *nats.Msg) {
	var req joinRequest
	if err := json.Unmarshal(m.Data, &req); err != nil || checkDeskName(req.Name) != nil || req.ID == "" {
		respond(m, problemReply(BadName, err))
		return
	}
	h.dmu.Lock()
	defer h.dmu.Unlock()
	if d, ok := h.desks[req.Name]; ok && d.ID != req.ID {
		respond(m, problemReply(NameTaken, nil))
		return
	}
	if err := h.addSource(req.Name); err != nil {
		h.log.Errorf("desk %s joining: %v", req.Name, err)
		respond(m, problemReply(Engine, err))
		return
	}
	if _, ok := h.desks[req.Name]; !ok {
		h.desks[req.Name] = deskEntry{ID: req.ID}
		if err := h.saveDesks(); err != nil {
			h.log.Errorf("desk %s joining: %v", req.Name, err)
			respond(m, problemReply(Engine, err))
			return
		}
	}
	h.seen[req.Name] = time.Now()
	respond(m, reply{})
	h.signal()
}

func (h *Hub) addSource(name string) error {
	ctx, cancel := h.ctx()
	defer cancel()
	st, err := h.js.Stream(ctx, allStream)
	if err != nil {
		return err
	}
	cfg := st.CachedInfo().Config
	want := deskSource(name)
	if slices.ContainsFunc(cfg.Sources, func(s *jetstream.StreamSource) bool {
		return s.Name == want.Name
	}) {
		return nil
	}
	cfg.Sources = append(cfg.Sources, want)
	_, err = h.js.UpdateStream(ctx, cfg)
	return err
}

// saveDesks keeps the desks' names and ids, whole or as they were.
func (h *Hub) saveDesks() error {
	b, err := json.MarshalIndent(h.desks, "", "  ")
	if err != nil {
		return err
	}
	return platform.Replace(filepath.Join(h.cfg.Dir, desksFile), func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	})
}

// files answers a desk's request for the event's files.
func (h *Hub) files(m *nats.Msg) {
	if h.cfg.Files == nil {
		respond(m, reply{})
		return
	}
	fs, err := h.cfg.Files()
	if err != nil {
		h.log.Errorf("event files for a desk: %v", err)
		respond(m, problemReply(HubFiles, err))
		return
	}
	respond(m, reply{Files: fs})
}

// watch follows the desks' leaf connections: at once when the server's log
// says one came or went, and once a second besides.
func (h *Hub) watch() {
	defer close(h.pollDone)
	follow(h.quit, h.log.poke, h.look)
}

func (h *Hub) look() {
	lz, err := h.srv.Leafz(nil)
	if err != nil {
		return
	}
	now := map[string]bool{}
	for _, l := range lz.Leafs {
		if name, ok := strings.CutPrefix(l.Name, deskServerName); ok {
			now[name] = true
		}
	}
	h.dmu.Lock()
	changed := len(now) != len(h.linked)
	for name := range now {
		if !h.linked[name] {
			changed = true
		}
	}
	t := time.Now()
	for name := range h.linked {
		h.seen[name] = t
	}
	h.linked = now
	h.dmu.Unlock()
	if changed {
		h.signal()
	}
}

// Addr is the address the desks dial.
func (h *Hub) Addr() net.Addr { return h.addr }

// Attach starts carrying the event's records: the host's own into the
// mesh, and every desk's into the event.
func (h *Hub) Attach(s Store) error { return h.attach(s, allStream, readyNow) }

// readyNow is a channel that is already closed.
var readyNow = func() chan struct{} { c := make(chan struct{}); close(c); return c }()

// Desks lists the desks that joined, by name.
func (h *Hub) Desks() []DeskLink {
	h.dmu.Lock()
	defer h.dmu.Unlock()
	now := time.Now()
	var out []DeskLink
	for name := range h.desks {
		d := DeskLink{Name: name, Connected: h.linked[name], LastContact: h.seen[name]}
		if d.Connected {
			d.LastContact = now
		}
		out = append(out, d)
	}
	slices.SortFunc(out, func(a, b DeskLink) int { return strings.Compare(a.Name, b.Name) })
	return out
}

// Changes signals when a desk connected or left, or copying records
// failed.
func (h *Hub) Changes() <-chan struct{} { return h.changes }

// Err is the last failure copying or receiving records, nil when there is
// none.
func (h *Hub) Err() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.err
}

// Close stops the hub's node.
func (h *Hub) Close() error {
	err := h.node.close()
	<-h.pollDone
	return err
}
