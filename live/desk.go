package live

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"eventday/checkin"
	"eventday/journal"
	"eventday/program"
)

// ErrNotSaved wraps a failed write to a journal: the change was not made, the
// app keeps running, and the same change can be tried again.
var ErrNotSaved = errors.New("not saved")

// DeskState is what the sign-in desk shows, copied out of the log.
type DeskState struct {
	Desk       string
	Capacity   int // 0 when the event has none
	Totals     checkin.Totals
	ByCategory []checkin.CategoryCount
	Recent     []checkin.Record // the latest standing sign-ins, newest first
	Arrivals   []checkin.Arrival
	RosterSize int
}

// RecentShown is how many recent sign-ins a DeskState carries.
const RecentShown = 5

// DeskMatch is a search result with whether the person is in already.
type DeskMatch struct {
	checkin.Match
	In       bool
	SignedIn checkin.SignedIn
}

func (e *Event) loadDesk() (*journal.Contents, error) {
	roster, contents, log, err := loadAttendance(e.dir, e.ev)
	if err != nil {
		return nil, err
	}
	// One index over the roster and the walk-ins still in: adding them one
	// by one costs walk-ins × people, seconds on a big day.
	people := slices.Clip(roster.People)
	for _, p := range log.WalkIns() {
		if _, onRoster := roster.Person(p.ID); !onRoster {
			people = append(people, p)
		}
	}
	e.roster, e.att = roster, log
	// The first frame needs the counts, not the search: the index is built
	// while the screen starts, and the first search waits for it (20-30 ms
	// at 20,000 people, less than a first keystroke takes to type).
	e.indexed = make(chan struct{})
	go func() {
		e.index = checkin.NewIndex(people)
		close(e.indexed)
	}()
	return contents, nil
}

// Desk returns a snapshot of the desk's counts.
func (e *Event) Desk() *DeskState {
	e.mu.Lock()
	defer e.mu.Unlock()
	return &DeskState{
		Desk:       e.desk,
		Capacity:   e.ev.Capacity,
		Totals:     e.att.Totals(),
		ByCategory: e.att.ByCategory(),
		Recent:     e.att.Recent(RecentShown),
		Arrivals:   e.att.Arrivals(),
		RosterSize: e.roster.Len(),
	}
}

// Totals returns the desk's headline counts alone: what a view that shows
// only how many people are here needs, without copying the rest of the desk.
func (e *Event) Totals() checkin.Totals {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.Totals()
}

// DeskName is the name this station signs people in under.
func (e *Event) DeskName() string { return e.desk }

// Search finds people on the roster (and walk-ins) by name or pinyin.
func (e *Event) Search(query string, limit int) []DeskMatch {
	<-e.indexed
	e.mu.Lock()
	defer e.mu.Unlock()
	ms := e.index.Search(query, limit)
	out := make([]DeskMatch, len(ms))
	for i, m := range ms {
		out[i].Match = m
		out[i].SignedIn, out[i].In = e.att.Status(m.Person.ID)
	}
	return out
}

// Named finds the people on the roster (and walk-ins) whose name is
// exactly name, in roster order.
func (e *Event) Named(name string) []*checkin.Person {
	<-e.indexed
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.index.Named(name)
}

// Categories lists the roster's categories, for the walk-in form.
func (e *Event) Categories() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	var out []string
	for _, p := range e.roster.People {
		if p.Category != "" && !slices.Contains(out, p.Category) {
			out = append(out, p.Category)
		}
	}
	return out
}

// SignIn signs in a person found by Search. Someone in already gives an
// error matching checkin.ErrAlreadySignedIn unless again is set (a re-entry).
func (e *Event) SignIn(p *checkin.Person, again bool) (checkin.Record, error) {
	return e.SignInAt(p, again, time.Time{})
}

// SignInAt is SignIn for someone who arrived at an earlier time than now
// (a paper sheet typed in afterwards); zero means now.
func (e *Event) SignInAt(p *checkin.Person, again bool, arrived time.Time) (checkin.Record, error) {
	return e.recordAt(arrived, func(l *checkin.Log, now time.Time) (checkin.Record, error) {
		if again {
			return l.Reenter(p, e.desk, now)
		}
		return l.SignIn(p, e.desk, now)
	})
}

// Anonymous counts n people without names in one entry.
func (e *Event) Anonymous(n int) (checkin.Record, error) {
	return e.AnonymousAt(n, time.Time{})
}

// AnonymousAt is Anonymous for people who arrived earlier; zero means now.
func (e *Event) AnonymousAt(n int, arrived time.Time) (checkin.Record, error) {
	return e.recordAt(arrived, func(l *checkin.Log, now time.Time) (checkin.Record, error) {
		return l.Anonymous(n, e.desk, now)
	})
}

// WalkIn registers and signs in someone not on the roster.
func (e *Event) WalkIn(name, category, group string, party int, phone string) (checkin.Record, error) {
	return e.WalkInAt(name, category, group, party, phone, time.Time{})
}

// WalkInAt is WalkIn for someone who arrived earlier; zero means now.
func (e *Event) WalkInAt(name, category, group string, party int, phone string, arrived time.Time) (checkin.Record, error) {
	rec, err := e.recordAt(arrived, func(l *checkin.Log, now time.Time) (checkin.Record, error) {
		return l.WalkIn(name, category, group, party, phone, e.desk, now)
	})
	if err == nil && rec.WalkIn {
		<-e.indexed
		e.mu.Lock()
		if _, onRoster := e.roster.Person(rec.Person); !onRoster {
			e.index.Add(checkin.Person{ID: rec.Person, Name: rec.Name, Category: rec.Category, Group: rec.Group, Phone: rec.Phone})
		}
		e.mu.Unlock()
	}
	return rec, err
}

// UndoSignIn takes back the latest standing sign-in made at this desk and
// returns the sign-in it took back.
func (e *Event) UndoSignIn() (checkin.Record, error) {
	undo, err := e.recordAt(time.Time{}, func(l *checkin.Log, now time.Time) (checkin.Record, error) {
		return l.UndoLast(e.desk, now)
	})
	if err != nil {
		return checkin.Record{}, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	undone, _ := e.att.Find(undo.Undoes)
	return undone, nil
}

// ErrFuture is returned for an arrival time later than now.
var ErrFuture = errors.New("an arrival time cannot be in the future")

// recordAt prepares a record (arriving at arrived, unless zero), writes it
// durably, applies it and tells the subscribers: the count on screen changes
// only after the fsync.
func (e *Event) recordAt(arrived time.Time, prepare func(*checkin.Log, time.Time) (checkin.Record, error)) (checkin.Record, error) {
	now := e.Now().Round(time.Millisecond)
	if arrived.After(now) {
		return checkin.Record{}, ErrFuture
	}
	e.mu.Lock()
	rec, err := prepare(e.att, now)
	if err != nil {
		e.mu.Unlock()
		return checkin.Record{}, err
	}
	if !arrived.IsZero() {
		rec = rec.Backdated(arrived.In(e.ev.Location))
	}
	line, err := checkin.Encode(rec)
	if err == nil {
		err = e.attLog.Append(line)
	}
	if err != nil {
		e.mu.Unlock()
		return checkin.Record{}, fmt.Errorf("%s: %w: %w", checkin.AttendanceFile, ErrNotSaved, err)
	}
	if err := e.att.Apply(rec); err != nil {
		e.mu.Unlock()
		return checkin.Record{}, fmt.Errorf("sign-in %d saved but not applied: %w", rec.Seq, err)
	}
	e.mu.Unlock()
	e.notify()
	return rec, nil
}

// loadAttendance reads and parses roster.csv on one goroutine while
// attendance.jsonl is read and replayed on others: on a big day they are the
// two biggest files and the replay needs the roster only for each act's
// count of performers, which is made once both are done. It changes nothing
// on disk.
func loadAttendance(dir string, ev *program.Event) (*checkin.Roster, *journal.Contents, *checkin.Log, error) {
	type parsed struct {
		r   *checkin.Roster
		err error
	}
	done := make(chan parsed, 1)
	go func() {
		r, err := checkin.LoadRoster(dir, ev.Acts)
		done <- parsed{r, err}
	}()
	c, err := journal.Read(filepath.Join(dir, checkin.AttendanceFile))
	var log *checkin.Log
	if err == nil {
		log = checkin.NewLog(nil, ev.Location)
		if rerr := log.Replay(c.Lines); rerr != nil {
			err = bad(rerr)
		}
	}
	// A bad roster is reported before a bad log, whichever was found first.
	r := <-done
	if r.err != nil {
		return nil, nil, nil, bad(r.err)
	}
	if err != nil {
		return nil, nil, nil, err
	}
	log.UseRoster(r.r)
	// The lines hold the whole file; once folded only its length and a torn
	// tail matter, and a big day's file is better freed before the index is
	// built.
	c.Release()
	return r.r, c, log, nil
}
