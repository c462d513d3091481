// Package live is the one owner of an open event folder: it holds the
// folder's lock and its journals, and every change goes through it. A change
// is written to disk durably first, then applied to memory, then announced
// to every subscriber, so several views (and later several SSH sessions) can
// share one event and none of them ever polls a file.
package live

import (
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"eventday/checkin"
	"eventday/input"
	"eventday/journal"
	"eventday/platform"
	"eventday/program"
)

// ShowLog is the cue journal's file name in an event folder.
const ShowLog = "show.jsonl"

// ErrBadInput marks a failure caused by the files of the event folder, not
// by the machine: the command line exits with code 2 for it. Errors wrapping
// it read as their own message, without a prefix.
var ErrBadInput = errors.New("bad input")

type badInput struct{ err error }

func (b badInput) Error() string        { return b.err.Error() }
func (b badInput) Unwrap() error        { return b.err }
func (b badInput) Is(target error) bool { return target == ErrBadInput }

// bad marks err as caused by the folder's files.
func bad(err error) error { return badInput{err} }

// Options configure an opened event.
type Options struct {
	Now  func() time.Time // the clock; nil means time.Now
	Desk string           // this station's name at the sign-in desk; "" means DefaultDesk()
	// Command is the eventday command that opens the folder (run, demo,
	// signin; "" means run), written in the lock file so that a refused
	// second opener learns what holds the folder.
	Command string
	// Rehearsal opens the event for a rehearsal: its cues and sign-ins go
	// to journals of its own in RehearsalDir, and the show's are not
	// touched (see rehearsal.go).
	Rehearsal bool
	// Fresh, with Rehearsal, starts the rehearsal again from the top: its
	// journals so far are moved aside, never deleted, once the folder's
	// lock is held.
	Fresh bool
	// Origin is the gate this laptop writes as, when an event is signed in
	// at several (see gates.go): "" is the host, and a desk's laptop has a
	// name of its own (checkin.ValidOrigin). attendance.jsonl holds this
	// origin's records alone.
	Origin string
}

// DefaultDesk names a desk after the machine it runs on, so that sign-ins
// from two laptops can be told apart.
func DefaultDesk() string {
	if h, err := os.Hostname(); err == nil && h != "" {
		return h
	}
	return "desk"
}

// Event is an open event folder.
type Event struct {
	dir    string
	now    func() time.Time
	desk   string
	origin string
	plan   *program.Plan
	lock   *folderLock

	// logs is the folder of the journals: dir, or its RehearsalDir for a
	// rehearsal; aside is where a fresh rehearsal moved the earlier one.
	logs      string
	rehearsal bool
	aside     string

	mu       sync.Mutex
	show     *program.Show
	showLog  *journal.Journal
	roster   *checkin.Roster
	index    *checkin.Index // set once indexed is closed
	teams    *checkin.TeamIndex
	teamOnce sync.Once // makes teams on the first search for a team
	indexed  chan struct{}
	att      *checkin.Attendance
	attLog   *journal.Journal
	// The journals of the records received from other origins, by origin,
	// opened when read at the start or when the first record of an origin
	// comes; gatesRead are those read at the start, until opened.
	gateLogs  map[string]*journal.Journal
	gatesRead []gateLog
	subs      map[int]chan struct{}
	nextSub   int
	warnings  []Warning
	closed    bool

	// qmu guards the writes waiting for the attendance log (commit.go);
	// it is never held while mu is taken.
	qmu   sync.Mutex
	queue writeQueue
}

// Open loads the event folder dir, takes its lock and replays its journals.
// When anything is wrong with the folder's files nothing on disk is changed
// and the error wraps ErrBadInput.
func Open(dir string, opts Options) (*Event, error) {
	now := opts.Now
	if now == nil {
		now = time.Now
	}
	if opts.Origin != "" {
		if err := checkin.ValidOrigin(opts.Origin); err != nil {
			return nil, bad(err)
		}
	}
	plan, err := program.LoadPlan(dir)
	if err != nil {
		return nil, bad(err)
	}
	if err := checkWritten(dir); err != nil {
		return nil, err
	}
	command := opts.Command
	if command == "" {
		command = "run"
	}
	lock, err := lockFolder(dir, command, now().In(plan.Location))
	if err != nil {
		return nil, err
	}
	desk := opts.Desk
	if desk == "" {
		desk = DefaultDesk()
	}
	e := &Event{dir: dir, logs: dir, now: now, desk: desk, origin: opts.Origin, plan: plan, lock: lock, subs: map[int]chan struct{}{}, gateLogs: map[string]*journal.Journal{}}
	if opts.Rehearsal {
		e.rehearsal, e.logs = true, filepath.Join(dir, RehearsalDir)
		if opts.Fresh {
			if e.aside, err = setRehearsalAside(e.logs, now().In(plan.Location)); err != nil {
				lock.release(true)
				return nil, err
			}
		}
	}
	if err := e.load(); err != nil {
		lock.release(true)
		return nil, err
	}
	return e, nil
}

// load replays the journals, and only when all of them are good opens them
// for appending (which sets a torn tail aside).
func (e *Event) load() error {
	showPath := filepath.Join(e.logs, ShowLog)
	contents, show, err := replayShow(showPath, e.plan)
	if err != nil {
		return err
	}
	attContents, err := e.loadDesk()
	if err != nil {
		return err
	}
	// Everything read is good: only now may a torn tail be set aside, and
	// a rehearsal's folder be made.
	if e.rehearsal {
		if err := os.MkdirAll(e.logs, 0o700); err != nil {
			return err
		}
	}
	for _, j := range []struct {
		name     string
		contents *journal.Contents
		into     **journal.Journal
	}{{ShowLog, contents, &e.showLog}, {checkin.AttendanceFile, attContents, &e.attLog}} {
		if w, ok := tailWarning(j.name, j.contents, true); ok {
			e.warnings = append(e.warnings, w)
		}
		jr, err := journal.Open(filepath.Join(e.logs, j.name), j.contents)
		if err != nil {
			if e.showLog != nil {
				e.showLog.Close()
			}
			if errors.Is(err, platform.ErrNotPlain) {
				return bad(err)
			}
			return err
		}
		*j.into = jr
	}
	for _, g := range e.gatesRead {
		if w, ok := tailWarning(g.file, g.c, true); ok {
			e.warnings = append(e.warnings, w)
		}
		g.c.Release()
		jr, err := journal.Open(filepath.Join(e.logs, filepath.FromSlash(g.file)), g.c)
		if err != nil {
			e.closeLogs()
			if errors.Is(err, platform.ErrNotPlain) {
				return bad(err)
			}
			return err
		}
		e.gateLogs[g.origin] = jr
	}
	e.gatesRead = nil
	e.show = show
	return nil
}

// closeLogs closes every journal open.
func (e *Event) closeLogs() error {
	var errs []error
	for _, j := range append([]*journal.Journal{e.showLog, e.attLog}, slices.Collect(maps.Values(e.gateLogs))...) {
		if j != nil {
			errs = append(errs, j.Close())
		}
	}
	return errors.Join(errs...)
}

// replayShow reads show.jsonl and folds it into a show, changing nothing.
// An unreadable last line becomes the tail, set aside by the start.
func replayShow(path string, plan *program.Plan) (*journal.Contents, *program.Show, error) {
	contents, err := journal.Read(path)
	if err != nil {
		return nil, nil, err
	}
	setAsideUnreadable(contents)
	name := filepath.Base(path)
	show, err := ReplayShow(name, plan, contents.Lines)
	if err = withLong(err, name, contents); err != nil {
		return nil, nil, err
	}
	return contents, show, nil
}

// ReplayShow folds the lines of a cue journal into the show of plan. An error
// is a *DamageError naming the file and line; it wraps ErrBadInput.
func ReplayShow(name string, plan *program.Plan, lines []journal.Line) (*program.Show, error) {
	show := program.NewShow(plan)
	for _, l := range lines {
		if err := applyCue(show, l.Data); err != nil {
			err.File, err.Line = name, l.No
			return nil, err
		}
	}
	return show, nil
}

// applyCue decodes a line of show.jsonl and folds it into show. The error
// leaves the file and line for the caller to fill in.
func applyCue(show *program.Show, line []byte) *DamageError {
	c, err := program.DecodeCue(line)
	if err != nil {
		return &DamageError{Err: err}
	}
	if err := show.Apply(c); err != nil {
		if errors.Is(err, program.ErrUnknownAct) {
			return &DamageError{Programme: true, Act: c.Act + c.After, Err: fmt.Errorf("the %q cue names act %q, which is no longer in the programme (renamed or removed in event.yaml?)%w",
				c.Kind, c.Act+c.After, quiet{program.ErrUnknownAct})}
		}
		return &DamageError{Unfit: true, Err: fmt.Errorf("the %q cue does not fit the programme: %w", c.Kind, err)}
	}
	return nil
}

// Warnings are what the start found and repaired (a last line set aside),
// for the screen.
func (e *Event) Warnings() []Warning { return e.warnings }

// FileWarnings are what reading event.yaml, its act spreadsheet and
// roster.csv passed over without refusing them (columns eventday does not
// use), each to be shown as a warning in the reader's language.
func (e *Event) FileWarnings() input.Errors { return fileWarnings(e.plan, e.roster) }

// Origin is the gate this event writes as ("" the host).
func (e *Event) Origin() string { return e.origin }

// Dir is the event folder.
func (e *Event) Dir() string { return e.dir }

// Plan is what event.yaml (or its act spreadsheet) says.
func (e *Event) Plan() *program.Plan { return e.plan }

// Now is the event's clock, in the event's time zone.
func (e *Event) Now() time.Time { return e.now().In(e.plan.Location) }

// Show returns a snapshot of the show state, with how many performers of each
// act have signed in at the desk.
func (e *Event) Show() *program.ShowState {
	e.mu.Lock()
	defer e.mu.Unlock()
	show := e.show.State()
	show.Presence = presence(show, e.att)
	show.Rehearsal = e.rehearsal
	return show
}

// presence counts, for every act linked to someone on the roster, the
// performers signed in.
func presence(show *program.ShowState, att *checkin.Attendance) map[string]program.Presence {
	m := make(map[string]program.Presence, len(show.Acts))
	for _, a := range show.Acts {
		if arrived, expected := att.ActArrivals(a.ID); expected > 0 {
			m[a.ID] = program.Presence{Arrived: arrived, Expected: expected}
		}
	}
	return m
}

// Performers lists the performers the roster links to the act with this
// id, in roster order, each with whether they have signed in; nil when the
// roster links nobody to it.
func (e *Event) Performers(actID string) []program.Performer {
	e.mu.Lock()
	defer e.mu.Unlock()
	people := e.roster.Performers(actID)
	if len(people) == 0 {
		return nil
	}
	out := make([]program.Performer, len(people))
	for i, p := range people {
		_, in := e.att.Status(p.ID)
		out[i] = program.Performer{Name: p.Name, In: in}
	}
	return out
}

// LastUndoable is the cue an undo would take back.
func (e *Event) LastUndoable() (program.Cue, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.show.LastUndoable()
}

// Cue makes a cue: stamps it with the next sequence number and the clock,
// checks it, writes it to show.jsonl and fsyncs, applies it, and tells every
// subscriber. It returns the cue as written.
func (e *Event) Cue(c program.Cue) (program.Cue, error) {
	e.mu.Lock()
	c = e.show.New(c, e.Now().Round(time.Millisecond))
	if err := e.show.Check(c); err != nil {
		e.mu.Unlock()
		return program.Cue{}, err
	}
	line, err := program.EncodeCue(c)
	if err == nil {
		err = e.showLog.Append(line)
	}
	if err != nil {
		e.mu.Unlock()
		return program.Cue{}, fmt.Errorf("%s: cue not saved: %w", ShowLog, err)
	}
	if err := e.show.Apply(c); err != nil {
		e.mu.Unlock()
		// Check passed, so this is a bug; the cue is on disk and replays.
		return program.Cue{}, fmt.Errorf("cue %d saved but not applied: %w", c.Seq, err)
	}
	e.mu.Unlock()
	e.notify()
	return c, nil
}

// Subscribe returns a channel that receives a signal after every change, and
// a function to stop. Signals are merged: a slow reader sees one for many.
// Stopping closes the channel, so that whoever waits on it is let go: a
// station that leaves leaves no reader behind.
func (e *Event) Subscribe() (<-chan struct{}, func()) {
	e.mu.Lock()
	defer e.mu.Unlock()
	id := e.nextSub
	e.nextSub++
	ch := make(chan struct{}, 1)
	e.subs[id] = ch
	return ch, func() {
		e.mu.Lock()
		defer e.mu.Unlock()
		if _, ok := e.subs[id]; ok {
			delete(e.subs, id)
			close(ch)
		}
	}
}

func (e *Event) notify() {
	e.mu.Lock()
	defer e.mu.Unlock()
	for _, ch := range e.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// Close closes the journals and gives the folder's lock back.
func (e *Event) Close() error {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.closed {
		return nil
	}
	e.closed = true
	err := e.closeLogs()
	if lerr := e.lock.release(false); err == nil {
		err = lerr
	}
	return err
}

// quiet wraps an error for errors.Is without adding its text.
type quiet struct{ err error }

func (q quiet) Error() string { return "" }
func (q quiet) Unwrap() error { return q.err }
