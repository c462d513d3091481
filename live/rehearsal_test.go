package live

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"eventday/checkin"
	"eventday/program"
)

// TestRehearsalKeepsApart: a rehearsal writes journals of its own; the
// show's are not made, and what export and report read holds nothing of
// it. Opened fresh, it starts from the top and the earlier rehearsal is
// kept aside.
func TestRehearsalKeepsApart(t *testing.T) {
	dir, c := deskDir(t), newClock()
	e, err := Open(dir, Options{Now: c.Now, Desk: "gate", Rehearsal: true})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := e.Cue(program.Cue{Kind: program.KindGo}); err != nil {
		t.Fatal(err)
	}
	if _, err := e.SignIn(e.Search("何阿姨", 1)[0].Person, false); err != nil {
		t.Fatal(err)
	}
	show := e.Show()
	if !show.Rehearsal || !show.AnchoredAtFirstGo(c.Now()) {
		t.Errorf("a rehearsal on the event's day: Rehearsal %v, timed from the first GO %v; want both", show.Rehearsal, show.AnchoredAtFirstGo(c.Now()))
	}
	if err := e.Close(); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{ShowLog, checkin.AttendanceFile} {
		if _, err := os.Stat(filepath.Join(dir, name)); !os.IsNotExist(err) {
			t.Errorf("the rehearsal touched the show's %s: %v", name, err)
		}
		if fi, err := os.Stat(filepath.Join(dir, RehearsalDir, name)); err != nil || fi.Size() == 0 {
			t.Errorf("the rehearsal's %s: %v", name, err)
		}
	}
	f, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if f.Show.Seq != 0 || f.Attendance.Totals().People != 0 {
		t.Errorf("the folder as export reads it holds the rehearsal: %d cues, %d people", f.Show.Seq, f.Attendance.Totals().People)
	}

	// Again: the rehearsal goes on where it was.
	e, err = Open(dir, Options{Now: c.Now, Desk: "gate", Rehearsal: true})
	if err != nil {
		t.Fatal(err)
	}
	if onStage := e.Show().Live(); onStage == nil || onStage.ID != "choir" {
		t.Errorf("the rehearsal reopened: live %+v, want the choir", onStage)
	}
	e.Close()

	// Fresh: from the top, the earlier one kept aside.
	e, err = Open(dir, Options{Now: c.Now, Desk: "gate", Rehearsal: true, Fresh: true})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if show := e.Show(); show.Seq != 0 || e.DeskState().Totals.People != 0 {
		t.Errorf("a fresh rehearsal starts with %d cues and %d people", show.Seq, e.DeskState().Totals.People)
	}
	aside := e.SetAside()
	if !strings.HasPrefix(filepath.Base(aside), "earlier-") || filepath.Dir(aside) != filepath.Join(dir, RehearsalDir) {
		t.Fatalf("the earlier rehearsal was set aside in %q", aside)
	}
	for _, name := range []string{ShowLog, checkin.AttendanceFile} {
		if fi, err := os.Stat(filepath.Join(aside, name)); err != nil || fi.Size() == 0 {
			t.Errorf("the earlier rehearsal's %s is not kept: %v", name, err)
		}
	}
	// The real show still opens on an empty record.
	e.Close()
	real, err := Open(dir, Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	defer real.Close()
	if show := real.Show(); show.Seq != 0 || show.Rehearsal {
		t.Errorf("the show after rehearsals: %d cues, rehearsal %v", show.Seq, show.Rehearsal)
	}
}
