package report

import (
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"golang.org/x/text/width"

	"eventday/checkin"
)

// replacement stands in for a character from a file that a terminal or a
// spreadsheet would act on, so the reader sees that something was there.
const replacement = '\uFFFD'

// dangerous reports the runes that must never reach a terminal or a cell as
// they are: C0 and C1 controls (ESC, BEL, CSI...), DEL, and the
// bidirectional embeddings and overrides that would reorder the rest of a
// line. Line breaks and tabs are handled by the callers before this.
func dangerous(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// lineBreak reports the runes that end a line in some program: a cell or a
// table row must hold none of them.
func lineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// oneLine makes text from a file fit on one line of a terminal, a table
// row or a spreadsheet cell: invalid UTF-8 and dangerous runes become
// U+FFFD, and tabs and line breaks become spaces (a CRLF one space).
func oneLine(s string) string {
	if plain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, string(replacement))
	s = strings.ReplaceAll(s, "\r\n", " ")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t' || lineBreak(r):
			b.WriteByte(' ')
		case dangerous(r):
			b.WriteRune(replacement)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// plain is the fast path of oneLine: printable ASCII and ordinary Unicode
// need no change.
func plain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || dangerous(r) || lineBreak(r) {
			return false
		}
		i += size
	}
	return true
}

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
func shown(s string) string { return masked(oneLine(s)) }

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
