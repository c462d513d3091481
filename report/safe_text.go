package report

import (
	"eventday/inert"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"eventday/checkin"
)

// shown is text from a file as the report shows it: on one line, safe for a
// terminal, phone numbers masked.
func shown(s string) string { return checkin.MaskPhones(inert.Text(s)) }

// cells is the number of terminal cells s takes; a CJK character takes two.
func cells(s string) int { return ansi.StringWidth(s) }

// fit makes s exactly w cells wide: cut with an ellipsis if longer, padded
// with spaces if shorter, so that columns of CJK text line up.
func fit(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if cells(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return s + strings.Repeat(" ", w-cells(s))
}

// fitRight is fit against the right edge, for numbers and times.
func fitRight(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if cells(s) > w {
		s = ansi.Truncate(s, w, "…")
	}
	return strings.Repeat(" ", w-cells(s)) + s
}
