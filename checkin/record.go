package checkin

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"eventday/inert"
)

// AttendanceFile is the attendance log's name in an event folder.
const AttendanceFile = "attendance.jsonl"

// Record kinds.
const (
	KindSignIn = "signin"
	KindUndo   = "undo"
)

// MaxParty is the largest party one entry may count; a bigger group is
// entered in several entries, so that a slip of the finger ("+400") cannot
// inflate the count the funder sees.
const MaxParty = 99

// MaxSeq is the largest sequence number a record may be written with:
// 2^53 - 1, the largest integer every JSON reader holds exactly
// (JavaScript, a spreadsheet reading the export).
const MaxSeq = 1<<53 - 1

// MaxReadSeq is the largest sequence number a record read from the log may
// carry: half of MaxSeq, so that after any log that reads there is room for
// 2^52 more sign-ins (a desk at ten a second would take ten million years
// to write them), and the next sign-in can always be numbered. A day has
// thousands of sign-ins; a number beyond this is damage.
const MaxReadSeq = 1 << 52

// Record is one line of attendance.jsonl: a sign-in, or the undoing of one.
type Record struct {
	Seq  int64     `json:"seq"`
	At   time.Time `json:"at"` // when the person arrived
	Kind string    `json:"kind"`

	// Sign-in fields.

	// Person is the roster or walk-in ID; empty for anonymous heads.
	Person   string `json:"person,omitempty"`
	Name     string `json:"name,omitempty"`
	Category string `json:"category,omitempty"`
	Group    string `json:"group,omitempty"`
	// Phone is kept for walk-ins only; roster people have theirs in the roster.
	Phone  string `json:"phone,omitempty"`
	WalkIn bool   `json:"walk_in,omitempty"`
	// Reentry marks a deliberate second sign-in of someone already in: it is
	// an entry but not another person.
	Reentry bool `json:"reentry,omitempty"`
	Party   int  `json:"party,omitempty"`
	// RecordedAt is when the entry was typed, when that is later than At:
	// entries copied from a paper sheet after a rush.
	RecordedAt *time.Time `json:"recorded_at,omitempty"`
	// Source is where an entry copied from a file came from: for a row of
	// a paper sheet, "sheet.csv:12#" and the row's key (see SourceKey), so
	// that typing the same sheet in again finds the rows already in.
	Source string `json:"source,omitempty"`

	// Undo field: the Seq of the sign-in undone.
	Undoes int64 `json:"undoes,omitempty"`

	Desk string `json:"desk"`
	// Origin is the node that wrote the record: a desk's laptop that signs
	// people in on its own while the network is down. "" is the host, and
	// every log written before there were several nodes. Seq and Undoes
	// count within the record's origin.
	Origin string `json:"origin,omitempty"`
}

// Anonymous reports whether the sign-in counts heads without names.
func (r Record) Anonymous() bool { return r.Person == "" }

// Backdated returns the record as arriving at arrived instead, keeping the
// time it is being recorded as RecordedAt: for names copied from a paper
// sheet, so arrivals per quarter hour show when people really came. An
// arrival not before the record's time changes nothing.
func (r Record) Backdated(arrived time.Time) Record {
	if arrived.Before(r.At) {
		rec := r.At
		r.RecordedAt = &rec
		r.At = arrived.Round(0)
	}
	return r
}

// Encode gives the record as one line of JSON, without the newline.
func Encode(r Record) ([]byte, error) {
	if err := r.validate(); err != nil {
		return nil, err
	}
	line, err := json.Marshal(r)
	return inert.JSON(line), err
}

// Decode reads one line of attendance.jsonl and checks that it is a
// well-formed record on its own; whether it fits the log is for Attendance.Apply.
// The caller places errors: "attendance.jsonl:LINE: ...".
func Decode(line []byte) (Record, error) {
	return decode(line, nil)
}

// decode is Decode sharing repeated text through in (which may be nil).
func decode(line []byte, in *interner) (Record, error) {
	r, ok := decodeFast(line, in)
	if !ok {
		if len(bytes.TrimSpace(line)) == 0 {
			return r, errors.New("empty line")
		}
		// Its own variable: taking r's address would put every record
		// decoded, fast or not, on the heap.
		var slow Record
		if err := json.Unmarshal(line, &slow); err != nil {
			return slow, fmt.Errorf("not a record: %w", err)
		}
		r = slow
	}
	if r.Seq > MaxReadSeq {
		return r, fmt.Errorf("seq %d: %w", r.Seq, ErrSeqTooLarge)
	}
	if err := r.validate(); err != nil {
		return r, err
	}
	return r, nil
}

// validate checks what a record must satisfy whatever came before it.
func (r Record) validate() error {
	if r.Seq < 1 {
		return fmt.Errorf("seq %d: must be 1 or more", r.Seq)
	}
	if r.Seq > MaxSeq {
		return fmt.Errorf("seq %d: too large (at most %d)", r.Seq, int64(MaxSeq))
	}
	if r.At.IsZero() {
		return fmt.Errorf("seq %d: no time (at)", r.Seq)
	}
	if r.Desk == "" {
		return fmt.Errorf("seq %d: no desk", r.Seq)
	}
	if r.Origin != "" {
		if err := ValidOrigin(r.Origin); err != nil {
			return fmt.Errorf("seq %d: %w", r.Seq, err)
		}
	}
	switch r.Kind {
	case KindSignIn:
		if r.Party < 1 || r.Party > MaxParty {
			return fmt.Errorf("seq %d: %w", r.Seq, partyError(r.Party))
		}
		if r.Undoes != 0 {
			return fmt.Errorf("seq %d: a sign-in cannot undo anything", r.Seq)
		}
		if r.Person == "" && (r.Name != "" || r.WalkIn || r.Reentry) {
			return fmt.Errorf("seq %d: a named sign-in needs the person's ID", r.Seq)
		}
		if r.Person != "" && r.Name == "" {
			return fmt.Errorf("seq %d: person %s has no name", r.Seq, r.Person)
		}
		if r.RecordedAt != nil && r.RecordedAt.Before(r.At) {
			return fmt.Errorf("seq %d: recorded_at is before at", r.Seq)
		}
	case KindUndo:
		if r.Undoes < 1 || r.Undoes >= r.Seq {
			return fmt.Errorf("seq %d: undoes %d, which is not an earlier entry", r.Seq, r.Undoes)
		}
	default:
		return fmt.Errorf("seq %d: unknown kind %q", r.Seq, r.Kind)
	}
	return nil
}

// ErrSeqTooLarge is wrapped by the error about a sequence number read
// over MaxReadSeq.
var ErrSeqTooLarge = fmt.Errorf("too large (a log holds at most %d): the line is damaged, and no sign-in could be numbered after it", MaxReadSeq)

// ErrParty is wrapped by errors about a party size out of range.
var ErrParty = errors.New("party size out of range")

func partyError(n int) error {
	return fmt.Errorf("%w: %d people in one entry; it must be 1 to %d", ErrParty, n, MaxParty)
}

// MaxOrigin is the longest name an origin may have.
const MaxOrigin = 32

// HostOrigin is how the origin "" (the host) is shown, and so a name no
// other origin may take.
const HostOrigin = "host"

// ErrOriginName is wrapped by ValidOrigin's errors.
var ErrOriginName = errors.New("not a gate name")

// ValidOrigin checks the name of an origin other than the host: 1 to 32
// characters of a-z, 0-9 and '-', not beginning or ending with '-', and not
// "host", which is how the host ("") is shown. The name goes into file
// names (gates/NAME.jsonl) and subjects of the network, so it is kept to
// what is safe in both on every system.
func ValidOrigin(name string) error {
	switch {
	case name == "":
		return fmt.Errorf("origin: empty: %w", ErrOriginName)
	case len(name) > MaxOrigin:
		return fmt.Errorf("origin %q: longer than %d characters: %w", name, MaxOrigin, ErrOriginName)
	case name == HostOrigin:
		return fmt.Errorf("origin %q: the name is kept for the host: %w", name, ErrOriginName)
	case name[0] == '-' || name[len(name)-1] == '-':
		return fmt.Errorf("origin %q: begins or ends with '-': %w", name, ErrOriginName)
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
			return fmt.Errorf("origin %q: only a-z, 0-9 and '-' may be used: %w", name, ErrOriginName)
		}
	}
	return nil
}

// ShownOrigin is the origin as people read it: "host" for "".
func ShownOrigin(origin string) string {
	if origin == "" {
		return HostOrigin
	}
	return origin
}
