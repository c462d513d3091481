// Package program holds the running order of the show: the plan (what
// event.yaml or an act spreadsheet says), the cues of the cue log, and the
// show, their fold, whose snapshot the views read (ShowState). It knows
// nothing of terminals or files beyond the loaders; time always comes from
// the caller.
package program

import (
	"time"

	"eventday/input"
)

// Plan is what event.yaml (or an act spreadsheet) says: the event's details
// and its acts as printed.
type Plan struct {
	Name      string
	Date      string // YYYY-MM-DD
	Venue     string
	Start     string // HH:MM, planned start of the first act
	Timezone  string // IANA name; empty means the machine's local zone
	Capacity  int    // 0 when the event has none
	CallAhead time.Duration
	Acts      []Act

	// Location is Timezone resolved; never nil after loading.
	Location *time.Location

	// Warnings are what loading passed over without refusing the files:
	// columns of the act spreadsheet that eventday does not use.
	Warnings input.Errors

	// ActsFile is the act spreadsheet acts_csv names, relative to the event
	// folder; empty when the acts are listed in event.yaml.
	ActsFile string
}

// Act is one item of the programme.
type Act struct {
	ID         string // from the file, or the title when the file gives none
	Title      string
	Performers string
	Duration   time.Duration
	Intro      string // the MC's lines
	Notes      string // props, microphones, music track
	Contact    string
}

// PlannedStart is event.date at event.start in the event's time zone.
func (p *Plan) PlannedStart() time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04", p.Date+" "+p.Start, p.Location)
	if err != nil {
		return time.Time{}
	}
	return t
}

// IsEventDay reports whether t falls on event.date in the event's zone.
func (p *Plan) IsEventDay(t time.Time) bool {
	return t.In(p.Location).Format("2006-01-02") == p.Date
}
