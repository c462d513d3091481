package live

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/inert"
	"eventday/journal"
	"eventday/program"
)

// DamageError is a line of a log that cannot be replayed: it is no record
// (bytes a crash left, a line longer than any record), or a record that
// does not fit the ones before it. The start is refused and nothing on disk
// changes; Repair sets such lines aside. It matches ErrBadInput.
type DamageError struct {
	File string // ShowLog or checkin.AttendanceFile
	Line int
	// Size is the line's length when it is longer than journal.MaxLine
	// (and Err is ErrLineTooLong); 0 otherwise.
	Size int64
	// Programme: the line is a cue naming an act that is no longer in
	// event.yaml. That is an edit of the programme, not damage: putting the
	// act back mends it, and Repair would only set the show back.
	Programme bool
	Act       string // Programme: the act the cue names
	// Unfit: the line is a whole record that does not fit the ones
	// before it, rather than no record at all.
	Unfit bool
	Err   error
}

// ErrLineTooLong is the cause of a DamageError about a line longer than
// journal.MaxLine.
var ErrLineTooLong = fmt.Errorf("longer than any record (at most %d bytes): the line is damaged", journal.MaxLine)

func (e *DamageError) Error() string {
	if e.Size > 0 {
		return inert.Escaped(fmt.Sprintf("%s:%d: %d bytes, %v", e.File, e.Line, e.Size, e.Err))
	}
	return inert.Escaped(fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err))
}

// In says the damage in t's language, as what a person can tell of the
// line: too long, no whole record, a record that does not fit, or a cue of
// an act taken out of the programme. Error keeps what the replay found.
func (e *DamageError) In(t *i18n.Text) string {
	l := &t.Logs
	var s string
	switch {
	case errors.Is(e.Err, ErrLineTooLong):
		s = fmt.Sprintf(l.LineTooLong, e.File, e.Line, e.Size, journal.MaxLine)
	case e.Programme:
		s = fmt.Sprintf(l.GoneAct, e.File, e.Line, e.Act)
	case e.Unfit:
		s = fmt.Sprintf(l.Unfit, e.File, e.Line)
	default:
		s = fmt.Sprintf(l.NotARecord, e.File, e.Line)
	}
	return inert.Escaped(s)
}

// Unwrap gives the cause.
func (e *DamageError) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrBadInput) true: the folder's files are wrong.
func (e *DamageError) Is(target error) bool { return target == ErrBadInput }

// withLong is the error of a replay of c's lines, err, or the first line of
// c too long to read if that comes first: the replay stepped over it, and
// what failed after it may have failed for want of it.
func withLong(err error, file string, c *journal.Contents) error {
	if len(c.Long) == 0 {
		return err
	}
	l := c.Long[0]
	var dmg *DamageError
	if err == nil || (errors.As(err, &dmg) && l.No < dmg.Line) {
		return &DamageError{File: file, Line: l.No, Size: l.Len, Err: ErrLineTooLong}
	}
	return err
}

// setAsideUnreadable makes a last line that is not JSON at all the tail of
// c, to be set aside as a torn line is: a power cut can leave a page of
// zero bytes that ends in a newline, and that is a crash's leftover, not a
// record anyone wrote. A last line that is JSON but not a good record is
// not touched: eventday wrote it, and a person decides.
func setAsideUnreadable(c *journal.Contents) {
	if n := len(c.Lines); n > 0 && c.TornSize == 0 && !json.Valid(c.Lines[n-1].Data) {
		c.SetAsideLast()
	}
}

// WarningKind says what a Warning is about.
type WarningKind int

// The kinds of warning.
const (
	// TornTail: the last line is cut short (a crash, or a line being
	// written by the open app).
	TornTail WarningKind = iota
	// UnreadableTail: the last line is whole but no record (a power cut
	// can leave zero bytes), or longer than any record.
	UnreadableTail
	// FutureTime: a line is dated later than now: the computer's clock
	// was ahead when it was written.
	FutureTime
	// ClockBack: a line is dated earlier than a line before it: the
	// computer's clock went back.
	ClockBack
)

// Warning is something reading a folder found and dealt with, or that a
// person should look at; the command line says it in the user's language.
type Warning struct {
	Kind WarningKind
	File string // ShowLog or checkin.AttendanceFile
	Line int
	// TornTail, UnreadableTail: the tail's length in bytes, and whether
	// the start set it aside (in File+journal.SetAsideSuffix) or a read
	// only left it out.
	Bytes    int64
	SetAside bool
	// FutureTime, ClockBack: the line's time, and now (FutureTime) or the
	// latest time written before it (ClockBack), on the line Other.
	At, Than time.Time
	Other    int
	// FutureTime: how many lines in a row are dated in the future, and the
	// last of them.
	Count, Last int
}

// Text says w in t's language, its times on the clock of the event plan.
// A tail the start set aside is said so; a tail a read left out is said as
// left out or, ahead, as what the next start will do with it (as eventday
// check tells it).
func (w Warning) Text(t *i18n.Text, plan *program.Plan, ahead bool) string {
	l := &t.Logs
	aside := w.File + journal.SetAsideSuffix
	switch w.Kind {
	case TornTail, UnreadableTail:
		torn := [3]string{l.TornSetAside, l.TornLeftOut, l.TornNextStart}
		if w.Kind == UnreadableTail {
			torn = [3]string{l.UnreadableSetAside, l.UnreadableLeftOut, l.UnreadableNextStart}
		}
		format := torn[1]
		switch {
		case w.SetAside:
			format = torn[0]
		case ahead:
			format = torn[2]
		}
		return fmt.Sprintf(format, w.File, w.Line, w.Bytes, aside)
	case FutureTime:
		if w.Count > 1 {
			return fmt.Sprintf(l.FutureRun, w.File, w.Line, checkin.When(w.At, plan), checkin.When(w.Than, plan), w.Count, w.Last)
		}
		return fmt.Sprintf(l.Future, w.File, w.Line, checkin.When(w.At, plan), checkin.When(w.Than, plan))
	case ClockBack:
		return fmt.Sprintf(l.ClockBack, w.File, w.Line, checkin.When(w.At, plan), w.Other, checkin.When(w.Than, plan))
	}
	return fmt.Sprintf("%s:%d", w.File, w.Line)
}

// tailWarning is the warning about c's tail, if it has one.
func tailWarning(file string, c *journal.Contents, setAside bool) (Warning, bool) {
	if c.TornSize == 0 {
		return Warning{}, false
	}
	kind := TornTail
	if c.Unreadable {
		kind = UnreadableTail
	}
	return Warning{Kind: kind, File: file, Line: c.TornLine(), Bytes: c.TornSize, SetAside: setAside}, true
}

// Time doubts: how far a line may be dated after now before it is flagged
// (another computer's clock may be a little behind), and how far before the
// latest line before it (a clock set right by the network moves by
// seconds).
const (
	futureSlack = time.Hour
	backSlack   = 5 * time.Minute
)

// timeDoubts flags the lines of a log whose times a person should look at:
// those dated after now, a run of them as one warning, and each line where
// the clock went back. lines gives each time's line number; written is
// when each line was written, in order.
func timeDoubts(file string, lines []int, written []time.Time, now time.Time) []Warning {
	var out []Warning
	var latest time.Time
	latestLine := 0
	future := -1 // index in out of the run of future lines going on
	for i, at := range written {
		switch {
		case at.After(now.Add(futureSlack)):
			if future >= 0 {
				out[future].Count++
				out[future].Last = lines[i]
			} else {
				future = len(out)
				out = append(out, Warning{Kind: FutureTime, File: file, Line: lines[i], At: at, Than: now, Count: 1, Last: lines[i]})
			}
			continue
		case !latest.IsZero() && at.Before(latest.Add(-backSlack)):
			out = append(out, Warning{Kind: ClockBack, File: file, Line: lines[i], At: at, Than: latest, Other: latestLine})
			// From here on the clock is compared with itself again:
			// one warning for one step back.
			latest = time.Time{}
		}
		future = -1
		if !at.Before(latest) {
			latest, latestLine = at, lines[i]
		}
	}
	return out
}
