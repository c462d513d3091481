package tui

import (
	"reflect"

	tea "charm.land/bubbletea/v2"
)

// answer is a message from a view's command on its way back to that view.
// The root wraps whatever a view's commands answer (a write's outcome, an
// export, a form's next step, a cursor's blink) and hands it to the view
// that asked, whichever view is in front by then: a GO pressed just before
// tab must not leave the Stage waiting for an answer that went to the Desk.
// Only the clock, the changes to the event and a change of colours go to
// every view.
type answer struct {
	to  int // the asking view's index in App.views
	msg tea.Msg
}

// owned makes what cmd answers come back to view i.
func owned(i int, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg { return addressed(i, cmd()) }
}

var (
	cmdSlice = reflect.TypeFor[[]tea.Cmd]()
	// teaPath is bubbletea's package: its messages (quit, the bell, a
	// window size request) are for the program, which acts on them before
	// any model sees them, so they go out as they are.
	teaPath = reflect.TypeFor[tea.QuitMsg]().PkgPath()
)

// addressed is msg on its way to view i. A batch or a sequence is a list of
// commands for bubbletea to run; each of them answers view i in turn.
func addressed(i int, msg tea.Msg) tea.Msg {
	switch m := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		out := make(tea.BatchMsg, len(m))
		for j, c := range m {
			out[j] = owned(i, c)
		}
		return out
	}
	t := reflect.TypeOf(msg)
	if t.Kind() == reflect.Slice && t.ConvertibleTo(cmdSlice) {
		// tea.Sequence, whose message type bubbletea keeps to itself: a
		// new sequence of the same commands, addressed, is the same thing.
		cmds := reflect.ValueOf(msg).Convert(cmdSlice).Interface().([]tea.Cmd)
		out := make([]tea.Cmd, len(cmds))
		for j, c := range cmds {
			out[j] = owned(i, c)
		}
		seq := tea.Sequence(out...)
		if seq == nil {
			return nil
		}
		return seq()
	}
	if t.PkgPath() == teaPath {
		return msg
	}
	return answer{to: i, msg: msg}
}
