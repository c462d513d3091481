package live

import (
	"errors"
	"fmt"
	"path/filepath"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/journal"
	"eventday/platform"
)

// Receive keeps records of other origins, received from their gates: each
// origin's in its order, origins in any order. Records the event has
// already (a sequence number not after its origin's last: a delivery again
// after a crash) are passed over. A record of the event's own origin, or
// one that does not fit, refuses the call before any of it is written.
// The rest are appended to their origin's journal in gates/, one write and
// one fsync per journal, then folded in, then the subscribers told: as a
// desk's sign-in, nothing is counted before it is on disk.
//
// It holds the owner's mutex for its writes, as a batch of sign-ins does,
// so a desk's sign-in waits for at most one call's writes; the transport
// hands records in batches of a size that keeps that short.
//
// When a journal cannot be written, the records of the origins written
// before it stand (they are on disk) and the error says which was not.
func (e *Event) Receive(recs []checkin.Record) error {
	if len(recs) == 0 {
		return nil
	}
	if e.rehearsal {
		// A rehearsal's sign-ins are its own, in journals of its own; what
		// other gates sign in belongs to the show.
		return &gateError{func(g *i18n.Gates) string { return g.Rehearsal }, nil}
	}
	e.mu.Lock()
	written, err := e.receive(recs)
	e.mu.Unlock()
	if written {
		e.notify()
	}
	return err
}

// receive is Receive under the owner's mutex; written says whether any
// record was folded in.
func (e *Event) receive(recs []checkin.Record) (bool, error) {
	if e.closed {
		return false, errClosed
	}
	fresh := make([]checkin.Record, 0, len(recs))
	for _, rec := range recs {
		if rec.Origin == e.origin {
			return false, &gateError{func(g *i18n.Gates) string { return g.ReceivedOwn }, []any{checkin.ShownOrigin(e.origin)}}
		}
		if rec.Seq <= e.att.LastSeq(rec.Origin) {
			continue // had already
		}
		fresh = append(fresh, rec)
	}
	if err := e.att.Fits(fresh); err != nil {
		return false, fmt.Errorf("received records: %w", err)
	}
	// By origin, in the order they come.
	var order []string
	byOrigin := map[string][]checkin.Record{}
	for _, rec := range fresh {
		if _, ok := byOrigin[rec.Origin]; !ok {
			order = append(order, rec.Origin)
		}
		byOrigin[rec.Origin] = append(byOrigin[rec.Origin], rec)
	}
	written := false
	var b journal.Batch
	for _, origin := range order {
		b.Reset()
		for _, rec := range byOrigin[origin] {
			line, err := checkin.Encode(rec)
			if err == nil {
				err = b.Add(line)
			}
			if err != nil {
				return written, &checkin.NotSavedError{File: GateFile(origin), Err: err}
			}
		}
		j, err := e.gateLog(origin)
		if err == nil {
			err = j.AppendBatch(&b)
		}
		if err != nil {
			return written, &checkin.NotSavedError{File: GateFile(origin), Err: err}
		}
		for _, rec := range byOrigin[origin] {
			if err := e.att.Apply(rec); err != nil {
				// Fits took them: this is a bug. They are on disk, and the
				// next start says where.
				return true, fmt.Errorf("%s: seq %d written but not applied: %w", GateFile(origin), rec.Seq, err)
			}
			written = true
			if rec.WalkIn && rec.Kind == checkin.KindSignIn {
				e.indexWalkIn(rec)
			}
		}
	}
	return written, nil
}

// errClosed refuses records received after the event was closed.
var errClosed = errors.New("the event is closed")

// indexWalkIn makes a walk-in signed in at another gate found by the
// search here, as the desk's own are.
func (e *Event) indexWalkIn(rec checkin.Record) {
	<-e.indexed
	if _, onRoster := e.roster.Person(rec.Person); !onRoster {
		e.index.Add(checkin.Person{ID: rec.Person, Name: rec.Name, Category: rec.Category, Group: rec.Group, Phone: rec.Phone})
	}
}

// gateLog is the journal of origin's records, made (with the gates
// folder, private) the first time one comes.
func (e *Event) gateLog(origin string) (*journal.Journal, error) {
	if j, ok := e.gateLogs[origin]; ok {
		return j, nil
	}
	if err := platform.PrivateDir(filepath.Join(e.logs, GatesDir)); err != nil {
		return nil, err
	}
	path := filepath.Join(e.logs, filepath.FromSlash(GateFile(origin)))
	c, err := journal.Read(path)
	if err != nil {
		return nil, err
	}
	if len(c.Lines) > 0 || c.TornSize > 0 {
		// Written since the start by something else than this event.
		return nil, fmt.Errorf("%s appeared while the event was open", GateFile(origin))
	}
	j, err := journal.Open(path, c)
	if err != nil {
		return nil, err
	}
	e.gateLogs[origin] = j
	return j, nil
}

// OwnCount is how many records this event's origin has written.
func (e *Event) OwnCount() int {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.OriginCount(e.origin)
}

// Own returns at most n of the records this event's origin wrote, from
// the from'th on (0-based, in sequence order): for the transport to hand
// on, each on disk already.
func (e *Event) Own(from, n int) []checkin.Record {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.Of(e.origin, from, n)
}

// Origins lists the origins whose records the event holds, its own
// included, by name.
func (e *Event) Origins() []checkin.OriginCount {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.Origins()
}

// Conflicts lists the people signed in at two gates that could not see
// each other (see checkin.Conflict).
func (e *Event) Conflicts() []checkin.Conflict {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.Conflicts()
}

// LastSeq is the sequence number of origin's last record the event holds;
// 0 when none.
func (e *Event) LastSeq(origin string) int64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.LastSeq(origin)
}
