// Package export is the attendance export handed to the organisers and
// their funder: the document (attendance.json as Go values, made by New
// from the show state, the roster and the attendance), its encodings onto
// any io.Writer (JSON, CSV, xlsx: the three always agree), and the writing
// of its files, each atomically and private to the user, into the event
// folder's export folder or wherever the user asks. The run report, read
// on a screen, is package report's.
package export

import (
	"time"

	"eventday/checkin"
	"eventday/program"
	"eventday/report"
)

// FormatVersion is the version of attendance.json's layout; it changes only
// when a field changes meaning or goes away (attendance.schema.json).
const FormatVersion = 1

// Document is the attendance export, attendance.json as Go values: the
// CSV and the xlsx are made from it too, so all three always agree.
type Document struct {
	FormatVersion int             `json:"format_version"`
	Event         EventInfo       `json:"event"`
	GeneratedAt   time.Time       `json:"generated_at"`
	Totals        Totals          `json:"totals"`
	ByCategory    []CategoryRow   `json:"by_category"`
	Arrivals      []ArrivalRow    `json:"arrivals"`
	Programme     []report.ActRow `json:"programme"`
	Records       []AttendeeRow   `json:"records"`
	// Gates are the entries of each gate, when the event was signed in
	// at several (laptops that kept signing people in on their own);
	// absent for one.
	Gates []GateRow `json:"gates,omitempty"`
}

// GateRow is the sign-ins of one gate.
type GateRow struct {
	Gate    string `json:"gate"`    // "host" for the host
	Entries int    `json:"entries"` // its sign-ins that count, re-entries included
}

// EventInfo names the event the export is of.
type EventInfo struct {
	Name     string `json:"name"`
	Date     string `json:"date"` // YYYY-MM-DD
	Venue    string `json:"venue"`
	Timezone string `json:"timezone"` // IANA name the times are given in
	Capacity int    `json:"capacity"` // 0 when the event has none
}

// Totals are the headline counts of the export.
type Totals struct {
	People    int `json:"people"`    // heads, party sizes summed, a re-entry not twice
	Named     int `json:"named"`     // of People, signed in by name (with their party)
	WalkIns   int `json:"walk_ins"`  // of Named, registered at the desk
	Anonymous int `json:"anonymous"` // of People, counted without names
	Entries   int `json:"entries"`   // sign-in lines that count: the records
	Undone    int `json:"undone"`    // sign-in lines taken back, not among the records
	// Conflicts are entries of people signed in at two gates that could
	// not see each other, counted once; absent when none.
	Conflicts int `json:"conflicts,omitempty"`
}

// CategoryRow is the people of one category.
type CategoryRow struct {
	Category string `json:"category"` // "" for anonymous heads and walk-ins without one
	People   int    `json:"people"`
}

// ArrivalRow is the people who arrived in one quarter hour, From included,
// To excluded.
type ArrivalRow struct {
	From  time.Time `json:"from"`
	To    time.Time `json:"to"`
	Count int       `json:"count"`
}

// AttendeeRow is one sign-in that counts.
type AttendeeRow struct {
	Seq        int64      `json:"seq"`
	At         time.Time  `json:"at"` // when the person arrived
	RecordedAt *time.Time `json:"recorded_at"`
	Type       string     `json:"type"` // TypeRoster, TypeWalkIn or TypeAnonymous
	PersonID   string     `json:"person_id"`
	Name       string     `json:"name"`
	Category   string     `json:"category"`
	Group      string     `json:"group"`
	Phone      string     `json:"phone"`
	Party      int        `json:"party"`
	ActID      string     `json:"act_id"`
	Act        string     `json:"act"`
	Reentry    bool       `json:"reentry"`
	Desk       string     `json:"desk"`
	// Gate is the gate that made the entry ("host" for the host), when
	// the event was signed in at several; absent for one.
	Gate string `json:"gate,omitempty"`
}

// The values of AttendeeRow.Type.
const (
	TypeRoster    = "roster"    // someone on roster.csv
	TypeWalkIn    = "walk_in"   // registered at the desk
	TypeAnonymous = "anonymous" // heads counted without a name
)

// New builds the export of the show state show, the roster and the
// attendance att (a folder read from disk), made at now. Undone sign-ins
// are left out of the records and counted in Totals.
func New(show *program.ShowState, roster *checkin.Roster, att *checkin.Attendance, now time.Time) *Document {
	plan := show.Plan
	loc := plan.Location
	tot := att.Totals()
	x := &Document{
		FormatVersion: FormatVersion,
		Event: EventInfo{
			Name: plan.Name, Date: plan.Date, Venue: plan.Venue,
			Timezone: loc.String(), Capacity: plan.Capacity,
		},
		GeneratedAt: now.In(loc).Truncate(time.Second),
		Totals: Totals{
			People: tot.People, Named: tot.Named, WalkIns: tot.WalkIns,
			Anonymous: tot.Anonymous, Entries: tot.Entries, Undone: tot.Undone,
			Conflicts: tot.Conflicts,
		},
		ByCategory: []CategoryRow{},
		Arrivals:   []ArrivalRow{},
		Records:    []AttendeeRow{},
	}
	x.Programme = report.Programme(report.DataOf(show, att), now)
	for _, c := range att.ByCategory() {
		x.ByCategory = append(x.ByCategory, CategoryRow(c))
	}
	for _, q := range report.Quarters(att.Arrivals()) {
		from := q.Start.In(loc)
		x.Arrivals = append(x.Arrivals, ArrivalRow{From: from, To: from.Add(report.Quarter), Count: q.People})
	}
	acts := actTitles(plan, show)
	gates := att.Origins()
	for _, r := range att.Records() {
		if r.Kind != checkin.KindSignIn || att.UndoneIn(r.Origin, r.Seq) {
			continue
		}
		row := attendee(r, roster, acts, loc)
		if len(gates) > 1 {
			row.Gate = checkin.ShownOrigin(r.Origin)
		}
		x.Records = append(x.Records, row)
	}
	if len(gates) > 1 {
		for _, g := range gates {
			x.Gates = append(x.Gates, GateRow{Gate: checkin.ShownOrigin(g.Origin), Entries: g.Entries})
		}
	}
	return x
}

// actTitles maps act IDs to their titles as they were on the day (an act
// edited on the spot has its new title), falling back to the printed ones.
func actTitles(plan *program.Plan, show *program.ShowState) map[string]string {
	m := make(map[string]string, len(plan.Acts))
	for _, a := range plan.Acts {
		m[a.ID] = a.Title
	}
	if show != nil {
		for _, a := range show.Acts {
			m[a.ID] = a.Title
		}
	}
	return m
}

func attendee(r checkin.Record, roster *checkin.Roster, acts map[string]string, loc *time.Location) AttendeeRow {
	row := AttendeeRow{
		Seq: r.Seq, At: r.At.In(loc).Truncate(time.Second),
		PersonID: r.Person, Name: r.Name, Category: r.Category, Group: r.Group,
		Phone: r.Phone, Party: max(r.Party, 1), Reentry: r.Reentry, Desk: r.Desk,
	}
	if r.RecordedAt != nil {
		t := r.RecordedAt.In(loc).Truncate(time.Second)
		row.RecordedAt = &t
	}
	switch {
	case r.Anonymous():
		row.Type = TypeAnonymous
	case r.WalkIn:
		row.Type = TypeWalkIn
	default:
		row.Type = TypeRoster
	}
	// The log keeps a walk-in's phone; a roster person's is in the roster.
	if roster == nil || r.Anonymous() {
		return row
	}
	if p, ok := roster.Person(r.Person); ok {
		if row.Phone == "" {
			row.Phone = p.Phone
		}
		if p.ActID != "" {
			row.ActID, row.Act = p.ActID, acts[p.ActID]
		}
	}
	return row
}
