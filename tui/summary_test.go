package tui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/exp/golden"

	"eventday/checkin"
	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/program"
)

// summaryRoster is who the Summary's event expects: two performers and a
// volunteer.
const summaryRoster = "name,category,group,phone,act,note\n" +
	"赵师傅,performer,太极拳队,,taichi,\n" +
	"何阿姨,performer,何阿姨舞蹈队,,fan,\n" +
	"王芳,volunteer,居委会,,,\n"

// summaryOwner is the Summary's event on the real owner: live.Event on a
// folder of its own, with the clock the test moves.
type summaryOwner struct {
	event *live.Event
	clock *eventtest.Clock
}

// at puts the clock at hh:mm:ss on the day of the show.
func (o *summaryOwner) at(hh, mm, ss int) {
	o.clock.Set(time.Date(2025, 5, 1, hh, mm, ss, 0, o.event.Plan().Location))
}

// summaryShow is liveShow's running order with a few people signed in
// over the afternoon, played on the real owner: people come from 13:31,
// the choir goes on at 14:01, the fan dance at 14:06:30 and the sketch at
// 14:12:30 (tai chi called, the song skipped, a note), and the clock
// stands at 14:17:30.
func summaryShow(t testing.TB) *summaryOwner {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string]string{"event.yaml": mayDayYAML, "roster.csv": summaryRoster} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	o := &summaryOwner{clock: eventtest.NewClock(time.Time{})}
	event, err := live.Open(dir, live.Options{Desk: "gate", Now: o.clock.Now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { event.Close() })
	o.event = event
	must := func(_ any, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	named := func(name string) *checkin.Person { return event.Named(name)[0] }
	o.at(13, 31, 0)
	must(event.SignIn(named("王芳"), false))
	o.at(13, 38, 0)
	must(event.Anonymous(3))
	o.at(13, 47, 0)
	must(event.SignIn(named("何阿姨"), false))
	o.at(14, 1, 0)
	must(event.Cue(program.Cue{Kind: program.KindGo}))
	o.at(14, 5, 0)
	must(event.Anonymous(4))
	o.at(14, 6, 30)
	must(event.Cue(program.Cue{Kind: program.KindGo}))
	o.at(14, 12, 30)
	must(event.Cue(program.Cue{Kind: program.KindGo}))
	must(event.Cue(program.Cue{Kind: program.KindCalled, Act: "taichi"}))
	must(event.Cue(program.Cue{Kind: program.KindSkip, Act: "song"}))
	o.at(14, 14, 30)
	must(event.Cue(program.Cue{Kind: program.KindNote, Text: "音响右声道没声音，已换线"}))
	o.at(14, 17, 30)
	return o
}

// summaryHarness builds the app on o with the Summary tab shown.
func summaryHarness(t testing.TB, o *summaryOwner, export func() ([]string, error), lang string, w, h int) *harness {
	t.Helper()
	hs := newHarnessOn(t, o.event, nil, Options{Lang: lang, Export: export}, w, h)
	hs.press("tab", "tab")
	return hs
}

// summary is the Summary view inside the app.
func (h *harness) summary() *summary { return h.a.views[2].(*summary) }

// TestSummaryGolden pins the Summary at 80x24 in both languages: the top of
// the report and where in it the screen is.
func TestSummaryGolden(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		t.Run(fmt.Sprintf("80x24_%s", lang), func(t *testing.T) {
			h := summaryHarness(t, summaryShow(t), nil, lang, 80, 24)
			screen := h.view()
			checkFits(t, screen, 80, 24)
			golden.RequireEqual(t, screen)
		})
	}
}

func TestSummaryShowsTheReportLive(t *testing.T) {
	b := summaryShow(t)
	h := summaryHarness(t, b, nil, "en", 80, 24)
	mustContain(t, h.view(), "[Summary]", "as of 14:17:30", "People", "lines 1–")
	people := func() string {
		for _, l := range h.summary().lines {
			if f := strings.Fields(l); len(f) == 2 && f[0] == "People" {
				return f[1]
			}
		}
		return ""
	}
	if got := people(); got != "9" {
		t.Fatalf("the report counts %q people, want the 9 signed in:\n%s", got, strings.Join(h.summary().lines, "\n"))
	}
	before := strings.Join(h.summary().lines, "\n")
	// Someone signs in at the desk: the report counts them at once.
	if _, err := b.event.AnonymousAt(5, time.Date(2025, 5, 1, 14, 17, 0, 0, b.event.Plan().Location)); err != nil {
		t.Fatal(err)
	}
	h.send(changedMsg{})
	h.view()
	after := strings.Join(h.summary().lines, "\n")
	if before == after {
		t.Fatal("the report did not change after a sign-in")
	}
	if got := people(); got != "14" {
		t.Errorf("the report counts %q people after five more, want 14:\n%s", got, after)
	}
	// A GO on the Stage shows in the programme as it ran.
	b.clock.Add(5 * time.Second)
	if _, err := b.event.Cue(program.Cue{Kind: program.KindGo}); err != nil {
		t.Fatal(err)
	}
	h.send(changedMsg{})
	h.press("G")
	mustContain(t, h.view(), "太极拳表演")
}

func TestSummaryScrolls(t *testing.T) {
	h := summaryHarness(t, summaryShow(t), nil, "en", 80, 24)
	s := h.summary()
	h.view()
	n := len(s.lines)
	rows := 21 - 1 // the body less the line that says where the screen is
	if n <= rows {
		t.Fatalf("the report has %d lines: too short to test scrolling", n)
	}
	first := s.lines[0]
	mustContain(t, h.view(), first, fmt.Sprintf("lines 1–%d of %d", rows, n))
	h.press("down")
	if s.off != 1 {
		t.Fatalf("↓: offset %d, want 1", s.off)
	}
	h.press("j", "up", "k")
	if s.off != 0 {
		t.Fatalf("j ↑ k: offset %d, want 0", s.off)
	}
	h.press("up")
	if s.off != 0 {
		t.Fatalf("↑ at the top: offset %d", s.off)
	}
	h.send(tea.KeyPressMsg{Code: tea.KeyPgDown})
	if want := min(rows-1, n-rows); s.off != want {
		t.Fatalf("pgdn: offset %d, want %d", s.off, want)
	}
	h.press("G")
	if s.off != n-rows {
		t.Fatalf("G: offset %d, want %d", s.off, n-rows)
	}
	screen := h.view()
	mustContain(t, screen, s.lines[n-1], fmt.Sprintf("lines %d–%d of %d", n-rows+1, n, n))
	checkFits(t, screen, 80, 24)
	h.send(tea.KeyPressMsg{Code: tea.KeyPgDown})
	if s.off != n-rows {
		t.Fatalf("pgdn at the end: offset %d", s.off)
	}
	h.send(tea.KeyPressMsg{Code: tea.KeyHome})
	if s.off != 0 {
		t.Fatalf("home: offset %d", s.off)
	}
	// On a screen tall enough for all of it, nothing scrolls and the scroll
	// keys leave the help bar.
	h.send(tea.WindowSizeMsg{Width: 80, Height: n + 3})
	mustContain(t, h.view(), s.lines[n-1])
	if strings.Contains(h.view(), "lines 1–") || strings.Contains(h.view(), "scroll down") {
		t.Errorf("a report that fits says where it is scrolled to:\n%s", h.view())
	}
	h.press("down")
	if s.off != 0 {
		t.Fatalf("↓ on a report that fits: offset %d", s.off)
	}
}

func TestSummaryResizeDrawsForTheWidth(t *testing.T) {
	h := summaryHarness(t, summaryShow(t), nil, "zh", 120, 40)
	for _, size := range []struct{ w, h int }{{120, 40}, {80, 24}, {60, 20}, {40, 10}, {200, 60}} {
		h.send(tea.WindowSizeMsg{Width: size.w, Height: size.h})
		screen := h.view()
		checkFits(t, screen, size.w, size.h)
		for _, l := range h.summary().lines {
			if width(l) > size.w {
				t.Errorf("%dx%d: report line wider than the screen: %q", size.w, size.h, l)
			}
		}
	}
}

func TestSummaryExport(t *testing.T) {
	var calls int
	export := func() ([]string, error) {
		calls++
		return []string{"/srv/export/attendance.json", "/srv/export/attendance.csv", "/srv/export/attendance.xlsx"}, nil
	}
	h := summaryHarness(t, summaryShow(t), export, "en", 80, 24)
	mustContain(t, h.view(), "x export files")
	h.press("x")
	if calls != 1 {
		t.Fatalf("x called the export %d times", calls)
	}
	mustContain(t, h.view(), "Exported to /srv/export: attendance.json, attendance.csv, attendance.xlsx")
	if !h.summary().exports.idle() {
		t.Error("still exporting after the answer")
	}

	// A long folder at 80 columns: the names are said once, and the folder
	// gives way in its middle, its start and its end kept.
	long := "/home/volunteer/Documents/community-centre/2025/may-day-variety-show/export"
	export = func() ([]string, error) {
		return []string{long + "/attendance.json", long + "/attendance.csv", long + "/attendance.xlsx"}, nil
	}
	h = summaryHarness(t, summaryShow(t), export, "zh", 80, 24)
	h.press("x")
	screen := h.view()
	mustContain(t, screen, "已导出到 /home/…/may-day-variety-show/export：attendance.json/.csv/.xlsx")
	checkFits(t, screen, 80, 24)
	// On a wider screen the whole folder is said.
	h.send(tea.WindowSizeMsg{Width: 160, Height: 24})
	mustContain(t, h.view(), "已导出到 "+long+"：attendance.json")
}

func TestSummaryExportFails(t *testing.T) {
	export := func() ([]string, error) {
		return nil, errors.New("write export/attendance.csv: permission denied")
	}
	h := summaryHarness(t, summaryShow(t), export, "en", 80, 24)
	h.press("x")
	mustContain(t, h.view(), "Export failed: write export/attendance.csv: permission denied")
	// x works again after a failure.
	if !h.summary().keys.Export.Enabled() {
		t.Error("x stays disabled after a failed export")
	}
}

func TestSummaryWithoutExport(t *testing.T) {
	h := summaryHarness(t, summaryShow(t), nil, "en", 80, 24)
	if strings.Contains(h.view(), "export files") {
		t.Error("help offers x without an export")
	}
	h.press("x")
	mustContain(t, h.view(), "Export is not available here.")
}

// TestSummaryExportAnswerAfterLeaving: the export's answer reaches the
// Summary even when the user has switched tabs while it was written.
func TestSummaryExportAnswerAfterLeaving(t *testing.T) {
	var calls int
	h := summaryHarness(t, summaryShow(t), func() ([]string, error) {
		calls++
		return []string{"/e/export/attendance.json"}, nil
	}, "en", 80, 24)
	s := h.summary()
	h.holdCommands()
	h.press("x")
	if s.exports.idle() || len(h.held) != 1 {
		t.Fatalf("x did not start an export (%d commands held)", len(h.held))
	}
	h.press("tab") // to the Stage
	h.deliverAll()
	if calls != 1 || !s.exports.idle() {
		t.Fatalf("the answer was lost on the Stage tab: %d exports, idle %v", calls, s.exports.idle())
	}
	h.press("tab", "tab")
	mustContain(t, h.view(), "Exported to /e/export: attendance.json")
}

func TestTabCyclesThroughTheThreeViews(t *testing.T) {
	h := newHarness(t, liveShow(t), "en", 80, 24)
	for _, want := range []string{"[Desk]", "[Summary]", "[Stage]"} {
		h.press("tab")
		mustContain(t, h.view(), want)
	}
	h.press("shift+tab")
	mustContain(t, h.view(), "[Summary]")
}

func TestCutMiddle(t *testing.T) {
	for _, c := range []struct {
		in   string
		w    int
		want string
	}{
		{"/srv/export", 20, "/srv/export"},
		{"/srv/export", 8, "/sr…port"},
		{"/home/volunteer/Documents/mayday/export", 30, "/home/…ments/mayday/export"},
		{"/活动/五一/export", 12, "/活…/export"},
		{`C:\Users\何阿姨\Documents\五一汇演\export`, 30, `C:\Users\…nts\五一汇演\export`},
		{"/srv/export", 1, "…"},
		{"/srv/export", 0, "…"},
	} {
		got := cutMiddle(c.in, c.w)
		if got != c.want || width(got) > max(c.w, 1) {
			t.Errorf("cutMiddle(%q, %d) = %q, want %q", c.in, c.w, got, c.want)
		}
	}
}

// BenchmarkSummary measures the Summary at 120x40 after 100 and 100,000
// sign-ins: "frame" draws the screen with the report already built;
// "redraw" builds the report again, as after a change or a tick while the
// tab is shown (at most once a second, and never while it is hidden).
func BenchmarkSummary(b *testing.B) {
	for _, n := range []int{100, 100000} {
		df := bigDesk(b, n)
		h := deskHarness(b, df, "zh", 120, 40)
		h.press("tab")
		h.a.mode = colourFull
		h.a.restyle()
		s := h.a.views[2].(*summary)
		b.Run(fmt.Sprintf("signins=%d/frame", n), func(b *testing.B) {
			for range b.N {
				_ = h.a.View()
			}
		})
		b.Run(fmt.Sprintf("signins=%d/redraw", n), func(b *testing.B) {
			for range b.N {
				s.stale = true
				_ = h.a.View()
			}
		})
	}
}

func TestSummaryFullHelp(t *testing.T) {
	h := summaryHarness(t, summaryShow(t), func() ([]string, error) { return nil, nil }, "zh", 80, 24)
	h.press("?")
	screen := h.view()
	mustContain(t, screen, "x 导出文件", "pgdn   下一页", "home/g 开头", "end/G  结尾", "下一视图")
	checkFits(t, screen, 80, 24)
	h.press("x") // closes the help, exports nothing
	if h.a.help || !h.summary().exports.idle() || h.summary().exports.last != 0 {
		t.Fatal("a key in the full help did more than close it")
	}
}
