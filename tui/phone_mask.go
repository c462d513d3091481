package tui

import (
	"regexp"
	"strings"
	"unicode"

	foldwidth "golang.org/x/text/width"

	"eventday/checkin"
)

// phoneRun finds what may be a phone number inside free text such as an
// act's contact ("王老师 138 0000 1111"): seven or more digits, maybe after
// a +, with single spaces or dashes between groups.
var phoneRun = regexp.MustCompile(`\+?[0-9０-９](?:[ -]?[0-9０-９]){6,}`)

// dateRun is a date phoneRun would take for a number: 2025-05-01.
var dateRun = regexp.MustCompile(`^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$`)

// hasPhone reports whether free text holds something maskPhones would hide.
func hasPhone(s string) bool {
	for _, m := range phoneRun.FindAllString(s, -1) {
		if !dateRun.MatchString(m) {
			return true
		}
	}
	return false
}

// maskPhones hides the middle of every phone number in free text the way
// the desk shows one (138****5678): a contact on the stage screen is read
// by whoever walks past backstage. It is the screen's rule; the exports
// keep numbers whole.
func maskPhones(s string) string {
	return phoneRun.ReplaceAllStringFunc(s, func(m string) string {
		if dateRun.MatchString(m) {
			return m
		}
		n, err := checkin.NormalizePhone(m)
		if err != nil || n == "" {
			// Not a number the roster would take, but it may still be one:
			// hide the digits all the same.
			n = strings.Map(func(r rune) rune {
				if unicode.IsDigit(r) {
					return r
				}
				return -1
			}, foldwidth.Fold.String(m))
		}
		return checkin.MaskPhone(n)
	})
}
