package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"eventday/checkin"
	"eventday/journal"
	"eventday/live"
)

// signinEvent is a small event on a day long past, so that HH:MM times on
// its date are never in the future, with two people who share a name.
const signinEvent = `event:
  name: 幸福里五一
  date: 2020-05-01
  start: "14:30"
  timezone: Asia/Shanghai
acts:
  - id: fan-dance
    title: 扇子舞
    duration: 5m
`

const signinRoster = `name,category,group,phone,act
何阿姨,performer,夕阳红舞蹈队,13901852273,fan-dance
王芳,resident,1号楼,,
王芳,resident,3号楼,,
王建平,resident,1号楼,13916352208,
沈桂英,honoree,1号楼,,
`

// newSigninFolder writes an event folder for signin tests.
func newSigninFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, body := range map[string]string{"event.yaml": signinEvent, "roster.csv": signinRoster} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// records reads attendance.jsonl back as records.
func records(t *testing.T, dir string) []checkin.Record {
	t.Helper()
	c, err := journal.Read(filepath.Join(dir, checkin.AttendanceFile))
	if err != nil {
		t.Fatal(err)
	}
	var out []checkin.Record
	for _, l := range c.Lines {
		r, err := checkin.Decode(l.Data)
		if err != nil {
			t.Fatalf("attendance.jsonl:%d: %v", l.No, err)
		}
		out = append(out, r)
	}
	return out
}

func attendanceBytes(t *testing.T, dir string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, checkin.AttendanceFile))
	if err != nil && !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return b
}

func TestSigninByName(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	code, out, errs := runCmd(t, "signin", dir, "--name", "何阿姨")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	recs := records(t, dir)
	if len(recs) != 1 {
		t.Fatalf("%d records, want 1", len(recs))
	}
	r := recs[0]
	if r.Name != "何阿姨" || r.Group != "夕阳红舞蹈队" || r.Desk != "paper" || r.Party != 1 || r.WalkIn || r.RecordedAt != nil {
		t.Errorf("record %+v", r)
	}
	want := "signed in 何阿姨 at " + r.At.In(shanghai(t)).Format("2006-01-02 15:04") + " (#1)\n" +
		"total: 1 written, adding 1 to the count; 1 in now\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}

	// In already: refused, and the log is untouched.
	before := attendanceBytes(t, dir)
	code, out, errs = runCmd(t, "signin", dir, "--name", "何阿姨", "--desk", "gate")
	if code != exitBadInput || out != "" {
		t.Fatalf("second sign-in: exit %d, stdout %q", code, out)
	}
	if !strings.Contains(errs, "何阿姨 is signed in already") || !strings.Contains(errs, "desk paper (#1)") || !strings.Contains(errs, "--again") {
		t.Errorf("second sign-in's message %q", errs)
	}
	if !bytes.Equal(before, attendanceBytes(t, dir)) {
		t.Errorf("a refused sign-in changed attendance.jsonl")
	}

	// --again is a re-entry at another desk, backdated with --at.
	code, out, errs = runCmd(t, "signin", dir, "--name", "何阿姨", "--again", "--desk", "gate", "--at", "14:32")
	if code != exitOK {
		t.Fatalf("--again: exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "signed in 何阿姨 at 14:32 (#2)\ntotal: 1 written, adding 0 to the count; 1 in now") {
		t.Errorf("--again stdout %q", out)
	}
	r = records(t, dir)[1]
	wantAt := time.Date(2020, 5, 1, 14, 32, 0, 0, shanghai(t))
	if !r.Reentry || r.Desk != "gate" || !r.At.Equal(wantAt) || r.RecordedAt == nil || r.RecordedAt.Before(wantAt) {
		t.Errorf("re-entry record %+v", r)
	}
}

func shanghai(t *testing.T) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestSigninSameName(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	code, _, errs := runCmd(t, "signin", dir, "--name", "王芳")
	if code != exitBadInput || errs != "eventday: 2 people are called 王芳 (groups: 1号楼, 3号楼); add --group to say which\n" {
		t.Errorf("ambiguous name: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCmd(t, "signin", dir, "--name", "王芳", "--group", "5号楼")
	if code != exitBadInput || errs != "eventday: nobody called 王芳 is in group \"5号楼\" (groups: 1号楼, 3号楼)\n" {
		t.Errorf("wrong group: exit %d, stderr %q", code, errs)
	}
	if len(attendanceBytes(t, dir)) != 0 {
		t.Fatal("a refused sign-in wrote to the log")
	}
	code, out, errs := runCmd(t, "signin", dir, "--name", "王芳", "--group", "3号楼")
	if code != exitOK {
		t.Fatalf("with --group: exit %d, stderr %q", code, errs)
	}
	if recs := records(t, dir); len(recs) != 1 || recs[0].Group != "3号楼" {
		t.Errorf("with --group: %+v\n%s", recs, out)
	}
}

func TestSigninNotOnRoster(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	code, _, errs := runCmd(t, "signin", dir, "--name", "何阿")
	if code != exitBadInput || !strings.Contains(errs, "何阿 is not on the roster (did you mean 何阿姨?)") || !strings.Contains(errs, "--walk-in") {
		t.Errorf("near name: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCmd(t, "signin", dir, "--name", "Zed")
	if code != exitBadInput || !strings.Contains(errs, "Zed is not on the roster; to register someone new add --walk-in (and --category, --group, --party, --phone") {
		t.Errorf("unknown name: exit %d, stderr %q", code, errs)
	}

	code, out, errs := runCmd(t, "signin", dir, "--name", "Mrs Lee", "--walk-in", "--category", "resident",
		"--group", "6号楼", "--party", "3", "--phone", "139-1234-5678", "--at", "2020-05-01T15:00:00+08:00")
	if code != exitOK {
		t.Fatalf("walk-in: exit %d, stderr %q", code, errs)
	}
	if !strings.HasPrefix(out, "registered and signed in Mrs Lee, party of 3, at 15:00 (#1)\ntotal: 1 written, adding 3 to the count; 3 in now\n") {
		t.Errorf("walk-in stdout %q", out)
	}
	r := records(t, dir)[0]
	if !r.WalkIn || r.Party != 3 || r.Phone != "13912345678" || r.Category != "resident" || r.Group != "6号楼" {
		t.Errorf("walk-in record %+v", r)
	}
	// The walk-in is found again by name, like someone on the roster.
	code, _, errs = runCmd(t, "signin", dir, "--name", "Mrs Lee")
	if code != exitBadInput || !strings.Contains(errs, "Mrs Lee is signed in already, since 15:00 at desk paper (#1)") {
		t.Errorf("walk-in again: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runCmd(t, "signin", dir, "--name", "Mrs Lee", "--walk-in", "--group", "6号楼", "--phone", "13912345678", "--again")
	if code != exitOK {
		t.Errorf("walk-in --again: exit %d, stderr %q", code, errs)
	}
	if recs := records(t, dir); len(recs) != 2 || !recs[1].Reentry || recs[1].Person != r.Person {
		t.Errorf("walk-in --again: %+v", recs)
	}
}

func TestSigninAnonymousAndCompanions(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	code, out, errs := runCmd(t, "signin", dir, "--anonymous", "4", "--at", "14:05")
	if code != exitOK || out != "counted 4 without names at 14:05 (#1)\ntotal: 1 written, adding 4 to the count; 4 in now\n" {
		t.Errorf("anonymous: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// A person from the roster with a party: they and their companions.
	code, out, errs = runCmd(t, "signin", dir, "--name", "沈桂英", "--party", "3", "--at", "14:10")
	if code != exitOK || out != "signed in 沈桂英 at 14:10 (#2)\ncounted 2 more with 沈桂英 at 14:10 (#3)\ntotal: 2 written, adding 3 to the count; 7 in now\n" {
		t.Errorf("companions: exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestSigninUsage(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	long := strings.Repeat("长", 10000)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "say who to sign in: --name NAME, --anonymous N or --from SHEET.csv"},
		{[]string{"--name", "x", "--anonymous", "2"}, "use only one of --name, --anonymous and --from"},
		{[]string{"--anonymous", "0"}, "--anonymous 0: one entry counts 1 to 99 people"},
		{[]string{"--anonymous", "100"}, "--anonymous 100: one entry counts 1 to 99 people"},
		{[]string{"--anonymous", "2", "--party", "3"}, "--party goes with --name"},
		{[]string{"--anonymous", "2", "--walk-in"}, "--walk-in goes with --name"},
		{[]string{"--name", "x", "--category", "resident"}, "--category is for a walk-in: add --walk-in"},
		{[]string{"--name", "x", "--party", "100"}, "--party 100: one entry counts 1 to 99 people"},
		{[]string{"--name", "  "}, "--name needs a name"},
		{[]string{"--name", long}, "the name is 10000 characters long; a name has at most 100"},
		{[]string{"--name", long, "--walk-in"}, "the name is 10000 characters long; a name has at most 100"},
		{[]string{"--anonymous", "1", "--desk", ""}, "--desk needs a name"},
		{[]string{"--anonymous", "1", "--at", "25:00"}, `--at "25:00": write HH:MM (near the event, on 2020-05-01)`},
		{[]string{"--anonymous", "1", "--at", "2999-01-01T10:00:00Z"}, "2999-01-01 18:00 is in the future"},
		{[]string{"--name", "x", "--walk-in", "--phone", "call me"}, "not a phone number"},
		{[]string{"--from", filepath.Join(dir, "missing.csv")}, filepath.Join(dir, "missing.csv") + ": cannot read: there is no such file"},
	} {
		code, out, errs := runCmd(t, append([]string{"signin", dir}, tc.args...)...)
		if code != exitBadInput || out != "" || !strings.Contains(errs, tc.want) || strings.Count(errs, "\n") != 1 {
			t.Errorf("signin %q: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, code, out, errs, tc.want)
		}
	}
	if b := attendanceBytes(t, dir); len(b) != 0 {
		t.Errorf("refused command lines wrote:\n%s", b)
	}
}

func TestSigninFromSheet(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	runCmd(t, "signin", dir, "--name", "王建平", "--at", "14:00")

	sheet := "\ufeff姓名,时间,人数,楼栋,备注\n" +
		"何阿姨,14:31,,,队长\n" +
		",14:35,5,,一家人\n" +
		"王芳,１４：４０,,3号楼,\n" + // full-width, as a Chinese input method types it
		"王建平,14:50,,,\n" + // in already: skipped
		"\n" +
		"Walker,14:55,2,6号楼,\n"
	path := filepath.Join(t.TempDir(), "sheet.csv")
	os.WriteFile(path, []byte(sheet), 0o644)

	// Walker is not on the roster: nothing is written until --walk-in.
	before := attendanceBytes(t, dir)
	code, _, errs := runCmd(t, "signin", dir, "--from", path)
	if code != exitBadInput || errs != "eventday: "+path+":7: 姓名: Walker is not on the roster; run with --walk-in to register the names not on it\n"+
		"eventday: "+path+": 1 problem(s); nothing was written\n" {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	if !bytes.Equal(before, attendanceBytes(t, dir)) {
		t.Fatal("a sheet with a bad row wrote to the log")
	}

	code, out, errs := runCmd(t, "signin", dir, "--from", path, "--walk-in", "--category", "resident", "--desk", "gate")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := "signed in 何阿姨 at 14:31 (#2)\n" +
		"counted 5 without names at 14:35 (#3)\n" +
		"signed in 王芳 at 14:40 (#4)\n" +
		path + ":5: skipped 王建平: signed in already since 14:00 at desk paper\n" +
		"registered and signed in Walker, party of 2, at 14:55 (#5)\n" +
		"total: 4 written, adding 9 to the count; 10 in now\n" +
		"skipped: 1 (signed in already; --again signs them in anyway)\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	recs := records(t, dir)
	if len(recs) != 5 || recs[4].Category != "resident" || recs[4].Group != "6号楼" || recs[1].Desk != "gate" {
		t.Errorf("records: %+v", recs)
	}
	for _, r := range recs[1:] {
		if r.RecordedAt == nil {
			t.Errorf("#%d from the sheet keeps no recorded_at", r.Seq)
		}
	}
}

func TestSigninFromSheetGB18030(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	gbk, err := simplifiedchinese.GB18030.NewEncoder().String("姓名,时间,签名\n何阿姨,14:31,\n沈桂英,,√\n")
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "sheet.csv")
	os.WriteFile(path, []byte(gbk), 0o644)
	code, out, errs := runCmd(t, "signin", dir, "--from", path, "--at", "14:20")
	if code != exitOK || !strings.Contains(out, "signed in 何阿姨 at 14:31 (#1)\nsigned in 沈桂英 at 14:20 (#2)\n") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
}

func TestSigninFromSheetEveryProblem(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	sheet := "name,time,party,group\n" +
		"王芳,14:40,,\n" + // two of them
		"王建平,bad,x,\n" + // two problems on one line
		",,,x\n" + // nothing to sign in
		"何阿姨,2999-01-01 10:00,,\n" + // in the future
		strings.Repeat("长", 500) + ",,,\n" // not here, but no such name either
	path := filepath.Join(t.TempDir(), "sheet.csv")
	os.WriteFile(path, []byte(sheet), 0o644)
	code, out, errs := runCmd(t, "signin", dir, "--from", path)
	want := []string{
		path + ":2: name: 2 people are called 王芳 (groups: 1号楼, 3号楼); add a group column to say which",
		path + `:3: party: "x" is not a number of people from 1 to 99`,
		path + `:3: time: "bad" is not a time`,
		path + ":4: no name and no party: nothing to sign in",
		path + ":5: time: 2999-01-01 10:00 is in the future",
		path + ":6: name: the name is 500 characters long; a name has at most 100",
		path + ": 6 problem(s); nothing was written",
	}
	if code != exitBadInput || out != "" || strings.Count(errs, "\n") != len(want) {
		t.Errorf("exit %d, stdout %q, stderr:\n%s", code, out, errs)
	}
	for _, w := range want {
		if !strings.Contains(errs, "eventday: "+w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	if len(attendanceBytes(t, dir)) != 0 {
		t.Error("a sheet with bad rows wrote to the log")
	}
}

func TestSigninWhileOpen(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	event, err := live.Open(dir, live.Options{Desk: "desk"})
	if err != nil {
		t.Fatal(err)
	}
	defer event.Close()
	code, out, errs := runCmd(t, "signin", dir, "--anonymous", "1")
	if code != exitFailure || out != "" {
		t.Fatalf("exit %d, stdout %q", code, out)
	}
	want := "eventday: " + dir + " is open in the app (eventday run, pid "
	if !strings.HasPrefix(errs, want) || !strings.HasSuffix(errs, "): sign in at its desk, or quit it and run signin again; nothing was written\n") {
		t.Errorf("stderr %q, want it to start %q", errs, want)
	}
	if len(attendanceBytes(t, dir)) != 0 {
		t.Error("signin wrote while the folder was open")
	}
}

func TestSigninChinese(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	code, out, _ := runCmd(t, "--lang", "zh", "signin", dir, "--name", "何阿姨", "--at", "14:32")
	if code != exitOK || !strings.HasPrefix(out, "已签到 何阿姨，14:32 到场（#1）\n合计：写入 1 条，人数增加 1；现在共到场 1 人\n") {
		t.Errorf("exit %d, stdout %q", code, out)
	}
	code, _, errs := runCmd(t, "--lang", "zh", "signin", dir, "--name", "何阿姨")
	if code != exitBadInput || !strings.Contains(errs, "何阿姨 已经签到，时间 14:32，签到台 paper（#1）") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
}

func TestSigninTornTail(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	runCmd(t, "signin", dir, "--anonymous", "2")
	f, _ := os.OpenFile(filepath.Join(dir, checkin.AttendanceFile), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"seq":2,"at":"2020-05-01T1`)
	f.Close()
	code, out, errs := runCmd(t, "signin", dir, "--anonymous", "1")
	if code != exitOK || !strings.Contains(out, "(#2)") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if !strings.Contains(errs, "eventday: warning: attendance.jsonl:2: the last line was cut short by a crash") {
		t.Errorf("no warning about the torn line: %q", errs)
	}
	if recs := records(t, dir); len(recs) != 2 {
		t.Errorf("%d records, want 2", len(recs))
	}
}

// TestSigninFromSheetOnlyArrivals: a sheet printed with the roster on it
// signs in only the rows filled in (a time, a party or a mark under the
// signature), counts the others as not arrived, and passes over the
// numbered blank rows nobody wrote on.
func TestSigninFromSheetOnlyArrivals(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	sheet := "\ufeff序号,姓名,楼栋,类别,人数,到场时间,签名\r\n" +
		"1,何阿姨,夕阳红舞蹈队,performer,,14:31,何\r\n" +
		"2,王芳,1号楼,resident,,,\r\n" + // printed, never filled in
		"3,王芳,3号楼,resident,,,√\r\n" + // signed without a time: --at
		"4,王建平,1号楼,resident,,,\r\n" +
		"5,沈桂英,1号楼,honoree,2,,\r\n" + // a party says she came
		"6,,,,,,\r\n"
	path := filepath.Join(t.TempDir(), "sheet.csv")
	os.WriteFile(path, []byte(sheet), 0o644)
	code, out, errs := runCmd(t, "signin", dir, "--from", path, "--at", "14:20")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	want := "signed in 何阿姨 at 14:31 (#1)\n" +
		"signed in 王芳 at 14:20 (#2)\n" +
		"signed in 沈桂英 at 14:20 (#3)\n" +
		"counted 1 more with 沈桂英 at 14:20 (#4)\n" +
		"total: 4 written, adding 4 to the count; 4 in now\n" +
		"not arrived: 2 (a name with no time, party or signature; write one of them to sign the person in)\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	if recs := records(t, dir); len(recs) != 4 || recs[1].Group != "3号楼" {
		t.Errorf("records: %+v", recs)
	}
}
