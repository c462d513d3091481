package mesh

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/nats-io/nats-server/v2/logger"
	"github.com/nats-io/nats-server/v2/server"
	"github.com/nats-io/nats.go"
	"github.com/nats-io/nats.go/jetstream"

	"eventday/checkin"
)

// Store is the open event as the mesh sees it.
type Store interface {
	// Origin is this node's origin; "" is the host.
	Origin() string
	// OwnCount is how many records this node has written.
	OwnCount() int
	// Own gives up to max of its own records from position from (0-based),
	// in order.
	Own(from, max int) []checkin.Record
	// Receive writes records of other origins durably, skipping those it
	// already has.
	Receive(recs []checkin.Record) error
	// Subscribe gives a signal after every change, and a stop.
	Subscribe() (<-chan struct{}, func())
}

// File is one of the event's files, as the hub hands it to a new desk.
type File struct {
	Name string
	Data []byte
}

const (
	// logName is the server's log, in the node's folder: the app is full
	// screen, so nothing may reach the terminal.
	logName = "server.log"

	// maxPayload bounds a message: the event's files travel in one reply,
	// and a roster can be a few megabytes.
	maxPayload = 32 << 20

	// leafReconnect is how soon a desk dials the hub again after losing
	// it. The default, one second, is a second added to every catch-up;
	// the dial costs nothing while the hub is away.
	leafReconnect = 250 * time.Millisecond

	receiverConsumer = "RECEIVER"

	subjJoin  = "eventday.join"
	subjFiles = "eventday.files"

	// batch is how many records are handed to Store.Receive at once.
	batch = 500

	// pollEvery is how often a node looks at its leaf connections when
	// nothing in its log said they changed.
	pollEvery = time.Second
)

// node is what the hub and a desk share: the embedded server, a connection
// to it, and the goroutines that copy and receive records.
type node struct {
	srv    *server.Server
	nc     *nats.Conn
	js     jetstream.JetStream
	log    *serverLog
	origin string

	quit chan struct{}
	wg   sync.WaitGroup

	changes chan struct{}

	mu       sync.Mutex
	attached bool
	err      error // the last failure copying or receiving records
	ownSeen  uint64
	ownCount int
	store    Store
}

// serverLog writes the server's log to a file and tells the node when a
// line may mean its links changed, or that the hub refused the PIN.
type serverLog struct {
	*logger.Logger
	poke      chan struct{}
	mu        sync.Mutex
	refused   bool
	refusedAt time.Time
}

func (l *serverLog) note(format string, v []any) {
	if strings.Contains(format, "Leafnode") || strings.Contains(format, "eafnode") {
		msg := fmt.Sprintf(format, v...)
		if strings.Contains(msg, "Authorization Violation") {
			l.mu.Lock()
			l.refused, l.refusedAt = true, time.Now()
			l.mu.Unlock()
		}
	}
	select {
	case l.poke <- struct{}{}:
	default:
	}
}

// Noticef logs a notice and looks at it.
func (l *serverLog) Noticef(format string, v ...any) {
	l.Logger.Noticef(format, v...)
	l.note(format, v)
}

// Warnf logs a warning and looks at it.
func (l *serverLog) Warnf(format string, v ...any) {
	l.Logger.Warnf(format, v...)
	l.note(format, v)
}

// Errorf logs an error and looks at it.
func (l *serverLog) Errorf(format string, v ...any) {
	l.Logger.Errorf(format, v...)
	l.note(format, v)
}

// baseOptions are the options every node's server has.
func baseOptions(name, domain, dir string) *server.Options {
	return &server.Options{
		ServerName: name, // stable, so a restart is the same server
		DontListen: true, // the app talks to it in-process only
		NoSigs:     true,
		NoLog:      false,
		JetStream:  true,
		// Every node's JetStream is its own, reached across a leaf
		// connection by its domain.
		JetStreamDomain: domain,
		StoreDir:        dir,
		// The file store syncs every two minutes by default: a record
		// acknowledged must be on disk.
		SyncAlways: true,
		MaxPayload: maxPayload,
	}
}

// startServer starts the embedded server with its log in dir.
func startServer(o *server.Options, dir string) (*server.Server, *serverLog, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, nil, err
	}
	s, err := server.NewServer(o)
	if err != nil {
		return nil, nil, &Error{Kind: Engine, Err: err}
	}
	l := &serverLog{
		Logger: logger.NewFileLogger(filepath.Join(dir, logName), true, false, false, true),
		poke:   make(chan struct{}, 1),
	}
	// Rotated, so that a long day cannot fill the disk with it.
	_ = l.SetSizeLimit(10 << 20)
	_ = l.SetMaxNumFiles(3)
	s.SetLoggerV2(l, false, false, false)
	s.Start()
	if !s.ReadyForConnections(30 * time.Second) {
		s.Shutdown()
		l.Close()
		return nil, nil, &Error{Kind: Engine, Err: errors.New("the embedded server did not start")}
	}
	return s, l, nil
}

func newNode(s *server.Server, l *serverLog, origin string) (*node, error) {
	nc, err := nats.Connect("", nats.InProcessServer(s), nats.Name("eventday"),
		nats.MaxReconnects(-1))
	if err != nil {
		return nil, &Error{Kind: Engine, Err: err}
	}
	js, err := jetstream.New(nc)
	if err != nil {
		nc.Close()
		return nil, &Error{Kind: Engine, Err: err}
	}
	return &node{srv: s, nc: nc, js: js, log: l, origin: origin,
		quit: make(chan struct{}), changes: make(chan struct{}, 1)}, nil
}

// ownStreamConfig is the node's origin stream.
func ownStreamConfig(origin string) jetstream.StreamConfig {
	return jetstream.StreamConfig{
		Name:     ownStream(origin),
		Subjects: []string{ownSubject(origin)},
		Storage:  jetstream.FileStorage,
		// A publish retried after a lost acknowledgement is refused by
		// its expected last sequence; the id makes it a duplicate rather
		// than an error.
		Duplicates: 2 * time.Minute,
	}
}

func (n *node) signal() {
	select {
	case n.changes <- struct{}{}:
	default:
	}
}

func (n *node) setErr(err error) {
	n.mu.Lock()
	changed := (err == nil) != (n.err == nil)
	n.err = err
	n.mu.Unlock()
	if changed {
		n.signal()
	}
}

func (n *node) ctx() (context.Context, context.CancelFunc) {
	return context.WithTimeout(context.Background(), 10*time.Second)
}

// attach starts copying the store's own records into the origin stream and
// handing the records of others from stream to it.
func (n *node) attach(s Store, stream string, ready <-chan struct{}) error {
	n.mu.Lock()
	if n.attached {
		n.mu.Unlock()
		return errors.New("mesh: a store is already attached")
	}
	n.attached, n.store = true, s
	n.ownCount = s.OwnCount()
	n.mu.Unlock()
	changes, stop := s.Subscribe()
	n.wg.Add(2)
	go func() {
		defer n.wg.Done()
		defer stop()
		n.copyOwn(s, changes)
	}()
	go func() {
		defer n.wg.Done()
		select {
		case <-ready:
		case <-n.quit:
			return
		}
		ctx, cancel := n.ctx()
		cons, err := n.js.CreateOrUpdateConsumer(ctx, stream, jetstream.ConsumerConfig{
			Durable:       receiverConsumer,
			AckPolicy:     jetstream.AckAllPolicy,
			DeliverPolicy: jetstream.DeliverAllPolicy,
			MaxAckPending: -1,
		})
		if err == nil {
			// Records delivered before the node stopped but never
			// acknowledged would come again only after the ack wait, and
			// acknowledging later ones first would acknowledge them too:
			// deliver again from the first one not acknowledged.
			_, err = n.js.ResetConsumer(ctx, stream, receiverConsumer)
		}
		cancel()
		if err != nil {
			n.setErr(&Error{Kind: Engine, Err: fmt.Errorf("receiver on %s: %w", stream, err)})
			return
		}
		n.receive(s, cons)
	}()
	return nil
}

// copyOwn copies the store's own records into the origin stream: first
// those the stream lacks, then each new one after a change.
func (n *node) copyOwn(s Store, changes <-chan struct{}) {
	origin := s.Origin()
	next, err := n.streamLast(ownStream(origin))
	if err != nil {
		n.setErr(err)
	}
	for {
		count := s.OwnCount()
		n.mu.Lock()
		changed := count != n.ownCount
		n.ownCount = count
		n.mu.Unlock()
		if changed {
			n.signal()
		}
		for err == nil && int(next) < count {
			recs := s.Own(int(next), batch)
			if len(recs) == 0 {
				break
			}
			next, err = n.publish(origin, next, recs)
		}
		if err != nil {
			n.setErr(err)
			// A refused publish says the stream is elsewhere than we
			// thought: read where it is before the next change.
			if last, lerr := n.streamLast(ownStream(origin)); lerr == nil {
				next, err = last, nil
			}
		}
		select {
		case <-n.quit:
			return
		case <-changes:
		}
	}
}

// publish writes recs as the stream's messages last+1, last+2, ...
func (n *node) publish(origin string, last uint64, recs []checkin.Record) (uint64, error) {
	subj := ownSubject(origin)
	for _, r := range recs {
		line, err := checkin.Encode(r)
		if err != nil {
			return last, fmt.Errorf("record %d: %w", r.Seq, err)
		}
		ctx, cancel := n.ctx()
		ack, err := n.js.Publish(ctx, subj, line,
			jetstream.WithMsgID(msgID(origin, last+1)),
			jetstream.WithExpectLastSequence(last))
		cancel()
		if err != nil {
			return last, &Error{Kind: Engine, Err: fmt.Errorf("publish %s: %w", msgID(origin, last+1), err)}
		}
		last = ack.Sequence
	}
	return last, nil
}

func (n *node) streamLast(name string) (uint64, error) {
	ctx, cancel := n.ctx()
	defer cancel()
	st, err := n.js.Stream(ctx, name)
	if err != nil {
		return 0, &Error{Kind: Engine, Err: fmt.Errorf("stream %s: %w", name, err)}
	}
	return st.CachedInfo().State.LastSeq, nil
}

// receive hands the records of other origins to the store in batches, and
// acknowledges each batch after the store has it: a crash in between
// redelivers it, and the store skips what it already had.
func (n *node) receive(s Store, cons jetstream.Consumer) {
	own := ownSubject(s.Origin())
	in := make(chan jetstream.Msg, batch)
	done := make(chan struct{})
	defer close(done)
	cc, err := cons.Consume(func(m jetstream.Msg) {
		select {
		case in <- m:
		case <-done:
		}
	}, jetstream.PullMaxMessages(batch))
	if err != nil {
		n.setErr(&Error{Kind: Engine, Err: err})
		return
	}
	defer cc.Stop()
	for {
		var msgs []jetstream.Msg
		select {
		case <-n.quit:
			return
		case m := <-in:
			msgs = append(msgs, m)
		}
	more:
		for len(msgs) < batch {
			select {
			case m := <-in:
				msgs = append(msgs, m)
			default:
				break more
			}
		}
		var recs []checkin.Record
		var ownSeen uint64
		var bad error
		for _, m := range msgs {
			subj := m.Subject()
			if subj == own {
				if k, err := seqOfMsgID(m.Headers().Get(jetstream.MsgIDHeader)); err == nil {
					ownSeen = k
				}
				continue
			}
			r, err := checkin.Decode(m.Data())
			if err != nil {
				bad = fmt.Errorf("%s %s: %w", subj, m.Headers().Get(jetstream.MsgIDHeader), err)
				n.log.Errorf("%v", bad)
				continue
			}
			recs = append(recs, withOrigin(r, originOfToken(strings.TrimPrefix(subj, "att."))))
		}
		if len(recs) > 0 {
			if err := s.Receive(recs); err != nil {
				// Not acknowledged: they come again when the node starts
				// next. Taking later records now would acknowledge these
				// too, and the event cannot write anyway.
				n.setErr(err)
				return
			}
		}
		ctx, cancel := n.ctx()
		err := msgs[len(msgs)-1].DoubleAck(ctx)
		cancel()
		if err != nil {
			continue
		}
		n.setErr(bad)
		if ownSeen > 0 {
			n.mu.Lock()
			n.ownSeen = ownSeen
			n.mu.Unlock()
			n.signal()
		}
	}
}

// follow calls look each time the server's log is poked and once every
// pollEvery besides, until quit is closed.
func follow(quit, poke <-chan struct{}, look func()) {
	t := time.NewTicker(pollEvery)
	defer t.Stop()
	for {
		select {
		case <-quit:
			return
		case <-poke:
		case <-t.C:
		}
		look()
	}
}

// close stops the goroutines and the server.
func (n *node) close() error {
	select {
	case <-n.quit:
		return nil
	default:
	}
	close(n.quit)
	n.nc.Close()
	n.wg.Wait()
	n.srv.Shutdown()
	n.srv.WaitForShutdown()
	return n.log.Close()
}
