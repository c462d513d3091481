package checkin

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// The desk's actions prepare a record and change nothing: the caller
// journals the record and then Applies it. Two records prepared without an
// Apply between them get the same sequence number, and the second is refused
// by Apply; one owner does prepare-write-apply one action at a time.

// ErrAlreadySignedIn is matched (errors.Is) by an *AlreadySignedInError.
var ErrAlreadySignedIn = errors.New("already signed in")

// AlreadySignedInError says who is in already, since when and at which desk,
// so the desk can ask whether this is a re-entry.
type AlreadySignedInError struct {
	Name string
	SignedIn
}

// Error gives the English message; views show their own words from the
// fields.
func (e *AlreadySignedInError) Error() string {
	return fmt.Sprintf("%s is already signed in (at %s, desk %s)", e.Name, e.At.Format("15:04"), e.Desk)
}

// Is makes errors.Is(err, ErrAlreadySignedIn) true.
func (e *AlreadySignedInError) Is(target error) bool { return target == ErrAlreadySignedIn }

// ErrNothingToUndo is returned by UndoLast when the desk has no standing
// sign-in.
var ErrNothingToUndo = errors.New("nothing to undo at this desk")

// ErrNoName is returned by WalkIn without a name.
var ErrNoName = errors.New("a walk-in needs a name")

// ErrNameTooLong is returned by WalkIn for a name of more than MaxName
// characters.
var ErrNameTooLong = errors.New("the name is too long")

// ErrNoDesk is returned when an action names no desk.
var ErrNoDesk = errors.New("no desk given")

func (a *Attendance) base(desk string, now time.Time) (Record, error) {
	if desk == "" {
		return Record{}, ErrNoDesk
	}
	// Round(0) drops the monotonic reading, which JSON does not keep: the
	// record in memory must equal the one read back after a restart.
	return Record{Seq: a.LastSeq(a.own) + 1, At: now.Round(0), Kind: KindSignIn, Desk: desk, Origin: a.own}, nil
}

// SignIn prepares the sign-in of a person from the roster (or a walk-in
// found again). If they are in already it returns an *AlreadySignedInError
// instead; Reenter signs them in anyway.
func (a *Attendance) SignIn(p *Person, desk string, now time.Time) (Record, error) {
	if p == nil {
		return Record{}, errors.New("no person given")
	}
	if st, in := a.Status(p.ID); in {
		return Record{}, &AlreadySignedInError{Name: p.Name, SignedIn: st}
	}
	return a.Reenter(p, desk, now)
}

// Reenter prepares a sign-in of a person even if they are in already (they
// left and came back): an entry that does not count them twice.
func (a *Attendance) Reenter(p *Person, desk string, now time.Time) (Record, error) {
	rec, err := a.base(desk, now)
	if err != nil {
		return Record{}, err
	}
	if p == nil {
		return Record{}, errors.New("no person given")
	}
	if p.ID == "" || strings.TrimSpace(p.Name) == "" {
		return Record{}, fmt.Errorf("person %q has no ID or no name", p.Name)
	}
	_, in := a.Status(p.ID)
	rec.Person, rec.Name, rec.Category, rec.Group = p.ID, p.Name, p.Category, p.Group
	rec.Party = 1
	rec.Reentry = in
	if _, onRoster := a.roster.Person(p.ID); !onRoster {
		// Not from the roster: keep what the desk typed, since the log is
		// the only place it is written.
		rec.WalkIn = true
		rec.Phone = p.Phone
	}
	return rec, nil
}

// Anonymous prepares n anonymous heads in one entry: one head for a single
// key, a family of four as one entry.
func (a *Attendance) Anonymous(n int, desk string, now time.Time) (Record, error) {
	if n < 1 || n > MaxParty {
		return Record{}, partyError(n)
	}
	rec, err := a.base(desk, now)
	if err != nil {
		return Record{}, err
	}
	rec.Party = n
	return rec, nil
}

// WalkIn prepares the sign-in of someone not on the roster, registered at the
// desk with their party (themselves included). They get an ID by the roster's
// rule, so registering them twice is caught as a double sign-in, and someone
// who was on the roster after all is signed in as themselves.
func (a *Attendance) WalkIn(name, category, group string, party int, phone, desk string, now time.Time) (Record, error) {
	name, category, group = strings.TrimSpace(name), strings.TrimSpace(category), strings.TrimSpace(group)
	if name == "" {
		return Record{}, ErrNoName
	}
	if n := utf8.RuneCountInString(name); n > MaxName {
		return Record{}, fmt.Errorf("%w: %d characters; a name has at most %d", ErrNameTooLong, n, MaxName)
	}
	if party < 1 || party > MaxParty {
		return Record{}, partyError(party)
	}
	phone, err := NormalizePhone(phone)
	if err != nil {
		return Record{}, err
	}
	id := PersonID(name, group, phone)
	p, onRoster := a.roster.Person(id)
	if !onRoster {
		p = &Person{ID: id, Name: name, Category: category, Group: group, Phone: phone}
	}
	rec, err := a.SignIn(p, desk, now)
	if err != nil {
		return Record{}, err
	}
	rec.Party = party
	return rec, nil
}

// UndoLast prepares the undoing of the desk's latest standing sign-in
// among those of the origin this attendance writes as (see WriteAs);
// Find(undo.Undoes) gives the sign-in, for the desk to say what it undid.
func (a *Attendance) UndoLast(desk string, now time.Time) (Record, error) {
	if desk == "" {
		return Record{}, ErrNoDesk
	}
	id, known := a.textIDs[desk]
	o, mine := a.originIDs[a.own]
	i, ok := a.deskTail[deskOf(o, id)]
	if !known || !mine || !ok || i == none {
		return Record{}, ErrNothingToUndo
	}
	return Record{Seq: a.LastSeq(a.own) + 1, At: now.Round(0), Kind: KindUndo, Undoes: a.lines[i].seq, Desk: desk, Origin: a.own}, nil
}

// SignInParty prepares the sign-in of a person who came with others: one
// entry of party people, the person included (王建平 and his family of
// three is one entry of 4). Someone in already gets an
// *AlreadySignedInError: a re-entry counts the person once, so whoever
// comes back with them is counted in an entry of their own.
func (a *Attendance) SignInParty(p *Person, party int, desk string, now time.Time) (Record, error) {
	if err := CheckParty(party); err != nil {
		return Record{}, err
	}
	rec, err := a.SignIn(p, desk, now)
	if err != nil {
		return Record{}, err
	}
	rec.Party = party
	return rec, nil
}

// CheckParty refuses a party size out of range with the attendance's own error
// (matching ErrParty), for an owner that must know before its first write.
func CheckParty(n int) error {
	if n < 1 || n > MaxParty {
		return partyError(n)
	}
	return nil
}

// ErrNoSuchEntry is matched by Undo's error for a sequence number that is
// no sign-in in the log.
var ErrNoSuchEntry = errors.New("no such sign-in")

// ErrOtherDesk is matched by Undo's error for a sign-in made at another
// desk: each desk takes back its own entries only.
var ErrOtherDesk = errors.New("made at another desk")

// ErrUndoneAlready is matched by Undo's error for a sign-in taken back
// before.
var ErrUndoneAlready = errors.New("undone already")

// Undo prepares the undoing of the sign-in seq, which desk made and which
// still stands: a desk can take back an earlier entry (the wrong 王芳 five
// names ago) without undoing the ones after it. Find(undo.Undoes) gives
// the sign-in, for the desk to say what it undid. The sign-in is one this
// attendance wrote (see WriteAs); UndoIn names another origin's.
func (a *Attendance) Undo(seq int64, desk string, now time.Time) (Record, error) {
	return a.UndoIn(a.own, seq, desk, now)
}

// UndoIn is Undo of the sign-in seq of origin. Another origin's entry is
// refused with an *OtherOriginError: a desk takes back only what it wrote,
// since an undo is a record of its own origin and undoes one of that
// origin's sign-ins.
func (a *Attendance) UndoIn(origin string, seq int64, desk string, now time.Time) (Record, error) {
	if desk == "" {
		return Record{}, ErrNoDesk
	}
	if origin != a.own {
		return Record{}, &OtherOriginError{Seq: seq, Origin: origin, Own: a.own}
	}
	r, ok := a.Find(seq)
	if !ok || r.Kind != KindSignIn {
		return Record{}, fmt.Errorf("#%d: %w", seq, ErrNoSuchEntry)
	}
	if r.Desk != desk {
		return Record{}, fmt.Errorf("#%d was signed in at desk %s, not %s: %w", seq, r.Desk, desk, ErrOtherDesk)
	}
	if a.Undone(seq) {
		return Record{}, fmt.Errorf("#%d: %w", seq, ErrUndoneAlready)
	}
	return Record{Seq: a.LastSeq(a.own) + 1, At: now.Round(0), Kind: KindUndo, Undoes: seq, Desk: desk, Origin: a.own}, nil
}

// walkInPerson is the person a walk-in sign-in registered.
func (r Record) walkInPerson() Person {
	return Person{ID: r.Person, Name: r.Name, Category: r.Category, Group: r.Group, Phone: r.Phone}
}
