package live

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/internal/eventtest"
)

// gate opens a folder of its own as a desk's laptop, origin, signs in
// 何阿姨 and n anonymous heads, undoes the last, and gives back what the
// transport would carry from it.
func gate(t *testing.T, c *eventtest.Clock, origin string, n int) []checkin.Record {
	t.Helper()
	e, err := Open(deskDir(t), Options{Now: c.Now, Desk: origin + "-desk", Origin: origin})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	m := e.Search("hay", 1)
	if _, err := e.SignIn(m[0].Person, false); err != nil {
		t.Fatal(err)
	}
	for range n {
		if _, err := e.Anonymous(2); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := e.UndoSignIn(); err != nil {
		t.Fatal(err)
	}
	if e.Origin() != origin || e.OwnCount() != n+2 || e.LastSeq(origin) != int64(n+2) {
		t.Fatalf("origin %q, %d own records, last seq %d", e.Origin(), e.OwnCount(), e.LastSeq(origin))
	}
	recs := e.Own(0, 1000)
	for i, r := range recs {
		if r.Origin != origin || r.Seq != int64(i+1) {
			t.Fatalf("own record %d: %+v", i, r)
		}
	}
	if got := e.Own(1, 2); len(got) != 2 || got[0] != recs[1] || got[1] != recs[2] {
		t.Errorf("Own(1, 2) = %+v", got)
	}
	return recs
}

// TestOpenAsTheWrongGate: a folder whose sign-ins a desk's laptop made is
// not opened as the host, nor as another desk, nor the host's as a desk.
func TestOpenAsTheWrongGate(t *testing.T) {
	c := newClock()
	dir := deskDir(t)
	e, err := Open(dir, Options{Now: c.Now, Origin: "east"})
	if err != nil {
		t.Fatal(err)
	}
	e.Anonymous(1)
	e.Close()
	host := deskDir(t)
	e = open(t, host, c)
	e.Anonymous(1)
	e.Close()
	for _, tc := range []struct {
		dir, as, en, zh string
	}{
		{dir, "", "this folder's sign-ins were made at desk east; open it as that desk", "这个文件夹里的签到是在签到台 east 录入的，请以该签到台的身份打开"},
		{dir, "west", "this folder's sign-ins were made at desk east, not desk west; open it as that desk", "这个文件夹里的签到是在签到台 east 录入的，不是签到台 west，请以录入这些签到的签到台的身份打开"},
		{host, "east", "this folder's sign-ins were made by the host, not at desk east; open it as the host", "这个文件夹里的签到是主机录入的，不是签到台 east 录入的，请以主机身份打开"},
	} {
		_, err := Open(tc.dir, Options{Now: c.Now, Origin: tc.as})
		var oe *OriginError
		if !errors.As(err, &oe) || !errors.Is(err, ErrBadInput) || err.Error() != tc.en {
			t.Errorf("open as %q: %v", tc.as, err)
			continue
		}
		if got := i18n.Localize(err, i18n.For("zh")); got != tc.zh {
			t.Errorf("open as %q in Chinese: %s", tc.as, got)
		}
	}
	// As the right gate it opens (the lock was given back by the refusals).
	e, err = Open(dir, Options{Now: c.Now, Origin: "east"})
	if err != nil {
		t.Fatal(err)
	}
	e.Close()
}

// TestReceive: the records of two other gates are kept in gates/, one
// journal each, lines as Encode gives them, private; counted at once and
// after a restart, and by a read; a delivery again is passed over.
func TestReceive(t *testing.T) {
	c := newClock()
	east, west := gate(t, c, "east", 3), gate(t, c, "west", 2)
	dir := deskDir(t)
	e := open(t, dir, c)
	m := e.Search("hay", 1)
	if _, err := e.SignIn(m[0].Person, false); err != nil {
		t.Fatal(err)
	}
	changed, stop := e.Subscribe()
	defer stop()
	// East's records in two calls, the second carrying the first again.
	if err := e.Receive(east[:2]); err != nil {
		t.Fatal(err)
	}
	select {
	case <-changed:
	default:
		t.Error("subscribers not told of the records received")
	}
	if err := e.Receive(append(append([]checkin.Record{}, east...), west...)); err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		origin string
		recs   []checkin.Record
	}{{"east", east}, {"west", west}} {
		var want []string
		for _, r := range g.recs {
			line, _ := checkin.Encode(r)
			want = append(want, string(line)+"\n")
		}
		path := filepath.Join(dir, GatesDir, g.origin+".jsonl")
		got, err := os.ReadFile(path)
		if err != nil || string(got) != strings.Join(want, "") {
			t.Errorf("%s:\n%s\nwant\n%s", path, got, strings.Join(want, ""))
		}
		if fi, err := os.Stat(path); runtime.GOOS != "windows" && (err != nil || fi.Mode().Perm() != 0o600) {
			t.Errorf("%s: %v, %v", path, fi.Mode(), err)
		}
	}
	if fi, err := os.Stat(filepath.Join(dir, GatesDir)); runtime.GOOS != "windows" && (err != nil || fi.Mode().Perm() != 0o700) {
		t.Errorf("gates: %v", err)
	}
	// 何阿姨 is in at all three, counted once: by the host's entry, since
	// the three came at the same time and the host comes first among
	// equals. Each gate took its last party of two back.
	want := checkin.Totals{People: 1 + 6, Named: 1, Anonymous: 6, Entries: 1 + 3 + 2, Undone: 2, Conflicts: 2}
	if got := e.Totals(); got != want {
		t.Errorf("totals %+v, want %+v", got, want)
	}
	if cs := e.Conflicts(); len(cs) != 2 || cs[0].Counted.Origin != "" || cs[0].Again != east[0] || cs[1].Again != west[0] {
		t.Errorf("conflicts %+v", cs)
	}
	if got := e.Origins(); len(got) != 3 || got[1] != (checkin.OriginCount{Origin: "east", LastSeq: 5, Records: 5, Entries: 3}) {
		t.Errorf("origins %+v", got)
	}
	e.Close()
	e = open(t, dir, c)
	if got := e.Totals(); got != want {
		t.Errorf("after a restart: totals %+v, want %+v", got, want)
	}
	e.Close()
	f, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.Attendance.Totals(); got != want {
		t.Errorf("read: totals %+v, want %+v", got, want)
	}
}

// TestReceiveRefuses: a record of the event's own origin, or one the fold
// would refuse, refuses the whole call before anything is written.
func TestReceiveRefuses(t *testing.T) {
	c := newClock()
	east := gate(t, c, "east", 2)
	dir := deskDir(t)
	e := open(t, dir, c)
	defer e.Close()
	own, _ := e.Anonymous(1)
	if err := e.Receive([]checkin.Record{east[0], own}); err == nil || err.Error() != "a record of this gate (host) came back from another; a gate's own records are written by it alone" {
		t.Errorf("own record received: %v", err)
	}
	gap := []checkin.Record{east[0], east[2], east[1]}
	if err := e.Receive(gap); err == nil || err.Error() != "received records: origin east: seq 2 comes after seq 3; sequence numbers must increase" {
		t.Errorf("out of order: %v", err)
	}
	undo := east[len(east)-1]
	if err := e.Receive([]checkin.Record{undo}); err == nil || err.Error() != "received records: seq 4 undoes seq 3, which is not in the log" {
		t.Errorf("an undo of a sign-in not received: %v", err)
	}
	if _, err := os.Stat(filepath.Join(dir, GatesDir)); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a refused call wrote: %v", err)
	}
	if e.LastSeq("east") != 0 || e.Totals().People != 1 {
		t.Errorf("a refused call counted: %+v", e.Totals())
	}
}

// TestGateJournalDamage: a torn last line of a gate's journal is set aside
// as attendance.jsonl's is; a damaged line in the middle stops the start,
// naming the file and line, and a read names it too.
func TestGateJournalDamage(t *testing.T) {
	c := newClock()
	east := gate(t, c, "east", 3)
	dir := receivedFolder(t, c, east)
	path := filepath.Join(dir, GatesDir, "east.jsonl")
	good, _ := os.ReadFile(path)
	os.WriteFile(path, append(append([]byte{}, good...), `{"seq":6,"at":"2026-05-01T14:3`...), 0o600)
	e := open(t, dir, c)
	w := e.Warnings()
	if len(w) != 1 || w[0].File != "gates/east.jsonl" || w[0].Kind != TornTail || w[0].Line != 6 || !w[0].SetAside {
		t.Errorf("warnings %+v", w)
	}
	if e.LastSeq("east") != 5 {
		t.Errorf("east's last seq %d", e.LastSeq("east"))
	}
	e.Close()
	lines := strings.SplitAfter(string(good), "\n")
	lines[1] = "not a record\n"
	os.WriteFile(path, []byte(strings.Join(lines, "")), 0o600)
	_, err := Open(dir, Options{Now: c.Now})
	var dmg *DamageError
	if !errors.As(err, &dmg) || dmg.File != "gates/east.jsonl" || dmg.Line != 2 || !errors.Is(err, ErrBadInput) {
		t.Fatalf("damage in the middle: %v", err)
	}
	if _, err := Read(dir); !errors.As(err, &dmg) || !strings.HasPrefix(err.Error(), "gates/east.jsonl:2: ") {
		t.Errorf("read: %v", err)
	}
	// A journal of the gate's own origin, or one named for no gate, is
	// refused.
	os.WriteFile(path, good, 0o600)
	os.WriteFile(filepath.Join(dir, GatesDir, "East.jsonl"), good, 0o600)
	if _, err := Open(dir, Options{Now: c.Now}); err == nil || err.Error() != "gates/East.jsonl: the file's name is no gate's name (a-z, 0-9 and '-'); move it out of the gates folder" {
		t.Errorf("a journal named for no gate: %v", err)
	}
	os.Remove(filepath.Join(dir, GatesDir, "East.jsonl"))
	os.WriteFile(filepath.Join(dir, GatesDir, "host.jsonl"), nil, 0o600)
	if _, err := Open(dir, Options{Now: c.Now}); err == nil || !strings.HasPrefix(err.Error(), "gates/host.jsonl: sign-ins of this gate (host) belong in attendance.jsonl") {
		t.Errorf("the host's own journal among the gates': %v", err)
	}
}

// TestRehearsalTakesNoGates: a rehearsal neither reads nor takes the
// records of other gates.
func TestRehearsalTakesNoGates(t *testing.T) {
	c := newClock()
	east := gate(t, c, "east", 1)
	dir := receivedFolder(t, c, east)
	r, err := Open(dir, Options{Now: c.Now, Rehearsal: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	if got := r.Totals().Entries; got != 0 {
		t.Errorf("a rehearsal counts %d entries of other gates", got)
	}
	if err := r.Receive(east); err == nil || err.Error() != "a rehearsal takes no sign-ins from other gates" {
		t.Errorf("received in a rehearsal: %v", err)
	}
}

// TestRepairGateJournal: Repair sets a damaged line of a gate's journal
// aside as it does attendance.jsonl's, and the folder opens again.
func TestRepairGateJournal(t *testing.T) {
	c := newClock()
	east := gate(t, c, "east", 3)
	dir := receivedFolder(t, c, east)
	path := filepath.Join(dir, GatesDir, "east.jsonl")
	good, _ := os.ReadFile(path)
	lines := strings.SplitAfter(string(good), "\n")
	lines[2] = `{"seq":3,"at":"2026-05-01T14:30:00+08:00","kind":"signin","party":2,"desk":"x","origin":"west"}` + "\n"
	os.WriteFile(path, []byte(strings.Join(lines, "")), 0o600)
	_, err := Open(dir, Options{Now: c.Now})
	if err == nil || err.Error() != "gates/east.jsonl:3: seq 3: a record of west in the journal of east" {
		t.Fatalf("a record of another gate in east's journal: %v", err)
	}
	done, err := Repair(dir, c.Now())
	if err != nil {
		t.Fatal(err)
	}
	var got *Repaired
	for i := range done {
		if done[i].File == "gates/east.jsonl" {
			got = &done[i]
		}
	}
	if got == nil || len(got.Aside) != 1 || got.Aside[0] != 3 || got.Kept != 4 || got.Damaged != "gates/east.jsonl.damaged" {
		t.Fatalf("repaired %+v", done)
	}
	e := open(t, dir, c)
	defer e.Close()
	if e.LastSeq("east") != 5 {
		t.Errorf("east's last seq %d after the repair", e.LastSeq("east"))
	}
}

// TestOpenAsNoGate: a gate's name that is no name is refused before the
// folder is touched.
func TestOpenAsNoGate(t *testing.T) {
	_, err := Open(deskDir(t), Options{Now: newClock().Now, Origin: "host"})
	if err == nil || !errors.Is(err, ErrBadInput) || !errors.Is(err, checkin.ErrOriginName) || err.Error() != `origin "host": the name is kept for the host: not a gate name` {
		t.Errorf("open as host by name: %v", err)
	}
}

// receivedFolder is a host's folder, closed, that has received recs.
func receivedFolder(t *testing.T, c *eventtest.Clock, recs []checkin.Record) string {
	t.Helper()
	dir := deskDir(t)
	e := open(t, dir, c)
	if err := e.Receive(recs); err != nil {
		t.Fatal(err)
	}
	e.Close()
	return dir
}
