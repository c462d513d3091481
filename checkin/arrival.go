package checkin

import (
	"slices"
	"strings"
	"time"

	"golang.org/x/text/width"

	"eventday/program"
)

// ArrivalProblem is why a written arrival time was not taken.
type ArrivalProblem int

const (
	// ArrivalOK: the time is read.
	ArrivalOK ArrivalProblem = iota
	// ArrivalBad: not a time at all.
	ArrivalBad
	// ArrivalNeedsDate: a time of day that is not near the event nor near
	// now (or near both on two different days), so which day is meant is
	// a guess; the full date is asked for instead.
	ArrivalNeedsDate
)

// NearEvent is how far before the event's start or after its planned end,
// or from now, a time of day may be and still be read without a date: the
// volunteers come hours early, the party goes on after the last act, and a
// paper sheet is typed in during the evening after.
const NearEvent = 6 * time.Hour

// ParseArrival reads when someone arrived, as a volunteer copying a paper
// sheet writes it: a time of day, "14:32" (or "9:05", "14:32:10"); a date
// and time, "2026-05-01 14:32", in the event's zone; or a full RFC 3339 time
// with its offset. Full-width digits and colons, which a Chinese input
// method types, count as their ASCII twins.
//
// A time of day is placed on the day that puts it near the event (from
// NearEvent before its start to NearEvent after its planned end): "00:10"
// at an evening event is the night after its date, not the morning before.
// Until the day after the event it may also be near now (a rehearsal days
// before, the party going on late). A time near neither, or near them on
// two days that have both passed, needs its date.
//
// A time before 1970 is refused: a slip of the finger (and, before time
// zones were standard, one with an offset that RFC 3339 cannot write).
func ParseArrival(s string, plan *program.Plan, now time.Time) (time.Time, ArrivalProblem) {
	t, problem := parseAnyArrival(s, plan, now)
	if problem == ArrivalOK && t.Year() < 1970 {
		return time.Time{}, ArrivalBad
	}
	return t, problem
}

func parseAnyArrival(s string, plan *program.Plan, now time.Time) (time.Time, ArrivalProblem) {
	s = strings.TrimSpace(width.Narrow.String(s))
	if s == "" || len(s) > 64 {
		return time.Time{}, ArrivalBad
	}
	loc := plan.Location
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(loc), ArrivalOK
	}
	for _, layout := range []string{"2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, ArrivalOK
		}
	}
	for _, layout := range []string{"15:04", "15:04:05"} {
		if day, err := time.Parse(layout, s); err == nil {
			return placeTimeOfDay(day, plan, now)
		}
	}
	return time.Time{}, ArrivalBad
}

// placeTimeOfDay puts a time of day (tod, on no date) on the day it means,
// as ParseArrival says.
func placeTimeOfDay(tod time.Time, plan *program.Plan, now time.Time) (time.Time, ArrivalProblem) {
	loc := plan.Location
	type window struct{ day, from, to time.Time }
	var windows []window
	start, end := eventSpan(plan)
	if !start.IsZero() {
		windows = append(windows, window{start, start.Add(-NearEvent), end.Add(NearEvent)})
	}
	if start.IsZero() || now.Before(end.Add(24*time.Hour)) {
		// Before the event (a rehearsal), during it and on the night
		// after, now is as good a guide; days later it is not: the sheet
		// being typed in is the event's.
		windows = append(windows, window{now, now.Add(-NearEvent), now.Add(NearEvent)})
	}
	var found []time.Time
	for _, w := range windows {
		y, m, d := w.day.In(loc).Date()
		for offset := -1; offset <= 1; offset++ {
			t := time.Date(y, m, d+offset, tod.Hour(), tod.Minute(), tod.Second(), 0, loc)
			if !t.Before(w.from) && !t.After(w.to) && !slices.ContainsFunc(found, t.Equal) {
				found = append(found, t)
			}
		}
	}
	if len(found) > 1 {
		// Of two days, one still to come cannot be meant.
		found = slices.DeleteFunc(found, func(t time.Time) bool { return t.After(now) })
	}
	if len(found) != 1 {
		return time.Time{}, ArrivalNeedsDate
	}
	return found[0], ArrivalOK
}

// eventSpan is when the event is planned to run: from event.start on its
// date to the end of the last act; zero when event.yaml gives no start.
func eventSpan(plan *program.Plan) (start, end time.Time) {
	start = plan.PlannedStart()
	end = start
	for _, a := range plan.Acts {
		end = end.Add(a.Duration)
	}
	return start, end
}

// EventTime shows when the event runs, for a message: "2026-05-01
// 19:30–21:05" (the end's date too when it is on the next day).
func EventTime(plan *program.Plan) string {
	start, end := eventSpan(plan)
	loc := plan.Location
	to := end.In(loc).Format("15:04")
	if end.In(loc).Format("2006-01-02") != plan.Date {
		to = end.In(loc).Format("2006-01-02 15:04")
	}
	return start.In(loc).Format("2006-01-02 15:04") + "–" + to
}

// WithDate writes a time of day with the event's date before it, as an
// example of what ParseArrival takes when it asks for the date.
func WithDate(tod string, plan *program.Plan) string {
	return plan.Date + " " + strings.TrimSpace(width.Narrow.String(tod))
}

// When shows a time for a line of output (an arrival, a line of a log):
// HH:MM on the event's date, the date as well on any other day.
func When(t time.Time, plan *program.Plan) string {
	if plan.IsEventDay(t) {
		return t.In(plan.Location).Format("15:04")
	}
	return t.In(plan.Location).Format("2006-01-02 15:04")
}
