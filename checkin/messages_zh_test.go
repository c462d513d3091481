package checkin

import (
	"strings"
	"testing"
	"time"

	"eventday/i18n"
	"eventday/i18n/i18ntest"
	"eventday/program"
)

// columnWords are the roster's and a paper sheet's columns, which a
// Chinese message names as the file's header writes them.
func columnWords() []string {
	var words []string
	for _, c := range append(rosterColumns(), sheetColumns...) {
		words = append(words, c.Name)
		words = append(words, c.Aliases...)
	}
	return words
}

// noEnglish fails when a line of err said in Chinese holds an English
// sentence, or when err reads the same in both languages.
func noEnglish(t *testing.T, what string, err error, from string) {
	t.Helper()
	if err == nil {
		t.Errorf("%s: no error", what)
		return
	}
	zh := i18n.Localize(err, i18n.For("zh"))
	if zh == err.Error() {
		t.Errorf("%s: the same in Chinese as in English: %s", what, zh)
	}
	for line := range strings.SplitSeq(zh, "\n") {
		if left := i18ntest.English(line, from, columnWords()...); left != nil {
			t.Errorf("%s: English %q left in\n%s", what, left, line)
		}
	}
}

// Every problem the roster, a paper sheet and a phone number can have
// reads in Chinese when shown in Chinese.
func TestRosterErrorsInChinese(t *testing.T) {
	for _, tt := range rosterErrorCases {
		_, err := ParseRoster("roster.csv", []byte(tt.data), testActs)
		noEnglish(t, tt.name, err, tt.data)
	}
	for _, phone := range []string{"12", "138-1234-567a", "1234567890123456"} {
		_, err := NormalizePhone(phone)
		noEnglish(t, phone, err, phone)
	}
	plan, err := program.ParsePlan("event.yaml", []byte("event:\n  name: x\n  date: 2026-05-01\n  start: \"14:30\"\nacts:\n  - title: a\n    duration: 5m\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	sheet := "姓名,时间,人数,楼栋,电话\n" +
		"王芳,14:03,,,\n" +
		"王芳,14:04,,9号楼,\n" +
		"张三,14:05,,,12\n" +
		"何阿姨,下午,,,\n" +
		",14:06,1000,,\n" +
		",,,,\n"
	rows, _, errs := ReadSheet("sheet.csv", []byte(sheet))
	if len(errs) > 0 {
		noEnglish(t, "sheet", errs.Err(), sheet)
	}
	people := map[string][]*Person{"王芳": {{ID: "1", Name: "王芳", Group: "1号楼"}, {ID: "3", Name: "王芳", Group: "3号楼"}}}
	now := plan.PlannedStart().Add(3 * time.Hour)
	for _, walkIn := range []bool{false, true} {
		s := &Sheet{File: "sheet.csv", Rows: rows, WalkIn: walkIn}
		_, _, problems := s.Entries(plan, now, now, func(name string) []*Person { return people[name] })
		noEnglish(t, "sheet entries", problems.Err(), sheet)
	}
}
