package checkin

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/width"

	"eventday/i18n"
	"eventday/input"
)

// Person is someone the desk can sign in by name: a row of roster.csv, or a
// walk-in registered at the desk.
type Person struct {
	// ID is stable across restarts and edits of other rows (see PersonID),
	// so the attendance log can refer to the person.
	ID       string
	Name     string
	Category string // free text: performer, volunteer, honoree, sponsor, resident, …
	Group    string // building, team or unit
	Phone    string // normalised by NormalizePhone; "" when unknown
	ActID    string // the act a performer belongs to; "" for everyone else
	Note     string
	// Line is the person's line in roster.csv; 0 for a walk-in.
	Line int
}

// MaxName is the longest name, in characters, a person may have. The
// roster refuses a longer one, and the desk's walk-in form, signin --name
// and a paper sheet take none, so that whoever is on the roster can be
// signed in every way there is. A hundred characters hold the longest
// real names (a Spanish or Portuguese name with all its given names and
// both surnames runs to 60) and a group signed in as one, such as
// 阳光幼儿园大班小朋友（周老师带队）; a longer cell is a sentence in the
// wrong column.
const MaxName = 100

// PersonID derives the ID of the person with this name, group and phone.
// It depends on nothing else, so reordering the roster, editing other rows or
// editing this person's category or note keeps the ID, while two different
// people can only share it if they share all three (which the roster refuses).
// The same rule gives walk-ins their IDs, so a walk-in who was on the roster
// after all is recognised as the same person.
func PersonID(name, group, phone string) string {
	var in [128]byte // most people fit; more spills to the heap
	b := append(in[:0], strings.TrimSpace(name)...)
	b = append(b, 0)
	b = append(b, strings.TrimSpace(group)...)
	b = append(b, 0)
	b = append(b, phone...)
	sum := sha256.Sum256(b)
	// 48 bits: a collision among even 100,000 people has odds below 1 in 50,000,
	// and the roster reports one rather than merging two people.
	var id [13]byte
	id[0] = 'p'
	hex.Encode(id[1:], sum[:6])
	return string(id[:])
}

// ErrPhone is wrapped by every error about a phone number that cannot be read.
var ErrPhone = errors.New("not a phone number")

// A phone number has from minPhoneDigits (a short service number) to
// maxPhoneDigits (the longest international number) digits.
const (
	minPhoneDigits = 3
	maxPhoneDigits = 15
)

// NormalizePhone turns a phone number as people write it into digits:
// spaces, dashes, dots and brackets go, full-width digits become ASCII, and a
// +86 or 0086 prefix (China) is dropped. Another country's prefix keeps its
// leading "+". An empty string stays empty.
func NormalizePhone(s string) (string, error) {
	s = strings.TrimSpace(s)
	if !ascii(s) {
		s = width.Fold.String(s)
	}
	if s == "" {
		return "", nil
	}
	var buf [32]byte
	b := buf[:0]
	plus := false
	for i, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b = append(b, byte(r))
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')' || r == '\u00a0':
		case r == '+' && i == 0:
			plus = true
		default:
			return "", input.MessageFor(ErrPhone, func(t *i18n.Text) string { return t.Files.PhoneChars }, s)
		}
	}
	digits := s // already nothing but digits, as most rosters write them
	if len(b) != len(s) {
		digits = string(b)
	}
	switch {
	case plus && strings.HasPrefix(digits, "86"):
		digits, plus = digits[2:], false
	case !plus && strings.HasPrefix(digits, "0086"):
		digits = digits[4:]
	}
	if len(digits) < minPhoneDigits || len(digits) > maxPhoneDigits {
		return "", input.MessageFor(ErrPhone, func(t *i18n.Text) string { return t.Files.PhoneDigits }, s, len(digits), minPhoneDigits, maxPhoneDigits)
	}
	if plus {
		return "+" + digits, nil
	}
	return digits, nil
}

func ascii(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// MaskPhone hides the middle of a phone number for the screen, as Chinese
// apps do: "13812345678" becomes "138****5678". Shorter numbers keep less, so
// that at least half of the digits are always hidden; four digits or fewer
// are hidden entirely.
func MaskPhone(phone string) string {
	prefix := ""
	if strings.HasPrefix(phone, "+") {
		prefix, phone = "+", phone[1:]
	}
	n := utf8.RuneCountInString(phone)
	var head, tail int
	switch {
	case n >= 11:
		head, tail = 3, 4
	case n >= 8:
		head, tail = 2, 2
	case n >= 5:
		head, tail = 0, 2
	default:
		head, tail = 0, 0
	}
	var b strings.Builder
	b.WriteString(prefix)
	i := 0
	for _, r := range phone {
		if i < head || i >= n-tail {
			b.WriteRune(r)
		} else {
			b.WriteByte('*')
		}
		i++
	}
	return b.String()
}
