package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"eventday/program"
)

// TestPhonesMaskedOnEveryView: a phone number in the event's name and in
// a roster person's group is masked on the Stage, the Desk and the
// Summary, as the desk masks the phone column.
func TestPhonesMaskedOnEveryView(t *testing.T) {
	plan := mayDay()
	plan.Name = "五一汇演（咨询 13800001111）"
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 14, 17, 30, 0, plan.Location))
	people := deskPeople()
	people[0].Group = "队13661208837"
	df := newDeskFake(t, b, people)
	h := newHarnessOn(t, df, b, Options{Lang: "en"}, 120, 40)
	for _, view := range []string{"Stage", "Desk", "Summary"} {
		if view == "Desk" {
			h.typeText("hay")
		}
		screen := h.view()
		mustContain(t, screen, "["+view+"]", "五一汇演（咨询 138****1111）")
		if view == "Desk" {
			mustContain(t, screen, "队136****8837", "139****2273")
		}
		for _, n := range []string{"13800001111", "13661208837", "13901852273"} {
			if strings.Contains(screen, n) {
				t.Errorf("%s shows %s whole:\n%s", view, n, screen)
			}
		}
		h.press("tab")
	}
}

// TestFrameWithPhonesCostsNoMore: masking the phone numbers in every
// act's performers, intro and notes is done once, not in every frame: a
// frame of the Stage with a number in each of them allocates about what
// it does without.
func TestFrameWithPhonesCostsNoMore(t *testing.T) {
	plain := frameEvent(t, frameSizes()[0])
	phones := frameEvent(t, frameSizes()[0])
	for i, a := range phones.show.State().Acts {
		if a.Status == program.Done {
			continue
		}
		def := &program.ActDef{Title: a.Title, Seconds: int(a.Duration / time.Second), Contact: a.Contact,
			Performers: fmt.Sprintf("%d号楼合唱队 联系人2 1380000%04d", i%40+1, i),
			Notes:      fmt.Sprintf("音响 1370000%04d；音乐第2首", i),
			Intro:      fmt.Sprintf("掌声欢迎我们的邻居们。\n有事找小李 1391234%04d。", i)}
		phones.must(t, program.Cue{Kind: program.KindEdit, Act: a.ID, Def: def})
	}
	var costs [2]frameCost
	for i, df := range []*deskFake{plain, phones} {
		a := frameApp(t, df, "Stage")
		screen := a.View().Content
		if i == 1 && !strings.Contains(screen, "联系人2 138****00") {
			t.Fatalf("no masked number on the screen:\n%s", screen)
		}
		costs[i] = costOf(func() { _ = a.View() })
	}
	t.Logf("a frame allocates %.0f times, %.0f bytes; with numbers in every act's text %.0f times, %.0f bytes",
		costs[0].allocs, costs[0].bytes, costs[1].allocs, costs[1].bytes)
	if costs[1].allocs > 1.1*costs[0].allocs || costs[1].bytes > 1.1*costs[0].bytes {
		t.Errorf("numbers in the acts' text make a frame cost more: it masks them again every frame")
	}
}
