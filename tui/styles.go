package tui

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
)

// palette is the few named colours the whole UI is drawn with, each with a
// shade for dark and one for light backgrounds (ANSI 256 indexes, which the
// renderer downsamples for poorer terminals).
type palette struct {
	accent, ok, warn, danger, muted color.Color
}

func newPalette(isDark bool) palette {
	ld := lipgloss.LightDark(isDark)
	return palette{
		accent: ld(lipgloss.Color("25"), lipgloss.Color("75")),   // blue
		ok:     ld(lipgloss.Color("28"), lipgloss.Color("78")),   // green
		warn:   ld(lipgloss.Color("130"), lipgloss.Color("214")), // amber
		danger: ld(lipgloss.Color("160"), lipgloss.Color("203")), // red
		muted:  ld(lipgloss.Color("243"), lipgloss.Color("246")), // grey
	}
}

// colourMode is how much styling the terminal gets.
type colourMode int

const (
	// colourFull: colours and text attributes.
	colourFull colourMode = iota
	// colourNone: text attributes (bold, reverse, faint) but no colour, as
	// NO_COLOR asks.
	colourNone
	// colourPlain: no escape sequences at all (no terminal, golden files).
	colourPlain
)

// modeFor maps the terminal's colour profile, which bubbletea detects and
// which honours NO_COLOR, to how the UI styles itself.
func modeFor(p colorprofile.Profile) colourMode {
	switch {
	case p <= colorprofile.NoTTY:
		return colourPlain
	case p == colorprofile.Ascii:
		return colourNone
	}
	return colourFull
}

// Styles is every style the views draw with, in one place.
type Styles struct {
	Tab, ActiveTab lipgloss.Style
	EventName      lipgloss.Style
	Clock          lipgloss.Style
	PhaseLive      lipgloss.Style
	PhaseHold      lipgloss.Style
	PhaseOver      lipgloss.Style
	Late, Early    lipgloss.Style
	Sub            lipgloss.Style // the line under the header

	TableHeader lipgloss.Style
	Selected    lipgloss.Style
	Live        lipgloss.Style
	Called      lipgloss.Style
	Ready       lipgloss.Style
	Done        lipgloss.Style
	Out         lipgloss.Style

	Panel      lipgloss.Style // the lines of the Now and Next boxes
	PanelTitle lipgloss.Style
	Label      lipgloss.Style
	Big        lipgloss.Style // the live act's title
	Overrun    lipgloss.Style
	Hold       lipgloss.Style
	Faint      lipgloss.Style

	Alert   lipgloss.Style
	Message lipgloss.Style
	Refusal lipgloss.Style
	Confirm lipgloss.Style
	Form    lipgloss.Style
	Focused lipgloss.Style // the label of the form field being typed in
	Cursor  color.Color    // of a text box

	BarFull, BarEmpty, BarOver color.Color

	Help help.Styles
}

// newStyles builds the styles for a colour mode and background.
func newStyles(mode colourMode, isDark bool) Styles {
	if mode == colourPlain {
		return Styles{Form: lipgloss.NewStyle().Border(lipgloss.RoundedBorder())}
	}
	p := newPalette(isDark)
	if mode == colourNone {
		p = palette{}
	}
	s := lipgloss.NewStyle
	fg := func(c color.Color) lipgloss.Style {
		if c == nil {
			return s()
		}
		return s().Foreground(c)
	}
	st := Styles{
		Tab:         fg(p.muted),
		ActiveTab:   s().Bold(true).Reverse(true),
		EventName:   s().Bold(true),
		Clock:       s().Bold(true),
		PhaseLive:   fg(p.ok).Bold(true),
		PhaseHold:   fg(p.warn).Bold(true).Reverse(true),
		PhaseOver:   fg(p.muted),
		Late:        fg(p.danger).Bold(true),
		Early:       fg(p.accent),
		Sub:         fg(p.muted),
		TableHeader: s().Bold(true).Underline(true),
		Selected:    s().Reverse(true),
		Live:        fg(p.ok).Bold(true),
		Called:      fg(p.warn),
		Ready:       fg(p.accent),
		Done:        fg(p.muted).Faint(mode == colourNone),
		Out:         fg(p.muted).Strikethrough(true),
		Panel:       fg(p.muted),
		PanelTitle:  s().Bold(true),
		Label:       fg(p.muted),
		Big:         s().Bold(true),
		Overrun:     fg(p.danger).Bold(true),
		Hold:        fg(p.warn).Bold(true),
		Faint:       fg(p.muted),
		Alert:       fg(p.warn).Bold(true),
		Message:     s(),
		Refusal:     fg(p.danger),
		Confirm:     s().Bold(true).Reverse(true),
		Form:        s().Border(lipgloss.RoundedBorder()),
		Focused:     fg(p.accent).Bold(true),
		Cursor:      p.accent,
		BarFull:     p.ok,
		BarEmpty:    p.muted,
		BarOver:     p.danger,
		Help:        help.DefaultStyles(isDark),
	}
	if p.accent != nil {
		st.Form = st.Form.BorderForeground(p.accent)
	}
	if mode == colourNone {
		st.Help = help.Styles{ShortKey: s().Bold(true), FullKey: s().Bold(true)}
	}
	return st
}
