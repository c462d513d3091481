package program

import (
	"testing"
	"time"
)

func TestSuggestMovesFirstActAllHere(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00")) // choir live; fan on standby
	show := s.State()
	if _, ok := show.Suggest(); ok {
		t.Fatal("a suggestion without any presence known")
	}
	show.Presence = map[string]Presence{
		"fan":    {Arrived: 0, Expected: 6},
		"sketch": {Arrived: 2, Expected: 3},
		"taichi": {Arrived: 8, Expected: 8},
	}
	sg, ok := show.Suggest()
	if !ok || show.Acts[sg.Standby].ID != "fan" || show.Acts[sg.Candidate].ID != "taichi" {
		t.Fatalf("suggestion %+v %v, want taichi in place of fan", sg, ok)
	}
	c := sg.Cue(show)
	if c.Kind != KindMove || c.Act != "taichi" || c.Delta != -2 {
		t.Fatalf("cue %+v", c)
	}
	cue(t, s, c, at("14:31:00"))
	got := s.State()
	order := [4]string{got.Acts[0].ID, got.Acts[1].ID, got.Acts[2].ID, got.Acts[3].ID}
	if order != [4]string{"choir", "taichi", "fan", "sketch"} {
		t.Fatalf("order after the move %v", order)
	}
	cue(t, s, Cue{Kind: KindUndo}, at("14:31:10"))
	if s.State().Acts[1].ID != "fan" {
		t.Fatal("the move up is not undone")
	}
	// Someone of the standby act arrives: no more suggestion.
	show.Presence["fan"] = Presence{Arrived: 1, Expected: 6}
	if _, ok := show.Suggest(); ok {
		t.Error("suggestion while part of the standby act is here")
	}
	// Nobody all here: nothing to suggest.
	show.Presence = map[string]Presence{"fan": {0, 6}, "taichi": {7, 8}}
	if _, ok := show.Suggest(); ok {
		t.Error("suggested an act not all here")
	}
}

func TestMoveFarOnlyAmongActsToCome(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	if err := tryCue(s, Cue{Kind: KindMove, Act: "taichi", Delta: -3}, at("14:31:00")); err == nil {
		t.Fatal("moved an act above the live one")
	}
	cue(t, s, Cue{Kind: KindMove, Act: "taichi", Delta: -2}, at("14:31:00"))
	if s.State().Acts[1].ID != "taichi" {
		t.Fatal("not moved")
	}
}

func TestAlertsOnlyForActsHere(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	show := s.State()
	show.Presence = map[string]Presence{"fan": {0, 6}, "sketch": {2, 3}}
	alerts := show.Alerts(at("14:32:00")) // fan in 3 min, sketch in 9
	if len(alerts) != 2 {
		t.Fatalf("alerts %+v", alerts)
	}
	if alerts[0].Kind != NotHere || show.Acts[alerts[0].Idx].ID != "fan" {
		t.Errorf("fan with nobody here: %+v", alerts[0])
	}
	if alerts[1].Kind != CallNow || show.Acts[alerts[1].Idx].ID != "sketch" || alerts[1].In != 9*time.Minute {
		t.Errorf("sketch with 2 of 3 here: %+v", alerts[1])
	}
}
