package live

import (
	"errors"
	"testing"

	"eventday/checkin"
	"eventday/program"
)

// TestDeskStationsUndoTheirOwn: two desks sign in under their own names,
// and each one's undo and list of latest sign-ins are its own, while the
// host's desk sees neither as its own.
func TestDeskStationsUndoTheirOwn(t *testing.T) {
	dir, c := deskDir(t), newClock()
	e, err := Open(dir, Options{Now: c.Now, Desk: "host"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	east, west := e.DeskStation("east"), e.DeskStation("west")
	he := east.Search("hay", 1)[0].Person
	shan := west.Search("shanxiaoming", 1)[0].Person
	if r, err := east.SignIn(he, false); err != nil || r.Desk != "east" {
		t.Fatalf("east signs in: %+v %v", r, err)
	}
	if r, err := west.SignIn(shan, false); err != nil || r.Desk != "west" {
		t.Fatalf("west signs in: %+v %v", r, err)
	}
	if m := east.Mine(5); len(m) != 1 || m[0].Name != "何阿姨" {
		t.Errorf("east's own: %+v", m)
	}
	if r := east.DeskState().Recent; len(r) != 1 || r[0].Desk != "east" {
		t.Errorf("east's latest sign-ins: %+v", r)
	}
	if _, err := e.UndoSignIn(); !errors.Is(err, checkin.ErrNothingToUndo) {
		t.Errorf("the host's desk undid another desk's sign-in: %v", err)
	}
	undone, err := east.UndoSignIn()
	if err != nil || undone.Name != "何阿姨" {
		t.Fatalf("east's undo: %+v %v", undone, err)
	}
	if _, err := east.UndoSignIn(); !errors.Is(err, checkin.ErrNothingToUndo) {
		t.Errorf("east's second undo reached west's sign-in: %v", err)
	}
	if m := west.Mine(5); len(m) != 1 || m[0].Name != "单小明" {
		t.Errorf("west's sign-in after east's undo: %+v", m)
	}
	w := west.Mine(1)[0]
	if _, err := east.UndoEntry(w.Seq); !errors.Is(err, checkin.ErrOtherDesk) {
		t.Errorf("east undid west's entry by number: %v", err)
	}
	if got := e.Totals().People; got != 1 {
		t.Errorf("%d people in, want 1", got)
	}
}

// TestStationsKeepToTheirWork: a desk cannot cue and the stage cannot sign
// in, whatever their screens offer; the refusal changes nothing.
func TestStationsKeepToTheirWork(t *testing.T) {
	dir, c := deskDir(t), newClock()
	e, err := Open(dir, Options{Now: c.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	desk, stage := e.DeskStation("east"), e.StageStation()
	var se *StationError
	if _, err := desk.Cue(program.Cue{Kind: program.KindGo}); !errors.As(err, &se) || !se.Cue {
		t.Errorf("a desk's GO: %v", err)
	}
	he := stage.Search("hay", 1)[0].Person
	for what, write := range map[string]func() error{
		"sign-in":  func() error { _, err := stage.SignIn(he, false); return err },
		"party":    func() error { _, err := stage.SignInParty(he, 3); return err },
		"heads":    func() error { _, err := stage.Anonymous(2); return err },
		"walk-in":  func() error { _, err := stage.WalkIn("王Lily", "resident", "", 1, ""); return err },
		"undo":     func() error { _, err := stage.UndoSignIn(); return err },
		"team":     func() error { _, err := stage.SignInTeam("fan"); return err },
		"re-enter": func() error { _, err := stage.ReenterWith(he, 2); return err },
	} {
		if err := write(); !errors.As(err, &se) || se.Cue {
			t.Errorf("the stage's %s: %v", what, err)
		}
	}
	if e.Show().Seq != 0 || e.Totals().People != 0 {
		t.Errorf("a refused write changed the event: seq %d, %d people", e.Show().Seq, e.Totals().People)
	}
	if _, err := stage.Cue(program.Cue{Kind: program.KindGo}); err != nil {
		t.Errorf("the stage's GO: %v", err)
	}
}
