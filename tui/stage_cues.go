package tui

import (
	"errors"
	"eventday/inert"
	"fmt"

	tea "charm.land/bubbletea/v2"

	"eventday/program"
)

// cueDoneMsg is the backend's answer to a cue.
type cueDoneMsg struct {
	sent   program.Cue
	got    program.Cue
	err    error
	undone *program.Cue // for an undo: the cue it took back
}

// send queues a cue. Cues go to the backend one at a time, in the order
// the keys were pressed, each in a command so the write to disk never holds
// up the screen; bubbletea would run two commands in any order.
func (s *stage) send(c program.Cue) tea.Cmd {
	s.queue = append(s.queue, c)
	return s.pump()
}

func (s *stage) pump() tea.Cmd {
	if s.inFlight || len(s.queue) == 0 {
		return nil
	}
	c := s.queue[0]
	s.queue = s.queue[1:]
	s.inFlight = true
	b := s.env.b
	return func() tea.Msg {
		m := cueDoneMsg{sent: c}
		if c.Kind == program.KindUndo {
			if u, ok := b.LastUndoable(); ok {
				m.undone = &u
			}
		}
		m.got, m.err = b.Cue(c)
		return m
	}
}

// cueDone shows what the cue did, or why it was refused, and sends the next.
func (s *stage) cueDone(m cueDoneMsg) tea.Cmd {
	s.inFlight = false
	before := s.st
	s.refresh()
	t := s.env.t.Stage
	switch {
	case m.err != nil:
		s.say(s.refusal(m.err), true)
	case m.sent.Kind == program.KindUndo:
		if m.undone != nil && m.got.Undoes == m.undone.Seq {
			s.say(fmt.Sprintf(t.Undid, s.describe(*m.undone, before)), false)
		} else {
			s.say(fmt.Sprintf(t.Undid, "#"+fmt.Sprint(m.got.Undoes)), false)
		}
	default:
		s.say(fmt.Sprintf(t.Done, s.describe(m.got, s.st)), false)
		if m.got.Kind == program.KindGo {
			// The act on standby went on: stand by on the next one.
			if a := s.selected(); a == nil || !a.Status.Pending() {
				s.selectStandby()
			}
		}
	}
	return s.pump()
}

// describe says what cue c does, naming its act as it stands in st: after
// a GO, st's live act is the one the GO started.
func (s *stage) describe(c program.Cue, st *program.State) string {
	t := s.env.t.Stage
	title := func(id string) string {
		for _, x := range []*program.State{st, s.st} {
			if i := x.Find(id); i >= 0 {
				return inert.Text(x.Acts[i].Title)
			}
		}
		return inert.Text(id)
	}
	switch c.Kind {
	case program.KindGo:
		if a := st.Live(); a != nil {
			return fmt.Sprintf(t.CueGo, inert.Text(a.Title))
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
		if id == "" && st.Live() != nil {
			id = st.Live().ID
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
			return fmt.Sprintf(t.CueAdd, inert.Text(c.Def.Title))
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
	return fmt.Sprintf(t.ErrOther, inert.Text(err.Error()))
}
