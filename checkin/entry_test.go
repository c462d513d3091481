package checkin

import (
	"strings"
	"testing"
	"time"

	"eventday/i18n"
	"eventday/program"
)

// TestLookUp: a name means the one person of that name in the group
// given, or the one person of that name when no group is given.
func TestLookUp(t *testing.T) {
	wang1 := &Person{ID: "1", Name: "王芳", Group: "1号楼"}
	wang3 := &Person{ID: "3", Name: "王芳", Group: "3号楼"}
	for _, tc := range []struct {
		named []*Person
		group string
		want  NameProblem
	}{
		{[]*Person{wang1}, "", NameFound},
		{[]*Person{wang1, wang3}, "", NameSeveral},
		{[]*Person{wang1, wang3}, "3号楼", NameFound},
		{[]*Person{wang1, wang3}, "9号楼", NameNotInGroup},
		{nil, "", NameUnknown},
	} {
		if got := LookUp(tc.named, tc.group).Problem(); got != tc.want {
			t.Errorf("%d people, group %q: %v, want %v", len(tc.named), tc.group, got, tc.want)
		}
	}
	if got := Groups([]*Person{wang1, {Name: "王芳"}}).In(i18n.For("zh")); got != "1号楼、无楼栋" {
		t.Errorf("groups in Chinese: %q", got)
	}
}

// TestSheetEntries: every row of a sheet is checked at once, each problem
// naming its row and column as the sheet's header writes them; the rows
// that pass become entries, the unfilled rows of a printed roster are
// counted as absent.
func TestSheetEntries(t *testing.T) {
	plan, err := program.ParsePlan("event.yaml", []byte("event:\n  name: x\n  date: 2026-05-01\n  start: \"14:30\"\n  timezone: Asia/Shanghai\nacts:\n  - title: a\n    duration: 5m\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	sheet := "姓名,时间,人数,楼栋,签名\n" +
		"何阿姨,14:02,,,\n" + // 2: found
		"王芳,14:03,,,\n" + // 3: two of that name
		"王芳,14:04,,9号楼,\n" + // 4: none in that building
		"张三,14:05,,,\n" + // 5: not on the roster
		",14:06,4,,\n" + // 6: four heads
		"何阿姨,下午,,,\n" + // 7: not a time
		"沈桂英,,,,\n" // 8: a printed row nobody filled in
	rows, _, errs := ReadSheet("sheet.csv", []byte(sheet))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	people := map[string][]*Person{
		"何阿姨": {{ID: "h", Name: "何阿姨"}},
		"王芳":  {{ID: "1", Name: "王芳", Group: "1号楼"}, {ID: "3", Name: "王芳", Group: "3号楼"}},
		"沈桂英": {{ID: "s", Name: "沈桂英"}},
	}
	named := func(name string) []*Person { return people[name] }
	s := &Sheet{File: "sheet.csv", Rows: rows}
	now := plan.PlannedStart().Add(3 * time.Hour)
	entries, absent, problems := s.Entries(plan, now, now, named)
	if absent != 1 {
		t.Errorf("absent %d, want 1", absent)
	}
	if len(entries) != 2 || entries[0].Person == nil || entries[0].Person.ID != "h" || entries[1].Person != nil || entries[1].Party != 4 {
		t.Errorf("entries %+v, want 何阿姨 and four heads", entries)
	}
	if entries[0].Place != "sheet.csv:2" || entries[0].Source == "" || entries[0].At.Format("15:04") != "14:02" {
		t.Errorf("the first entry %+v does not say where it is from and when they came", entries[0])
	}
	got := problems.In(i18n.For("en"))
	for _, want := range []string{
		"sheet.csv:3: 姓名: 2 people are called 王芳",
		"sheet.csv:4: 楼栋:",
		"sheet.csv:5: 姓名:",
		`sheet.csv:7: 时间: "下午"`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("problems lack %q:\n%s", want, got)
		}
	}
	if n := strings.Count(got, "\n") + 1; n != 4 {
		t.Errorf("%d problems, want 4:\n%s", n, got)
	}
}
