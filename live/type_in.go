package live

import (
	"context"
	"errors"
	"strings"
	"time"

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
	e.mu.Lock()
	defer e.mu.Unlock()
	var rest []checkin.Entry
	for i := range entries {
		en := &entries[i]
		own, _ := origins(en)
		if !typedIn(e.att, own) || companionsToWrite(e.att, en) {
			rest = append(rest, *en)
		}
	}
	return rest
}

// TypeIn writes entries at this station's desk; see TypeInAt.
func (e *Event) TypeIn(ctx context.Context, entries []checkin.Entry, again bool, done func(Outcome)) error {
	return e.TypeInAt(ctx, e.desk, entries, again, done)
}

// TypeInAt writes entries in order under the desk name desk, as the desk
// would sign each in, and tells done of every record once it is on disk.
// The entries go to the log a batch at a time, each batch in one write
// and one fsync with whatever the desks write meanwhile (see commit.go),
// and done hears of a batch's entries, in order, once its fsync has
// returned. again signs in once more whoever is in already (a re-entry)
// rather than refusing them. Someone in already on a row of a sheet (an
// entry with a Place) is skipped and done is told so; on its own, such an
// entry is refused. An entry of a sheet writes only what an earlier run of
// the same sheet did not: a row whose person is in from that run may still
// lack its companions.
//
// TypeInAt stops before an entry once ctx is done, and at the first entry
// it cannot write; the error is then a *TypeInError naming that entry, and
// nothing after it is written.
func (e *Event) TypeInAt(ctx context.Context, desk string, entries []checkin.Entry, again bool, done func(Outcome)) error {
	run := &sheetRun{ctx: ctx}
	for start := 0; start < len(entries); start += batchWrites {
		if err := ctx.Err(); err != nil {
			return &TypeInError{Entry: &entries[start], Err: err}
		}
		rows := entries[start:min(start+batchWrites, len(entries))]
		ws := make([]*write, len(rows))
		for i := range rows {
			ws[i] = &write{run: run, prepare: e.entryWrite(&rows[i], desk, again)}
		}
		e.submit(ws...)
		for i, w := range ws {
			for _, o := range w.outcomes {
				done(o)
			}
			if w.err != nil {
				return &TypeInError{Entry: &rows[i], Err: w.err}
			}
		}
	}
	return nil
}

// entryWrite is the write of one entry (see TypeInAt), prepared against
// the attendance as the writes before it left it.
func (e *Event) entryWrite(en *checkin.Entry, desk string, again bool) func(c *commit) error {
	own, more := origins(en)
	return func(c *commit) error {
		att := c.att
		// put adds what prepare made, or tells that the row is skipped.
		put := func(kind OutcomeKind, o Origin, rec checkin.Record, err error) error {
			var in *checkin.AlreadySignedInError
			switch {
			case o.At.After(c.now):
				return ErrFuture
			case errors.As(err, &in) && en.Place != "":
				c.tell(Outcome{Entry: en, Kind: Skipped, In: in})
				return errSkipped
			case err != nil:
				return err
			}
			return c.add(o, rec, Outcome{Entry: en, Kind: kind})
		}
		var err error
		switch {
		case en.Person != nil:
			if !typedIn(att, own) {
				var rec checkin.Record
				var perr error
				if again {
					rec, perr = att.Reenter(en.Person, desk, c.now)
				} else {
					rec, perr = att.SignIn(en.Person, desk, c.now)
				}
				err = put(SignedIn, own, rec, perr)
			}
			if err == nil && companionsToWrite(att, en) {
				rec, perr := att.Anonymous(en.Party-1, desk, c.now)
				err = put(Companions, more, rec, perr)
			}
		case typedIn(att, own):
			// Typed in by an earlier run: nothing to write.
		case en.WalkIn:
			rec, perr := att.WalkIn(en.Name, en.Category, en.Group, en.Party, en.Phone, desk, c.now)
			if errors.Is(perr, checkin.ErrAlreadySignedIn) && again {
				rec, perr = e.walkInAgain(att, en, desk, c.now)
			}
			err = put(WalkedIn, own, rec, perr)
		default:
			rec, perr := att.Anonymous(en.Party, desk, c.now)
			err = put(Counted, own, rec, perr)
		}
		if err == errSkipped {
			return nil
		}
		return err
	}
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

// typedIn reports whether the record of origin o is in att already: an
// earlier run typed in the same row of the same sheet.
func typedIn(att *checkin.Attendance, o Origin) bool {
	if o.Source == "" {
		return false
	}
	_, in := att.FromSource(checkin.SourceKey(o.Source))
	return in
}

// companionsToWrite reports whether the row of en, a person with others,
// still needs the entry of the others. A person on the roster and their
// party are two entries; a walk-in registered with their party is one, so
// when a later run finds the row's walk-in on the roster of the open
// event, the party came in with them.
func companionsToWrite(att *checkin.Attendance, en *checkin.Entry) bool {
	if en.Person == nil || en.Party <= 1 {
		return false
	}
	own, more := origins(en)
	if own.Source != "" {
		if rec, in := att.FromSource(checkin.SourceKey(own.Source)); in && rec.Party >= en.Party {
			return false
		}
	}
	return !typedIn(att, more)
}

// walkInAgain prepares the sign-in once more of a walk-in who is in
// already. It runs in a batch, under the owner's mutex.
func (e *Event) walkInAgain(att *checkin.Attendance, en *checkin.Entry, desk string, now time.Time) (checkin.Record, error) {
	phone, err := checkin.NormalizePhone(en.Phone)
	if err != nil {
		return checkin.Record{}, err
	}
	name := strings.TrimSpace(en.Name)
	id := checkin.PersonID(name, strings.TrimSpace(en.Group), phone)
	<-e.indexed
	for _, p := range e.index.Named(name) {
		if p.ID == id {
			return att.Reenter(p, desk, now)
		}
	}
	return checkin.Record{}, &checkin.UnknownNameError{Name: en.Name}
}
