package live

import (
	"time"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/program"
)

// Station is the open event as one station on the network sees it: a
// sign-in desk with a name of its own, or the stage. It has every method
// the full-screen app asks of the event, and does what its station is
// for and no more: a desk's sign-ins carry the desk's name, its undo and
// its list of latest sign-ins are its own, and a cue from it is refused; a
// cue from the stage goes through, and a sign-in from it is refused. What
// it reads (the show, the counts, the search) is the event's, and every
// write goes through the event as the host's do: durably, then applied,
// then announced to every subscriber.
//
// A write runs to its end once started, whatever becomes of the station:
// nothing in it listens for the station's connection, so a station cut off
// mid-write leaves the line in the log whole, or not at all (the journal
// appends one record at a time).
type Station struct {
	e    *Event
	desk string // the desk's name; "" for the stage
}

// DeskStation is the event as the sign-in desk named name sees it.
func (e *Event) DeskStation(name string) *Station { return &Station{e: e, desk: name} }

// StageStation is the event as a stage station sees it.
func (e *Event) StageStation() *Station { return &Station{e: e} }

// StationError refuses a write that is not the station's to make: a cue
// from a desk, a sign-in from the stage. The views of a station offer no
// such key; this is the owner saying no all the same.
type StationError struct {
	Cue bool // a cue from a desk; otherwise a sign-in from the stage
}

func (e *StationError) Error() string { return e.In(i18n.For("en")) }

// In says the refusal in t's language.
func (e *StationError) In(t *i18n.Text) string {
	if e.Cue {
		return t.Serve.NoCuesHere
	}
	return t.Serve.NoSignInsHere
}

// deskName is the station's desk name, or the refusal of a sign-in from the
// stage.
func (s *Station) deskName() (string, error) {
	if s.desk == "" {
		return "", &StationError{}
	}
	return s.desk, nil
}

// DeskName is the name this station signs people in under; "" for the
// stage.
func (s *Station) DeskName() string { return s.desk }

// Now is the event's clock.
func (s *Station) Now() time.Time { return s.e.Now() }

// Show is a snapshot of the show state.
func (s *Station) Show() *program.ShowState { return s.e.Show() }

// Cue makes a cue, from the stage; a desk's is refused.
func (s *Station) Cue(c program.Cue) (program.Cue, error) {
	if s.desk != "" {
		return program.Cue{}, &StationError{Cue: true}
	}
	return s.e.Cue(c)
}

// LastUndoable is the cue an undo would take back.
func (s *Station) LastUndoable() (program.Cue, bool) { return s.e.LastUndoable() }

// Performers lists who the roster links to an act, and who of them is here.
func (s *Station) Performers(actID string) []program.Performer { return s.e.Performers(actID) }

// Subscribe gives a signal after every change, by any station.
func (s *Station) Subscribe() (<-chan struct{}, func()) { return s.e.Subscribe() }

// DeskState is the desk's counts, with this desk's latest sign-ins.
func (s *Station) DeskState() *checkin.DeskState { return s.e.deskState(s.desk, true) }

// Mine is this desk's latest standing sign-ins, newest first, at most n.
func (s *Station) Mine(n int) []checkin.Record {
	if s.desk == "" {
		return nil
	}
	return s.e.mine(s.desk, n)
}

// Search finds people by name or pinyin.
func (s *Station) Search(query string, limit int) []checkin.DeskMatch {
	return s.e.Search(query, limit)
}

// Named lists the people called exactly name.
func (s *Station) Named(name string) []*checkin.Person { return s.e.Named(name) }

// Categories lists the roster's categories.
func (s *Station) Categories() []string { return s.e.Categories() }

// Teams finds teams by name or pinyin.
func (s *Station) Teams(query string, limit int) []checkin.TeamMatch {
	return s.e.Teams(query, limit)
}

// SignIn signs in a person found by Search, at this desk.
func (s *Station) SignIn(p *checkin.Person, again bool) (checkin.Record, error) {
	desk, err := s.deskName()
	if err != nil {
		return checkin.Record{}, err
	}
	return s.e.signInFrom(desk, p, again, Origin{})
}

// SignInParty signs in a person with those who came with them, at this
// desk.
func (s *Station) SignInParty(p *checkin.Person, party int) (checkin.Record, error) {
	desk, err := s.deskName()
	if err != nil {
		return checkin.Record{}, err
	}
	return s.e.signInParty(desk, p, party)
}

// Anonymous counts n people without names, at this desk.
func (s *Station) Anonymous(n int) (checkin.Record, error) {
	desk, err := s.deskName()
	if err != nil {
		return checkin.Record{}, err
	}
	return s.e.anonymousFrom(desk, n, Origin{})
}

// WalkIn registers and signs in someone not on the roster, at this desk.
func (s *Station) WalkIn(name, category, group string, party int, phone string) (checkin.Record, error) {
	desk, err := s.deskName()
	if err != nil {
		return checkin.Record{}, err
	}
	return s.e.walkInFrom(desk, name, category, group, party, phone, Origin{})
}

// ReenterWith signs in again, at this desk, a person in already who came
// back with others.
func (s *Station) ReenterWith(p *checkin.Person, party int) ([]checkin.Record, error) {
	if _, err := s.deskName(); err != nil {
		return nil, err
	}
	return ReenterParty(s, p, party)
}

// SignInTeam signs in, at this desk, the members of a team not in yet.
func (s *Station) SignInTeam(id string) ([]checkin.Record, error) {
	if _, err := s.deskName(); err != nil {
		return nil, err
	}
	return s.e.signInTeam(s, id)
}

// UndoSignIn takes back this desk's latest standing sign-in.
func (s *Station) UndoSignIn() (checkin.Record, error) {
	desk, err := s.deskName()
	if err != nil {
		return checkin.Record{}, err
	}
	return s.e.undoSignIn(desk)
}

// UndoEntry takes back one of this desk's standing sign-ins; another
// desk's is refused (checkin.ErrOtherDesk).
func (s *Station) UndoEntry(seq int64) (checkin.Record, error) {
	desk, err := s.deskName()
	if err != nil {
		return checkin.Record{}, err
	}
	return s.e.undoEntry(desk, seq)
}

// ReadOnly is the open event as the board sees it: the show, the counts,
// the clock and the change signal, and nothing that writes. A board
// station is given this, so that no key of its can reach a write.
type ReadOnly struct{ e *Event }

// ReadOnly is the event for a board.
func (e *Event) ReadOnly() ReadOnly { return ReadOnly{e} }

// Show is a snapshot of the show state.
func (r ReadOnly) Show() *program.ShowState { return r.e.Show() }

// Totals is the desk's headline counts.
func (r ReadOnly) Totals() checkin.Totals { return r.e.Totals() }

// Now is the event's clock.
func (r ReadOnly) Now() time.Time { return r.e.Now() }

// Subscribe gives a signal after every change.
func (r ReadOnly) Subscribe() (<-chan struct{}, func()) { return r.e.Subscribe() }
