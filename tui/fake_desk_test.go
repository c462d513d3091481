package tui

import (
	"io/fs"
	"sync"
	"syscall"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/live"
)

// The plain fakeBackend is a station without a desk name and with nobody
// on its roster, as live.Event is when opened so: the desk searches nothing
// and every write is refused with checkin.ErrNoDesk. Tests of the Stage
// need no more; deskFake below is a working desk.

func (f *fakeBackend) DeskName() string { return "" }

func (f *fakeBackend) DeskState() *checkin.DeskState { return &checkin.DeskState{} }

func (f *fakeBackend) Search(string, int) []checkin.DeskMatch { return nil }

func (f *fakeBackend) Categories() []string { return nil }

func (f *fakeBackend) SignIn(*checkin.Person, bool) (checkin.Record, error) {
	return checkin.Record{}, checkin.ErrNoDesk
}

func (f *fakeBackend) Anonymous(int) (checkin.Record, error) {
	return checkin.Record{}, checkin.ErrNoDesk
}

func (f *fakeBackend) WalkIn(string, string, string, int, string) (checkin.Record, error) {
	return checkin.Record{}, checkin.ErrNoDesk
}

func (f *fakeBackend) UndoSignIn() (checkin.Record, error) {
	return checkin.Record{}, checkin.ErrNoDesk
}

func (f *fakeBackend) SignInParty(*checkin.Person, int) (checkin.Record, error) {
	return checkin.Record{}, checkin.ErrNoDesk
}

func (f *fakeBackend) UndoEntry(int64) (checkin.Record, error) {
	return checkin.Record{}, checkin.ErrNoDesk
}

func (f *fakeBackend) Teams(string, int) []checkin.TeamMatch { return nil }

func (f *fakeBackend) SignInTeam(string) ([]checkin.Record, error) {
	return nil, checkin.ErrNoDesk
}

func (f *fakeBackend) Named(string) []*checkin.Person { return nil }

func (f *fakeBackend) Mine(int) []checkin.Record { return nil }

func (f *fakeBackend) ReenterWith(*checkin.Person, int) ([]checkin.Record, error) {
	return nil, checkin.ErrNoDesk
}

// notify tells the subscribers that the event changed, as live.Event does
// after every write.
func (f *fakeBackend) notify() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for ch := range f.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// errDiskFull is the write error deskFake gives while failing.
var errDiskFull = &fs.PathError{Op: "write", Path: "/event/attendance.jsonl", Err: syscall.ENOSPC}

// deskFake is a working desk in memory: what live.Event does with the
// attendance journal, on a real checkin.Attendance and checkin.Index, without the
// files. Setting fail makes writes fail as a full disk would, wrapping
// a *checkin.NotSavedError, and changes nothing.
type deskFake struct {
	*fakeBackend
	mu       sync.Mutex
	name     string
	capacity int
	roster   *checkin.Roster
	att      *checkin.Attendance
	index    *checkin.Index
	teams    *checkin.TeamIndex
	fail     bool
	writes   int // records written
}

func newDeskFake(t testing.TB, b *fakeBackend, people []checkin.Person) *deskFake {
	t.Helper()
	for i := range people {
		p := &people[i]
		p.Phone = mustPhone(t, p.Phone)
		p.ID = checkin.PersonID(p.Name, p.Group, p.Phone)
	}
	roster, err := checkin.NewRoster(people)
	if err != nil {
		t.Fatal(err)
	}
	plan := b.show.State().Plan
	return &deskFake{fakeBackend: b, name: "gate", roster: roster, att: checkin.NewAttendance(roster, plan.Location),
		index: checkin.NewIndex(people), teams: checkin.NewTeamIndex(roster.Teams(plan.Acts))}
}

func mustPhone(t testing.TB, s string) string {
	t.Helper()
	p, err := checkin.NormalizePhone(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func (f *deskFake) DeskName() string { return f.name }

func (f *deskFake) DeskState() *checkin.DeskState {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.att.DeskState(f.name, f.capacity, f.roster.Len())
}

func (f *deskFake) Search(q string, limit int) []checkin.DeskMatch {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.att.Matches(f.index.Search(q, limit))
}

func (f *deskFake) Categories() []string { return f.roster.Categories() }

func (f *deskFake) SignIn(p *checkin.Person, again bool) (checkin.Record, error) {
	return f.record(func(now time.Time) (checkin.Record, error) {
		if again {
			return f.att.Reenter(p, f.name, now)
		}
		return f.att.SignIn(p, f.name, now)
	})
}

func (f *deskFake) Anonymous(n int) (checkin.Record, error) {
	return f.record(func(now time.Time) (checkin.Record, error) {
		return f.att.Anonymous(n, f.name, now)
	})
}

func (f *deskFake) WalkIn(name, category, group string, party int, phone string) (checkin.Record, error) {
	rec, err := f.record(func(now time.Time) (checkin.Record, error) {
		return f.att.WalkIn(name, category, group, party, phone, f.name, now)
	})
	if err == nil && rec.WalkIn {
		f.mu.Lock()
		f.index.Add(checkin.Person{ID: rec.Person, Name: rec.Name, Category: rec.Category, Group: rec.Group, Phone: rec.Phone})
		f.mu.Unlock()
	}
	return rec, err
}

func (f *deskFake) UndoSignIn() (checkin.Record, error) {
	return f.undo(func(now time.Time) (checkin.Record, error) {
		return f.att.UndoLast(f.name, now)
	})
}

// undo writes the undo prepare makes and returns the sign-in it took back.
func (f *deskFake) undo(prepare func(now time.Time) (checkin.Record, error)) (checkin.Record, error) {
	undo, err := f.record(prepare)
	if err != nil {
		return checkin.Record{}, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	undone, _ := f.att.Find(undo.Undoes)
	return undone, nil
}

func (f *deskFake) SignInParty(p *checkin.Person, party int) (checkin.Record, error) {
	return f.record(func(now time.Time) (checkin.Record, error) {
		return f.att.SignInParty(p, party, f.name, now)
	})
}

func (f *deskFake) UndoEntry(seq int64) (checkin.Record, error) {
	return f.undo(func(now time.Time) (checkin.Record, error) {
		return f.att.Undo(seq, f.name, now)
	})
}

func (f *deskFake) Teams(q string, limit int) []checkin.TeamMatch {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.att.TeamMatches(f.teams.Search(q, limit))
}

func (f *deskFake) SignInTeam(id string) ([]checkin.Record, error) {
	t, ok := f.teams.Team(id)
	if !ok {
		return nil, live.ErrNoSuchTeam
	}
	return live.SignInEach(f, t.Members)
}

func (f *deskFake) ReenterWith(p *checkin.Person, party int) ([]checkin.Record, error) {
	return live.ReenterParty(f, p, party)
}

func (f *deskFake) Mine(n int) []checkin.Record {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.att.RecentAt(f.name, n)
}

func (f *deskFake) Named(name string) []*checkin.Person {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.index.Named(name)
}

// record prepares, "writes" and applies a record as live.Event.recordAt
// does, and tells the subscribers.
func (f *deskFake) record(prepare func(now time.Time) (checkin.Record, error)) (checkin.Record, error) {
	now := f.Now()
	f.mu.Lock()
	rec, err := prepare(now)
	if err != nil {
		f.mu.Unlock()
		return checkin.Record{}, err
	}
	if f.fail {
		f.mu.Unlock()
		return checkin.Record{}, &checkin.NotSavedError{File: checkin.AttendanceFile, Err: errDiskFull}
	}
	if err := f.att.Apply(rec); err != nil {
		f.mu.Unlock()
		return checkin.Record{}, err
	}
	f.writes++
	f.mu.Unlock()
	f.notify()
	return rec, nil
}

func (f *deskFake) setFail(fail bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = fail
}

func (f *deskFake) totals() checkin.Totals {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.att.Totals()
}
