package checkin

import (
	"strings"
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
		prob ArrivalProblem
	}{
		{"afternoon, during it", afternoon, at(1, 15, 0), "14:32", at(1, 14, 32), ArrivalOK},
		{"afternoon, typed in later", afternoon, later, "14:32", at(1, 14, 32), ArrivalOK},
		{"afternoon, early volunteers", afternoon, later, "09:00", at(1, 9, 0), ArrivalOK},
		{"afternoon, after midnight", afternoon, later, "00:10", time.Time{}, ArrivalNeedsDate},
		{"afternoon, the party goes on", afternoon, at(1, 22, 30), "22:00", at(1, 22, 0), ArrivalOK},
		{"afternoon, near now weeks later", afternoon, later, "08:00", time.Time{}, ArrivalNeedsDate},
		{"afternoon, after midnight, dated", afternoon, later, "2026-05-02 00:10", at(2, 0, 10), ArrivalOK},
		{"afternoon, full-width", afternoon, later, "１４：３２", at(1, 14, 32), ArrivalOK},
		{"evening, after midnight, that night", evening, at(2, 0, 30), "00:10", at(2, 0, 10), ArrivalOK},
		{"evening, after midnight, typed in later", evening, later, "00:10", at(2, 0, 10), ArrivalOK},
		{"evening, before the start", evening, later, "18:45", at(1, 18, 45), ArrivalOK},
		{"evening, the morning before", evening, later, "08:00", time.Time{}, ArrivalNeedsDate},
		{"evening, in the future", evening, at(1, 20, 0), "23:50", at(1, 23, 50), ArrivalOK}, // refused by the caller as in the future
		{"all day, early hours, during it", allDay, at(1, 23, 0), "03:00", at(1, 3, 0), ArrivalOK},
		{"all day, early hours, after it", allDay, later, "03:00", time.Time{}, ArrivalNeedsDate},
		{"a rehearsal weeks before", afternoon, at(1, 0, 0).AddDate(0, 0, -10).Add(15 * time.Hour), "14:05", at(1, 14, 5).AddDate(0, 0, -10), ArrivalOK},
		{"far from the event and from now", afternoon, later, "03:00", time.Time{}, ArrivalNeedsDate},
		{"not a time", afternoon, later, "下午两点", time.Time{}, ArrivalBad},
		{"no hour 24", afternoon, later, "24:00", time.Time{}, ArrivalBad},
		{"before 1970", afternoon, later, "1969-12-31 23:00", time.Time{}, ArrivalBad},
		{"RFC 3339", afternoon, later, "2026-05-01T06:32:00Z", at(1, 14, 32), ArrivalOK},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, prob := ParseArrival(tc.in, tc.plan, tc.now)
			if prob != tc.prob || !got.Equal(tc.want) {
				t.Errorf("ParseArrival(%q) = %v, %v; want %v, %v", tc.in, got, prob, tc.want, tc.prob)
			}
		})
	}
}

// fuzzPlan is the plan the fuzz target reads times against.
func fuzzPlan(t testing.TB) *program.Plan {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	return &program.Plan{Name: "fuzz", Date: "2020-05-01", Start: "14:30", Location: loc}
}

// FuzzParseArrival: any text either is refused or gives a time that reads
// back as the same instant, and a bare clock time falls near the event or
// near now.
func FuzzParseArrival(f *testing.F) {
	for _, s := range []string{"14:32", "9:05", "14:32:10", "１４：３２", "00:10", "2020-05-01 14:32", "2020-05-01T14:32:00+08:00",
		"2020-05-01T06:32:00Z", "24:00", "14:60", "", " ", "14", "下午两点", "2020-13-01 10:00", "\x1b[2J"} {
		f.Add(s)
	}
	plan := fuzzPlan(f)
	now := time.Date(2026, 11, 30, 10, 0, 0, 0, plan.Location)
	start, end := eventSpan(plan)
	near := func(t, from, to time.Time) bool {
		return !t.Before(from.Add(-NearEvent)) && !t.After(to.Add(NearEvent))
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, problem := ParseArrival(s, plan, now)
		if problem != ArrivalOK {
			if !got.IsZero() {
				t.Fatalf("%q refused but gave %v", s, got)
			}
			return
		}
		again, problem := ParseArrival(got.Format(time.RFC3339Nano), plan, now)
		if problem != ArrivalOK || !again.Equal(got) {
			t.Fatalf("%q gave %v, which reads back as %v (%v)", s, got, again, problem)
		}
		if c := When(got, plan); strings.ContainsFunc(c, func(r rune) bool { return r < ' ' }) {
			t.Fatalf("clock(%v) = %q", got, c)
		}
		if n := len(strings.TrimSpace(s)); n > 0 && n <= 8 && !strings.ContainsAny(s, "-TZ") && !near(got, start, end) && !near(got, now, now) {
			t.Fatalf("clock time %q gave %v, near neither the event nor now", s, got)
		}
	})
}
