package live

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/journal"
	"eventday/program"
)

const rosterCSV = "name,category,group,phone,act,note\n" +
	"何阿姨,performer,3号楼,13812345678,fan,\n" +
	"单小明,volunteer,,,,\n" +
	"曾老师,performer,,,choir,\n"

func deskDir(t *testing.T) string {
	dir := eventDir(t)
	if err := os.WriteFile(filepath.Join(dir, "roster.csv"), []byte(rosterCSV), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestSignInsSurviveRestart(t *testing.T) {
	dir, c := deskDir(t), newClock()
	e, err := Open(dir, Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	m := e.Search("hay", 5)
	if len(m) != 1 || m[0].Person.Name != "何阿姨" || m[0].In {
		t.Fatalf("search hay: %+v", m)
	}
	if _, err := e.SignIn(m[0].Person, false); err != nil {
		t.Fatal(err)
	}
	if _, err := e.SignIn(m[0].Person, false); !errors.Is(err, checkin.ErrAlreadySignedIn) {
		t.Fatalf("second sign-in: %v", err)
	}
	if m := e.Search("hay", 5); !m[0].In || m[0].SignedIn.Desk != "gate" {
		t.Errorf("after sign-in the match is not marked in: %+v", m[0])
	}
	e.Anonymous(4)
	e.WalkIn("王Lily", "resident", "5号楼", 2, "139 0000 1111")
	e.Anonymous(3)
	undone, err := e.UndoSignIn()
	if err != nil || undone.Party != 3 {
		t.Fatalf("undo: %+v %v", undone, err)
	}
	if got := e.DeskState().Totals.People; got != 1+4+2 {
		t.Fatalf("total %d, want 7", got)
	}
	e.Close()
	e, err = Open(dir, Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	if got := e.DeskState().Totals.People; got != 7 {
		t.Errorf("after restart total %d, want 7", got)
	}
	if m := e.Search("wangl", 5); len(m) != 1 || !m[0].In {
		t.Errorf("the walk-in is not found after a restart: %+v", m)
	}
	st, _ := os.Stat(filepath.Join(dir, checkin.AttendanceFile))
	if st.Mode().Perm() != 0o600 {
		t.Errorf("attendance.jsonl mode %v", st.Mode().Perm())
	}
}

// brokenDisk fails every write, as a full disk does.
type brokenDisk struct{ fail bool }

func (b *brokenDisk) Write(p []byte) (int, error) {
	if b.fail {
		return 0, errors.New("no space left on device")
	}
	return len(p), nil
}
func (b *brokenDisk) Sync() error          { return nil }
func (b *brokenDisk) Truncate(int64) error { return nil }
func (b *brokenDisk) Close() error         { return nil }

func TestFailedWriteCountsNothing(t *testing.T) {
	dir, c := deskDir(t), newClock()
	e, err := Open(dir, Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	disk := &brokenDisk{fail: true}
	e.attLog = journal.OpenFile(disk, 0)
	p := e.Search("单小明", 1)[0].Person
	_, err = e.SignIn(p, false)
	var notSaved *checkin.NotSavedError
	if !errors.As(err, &notSaved) || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("sign-in on a full disk: %v", err)
	}
	if e.DeskState().Totals.People != 0 || e.Search("单小明", 1)[0].In {
		t.Fatal("a sign-in that was not saved was counted")
	}
	disk.fail = false
	if _, err := e.SignIn(p, false); err != nil {
		t.Fatalf("the same person after the disk has room: %v", err)
	}
	if e.DeskState().Totals.People != 1 {
		t.Fatal("not counted once saved")
	}
}

func TestBadRosterOrLogStopsStart(t *testing.T) {
	for name, tc := range map[string]struct{ file, data, want string }{
		"roster names no act": {"roster.csv", "name,category,group,phone,act,note\n何阿姨,performer,,,太级,\n",
			`roster.csv:2: column act: no act "太级" in the programme`},
		"damaged attendance line": {"attendance.jsonl", "garbage\n{\"seq\":2",
			"attendance.jsonl:1: "},
	} {
		t.Run(name, func(t *testing.T) {
			dir := deskDir(t)
			path := filepath.Join(dir, tc.file)
			os.WriteFile(path, []byte(tc.data), 0o600)
			_, err := Open(dir, Options{Now: newClock().Now})
			if !errors.Is(err, ErrBadInput) || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("err = %v\nwant prefix %s", err, tc.want)
			}
			if data, _ := os.ReadFile(path); string(data) != tc.data {
				t.Errorf("%s changed by a failed start", tc.file)
			}
			if _, err := os.Stat(filepath.Join(dir, checkin.AttendanceFile)); tc.file != checkin.AttendanceFile && err == nil {
				t.Error("a failed start created attendance.jsonl")
			}
			if _, err := os.Stat(filepath.Join(dir, ShowLog)); err == nil {
				t.Error("a failed start created show.jsonl")
			}
		})
	}
}

func TestReadWhileOpen(t *testing.T) {
	dir, c := deskDir(t), newClock()
	e, err := Open(dir, Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	e.Anonymous(4)
	f, _ := os.OpenFile(filepath.Join(dir, checkin.AttendanceFile), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"seq":2,"at":"2026`)
	f.Close()
	folder, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if w := folder.Warnings; folder.Attendance.Totals().People != 4 || len(w) != 1 || w[0] != (Warning{Kind: TornTail, File: checkin.AttendanceFile, Line: 2, Bytes: 19}) {
		t.Fatalf("read while open: %d people, warnings %+v", folder.Attendance.Totals().People, w)
	}
}

func TestBackdatedSignIn(t *testing.T) {
	dir, c := deskDir(t), newClock()
	e, err := Open(dir, Options{Now: c.Now, Desk: "paper"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	arrived := c.Now().Add(-40 * time.Minute)
	rec, err := e.AnonymousAt(2, arrived)
	if err != nil {
		t.Fatal(err)
	}
	if !rec.At.Equal(arrived) || rec.RecordedAt == nil || !rec.RecordedAt.Equal(c.Now()) {
		t.Errorf("backdated record: at %v recorded %v", rec.At, rec.RecordedAt)
	}
	if _, err := e.AnonymousAt(1, c.Now().Add(time.Hour)); !errors.Is(err, ErrFuture) {
		t.Errorf("arrival in the future: %v", err)
	}
}

// TestSignInsReachTheStage: the desk and the stage share one state; a
// performer's sign-in (and its undo) changes the act's presence at once.
func TestSignInsReachTheStage(t *testing.T) {
	dir, c := deskDir(t), newClock()
	e, err := Open(dir, Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	ch, cancel := e.Subscribe()
	defer cancel()
	if p := e.Show().PresenceOf("fan"); p != (program.Presence{Arrived: 0, Expected: 1}) {
		t.Fatalf("fan before anyone came: %+v", p)
	}
	if p := e.Show().PresenceOf("taichi"); p.Known() {
		t.Fatalf("taichi has no performers on the roster, yet %+v", p)
	}
	e.SignIn(e.Search("何阿姨", 1)[0].Person, false)
	<-ch
	if p := e.Show().PresenceOf("fan"); !p.All() {
		t.Fatalf("fan after 何阿姨 signed in: %+v", p)
	}
	e.UndoSignIn()
	<-ch
	if p := e.Show().PresenceOf("fan"); !p.Nobody() {
		t.Fatalf("fan after the undo: %+v", p)
	}
}

// TestPerformersSayWhoIsHere: the owner says who of an act's performers
// has signed in, not only how many, and follows the desk.
func TestPerformersSayWhoIsHere(t *testing.T) {
	dir := eventDir(t)
	roster := "name,category,group,phone,act,note\n" +
		"何阿姨,performer,3号楼,13812345678,fan,\n" +
		"王芳,performer,1号楼,,fan,\n" +
		"单小明,volunteer,,,,\n"
	if err := os.WriteFile(filepath.Join(dir, "roster.csv"), []byte(roster), 0o644); err != nil {
		t.Fatal(err)
	}
	c := newClock()
	e, err := Open(dir, Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	want := []program.Performer{{Name: "何阿姨"}, {Name: "王芳"}}
	if got := e.Performers("fan"); !slices.Equal(got, want) {
		t.Fatalf("before anyone came: %+v, want %+v", got, want)
	}
	if _, err := e.SignIn(e.Search("王芳", 1)[0].Person, false); err != nil {
		t.Fatal(err)
	}
	want[1].In = true
	if got := e.Performers("fan"); !slices.Equal(got, want) {
		t.Fatalf("after 王芳 signed in: %+v, want %+v", got, want)
	}
	if got := e.Performers("taichi"); got != nil {
		t.Fatalf("taichi has nobody on the roster, yet %+v", got)
	}
}

func TestCheckNamesEveryBadJournal(t *testing.T) {
	dir := deskDir(t)
	os.WriteFile(filepath.Join(dir, ShowLog), []byte("not json\n"+`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"go"}`+"\n"), 0o600)
	os.WriteFile(filepath.Join(dir, checkin.AttendanceFile), []byte("garbage\n"+`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"signin","party":1,"desk":"d"}`+"\n"), 0o600)
	_, err := Read(dir)
	if !errors.Is(err, ErrBadInput) {
		t.Fatalf("check: %v", err)
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[0], "show.jsonl:1: ") || !strings.HasPrefix(lines[1], "attendance.jsonl:1: ") {
		t.Errorf("check gave %q, want one line for each journal", lines)
	}
}
