package main

import (
	"testing"
	"time"

	"eventday/program"
)

// TestParseArrival: a time of day goes on the day that puts it near the
// event, or else near now; near neither, or near the event on two days, it
// asks for the date. A date and time is taken as written.
func TestParseArrival(t *testing.T) {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	at := func(day, h, m int) time.Time { return time.Date(2026, 5, day, h, m, 0, 0, loc) }
	acts := func(d time.Duration) []program.Act { return []program.Act{{Title: "a", Duration: d}} }
	afternoon := &program.Plan{Date: "2026-05-01", Start: "14:30", Location: loc, Acts: acts(65 * time.Minute)}
	evening := &program.Plan{Date: "2026-05-01", Start: "19:30", Location: loc, Acts: acts(2 * time.Hour)}
	allDay := &program.Plan{Date: "2026-05-01", Start: "08:00", Location: loc, Acts: acts(14 * time.Hour)}
	later := at(20, 10, 0) // typing a sheet in weeks after the event
	for _, tc := range []struct {
		name string
		plan *program.Plan
		now  time.Time
		in   string
		want time.Time
		prob arrivalProblem
	}{
		{"afternoon, during it", afternoon, at(1, 15, 0), "14:32", at(1, 14, 32), arrivalOK},
		{"afternoon, typed in later", afternoon, later, "14:32", at(1, 14, 32), arrivalOK},
		{"afternoon, early volunteers", afternoon, later, "09:00", at(1, 9, 0), arrivalOK},
		{"afternoon, after midnight", afternoon, later, "00:10", time.Time{}, arrivalNeedsDate},
		{"afternoon, the party goes on", afternoon, at(1, 22, 30), "22:00", at(1, 22, 0), arrivalOK},
		{"afternoon, near now weeks later", afternoon, later, "08:00", time.Time{}, arrivalNeedsDate},
		{"afternoon, after midnight, dated", afternoon, later, "2026-05-02 00:10", at(2, 0, 10), arrivalOK},
		{"afternoon, full-width", afternoon, later, "１４：３２", at(1, 14, 32), arrivalOK},
		{"evening, after midnight, that night", evening, at(2, 0, 30), "00:10", at(2, 0, 10), arrivalOK},
		{"evening, after midnight, typed in later", evening, later, "00:10", at(2, 0, 10), arrivalOK},
		{"evening, before the start", evening, later, "18:45", at(1, 18, 45), arrivalOK},
		{"evening, the morning before", evening, later, "08:00", time.Time{}, arrivalNeedsDate},
		{"evening, in the future", evening, at(1, 20, 0), "23:50", at(1, 23, 50), arrivalOK}, // refused by the caller as in the future
		{"all day, early hours, during it", allDay, at(1, 23, 0), "03:00", at(1, 3, 0), arrivalOK},
		{"all day, early hours, after it", allDay, later, "03:00", time.Time{}, arrivalNeedsDate},
		{"a rehearsal weeks before", afternoon, at(1, 0, 0).AddDate(0, 0, -10).Add(15 * time.Hour), "14:05", at(1, 14, 5).AddDate(0, 0, -10), arrivalOK},
		{"far from the event and from now", afternoon, later, "03:00", time.Time{}, arrivalNeedsDate},
		{"not a time", afternoon, later, "下午两点", time.Time{}, arrivalBad},
		{"no hour 24", afternoon, later, "24:00", time.Time{}, arrivalBad},
		{"before 1970", afternoon, later, "1969-12-31 23:00", time.Time{}, arrivalBad},
		{"RFC 3339", afternoon, later, "2026-05-01T06:32:00Z", at(1, 14, 32), arrivalOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, prob := parseArrival(tc.in, tc.plan, tc.now)
			if prob != tc.prob || !got.Equal(tc.want) {
				t.Errorf("parseArrival(%q) = %v, %v; want %v, %v", tc.in, got, prob, tc.want, tc.prob)
			}
		})
	}
}
