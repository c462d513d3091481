package program

import (
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"eventday/inert"
)

// Kind names what a cue does. The names are written to show.jsonl, so they
// never change once released.
type Kind string

// The kinds of cue. Each is one line of show.jsonl.
const (
	KindGo      Kind = "go"      // finish the live act, start the next one
	KindCalled  Kind = "called"  // performers called from the waiting area
	KindReady   Kind = "ready"   // performers ready in the wings
	KindSkip    Kind = "skip"    // the act will not be performed
	KindNoShow  Kind = "noshow"  // the performers did not come
	KindRestore Kind = "restore" // a skipped or no-show act is back in the running order
	KindMove    Kind = "move"    // Delta -1 moves the act up one place, +1 down, -3 three up
	KindTime    Kind = "time"    // Delta seconds more (or less) for the live act
	KindHold    Kind = "hold"    // pause the show clock
	KindResume  Kind = "resume"  // end the hold
	KindEdit    Kind = "edit"    // Def replaces the act's fields
	KindAdd     Kind = "add"     // Def is a new act, placed after After
	KindNote    Kind = "note"    // an incident note, Text
	KindUndo    Kind = "undo"    // Undoes names the seq of the cue taken back
)

// Cue is one record of the cue journal, show.jsonl.
type Cue struct {
	Seq    int       `json:"seq"`
	At     time.Time `json:"at"`
	Kind   Kind      `json:"kind"`
	Act    string    `json:"act,omitempty"`
	Delta  int       `json:"delta,omitempty"`
	Def    *ActDef   `json:"def,omitempty"`
	After  string    `json:"after,omitempty"`
	Text   string    `json:"text,omitempty"`
	Undoes int       `json:"undoes,omitempty"`
}

// ActDef is an act as written into the journal by an edit or an add.
type ActDef struct {
	Title      string `json:"title"`
	Performers string `json:"performers,omitempty"`
	Seconds    int    `json:"seconds"`
	Intro      string `json:"intro,omitempty"`
	Notes      string `json:"notes,omitempty"`
	Contact    string `json:"contact,omitempty"`
}

// DefOf gives the journal form of an act.
func DefOf(a Act) ActDef {
	return ActDef{Title: a.Title, Performers: a.Performers, Seconds: int(a.Duration / time.Second),
		Intro: a.Intro, Notes: a.Notes, Contact: a.Contact}
}

func (d ActDef) act(id string) Act {
	return Act{ID: id, Title: d.Title, Performers: d.Performers, Duration: time.Duration(d.Seconds) * time.Second,
		Intro: d.Intro, Notes: d.Notes, Contact: d.Contact}
}

// MaxNote is the longest incident note, in characters.
const MaxNote = 500

// Errors a cue can be refused with. The views translate them.
var (
	ErrTooSoon       = errors.New("second GO within 2 seconds ignored")
	ErrFinished      = errors.New("the show has finished")
	ErrNothingLive   = errors.New("no act is live")
	ErrNotPending    = errors.New("the act is not waiting")
	ErrNotOut        = errors.New("the act is neither skipped nor a no-show")
	ErrCannotMove    = errors.New("the act cannot move there")
	ErrTooShort      = errors.New("an act lasts at least one minute")
	ErrHolding       = errors.New("the show is already on hold")
	ErrNotHolding    = errors.New("the show is not on hold")
	ErrNothingToUndo = errors.New("nothing to undo")
	ErrBadDef        = errors.New("an act needs a title and a duration")
	ErrEmptyNote     = errors.New("the note is empty")
	ErrUnknownAct    = errors.New("no such act")
	ErrDone          = errors.New("the act is over")
	ErrBadCue        = errors.New("not a cue")
)

// DoubleGoGuard is how soon after a GO another GO is taken as a double tap.
const DoubleGoGuard = 2 * time.Second

// EncodeCue gives one line of show.jsonl, without the newline.
func EncodeCue(c Cue) ([]byte, error) {
	line, err := json.Marshal(c)
	return inert.JSON(line), err
}

// DecodeCue reads one line of show.jsonl.
func DecodeCue(line []byte) (Cue, error) {
	var c Cue
	if err := json.Unmarshal(line, &c); err != nil {
		return Cue{}, fmt.Errorf("%w: %v", ErrBadCue, err)
	}
	if c.Seq <= 0 {
		return Cue{}, fmt.Errorf("%w: seq must be a positive number", ErrBadCue)
	}
	if c.At.IsZero() {
		return Cue{}, fmt.Errorf("%w: no time (at)", ErrBadCue)
	}
	// Seconds beyond a day are damage, and beyond 292 years would not even
	// fit a time.Duration: the show's clocks would run backwards.
	limit := int(maxDuration / time.Second)
	if c.Delta > limit || c.Delta < -limit {
		return Cue{}, fmt.Errorf("%w: delta %d is beyond a day", ErrBadCue, c.Delta)
	}
	if c.Def != nil && (c.Def.Seconds > limit || c.Def.Seconds < 0) {
		return Cue{}, fmt.Errorf("%w: an act of %d seconds", ErrBadCue, c.Def.Seconds)
	}
	return c, nil
}
