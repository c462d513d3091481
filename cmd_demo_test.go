package main

import (
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"eventday/checkin"
	"eventday/demo"
	"eventday/i18n"
	"eventday/program"
)

// TestDemoEvent keeps the built-in event what the README and the help
// promise: the May Day show in the square, loadable, with a roster that
// links a performer to every act and exercises the search (polyphonic
// surnames, a Latin name, 何阿姨 found by "hay" and "何阿").
func TestDemoEvent(t *testing.T) {
	en := i18n.For("en")
	yaml, err := demo.File("event.yaml", en)
	if err != nil {
		t.Fatal(err)
	}
	plan, err := program.ParsePlan("event.yaml", yaml, nil)
	if err != nil {
		t.Fatalf("the built-in event.yaml does not load:\n%v", err)
	}
	if plan.Date != "2026-05-01" || plan.Start != "14:30" || plan.Capacity != 150 || plan.CallAhead != 10*time.Minute ||
		plan.Location == nil || plan.Location.String() != "Asia/Shanghai" {
		t.Errorf("event header: %+v", plan)
	}
	if len(plan.Acts) != 9 {
		t.Fatalf("%d acts, want the nine of the May Day show", len(plan.Acts))
	}
	mobile := regexp.MustCompile(`1[3-9]\d{9}`)
	var total time.Duration
	for _, a := range plan.Acts {
		total += a.Duration
		if a.Duration < 3*time.Minute || a.Duration > 12*time.Minute {
			t.Errorf("act %s lasts %v, outside 3–12 minutes", a.ID, a.Duration)
		}
		if n := len(strings.Split(strings.TrimSpace(a.Intro), "\n")); n < 2 || n > 3 {
			t.Errorf("act %s: the MC's intro has %d lines, want 2 or 3", a.ID, n)
		}
		if a.Performers == "" || a.Notes == "" || !mobile.MatchString(a.Contact) {
			t.Errorf("act %s lacks performers, notes or a mobile number in its contact", a.ID)
		}
	}
	if total < 60*time.Minute || total > 70*time.Minute {
		t.Errorf("the show lasts %v, want about 65 minutes", total)
	}

	csv, err := demo.File("roster.csv", en)
	if err != nil {
		t.Fatal(err)
	}
	roster, err := checkin.ParseRoster("roster.csv", csv, plan.Acts)
	if err != nil {
		t.Fatalf("the built-in roster.csv does not load:\n%v", err)
	}
	if n := roster.Len(); n < 50 || n > 70 {
		t.Errorf("%d people on the roster, want about 60", n)
	}
	for _, a := range plan.Acts {
		if len(roster.Performers(a.ID)) == 0 {
			t.Errorf("nobody on the roster is linked to act %s", a.ID)
		}
	}
	categories := map[string]int{}
	surnames := map[string]bool{}
	var latin, childOfThree bool
	for _, p := range roster.People {
		categories[p.Category]++
		first, _ := utf8.DecodeRuneInString(p.Name)
		surnames[string(first)] = true
		if strings.ContainsAny(p.Name, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			latin = true
		}
		if p.ActID == "choir" && p.Category == "performer" && utf8.RuneCountInString(p.Name) == 3 && strings.Contains(p.Note, "家长") {
			childOfThree = true
		}
	}
	for _, c := range []string{"performer", "volunteer", "honoree", "sponsor", "resident"} {
		if categories[c] == 0 {
			t.Errorf("no %s on the roster", c)
		}
	}
	for _, s := range []string{"单", "曾", "解", "仇", "查", "区", "乐"} {
		if !surnames[s] {
			t.Errorf("no one with the polyphonic surname %s on the roster", s)
		}
	}
	if !latin || !childOfThree {
		t.Errorf("the roster lacks a Latin-letter name (%v) or a three-character child's name (%v)", latin, childOfThree)
	}

	ix := roster.Index()
	for _, q := range []string{"hay", "何阿"} {
		m := ix.Search(q, 5)
		if len(m) == 0 || m[0].Person.Name != "何阿姨" {
			t.Errorf("search %q does not find 何阿姨 first: %v", q, m)
		}
	}
}
