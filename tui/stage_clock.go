package tui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"eventday/program"
)

// This file is the Stage's big clock: t turns the Stage into the live
// act's time left in block digits across the screen, for a stage manager
// who reads it from the far side of the stage; over its time the digits
// turn red and flash (bold and reverse video without colour). t or esc
// turns it back. The keys that do not need the running order in sight
// (GO, hold, a minute more or less, undo) work on it.

// clockKey handles a key while the big clock is shown: t or esc turns it
// back, the keys that work on it go on to the Stage (which says why one
// does not apply now), and any other says how to get back to the running
// order rather than act on it unseen. It reports whether it handled the
// key.
func (s *stage) clockKey(msg tea.KeyPressMsg) bool {
	k := s.keys
	if key.Matches(msg, k.CloseClock) {
		s.bigClock = false
		s.gate()
		return true
	}
	for _, b := range k.clockKeys() {
		if slices.Contains(b.Keys(), msg.String()) {
			return false
		}
	}
	s.say(fmt.Sprintf(s.env.t.Stage.ClockOpen, k.CloseClock.Help().Key), true)
	return true
}

// clockLines draws the big clock in w×h cells: the live act, its time
// left (or over) as large as fits, what that time is, and the act on
// standby.
func (s *stage) clockLines(w, h int) []string {
	show, t, sty, now := s.show, s.env.t.Stage, s.env.styles, s.env.now
	var title, digits, template, label string
	digitStyle, labelStyle := sty.ClockBig, sty.Big
	switch a := show.Live(); {
	case a != nil:
		title = sty.PanelTitle.Render(t.Now+" · "+fmt.Sprintf(t.Position, show.LiveIdx+1, len(show.Acts))+" · ") + sty.Big.Render(s.actText(a, a.Title))
		left := show.Remaining(now)
		template = digitsOf(mmss(a.Length()))
		switch {
		case left > 0:
			digits = countdown(left)
			label = fmt.Sprintf(t.ClockLeft, mmss(a.Length()))
			if left <= clockLow {
				digitStyle = sty.ClockLow
			}
		default:
			digits = mmss(left)
			label = fmt.Sprintf(t.ClockOver, mmss(a.Length()))
			digitStyle, labelStyle = sty.ClockOver, sty.Overrun
			if now.Second()%2 == 1 {
				digitStyle = sty.ClockFlash
			}
		}
		if show.Holding() {
			label = fmt.Sprintf(t.Holding, mmss(now.Sub(show.HoldSince)))
			digitStyle, labelStyle = sty.ClockHold, sty.Hold
		}
	case show.Phase() == program.Over:
		title = sty.PanelTitle.Render(t.Now)
		digits = hhmm(s.local(show.Finished))
		label = fmt.Sprintf(t.ShowOver, hhmm(s.local(show.Finished)))
	default:
		title = sty.PanelTitle.Render(t.Now)
		digits = hhmm(s.local(now))
		label = t.ClockNothingLive
	}
	template = longer(template, digitsOf(digits))
	next := sty.Faint.Render(s.clockNext())

	// The digits as large as the rest leaves, with the title above, what
	// they count and the next act below, a blank line between them; on a
	// small screen the blank lines give way first, then the next act,
	// then the title, then what they count, before the digits shrink to
	// letters.
	type part struct{ title, label, next bool }
	for _, p := range []struct {
		part
		gap int
	}{
		{part{true, true, true}, 1}, {part{true, true, true}, 0},
		{part{true, true, false}, 0}, {part{false, true, false}, 0}, {part{false, false, false}, 0},
	} {
		lines := p.gap * 2
		for _, on := range []bool{p.title, p.label, p.next} {
			if on {
				lines++
			}
		}
		k := bigScale(template, w, h-lines)
		if k == 0 {
			continue
		}
		var out []string
		add := func(on bool, l string) {
			if on {
				out = append(out, center(l, w))
			}
		}
		add(p.title, title)
		for range p.gap {
			out = append(out, "")
		}
		for _, l := range bigText(digits, k) {
			out = append(out, digitStyle.Render(center(l, w)))
		}
		for range p.gap {
			out = append(out, "")
		}
		add(p.label, labelStyle.Render(label))
		add(p.next, next)
		// Centred on the screen when there is room over.
		if pad := (h - len(out)) / 2; pad > 0 {
			out = append(make([]string, pad), out...)
		}
		return out
	}
	// Too small for block digits: the time in the boldest letters a
	// terminal has.
	return []string{center(title, w), digitStyle.Render(center(digits, w)), labelStyle.Render(center(label, w)), center(next, w)}
}

// clockLow is the time left under which the big clock turns amber.
const clockLow = time.Minute

// clockNext is the act on standby in one line, for the big clock.
func (s *stage) clockNext() string {
	show, t := s.show, s.env.t.Stage
	i := show.NextIdx()
	if i < 0 {
		return t.NoNext
	}
	a := &show.Acts[i]
	line := t.Next + " · " + s.actText(a, a.Title) + " · " + s.statusText(a.Status)
	if exp := s.expectedAt(i); !exp.IsZero() {
		line += " · " + fmt.Sprintf(t.ExpectedAt, hhmm(s.local(exp)))
	}
	return line
}

// digitsOf is text with every digit an 8: as wide as any time of its
// shape, so that the digits keep their size while the clock runs.
func digitsOf(text string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return '8'
		}
		return r
	}, text)
}

// longer is the wider of two texts in block digits.
func longer(a, b string) string {
	if bigPixels(a) >= bigPixels(b) {
		return a
	}
	return b
}

// center pads s on the left to sit in the middle of w cells, and cuts it
// to w.
func center(s string, w int) string {
	if pad := (w - width(s)) / 2; pad > 0 {
		s = strings.Repeat(" ", pad) + s
	}
	return cut(s, w)
}
