package station

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Role is what a station is for. The SSH user name says which: a station
// connects as stage, board or desk-NAME.
type Role int

// The roles a station can have.
const (
	Stage Role = iota + 1 // the Stage view and its keys
	Desk                  // a sign-in desk with a name of its own
	Board                 // the read-only now/next board
)

// String is the role as a user name spells it: "stage", "desk", "board".
func (r Role) String() string {
	switch r {
	case Stage:
		return "stage"
	case Desk:
		return "desk"
	case Board:
		return "board"
	}
	return "unknown"
}

// deskPrefix starts the user name of a desk: desk-east, desk-东门.
const deskPrefix = "desk-"

// maxDeskName is the longest desk name, in characters: enough for
// "east-gate-2" or "东门签到台", short enough for a column of the stations.
const maxDeskName = 20

// ParseUser reads an SSH user name as a station: "stage", "board" or
// "desk-NAME", where NAME is 1 to 20 letters (Chinese ones too), digits,
// '-' or '_'. The role word is read without regard to case, since a phone
// keyboard capitalises the first letter, and NAME comes back in lower case,
// so that desk-East and desk-east are one desk in the logs. ok is false for
// any other name.
func ParseUser(user string) (role Role, desk string, ok bool) {
	switch {
	case strings.EqualFold(user, "stage"):
		return Stage, "", true
	case strings.EqualFold(user, "board"):
		return Board, "", true
	case len(user) > len(deskPrefix) && strings.EqualFold(user[:len(deskPrefix)], deskPrefix):
		name := strings.ToLower(user[len(deskPrefix):])
		if !validDeskName(name) {
			return 0, "", false
		}
		return Desk, name, true
	}
	return 0, "", false
}

func validDeskName(name string) bool {
	if name == "" || !utf8.ValidString(name) || utf8.RuneCountInString(name) > maxDeskName {
		return false
	}
	for _, r := range name {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
			return false
		}
	}
	return true
}

// userName is the SSH user name of a station: "stage", "desk-east".
func userName(role Role, desk string) string {
	if role == Desk {
		return deskPrefix + desk
	}
	return role.String()
}

// freeDeskName suggests a name for a desk whose name is taken: the name
// with the first number from 2 on that taken does not refuse, cut short
// where it would pass the longest name.
func freeDeskName(desk string, taken func(string) bool) string {
	for n := 2; ; n++ {
		suffix := strconv.Itoa(n)
		base := []rune(desk)
		if len(base)+len(suffix) > maxDeskName {
			base = base[:maxDeskName-len(suffix)]
		}
		name := string(base) + suffix
		if !taken(name) {
			return name
		}
	}
}
