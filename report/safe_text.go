package report

import (
	"eventday/inert"
	"regexp"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/width"

	"eventday/checkin"
)

// phoneLike finds what may be a phone number inside free text (an act's
// contact, an incident note): seven or more digits, maybe after a +, with
// single spaces or dashes between groups.
var phoneLike = regexp.MustCompile(`\+?[0-9０-９](?:[ -]?[0-9０-９]){6,}`)

// dateLike is a date that phoneLike would take for a number: 2026-05-01.
var dateLike = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$`)

// masked hides the phone numbers in free text, as the desk does: the report
// is read by more people than the export, which keeps them whole.
func masked(s string) string {
	return phoneLike.ReplaceAllStringFunc(s, func(m string) string {
		if dateLike.MatchString(m) {
			return m
		}
		n, err := checkin.NormalizePhone(m)
		if err != nil {
			// Too long for a phone number, but masked all the same: a
			// run of digits in a note may still be one.
			n = strings.Map(func(r rune) rune {
				if r >= '0' && r <= '9' {
					return r
				}
				return -1
			}, width.Fold.String(m))
		}
		return checkin.MaskPhone(n)
	})
}

// shown is text from a file as the report shows it: on one line, safe for a
// terminal, phone numbers masked.
func shown(s string) string { return masked(inert.Text(s)) }

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
