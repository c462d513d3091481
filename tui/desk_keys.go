package tui

import (
	"charm.land/bubbles/v2/key"

	"eventday/i18n"
)

// DeskKeys holds the Desk view's keys, as the README lists them. The
// desk's handler matches on these bindings and its help is drawn from
// them, so the help never lies; bindings that do not apply at the moment
// are disabled, which hides them from the help bar and makes key.Matches
// skip them. Everything else typed goes into the search box. It implements
// help.KeyMap.
type DeskKeys struct {
	Up     key.Binding
	Down   key.Binding
	SignIn key.Binding // enter: sign in the chosen person or team, or count +N
	Party  key.Binding // +N after a name: typed into the box, listed for the help
	Head   key.Binding // + on an empty box
	WalkIn key.Binding
	Undo   key.Binding
	Clear  key.Binding

	// Pick moves into the list of this desk's sign-ins, to undo an earlier
	// one; the list has keys of its own. PickCtrl does the same, for the
	// full help: the help bar has room for one.
	Pick     key.Binding
	PickCtrl key.Binding
	PickUp   key.Binding
	PickDown key.Binding
	PickPage key.Binding // pgdown and pgup: a page of the list
	PickUndo key.Binding
	PickBack key.Binding

	// While a question is asked (count someone again, sign in a team, undo
	// an entry): its help says what yes and no do.
	Yes key.Binding
	No  key.Binding
}

// DefaultDeskKeys gives the Desk keys with help texts from the catalog.
// Arrows only: j and k are letters of names typed into the box. The list
// of sign-ins is under the box, so ↓ on the empty box goes into it;
// ctrl+u does the same on a terminal whose arrows are hard to reach (a
// phone), and like every ctrl key it reaches the app in Windows Terminal
// and the Windows console as it does elsewhere.
func DefaultDeskKeys(t *i18n.Text) DeskKeys {
	d := t.Desk
	return DeskKeys{
		Up:       key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", d.KeyChoose)),
		Down:     key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", d.KeyChoose)),
		SignIn:   key.NewBinding(key.WithKeys("enter"), key.WithHelp(t.Common.KeyEnter, d.KeySignIn)),
		Party:    key.NewBinding(key.WithKeys("+"), key.WithHelp("+N", d.KeyParty)),
		Head:     key.NewBinding(key.WithKeys("+"), key.WithHelp("+", d.KeyHead)),
		WalkIn:   key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", d.KeyWalkIn)),
		Undo:     key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", d.KeyUndo)),
		Clear:    key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", d.KeyClear)),
		Pick:     key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", d.KeyPick)),
		PickCtrl: key.NewBinding(key.WithKeys("ctrl+u"), key.WithHelp("ctrl+u", d.KeyPick)),
		PickUp:   key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", d.KeyChoose)),
		PickDown: key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", d.KeyChoose)),
		PickPage: key.NewBinding(key.WithKeys("pgdown", "pgup"), key.WithHelp("pgdn/pgup", d.KeyPage)),
		PickUndo: key.NewBinding(key.WithKeys("enter"), key.WithHelp(t.Common.KeyEnter, d.KeyPickUndo)),
		PickBack: key.NewBinding(key.WithKeys("esc", "ctrl+u"), key.WithHelp("esc", d.KeyBack)),
		Yes:      key.NewBinding(key.WithKeys("enter", "y", "Y"), key.WithHelp(t.Common.KeyEnter+"/y", d.KeyAgain)),
		No:       key.NewBinding(key.WithKeys("esc", "n", "N"), key.WithHelp("esc/n", d.KeyCancel)),
	}
}

// ShortHelp is every Desk key that applies now; the desk's help bar shows
// a shorter list (deskHelp), chosen by what the box holds.
func (k DeskKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Yes, k.No, k.PickUndo, k.PickUp, k.PickBack, k.PickPage, k.SignIn, k.Party, k.Up, k.Clear, k.Head, k.WalkIn, k.Undo, k.Pick}
}

// FullHelp is every Desk key, in columns.
func (k DeskKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.SignIn, k.Clear},
		{k.Head, k.Party, k.WalkIn, k.Undo, k.Pick, k.PickCtrl},
		{k.PickUp, k.PickPage, k.PickUndo, k.PickBack},
		{k.Yes, k.No},
	}
}

// deskHelp is the Desk's help: the full help of DeskKeys, and a help bar of
// the few keys that matter for what the box holds now, since 80 columns
// hold five or six keys and tab and ctrl+c must stay in view. The bindings
// are the handler's own.
type deskHelp struct {
	keys  DeskKeys
	short []key.Binding
}

// ShortHelp is the keys for the moment.
func (h deskHelp) ShortHelp() []key.Binding { return h.short }

// FullHelp is every Desk key.
func (h deskHelp) FullHelp() [][]key.Binding { return h.keys.FullHelp() }
