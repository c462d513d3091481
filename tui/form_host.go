package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	"charm.land/lipgloss/v2"
)

// formHost is a huh form as a view holds one: built with the app's keys
// and styles, sized to the box it is drawn in, and handed every message
// until it is saved or cancelled. It is the one place that knows a huh
// form's lifecycle; the walk-in form and the act form each add the values
// huh writes into.
type formHost struct {
	f *huh.Form
}

// newFormHost builds a form of one group with the app's keys: tab and
// shift+tab between the fields, ctrl+s to save, esc to cancel, ctrl+j for
// a new line in a box of several lines.
func newFormHost(e *env, group *huh.Group) *formHost {
	km := huh.NewDefaultKeyMap()
	km.Quit = e.keys.Cancel
	km.Input.Next, km.Input.Prev, km.Input.Submit = e.keys.Next, e.keys.Back, e.keys.Save
	km.Text.Next, km.Text.Prev, km.Text.Submit = e.keys.Next, e.keys.Back, e.keys.Save
	km.Text.NewLine = e.keys.NewLine
	// No outside editor: ctrl+e would start one over the whole screen.
	km.Text.Editor = key.NewBinding(key.WithDisabled())
	km.Select.Next, km.Select.Prev, km.Select.Submit = e.keys.Next, e.keys.Back, e.keys.Save
	km.Select.Filter.SetEnabled(false) // "/" is not worth a mode here
	f := huh.NewForm(group).
		WithTheme(formTheme(e.styles)).
		WithKeyMap(km).
		WithShowHelp(false).
		WithShowErrors(true)
	return &formHost{f: f}
}

// open sizes the form to its box, w by h inside, and starts it.
func (h *formHost) open(w, hh int) tea.Cmd {
	h.resize(w, hh)
	return h.f.Init()
}

// resize fits the form into its box.
func (h *formHost) resize(w, hh int) {
	h.f = h.f.WithWidth(w).WithHeight(hh)
}

// restyle gives the form the app's styles as they are now.
func (h *formHost) restyle(sty Styles) {
	h.f = h.f.WithTheme(formTheme(sty))
}

// step hands a message to the form, which answers as a tea.Model, and
// says whether the form is done: saved (its values are filled in) or
// cancelled.
func (h *formHost) step(msg tea.Msg) (cmd tea.Cmd, done, saved bool) {
	m, cmd := h.f.Update(msg)
	if g, ok := m.(*huh.Form); ok {
		h.f = g
	}
	switch h.f.State {
	case huh.StateAborted:
		return nil, true, false
	case huh.StateCompleted:
		return nil, true, true
	}
	return cmd, false, false
}

// box draws the form in its box, w wide inside.
func (h *formHost) box(sty Styles, w int) string {
	return sty.Form.Width(w+4).Padding(0, 1).Render(h.f.View())
}

// labelWidth is the width of the longest label, so that the fields of a
// form start in one column.
func labelWidth(labels ...string) int {
	lw := 0
	for _, l := range labels {
		lw = max(lw, width(l))
	}
	return lw
}

// inlineInput is a one-line field with its label before it, the label
// padded to lw cells.
func inlineInput(label string, lw int) *huh.Input {
	return huh.NewInput().Title(fit(label, lw) + " ").Inline(true)
}

// formTheme is huh's base theme, one line a field, in the app's styles.
func formTheme(sty Styles) huh.Theme {
	return huh.ThemeFunc(func(isDark bool) *huh.Styles {
		t := huh.ThemeBase(isDark)
		t.FieldSeparator = lipgloss.NewStyle().SetString("\n")
		t.Group.Title = sty.PanelTitle.MarginBottom(1)
		for _, f := range []*huh.FieldStyles{&t.Focused, &t.Blurred} {
			f.Title = sty.Label.Style
			f.ErrorIndicator = sty.Refusal.SetString(" *")
			f.ErrorMessage = sty.Refusal.Style
			f.TextInput = huh.TextInputStyles{Placeholder: sty.Faint.Style, Cursor: lipgloss.NewStyle()}
			if sty.Cursor != nil {
				f.TextInput.Cursor = f.TextInput.Cursor.Foreground(sty.Cursor)
			}
		}
		t.Focused.Title = sty.Focused.Style
		t.Help = sty.Help
		return t
	})
}
