package main

import (
	"strings"
	"testing"
	"time"

	"eventday/i18n"
	"eventday/program"
)

// fuzzEvent is the event the fuzz targets read times against.
func fuzzEvent(t testing.TB) *program.Plan {
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
	plan := fuzzEvent(f)
	now := time.Date(2026, 11, 30, 10, 0, 0, 0, plan.Location)
	start, end := eventSpan(plan)
	near := func(t, from, to time.Time) bool {
		return !t.Before(from.Add(-nearEvent)) && !t.After(to.Add(nearEvent))
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, problem := parseArrival(s, plan, now)
		if problem != arrivalOK {
			if !got.IsZero() {
				t.Fatalf("%q refused but gave %v", s, got)
			}
			return
		}
		again, problem := parseArrival(got.Format(time.RFC3339Nano), plan, now)
		if problem != arrivalOK || !again.Equal(got) {
			t.Fatalf("%q gave %v, which reads back as %v (%v)", s, got, again, problem)
		}
		if c := hhmmOrDate(got, plan); strings.ContainsFunc(c, func(r rune) bool { return r < ' ' }) {
			t.Fatalf("clock(%v) = %q", got, c)
		}
		if n := len(strings.TrimSpace(s)); n > 0 && n <= 8 && !strings.ContainsAny(s, "-TZ") && !near(got, start, end) && !near(got, now, now) {
			t.Fatalf("clock time %q gave %v, near neither the event nor now", s, got)
		}
	})
}

// FuzzReadPaperSheet: any bytes give rows and problems, never a panic;
// every problem is one line that names the sheet, and every row kept has
// something to sign in.
func FuzzReadPaperSheet(f *testing.F) {
	for _, s := range []string{
		"name\n何阿姨\n",
		"\ufeff姓名,时间,人数\n何阿姨,14:32,\n,14:35,4\n",
		"name,time,party,group,category,phone,note\nA,14:00,2,1号楼,resident,13912345678,x\n",
		"name,party\n,\n,0\n,100\nB,abc\n",
		"nmae\nx\n",
		"name,\"time\nx,\"14:00\n",
		"name\n\x1b[2J\n",
		"\ufeff序号,姓名,楼栋,类别,人数,到场时间,签名\r\n1,何阿姨,,,,,\r\n2,,,,,,\r\n3,王芳,,,,14:00,√\r\n4,沈桂英,,,2,,\r\n",
		"\xb0\xa1,\xb0\xa2\n",
		"",
	} {
		f.Add([]byte(s))
	}
	t := &i18n.For("en").Signin
	f.Fuzz(func(tt *testing.T, data []byte) {
		rows, warnings, errs := readPaperSheet("sheet.csv", data, t)
		for _, e := range append(errs, warnings...) {
			msg := e.Error()
			if strings.ContainsAny(msg, "\n\r") || !strings.HasPrefix(msg, "sheet.csv") {
				tt.Fatalf("problem %q is not one line naming the sheet", msg)
			}
		}
		for _, r := range rows {
			if r.row.Line < 2 {
				tt.Fatalf("row at line %d: the header is line 1 or later", r.row.Line)
			}
			if r.name == "" && r.party == 0 && !r.bad {
				tt.Fatalf("line %d kept with nothing to sign in", r.row.Line)
			}
			if r.absent && (r.name == "" || r.time != "" || r.party != 0 || r.row.Get("signed") != "") {
				tt.Fatalf("line %d counted as not arrived with something filled in", r.row.Line)
			}
			if r.party < 0 || r.party > 99 {
				tt.Fatalf("line %d: party %d", r.row.Line, r.party)
			}
		}
	})
}
