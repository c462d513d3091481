package live

import (
	"context"
	"errors"
	"strings"

	"eventday/checkin"
)

// OutcomeKind says what TypeIn did for an entry.
type OutcomeKind int

// What TypeIn does for an entry, one Outcome each.
const (
	// SignedIn: the entry's Person is signed in.
	SignedIn OutcomeKind = iota
	// Companions: the people who came with the entry's Person, counted as
	// heads in an entry of their own.
	Companions
	// WalkedIn: the entry's Name is registered and signed in with their
	// party.
	WalkedIn
	// Counted: the entry's Party anonymous heads are counted.
	Counted
	// Skipped: a row of a sheet whose person is in already; nothing is
	// written for it.
	Skipped
)

// Outcome is what TypeIn did with an entry, told once it is on disk: a
// record written for it, or the entry skipped.
type Outcome struct {
	Entry  *checkin.Entry
	Kind   OutcomeKind
	Record checkin.Record                // as written; zero when Skipped
	In     *checkin.AlreadySignedInError // Skipped: who is in, since when
}

// TypeInError is the entry TypeIn stopped at, and why: ctx was done (Err
// is ctx's error) or writing the entry failed. Every entry before it is
// written; of this one, what done was told of.
type TypeInError struct {
	Entry *checkin.Entry
	Err   error
}

func (e *TypeInError) Error() string { return e.Err.Error() }

// Unwrap gives why TypeIn stopped.
func (e *TypeInError) Unwrap() error { return e.Err }

// Pending leaves out the entries of a sheet an earlier run wrote whole,
// found by their Source: a sheet typed in again (after a crash, a full
// disk, or a doubt) writes only what it did not write before.
func (e *Event) Pending(entries []checkin.Entry) []checkin.Entry {
	var rest []checkin.Entry
	for i := range entries {
		en := &entries[i]
		own, _ := origins(en)
		if !e.typedIn(own) || e.companionsToWrite(en) {
			rest = append(rest, *en)
		}
	}
	return rest
}

// TypeIn writes entries one after another, as the desk would sign each in
// (the journal writes one line at a time), and tells done of every record
// as soon as it is on disk. again signs in once more whoever is in
// already (a re-entry) rather than refusing them. Someone in already on a
// row of a sheet (an entry with a Place) is skipped and done is told so;
// on its own, such an entry is refused. An entry of a sheet writes only
// what an earlier run of the same sheet did not: a row whose person is in
// from that run may still lack its companions.
//
// TypeIn stops before an entry once ctx is done, and at the first entry
// it cannot write; the error is then a *TypeInError naming that entry.
func (e *Event) TypeIn(ctx context.Context, entries []checkin.Entry, again bool, done func(Outcome)) error {
	for i := range entries {
		en := &entries[i]
		if err := ctx.Err(); err != nil {
			return &TypeInError{Entry: en, Err: err}
		}
		if err := e.typeIn(en, again, done); err != nil {
			return &TypeInError{Entry: en, Err: err}
		}
	}
	return nil
}

// typeIn writes one entry (see TypeIn).
func (e *Event) typeIn(en *checkin.Entry, again bool, done func(Outcome)) error {
	own, more := origins(en)
	write := func(kind OutcomeKind, rec checkin.Record, err error) error {
		var in *checkin.AlreadySignedInError
		switch {
		case errors.As(err, &in) && en.Place != "":
			done(Outcome{Entry: en, Kind: Skipped, In: in})
			return errSkipped
		case err != nil:
			return err
		}
		done(Outcome{Entry: en, Kind: kind, Record: rec})
		return nil
	}
	var err error
	switch {
	case en.Person != nil:
		if !e.typedIn(own) {
			rec, werr := e.SignInFrom(en.Person, again, own)
			err = write(SignedIn, rec, werr)
		}
		if err == nil && e.companionsToWrite(en) {
			rec, werr := e.AnonymousFrom(en.Party-1, more)
			err = write(Companions, rec, werr)
		}
	case e.typedIn(own):
		// Typed in by an earlier run: nothing to write.
	case en.WalkIn:
		rec, werr := e.WalkInFrom(en.Name, en.Category, en.Group, en.Party, en.Phone, own)
		if errors.Is(werr, checkin.ErrAlreadySignedIn) && again {
			rec, werr = e.walkInAgain(en, own)
		}
		err = write(WalkedIn, rec, werr)
	default:
		rec, werr := e.AnonymousFrom(en.Party, own)
		err = write(Counted, rec, werr)
	}
	if err == errSkipped {
		return nil
	}
	return err
}

// errSkipped ends an entry whose person is in already: what was to follow
// it (the companions) is not written either.
var errSkipped = errors.New("skipped")

// origins are where the entry's record comes from, and the record of the
// companions written with it: a row of a sheet writes two records for a
// person and their party, each known apart.
func origins(en *checkin.Entry) (own, more Origin) {
	own, more = Origin{At: en.At, Source: en.Source}, Origin{At: en.At}
	if en.Source != "" {
		more.Source = en.Source + checkin.CompanionsSuffix
	}
	return own, more
}

// typedIn reports whether the record of origin o is in the attendance
// already: an earlier run typed in the same row of the same sheet.
func (e *Event) typedIn(o Origin) bool {
	if o.Source == "" {
		return false
	}
	_, in := e.FromSource(checkin.SourceKey(o.Source))
	return in
}

// companionsToWrite reports whether the row of en, a person with others,
// still needs the entry of the others. A person on the roster and their
// party are two entries; a walk-in registered with their party is one, so
// when a later run finds the row's walk-in on the roster of the open
// event, the party came in with them.
func (e *Event) companionsToWrite(en *checkin.Entry) bool {
	if en.Person == nil || en.Party <= 1 {
		return false
	}
	own, more := origins(en)
	if own.Source != "" {
		if rec, in := e.FromSource(checkin.SourceKey(own.Source)); in && rec.Party >= en.Party {
			return false
		}
	}
	return !e.typedIn(more)
}

// walkInAgain signs in once more a walk-in who is in already.
func (e *Event) walkInAgain(en *checkin.Entry, o Origin) (checkin.Record, error) {
	phone, err := checkin.NormalizePhone(en.Phone)
	if err != nil {
		return checkin.Record{}, err
	}
	name := strings.TrimSpace(en.Name)
	id := checkin.PersonID(name, strings.TrimSpace(en.Group), phone)
	for _, p := range e.Named(name) {
		if p.ID == id {
			return e.SignInFrom(p, true, o)
		}
	}
	return checkin.Record{}, &checkin.UnknownNameError{Name: en.Name}
}
