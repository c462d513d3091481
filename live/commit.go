package live

import (
	"context"
	"errors"
	"fmt"
	"time"

	"eventday/checkin"
	"eventday/journal"
)

// Writes to the attendance log that arrive together share one write and
// one fsync: the group commit. Several desks signing people in at once,
// a command line handed to the app, and a paper sheet of thousands of rows
// all go through it; an fsync costs milliseconds, and one per record made
// a 100,000-row sheet take minutes and made eight busy desks wait on each
// other's disk.
//
// What it must keep, and how:
//
//   - Nothing is shown before it is on disk. A record's effect is seen by
//     readers (DeskState, Show, Search, … each take the owner's mutex)
//     only once its fsync has returned. The leader of a batch holds the
//     mutex from the first record it prepares until the fsync returns, so
//     a reader waits (as it waited for a single fsync before) and never
//     sees a count that a crash would take back.
//   - Each record is prepared against the fold with every record before it
//     applied: its sequence number follows theirs, and "already signed in"
//     sees them. The leader applies each record to the fold as it prepares
//     it, before the next is prepared; two desks signing in the same person
//     in one batch get one sign-in and one refusal.
//   - What does not reach the disk is taken back, all of the batch. When
//     the write or the fsync fails, the journal cuts the file back to
//     where it was before the batch, and the fold, which holds the whole
//     batch by then, is made again from the records before it (rewound:
//     rare, and exact by construction, since the fold gives back every
//     record as it was applied). Every write of the batch is answered
//     with the error (checkin.NotSavedError), those refused or skipped
//     included, since they were judged against records that are no longer
//     there; a sheet stops at its first row of the batch. The writes
//     queued behind the batch are committed next, in their order, against
//     the fold as it is on disk.
//   - No one waits long behind a sheet. A batch takes at most batchWrites
//     writes and stops preparing past batchBytes; the desks' writes go
//     before a sheet's rows queued earlier, and TypeIn submits a sheet a
//     batch at a time, so a desk's sign-in arriving during an import waits
//     for the batch on its way to disk and no more.
//
// How: leader and followers. A writer queues its write and, when no batch
// is being committed, becomes the leader; otherwise it waits. The leader
// takes a batch from the queue, commits it (mutex, prepare-encode-apply
// each, one write and one fsync, mutex released, subscribers told once),
// answers every writer in it, and hands the lead to the writer of the next
// queued write, if any, so that no writer's call is held up committing
// other people's batches once its own is answered.
//
// The cue log (show.jsonl) keeps its one write per cue: cues come from the
// stage one at a time, and a cue waits for its own fsync (Event.Cue).
const (
	batchWrites = 4096
	batchBytes  = 1 << 20
)

// write is one request to the attendance log: a desk's action, or a row
// of a sheet (which may make two records: a person and their companions).
type write struct {
	// prepare makes the write's records against the attendance as the
	// writes before it left it, adding each with c.add. It runs on the
	// leader's goroutine under the owner's mutex: it must not take the
	// mutex or wait for another write.
	prepare func(c *commit) error
	run     *sheetRun // the sheet it is a row of; nil for a desk's write
	by      *waiter

	// Set by the leader, read once the write is answered.
	outcomes []Outcome // what it wrote (or skipped), once on disk
	err      error
}

// sheetRun is the rows of one TypeIn: once one of them fails, or the
// context is done, the rows after it are not written.
type sheetRun struct {
	ctx     context.Context
	stopped bool // under the owner's mutex
}

// errNotReached answers the rows of a sheet after the one it stopped at.
var errNotReached = errors.New("not written: the sheet stopped at an earlier row")

// waiter is a goroutine that submitted writes and waits for their answers,
// or to be handed the lead.
type waiter struct {
	signal chan struct{} // something changed: answers, or the lead
	// Under Event.qmu.
	left int  // writes not yet answered
	lead bool // it is to commit the next batch
}

// writeQueue is the writes waiting for a batch, the desks' before the
// sheets'.
type writeQueue struct {
	desks, sheets []*write
	leading       bool // a batch is being committed; false only when both queues are empty
}

// submit queues ws, in order, and returns once each is answered: written
// and on disk, refused, or failed. The calling goroutine commits batches
// itself while it holds the lead.
func (e *Event) submit(ws ...*write) {
	me := &waiter{signal: make(chan struct{}, 1), left: len(ws)}
	e.qmu.Lock()
	for _, w := range ws {
		w.by = me
		if w.run != nil {
			e.queue.sheets = append(e.queue.sheets, w)
		} else {
			e.queue.desks = append(e.queue.desks, w)
		}
	}
	if !e.queue.leading {
		e.queue.leading, me.lead = true, true
	}
	e.qmu.Unlock()
	for {
		e.qmu.Lock()
		lead, left := me.lead, me.left
		me.lead = false
		e.qmu.Unlock()
		switch {
		case lead:
			e.lead()
		case left == 0:
			return
		default:
			<-me.signal
		}
	}
}

// lead commits one batch from the queue, answers its writers and hands
// the lead on.
func (e *Event) lead() {
	e.qmu.Lock()
	q := &e.queue
	n := min(len(q.desks), batchWrites)
	batch := append([]*write(nil), q.desks[:n]...)
	q.desks = q.desks[n:]
	n = min(len(q.sheets), batchWrites-len(batch))
	batch = append(batch, q.sheets[:n]...)
	q.sheets = q.sheets[n:]
	e.qmu.Unlock()

	done := e.commit(batch)

	e.qmu.Lock()
	// What the size limit left goes back to the front of its queue, in
	// order.
	var desks, sheets []*write
	for _, w := range batch[done:] {
		if w.run != nil {
			sheets = append(sheets, w)
		} else {
			desks = append(desks, w)
		}
	}
	q.desks = append(desks, q.desks...)
	q.sheets = append(sheets, q.sheets...)
	for _, w := range batch[:done] {
		w.by.left--
		wake(w.by)
	}
	switch {
	case len(q.desks) > 0:
		q.desks[0].by.lead = true
		wake(q.desks[0].by)
	case len(q.sheets) > 0:
		q.sheets[0].by.lead = true
		wake(q.sheets[0].by)
	default:
		q.leading = false
	}
	e.qmu.Unlock()
}

func wake(w *waiter) {
	select {
	case w.signal <- struct{}{}:
	default:
	}
}

// commit is one batch on its way to disk: the fold it is prepared against
// and the lines it writes.
type commit struct {
	e     *Event
	att   *checkin.Attendance
	now   time.Time // the batch's one time, so that times follow the order of the log
	lines journal.Batch
	w     *write // the write being prepared
	// walkIns are the walk-ins written, for the search index once they
	// are on disk.
	walkIns []checkin.Record
	// broken: a record was applied that the batch could not take; the
	// batch is taken back as a failed write is.
	broken error
}

// commit prepares, writes and applies the writes of batch in order, and
// returns how many it answered: the rest (past batchBytes) go back to the
// queue.
func (e *Event) commit(batch []*write) int {
	e.mu.Lock()
	before := e.att.Len()
	c := &commit{e: e, att: e.att, now: e.Now().Round(time.Millisecond)}
	done := 0
	for _, w := range batch {
		if done > 0 && c.lines.Size() >= batchBytes {
			break
		}
		done++
		if r := w.run; r != nil {
			if r.stopped {
				w.err = errNotReached
				continue
			}
			if err := r.ctx.Err(); err != nil {
				w.err, r.stopped = err, true
				continue
			}
		}
		c.w = w
		if w.err = w.prepare(c); w.err != nil && w.run != nil {
			w.run.stopped = true
		}
	}
	err := c.broken
	if err == nil {
		err = e.attLog.AppendBatch(&c.lines)
	}
	if err != nil {
		e.takeBack(batch[:done], before, err)
	}
	if len(c.walkIns) > 0 {
		<-e.indexed
		for _, rec := range c.walkIns {
			if rec.Seq > e.att.LastSeq(e.att.Own()) {
				break // not on disk
			}
			if _, onRoster := e.roster.Person(rec.Person); !onRoster {
				e.index.Add(checkin.Person{ID: rec.Person, Name: rec.Name, Category: rec.Category, Group: rec.Group, Phone: rec.Phone})
			}
		}
	}
	wrote := e.att.Len() > before
	e.mu.Unlock()
	if wrote {
		e.notify()
	}
	return done
}

// takeBack undoes a batch that is not on disk: the fold goes back to its
// first before records, the ones on disk, and every write of the batch is
// answered with the error and tells of none of its records; a sheet stops
// there.
func (e *Event) takeBack(ws []*write, before int, err error) {
	if e.att.Len() > before {
		e.att = rewound(e.att, before, e.roster, e.plan.Location)
	}
	notSaved := &checkin.NotSavedError{File: checkin.AttendanceFile, Err: err}
	for _, w := range ws {
		if w.err == errNotReached {
			continue
		}
		w.outcomes, w.err = nil, notSaved
		if w.run != nil {
			w.run.stopped = true
		}
	}
}

// add writes rec, prepared by the write being prepared, as coming from o:
// stamped, encoded into the batch and applied to the fold, so that the
// next record is prepared against it. out says what it is for TypeIn.
func (c *commit) add(o Origin, rec checkin.Record, out Outcome) error {
	if !o.At.IsZero() {
		rec = rec.Backdated(o.At.In(c.e.plan.Location))
	}
	rec.Source = o.Source
	line, err := checkin.Encode(rec)
	if err != nil {
		return &checkin.NotSavedError{File: checkin.AttendanceFile, Err: err}
	}
	if err := c.att.Apply(rec); err != nil {
		// The desk's actions prepare records that fit: this is a bug.
		return fmt.Errorf("sign-in %d does not fit the attendance: %w", rec.Seq, err)
	}
	if err := c.lines.Add(line); err != nil {
		c.broken = err
		return err
	}
	if rec.WalkIn {
		c.walkIns = append(c.walkIns, rec)
	}
	out.Record = rec
	c.w.outcomes = append(c.w.outcomes, out)
	return nil
}

// tell records an outcome that writes nothing (a row skipped).
func (c *commit) tell(out Outcome) { c.w.outcomes = append(c.w.outcomes, out) }

// rewound is att as it was after its first n records: a new fold of the
// same records, applied again in order. A batch that did not reach the
// disk is taken back this way; it costs a replay from memory, once per
// failed write.
func rewound(att *checkin.Attendance, n int, roster *checkin.Roster, loc *time.Location) *checkin.Attendance {
	again := checkin.NewAttendance(roster, loc)
	again.WriteAs(att.Own())
	for _, rec := range att.Records()[:n] {
		if err := again.Apply(rec); err != nil {
			// Each of them was applied in this order before.
			panic(fmt.Sprintf("rewinding the attendance: %v", err))
		}
	}
	return again
}

// recordAt prepares a record (arriving at o.At, unless zero, and copied
// from o.Source), writes it durably with whatever else is being written,
// applies it and tells the subscribers: the count on screen changes only
// after the fsync.
func (e *Event) recordAt(o Origin, prepare func(*checkin.Attendance, time.Time) (checkin.Record, error)) (checkin.Record, error) {
	w := &write{prepare: func(c *commit) error {
		if o.At.After(c.now) {
			return ErrFuture
		}
		rec, err := prepare(c.att, c.now)
		if err != nil {
			return err
		}
		return c.add(o, rec, Outcome{})
	}}
	e.submit(w)
	if w.err != nil {
		return checkin.Record{}, w.err
	}
	return w.outcomes[0].Record, nil
}
