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

// number splits a run phoneRun found at s[start:end] into what is shown
// as it is, a leading date or the digits that end a label, and the number
// after it; ok is false when the run holds no number (fewer than seven
// digits).
func number(s string, start, end int) (keep, num string, ok bool) {
	m := s[start:end]
	if date, rest := datePart(m); date != "" {
		return date, rest, digitCount(rest) >= 7
	}
	if label, rest := labelPart(s[:start], m); label != "" && digitCount(rest) >= 7 {
		return label, rest, true
	}
	return "", m, digitCount(m) >= 7
}

// maxLabelDigits is the most digits a label ends in before a number: the
// 2 of 联系人2, the 12 of A12. With more, they and the three digits a
// masked number keeps in front would read as a number of seven digits.
const maxLabelDigits = 3

// labelPart splits off the digits that end a word before a space or dash:
// in "联系人2 13800000002" the 2 is the contact's number in a list, and
// the phone number is what follows, not 213800000002. A number does not
// start in the middle of a word.
func labelPart(before, m string) (label, rest string) {
	r, _ := utf8.DecodeLastRuneInString(before)
	if !unicode.IsLetter(r) {
		return "", m
	}
	i := strings.IndexAny(m, " -")
	if i <= 0 || m[0] == '+' || digitCount(m[:i]) > maxLabelDigits {
		return "", m
	}
	return m[:i], m[i:]
}

// fewDigits reports whether s has fewer than seven digits, and so no
// phone number: most text on a screen (a title, a name) is let through
// without a look for one.
func fewDigits(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		// A full-width digit is EF BC 90 to EF BC 99 in UTF-8.
		if c >= '0' && c <= '9' || c == 0xEF && i+2 < len(s) && s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			if n++; n >= 7 {
				return false
			}
		}
	}
	return true
}

// HasPhone reports whether free text holds something MaskPhones would hide.
func HasPhone(s string) bool {
	if fewDigits(s) {
		return false
	}
	for _, loc := range phoneRun.FindAllStringIndex(s, -1) {
		if _, _, ok := number(s, loc[0], loc[1]); ok {
			return true
		}
	}
	return false
}

// MaskPhones hides the middle of every phone number in free text the way
// the desk shows one (138****5678): what is on a screen backstage or in a
// printed report is read by more people than the export, which keeps
// numbers whole. A date (2026-05-01 14:30), a time, an amount or a count
// has too few digits in a row to be taken for one, and the digits that end
// a label (联系人2 138…) stay out of the number after it.
func MaskPhones(s string) string {
	if fewDigits(s) {
		return s
	}
	locs := phoneRun.FindAllStringIndex(s, -1)
	if locs == nil {
		return s
	}
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		b.WriteString(s[last:loc[0]])
		last = loc[1]
		keep, m, ok := number(s, loc[0], loc[1])
		b.WriteString(keep)
		if !ok {
			b.WriteString(m)
			continue
		}
		lead := m[:len(m)-len(strings.TrimLeft(m, " -"))]
		b.WriteString(lead)
		m = m[len(lead):]
		if keep == "" && digitBefore(s[:loc[0]]) {
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
	if fewDigits(s) {
		return nil
	}
	for _, loc := range phoneRun.FindAllStringIndex(s, -1) {
		if keep, m, ok := number(s, loc[0], loc[1]); ok {
			skip := len(keep) + len(m) - len(strings.TrimLeft(m, " -"))
			return []int{loc[0] + skip, loc[1]}
		}
	}
	return nil
}
