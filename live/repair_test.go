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
)

var repairNow = time.Date(2026, 5, 1, 16, 32, 0, 0, time.FixedZone("CST", 8*3600))

// TestRepairAttendance: the damaged lines of attendance.jsonl go to
// attendance.jsonl.damaged, and so does a later undo of a sign-in set
// aside; every other line stays; the file as it was is kept whole; the
// folder opens afterwards with the count of the lines kept.
func TestRepairAttendance(t *testing.T) {
	dir := deskDir(t)
	path := filepath.Join(dir, checkin.AttendanceFile)
	long := `{"seq":5,"desk":"` + strings.Repeat("x", journal.MaxLine) + `"}` + "\n"
	log := signInLine(1, "2026-05-01T14:00:00+08:00") +
		string(make([]byte, 300)) + "\n" + // 2: zeros from a power cut
		signInLine(3, "2026-05-01T14:02:00+08:00") +
		`{"seq":4,"at":"2026-05-01T14:03:00+08:00","kind":"signin","party":2,"desk":"gate"` + "\n" + // 4: cut short
		long + // 5: too long to be a record
		`{"seq":6,"at":"2026-05-01T14:04:00+08:00","kind":"undo","undoes":4,"desk":"gate"}` + "\n" + // 6: undoes a line set aside
		signInLine(7, "2026-05-01T14:05:00+08:00") +
		`{"seq":8,"at":"2026-05-01T14:0` // 8: torn
	os.WriteFile(path, []byte(log), 0o600)

	done, err := Repair(dir, repairNow)
	if err != nil {
		t.Fatal(err)
	}
	if len(done) != 2 || len(done[0].Aside) != 0 || done[0].File != ShowLog {
		t.Fatalf("repaired %+v", done)
	}
	r := done[1]
	if r.File != checkin.AttendanceFile || r.Kept != 3 || !slices.Equal(r.Aside, []int{2, 4, 5, 6, 8}) ||
		r.Backup != "attendance.jsonl.bak-20260501-1632" || r.Damaged != "attendance.jsonl.damaged" {
		t.Fatalf("repaired %+v", r)
	}
	if backup, _ := os.ReadFile(filepath.Join(dir, r.Backup)); string(backup) != log {
		t.Error("the backup is not the log as it was")
	}
	want := signInLine(1, "2026-05-01T14:00:00+08:00") + signInLine(3, "2026-05-01T14:02:00+08:00") + signInLine(7, "2026-05-01T14:05:00+08:00")
	if data, _ := os.ReadFile(path); string(data) != want {
		t.Errorf("the log after repair:\n%s\nwant\n%s", data, want)
	}
	aside, _ := os.ReadFile(filepath.Join(dir, r.Damaged))
	lines := strings.SplitAfter(string(aside), "\n")
	if len(lines) != 6 || lines[0] != string(make([]byte, 300))+"\n" || lines[2] != long || !strings.Contains(lines[3], `"undoes":4`) ||
		lines[4] != `{"seq":8,"at":"2026-05-01T14:0`+"\n" {
		t.Errorf("set aside %d lines: %.200q", len(lines)-1, aside)
	}
	e, err := Open(dir, Options{Now: newClock().Now})
	if err != nil {
		t.Fatal(err)
	}
	if got := e.DeskState().Totals.People; got != 3 {
		t.Errorf("%d people after the repair, want 3", got)
	}
	if len(e.Warnings()) != 0 {
		t.Errorf("warnings %+v", e.Warnings())
	}
	e.Close()

	// Nothing more to repair, and nothing changes.
	done, err = Repair(dir, repairNow)
	if err != nil || len(done[1].Aside) != 0 {
		t.Fatalf("second repair: %+v %v", done, err)
	}
}

// TestRepairShow: in show.jsonl the cues after a damaged one go with it,
// and the show resumes where it stood before.
func TestRepairShow(t *testing.T) {
	dir := eventDir(t)
	path := filepath.Join(dir, ShowLog)
	log := `{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"go"}` + "\n" +
		`{"seq":2,"at":"2026-05-01T14:35:00+08:00","kind":"note","text":"mic"}` + "\n" +
		"\x00\x00\x00\x00\n" +
		`{"seq":4,"at":"2026-05-01T14:40:00+08:00","kind":"go"}` + "\n" +
		`{"seq":5,"at":"2026-05-01T14:41:00+08:00","kind":"undo","undoes":4}` + "\n"
	os.WriteFile(path, []byte(log), 0o600)
	done, err := Repair(dir, repairNow)
	if err != nil {
		t.Fatal(err)
	}
	if r := done[0]; r.File != ShowLog || r.Kept != 2 || !slices.Equal(r.Aside, []int{3, 4, 5}) {
		t.Fatalf("repaired %+v", r)
	}
	e := open(t, dir, newClock())
	defer e.Close()
	if show := e.Show(); show.Seq != 2 || show.Live().ID != "choir" {
		t.Errorf("after the repair: seq %d, live %q", show.Seq, show.Live().ID)
	}
}

// TestRepairNeverOverwritesABackup: a second repair in the same minute
// keeps its backup under another name.
func TestRepairNeverOverwritesABackup(t *testing.T) {
	dir := deskDir(t)
	path := filepath.Join(dir, checkin.AttendanceFile)
	for i := range 3 {
		os.WriteFile(path, []byte(signInLine(1, "2026-05-01T14:00:00+08:00")+"garbage\n"+signInLine(3, "2026-05-01T14:02:00+08:00")), 0o600)
		done, err := Repair(dir, repairNow)
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"attendance.jsonl.bak-20260501-1632", "attendance.jsonl.bak-20260501-1632-2", "attendance.jsonl.bak-20260501-1632-3"}[i]
		if done[1].Backup != want {
			t.Errorf("repair %d: backup %q, want %q", i+1, done[1].Backup, want)
		}
	}
	if aside, _ := os.ReadFile(path + DamagedSuffix); string(aside) != "garbage\ngarbage\ngarbage\n" {
		t.Errorf("attendance.jsonl.damaged = %q", aside)
	}
}

// TestRepairRefused: not while the app has the folder open; not a cue that
// names an act gone from event.yaml (putting the act back mends it); and a
// folder with nothing to repair is left as it was, lock file included.
func TestRepairRefused(t *testing.T) {
	dir := deskDir(t)
	path := filepath.Join(dir, checkin.AttendanceFile)
	damaged := signInLine(1, "2026-05-01T14:00:00+08:00") + "garbage\n" + signInLine(3, "2026-05-01T14:02:00+08:00")
	os.WriteFile(path, []byte(damaged), 0o600)
	os.WriteFile(filepath.Join(dir, ShowLog), []byte(`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"skip","act":"gone"}`+"\n"+"garbage\n"), 0o600)
	if _, err := Repair(dir, repairNow); !errors.Is(err, ErrBadInput) || !strings.Contains(err.Error(), `names act "gone"`) {
		t.Errorf("a cue naming an act gone: %v", err)
	}
	os.Remove(filepath.Join(dir, ShowLog))
	lock, err := lockFolder(dir, "run", repairNow)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Repair(dir, repairNow); !errors.Is(err, ErrLocked) {
		t.Errorf("repair of a folder open elsewhere: %v", err)
	}
	// The holder's time is said on the event's clock, whatever the
	// computer's zone.
	var le *LockedError
	if _, err := Repair(dir, repairNow.UTC()); !errors.As(err, &le) || le.Holder == nil || le.Holder.Since.Format("15:04 -0700") != "16:32 +0800" {
		t.Errorf("repair of a folder open elsewhere, asked on a UTC clock: %v", err)
	}
	lock.release(true)
	if data, _ := os.ReadFile(path); string(data) != damaged {
		t.Error("a refused repair changed the log")
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 3 {
		t.Errorf("a refused repair left files: %v", entries)
	}

	clean := t.TempDir()
	os.WriteFile(filepath.Join(clean, "event.yaml"), []byte(eventYAML), 0o644)
	os.WriteFile(filepath.Join(clean, checkin.AttendanceFile), []byte(signInLine(1, "2026-05-01T14:00:00+08:00")), 0o600)
	if done, err := Repair(clean, repairNow); err != nil || len(done[0].Aside)+len(done[1].Aside) != 0 {
		t.Errorf("repair of a good folder: %+v %v", done, err)
	}
	if entries, _ := os.ReadDir(clean); len(entries) != 2 {
		t.Errorf("a repair with nothing to do left files: %v", entries)
	}
}
