package program

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the tests must not depend on the machine's zone files

	"golang.org/x/text/encoding/simplifiedchinese"

	"eventday/input"
	"eventday/internal/eventtest"
)

// yamlDoc joins lines with "\n" so that a case reads with its line
// numbers countable: the first argument is line 1.
func yamlDoc(lines ...string) string { return strings.Join(lines, "\n") + "\n" }

// goodEvent is the event: block most cases share; it spans lines 1-4.
var goodEvent = []string{
	"event:",
	"  name: 五一社区文艺汇演",
	"  date: 2026-05-01",
	`  start: "14:30"`,
}

func withEvent(lines ...string) string {
	return yamlDoc(append(append([]string{}, goodEvent...), lines...)...)
}

// planErrorCase is a broken event.yaml and what eventday says about it,
// in English.
type planErrorCase struct {
	name  string
	yaml  string
	files map[string]string // what readFile finds
	want  string
}

// planErrorCases are the broken event.yaml files every test of the
// plan's messages walks.
func planErrorCases(t *testing.T) []planErrorCase {
	return []planErrorCase{
		{"empty file", "", nil, `event.yaml: the file is empty; it must start with event: and then acts:`},
		{"only comments", "# nothing yet\n", nil, `event.yaml: the file is empty; it must start with event: and then acts:`},
		{"not a mapping", "- a\n- b\n", nil, `event.yaml:1: must start with event: and then acts:`},
		{"an alias for the whole file", "*top\n", nil, `event.yaml:1: aliases (*name) are not supported; write the value out`},
		{"yaml syntax error", yamlDoc(
			"event:",
			`  name: "五一`,
			"  date: 2026-05-01",
		), nil, `event.yaml:2: the text of name: starts with a quote (") that is never closed; end the text with " too (the line: "  name: "五一", at character 9)`},
		{"tab indentation", withEvent(
			"acts:",
			"\t- title: 合唱",
		), nil, `event.yaml:6: a tab at the start of the line; YAML indents with spaces only: replace the tab with spaces (the line: "\t- title: 合唱", at character 1)`},
		{"wrong indentation", withEvent(
			"acts:",
			"  - title: 合唱",
			"     duration: 5m",
		), nil, `event.yaml:7: duration: is not lined up with title: above it (line 6); put 4 spaces before it, as there (the line: "     duration: 5m", at character 6)`},
		{"duplicate key", yamlDoc(
			"event:",
			"  name: a",
			"  name: b",
		), nil, `event.yaml:3: name: is here twice (first on line 2); keep one (the line: "  name: b", at character 3)`},
		{"unknown key with a full-width colon", withEvent("acts:", "  - title: 合唱", "    durtion：5m"), nil,
			`event.yaml:7: the colon after durtion is a Chinese full-width colon (：); type an English colon (:) and a space (the line: "    durtion：5m", at character 12)`},
		{"full-width space indenting", withEvent("acts:", "  - title: 合唱", "  　duration: 5m"), nil,
			`event.yaml:7: a Chinese full-width space (　) at the start of the line; indent with English spaces only (the line: "  　duration: 5m", at character 3)`},
		{"no space after a colon", withEvent("acts:", "  - title: 合唱", "    duration:5m"), nil,
			`event.yaml:7: no space after the colon of duration:; write duration: 5m (the line: "    duration:5m", at character 13)`},
		{"no colon after a key", withEvent("acts:", "  - title: 合唱", "    duration 5m"), nil,
			`event.yaml:7: no colon after duration; write duration: 5m (the line: "    duration 5m", at character 13)`},
		{"no colon after a key alone", withEvent("acts", "  - title: 合唱", "    duration: 5m"), nil,
			`event.yaml:5: no colon after acts; write acts: (the line: "acts", at character 5)`},
		{"no space after a dash", withEvent("acts:", "  - title: 合唱", "    duration: 5m", "  -title: 舞蹈", "    duration: 4m"), nil,
			`event.yaml:8: no space after the "-"; write - title: (the line: "  -title: 舞蹈", at character 3)`},
		{"a colon in a text", withEvent("acts:", "  - title: 合唱", "    duration: 5m", "    intro: 时间: 下午两点"), nil,
			`event.yaml:8: the text after intro: holds a colon and a space (": "), which YAML takes for another key; put the text in quotes: intro: "时间: 下午两点" (the line: "    intro: 时间: 下午两点", at character 14)`},
		{"a key lined up with the dash", withEvent("acts:", "  - title: 合唱", "    duration: 5m", "  notes: 话筒"), nil,
			`event.yaml:8: notes: is lined up with the "-" of the act above it (line 6); line it up with that act's title:, or start a new act with "- " (the line: "  notes: 话筒", at character 3)`},
		{"a quote left open", withEvent("acts:", "  - title: 合唱", "    duration: 5m", "    notes: \"话筒", "  - title: 舞蹈", "    duration: 4m"), nil,
			`event.yaml:8: the text of notes: starts with a quote (") that is never closed; end the text with " too (the line: "    notes: "话筒", at character 12)`},
		{"a bracket left open", withEvent("acts:", "  - title: [合唱", "    duration: 5m"), nil,
			`event.yaml:6: the [ opened on this line is never closed with ]; close it, or put the text in quotes (the line: "  - title: [合唱", at character 12)`},
		{"a text starting with @", withEvent("acts:", "  - title: 合唱", "    duration: 5m", "    notes: @周老师"), nil,
			`event.yaml:8: a text cannot start with @ in YAML; put the text in quotes: notes: "@周老师" (the line: "    notes: @周老师", at character 12)`},
		{"text after a closing quote", withEvent("acts:", "  - title: \"合唱\" 春天", "    duration: 5m"), nil,
			`event.yaml:6: the text of title: goes on after its closing quote; put the whole text inside the quotes (the line: "  - title: "合唱" 春天", at character 17)`},
		{"a dash among the event's keys", yamlDoc("event:", "  name: x", "- date: 2026-05-01"), nil,
			`event.yaml:3: this line starts with "-" but the lines above it are keys (event:, line 1); remove the "-", or move the line under acts: (the line: "- date: 2026-05-01", at character 1)`},
		{"a line of text among keys", yamlDoc("event:", "  name: x", "  随便写的一行", "  date: 2026-05-01"), nil,
			`event.yaml:3: this line cannot be read; check that it is lined up with the lines above it, and that it is written key: value (the line: "  随便写的一行")`},
		{"two documents", withEvent(
			"acts:",
			"  - title: a",
			"    duration: 5m",
			"---",
			"event:",
			"  name: b",
		), nil, `event.yaml:9: a second YAML document (after ---); one event a file`},
		{"unknown top key", withEvent(
			"act:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:1: acts: missing; list the acts under acts:, or name a spreadsheet with acts_csv:` + "\n" +
			`event.yaml:5: act: unknown key (did you mean "acts"?)`},
		{"missing event", yamlDoc(
			"acts:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:1: event: missing; the file must start with event: (name, date, start)`},
		{"event is text", yamlDoc(
			"event: 五一汇演",
			"acts:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:1: event: must hold name:, date:, start: … indented under event:`},
		{"event is empty", yamlDoc(
			"event:",
			"acts:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:1: event.name: missing; the event needs a name` + "\n" +
			`event.yaml:1: event.date: missing; write the day as date: YYYY-MM-DD` + "\n" +
			`event.yaml:1: event.start: missing; write the planned start of the first act as start: "14:30"`},
		{"missing name, typo in venue", yamlDoc(
			"event:",
			"  date: 2026-05-01",
			"  start: 14:30",
			"  venu: 广场",
			"acts:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:1: event.name: missing; the event needs a name` + "\n" +
			`event.yaml:4: event.venu: unknown key (did you mean "venue"?)`},
		{"blank name", yamlDoc(
			"event:",
			`  name: "  "`,
			"  date: 2026-05-01",
			"  start: 14:30",
			"acts:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:2: event.name: empty; the event needs a name`},
		{"bad date, start, timezone, capacity, call_ahead", yamlDoc(
			"event:",
			"  name: x",
			"  date: 2026/05/01",
			"  start: 25:00",
			"  timezone: Asia/Shangai",
			"  capacity: -5",
			"  call_ahead: 10",
			"acts:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:3: event.date: "2026/05/01" is not a date; write YYYY-MM-DD, e.g. 2026-05-01` + "\n" +
			`event.yaml:4: event.start: "25:00": hours go from 00 to 23` + "\n" +
			`event.yaml:5: event.timezone: unknown time zone "Asia/Shangai"; write a name like Asia/Shanghai, or leave it out to use this computer's` + "\n" +
			`event.yaml:6: event.capacity: must not be negative` + "\n" +
			`event.yaml:7: event.call_ahead: "10" has no unit; write 10m for minutes or 10s for seconds`},
		{"not a real date, minutes out of range, capacity not a number", yamlDoc(
			"event:",
			"  name: x",
			"  date: 2026-02-30",
			`  start: "14:60"`,
			"  capacity: many",
			"  call_ahead: 0m",
			"acts:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:3: event.date: "2026-02-30" is not a real date` + "\n" +
			`event.yaml:4: event.start: "14:60": minutes go from 00 to 59` + "\n" +
			`event.yaml:5: event.capacity: "many" is not a whole number` + "\n" +
			`event.yaml:6: event.call_ahead: must be more than zero`},
		{"start not a time, date a timestamp", yamlDoc(
			"event:",
			"  name: x",
			"  date: 2026-05-01T14:30:00",
			"  start: 2pm",
			"acts:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:3: event.date: "2026-05-01T14:30:00" is not a date; write YYYY-MM-DD, e.g. 2026-05-01` + "\n" +
			`event.yaml:4: event.start: "2pm" is not a time of day; write HH:MM, e.g. 14:30`},
		{"empty date and start", yamlDoc(
			"event:",
			"  name: x",
			"  date:",
			`  start: ""`,
			"acts:",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:3: event.date: empty; write the day as YYYY-MM-DD, e.g. 2026-05-01` + "\n" +
			`event.yaml:4: event.start: empty; write HH:MM, e.g. "14:30"`},
		{"no acts: empty list", withEvent("acts: []"), nil, `event.yaml:5: acts: no acts; list at least one`},
		{"no acts: nothing under acts", withEvent("acts:"), nil, `event.yaml:5: acts: no acts; list at least one`},
		{"neither acts nor acts_csv", withEvent(), nil, `event.yaml:1: acts: missing; list the acts under acts:, or name a spreadsheet with acts_csv:`},
		{"both acts and acts_csv", withEvent(
			"acts:",
			"  - title: a",
			"    duration: 5m",
			"acts_csv: acts.csv",
		), map[string]string{"acts.csv": "title,duration\nb,5m\n"}, `event.yaml:8: acts_csv: give either acts: or acts_csv:, not both (acts: is on line 5)`},
		{"acts is a mapping", withEvent(
			"acts:",
			"  title: a",
			"  duration: 5m",
		), nil, `event.yaml:5: acts: must be a list of acts, each starting with "- title:"`},
		{"act is text", withEvent(
			"acts:",
			"  - 合唱",
		), nil, `event.yaml:6: acts[1]: must be an act with title: and duration:`},
		{"act is empty", withEvent(
			"acts:",
			"  -",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:6: acts[1]: empty; an act needs title: and duration:`},
		{"act typo: durtion", withEvent(
			"acts:",
			"  - title: 合唱",
			"    durtion: 5m",
		), nil, `event.yaml:6: acts[1].duration: missing; write how long the act lasts, e.g. duration: 5m` + "\n" +
			`event.yaml:7: acts[1].durtion: unknown key (did you mean "duration"?)`},
		{"act key in Chinese", withEvent(
			"acts:",
			"  - title: 合唱",
			"    时长: 5m",
		), nil, `event.yaml:6: acts[1].duration: missing; write how long the act lasts, e.g. duration: 5m` + "\n" +
			`event.yaml:7: acts[1].时长: unknown key (did you mean "duration"?)`},
		{"act unknown key, no near miss", withEvent(
			"acts:",
			"  - title: 合唱",
			"    duration: 5m",
			"    colour: red",
		), nil, `event.yaml:8: acts[1].colour: unknown key (known here: id, title, performers, duration, intro, notes, contact)`},
		{"act without title, act with blank title", withEvent(
			"acts:",
			"  - performers: 舞蹈队",
			"    duration: 5m",
			"  - title: \"   \"",
			"    duration: 5m",
		), nil, `event.yaml:6: acts[1].title: missing; every act needs a title` + "\n" +
			`event.yaml:8: acts[2].title: empty; every act needs a title`},
		{"durations: missing, zero, negative, unreadable, bare number, bad seconds", withEvent(
			"acts:",
			"  - title: a",
			"  - title: b",
			"    duration: 0m",
			"  - title: c",
			"    duration: -5m",
			"  - title: d",
			"    duration: soon",
			"  - title: e",
			"    duration: 5",
			"  - title: f",
			"    duration: 4:75",
			"  - title: g",
			"    duration:",
		), nil, `event.yaml:6: acts[1].duration: missing; write how long the act lasts, e.g. duration: 5m` + "\n" +
			`event.yaml:8: acts[2].duration: must be more than zero` + "\n" +
			`event.yaml:10: acts[3].duration: must be more than zero` + "\n" +
			`event.yaml:12: acts[4].duration: "soon" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30` + "\n" +
			`event.yaml:14: acts[5].duration: "5" has no unit; write 5m for minutes or 5s for seconds` + "\n" +
			`event.yaml:16: acts[6].duration: "4:75": seconds must be below 60 (minutes:seconds)` + "\n" +
			`event.yaml:18: acts[7].duration: empty; write e.g. 5m, 90s, 1m30s or 4:30`},
		{"duplicate id", withEvent(
			"acts:",
			"  - id: choir",
			"    title: 幼儿园小合唱",
			"    duration: 5m",
			"  - title: 舞蹈",
			"    duration: 5m",
			"  - id: choir",
			"    title: 老年合唱",
			"    duration: 5m",
		), nil, `event.yaml:11: acts[3].id: "choir" is already used by acts[1] (line 6)`},
		{"same title without ids", withEvent(
			"acts:",
			"  - title: 合唱",
			"    duration: 5m",
			"  - title: 合唱",
			"    duration: 4m",
		), nil, `event.yaml:8: acts[2].title: "合唱" is already used by acts[1] (line 6); add an id: to one of them to tell them apart`},
		{"title equal to an earlier id", withEvent(
			"acts:",
			"  - id: 合唱",
			"    title: 幼儿园小合唱",
			"    duration: 5m",
			"  - title: 合唱",
			"    duration: 4m",
		), nil, `event.yaml:9: acts[2].title: "合唱" is already used by acts[1] (line 6); add an id: to one of them to tell them apart`},
		{"a list where text belongs", withEvent(
			"acts:",
			"  - title: 舞蹈",
			"    duration: 5m",
			"    performers: [张三, 李四]",
			"  - title:",
			"      zh: 合唱",
			"    duration: 5m",
		), nil, `event.yaml:8: acts[1].performers: must be text, not a list` + "\n" +
			`event.yaml:9: acts[2].title: must be text, not a mapping`},
		{"alias", withEvent(
			"acts:",
			"  - title: &t 舞蹈",
			"    duration: 5m",
			"  - title: *t",
			"    duration: 5m",
		), nil, `event.yaml:8: acts[2].title: aliases (*name) are not supported; write the value out`},
		{"acts_csv file missing", withEvent("acts_csv: acts.csv"), nil,
			`event.yaml:5: acts_csv: cannot read acts.csv: there is no such file`},
		{"acts_csv empty", withEvent("acts_csv:"), nil, `event.yaml:5: acts_csv: empty; name the spreadsheet, e.g. acts_csv: acts.csv`},
		{"acts_csv with bad rows", withEvent("acts_csv: acts.csv"), map[string]string{
			"acts.csv": "节目,时长\n合唱,5m\n舞蹈,\n,3m\n合唱,4m\n",
		}, `acts.csv:3: column 时长: empty; write e.g. 5m, 90s, 1m30s or 4:30` + "\n" +
			`acts.csv:4: column 节目: empty; every act needs a title` + "\n" +
			`acts.csv:5: column 节目: "合唱" is already used by line 2; add a column 编号 and give one of them an id`},
		{"UTF-8 with a stray byte", strings.Replace(string(eventtest.Demo(t, "event.yaml")), "扇子舞", "扇\xff子舞", 1), nil,
			`event.yaml:25: a byte that is not UTF-8 (0xFF), in a file that otherwise is; retype this line or save the file again in UTF-8 (read as GBK, every Chinese name would be garbled)`},
		{"everything at once, in line order", yamlDoc(
			"event:",
			"  name: x",
			"  date: 2026-13-01",
			"  start: 14:30",
			"  capcity: 100",
			"acts:",
			"  - title: a",
			"    duration: 0",
			"  - title: a",
			"    duration: 5m",
		), nil, `event.yaml:3: event.date: "2026-13-01" is not a real date` + "\n" +
			`event.yaml:5: event.capcity: unknown key (did you mean "capacity"?)` + "\n" +
			`event.yaml:8: acts[1].duration: must be more than zero`},
	}
}

func TestParsePlanErrors(t *testing.T) {
	for _, tt := range planErrorCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			plan, err := ParsePlan("event.yaml", []byte(tt.yaml), mapFiles(tt.files))
			if err == nil {
				t.Fatalf("no error (event %+v), want:\n%s", plan, tt.want)
			}
			if plan != nil {
				t.Errorf("event %+v returned with an error", plan)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

// mapFiles is a readFile over an in-memory folder.
func mapFiles(files map[string]string) func(string) ([]byte, error) {
	return func(name string) ([]byte, error) {
		s, ok := files[name]
		if !ok {
			return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
		}
		return []byte(s), nil
	}
}

func TestParsePlanErrorsAreInputErrors(t *testing.T) {
	_, err := ParsePlan("event.yaml", []byte(withEvent("acts_csv: acts.csv")), mapFiles(nil))
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(err, fs.ErrNotExist) = false for %v", err)
	}
	var ie *input.Error
	if !errors.As(err, &ie) || ie.File != "event.yaml" || ie.Line != 5 || ie.Field != "acts_csv" {
		t.Errorf("errors.As(*input.Error) = %+v", ie)
	}
}

func TestLoadPlanMayDay(t *testing.T) {
	plan, err := LoadPlan(filepath.Join("testdata", "mayday"))
	if err != nil {
		t.Fatal(err)
	}
	shanghai, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	want := &Plan{
		Name:      "五一社区文艺汇演",
		Date:      "2026-05-01",
		Venue:     "幸福里小区中心广场",
		Start:     "14:30",
		Timezone:  "Asia/Shanghai",
		Capacity:  150,
		CallAhead: 8 * time.Minute,
		Location:  shanghai,
		Acts: []Act{
			{ID: "choir", Title: "幼儿园小合唱《春天在哪里》", Performers: "阳光幼儿园大班", Duration: 5 * time.Minute,
				Intro: "小朋友们带来了春天的歌声，\n掌声欢迎阳光幼儿园大班！", Notes: "4 个手持麦", Contact: "13812345678"},
			{ID: "广场舞《最炫民族风》", Title: "广场舞《最炫民族风》", Performers: "幸福里舞蹈队", Duration: 4*time.Minute + 30*time.Second, Contact: "013912345678"},
			{ID: "小品《新邻居》", Title: "小品《新邻居》", Duration: 90 * time.Second, Notes: "两把椅子， 一张桌子"},
			{ID: "taichi", Title: "太极拳表演", Performers: "晨练队", Duration: 6 * time.Minute},
			{ID: "武术 表演", Title: "武术 表演", Duration: time.Hour + 2*time.Minute + 30*time.Second},
			{ID: "抽奖", Title: "抽奖", Duration: 90 * time.Second, Contact: "13800000000"},
		},
	}
	if !reflect.DeepEqual(plan, want) {
		t.Errorf("event\n got: %+v\nwant: %+v", plan, want)
	}
	if got := plan.PlannedStart(); !got.Equal(time.Date(2026, 5, 1, 6, 30, 0, 0, time.UTC)) {
		t.Errorf("PlannedStart = %v, want 14:30 in Shanghai", got)
	}
}

func TestLoadPlanFromSpreadsheet(t *testing.T) {
	plan, err := LoadPlan(filepath.Join("testdata", "sheet"))
	if err != nil {
		t.Fatal(err)
	}
	want := &Plan{
		Name:      "春季寿星生日会",
		Date:      "2026-04-18",
		Start:     "09:05",
		CallAhead: DefaultCallAhead,
		Location:  time.Local,
		ActsFile:  "acts.csv",
		Acts: []Act{
			{ID: "choir", Title: "幼儿园小合唱《春天在哪里》", Performers: "阳光幼儿园大班", Duration: 5 * time.Minute,
				Intro: "小朋友们带来了春天的歌声，\n掌声欢迎！", Notes: "4 个手持麦", Contact: "13812345678"},
			{ID: "切蛋糕", Title: "切蛋糕", Performers: "寿星们", Duration: 3 * time.Minute, Notes: "蛋糕, 刀"},
		},
	}
	if !reflect.DeepEqual(plan, want) {
		t.Errorf("event\n got: %+v\nwant: %+v", plan, want)
	}
}

func TestLoadPlanErrorsNameTheFolder(t *testing.T) {
	dir := t.TempDir()
	_, err := LoadPlan(dir)
	want := filepath.Join(dir, "event.yaml") + ": cannot read: there is no such file"
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("errors.Is(err, fs.ErrNotExist) = false for %v", err)
	}

	write := func(name, s string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("event.yaml", withEvent("acts_csv: acts.csv"))
	write("acts.csv", "title,duration\na,5\n")
	_, err = LoadPlan(dir)
	want = filepath.Join(dir, "acts.csv") + `:2: column duration: "5" has no unit; write 5m for minutes or 5s for seconds`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

// A folder without event.yaml but with a file meant to be it names the
// file to rename.
func TestLoadPlanMisnamed(t *testing.T) {
	for _, name := range []string{"event.yaml.txt", "Event.yml", "event.yml"} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(withEvent("acts:\n  - title: a\n    duration: 5m\n")), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := LoadPlan(dir)
		want := filepath.Join(dir, "event.yaml") + ": not found, but " + name + " is here: rename it to event.yaml"
		if err == nil || !strings.HasPrefix(err.Error(), want) {
			t.Errorf("%s: error %v, want %s", name, err, want)
		}
		if !errors.Is(err, fs.ErrNotExist) {
			t.Errorf("%s: errors.Is(err, fs.ErrNotExist) = false for %v", name, err)
		}
	}
}

// Columns of an act spreadsheet that eventday does not use are left out,
// and the event says so in its warnings.
func TestLoadPlanSpreadsheetWarnings(t *testing.T) {
	dir := t.TempDir()
	for name, body := range map[string]string{
		"event.yaml": withEvent("acts_csv: acts.csv"),
		"acts.csv":   "序号,节目,时长,负责人,音乐\r1,合唱,5m,周老师,01.mp3\r2,舞蹈,4:30,何阿姨,\r",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	plan, err := LoadPlan(dir)
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(dir, "acts.csv") + ":1: columns 序号, 负责人, 音乐 are not used by eventday and were ignored"
	if got := plan.Warnings.Error(); got != want {
		t.Errorf("warnings\n got: %s\nwant: %s", got, want)
	}
	if len(plan.Acts) != 2 || plan.Acts[1].Title != "舞蹈" || plan.Acts[1].Duration != 4*time.Minute+30*time.Second {
		t.Errorf("acts = %+v", plan.Acts)
	}
}

func TestParsePlanStartQuotedOrNot(t *testing.T) {
	for _, start := range []string{`14:30`, `"14:30"`, `'14:30'`, `14：30`, `!!str 14:30`} {
		y := yamlDoc("event:", "  name: x", "  date: 2026-05-01", "  start: "+start, "acts:", "  - {title: a, duration: 5m}")
		plan, err := ParsePlan("event.yaml", []byte(y), nil)
		if err != nil {
			t.Errorf("start: %s: %v", start, err)
			continue
		}
		if plan.Start != "14:30" {
			t.Errorf("start: %s read as %q", start, plan.Start)
		}
	}
	for _, date := range []string{`2026-05-01`, `"2026-05-01"`, `!!timestamp 2026-05-01`} {
		y := yamlDoc("event:", "  name: x", "  date: "+date, "  start: 14:30", "acts:", "  - {title: a, duration: 5m}")
		plan, err := ParsePlan("event.yaml", []byte(y), nil)
		if err != nil {
			t.Errorf("date: %s: %v", date, err)
			continue
		}
		if plan.Date != "2026-05-01" {
			t.Errorf("date: %s read as %q", date, plan.Date)
		}
	}
}

// Notepad on a Chinese Windows saves GBK, and Windows line ends are \r\n.
func TestParsePlanGBKAndCRLF(t *testing.T) {
	y := strings.ReplaceAll(withEvent("acts:", "  - title: 合唱", "    duration: 5分钟"), "\n", "\r\n")
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(y)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"UTF-8 CRLF": y, "UTF-8 BOM": "\uFEFF" + y, "GBK": gbk} {
		plan, err := ParsePlan("event.yaml", []byte(data), nil)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if plan.Name != "五一社区文艺汇演" || len(plan.Acts) != 1 || plan.Acts[0].Title != "合唱" || plan.Acts[0].Duration != 5*time.Minute {
			t.Errorf("%s: read %+v", name, plan)
		}
	}
}

func FuzzParsePlan(f *testing.F) {
	for _, dir := range []string{"mayday", "sheet"} {
		data, err := os.ReadFile(filepath.Join("testdata", dir, "event.yaml"))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(withEvent("acts:", "  - title: a", "    duration: 5m", "  - title: a", "    duration: 0")))
	f.Add([]byte(withEvent("acts: [{title: &x a, duration: *x}]")))
	f.Add([]byte("event: {name: x, date: 2026-05-01, start: 9:00}\nacts_csv: acts.csv\n"))
	f.Add([]byte("--- !!map\n? event\n: name\n"))
	csv, err := os.ReadFile(filepath.Join("testdata", "sheet", "acts.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		plan, err := ParsePlan("event.yaml", data, mapFiles(map[string]string{"acts.csv": string(csv)}))
		if err != nil {
			checkFileErrors(t, err, "event.yaml", "acts.csv")
			return
		}
		checkEvent(t, plan.Acts)
		if plan.Location == nil || plan.CallAhead <= 0 || plan.Name == "" {
			t.Errorf("event loaded without location, call-ahead or name: %+v", plan)
		}
		if _, err := time.Parse("2006-01-02 15:04", plan.Date+" "+plan.Start); err != nil {
			t.Errorf("date %q and start %q do not parse: %v", plan.Date, plan.Start, err)
		}
	})
}

// checkFileErrors fails unless every problem in err is one line naming one
// of files.
func checkFileErrors(t *testing.T, err error, files ...string) {
	t.Helper()
	var es input.Errors
	if !errors.As(err, &es) {
		var one *input.Error
		if !errors.As(err, &one) {
			t.Fatalf("error is not an input error: %T %v", err, err)
		}
		es = input.Errors{one}
	}
	for _, e := range es {
		msg := e.Error()
		if !slicesContains(files, e.File) || !strings.HasPrefix(msg, e.File+":") {
			t.Errorf("error does not name the file: %q", msg)
		}
		if strings.ContainsAny(msg, "\r\n") {
			t.Errorf("error spans lines: %q", msg)
		}
	}
}

func slicesContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// checkEvent fails unless acts is a programme the show can run.
func checkEvent(t *testing.T, acts []Act) {
	t.Helper()
	if len(acts) == 0 {
		t.Fatal("loaded without acts")
	}
	ids := map[string]bool{}
	for _, a := range acts {
		if strings.TrimSpace(a.Title) == "" {
			t.Errorf("act with empty title: %+v", a)
		}
		if a.Duration <= 0 {
			t.Errorf("act with duration %v: %+v", a.Duration, a)
		}
		if a.ID == "" || ids[a.ID] {
			t.Errorf("empty or repeated id %q", a.ID)
		}
		ids[a.ID] = true
	}
}

// A Chinese input method types a full-width colon after a key
// (duration：6m): after a key eventday knows it can mean nothing else, and
// is read as a colon; a colon in a text stays as written.
func TestParsePlanFullWidthColonAfterKey(t *testing.T) {
	y := yamlDoc(
		"event：",
		"  name：五一汇演",
		"  date： 2026-05-01",
		`  start："14:30"`,
		"acts:",
		"  - title：合唱：春天在哪里",
		"    duration：6m",
		"  - title: 舞蹈",
		"    duration　：4m",
	)
	plan, err := ParsePlan("event.yaml", []byte(y), nil)
	if err != nil {
		t.Fatal(err)
	}
	if plan.Name != "五一汇演" || plan.Date != "2026-05-01" || plan.Start != "14:30" {
		t.Errorf("event = %q %q %q", plan.Name, plan.Date, plan.Start)
	}
	if len(plan.Acts) != 2 || plan.Acts[0].Title != "合唱：春天在哪里" || plan.Acts[0].Duration != 6*time.Minute || plan.Acts[1].Duration != 4*time.Minute {
		t.Errorf("acts = %+v", plan.Acts)
	}
}
