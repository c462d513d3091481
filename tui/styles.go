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
	Tab, ActiveTab style
	EventName      style
	Clock          style
	PhaseLive      style
	PhaseHold      style
	PhaseOver      style
	Late, Early    style
	Sub            style // the line under the header

	TableHeader style
	Selected    style
	Live        style
	Called      style
	Ready       style
	Done        style
	Out         style

	Panel      style // the lines of the Now and Next boxes
	PanelTitle style
	Label      style
	Big        style // the live act's title
	Overrun    style
	Hold       style
	Faint      style

	Alert   style
	Message style
	Refusal style
	Confirm style
	Form    style
	Focused style       // the label of the form field being typed in
	Cursor  color.Color // of a text box

	BarFull, BarEmpty, BarOver style // a progress bar's parts, and one full past its end

	// The big clock's digits: with time left, with under a minute left,
	// over the act's time (and every other second, to flash, reversed),
	// and on hold.
	ClockBig, ClockLow, ClockOver, ClockFlash, ClockHold style

	// Rehearsal is the tag that says REHEARSAL on every screen: reversed,
	// so that it stands out with colour or without.
	Rehearsal style

	// rows are the styles of a table row by what it shows, and selected
	// the same under the selection.
	rows, selected [rowKinds]style

	Help help.Styles
}

// rowKind is what a row of a table is drawn as.
type rowKind int

const (
	rowPlain rowKind = iota
	rowCalled
	rowReady
	rowLive
	rowDone
	rowOut
	rowOverrun
	rowKinds
)

// newStyles builds the styles for a colour mode and background.
func newStyles(mode colourMode, isDark bool) Styles {
	if mode == colourPlain {
		// Every other style is the zero style, which draws nothing.
		return Styles{Form: newStyle(lipgloss.NewStyle().Border(lipgloss.RoundedBorder()))}
	}
	s := lipgloss.NewStyle
	p := newPalette(isDark)
	if mode == colourNone {
		p = palette{}
	}
	fg := func(c color.Color) lipgloss.Style {
		if c == nil {
			return s()
		}
		return s().Foreground(c)
	}
	form := s().Border(lipgloss.RoundedBorder())
	if p.accent != nil {
		form = form.BorderForeground(p.accent)
	}
	sty := Styles{
		Tab:         newStyle(fg(p.muted)),
		ActiveTab:   newStyle(s().Bold(true).Reverse(true)),
		EventName:   newStyle(s().Bold(true)),
		Clock:       newStyle(s().Bold(true)),
		PhaseLive:   newStyle(fg(p.ok).Bold(true)),
		PhaseHold:   newStyle(fg(p.warn).Bold(true).Reverse(true)),
		PhaseOver:   newStyle(fg(p.muted)),
		Late:        newStyle(fg(p.danger).Bold(true)),
		Early:       newStyle(fg(p.accent)),
		Sub:         newStyle(fg(p.muted)),
		TableHeader: newStyle(s().Bold(true).Underline(true)),
		Selected:    newStyle(s().Reverse(true)),
		Live:        newStyle(fg(p.ok).Bold(true)),
		Called:      newStyle(fg(p.warn)),
		Ready:       newStyle(fg(p.accent)),
		Done:        newStyle(fg(p.muted).Faint(mode == colourNone)),
		Out:         newStyle(fg(p.muted).Strikethrough(true)),
		Panel:       newStyle(fg(p.muted)),
		PanelTitle:  newStyle(s().Bold(true)),
		Label:       newStyle(fg(p.muted)),
		Big:         newStyle(s().Bold(true)),
		Overrun:     newStyle(fg(p.danger).Bold(true)),
		Hold:        newStyle(fg(p.warn).Bold(true)),
		Faint:       newStyle(fg(p.muted)),
		Alert:       newStyle(fg(p.warn).Bold(true)),
		Message:     newStyle(s()),
		Refusal:     newStyle(fg(p.danger)),
		Confirm:     newStyle(s().Bold(true).Reverse(true)),
		Form:        newStyle(form),
		Focused:     newStyle(fg(p.accent).Bold(true)),
		Cursor:      p.accent,
		BarFull:     newStyle(fg(p.ok)),
		BarEmpty:    newStyle(fg(p.muted)),
		BarOver:     newStyle(fg(p.danger)),
		ClockBig:    newStyle(s().Bold(true)),
		ClockLow:    newStyle(fg(p.warn).Bold(true)),
		ClockOver:   newStyle(fg(p.danger).Bold(true)),
		ClockFlash:  newStyle(fg(p.danger).Bold(true).Reverse(true)),
		ClockHold:   newStyle(fg(p.warn).Bold(true)),
		Rehearsal:   newStyle(fg(p.warn).Bold(true).Reverse(true)),
		Help:        help.DefaultStyles(isDark),
	}
	sty.rows = [rowKinds]style{rowPlain: newStyle(s()), rowCalled: sty.Called, rowReady: sty.Ready,
		rowLive: sty.Live, rowDone: sty.Done, rowOut: sty.Out, rowOverrun: sty.Overrun}
	for k, r := range sty.rows {
		sty.selected[k] = newStyle(r.Inherit(sty.Selected.Style))
	}
	if mode == colourNone {
		sty.Help = help.Styles{ShortKey: s().Bold(true), FullKey: s().Bold(true)}
	}
	return sty
}
