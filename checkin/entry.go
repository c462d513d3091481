package checkin

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"eventday/i18n"
	"eventday/input"
	"eventday/program"
)

// Entry is one sign-in to write, checked against the event beforehand: a
// row of a paper sheet, or what a command line asks for.
type Entry struct {
	Place string // "sheet.csv:4" for a row of a sheet; "" from the command line
	Line  int    // the row's line; 0 from the command line

	Person *Person // someone on the roster, or a walk-in from earlier
	WalkIn bool    // register Name as a walk-in
	Name   string
	// For a walk-in.
	Category, Group, Phone string
	// Party counts the people in the entry: a person and their companions,
	// a walk-in's party, or anonymous heads when there is no name.
	Party int
	At    time.Time // when they arrived; zero means now
	// Source is where a row of a sheet came from (Record's Source); ""
	// from the command line.
	Source string
}

// Lookup is who a name typed with a group means, among the people called
// exactly that name (on the roster, or walk-ins registered earlier).
type Lookup struct {
	Found []*Person // those of the group; all of them when no group is given
	All   []*Person // everyone of the name, whatever their group
}

// LookUp sorts named, the people called exactly one name, by group: a name
// typed at a desk or written on a sheet means the one person of that name
// in the group given, or the one person of that name when no group is.
func LookUp(named []*Person, group string) Lookup {
	l := Lookup{All: named}
	for _, p := range named {
		if group == "" || p.Group == group {
			l.Found = append(l.Found, p)
		}
	}
	return l
}

// NameProblem says why a name looked up does not tell one person.
type NameProblem int

// The outcomes of a look-up.
const (
	// NameFound: exactly one person, Found[0].
	NameFound NameProblem = iota
	// NameSeveral: several people of the name (in the group given).
	NameSeveral
	// NameNotInGroup: people of the name, none of them in the group given.
	NameNotInGroup
	// NameUnknown: nobody of the name.
	NameUnknown
)

// Problem tells whether the look-up found one person, and if not why.
func (l Lookup) Problem() NameProblem {
	switch {
	case len(l.Found) == 1:
		return NameFound
	case len(l.Found) > 1:
		return NameSeveral
	case len(l.All) > 0:
		return NameNotInGroup
	}
	return NameUnknown
}

// UnknownNameError is a name that nobody on the roster, or among the
// walk-ins registered, has.
type UnknownNameError struct {
	Name string
}

func (e *UnknownNameError) Error() string { return fmt.Sprintf("%q is not on the roster", e.Name) }

// Groups is a list of the groups of people who share a name, to tell them
// apart in a message: worded in the reader's language, a person without a
// group listed as such.
func Groups(people []*Person) i18n.Localized { return groups(people) }

type groups []*Person

func (g groups) In(t *i18n.Text) string {
	gs := make([]string, len(g))
	for i, p := range g {
		gs[i] = input.Excerpt(p.Group)
		if p.Group == "" {
			gs[i] = t.Signin.NoGroup
		}
	}
	return strings.Join(gs, t.Signin.ListSep)
}

// Sheet is a paper sign-in sheet read by ReadSheet, with what the sheet
// as a whole says of its rows.
type Sheet struct {
	File string
	Rows []SheetRow
	// WalkIn: a name nobody on the roster has is someone new, registered
	// with the row's group, phone and category (Category when the row has
	// none).
	WalkIn   bool
	Category string
}

// Entries checks every row of the sheet against the event: the times
// against the plan and now (at is when the people of a row that gives no
// time arrived; zero: now), the names against named, who is called
// exactly a name. It returns the entries to write, how many rows are of
// people who did not come (a printed roster's row nobody filled in), and
// every problem, each naming its row and column, so that all of them are
// fixed in one go.
func (s *Sheet) Entries(plan *program.Plan, now, at time.Time, named func(name string) []*Person) (entries []Entry, absent int, errs input.Errors) {
	say := func(line int, column string, msg input.Msg, args ...any) {
		errs.Add(input.InField(s.File, line, column, msg, args...))
	}
	for i, r := range s.Rows {
		line := r.Row.Line
		e := Entry{Place: fmt.Sprintf("%s:%d", s.File, line), Line: line, Name: r.Name, Party: max(r.Party, 1), At: at,
			Source: SheetSource(s.File, s.Rows, i)}
		ok := !r.Bad
		if r.Time != "" {
			t, problem := ParseArrival(r.Time, plan, now)
			column := r.Row.Label("time")
			switch {
			case problem == ArrivalBad:
				say(line, column, func(t *i18n.Text) string { return t.Signin.RowBadTime }, input.Shorten(r.Time))
				ok = false
			case problem == ArrivalNeedsDate:
				say(line, column, func(t *i18n.Text) string { return t.Signin.RowNeedsDate },
					input.Shorten(r.Time), int(NearEvent/time.Hour), EventTime(plan), WithDate(r.Time, plan))
				ok = false
			case t.After(now):
				say(line, column, func(t *i18n.Text) string { return t.Signin.RowFuture }, When(t, plan), When(now, plan))
				ok = false
			}
			e.At = t
		}
		if r.Name == "" {
			if ok {
				entries = append(entries, e)
			}
			continue
		}
		if n := utf8.RuneCountInString(r.Name); n > MaxName {
			say(line, r.Row.Label("name"), func(t *i18n.Text) string { return t.Signin.NameTooLong }, n, MaxName)
			continue
		}
		if r.Absent {
			absent++
			continue
		}
		group := r.Row.Get("group")
		l := LookUp(named(r.Name), group)
		switch problem := l.Problem(); {
		case problem == NameFound:
			e.Person = l.Found[0]
		case problem == NameSeveral:
			say(line, r.Row.Label("name"), func(t *i18n.Text) string { return t.Signin.RowSeveral },
				len(l.Found), input.Excerpt(r.Name), Groups(l.Found))
			ok = false
		case problem == NameNotInGroup && !s.WalkIn:
			say(line, r.Row.Label("group"), func(t *i18n.Text) string { return t.Signin.NoneInGroup },
				input.Excerpt(r.Name), input.Shorten(group), Groups(l.All))
			ok = false
		case s.WalkIn:
			e.WalkIn, e.Group, e.Phone = true, group, r.Row.Get("phone")
			e.Category = r.Row.Get("category")
			if e.Category == "" {
				e.Category = s.Category
			}
			if _, err := NormalizePhone(e.Phone); err != nil {
				errs.Add(&input.Error{File: s.File, Line: line, Field: r.Row.Label("phone"), Err: err})
				ok = false
			}
		default:
			say(line, r.Row.Label("name"), func(t *i18n.Text) string { return t.Signin.RowNotOnRoster }, input.Excerpt(r.Name))
			ok = false
		}
		if ok {
			entries = append(entries, e)
		}
	}
	return entries, absent, errs
}
