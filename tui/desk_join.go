package tui

import (
	"fmt"
	"time"

	"eventday/program"
)

// This file is the join at the desk, where the two jobs meet: a performer just
// signed in is told their act and when it is expected on, so the volunteer
// can send them to the waiting area, or straight to the stage.

// joinLine is the line under the empty box after a performer signed in:
// their act, where it stands in the show and where they should go, styled
// by how urgent it is. The minutes come from the expected start (the plan
// plus the drift so far), counted from now, so they count down on screen.
func (d *desk) joinLine() string {
	text, style := d.joinText()
	return style.Render(text)
}

// joinText is joinLine's text, at most d.w cells: the act's title gives way
// before what the performer should do.
func (d *desk) joinText() (string, style) {
	sty, t := d.env.styles, d.env.t.Desk
	if d.show == nil {
		return "", sty.Faint
	}
	i := d.show.Find(d.join)
	if i < 0 {
		return "", sty.Faint
	}
	a := &d.show.Acts[i]
	var format string
	var args []any
	style := sty.Alert
	switch a.Status {
	case program.Live:
		format = t.ActLive
	case program.Done:
		format, style = t.ActOver, sty.Faint
	case program.Skipped:
		format, style = t.ActSkipped, sty.Refusal
	case program.NoShow:
		format, style = t.ActNoShow, sty.Refusal
	default:
		mins := int(max(d.show.Expected(d.env.now)[i].Sub(d.env.now), 0).Round(time.Minute) / time.Minute)
		switch {
		case mins < 1:
			format = t.ActOnSoon
		case a.Status == program.Called || a.Status == program.Ready:
			format, args = t.ActCalled, []any{mins}
		default:
			format, args, style = t.ActOnIn, []any{mins}, sty.Ready
		}
	}
	// The title gets what the rest of the line leaves, and never less
	// than a few cells.
	rest := width(fmt.Sprintf(format, append([]any{""}, args...)...))
	title := cut(d.env.shown(a.Title), max(d.w-rest, 6))
	return cut(fmt.Sprintf(format, append([]any{title}, args...)...), d.w), style
}
