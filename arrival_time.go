package main

import (
	"strings"
	"time"

	"golang.org/x/text/width"

	"eventday/program"
)

// parseArrival reads when someone arrived, as a volunteer copying a paper
// sheet writes it: "14:32" (or "9:05", "14:32:10") on the event's date in
// the event's zone, "2026-05-01 14:32" in the event's zone, or a full RFC
// 3339 time with its offset. Full-width digits and colons, which a Chinese
// input method types, count as their ASCII twins. It reports false for
// anything else, and for a time before 1970, which is a slip of the finger
// (and, before time zones were standard, has an offset that RFC 3339 cannot
// write).
func parseArrival(s string, ev *program.Event) (time.Time, bool) {
	t, ok := parseAnyArrival(s, ev)
	if !ok || t.Year() < 1970 {
		return time.Time{}, false
	}
	return t, true
}

func parseAnyArrival(s string, ev *program.Event) (time.Time, bool) {
	s = strings.TrimSpace(width.Narrow.String(s))
	if s == "" || len(s) > 64 {
		return time.Time{}, false
	}
	loc := zone(ev)
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(loc), true
	}
	for _, layout := range []string{"2006-01-02 15:04", "2006-01-02 15:04:05", "2006-01-02T15:04", "2006-01-02T15:04:05"} {
		if t, err := time.ParseInLocation(layout, s, loc); err == nil {
			return t, true
		}
	}
	for _, layout := range []string{"15:04", "15:04:05"} {
		if t, err := time.ParseInLocation("2006-01-02 "+layout, ev.Date+" "+s, loc); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}

// clock shows an arrival time for a line of output: HH:MM on the event's
// date, the date as well on any other day.
func clock(t time.Time, ev *program.Event) string {
	if ev.IsEventDay(t) {
		return t.In(zone(ev)).Format("15:04")
	}
	return t.In(zone(ev)).Format("2006-01-02 15:04")
}

// zone is the event's time zone; the machine's when the event has none.
func zone(ev *program.Event) *time.Location {
	if ev.Location == nil {
		return time.Local
	}
	return ev.Location
}
