package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"eventday/inert"
	"eventday/program"
)

// This file is the rehearsal on the Stage. A rehearsal runs on journals of
// its own (the owner keeps them apart from the show's), and every screen
// says REHEARSAL in its top line. R is the way into one from the first
// screen, when the show has not started and today is not the event's day,
// and in a rehearsal the way to start it again from the top (after a yes:
// what it wrote so far is kept aside, not deleted). The app cannot switch
// owners itself: R hands the wish to Options.Rehearse and quits, and the
// command line opens the folder again for the rehearsal.

// rehearsal says whether R applies now and why not: in a rehearsal, always;
// otherwise only before the show on another day than the event's.
func (s *stage) rehearsal() (offered bool, why string) {
	t := s.env.t.Stage
	switch {
	case s.env.rehearse == nil:
		return false, t.ErrNoRehearsalHere
	case s.env.rehearsal:
		return true, ""
	case s.show.Phase() != program.NotStarted:
		return false, t.ErrRehearsalStarted
	case s.show.Plan.IsEventDay(s.env.now):
		return false, t.ErrRehearsalEventDay
	}
	return true, ""
}

// rehearseKey handles R: into a rehearsal at once (nothing is lost by
// it), or, in one, the question whether to start it again.
func (s *stage) rehearseKey() tea.Cmd {
	if s.env.rehearsal {
		s.restarting = true
		return nil
	}
	return s.rehearse(false)
}

// restartKey handles a key while the question to start the rehearsal
// again is asked: yes starts it again, no (or esc) does not; anything
// else leaves the question asked.
func (s *stage) restartKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.env.keys
	switch {
	case key.Matches(msg, k.Yes):
		s.restarting = false
		return s.rehearse(true)
	case key.Matches(msg, k.No):
		s.restarting = false
	}
	return nil
}

// rehearse hands the wish for a rehearsal (fresh: from the top) to whoever
// runs the app, and quits so that the folder can be opened for it.
func (s *stage) rehearse(fresh bool) tea.Cmd {
	do := s.env.rehearse
	return tea.Sequence(func() tea.Msg {
		do(fresh)
		return nil
	}, tea.Quit)
}

// restartQuestion is the question R asks in a rehearsal, with its keys.
func (s *stage) restartQuestion() string {
	k := s.env.keys
	return s.env.styles.Confirm.Render(s.env.t.Stage.RestartRehearsal) + "  " +
		s.env.styles.Faint.Render(k.Yes.Help().Key+" "+s.env.t.Stage.RestartYes+" · "+k.No.Help().Key+" "+s.env.t.Stage.RestartNo)
}

// rehearsalLine is what the line under the header says of a rehearsal,
// or of the rehearsal R offers; "" when neither.
func (s *stage) rehearsalLine() string {
	t, sty := s.env.t.Stage, s.env.styles
	offered, _ := s.rehearsal()
	switch {
	case s.env.rehearsal:
		return sty.Alert.Render(fmt.Sprintf(t.RehearsalLine, s.keys.Rehearse.Help().Key))
	case offered:
		return sty.Alert.Render(fmt.Sprintf(t.RehearsalOffer, inert.Text(s.show.Plan.Date), s.keys.Rehearse.Help().Key))
	}
	return ""
}
