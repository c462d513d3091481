package live

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"eventday/checkin"
	"eventday/input"
	"eventday/journal"
	"eventday/program"
)

func (e *Event) loadDesk() (*journal.Contents, error) {
	// A rehearsal keeps journals of its own: the records received from
	// other gates are the show's, not part of a rehearsal.
	roster, contents, att, gates, err := loadAttendance(e.dir, e.logs, e.plan, loading{own: e.origin, gates: !e.rehearsal})
	if err != nil {
		return nil, err
	}
	e.gatesRead = gates
	// The lines hold the whole file; once folded only its length and a torn
	// tail matter, and a big day's file is better freed before the index is
	// built.
	contents.Release()
	// One index over the roster and the walk-ins still in: adding them one
	// by one costs walk-ins × people, seconds on a big day.
	walkIns := slices.DeleteFunc(att.WalkIns(), func(p checkin.Person) bool {
		_, onRoster := roster.Person(p.ID)
		return onRoster
	})
	e.roster, e.att = roster, att
	// The first frame needs the counts, not the search: the index is built
	// while the screen starts, and the first search waits for it (20-30 ms
	// at 20,000 people, less than a first keystroke takes to type).
	e.indexed = make(chan struct{})
	go func() {
		e.index = checkin.NewIndex(roster.People, walkIns)
		close(e.indexed)
	}()
	return contents, nil
}

// DeskState returns a snapshot of the desk's counts.
func (e *Event) DeskState() *checkin.DeskState { return e.deskState(e.desk, false) }

// deskState is the desk's counts as the desk named desk sees them; with
// own, its latest sign-ins are its own rather than every desk's.
func (e *Event) deskState(desk string, own bool) *checkin.DeskState {
	e.mu.Lock()
	defer e.mu.Unlock()
	ds := e.att.DeskState(desk, e.plan.Capacity, e.roster.Len())
	if own {
		ds.Recent = e.att.RecentAt(desk, checkin.RecentShown)
	}
	return ds
}

// Mine returns this desk's latest standing sign-ins, newest first, at most
// n: the entries it may take back with UndoEntry.
func (e *Event) Mine(n int) []checkin.Record { return e.mine(e.desk, n) }

// mine is Mine of the desk named desk.
func (e *Event) mine(desk string, n int) []checkin.Record {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.RecentAt(desk, n)
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
func (e *Event) Search(query string, limit int) []checkin.DeskMatch {
	<-e.indexed
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.Matches(e.index.Search(query, limit))
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
	return e.roster.Categories()
}

// SignIn signs in a person found by Search. Someone in already gives an
// error matching checkin.ErrAlreadySignedIn unless again is set (a re-entry).
func (e *Event) SignIn(p *checkin.Person, again bool) (checkin.Record, error) {
	return e.SignInAt(p, again, time.Time{})
}

// SignInAt is SignIn for someone who arrived at an earlier time than now
// (a paper sheet typed in afterwards); zero means now.
func (e *Event) SignInAt(p *checkin.Person, again bool, arrived time.Time) (checkin.Record, error) {
	return e.SignInFrom(p, again, Origin{At: arrived})
}

// Origin is when the people of an entry arrived, when that was before now
// (zero: now), and where the entry was copied from (see checkin.Record's
// Source; empty when typed in).
type Origin struct {
	At     time.Time
	Source string
}

// SignInFrom is SignIn of someone copied from a paper sheet.
func (e *Event) SignInFrom(p *checkin.Person, again bool, o Origin) (checkin.Record, error) {
	return e.signInFrom(e.desk, p, again, o)
}

// signInFrom is SignInFrom at the desk named desk.
func (e *Event) signInFrom(desk string, p *checkin.Person, again bool, o Origin) (checkin.Record, error) {
	return e.recordAt(o, func(att *checkin.Attendance, now time.Time) (checkin.Record, error) {
		if again {
			return att.Reenter(p, desk, now)
		}
		return att.SignIn(p, desk, now)
	})
}

// Anonymous counts n people without names in one entry.
func (e *Event) Anonymous(n int) (checkin.Record, error) {
	return e.AnonymousAt(n, time.Time{})
}

// AnonymousAt is Anonymous for people who arrived earlier; zero means now.
func (e *Event) AnonymousAt(n int, arrived time.Time) (checkin.Record, error) {
	return e.AnonymousFrom(n, Origin{At: arrived})
}

// AnonymousFrom is Anonymous for people copied from a paper sheet.
func (e *Event) AnonymousFrom(n int, o Origin) (checkin.Record, error) {
	return e.anonymousFrom(e.desk, n, o)
}

// anonymousFrom is AnonymousFrom at the desk named desk.
func (e *Event) anonymousFrom(desk string, n int, o Origin) (checkin.Record, error) {
	return e.recordAt(o, func(att *checkin.Attendance, now time.Time) (checkin.Record, error) {
		return att.Anonymous(n, desk, now)
	})
}

// WalkIn registers and signs in someone not on the roster.
func (e *Event) WalkIn(name, category, group string, party int, phone string) (checkin.Record, error) {
	return e.WalkInFrom(name, category, group, party, phone, Origin{})
}

// WalkInFrom is WalkIn for someone copied from a paper sheet.
func (e *Event) WalkInFrom(name, category, group string, party int, phone string, o Origin) (checkin.Record, error) {
	return e.walkInFrom(e.desk, name, category, group, party, phone, o)
}

// walkInFrom is WalkInFrom at the desk named desk.
func (e *Event) walkInFrom(desk, name, category, group string, party int, phone string, o Origin) (checkin.Record, error) {
	return e.recordAt(o, func(att *checkin.Attendance, now time.Time) (checkin.Record, error) {
		return att.WalkIn(name, category, group, party, phone, desk, now)
	})
}

// FromSource finds the entry copied from the row of a sheet with this key
// (checkin.SourceKey), if that row was typed in before.
func (e *Event) FromSource(key string) (checkin.Record, bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.FromSource(key)
}

// UndoSignIn takes back the latest standing sign-in made at this desk and
// returns the sign-in it took back.
func (e *Event) UndoSignIn() (checkin.Record, error) { return e.undoSignIn(e.desk) }

// undoSignIn is UndoSignIn at the desk named desk.
func (e *Event) undoSignIn(desk string) (checkin.Record, error) {
	return e.undo(func(att *checkin.Attendance, now time.Time) (checkin.Record, error) {
		return att.UndoLast(desk, now)
	})
}

// undo writes the undo that prepare makes and returns the sign-in it took
// back.
func (e *Event) undo(prepare func(*checkin.Attendance, time.Time) (checkin.Record, error)) (checkin.Record, error) {
	undo, err := e.recordAt(Origin{}, prepare)
	if err != nil {
		return checkin.Record{}, err
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	undone, _ := e.att.Find(undo.Undoes)
	return undone, nil
}

// SignInParty signs in a person found by Search who came with others, in
// one entry of party people, the person included. Someone in already is
// refused as by SignIn.
func (e *Event) SignInParty(p *checkin.Person, party int) (checkin.Record, error) {
	return e.signInParty(e.desk, p, party)
}

// signInParty is SignInParty at the desk named desk.
func (e *Event) signInParty(desk string, p *checkin.Person, party int) (checkin.Record, error) {
	return e.recordAt(Origin{}, func(att *checkin.Attendance, now time.Time) (checkin.Record, error) {
		return att.SignInParty(p, party, desk, now)
	})
}

// ReenterWith signs in again a person in already who came back with
// others; see ReenterParty.
func (e *Event) ReenterWith(p *checkin.Person, party int) ([]checkin.Record, error) {
	return ReenterParty(e, p, party)
}

// Signer is a desk's one-line writes, of which a re-entry with company and
// a team are made: Event, or a stand-in for it in a test of the views.
type Signer interface {
	SignIn(p *checkin.Person, again bool) (checkin.Record, error)
	Anonymous(n int) (checkin.Record, error)
}

// ReenterParty signs in again, through s, a person in already who came
// back with others: the re-entry (which does not count the person twice)
// and, when party is more than one, the party-1 with them as heads in an
// entry of their own, since a re-entry counts nobody. When the second write
// fails the first stands and is returned with the error.
func ReenterParty(s Signer, p *checkin.Person, party int) ([]checkin.Record, error) {
	if err := checkin.CheckParty(party); err != nil {
		return nil, err
	}
	rec, err := s.SignIn(p, true)
	if err != nil {
		return nil, err
	}
	recs := []checkin.Record{rec}
	if party == 1 {
		return recs, nil
	}
	with, err := s.Anonymous(party - 1)
	if err != nil {
		return recs, err
	}
	return append(recs, with), nil
}

// SignInEach signs in, through s, each of people who is not in yet, each
// in an entry of their own, one after another (the journal writes one line
// at a time), and returns the entries written. When one fails, those
// before it stand and are returned with the error.
func SignInEach(s Signer, people []*checkin.Person) ([]checkin.Record, error) {
	var recs []checkin.Record
	for _, p := range people {
		rec, err := s.SignIn(p, false)
		switch {
		case errors.Is(err, checkin.ErrAlreadySignedIn):
			continue
		case err != nil:
			return recs, err
		}
		recs = append(recs, rec)
	}
	return recs, nil
}

// UndoEntry takes back the sign-in seq, made at this desk and still
// standing, and returns it. Another desk's entry, one undone already or a
// number that is no sign-in is refused (checkin.ErrOtherDesk,
// checkin.ErrUndoneAlready, checkin.ErrNoSuchEntry).
func (e *Event) UndoEntry(seq int64) (checkin.Record, error) { return e.undoEntry(e.desk, seq) }

// undoEntry is UndoEntry at the desk named desk.
func (e *Event) undoEntry(desk string, seq int64) (checkin.Record, error) {
	return e.undo(func(att *checkin.Attendance, now time.Time) (checkin.Record, error) {
		return att.Undo(seq, desk, now)
	})
}

// Teams finds teams (a group on the roster, an act's performers) by name
// or pinyin, best first, at most limit.
func (e *Event) Teams(query string, limit int) []checkin.TeamMatch {
	ix := e.teamIndex()
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.att.TeamMatches(ix.Search(query, limit))
}

// teamIndex is the index of the roster's teams, made on the first search
// for one rather than at the start: a roster whose groups are flats has
// thousands of teams of two, and the start is kept for the first frame. The
// roster does not change once loaded.
func (e *Event) teamIndex() *checkin.TeamIndex {
	e.teamOnce.Do(func() { e.teams = checkin.NewTeamIndex(e.roster.Teams(e.plan.Acts)) })
	return e.teams
}

// ErrNoSuchTeam is returned by SignInTeam for a team the roster does not
// have.
var ErrNoSuchTeam = errors.New("no such team")

// SignInTeam signs in every member of the team who is not in yet, as
// SignInEach does, and returns the entries written: none when all are in
// already.
func (e *Event) SignInTeam(id string) ([]checkin.Record, error) { return e.signInTeam(e, id) }

// signInTeam is SignInTeam through s, the host's desk or a station's.
func (e *Event) signInTeam(s Signer, id string) ([]checkin.Record, error) {
	t, ok := e.teamIndex().Team(id)
	if !ok {
		return nil, fmt.Errorf("%s: %w", id, ErrNoSuchTeam)
	}
	return SignInEach(s, t.Members)
}

// ErrFuture is returned for an arrival time later than now.
var ErrFuture = errors.New("an arrival time cannot be in the future")

// loadAttendance reads and parses roster.csv of dir on one goroutine while
// attendance.jsonl of logs is read and replayed on others: on a big day they are the
// two biggest files and the replay needs the roster only for each act's
// count of performers, which is made once both are done. With gates, the
// journals of the records received from other gates are replayed after it
// (see gates.go). attendance.jsonl must hold records of origin own alone,
// and no journal of gates/ be own's, unless anyOrigin (a read that only
// counts, whoever wrote the folder). It changes nothing on disk.
func loadAttendance(dir, logs string, plan *program.Plan, l loading) (*checkin.Roster, *journal.Contents, *checkin.Attendance, []gateLog, error) {
	type parsed struct {
		r   *checkin.Roster
		err error
	}
	done := make(chan parsed, 1)
	go func() {
		r, err := checkin.LoadRoster(dir, plan.Acts)
		done <- parsed{r, err}
	}()
	c, err := journal.Read(filepath.Join(logs, checkin.AttendanceFile))
	var att *checkin.Attendance
	var gates []gateLog
	if err == nil {
		setAsideUnreadable(c)
		att = checkin.NewAttendance(nil, plan.Location)
		att.WriteAs(l.own)
		err = withLong(damage(att.Replay(c.Lines)), checkin.AttendanceFile, c)
	}
	if err == nil && !l.anyOrigin {
		err = checkOrigin(att, l.own)
	}
	if err == nil && l.gates {
		gates, err = readGates(logs, att, l.own, !l.anyOrigin)
	}
	// A bad roster is reported before a bad log, whichever was found first.
	r := <-done
	if r.err != nil {
		return nil, nil, nil, nil, bad(r.err)
	}
	if err != nil {
		return nil, nil, nil, nil, err
	}
	att.UseRoster(r.r)
	return r.r, c, att, gates, nil
}

// loading says what loadAttendance reads.
type loading struct {
	own       string // the origin attendance.jsonl is written by
	anyOrigin bool   // do not check that it is
	gates     bool   // read gates/ too
}

// damage makes an error of the attendance replay, which names its line, a
// *DamageError.
func damage(err error) error {
	var ie *input.Error
	if errors.As(err, &ie) {
		return &DamageError{File: ie.File, Line: ie.Line, Unfit: errors.Is(ie.Err, checkin.ErrUnfit), Err: ie.Err}
	}
	return err
}
