package report

import (
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/inert"
	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/live/livetest"
	"eventday/program"
)

// midShowFolder is the fixed event while the show runs: two sign-ins, the
// first act done, the second on stage and on hold. It returns the folder
// still open, as the Summary tab sees it, and the time to report at.
func midShowFolder(t *testing.T) (string, *live.Event, time.Time) {
	t.Helper()
	dir := livetest.NewFolder(t)
	c := eventtest.NewClock(time.Time{})
	c.SetDay(14, 20, 0)
	event, err := live.Open(dir, live.Options{Now: c.Now, Desk: "west"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { event.Close() })
	steps := []struct {
		h, m, s int
		do      func() error
	}{
		{14, 20, 0, func() error { _, err := event.Anonymous(2); return err }},
		{14, 25, 0, func() error { _, err := event.SignIn(event.Search("何阿姨", 1)[0].Person, false); return err }},
		{14, 30, 0, func() error { _, err := event.Cue(program.Cue{Kind: program.KindGo}); return err }},
		{14, 34, 30, func() error { _, err := event.Cue(program.Cue{Kind: program.KindGo}); return err }},
		{14, 40, 0, func() error { _, err := event.Cue(program.Cue{Kind: program.KindHold}); return err }},
	}
	for _, s := range steps {
		c.SetDay(s.h, s.m, s.s)
		if err := s.do(); err != nil {
			t.Fatal(err)
		}
	}
	c.SetDay(14, 42, 0)
	return dir, event, c.Now()
}

// TestGoldenReport pins the report in the terminal (at 80 and 60 columns)
// and as Markdown, in both languages, for the show over, the show under
// way, and a show that never started.
func TestGoldenReport(t *testing.T) {
	mid, _, midNow := midShowFolder(t)
	cases := []struct {
		name string
		dir  string
		now  time.Time
	}{
		{"played", livetest.PlayedFolder(t), livetest.ReportTime},
		{"running", mid, midNow},
		{"not_started", livetest.NewFolder(t), livetest.ReportTime},
	}
	for _, tc := range cases {
		d := folderData(livetest.Read(t, tc.dir))
		for _, lang := range i18n.Langs {
			t.Run(tc.name+"/"+lang+"/text80", func(t *testing.T) { golden.RequireEqual(t, Text(d, lang, tc.now, 80)) })
			t.Run(tc.name+"/"+lang+"/md", func(t *testing.T) { golden.RequireEqual(t, Markdown(d, lang, tc.now)) })
		}
		t.Run(tc.name+"/zh/text60", func(t *testing.T) { golden.RequireEqual(t, Text(d, "zh", tc.now, 60)) })
	}
}

// TestReportFromEvent: the Summary tab's report of an open event is the
// report of the same folder read from disk.
func TestReportFromEvent(t *testing.T) {
	dir, event, now := midShowFolder(t)
	for _, lang := range i18n.Langs {
		fromEvent, fromDisk := Text(FromEvent(event), lang, now, 80), Text(folderData(livetest.Read(t, dir)), lang, now, 80)
		if fromEvent != fromDisk {
			t.Errorf("%s: the open event's report differs from the folder's:\n%s\n---\n%s", lang, fromEvent, fromDisk)
		}
	}
}

var (
	longDigits = regexp.MustCompile(`[0-9]{7,}`)
	tooWide    = func(s string, w int) (string, bool) {
		for _, l := range strings.Split(s, "\n") {
			if ansi.StringWidth(l) > w {
				return l, true
			}
		}
		return "", false
	}
)

// TestReportSafe: whatever the files hold, the terminal gets no control
// character but the line ends, no line wider than asked, and no phone
// number whole; the Markdown report neither controls nor phone numbers.
func TestReportSafe(t *testing.T) {
	d := folderData(livetest.Read(t, livetest.PlayedFolder(t)))
	for _, lang := range i18n.Langs {
		for _, w := range []int{24, 40, 60, 80, 100, 160} {
			out := Text(d, lang, livetest.ReportTime, w)
			if l, bad := tooWide(out, w); bad {
				t.Errorf("%s width %d: line %q is %d cells", lang, w, l, ansi.StringWidth(l))
			}
			checkSafe(t, lang, out)
		}
		checkSafe(t, lang+" md", Markdown(d, lang, livetest.ReportTime))
	}
}

func checkSafe(t *testing.T, what, out string) {
	t.Helper()
	for _, r := range out {
		if r != '\n' && inert.Dangerous(r) {
			t.Errorf("%s: the report holds %U", what, r)
		}
	}
	if m := longDigits.FindString(out); m != "" {
		t.Errorf("%s: the report shows %s whole", what, m)
	}
	if !strings.Contains(out, "138****5678") && !strings.Contains(out, `138\*\*\*\*5678`) {
		t.Errorf("%s: the note's phone number is not shown masked", what)
	}
	if !strings.Contains(out, "2026-05-01") {
		t.Errorf("%s: the date was taken for a phone number", what)
	}
}

func TestMasked(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"音响师 13812345678", "音响师 138****5678"},
		{"call 138 1234 5678 now", "call 138****5678 now"},
		{"138-1234-5678", "138****5678"},
		{"+86 138 1234 5678", "138****5678"},
		{"+852 9123 4567", "+852****4567"},
		{"１３８１２３４５６７８", "138****5678"},
		{"2026-05-01 at 14:30", "2026-05-01 at 14:30"},
		{"3 号楼 12 人", "3 号楼 12 人"},
		{"1234567890123456789", "123************6789"},
	} {
		if got := checkin.MaskPhones(tc.in); got != tc.want {
			t.Errorf("checkin.MaskPhones(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestQuarters(t *testing.T) {
	at := func(h, m int) time.Time { return time.Date(2026, 5, 1, h, m, 0, 0, eventtest.Shanghai) }
	got := Quarters([]checkin.Arrival{{Start: at(14, 0), People: 3}, {Start: at(14, 45), People: 2}})
	want := []checkin.Arrival{{Start: at(14, 0), People: 3}, {Start: at(14, 15)}, {Start: at(14, 30)}, {Start: at(14, 45), People: 2}}
	if len(got) != len(want) {
		t.Fatalf("got %d quarters, want %d", len(got), len(want))
	}
	for i := range want {
		if !got[i].Start.Equal(want[i].Start) || got[i].People != want[i].People {
			t.Errorf("quarter %d: %v %d, want %v %d", i, got[i].Start, got[i].People, want[i].Start, want[i].People)
		}
	}
	// A stray test sign-in a week before: no week of empty rows.
	far := []checkin.Arrival{{Start: at(14, 0).AddDate(0, 0, -7), People: 1}, {Start: at(14, 0), People: 3}}
	if got := Quarters(far); len(got) != 2 {
		t.Errorf("a week apart: %d quarters, want the 2 with arrivals", len(got))
	}
}

func TestLengthsAndLateness(t *testing.T) {
	tr := &i18n.For("en").Report
	for d, want := range map[time.Duration]string{0: "0:00", 40 * time.Second: "0:40", 5*time.Minute + 40*time.Second: "5:40", time.Hour + 13*time.Minute + 5*time.Second: "1:13:05", -70 * time.Second: "1:10"} {
		if got := Length(d); got != want {
			t.Errorf("Length(%v) = %q, want %q", d, got, want)
		}
	}
	for d, want := range map[time.Duration]string{40 * time.Second: "+0:40", -70 * time.Second: "-1:10", 0: "±0:00"} {
		if got := Signed(d); got != want {
			t.Errorf("Signed(%v) = %q, want %q", d, got, want)
		}
	}
	for d, want := range map[time.Duration]string{29 * time.Second: "on time", -29 * time.Second: "on time", 30 * time.Second: "1 min late", 2 * time.Minute: "2 min late", -3 * time.Minute: "3 min early"} {
		if got := lateness(tr, d); got != want {
			t.Errorf("lateness(%v) = %q, want %q", d, got, want)
		}
	}
}

// FuzzText: any name, title or note gives a report with no control
// character, no line wider than the terminal, and no long run of digits.
func FuzzText(f *testing.F) {
	f.Add("何阿姨", "扇子舞《茉莉花》", "麦克风 13812345678", 80)
	f.Add("\x1b[2J", "\u202eevil", "a\nb\rc", 30)
	f.Add("=1+1", "|*_`#", "１３８１２３４５６７８", 1)
	f.Fuzz(func(t *testing.T, category, title, note string, width int) {
		width = 20 + (width%200+200)%200
		plan := &program.Plan{Name: title, Date: "2026-05-01", Venue: category, Start: "14:30", Location: eventtest.Shanghai,
			Acts: []program.Act{{ID: "a", Title: title, Duration: 5 * time.Minute}, {ID: "b", Title: category, Duration: time.Minute}}}
		show := program.NewShow(plan)
		at := time.Date(2026, 5, 1, 14, 31, 0, 0, eventtest.Shanghai)
		for i, c := range []program.Cue{{Kind: program.KindGo}, {Kind: program.KindNote, Text: note}, {Kind: program.KindGo}} {
			c.Seq, c.At = i+1, at.Add(time.Duration(i)*time.Minute)
			show.Apply(c) // a note the show refuses (empty, too long) is simply not there
		}
		d := Data{Plan: plan, Show: show.State(), Totals: checkin.Totals{People: 3},
			ByCategory: []checkin.CategoryCount{{Category: category, People: 3}},
			Arrivals:   []checkin.Arrival{{Start: at, People: 3}}}
		for _, out := range []string{Text(d, "zh", at.Add(time.Hour), width), Markdown(d, "en", at.Add(time.Hour))} {
			for _, r := range out {
				if r != '\n' && inert.Dangerous(r) {
					t.Fatalf("report holds %U", r)
				}
			}
			if m := longDigits.FindString(out); m != "" {
				t.Fatalf("report shows %s whole", m)
			}
		}
		if l, bad := tooWide(Text(d, "en", at.Add(time.Hour), width), width); bad {
			t.Fatalf("line %q wider than %d", l, width)
		}
	})
}

// TestGoldenReportGates pins the report of an event signed in at two
// gates (livetest.GatesFolder): 何阿姨, signed in at both, is counted once,
// by east's earlier entry, and listed as signed in twice; each gate's
// entries are listed.
func TestGoldenReportGates(t *testing.T) {
	d := folderData(livetest.Read(t, livetest.GatesFolder(t)))
	now := livetest.GatesTime
	for _, lang := range i18n.Langs {
		t.Run(lang+"/text80", func(t *testing.T) { golden.RequireEqual(t, Text(d, lang, now, 80)) })
		t.Run(lang+"/md", func(t *testing.T) { golden.RequireEqual(t, Markdown(d, lang, now)) })
	}
}
