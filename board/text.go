package board

import (
	"strings"

	"eventday/cells"
	"eventday/i18n"
)

// Text is the board as plain text, one line each for what the page shows,
// every line cut to width cells (a CJK character takes two): the board in
// a terminal with no styling, and in tests. The texts in it are inert, so
// it is safe to print.
func Text(s Snapshot, t *i18n.Text, width int) string {
	tb := &t.Board
	w := Say(s, tb)
	var lines []string
	add := func(indent bool, parts ...string) {
		var kept []string
		for _, p := range parts {
			if p != "" {
				kept = append(kept, p)
			}
		}
		if len(kept) == 0 {
			return
		}
		l := strings.Join(kept, " · ")
		if indent {
			l = "  " + l
		}
		lines = append(lines, cells.Cut(l, width))
	}
	head := w.Event + " · " + w.Phase
	if gap := width - cells.Width(head) - cells.Width(w.Clock); gap >= 1 {
		lines = append(lines, head+cells.Spaces(gap)+w.Clock)
	} else {
		add(false, w.Clock, w.Phase, w.Event)
	}
	add(false, tb.Now)
	if w.Live {
		add(true, w.NowTitle)
		add(true, w.NowWho)
		add(true, w.NowTime, w.NowSpan)
	} else {
		add(true, w.NowNone)
	}
	add(false, tb.Next, w.NextAt)
	add(true, w.NextTitle)
	add(true, w.NextWho)
	add(true, w.NextNone)
	if len(w.Calls) > 0 {
		add(false, tb.Calls)
		for _, c := range w.Calls {
			add(true, strings.TrimSpace(c.Who+" "+c.Act), c.Note)
		}
	}
	add(false, tb.Here, w.People)
	return strings.Join(lines, "\n") + "\n"
}
