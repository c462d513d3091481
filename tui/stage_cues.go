package tui

import (
	"errors"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"eventday/i18n"
	"eventday/inert"
	"eventday/program"
)

// cueDoneMsg is the backend's answer to a cue.
type cueDoneMsg = written[program.Cue, cueResult]

// cueResult is what the backend gave back for a cue.
type cueResult struct {
	cue    program.Cue  // the cue as written
	undone *program.Cue // for an undo: the cue it took back
}

// writeCue is the Stage's write, run in a command by the queue of cues.
func writeCue(b Backend, c program.Cue) (cueResult, error) {
	var r cueResult
	if c.Kind == program.KindUndo {
		if u, ok := b.LastUndoable(); ok {
			r.undone = &u
		}
	}
	var err error
	r.cue, err = b.Cue(c)
	return r, err
}

// send queues a cue; cues go to the backend in the order the keys were
// pressed.
func (s *stage) send(c program.Cue) tea.Cmd { return s.cues.push(c) }

// cueDone shows what the cue did, or why it was refused, and sends the next.
func (s *stage) cueDone(m cueDoneMsg) tea.Cmd {
	next, ok := s.cues.answered(m)
	if !ok {
		return nil
	}
	before := s.show
	s.refresh()
	t := s.env.t.Stage
	switch {
	case m.err != nil:
		s.say(s.refusal(m.err), true)
	case m.asked.Kind == program.KindUndo:
		if u := m.got.undone; u != nil && m.got.cue.Undoes == u.Seq {
			s.say(fmt.Sprintf(t.Undid, s.describe(*u, before)), false)
		} else {
			s.say(fmt.Sprintf(t.Undid, "#"+fmt.Sprint(m.got.cue.Undoes)), false)
		}
	default:
		s.say(s.describe(m.got.cue, s.show), false)
		if m.got.cue.Kind == program.KindGo {
			// The act on standby went on: stand by on the next one.
			if a := s.selected(); a == nil || !a.Status.Pending() {
				s.selectStandby()
			}
		}
	}
	if next != nil {
		return next
	}
	return s.handleWaiting()
}

// describe says what cue c does, naming its act as it stands in show: after
// a GO, its live act is the one the GO started.
func (s *stage) describe(c program.Cue, show *program.ShowState) string {
	t := s.env.t.Stage
	title := func(id string) string {
		for _, x := range []*program.ShowState{show, s.show} {
			if i := x.Find(id); i >= 0 {
				return s.env.shown(x.Acts[i].Title)
			}
		}
		return s.env.shown(id)
	}
	switch c.Kind {
	case program.KindGo:
		if a := show.Live(); a != nil {
			return fmt.Sprintf(t.CueGo, s.env.shown(a.Title))
		}
		return t.CueGoEnd
	case program.KindCalled:
		return fmt.Sprintf(t.CueCalled, title(c.Act))
	case program.KindReady:
		return fmt.Sprintf(t.CueReady, title(c.Act))
	case program.KindSkip:
		return fmt.Sprintf(t.CueSkip, title(c.Act))
	case program.KindNoShow:
		return fmt.Sprintf(t.CueNoShow, title(c.Act))
	case program.KindRestore:
		return fmt.Sprintf(t.CueRestore, title(c.Act))
	case program.KindMove:
		if c.Delta < 0 {
			return fmt.Sprintf(t.CueMoveUp, title(c.Act))
		}
		return fmt.Sprintf(t.CueMoveDown, title(c.Act))
	case program.KindTime:
		id := c.Act
		if id == "" && show.Live() != nil {
			id = show.Live().ID
		}
		return fmt.Sprintf(t.CueTime, title(id), c.Delta/60)
	case program.KindHold:
		return t.CueHold
	case program.KindResume:
		return t.CueResume
	case program.KindEdit:
		return fmt.Sprintf(t.CueEdit, title(c.Act))
	case program.KindAdd:
		if c.Def != nil {
			return fmt.Sprintf(t.CueAdd, s.env.shown(c.Def.Title))
		}
	case program.KindNote:
		return t.CueNote
	}
	return inert.Text(string(c.Kind))
}

// refusal says in the catalog's language why the backend refused a cue.
func (s *stage) refusal(err error) string {
	t := s.env.t.Stage
	for _, r := range []struct {
		err  error
		text string
	}{
		{program.ErrTooSoon, t.ErrTooSoon},
		{program.ErrFinished, t.ErrFinished},
		{program.ErrNothingLive, t.ErrNothingLive},
		{program.ErrNotPending, t.ErrNotPending},
		{program.ErrNotOut, t.ErrNotOut},
		{program.ErrCannotMove, t.ErrCannotMove},
		{program.ErrTooShort, t.ErrTooShort},
		{program.ErrHolding, t.ErrHolding},
		{program.ErrNotHolding, t.ErrNotHolding},
		{program.ErrNothingToUndo, t.ErrNothingToUndo},
		{program.ErrBadDef, t.ErrBadDef},
		{program.ErrEmptyNote, t.ErrEmptyNote},
		{program.ErrUnknownAct, t.ErrUnknownAct},
		{program.ErrDone, t.ErrDone},
	} {
		if errors.Is(err, r.err) {
			return r.text
		}
	}
	return fmt.Sprintf(t.ErrOther, inert.Text(i18n.Localize(err, s.env.t)))
}
