package program

import (
	"fmt"
	"maps"
	"slices"
	"time"
)

// Status is where an act is on its way to the stage.
type Status int

// The statuses of an act, in the order an act passes through them.
const (
	Waiting Status = iota
	Called
	Ready
	Live
	Done
	Skipped
	NoShow
)

// Pending reports whether the act is still to come.
func (s Status) Pending() bool { return s == Waiting || s == Called || s == Ready }

// Out reports whether the act was taken out of the show.
func (s Status) Out() bool { return s == Skipped || s == NoShow }

// ActState is an act with where it stands in the show.
type ActState struct {
	Act
	Status Status
	Start  time.Time     // when it went live
	End    time.Time     // when it finished
	Extra  time.Duration // time given (or taken) on the spot
	Held   time.Duration // time on hold while it was live, finished holds only
	Added  bool          // added on the day, so not in the printed plan
}

// Length is the act's planned duration with the time given on the spot.
func (a *ActState) Length() time.Duration { return a.Duration + a.Extra }

// Note is an incident note.
type Note struct {
	At   time.Time
	Text string
}

// ShowState is the show at one moment: what the views read. It is a value the
// owner hands out; changing it changes nothing else.
type ShowState struct {
	Plan      *Plan
	Acts      []ActState // the running order
	LiveIdx   int        // index into Acts, -1 when nothing is live
	Started   time.Time  // the first GO
	Finished  time.Time  // the GO that ended the last act
	HoldSince time.Time  // zero unless on hold
	LastGo    time.Time
	Notes     []Note
	Seq       int // the last cue applied

	// Presence is, by act id, how many performers have signed in. The
	// owner fills it from the desk's log when it hands out a state; the
	// fold of cues never reads or writes it.
	Presence map[string]Presence

	// Rehearsal says the show is a rehearsal, not the event: the owner
	// sets it, and the plan then counts from the first GO whatever the day.
	Rehearsal bool
}

// Show is the cue state: a fold over the cue journal. Apply a cue only after
// it has been written to disk.
type Show struct {
	state  ShowState
	cues   []Cue
	undone map[int]bool
}

// NewShow gives the show of plan before its first cue.
func NewShow(plan *Plan) *Show {
	s := &Show{undone: map[int]bool{}}
	s.state = initial(plan)
	return s
}

func initial(plan *Plan) ShowState {
	show := ShowState{Plan: plan, LiveIdx: -1, Acts: make([]ActState, len(plan.Acts))}
	for i, a := range plan.Acts {
		show.Acts[i] = ActState{Act: a}
	}
	return show
}

// State returns a copy of the show state as it is now.
func (s *Show) State() *ShowState { return s.state.clone() }

// Seq is the sequence number of the last cue.
func (s *Show) Seq() int { return s.state.Seq }

// Cues returns every cue applied so far, undos included, in order.
func (s *Show) Cues() []Cue { return slices.Clone(s.cues) }

// Undone reports whether the cue with this seq was taken back.
func (s *Show) Undone(seq int) bool { return s.undone[seq] }

func (st *ShowState) clone() *ShowState {
	c := *st
	c.Acts = slices.Clone(st.Acts)
	c.Notes = slices.Clone(st.Notes)
	c.Presence = maps.Clone(st.Presence)
	return &c
}

// New fills in the sequence number and time of a cue about to be made.
func (s *Show) New(c Cue, now time.Time) Cue {
	c.Seq = s.state.Seq + 1
	c.At = now
	if c.Kind == KindUndo {
		c.Undoes, _ = s.lastUndoable()
	}
	return c
}

// Check tells whether a new cue can be made now, including the guard against
// a double-tapped GO. It changes nothing.
func (s *Show) Check(c Cue) error {
	if c.Kind == KindGo && !s.state.LastGo.IsZero() && s.state.LiveIdx >= 0 {
		if d := c.At.Sub(s.state.LastGo); d >= 0 && d < DoubleGoGuard {
			return ErrTooSoon
		}
	}
	_, err := s.next(c)
	return err
}

// Apply folds a cue into the show. It is what replay does for every line of
// show.jsonl; it refuses a cue that does not fit, and then changes nothing.
// The double-GO guard is not applied here: a GO on disk happened.
func (s *Show) Apply(c Cue) error {
	show, err := s.next(c)
	if err != nil {
		return err
	}
	s.cues = append(s.cues, c)
	if c.Kind == KindUndo {
		s.undone[c.Undoes] = true
		s.rebuild()
	} else {
		s.state = *show
	}
	s.state.Seq = c.Seq
	return nil
}

// next checks that c follows the show's last cue and fits the show, and
// gives the show state it leads to; for an undo, which rebuilds the show
// from its cues, it gives nil. It changes nothing.
func (s *Show) next(c Cue) (*ShowState, error) {
	if c.Seq != s.state.Seq+1 {
		return nil, fmt.Errorf("%w: seq %d follows %d", ErrBadCue, c.Seq, s.state.Seq)
	}
	if c.Kind == KindUndo {
		last, ok := s.lastUndoable()
		if !ok {
			return nil, ErrNothingToUndo
		}
		if c.Undoes != last {
			return nil, fmt.Errorf("%w: undo of %d, but the last cue is %d", ErrBadCue, c.Undoes, last)
		}
		return nil, nil
	}
	show := s.state.clone()
	if err := show.apply(c); err != nil {
		return nil, err
	}
	return show, nil
}

// LastUndoable returns the cue that u would take back.
func (s *Show) LastUndoable() (Cue, bool) {
	seq, ok := s.lastUndoable()
	if !ok {
		return Cue{}, false
	}
	for _, c := range s.cues {
		if c.Seq == seq {
			return c, true
		}
	}
	return Cue{}, false
}

func (s *Show) lastUndoable() (int, bool) {
	for i := len(s.cues) - 1; i >= 0; i-- {
		c := s.cues[i]
		if c.Kind != KindUndo && !s.undone[c.Seq] {
			return c.Seq, true
		}
	}
	return 0, false
}

// rebuild folds the cues that still count from the start. The cues undone are
// always the latest ones, so what remains applied cleanly before.
func (s *Show) rebuild() {
	show := initial(s.state.Plan)
	for _, c := range s.cues {
		if c.Kind == KindUndo || s.undone[c.Seq] {
			continue
		}
		if err := show.apply(c); err != nil {
			panic(fmt.Sprintf("program: cue %d no longer applies after an undo: %v", c.Seq, err))
		}
	}
	s.state = show
}

// apply changes st by one cue, or returns why it cannot without changing st
// in a way that matters (callers work on a clone).
func (st *ShowState) apply(c Cue) error {
	switch c.Kind {
	case KindGo:
		return st.goNext(c.At)
	case KindCalled, KindReady, KindSkip, KindNoShow:
		a, err := st.act(c.Act)
		if err != nil {
			return err
		}
		if !a.Status.Pending() {
			return ErrNotPending
		}
		a.Status = map[Kind]Status{KindCalled: Called, KindReady: Ready, KindSkip: Skipped, KindNoShow: NoShow}[c.Kind]
		return nil
	case KindRestore:
		a, err := st.act(c.Act)
		if err != nil {
			return err
		}
		if !a.Status.Out() {
			return ErrNotOut
		}
		a.Status = Waiting
		return nil
	case KindMove:
		return st.move(c.Act, c.Delta)
	case KindTime:
		if st.LiveIdx < 0 {
			return ErrNothingLive
		}
		a := &st.Acts[st.LiveIdx]
		if c.Act != "" && c.Act != a.ID {
			return fmt.Errorf("%w: %q is not the live act", ErrNothingLive, c.Act)
		}
		extra := a.Extra + time.Duration(c.Delta)*time.Second
		if a.Duration+extra < time.Minute {
			return ErrTooShort
		}
		a.Extra = extra
		return nil
	case KindHold:
		if st.LiveIdx < 0 {
			return ErrNothingLive
		}
		if !st.HoldSince.IsZero() {
			return ErrHolding
		}
		st.HoldSince = c.At
		return nil
	case KindResume:
		if st.HoldSince.IsZero() {
			return ErrNotHolding
		}
		st.endHold(c.At)
		return nil
	case KindEdit:
		a, err := st.act(c.Act)
		if err != nil {
			return err
		}
		if a.Status == Done {
			return ErrDone
		}
		if c.Def == nil || !validDef(*c.Def) {
			return ErrBadDef
		}
		a.Act = c.Def.act(a.ID)
		if a.Status == Live && a.Length() < time.Minute {
			a.Extra = time.Minute - a.Duration
		}
		return nil
	case KindAdd:
		if c.Def == nil || !validDef(*c.Def) {
			return ErrBadDef
		}
		id := fmt.Sprintf("added-%d", c.Seq)
		if st.find(id) >= 0 {
			return fmt.Errorf("%w: act %q exists already", ErrBadCue, id)
		}
		pos := len(st.Acts)
		if c.After != "" {
			i := st.find(c.After)
			if i < 0 {
				return fmt.Errorf("%w: %q", ErrUnknownAct, c.After)
			}
			pos = i + 1
		}
		// Nothing is added among the acts already played.
		if min := st.firstNotPlayed(); pos < min {
			pos = min
		}
		st.Acts = slices.Insert(st.Acts, pos, ActState{Act: c.Def.act(id), Added: true})
		if st.LiveIdx >= pos {
			st.LiveIdx++
		}
		return nil
	case KindNote:
		if c.Text == "" {
			return ErrEmptyNote
		}
		if len([]rune(c.Text)) > MaxNote {
			return fmt.Errorf("%w: a note holds at most %d characters", ErrBadCue, MaxNote)
		}
		st.Notes = append(st.Notes, Note{At: c.At, Text: c.Text})
		return nil
	case KindUndo:
		return fmt.Errorf("%w: an undo is applied by the show, not the state", ErrBadCue)
	}
	return fmt.Errorf("%w: unknown kind %q", ErrBadCue, c.Kind)
}

func validDef(d ActDef) bool {
	return d.Title != "" && d.Seconds > 0
}

// firstNotPlayed is the first index after every act that is live or done.
func (st *ShowState) firstNotPlayed() int {
	n := 0
	for i, a := range st.Acts {
		if a.Status == Done || a.Status == Live {
			n = i + 1
		}
	}
	return n
}

func (st *ShowState) goNext(at time.Time) error {
	if !st.Finished.IsZero() {
		return ErrFinished
	}
	if !st.HoldSince.IsZero() {
		st.endHold(at)
	}
	if st.LiveIdx >= 0 {
		a := &st.Acts[st.LiveIdx]
		a.Status = Done
		a.End = at
		st.LiveIdx = -1
	}
	if st.Started.IsZero() {
		st.Started = at
	}
	st.LastGo = at
	next := st.NextIdx()
	if next < 0 {
		st.Finished = at
		return nil
	}
	st.Acts[next].Status = Live
	st.Acts[next].Start = at
	st.LiveIdx = next
	return nil
}

func (st *ShowState) endHold(at time.Time) {
	if st.LiveIdx >= 0 {
		if d := at.Sub(st.HoldSince); d > 0 {
			st.Acts[st.LiveIdx].Held += d
		}
	}
	st.HoldSince = time.Time{}
}

func (st *ShowState) move(id string, delta int) error {
	i := st.find(id)
	if i < 0 {
		return fmt.Errorf("%w: %q", ErrUnknownAct, id)
	}
	j := i + delta
	if delta == 0 || j < 0 || j >= len(st.Acts) {
		return ErrCannotMove
	}
	// Every act passed over must still be to come (or out): nothing moves
	// among the acts already played.
	movable := func(s Status) bool { return s.Pending() || s.Out() }
	for k := min(i, j); k <= max(i, j); k++ {
		if !movable(st.Acts[k].Status) {
			return ErrCannotMove
		}
	}
	a := st.Acts[i]
	st.Acts = slices.Insert(slices.Delete(st.Acts, i, i+1), j, a)
	return nil
}

func (st *ShowState) act(id string) (*ActState, error) {
	i := st.find(id)
	if i < 0 {
		return nil, fmt.Errorf("%w: %q", ErrUnknownAct, id)
	}
	return &st.Acts[i], nil
}

func (st *ShowState) find(id string) int {
	for i := range st.Acts {
		if st.Acts[i].ID == id {
			return i
		}
	}
	return -1
}

// Find returns the index of the act with this id, or -1.
func (st *ShowState) Find(id string) int { return st.find(id) }

// NextIdx is the act GO would start: the first act still to come in the
// running order, or -1.
func (st *ShowState) NextIdx() int {
	for i := range st.Acts {
		if st.Acts[i].Status.Pending() {
			return i
		}
	}
	return -1
}

// Live returns the live act, or nil.
func (st *ShowState) Live() *ActState {
	if st.LiveIdx < 0 {
		return nil
	}
	return &st.Acts[st.LiveIdx]
}

// Holding reports whether the show clock is paused.
func (st *ShowState) Holding() bool { return !st.HoldSince.IsZero() }

// Elapsed is how long act a has been (or was) on stage, holds left out.
func (st *ShowState) Elapsed(a *ActState, now time.Time) time.Duration {
	if a.Start.IsZero() {
		return 0
	}
	end := now
	if a.Status == Done {
		end = a.End
	}
	d := end.Sub(a.Start) - a.Held
	if a.Status == Live && st.Holding() {
		if h := end.Sub(st.HoldSince); h > 0 {
			d -= h
		}
	}
	return max(d, 0)
}

// Remaining is the live act's time left against its length; negative once it
// overruns.
func (st *ShowState) Remaining(now time.Time) time.Duration {
	a := st.Live()
	if a == nil {
		return 0
	}
	return a.Length() - st.Elapsed(a, now)
}

// Phase is what the show as a whole is doing.
type Phase int

// The phases of a show.
const (
	NotStarted Phase = iota
	Running
	OnHold
	Over
)

// Phase tells whether the show has started, runs, holds or is over.
func (st *ShowState) Phase() Phase {
	switch {
	case !st.Finished.IsZero():
		return Over
	case st.Holding():
		return OnHold
	case st.Started.IsZero():
		return NotStarted
	}
	return Running
}
