package report

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"eventday/cells"
	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/live/livetest"
	"eventday/program"
)

// longYAML is a programme whose titles and notes do not fit beside each
// other at 80 columns.
const longYAML = `event:
  name: 幸福里社区五一文艺汇演
  date: 2026-05-01
  venue: 幸福里小区中心广场
  start: "14:30"
  timezone: Asia/Shanghai
acts:
  - id: choir
    title: 童声合唱《春天在哪里》（阳光幼儿园大班全体小朋友）
    duration: 5m
  - id: fan
    title: 扇子舞《茉莉花》
    duration: 8m
  - id: sketch
    title: 小品《楼道里的灯》
    duration: 6m
`

// editedFolder is longYAML played: the fan dance shortened on the day from
// 8:00 to 7:00 and given a new title, the sketch given a minute.
func editedFolder(t *testing.T) (string, time.Time) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "event.yaml"), []byte(longYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	c := eventtest.NewClock(time.Time{})
	c.SetDay(14, 30, 0)
	event, err := live.Open(dir, live.Options{Now: c.Now, Desk: "east"})
	if err != nil {
		t.Fatal(err)
	}
	defer event.Close()
	steps := []struct {
		h, m int
		cue  program.Cue
	}{
		{14, 30, program.Cue{Kind: program.KindGo}},
		{14, 32, program.Cue{Kind: program.KindEdit, Act: "fan", Def: &program.ActDef{Title: "红绸舞《茉莉花》", Seconds: 420}}},
		{14, 35, program.Cue{Kind: program.KindGo}},
		{14, 42, program.Cue{Kind: program.KindGo}},
		{14, 43, program.Cue{Kind: program.KindTime, Delta: 60}},
		{14, 50, program.Cue{Kind: program.KindGo}},
	}
	for _, s := range steps {
		c.SetDay(s.h, s.m, 0)
		if _, err := event.Cue(s.cue); err != nil {
			t.Fatalf("%+v: %v", s.cue, err)
		}
	}
	return dir, time.Date(2026, 5, 1, 17, 0, 0, 0, eventtest.Shanghai)
}

// TestReportFitsEightyColumns: at 80 columns every act of the programme is
// one line (a long title cut with an ellipsis), its notes on lines of
// their own under it, a change made on the day said in the act's note;
// the log's entries are kept out of the attendance, in the details at
// the end.
func TestReportFitsEightyColumns(t *testing.T) {
	dir, now := editedFolder(t)
	d := folderData(livetest.Read(t, dir))
	for _, tc := range []struct {
		lang, head, changed, retitled, details, entries, people string
	}{
		{"en", "The programme as it ran", "length changed on the day from 8:00 to 7:00", "printed as 扇子舞《茉莉花》",
			"Details of the record", "Sign-in entries", "Attendance"},
		{"zh", "节目实际进行情况", "当天时长由 8:00 改为 7:00", "节目单上原为 扇子舞《茉莉花》",
			"记录明细", "签到记录条数", "到场人数"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			text := Text(d, tc.lang, now, 80)
			lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
			for i, l := range lines {
				if cells.Width(l) > 80 {
					t.Errorf("line %d is %d cells wide: %q", i+1, cells.Width(l), l)
				}
			}
			// The programme: each act's row starts with its number; the
			// line after a row is the next row, a note, or the end.
			start := indexOf(lines, tc.head)
			if start < 0 {
				t.Fatalf("no %q in\n%s", tc.head, text)
			}
			rows := map[string]string{}
			for _, l := range lines[start+3:] {
				if l == "" {
					break
				}
				if f := strings.Fields(l); len(f) > 0 && (f[0] == "1" || f[0] == "2" || f[0] == "3") {
					rows[f[0]] = l
					continue
				}
				if !strings.HasPrefix(l, "     ") {
					t.Errorf("a line of the programme is neither an act nor a note under one: %q", l)
				}
			}
			if len(rows) != 3 {
				t.Fatalf("the programme has rows %q, want three, one line each:\n%s", rows, text)
			}
			if r := rows["1"]; !strings.Contains(r, "童声合唱《春天在哪里》") || !strings.Contains(r, "…") || !strings.Contains(r, "14:30") {
				t.Errorf("the long title's row is not cut short on one line: %q", r)
			}
			if !strings.Contains(text, tc.changed) || !strings.Contains(text, tc.retitled) {
				t.Errorf("the change on the day is not said (%q, %q):\n%s", tc.changed, tc.retitled, text)
			}
			if e, det := strings.Index(text, tc.entries), strings.Index(text, tc.details); e < 0 || det < 0 || e < det {
				t.Errorf("the entries are not in the details at the end:\n%s", text)
			}
			if strings.Index(text, tc.people) > strings.Index(text, tc.details) {
				t.Errorf("the details come before the attendance")
			}
		})
	}
	md := Markdown(d, "en", now)
	if !strings.Contains(md, "length changed on the day from 8:00 to 7:00") || !strings.Contains(md, "## Details of the record") {
		t.Errorf("the Markdown report lacks the change or the details:\n%s", md)
	}
	if i := strings.Index(md, "Sign-in entries"); i < strings.Index(md, "## Details of the record") {
		t.Errorf("the Markdown report counts entries with the attendance:\n%s", md)
	}
}

func indexOf(lines []string, s string) int {
	for i, l := range lines {
		if l == s {
			return i
		}
	}
	return -1
}
