package live

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/internal/eventtest"
	"eventday/journal"
)

// rushRoster has a troupe of four (one of whom signs in early), two
// people called 王芳, and a resident who comes with family.
const rushRoster = "name,category,group,phone,act,note\n" +
	"何阿姨,performer,夕阳红舞蹈队,13901852273,fan,\n" +
	"曾凤英,performer,夕阳红舞蹈队,,fan,\n" +
	"查玉梅,performer,夕阳红舞蹈队,,fan,\n" +
	"孙丽华,performer,夕阳红舞蹈队,,fan,\n" +
	"王芳,resident,3号楼,,,\n" +
	"王芳,resident,7号楼,,,\n" +
	"王建平,resident,1号楼,13916352208,,\n"

func openRush(t *testing.T) (*Event, string, *eventtest.Clock) {
	t.Helper()
	dir, c := eventDir(t), newClock()
	if err := os.WriteFile(filepath.Join(dir, "roster.csv"), []byte(rushRoster), 0o644); err != nil {
		t.Fatal(err)
	}
	e, err := Open(dir, Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e, dir, c
}

func TestSignInTeam(t *testing.T) {
	e, dir, c := openRush(t)
	if _, err := e.SignIn(e.Search("何阿姨", 1)[0].Person, false); err != nil {
		t.Fatal(err)
	}
	ts := e.Teams("夕阳红", 5)
	if len(ts) != 1 || ts[0].Name != "夕阳红舞蹈队" || len(ts[0].Members) != 4 || ts[0].In != 1 {
		t.Fatalf("teams for 夕阳红: %+v", ts)
	}
	if ts := e.Teams("扇子舞", 5); len(ts) != 1 || ts[0].ID != "group:夕阳红舞蹈队" {
		t.Fatalf("the troupe is not found by its act: %+v", ts)
	}
	c.Add(time.Minute)
	recs, err := e.SignInTeam(ts[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range recs {
		names = append(names, r.Name)
	}
	if !slices.Equal(names, []string{"曾凤英", "查玉梅", "孙丽华"}) {
		t.Fatalf("signed in %v, want the three not in yet", names)
	}
	if tot := e.DeskState().Totals; tot.People != 4 || tot.Entries != 4 {
		t.Fatalf("after the team: %+v", tot)
	}
	if e.Show().PresenceOf("fan").All() != true {
		t.Error("the fan dance does not have all its performers")
	}
	// Everyone is in now: nothing more is written.
	if recs, err := e.SignInTeam(ts[0].ID); err != nil || len(recs) != 0 {
		t.Fatalf("the team again: %v %v", recs, err)
	}
	if _, err := e.SignInTeam("group:nobody"); !errors.Is(err, ErrNoSuchTeam) {
		t.Errorf("an unknown team: %v", err)
	}
	// What was written is what a restart reads.
	e.Close()
	folder, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := folder.Attendance.Totals(); got.People != 4 || got.Entries != 4 {
		t.Errorf("after a restart: %+v", got)
	}
}

// failAfter fails every write after the first n, as a disk that fills up.
type failAfter struct{ n int }

func (f *failAfter) Write(p []byte) (int, error) {
	if f.n == 0 {
		return 0, errors.New("no space left on device")
	}
	f.n--
	return len(p), nil
}
func (f *failAfter) Sync() error          { return nil }
func (f *failAfter) Truncate(int64) error { return nil }
func (f *failAfter) Close() error         { return nil }

// TestSignInTeamDiskFills: the disk fills after two of four: the two stand
// and are returned, the error says the rest was not saved.
func TestSignInTeamDiskFills(t *testing.T) {
	e, _, _ := openRush(t)
	e.attLog = journal.OpenFile(&failAfter{n: 2}, 0)
	recs, err := e.SignInTeam("group:夕阳红舞蹈队")
	var notSaved *checkin.NotSavedError
	if !errors.As(err, &notSaved) || len(recs) != 2 {
		t.Fatalf("on a disk that fills: %d written, %v", len(recs), err)
	}
	if tot := e.DeskState().Totals; tot.People != 2 {
		t.Errorf("counted %d, want the 2 written", tot.People)
	}
}

func TestSignInPartyAndUndoEntry(t *testing.T) {
	e, dir, c := openRush(t)
	wang := e.Search("王建平", 1)[0].Person
	rec, err := e.SignInParty(wang, 4)
	if err != nil || rec.Party != 4 || rec.Name != "王建平" {
		t.Fatalf("party: %+v %v", rec, err)
	}
	fangs := e.Named("王芳")
	if len(fangs) != 2 {
		t.Fatalf("%d people called 王芳", len(fangs))
	}
	c.Add(time.Minute)
	wrong, _ := e.SignIn(fangs[0], false)
	e.Anonymous(2)
	e.SignIn(fangs[1], false)
	if mine := e.Mine(10); len(mine) != 4 || mine[0].Name != "王芳" || mine[3].Seq != rec.Seq {
		t.Fatalf("this desk's entries: %+v", mine)
	}
	if last := e.DeskState().LastHere; !last.Equal(c.Now()) {
		t.Errorf("the last sign-in here at %v, want %v", last, c.Now())
	}
	undone, err := e.UndoEntry(wrong.Seq)
	if err != nil || undone.Seq != wrong.Seq || undone.Group != fangs[0].Group {
		t.Fatalf("undo #%d: %+v %v", wrong.Seq, undone, err)
	}
	if _, err := e.UndoEntry(wrong.Seq); !errors.Is(err, checkin.ErrUndoneAlready) {
		t.Errorf("the same entry again: %v", err)
	}
	if tot := e.DeskState().Totals; tot.People != 4+2+1 || tot.Undone != 1 {
		t.Fatalf("after the undo: %+v", tot)
	}
	// 王建平 goes home and comes back with two more: the re-entry does
	// not count him again, the two are counted in an entry of their own.
	recs, err := e.ReenterWith(wang, 3)
	if err != nil || len(recs) != 2 || !recs[0].Reentry || recs[0].Party != 1 || !recs[1].Anonymous() || recs[1].Party != 2 {
		t.Fatalf("re-entry with two more: %+v %v", recs, err)
	}
	if tot := e.DeskState().Totals; tot.People != 4+2+1+2 {
		t.Fatalf("after the re-entry: %+v", tot)
	}
	for _, r := range recs {
		if _, err := e.UndoEntry(r.Seq); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.ReenterWith(wang, 0); !errors.Is(err, checkin.ErrParty) {
		t.Errorf("a party of 0: %v", err)
	}
	// Another desk on the same folder cannot take back the gate's entries.
	e.Close()
	side, err := Open(dir, Options{Now: c.Now, Desk: "side"})
	if err != nil {
		t.Fatal(err)
	}
	defer side.Close()
	if _, err := side.UndoEntry(rec.Seq); !errors.Is(err, checkin.ErrOtherDesk) {
		t.Errorf("the side desk undoing the gate's entry: %v", err)
	}
	if tot := side.DeskState().Totals; tot.People != 7 {
		t.Errorf("after a restart: %+v", tot)
	}
	if mine := side.Mine(10); len(mine) != 0 || !side.DeskState().LastHere.IsZero() {
		t.Errorf("the side desk lists entries of the gate: %+v", mine)
	}
}
