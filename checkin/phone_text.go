package checkin

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"
)

// phoneRun finds what may be a phone number inside free text (an act's
// contact, "王老师 138 0000 1111", or an incident note): seven or more
// digits, maybe after a +, with single spaces or dashes between groups.
var phoneRun = regexp.MustCompile(`\+?[0-9０-９](?:[ -]?[0-9０-９]){6,}`)

// dateRun is a date that phoneRun would take for a number: 2026-05-01,
// maybe followed by more digits ("2026-05-01 14" of "2026-05-01 14:30").
var dateRun = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}`)

// datePart splits a run phoneRun found into a leading date and the rest.
// The rest is a number only if it still has seven digits.
func datePart(m string) (date, rest string) {
	loc := dateRun.FindStringIndex(m)
	if loc == nil {
		return "", m
	}
	return m[:loc[1]], m[loc[1]:]
}

// digitCount counts ASCII and full-width digits.
func digitCount(s string) int {
	n := 0
	for _, r := range s {
		if isDigit(r) {
			n++
		}
	}
	return n
}

// HasPhone reports whether free text holds something MaskPhones would hide.
func HasPhone(s string) bool {
	for _, m := range phoneRun.FindAllString(s, -1) {
		if _, rest := datePart(m); digitCount(rest) >= 7 {
			return true
		}
	}
	return false
}

// MaskPhones hides the middle of every phone number in free text the way
// the desk shows one (138****5678): what is on a screen backstage or in a
// printed report is read by more people than the export, which keeps
// numbers whole.
func MaskPhones(s string) string {
	locs := phoneRun.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		b.WriteString(s[last:loc[0]])
		last = loc[1]
		date, m := datePart(s[loc[0]:loc[1]])
		b.WriteString(date)
		if digitCount(m) < 7 {
			b.WriteString(m)
			continue
		}
		lead := m[:len(m)-len(strings.TrimLeft(m, " -"))]
		b.WriteString(lead)
		m = m[len(lead):]
		if date == "" && digitBefore(s[:loc[0]]) {
			// Glued to digits before it ("0000+138...", "12 +86 138..."):
			// the digits shown of a masked number would run on from them
			// into something that reads as a number, so hide them all.
			b.WriteString(strings.Repeat("*", digitCount(m)))
			continue
		}
		n, err := NormalizePhone(m)
		if err != nil || n == "" {
			// Not a number the roster would take, but it may still be one:
			// hide the digits all the same.
			n = strings.Map(func(r rune) rune {
				if unicode.IsDigit(r) {
					return r
				}
				return -1
			}, width.Fold.String(m))
		}
		b.WriteString(MaskPhone(n))
	}
	b.WriteString(s[last:])
	return b.String()
}

// digitBefore reports whether s ends in a digit, maybe followed by one
// space or dash: what phoneRun would join to a number after it.
func digitBefore(s string) bool {
	r, size := utf8.DecodeLastRuneInString(s)
	if r == ' ' || r == '-' {
		r, _ = utf8.DecodeLastRuneInString(s[:len(s)-size])
	}
	return isDigit(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// PhoneIndex gives where the first phone number in free text starts and
// ends, as strings.Index would, or nil when there is none: a screen short
// of room shortens the name beside a number, never the number.
func PhoneIndex(s string) []int {
	for _, loc := range phoneRun.FindAllStringIndex(s, -1) {
		date, rest := datePart(s[loc[0]:loc[1]])
		if digitCount(rest) >= 7 {
			skip := len(date) + len(rest) - len(strings.TrimLeft(rest, " -"))
			return []int{loc[0] + skip, loc[1]}
		}
	}
	return nil
}
