package tui

import (
	"charm.land/bubbles/v2/key"

	"eventday/i18n"
)

// KeyMap holds the keys that work in every view and in the app's own
// prompts. The handlers match on these bindings and the help bar is drawn
// from them, so the help can never lie. It implements help.KeyMap.
type KeyMap struct {
	NextView key.Binding
	PrevView key.Binding
	Help     key.Binding
	Quit     key.Binding
	// ForceQuit is ctrl+c alone: it works even where q would be typed.
	ForceQuit key.Binding

	// In the quit question.
	Yes key.Binding
	No  key.Binding

	// In a form or a text box.
	Save   key.Binding
	Next   key.Binding
	Back   key.Binding
	Cancel key.Binding
	// NewLine starts a new line in a box of several lines (the intro and
	// the notes of the act form), where enter goes on to the next field.
	NewLine key.Binding
}

// DefaultKeyMap gives the keys that work in every view (the README lists
// them) with help texts from the catalog.
func DefaultKeyMap(t *i18n.Text) KeyMap {
	c := t.Common
	return KeyMap{
		NextView:  key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", c.SwitchTab)),
		PrevView:  key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", c.PrevTab)),
		Help:      key.NewBinding(key.WithKeys("?"), key.WithHelp("?", c.Help)),
		Quit:      key.NewBinding(key.WithKeys("q", "ctrl+c"), key.WithHelp("q", c.Quit)),
		ForceQuit: key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", c.Quit)),
		Yes:       key.NewBinding(key.WithKeys("y", "Y", "enter"), key.WithHelp("y", c.QuitYes)),
		No:        key.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n", c.QuitNo)),
		Save:      key.NewBinding(key.WithKeys("enter"), key.WithHelp(c.KeyEnter, c.Save)),
		Next:      key.NewBinding(key.WithKeys("enter", "tab"), key.WithHelp(c.KeyEnter, c.Next)),
		Back:      key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", c.Back)),
		Cancel:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", c.Cancel)),
		NewLine:   key.NewBinding(key.WithKeys("ctrl+j", "alt+enter"), key.WithHelp("ctrl+j", c.NewLine)),
	}
}

// ShortHelp is the global part of the help bar.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Help, k.Quit}
}

// FullHelp is the global column of the full help.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.NextView, k.PrevView, k.Help, k.Quit}}
}

// StageKeyMap holds the Stage view's keys, as the README lists them. It
// implements help.KeyMap; bindings that do not apply at the moment are
// disabled, which hides them from the help and makes key.Matches skip them.
type StageKeyMap struct {
	Up       key.Binding
	Down     key.Binding
	Go       key.Binding
	Called   key.Binding
	Ready    key.Binding
	Skip     key.Binding
	NoShow   key.Binding
	MoveUp   key.Binding
	MoveDown key.Binding
	More     key.Binding
	Less     key.Binding
	Hold     key.Binding
	Undo     key.Binding
	Edit     key.Binding
	Add      key.Binding
	Note     key.Binding
	// MoveHere moves up the first later act whose performers are all here
	// when the act on standby has nobody here (program.ShowState.Suggest).
	MoveHere key.Binding
	// Phone shows the contact's number in full for a few seconds.
	Phone key.Binding
	// IntroUp and IntroDown scroll the next act's intro when it is longer
	// than the Next panel's room for it.
	IntroUp   key.Binding
	IntroDown key.Binding
	// Calls opens the list of every call to make now, with who of each
	// act has not signed in yet; CloseCalls closes it.
	Calls      key.Binding
	CloseCalls key.Binding
	// PutBack puts back in the running order an act marked no-show one of
	// whose performers has just signed in; LetBe leaves it out and takes
	// the alert away.
	PutBack key.Binding
	LetBe   key.Binding
	// Clock turns the Stage into the live act's time in block digits, to
	// be read from a distance; CloseClock turns it back.
	Clock      key.Binding
	CloseClock key.Binding
	// Rehearse opens a rehearsal from the first screen, or in a rehearsal
	// starts it again from the top.
	Rehearse key.Binding
}

// DefaultStageKeyMap gives the Stage keys with help texts from the catalog.
func DefaultStageKeyMap(t *i18n.Text) StageKeyMap {
	s := t.Stage
	return StageKeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", s.KeyUp)),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", s.KeyDown)),
		Go:       key.NewBinding(key.WithKeys("space"), key.WithHelp(t.Common.KeySpace, s.KeyGo)),
		Called:   key.NewBinding(key.WithKeys("c"), key.WithHelp("c", s.KeyCalled)),
		Ready:    key.NewBinding(key.WithKeys("r"), key.WithHelp("r", s.KeyReady)),
		Skip:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", s.KeySkip)),
		NoShow:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", s.KeyNoShow)),
		MoveUp:   key.NewBinding(key.WithKeys("K", "shift+up"), key.WithHelp("K/shift+↑", s.KeyMoveUp)),
		MoveDown: key.NewBinding(key.WithKeys("J", "shift+down"), key.WithHelp("J/shift+↓", s.KeyMoveDown)),
		More:     key.NewBinding(key.WithKeys("+", "="), key.WithHelp("+", s.KeyMore)),
		Less:     key.NewBinding(key.WithKeys("-"), key.WithHelp("-", s.KeyLess)),
		Hold:     key.NewBinding(key.WithKeys("h"), key.WithHelp("h", s.KeyHold)),
		Undo:     key.NewBinding(key.WithKeys("u"), key.WithHelp("u", s.KeyUndo)),
		Edit:     key.NewBinding(key.WithKeys("e"), key.WithHelp("e", s.KeyEdit)),
		Add:      key.NewBinding(key.WithKeys("a"), key.WithHelp("a", s.KeyAdd)),
		Note:     key.NewBinding(key.WithKeys("i"), key.WithHelp("i", s.KeyNote)),
		MoveHere: key.NewBinding(key.WithKeys("m"), key.WithHelp("m", s.KeyMoveHere)),
		Phone:    key.NewBinding(key.WithKeys("p"), key.WithHelp("p", s.KeyPhone)),
		// [ and ] are where the hand is on any keyboard; pgup and pgdn,
		// which a laptop hides behind fn, do the same.
		IntroUp:    key.NewBinding(key.WithKeys("[", "pgup"), key.WithHelp("[", s.KeyIntroUp)),
		IntroDown:  key.NewBinding(key.WithKeys("]", "pgdown"), key.WithHelp("]", s.KeyIntroDown)),
		Calls:      key.NewBinding(key.WithKeys("l"), key.WithHelp("l", s.KeyCalls)),
		CloseCalls: key.NewBinding(key.WithKeys("l", "esc"), key.WithHelp("l/esc", s.KeyCloseCalls)),
		PutBack:    key.NewBinding(key.WithKeys("b"), key.WithHelp("b", s.KeyPutBack)),
		LetBe:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", s.KeyLetBe)),
		Clock:      key.NewBinding(key.WithKeys("t"), key.WithHelp("t", s.KeyClock)),
		CloseClock: key.NewBinding(key.WithKeys("t", "esc"), key.WithHelp("t/esc", s.KeyCloseClock)),
		Rehearse:   key.NewBinding(key.WithKeys("R"), key.WithHelp("R", s.KeyRehearse)),
	}
}

// cueKeys are the bindings of the keys that send a cue.
func (k StageKeyMap) cueKeys() []key.Binding {
	return []key.Binding{k.Go, k.Called, k.Ready, k.Skip, k.NoShow, k.MoveUp, k.MoveDown, k.More, k.Less, k.Hold, k.Undo, k.MoveHere, k.PutBack}
}

// ShortHelp is what the help bar shows, most used first; the arrows are
// left to the full help because everyone tries them anyway. The keys
// enabled only when they matter most come right after GO: putting back an
// act marked no-show whose performer has just come, moving up the act
// that is here when nobody of the one on standby is, scrolling an intro
// too long for its panel. The list of calls is also named on the alert
// line, which counts the calls it has no room for.
func (k StageKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Go, k.PutBack, k.LetBe, k.MoveHere, k.IntroDown, k.Rehearse, k.Called, k.Ready, k.Hold, k.Undo, k.Calls, k.Clock, k.Skip, k.Note, k.Edit, k.Add, k.Phone}
}

// FullHelp is what ? shows, in columns.
func (k StageKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Go, k.Up, k.Down, k.MoveUp, k.MoveDown, k.MoveHere},
		{k.Called, k.Ready, k.Skip, k.NoShow, k.PutBack, k.LetBe, k.Phone},
		{k.Calls, k.IntroUp, k.IntroDown, k.Clock},
		{k.More, k.Less, k.Hold, k.Undo},
		{k.Edit, k.Add, k.Note, k.Rehearse},
	}
}

// callsKeys are the keys of the list of calls, for the help bar while it
// is open.
type callsKeys struct{ k *StageKeyMap }

// ShortHelp is what the help bar shows while the list is open.
func (c callsKeys) ShortHelp() []key.Binding {
	return []key.Binding{c.k.CloseCalls, c.k.Down, c.k.Up}
}

// FullHelp is what ? shows while the list is open.
func (c callsKeys) FullHelp() [][]key.Binding { return [][]key.Binding{c.ShortHelp()} }

// clockKeys are the keys that work on the big clock, for the help bar
// while it is shown: those that need no running order in sight.
type clockKeys struct{ k *StageKeyMap }

// clockKeys are the Stage's keys that work on the big clock.
func (k StageKeyMap) clockKeys() []key.Binding {
	return []key.Binding{k.Go, k.Hold, k.More, k.Less, k.Undo}
}

// ShortHelp is what the help bar shows on the big clock.
func (c clockKeys) ShortHelp() []key.Binding {
	return append([]key.Binding{c.k.CloseClock}, c.k.clockKeys()...)
}

// FullHelp is what ? shows on the big clock.
func (c clockKeys) FullHelp() [][]key.Binding { return [][]key.Binding{c.ShortHelp()} }

// SummaryKeyMap holds the Summary view's keys: scrolling the report and
// writing the exports. It implements help.KeyMap; the scroll keys are
// disabled while the whole report fits on the screen.
type SummaryKeyMap struct {
	Up       key.Binding
	Down     key.Binding
	PageUp   key.Binding
	PageDown key.Binding
	Top      key.Binding
	Bottom   key.Binding
	Export   key.Binding
}

// DefaultSummaryKeyMap gives the Summary keys with help texts from the catalog.
func DefaultSummaryKeyMap(t *i18n.Text) SummaryKeyMap {
	s := t.Summary
	return SummaryKeyMap{
		Up:       key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", s.KeyUp)),
		Down:     key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", s.KeyDown)),
		PageUp:   key.NewBinding(key.WithKeys("pgup", "b"), key.WithHelp("pgup", s.KeyPageUp)),
		PageDown: key.NewBinding(key.WithKeys("pgdown", "f"), key.WithHelp("pgdn", s.KeyPageDown)),
		Top:      key.NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/g", s.KeyTop)),
		Bottom:   key.NewBinding(key.WithKeys("end", "G"), key.WithHelp("end/G", s.KeyBottom)),
		Export:   key.NewBinding(key.WithKeys("x"), key.WithHelp("x", s.KeyExport)),
	}
}

// ShortHelp is what the help bar shows.
func (k SummaryKeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Export, k.Down, k.Up, k.PageDown, k.PageUp}
}

// FullHelp is what ? shows, in columns.
func (k SummaryKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Export},
	}
}
