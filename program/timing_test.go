package program

import (
	"testing"
	"time"
)

func TestDriftOnTheEventDay(t *testing.T) {
	s := NewShow(testEvent()) // 5+6+10+8 = 29 min from 14:30: planned end 14:59
	show := s.State()
	if show.AnchoredAtFirstGo(at("14:00:00")) {
		t.Fatal("anchored at first GO on the event's day")
	}
	if got := show.PlannedEnd(at("14:00:00")); !got.Equal(at("14:59:00")) {
		t.Fatalf("planned end %v", got)
	}
	if d := show.Drift(at("14:00:00")); d != 0 {
		t.Errorf("before the start, drift %v, want on time", d)
	}
	// Not started at 14:34: four minutes late already.
	if d := show.Drift(at("14:34:00")); d != 4*time.Minute {
		t.Errorf("not started at 14:34: drift %v, want 4m", d)
	}
	cue(t, s, Cue{Kind: KindGo}, at("14:34:00"))
	show = s.State()
	if d := show.Drift(at("14:35:00")); d != 4*time.Minute {
		t.Errorf("started 4 min late: drift %v", d)
	}
	if got := show.ProjectedEnd(at("14:35:00")); !got.Equal(at("15:03:00")) {
		t.Errorf("projected end %v, want 15:03", got)
	}
	// The choir overruns by 2 min: the end moves with it.
	if d := show.Drift(at("14:41:00")); d != 6*time.Minute {
		t.Errorf("overrunning: drift %v, want 6m", d)
	}
	// Skipping the sketch (10 min) makes the show early.
	cue(t, s, Cue{Kind: KindSkip, Act: "sketch"}, at("14:36:00"))
	show = s.State()
	if d := show.Drift(at("14:36:00")); d != -6*time.Minute {
		t.Errorf("after skipping 10 min: drift %v, want -6m", d)
	}
	// Expected starts chain from the live act's end.
	exp := show.Expected(at("14:36:00"))
	if !exp[1].Equal(at("14:39:00")) || !exp[3].Equal(at("14:45:00")) || !exp[2].IsZero() || !exp[0].IsZero() {
		t.Errorf("expected starts %v", exp)
	}
	// A hold pushes every expected start.
	cue(t, s, Cue{Kind: KindHold}, at("14:37:00"))
	show = s.State()
	if got := show.Expected(at("14:40:00"))[1]; !got.Equal(at("14:42:00")) {
		t.Errorf("on hold for 3 min: next expected %v, want 14:42", got)
	}
	planned := show.PlannedStarts(at("14:40:00"))
	if !planned["taichi"].Equal(at("14:51:00")) {
		t.Errorf("planned start of taichi %v", planned["taichi"])
	}
}

func TestAnchoredAtFirstGoOnAnotherDay(t *testing.T) {
	s := NewShow(testEvent())
	rehearsal := at("10:00:00").AddDate(0, 0, -3)
	show := s.State()
	if !show.AnchoredAtFirstGo(rehearsal) {
		t.Fatal("a rehearsal three days early is anchored at the printed start")
	}
	if d := show.Drift(rehearsal); d != 0 {
		t.Errorf("rehearsal before its first GO: drift %v", d)
	}
	cue(t, s, Cue{Kind: KindGo}, rehearsal)
	show = s.State()
	if got := show.PlannedEnd(rehearsal.Add(time.Hour)); !got.Equal(rehearsal.Add(29 * time.Minute)) {
		t.Errorf("planned end %v, want first GO + 29 min", got)
	}
	if d := show.Drift(rehearsal.Add(7 * time.Minute)); d != 2*time.Minute {
		t.Errorf("choir at 7 of 5 min: drift %v, want 2m", d)
	}
}

func TestAlertsFromExpectedStart(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	// choir 14:30-14:35, fan expected 14:35, sketch 14:41, taichi 14:51.
	show := s.State()
	alerts := show.Alerts(at("14:30:00"))
	if len(alerts) != 1 || show.Acts[alerts[0].Idx].ID != "fan" || alerts[0].Kind != CallNow || alerts[0].In != 5*time.Minute {
		t.Fatalf("at 14:30: %+v", alerts)
	}
	// At 14:32 the sketch (14:41) is within 10 min.
	alerts = show.Alerts(at("14:32:00"))
	if len(alerts) != 2 || show.Acts[alerts[1].Idx].ID != "sketch" || alerts[1].In != 9*time.Minute {
		t.Fatalf("at 14:32: %+v", alerts)
	}
	cue(t, s, Cue{Kind: KindCalled, Act: "fan"}, at("14:33:00"))
	show = s.State()
	// fan is standby and called but not ready: get them to the wings.
	alerts = show.Alerts(at("14:33:30"))
	if len(alerts) != 2 || alerts[0].Kind != ToWings || show.Acts[alerts[0].Idx].ID != "fan" {
		t.Fatalf("after calling: %+v", alerts)
	}
	// The choir ends 3 min late: fan 14:38-14:44, sketch 14:44-14:54, so tai
	// chi, printed for 14:51, is expected at 14:54. Its call comes at 14:44,
	// from the expected start, not at 14:41 from the printed one.
	cue(t, s, Cue{Kind: KindGo}, at("14:38:00"))
	show = s.State()
	taichi := func(now string) *Alert {
		for _, a := range show.Alerts(at(now)) {
			if show.Acts[a.Idx].ID == "taichi" {
				return &a
			}
		}
		return nil
	}
	if a := taichi("14:41:00"); a != nil {
		t.Errorf("tai chi called at 14:41 from the printed start: %+v", a)
	}
	if a := taichi("14:43:59"); a != nil {
		t.Errorf("tai chi called at 14:43:59, 10 min 1 s ahead: %+v", a)
	}
	if a := taichi("14:44:00"); a == nil || a.In != 10*time.Minute || a.Kind != CallNow {
		t.Errorf("tai chi not called at 14:44: %+v", a)
	}
}

func TestAlertsStopWhenOver(t *testing.T) {
	s := NewShow(&Plan{Name: "x", Date: "2026-05-01", Start: "14:30", CallAhead: time.Hour, Location: shanghai,
		Acts: []Act{{ID: "a", Title: "A", Duration: time.Minute}}})
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	cue(t, s, Cue{Kind: KindGo}, at("14:31:00"))
	if a := s.State().Alerts(at("14:32:00")); a != nil {
		t.Errorf("alerts after the show: %v", a)
	}
	if got := s.State().ProjectedEnd(at("15:00:00")); !got.Equal(at("14:31:00")) {
		t.Errorf("projected end of a finished show %v", got)
	}
}
