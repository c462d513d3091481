package mesh

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"eventday/platform"
)

// DeskConfig is how a sign-in desk's node starts.
type DeskConfig struct {
	Hub  string // the hub's host:port
	Name string // the desk's name: letters, digits, - and _
	PIN  string
	Dir  string // the node's folder (the event folder's nats/)
}

// Link is a desk's link to the hub.
type Link struct {
	Connected bool
	Since     time.Time // connected, or offline, since
	Waiting   int       // own records the hub does not have yet
	Err       error     // why it is not connected, or copying failed
}

// Desk is a sign-in desk's node.
type Desk struct {
	*node
	cfg DeskConfig
	id  string

	smu        sync.Mutex
	connected  bool
	since      time.Time
	joinErr    error
	joined     bool
	joining    bool
	wasRefused bool
	// mirrorReady is closed once ALL exists: it is made after the desk's
	// first join, when the hub has the consumer it mirrors through.
	mirrorReady chan struct{}
	// moved is closed, and replaced, whenever the link comes or goes.
	moved chan struct{}
	done  chan struct{}
}

const (
	mirrorStream = "ALL"
	deskIDFile   = "desk-id"
)

func deskDomain(name string) string { return "desk-" + name }

// StartDesk starts a desk's node. It does not wait for the hub: a desk
// signs people in while the hub is away.
func StartDesk(cfg DeskConfig) (*Desk, error) {
	if err := checkDeskName(cfg.Name); err != nil {
		return nil, err
	}
	if _, _, err := net.SplitHostPort(cfg.Hub); err != nil {
		return nil, &Error{Kind: HubUnreachable, Addr: cfg.Hub, Err: err}
	}
	if err := os.MkdirAll(cfg.Dir, 0o755); err != nil {
		return nil, &Error{Kind: Engine, Err: err}
	}
	id, err := deskID(cfg.Dir)
	if err != nil {
		return nil, &Error{Kind: Engine, Err: err}
	}
	u := &url.URL{Scheme: "nats-leaf", Host: cfg.Hub, User: url.UserPassword(deskUser, cfg.PIN)}
	o := baseOptions(deskServerName+cfg.Name, deskDomain(cfg.Name), cfg.Dir)
	o.LeafNode = server.LeafNodeOpts{
		ReconnectInterval: leafReconnect,
		Remotes:           []*server.RemoteLeafOpts{{URLs: []*url.URL{u}}},
	}
	srv, l, err := startServer(o, cfg.Dir)
	if err != nil {
		return nil, err
	}
	n, err := newNode(srv, l, cfg.Name)
	if err != nil {
		srv.Shutdown()
		return nil, err
	}
	d := &Desk{node: n, cfg: cfg, id: id, since: time.Now(), done: make(chan struct{}),
		mirrorReady: make(chan struct{}), moved: make(chan struct{})}
	if err := d.setup(); err != nil {
		d.node.close()
		return nil, err
	}
	go d.watch()
	return d, nil
}

// deskID is the desk's identity, kept in its folder: the hub tells two
// laptops under one name apart by it.
func deskID(dir string) (string, error) {
	path := filepath.Join(dir, deskIDFile)
	if b, err := os.ReadFile(path); err == nil && len(strings.TrimSpace(string(b))) > 0 {
		return strings.TrimSpace(string(b)), nil
	}
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	id := hex.EncodeToString(b[:])
	// Whole or not at all: a desk whose id is lost is another desk to the
	// hub, and its name is taken.
	return id, platform.Replace(path, func(w io.Writer) error {
		_, err := io.WriteString(w, id+"\n")
		return err
	})
}

func (d *Desk) setup() error {
	ctx, cancel := d.ctx()
	defer cancel()
	if _, err := d.js.CreateOrUpdateStream(ctx, ownStreamConfig(d.cfg.Name)); err != nil {
		return &Error{Kind: Engine, Err: err}
	}
	if _, err := d.js.Stream(ctx, mirrorStream); err == nil {
		close(d.mirrorReady)
	} else if !errors.Is(err, jetstream.ErrStreamNotFound) {
		return &Error{Kind: Engine, Err: err}
	}
	// How many of its records the hub has is the last of them the mirror
	// brought back.
	if !d.hasMirror() {
		return nil
	}
	m, err := func() (*jetstream.RawStreamMsg, error) {
		st, err := d.js.Stream(ctx, mirrorStream)
		if err != nil {
			return nil, err
		}
		return st.GetLastMsgForSubject(ctx, ownSubject(d.cfg.Name))
	}()
	if err == nil {
		if k, err := seqOfMsgID(m.Header.Get(jetstream.MsgIDHeader)); err == nil {
			d.ownSeen = k
		}
	}
	return nil
}

// watch follows the desk's link: at once when the server's log says it
// came or went, and once a second besides. When it comes up, the desk
// joins the hub.
func (d *Desk) watch() {
	defer close(d.done)
	follow(d.quit, d.log.poke, d.look)
}

func (d *Desk) look() {
	up := d.srv.NumLeafNodes() > 0
	refused := d.refused()
	d.smu.Lock()
	changed := up != d.connected || refused != d.wasRefused
	d.wasRefused = refused
	if up != d.connected {
		d.connected, d.since = up, time.Now()
	}
	if changed {
		// Whoever waits for the link is told of a refusal too: Files
		// gives up at once rather than at its deadline.
		close(d.moved)
		d.moved = make(chan struct{})
	}
	join := up && !d.joined && !d.joining
	if join {
		d.joining = true
	}
	d.smu.Unlock()
	if join {
		go d.join()
	}
	if changed {
		d.signal()
	}
}

// join tells the hub about this desk, once a run, when the link is up.
func (d *Desk) join() {
	b, _ := json.Marshal(joinRequest{Name: d.cfg.Name, ID: d.id})
	var r reply
	err := d.request(subjJoin, b, 10*time.Second, &r)
	if err == nil {
		err = r.err(d.cfg)
	}
	if err == nil && !d.hasMirror() {
		err = d.createMirror()
	}
	d.smu.Lock()
	d.joining = false
	d.joined = err == nil || errors.Is(err, ErrNameTaken)
	d.joinErr = err
	d.smu.Unlock()
	d.signal()
}

func (d *Desk) request(subj string, data []byte, wait time.Duration, into *reply) error {
	m, err := d.nc.Request(subj, data, wait)
	if err != nil {
		if errors.Is(err, nats.ErrNoResponders) || errors.Is(err, nats.ErrTimeout) {
			return d.unreachable(err)
		}
		return &Error{Kind: Engine, Err: err}
	}
	if err := json.Unmarshal(m.Data, into); err != nil {
		return &Error{Kind: Engine, Err: fmt.Errorf("the hub's answer: %w", err)}
	}
	return nil
}

// unreachable is the error for no answer: the PIN refused, if the hub said
// so.
func (d *Desk) unreachable(err error) error {
	if d.refused() {
		return &Error{Kind: PINRefused, Addr: d.cfg.Hub}
	}
	return &Error{Kind: HubUnreachable, Addr: d.cfg.Hub, Err: err}
}

func (d *Desk) refused() bool {
	d.log.mu.Lock()
	defer d.log.mu.Unlock()
	return d.log.refused && d.srv.NumLeafNodes() == 0
}

func (r reply) err(cfg DeskConfig) error {
	if r.Error == "" {
		return nil
	}
	p, _ := strconv.Atoi(r.Error)
	var cause error
	if r.Message != "" {
		cause = errors.New(r.Message)
	}
	return &Error{Kind: Problem(p), Addr: cfg.Hub, Name: cfg.Name, Err: cause}
}

// Files fetches the event's files from the hub, for a desk starting with
// an empty folder. It waits for the link until ctx ends.
func (d *Desk) Files(ctx context.Context) ([]File, error) {
	for {
		d.smu.Lock()
		moved := d.moved
		d.smu.Unlock()
		m, err := d.nc.RequestWithContext(ctx, subjFiles, nil)
		if err == nil {
			var r reply
			if err := json.Unmarshal(m.Data, &r); err != nil {
				return nil, &Error{Kind: Engine, Err: fmt.Errorf("the hub's answer: %w", err)}
			}
			if err := r.err(d.cfg); err != nil {
				return nil, err
			}
			return r.Files, nil
		}
		if !errors.Is(err, nats.ErrNoResponders) {
			return nil, d.unreachable(err)
		}
		if d.refused() {
			return nil, &Error{Kind: PINRefused, Addr: d.cfg.Hub}
		}
		// No hub yet: wait for the link to change, not for a timer.
		select {
		case <-ctx.Done():
			return nil, d.unreachable(ctx.Err())
		case <-moved:
		}
	}
}

func (d *Desk) hasMirror() bool {
	select {
	case <-d.mirrorReady:
		return true
	default:
		return false
	}
}

// createMirror makes ALL, mirroring the hub's ATT through the consumer
// the server makes for itself. The engine's durable consumers (reset
// rather than made again when a link returns, so a faster catch-up) were
// tried for the mirrors and the hub's sources and left out: in one hub
// restart in five the hub's source of a desk resumed about 400 records
// past the last it had stored, reporting no lag, and those records never
// reached the hub.
func (d *Desk) createMirror() error {
	ctx, cancel := d.ctx()
	defer cancel()
	_, err := d.js.CreateStream(ctx, jetstream.StreamConfig{
		Name:    mirrorStream,
		Storage: jetstream.FileStorage,
		Mirror:  &jetstream.StreamSource{Name: allStream, Domain: hubDomain},
	})
	if err != nil {
		return &Error{Kind: Engine, Err: fmt.Errorf("stream %s: %w", mirrorStream, err)}
	}
	close(d.mirrorReady)
	return nil
}

// Attach starts carrying the event's records: the desk's own to the hub,
// and everyone else's into the event. Before the desk first joined the
// hub, it copies its own records and receives once it has.
func (d *Desk) Attach(s Store) error { return d.attach(s, mirrorStream, d.mirrorReady) }

// Status is the desk's link to the hub now.
func (d *Desk) Status() Link {
	d.smu.Lock()
	l := Link{Connected: d.connected, Since: d.since, Err: d.joinErr}
	d.smu.Unlock()
	if !l.Connected && d.refused() {
		l.Err = &Error{Kind: PINRefused, Addr: d.cfg.Hub}
	}
	d.mu.Lock()
	if d.attached {
		l.Waiting = max(0, d.ownCount-int(d.ownSeen))
	}
	if l.Err == nil {
		l.Err = d.err
	}
	d.mu.Unlock()
	return l
}

// Changes signals when the link came or went, or the hub got more of the
// desk's records, or something failed.
func (d *Desk) Changes() <-chan struct{} { return d.changes }

// Close stops the desk's node.
func (d *Desk) Close() error {
	err := d.node.close()
	<-d.done
	return err
}
