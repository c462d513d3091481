package tui

import (
	"charm.land/bubbles/v2/key"

	"eventday/i18n"
)

// DeskKeys holds the Desk view's keys (PRODUCT §5). The desk's handler
// matches on these bindings and its help is drawn from them, so the help
// never lies; bindings that do not apply at the moment are disabled, which
// hides them from the help bar and makes key.Matches skip them. Everything
// else typed goes into the search box. It implements help.KeyMap.
type DeskKeys struct {
	Up     key.Binding
	Down   key.Binding
	SignIn key.Binding // enter: sign in the chosen person, or count +N
	Head   key.Binding // + on an empty box
	WalkIn key.Binding
	Undo   key.Binding
	Clear  key.Binding

	// While asking whether someone in already is counted again.
	Again  key.Binding
	Cancel key.Binding
}

// DefaultDeskKeys gives the Desk keys with help texts from the catalog.
// Arrows only: j and k are letters of names typed into the box.
func DefaultDeskKeys(t *i18n.Text) DeskKeys {
	d := t.Desk
	return DeskKeys{
		Up:     key.NewBinding(key.WithKeys("up"), key.WithHelp("↑/↓", d.KeyChoose)),
		Down:   key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", d.KeyChoose)),
		SignIn: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", d.KeySignIn)),
		Head:   key.NewBinding(key.WithKeys("+"), key.WithHelp("+", d.KeyHead)),
		WalkIn: key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", d.KeyWalkIn)),
		Undo:   key.NewBinding(key.WithKeys("ctrl+z"), key.WithHelp("ctrl+z", d.KeyUndo)),
		Clear:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", d.KeyClear)),
		Again:  key.NewBinding(key.WithKeys("enter", "y", "Y"), key.WithHelp("enter/y", d.KeyAgain)),
		Cancel: key.NewBinding(key.WithKeys("esc", "n", "N"), key.WithHelp("esc/n", d.KeyCancel)),
	}
}

// ShortHelp is every Desk key that applies now; the desk's help bar shows
// a shorter list (deskHelp), chosen by what the box holds.
func (k DeskKeys) ShortHelp() []key.Binding {
	return []key.Binding{k.Again, k.Cancel, k.SignIn, k.Up, k.Clear, k.Head, k.WalkIn, k.Undo}
}

// FullHelp is every Desk key, in columns.
func (k DeskKeys) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.SignIn, k.Clear},
		{k.Head, k.WalkIn, k.Undo},
		{k.Again, k.Cancel},
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
