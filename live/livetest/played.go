package livetest

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/program"
)

// FixtureYAML and FixtureRoster are the fixed event of the report's and the
// export's tests: six acts, a roster with the names a
// spreadsheet must not run (a formula, an @, a line break, an escape
// sequence) and phone numbers in the forms Excel mangles.
const FixtureYAML = `event:
  name: 幸福里社区五一文艺汇演
  date: 2026-05-01
  venue: 幸福里小区中心广场
  start: "14:30"
  timezone: Asia/Shanghai
  capacity: 150
acts:
  - id: choir
    title: 童声合唱《春天在哪里》
    duration: 5m
  - id: fan
    title: 扇子舞《茉莉花》
    duration: 8m
  - id: sketch
    title: "小品《停车位》\e[31m"
    duration: 6m
  - id: taichi
    title: 太极拳
    duration: 8m
  - id: wushu
    title: 武术表演|少年队
    duration: 6m
  - id: erhu
    title: 二胡独奏《赛马》
    duration: "4:30"
`

// FixtureRoster is the fixed event's roster.
const FixtureRoster = "name,category,group,phone,act,note\n" +
	"周雅琴,performer,阳光幼儿园,13816620451,choir,带队老师\n" +
	"何阿姨,performer,夕阳红舞蹈队,13901852273,fan,队长\n" +
	"\"=HYPERLINK(\"\"http://x.example\"\",\"\"点我\"\")\",resident,1号楼,13912345678,,\n" +
	"王建平,resident,\"1号楼\n2单元\",13916352208,,\n" +
	"Tom李,volunteer,6号楼,18516027748,,音响\n" +
	"@钱晓红,sponsor,甜心烘焙坊,+852 9123 4567,,生日蛋糕\n" +
	"\"沈\x1b]0;pwned\x07桂英\",honoree,3号楼,13052816630,,80岁\n"

// ReportTime is when the tests make their exports and reports: the
// evening of the day.
var ReportTime = eventtest.Day(17, 0, 0)

// NewFolder writes the fixed event and roster into a new folder.
func NewFolder(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string]string{"event.yaml": FixtureYAML, "roster.csv": FixtureRoster} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// PlayedFolder is the fixed event after the day: sign-ins (one undone, one
// re-entry, one copied late from paper, anonymous heads, a walk-in with a
// party) and the whole show (an overrun, time given, a hold, a skip, a
// no-show, an act added on the day, an incident note). It returns the folder
// closed, as after the event.
func PlayedFolder(t testing.TB) string {
	t.Helper()
	dir := NewFolder(t)
	c := eventtest.NewClock(time.Time{})
	c.SetDay(14, 0, 0)
	event, err := live.Open(dir, live.Options{Now: c.Now, Desk: "east"})
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := event.Close(); err != nil {
			t.Fatal(err)
		}
	}()
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	signIn := func(query string, again bool) {
		t.Helper()
		m := event.Search(query, 1)
		if len(m) != 1 {
			t.Fatalf("search %q: %d matches", query, len(m))
		}
		_, err := event.SignIn(m[0].Person, again)
		must("sign in "+query, err)
	}
	cue := func(k program.Kind, act string) {
		t.Helper()
		_, err := event.Cue(program.Cue{Kind: k, Act: act})
		must("cue "+string(k)+" "+act, err)
	}

	c.SetDay(14, 2, 0)
	signIn("周雅琴", false)
	c.SetDay(14, 5, 0)
	_, err = event.Anonymous(4)
	must("anonymous", err)
	c.SetDay(14, 7, 10)
	signIn("何阿姨", false)
	c.SetDay(14, 10, 0)
	_, err = event.WalkIn("+张三", "resident", "3号楼", 3, "138 1234 5678")
	must("walk-in", err)
	c.SetDay(14, 12, 0)
	signIn("HYPERLINK", false)
	c.SetDay(14, 20, 0)
	signIn("王建平", false)
	c.SetDay(14, 21, 0)
	signIn("Tom", false)
	c.SetDay(14, 22, 0)
	_, err = event.UndoSignIn()
	must("undo", err)
	c.SetDay(14, 31, 0)
	_, err = event.Anonymous(1)
	must("anonymous", err)

	c.SetDay(14, 32, 0)
	cue(program.KindGo, "")
	c.SetDay(14, 37, 40)
	cue(program.KindGo, "") // the choir ran 5:40
	c.SetDay(14, 38, 0)
	signIn("钱晓红", false)
	c.SetDay(14, 40, 0)
	_, err = event.Cue(program.Cue{Kind: program.KindTime, Delta: 60})
	must("time", err)
	c.SetDay(14, 42, 0)
	cue(program.KindHold, "")
	c.SetDay(14, 43, 30)
	cue(program.KindResume, "")
	c.SetDay(14, 46, 30)
	cue(program.KindGo, "") // the fan dance ran 7:20 on stage
	c.SetDay(14, 47, 0)
	_, err = event.Cue(program.Cue{Kind: program.KindNote, Text: "二号麦克风没电，换备用；音响师 13812345678\n已解决"})
	must("note", err)
	c.SetDay(14, 48, 0)
	cue(program.KindSkip, "wushu")
	cue(program.KindNoShow, "taichi")
	c.SetDay(14, 50, 0)
	_, err = event.Cue(program.Cue{Kind: program.KindAdd, After: "sketch", Def: &program.ActDef{Title: "快板《夸夸幸福里》", Seconds: 180}})
	must("add", err)
	signIn("何阿姨", true) // back in after changing
	c.SetDay(14, 53, 40)
	cue(program.KindGo, "") // the sketch ran 7:10
	c.SetDay(14, 56, 40)
	cue(program.KindGo, "")
	c.SetDay(15, 1, 30)
	cue(program.KindGo, "") // the erhu ran 4:50; the show is over

	// A name from the paper sheet, typed in after the show.
	c.SetDay(15, 10, 0)
	m := event.Search("沈", 1)
	if len(m) != 1 {
		t.Fatalf("search 沈: %d matches", len(m))
	}
	_, err = event.SignInAt(m[0].Person, false, eventtest.Day(14, 15, 0))
	must("backdated sign-in", err)
	return dir
}

// Read reads a folder as the export and the report do.
func Read(t testing.TB, dir string) *live.Folder {
	t.Helper()
	f, err := live.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// BusyDay is the fixed event (FixtureYAML) with n sign-ins, in memory as a
// folder read from disk would hold it: walk-ins with a phone each, and
// anonymous heads between them, from 13:00 a tenth of a second apart. At
// 100,000 it is the scale the app promises.
func BusyDay(b testing.TB, n int) *live.Folder {
	b.Helper()
	plan, err := program.ParsePlan("event.yaml", []byte(FixtureYAML), nil)
	if err != nil {
		b.Fatal(err)
	}
	att := checkin.NewAttendance(nil, plan.Location)
	at := eventtest.Day(13, 0, 0)
	for i := range n {
		now := at.Add(time.Duration(i) * 100 * time.Millisecond)
		var rec checkin.Record
		if i%4 == 0 {
			rec, err = att.Anonymous(1+i%5, "east", now)
		} else {
			rec, err = att.WalkIn(fmt.Sprintf("居民%d", i), "resident", fmt.Sprintf("%d号楼", i%30), 1+i%3, fmt.Sprintf("139%08d", i), "east", now)
		}
		if err != nil {
			b.Fatal(err)
		}
		if err := att.Apply(rec); err != nil {
			b.Fatal(err)
		}
	}
	return &live.Folder{Plan: plan, Show: program.NewShow(plan).State(), Attendance: att}
}
