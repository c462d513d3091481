package checkin

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/text/width"
)

// phoneRun finds what may be a phone number inside free text (an act's
// contact, "王老师 138 0000 1111", or an incident note): seven or more
// digits, maybe after a +, with single spaces or dashes between groups.
var phoneRun = regexp.MustCompile(`\+?[0-9０-９](?:[ -]?[0-9０-９]){6,}`)

// dateRun is a date that phoneRun would take for a number: 2026-05-01.
var dateRun = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$`)

// HasPhone reports whether free text holds something MaskPhones would hide.
func HasPhone(s string) bool {
	for _, m := range phoneRun.FindAllString(s, -1) {
		if !dateRun.MatchString(m) {
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
	return phoneRun.ReplaceAllStringFunc(s, func(m string) string {
		if dateRun.MatchString(m) {
			return m
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
		return MaskPhone(n)
	})
}

// PhoneIndex gives where the first phone number in free text starts and
// ends, as strings.Index would, or nil when there is none: a screen short
// of room shortens the name beside a number, never the number.
func PhoneIndex(s string) []int {
	for _, loc := range phoneRun.FindAllStringIndex(s, -1) {
		if !dateRun.MatchString(s[loc[0]:loc[1]]) {
			return loc
		}
	}
	return nil
}
