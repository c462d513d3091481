package checkin

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unsafe"

	"eventday/journal"
)

var shanghai = time.FixedZone("CST", 8*3600)

// t0 is 09:00 on the day, in the event's zone.
var t0 = time.Date(2025, 5, 1, 9, 0, 0, 0, shanghai)

func testRoster(t testing.TB) *Roster {
	t.Helper()
	r, err := ParseRoster("roster.csv", []byte(rosterEN), testActs)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// desk drives an Attendance as its owner does: prepare, journal, apply.
type desk struct {
	t       testing.TB
	att     *Attendance
	lines   [][]byte
	applied []Record
}

func newDesk(t testing.TB) *desk {
	return &desk{t: t, att: NewAttendance(testRoster(t), shanghai)}
}

func (d *desk) commit(rec Record, err error) Record {
	d.t.Helper()
	if err != nil {
		d.t.Fatal(err)
	}
	line, err := Encode(rec)
	if err != nil {
		d.t.Fatal(err)
	}
	if err := d.att.Apply(rec); err != nil {
		d.t.Fatal(err)
	}
	d.lines = append(d.lines, line)
	d.applied = append(d.applied, rec)
	return rec
}

func (d *desk) journal() journal.Lines {
	return journal.Parse(append(bytes.Join(d.lines, []byte("\n")), '\n')).Lines
}

func (d *desk) person(name string) *Person {
	d.t.Helper()
	for i := range d.att.roster.People {
		if p := &d.att.roster.People[i]; p.Name == name {
			return p
		}
	}
	d.t.Fatalf("nobody named %s", name)
	return nil
}

func TestSignInAndReplay(t *testing.T) {
	d := newDesk(t)
	he := d.person("何阿姨")
	d.commit(d.att.SignIn(he, "gate", t0))
	d.commit(d.att.Anonymous(4, "gate", t0.Add(5*time.Minute)))
	d.commit(d.att.Anonymous(1, "side", t0.Add(16*time.Minute)))
	d.commit(d.att.WalkIn("路人甲", "resident", "9号楼", 2, "139 0000 2222", "side", t0.Add(20*time.Minute)))
	d.commit(d.att.SignIn(d.person("Tom李"), "side", t0.Add(31*time.Minute)))

	want := Totals{People: 9, Named: 4, Anonymous: 5, WalkIns: 2, Entries: 5}
	if got := d.att.Totals(); got != want {
		t.Errorf("Totals = %+v, want %+v", got, want)
	}

	// The same lines, read back from the file, give the same log.
	again := NewAttendance(testRoster(t), shanghai)
	if err := again.Replay(d.journal()); err != nil {
		t.Fatal(err)
	}
	if got := again.Totals(); got != want {
		t.Errorf("after replay Totals = %+v, want %+v", got, want)
	}
	if !slices.EqualFunc(again.Records(), d.att.Records(), recordsEqual) {
		t.Errorf("replayed records differ:\n%v\n%v", again.Records(), d.att.Records())
	}
	if got, want := again.ByCategory(), []CategoryCount{{"", 5}, {"performer", 2}, {"resident", 2}}; !slices.Equal(got, want) {
		t.Errorf("ByCategory = %v, want %v", got, want)
	}
	wantArr := []Arrival{
		{t0, 5},
		{t0.Add(15 * time.Minute), 3},
		{t0.Add(30 * time.Minute), 1},
	}
	if got := again.Arrivals(); !slices.EqualFunc(got, wantArr, func(a, b Arrival) bool { return a.Start.Equal(b.Start) && a.People == b.People }) {
		t.Errorf("Arrivals = %v, want %v", got, wantArr)
	}
	if a, e := again.ActArrivals("taichi"); a != 1 || e != 1 {
		t.Errorf("ActArrivals(taichi) = %d of %d, want 1 of 1", a, e)
	}
	if a, e := again.ActArrivals("choir"); a != 1 || e != 1 {
		t.Errorf("ActArrivals(choir) = %d of %d, want 1 of 1", a, e)
	}
	if a, e := again.ActArrivals("sketch"); a != 0 || e != 0 {
		t.Errorf("ActArrivals(sketch) = %d of %d, want 0 of 0", a, e)
	}
	st, in := again.Status(he.ID)
	if !in || st.Desk != "gate" || !st.At.Equal(t0) || st.Seq != 1 || st.Entries != 1 {
		t.Errorf("Status(何阿姨) = %+v, %v", st, in)
	}
	if _, in := again.Status(d.person("单田芳").ID); in {
		t.Error("单田芳 is in without signing in")
	}
	recent := again.Recent(2)
	if len(recent) != 2 || recent[0].Name != "Tom李" || recent[1].Name != "路人甲" {
		t.Errorf("Recent(2) = %v", recent)
	}
	walk := again.WalkIns()
	if len(walk) != 1 || walk[0].Name != "路人甲" || walk[0].Phone != "13900002222" || walk[0].ID != PersonID("路人甲", "9号楼", "13900002222") {
		t.Errorf("WalkIns = %+v", walk)
	}
}

func recordsEqual(a, b Record) bool {
	x, _ := Encode(a)
	y, _ := Encode(b)
	return bytes.Equal(x, y) && a.At.Equal(b.At)
}

func TestRecordJSON(t *testing.T) {
	d := newDesk(t)
	rec := d.commit(d.att.SignIn(d.person("何阿姨"), "gate", t0.Add(1500*time.Millisecond)))
	line, _ := Encode(rec)
	want := `{"seq":1,"at":"2025-05-01T09:00:01.5+08:00","kind":"signin","person":"` + rec.Person +
		`","name":"何阿姨","category":"performer","group":"3号楼","party":1,"desk":"gate"}`
	if string(line) != want {
		t.Errorf("sign-in line:\n%s\nwant\n%s", line, want)
	}
	undo := d.commit(d.att.UndoLast("gate", t0.Add(time.Minute)))
	line, _ = Encode(undo)
	if want := `{"seq":2,"at":"2025-05-01T09:01:00+08:00","kind":"undo","undoes":1,"desk":"gate"}`; string(line) != want {
		t.Errorf("undo line:\n%s\nwant\n%s", line, want)
	}
	paper := d.commit(d.att.Anonymous(3, "gate", t0.Add(2*time.Hour)))
	paper = paper.Backdated(t0.Add(30 * time.Minute))
	line, _ = Encode(paper)
	if want := `{"seq":3,"at":"2025-05-01T09:30:00+08:00","kind":"signin","party":3,"recorded_at":"2025-05-01T11:00:00+08:00","desk":"gate"}`; string(line) != want {
		t.Errorf("backdated line:\n%s\nwant\n%s", line, want)
	}
	back, err := Decode(line)
	if err != nil || !recordsEqual(back, paper) {
		t.Errorf("Decode(Encode(r)) = %+v, %v; want %+v", back, err, paper)
	}
}

func TestDoubleSignIn(t *testing.T) {
	d := newDesk(t)
	he := d.person("何阿姨")
	d.commit(d.att.SignIn(he, "gate", t0))
	_, err := d.att.SignIn(he, "side", t0.Add(time.Hour))
	var already *AlreadySignedInError
	if !errors.Is(err, ErrAlreadySignedIn) || !errors.As(err, &already) {
		t.Fatalf("second SignIn: %v, want ErrAlreadySignedIn", err)
	}
	if already.Desk != "gate" || !already.At.Equal(t0) || already.Name != "何阿姨" {
		t.Errorf("already signed in: %+v", already)
	}
	if want := "何阿姨 is already signed in (at 09:00, desk gate)"; err.Error() != want {
		t.Errorf("message %q, want %q", err, want)
	}
	// Re-entry on purpose: an entry, not another person.
	rec := d.commit(d.att.Reenter(he, "side", t0.Add(time.Hour)))
	if !rec.Reentry {
		t.Error("re-entry not marked")
	}
	if got, want := d.att.Totals(), (Totals{People: 1, Named: 1, Entries: 2}); got != want {
		t.Errorf("Totals after re-entry = %+v, want %+v", got, want)
	}
	if st, _ := d.att.Status(he.ID); st.Entries != 2 || st.Desk != "gate" {
		t.Errorf("Status after re-entry = %+v", st)
	}
	// A walk-in typed again is the same person.
	d.commit(d.att.WalkIn("路人甲", "", "", 1, "", "gate", t0))
	if _, err := d.att.WalkIn(" 路人甲 ", "resident", "", 3, "", "side", t0); !errors.Is(err, ErrAlreadySignedIn) {
		t.Errorf("second walk-in: %v, want ErrAlreadySignedIn", err)
	}
	// A walk-in who was on the roster after all is that roster person.
	rec, err = d.att.WalkIn("单田芳", "", "5号楼", 1, "13900001111", "gate", t0)
	if err != nil || rec.WalkIn || rec.Person != d.person("单田芳").ID || rec.Category != "volunteer" {
		t.Errorf("walk-in of a roster person = %+v, %v", rec, err)
	}
	// Apply accepts a double sign-in without the re-entry mark (two desks may
	// race in a later version) and still counts the person once.
	dup, _ := d.att.Reenter(he, "gate", t0.Add(2*time.Hour))
	dup.Reentry = false
	d.commit(dup, nil)
	if got := d.att.Totals(); got.People != 2 || got.Entries != 4 {
		t.Errorf("Totals after an unmarked double = %+v", got)
	}
}

func TestUndo(t *testing.T) {
	d := newDesk(t)
	he := d.person("何阿姨")
	d.commit(d.att.SignIn(he, "gate", t0))                           // 1
	d.commit(d.att.Anonymous(3, "side", t0.Add(time.Minute)))        // 2
	d.commit(d.att.Reenter(he, "side", t0.Add(20*time.Minute)))      // 3
	d.commit(d.att.Anonymous(2, "gate", t0.Add(2*time.Minute)))      // 4
	undo := d.commit(d.att.UndoLast("gate", t0.Add(3*time.Minute)))  // 5 undoes 4
	undo2 := d.commit(d.att.UndoLast("gate", t0.Add(4*time.Minute))) // 6 undoes 1
	if undo.Undoes != 4 || undo2.Undoes != 1 {
		t.Fatalf("undid %d then %d, want 4 then 1", undo.Undoes, undo2.Undoes)
	}
	if _, err := d.att.UndoLast("gate", t0); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("third undo at gate: %v, want ErrNothingToUndo", err)
	}
	// 何阿姨 is still in by her re-entry at the side desk, which now counts
	// her, in its own quarter hour.
	st, in := d.att.Status(he.ID)
	if !in || st.Seq != 3 || st.Desk != "side" {
		t.Errorf("Status = %+v, %v; want in by seq 3 at side", st, in)
	}
	if got, want := d.att.Totals(), (Totals{People: 4, Named: 1, Anonymous: 3, Entries: 2, Undone: 2}); got != want {
		t.Errorf("Totals = %+v, want %+v", got, want)
	}
	wantArr := []Arrival{{t0, 3}, {t0.Add(15 * time.Minute), 1}}
	if got := d.att.Arrivals(); !slices.EqualFunc(got, wantArr, func(a, b Arrival) bool { return a.Start.Equal(b.Start) && a.People == b.People }) {
		t.Errorf("Arrivals = %v, want %v", got, wantArr)
	}
	if !d.att.Undone(1) || d.att.Undone(2) || !d.att.Undone(4) || d.att.Undone(99) {
		t.Error("Undone reports the wrong sign-ins")
	}
	if r := d.att.Recent(10); len(r) != 2 || r[0].Seq != 3 || r[1].Seq != 2 {
		t.Errorf("Recent = %v", r)
	}
	d.commit(d.att.UndoLast("side", t0.Add(5*time.Minute))) // 7 undoes 3
	if _, in := d.att.Status(he.ID); in {
		t.Error("何阿姨 still in after both entries undone")
	}
	if a, _ := d.att.ActArrivals("taichi"); a != 0 {
		t.Errorf("taichi arrivals after undo = %d", a)
	}
	d.commit(d.att.UndoLast("side", t0.Add(6*time.Minute))) // 8 undoes 2
	if got, want := d.att.Totals(), (Totals{Undone: 4}); got != want {
		t.Errorf("Totals after undoing all = %+v, want %+v", got, want)
	}
	if len(d.att.ByCategory()) != 0 || len(d.att.Arrivals()) != 0 || len(d.att.Recent(5)) != 0 {
		t.Errorf("leftovers after undoing all: %v %v %v", d.att.ByCategory(), d.att.Arrivals(), d.att.Recent(5))
	}
	// Replayed from the lines, the same state.
	again := NewAttendance(testRoster(t), shanghai)
	if err := again.Replay(d.journal()); err != nil {
		t.Fatal(err)
	}
	if again.Totals() != d.att.Totals() {
		t.Errorf("replay: %+v, want %+v", again.Totals(), d.att.Totals())
	}
}

func TestPrepareDoesNotChangeTheLog(t *testing.T) {
	d := newDesk(t)
	d.commit(d.att.Anonymous(2, "gate", t0))
	before := d.att.Totals()
	he := d.person("何阿姨")
	r1, _ := d.att.SignIn(he, "gate", t0)
	r2, _ := d.att.Anonymous(5, "gate", t0)
	r3, _ := d.att.WalkIn("x", "", "", 1, "", "gate", t0)
	r4, _ := d.att.UndoLast("gate", t0)
	for _, r := range []Record{r1, r2, r3, r4} {
		if r.Seq != 2 {
			t.Errorf("prepared seq %d, want 2", r.Seq)
		}
	}
	if d.att.Totals() != before || d.att.LastSeq("") != 1 {
		t.Errorf("preparing changed the log: %+v", d.att.Totals())
	}
	if _, in := d.att.Status(he.ID); in {
		t.Error("preparing signed her in")
	}
	// Only one of two records prepared from the same state fits.
	d.commit(r2, nil)
	if err := d.att.Apply(r1); err == nil {
		t.Error("a stale prepared record was applied")
	}
}

func TestDeskErrors(t *testing.T) {
	att := NewAttendance(testRoster(t), shanghai)
	for _, n := range []int{0, -1, 100, 1000} {
		_, err := att.Anonymous(n, "gate", t0)
		if !errors.Is(err, ErrParty) {
			t.Errorf("Anonymous(%d): %v, want ErrParty", n, err)
		}
	}
	if _, err := att.Anonymous(100, "gate", t0); err == nil || err.Error() != "party size out of range: 100 people in one entry; it must be 1 to 99" {
		t.Errorf("Anonymous(100) message: %v", err)
	}
	for _, n := range []int{1, 99} {
		if _, err := att.Anonymous(n, "gate", t0); err != nil {
			t.Errorf("Anonymous(%d): %v", n, err)
		}
	}
	if _, err := att.Anonymous(1, "", t0); !errors.Is(err, ErrNoDesk) {
		t.Errorf("no desk: %v", err)
	}
	if _, err := att.WalkIn("  ", "", "", 1, "", "gate", t0); !errors.Is(err, ErrNoName) {
		t.Errorf("walk-in without name: %v", err)
	}
	if _, err := att.WalkIn(strings.Repeat("长", MaxName+1), "", "", 1, "", "gate", t0); !errors.Is(err, ErrNameTooLong) {
		t.Errorf("walk-in with a name of %d characters: %v", MaxName+1, err)
	}
	if _, err := att.WalkIn(strings.Repeat("长", MaxName), "", "", 1, "", "gate", t0); err != nil {
		t.Errorf("walk-in with a name of %d characters: %v", MaxName, err)
	}
	if _, err := att.WalkIn("x", "", "", 0, "", "gate", t0); !errors.Is(err, ErrParty) {
		t.Errorf("walk-in party 0: %v", err)
	}
	if _, err := att.WalkIn("x", "", "", 1, "12ab", "gate", t0); !errors.Is(err, ErrPhone) {
		t.Errorf("walk-in bad phone: %v", err)
	}
	if _, err := att.UndoLast("gate", t0); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo on an empty log: %v", err)
	}
}

func TestApplyRefuses(t *testing.T) {
	base := []string{
		`{"seq":1,"at":"2025-05-01T09:00:00+08:00","kind":"signin","party":2,"desk":"gate"}`,
		`{"seq":2,"at":"2025-05-01T09:01:00+08:00","kind":"undo","undoes":1,"desk":"gate"}`,
		`{"seq":5,"at":"2025-05-01T09:02:00+08:00","kind":"signin","person":"p1","name":"何","party":1,"desk":"gate"}`,
	}
	tests := []struct {
		line string
		want string
	}{
		{`{"seq":5,"at":"2025-05-01T09:03:00+08:00","kind":"signin","party":1,"desk":"gate"}`, "seq 5 comes after seq 5; sequence numbers must increase"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"undo","undoes":1,"desk":"gate"}`, "seq 6 undoes seq 1, which is already undone"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"undo","undoes":2,"desk":"gate"}`, "seq 6 undoes seq 2, which is not a sign-in"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"undo","undoes":3,"desk":"gate"}`, "seq 6 undoes seq 3, which is not in the log"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"undo","undoes":6,"desk":"gate"}`, "seq 6: undoes 6, which is not an earlier entry"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"signin","party":0,"desk":"gate"}`, "seq 6: party size out of range: 0 people in one entry; it must be 1 to 99"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"signin","party":100,"desk":"gate"}`, "seq 6: party size out of range: 100 people in one entry; it must be 1 to 99"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"signin","party":1}`, "seq 6: no desk"},
		{`{"seq":6,"kind":"signin","party":1,"desk":"gate"}`, "seq 6: no time (at)"},
		{`{"seq":0,"at":"2025-05-01T09:03:00+08:00","kind":"signin","party":1,"desk":"gate"}`, "seq 0: must be 1 or more"},
		// A number no sign-in could follow: the next one would overflow.
		{`{"seq":9223372036854775807,"at":"2025-05-01T09:03:00+08:00","kind":"signin","party":1,"desk":"gate"}`,
			"seq 9223372036854775807: too large (a log holds at most 4503599627370496): the line is damaged, and no sign-in could be numbered after it"},
		{`{"seq":4503599627370497,"at":"2025-05-01T09:03:00+08:00","kind":"signin","party":1,"desk":"gate"}`,
			"seq 4503599627370497: too large (a log holds at most 4503599627370496): the line is damaged, and no sign-in could be numbered after it"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"hello","desk":"gate"}`, `seq 6: unknown kind "hello"`},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"signin","name":"x","party":1,"desk":"gate"}`, "seq 6: a named sign-in needs the person's ID"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"signin","person":"p9","party":1,"desk":"gate"}`, "seq 6: person p9 has no name"},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"signin","party":1,"desk":"gate","recorded_at":"2025-05-01T09:00:00+08:00"}`, "seq 6: recorded_at is before at"},
		{`{"seq":6,"at":"09:03","kind":"signin","party":1,"desk":"gate"}`, `not a record: parsing time "09:03" as "2006-01-02T15:04:05Z07:00": cannot parse "09:03" as "2006"`},
		{`{"seq":6,"at":"2025-05-01T09:03:00+08:00","kind":"signin","party":1,"desk":"ga`, "not a record: unexpected end of JSON input"},
		{`   `, "empty line"},
	}
	for _, tt := range tests {
		// The file's first ten lines are blank, so line numbers are not
		// positions in the slice.
		var lines journal.Lines
		for i, s := range append(slices.Clone(base), tt.line) {
			lines = append(lines, journal.Line{No: 11 + i, Data: []byte(s)})
		}
		att := NewAttendance(nil, shanghai)
		err := att.Replay(lines)
		want := fmt.Sprintf("attendance.jsonl:14: %s", tt.want)
		if err == nil || err.Error() != want {
			t.Errorf("replay of %s:\n got %v\nwant %s", tt.line, err, want)
		}
	}
}

// A damaged line in the middle of the log stops the replay there, naming its
// line in the file (blank lines count).
func TestReplayDamagedLineInTheMiddle(t *testing.T) {
	d := newDesk(t)
	for i := range 10 {
		d.commit(d.att.Anonymous(1+i%3, "gate", t0.Add(time.Duration(i)*time.Minute)))
	}
	data := bytes.Join(d.lines, []byte("\n"))
	lines := bytes.Split(data, []byte("\n"))
	lines[6] = lines[6][:len(lines[6])/2] // torn by a bad disk, not by a crash
	data = append(bytes.Join(lines[:3], []byte("\n")), "\n\n"...)
	data = append(data, bytes.Join(lines[3:], []byte("\n"))...)
	data = append(data, '\n')
	c := journal.Parse(data)
	err := NewAttendance(nil, shanghai).Replay(c.Lines)
	if err == nil || !strings.HasPrefix(err.Error(), "attendance.jsonl:8: not a record: ") {
		t.Errorf("damaged line 8: error %v", err)
	}
}

// recompute counts a log's records from scratch, the slow obvious way, to
// check the incremental counts against.
func recompute(records []Record, roster *Roster, loc *time.Location) (Totals, map[string]int, map[string]int, map[time.Time]int) {
	type id struct {
		origin string
		seq    int64
	}
	undone := map[id]bool{}
	for _, r := range records {
		if r.Kind == KindUndo {
			undone[id{r.Origin, r.Undoes}] = true
		}
	}
	var tot Totals
	cat := map[string]int{}
	acts := map[string]int{}
	arr := map[time.Time]int{}
	counted := map[string]bool{}
	// A named person is counted by their earliest standing sign-in in the
	// order (At, Origin, Seq), whatever order the records came in.
	records = slices.SortedStableFunc(slices.Values(records), CompareEntries)
	for _, r := range records {
		if r.Kind != KindSignIn {
			continue
		}
		if undone[id{r.Origin, r.Seq}] {
			tot.Undone++
			continue
		}
		tot.Entries++
		if !r.Anonymous() {
			if counted[r.Person] {
				if !r.Reentry {
					tot.Conflicts++
				}
				continue
			}
			counted[r.Person] = true
			tot.Named += r.Party
			if r.WalkIn {
				tot.WalkIns += r.Party
			}
			if p, ok := roster.Person(r.Person); ok && p.ActID != "" {
				acts[p.ActID]++
			}
		} else {
			tot.Anonymous += r.Party
		}
		tot.People += r.Party
		cat[r.Category] += r.Party
		local := r.At.In(loc)
		q := time.Date(local.Year(), local.Month(), local.Day(), local.Hour(), local.Minute()/15*15, 0, 0, loc)
		arr[q] += r.Party
	}
	return tot, cat, acts, arr
}

func checkAgainstRecompute(t *testing.T, att *Attendance) {
	t.Helper()
	tot, cat, acts, arr := recompute(att.Records(), att.roster, att.loc)
	if got := att.Totals(); got != tot {
		t.Fatalf("Totals = %+v, recomputed %+v", got, tot)
	}
	gotCat := map[string]int{}
	for _, c := range att.ByCategory() {
		gotCat[c.Category] = c.People
	}
	if !maps.Equal(gotCat, cat) {
		t.Fatalf("ByCategory = %v, recomputed %v", gotCat, cat)
	}
	gotArr := map[time.Time]int{}
	for _, a := range att.Arrivals() {
		gotArr[a.Start] = a.People
	}
	if !maps.Equal(gotArr, arr) {
		t.Fatalf("Arrivals = %v, recomputed %v", gotArr, arr)
	}
	for _, a := range testActs {
		if got, _ := att.ActArrivals(a.ID); got != acts[a.ID] {
			t.Fatalf("ActArrivals(%s) = %d, recomputed %d", a.ID, got, acts[a.ID])
		}
	}
}

func FuzzReplay(f *testing.F) {
	roster := testRoster(f)
	var lines []string
	add := func(rec Record, err error) {
		if err != nil {
			f.Fatal(err)
		}
		b, _ := Encode(rec)
		lines = append(lines, string(b))
	}
	att := NewAttendance(roster, shanghai)
	commit := func(rec Record, err error) {
		add(rec, err)
		if err := att.Apply(rec); err != nil {
			f.Fatal(err)
		}
	}
	commit(att.SignIn(&roster.People[0], "gate", t0))
	commit(att.Anonymous(3, "gate", t0.Add(20*time.Minute)))
	commit(att.Reenter(&roster.People[0], "side", t0.Add(40*time.Minute)))
	commit(att.WalkIn("路人", "x", "", 2, "", "side", t0.Add(50*time.Minute)))
	commit(att.UndoLast("gate", t0.Add(time.Hour)))
	commit(att.UndoLast("gate", t0.Add(time.Hour)))
	f.Add(strings.Join(lines, "\n"))
	f.Add(`{"seq":1,"at":"2025-05-01T09:00:00+05:45","kind":"signin","party":99,"desk":"a"}` + "\n" +
		`{"seq":3,"at":"1970-01-01T00:00:00-00:30","kind":"signin","person":"` + roster.People[2].ID + `","name":"t","party":1,"desk":"b"}` + "\n" +
		`{"seq":4,"at":"2025-05-01T09:00:00Z","kind":"undo","undoes":1,"desk":"b"}`)
	f.Add(`{"seq":1,"at":"2025-05-01T09:10:00+08:00","kind":"signin","person":"` + roster.People[0].ID + `","name":"何阿姨","party":1,"desk":"a"}` + "\n" +
		`{"seq":1,"at":"2025-05-01T09:00:00+08:00","kind":"signin","person":"` + roster.People[0].ID + `","name":"何阿姨","party":1,"desk":"a","origin":"east"}` + "\n" +
		`{"seq":2,"at":"2025-05-01T09:20:00+08:00","kind":"signin","party":2,"desk":"b","origin":"east"}` + "\n" +
		`{"seq":2,"at":"2025-05-01T09:30:00+08:00","kind":"undo","undoes":1,"desk":"a"}` + "\n" +
		`{"seq":3,"at":"2025-05-01T09:40:00+08:00","kind":"signin","person":"` + roster.People[0].ID + `","name":"何阿姨","reentry":true,"party":1,"desk":"a","origin":"east"}`)
	f.Fuzz(func(t *testing.T, data string) {
		c := journal.Parse([]byte(data))
		att := NewAttendance(roster, shanghai)
		// Fits says of the records what a replay of them says, changing
		// nothing.
		var decoded []Record
		for _, l := range c.Lines {
			if r, err := Decode(l.Data); err == nil {
				decoded = append(decoded, r)
			}
		}
		fitErr := NewAttendance(roster, shanghai).Fits(decoded)
		if err := att.Replay(c.Lines); err != nil {
			if !strings.HasPrefix(err.Error(), "attendance.jsonl:") {
				t.Fatalf("error %q does not name the file", err)
			}
			if len(decoded) == len(c.Lines) && (fitErr == nil || !strings.HasSuffix(err.Error(), ": "+fitErr.Error())) {
				t.Fatalf("replay: %v; Fits: %v", err, fitErr)
			}
			return
		}
		if fitErr != nil {
			t.Fatalf("the replay took every record, Fits refused: %v", fitErr)
		}
		checkAgainstRecompute(t, att)
		// The log gives back every record exactly as it was read.
		recs := att.Records()
		for i, line := range c.Lines {
			want, _ := Decode(line.Data)
			if !reflect.DeepEqual(recs[i], want) {
				t.Fatalf("line %d read back as %+v, applied as %+v", line.No, recs[i], want)
			}
		}
		// Each origin gives back its own records, in order.
		for _, o := range att.Origins() {
			var want []Record
			for _, r := range recs {
				if r.Origin == o.Origin {
					want = append(want, r)
				}
			}
			if got := att.Of(o.Origin, 0, len(recs)); !reflect.DeepEqual(got, want) || o.Records != len(want) {
				t.Fatalf("origin %q: Of gives %d records, Origins %d, the log has %d", o.Origin, len(got), o.Records, len(want))
			}
		}
		if got := att.Conflicts(); len(got) != att.Totals().Conflicts {
			t.Fatalf("%d conflicts listed, %d counted", len(got), att.Totals().Conflicts)
		}
		n := att.Totals().Entries
		if r := att.Recent(n + 1); len(r) != n {
			t.Fatalf("Recent gives %d of %d standing entries", len(r), n)
		}
		// A start replays before the roster is read, then links it: the
		// same counts, also for what is applied after.
		late := NewAttendance(nil, shanghai)
		if err := late.Replay(c.Lines); err != nil {
			t.Fatalf("replayed with the roster but not without: %v", err)
		}
		late.UseRoster(roster)
		checkAgainstRecompute(t, late)
		// Undo everything, desk by desk, and nothing is left.
		for _, att := range []*Attendance{att, late} {
			for _, r := range att.Records() {
				att.WriteAs(r.Origin)
				for {
					u, err := att.UndoLast(r.Desk, t0)
					if err != nil {
						break
					}
					if err := att.Apply(u); err != nil {
						t.Fatalf("undo prepared by UndoLast refused: %v", err)
					}
					checkAgainstRecompute(t, att)
				}
			}
			if tot := att.Totals(); tot.People != 0 || tot.Entries != 0 {
				t.Fatalf("after undoing all: %+v", tot)
			}
		}
	})
}

// FuzzDesk drives the desk with a random sequence of actions (sign-ins,
// re-entries, anonymous parties, walk-ins, undos at three desks, times going
// back and forth) and checks the counts against a recomputation, and the log
// replayed from its lines against the log itself.
func FuzzDesk(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
	f.Add([]byte{0, 0, 0, 4, 4, 4, 12, 12, 12, 12})
	f.Add([]byte{1, 9, 17, 25, 33, 41, 4, 12, 20, 28})
	roster := testRoster(f)
	f.Fuzz(func(t *testing.T, ops []byte) {
		d := &desk{t: t, att: NewAttendance(roster, shanghai)}
		desks := []string{"gate", "side", "stage"}
		now := t0
		for i, op := range ops {
			desk := desks[int(op>>3)%len(desks)]
			// Mostly forward, sometimes back: paper entries and clock changes.
			now = now.Add(time.Duration(int(op)*37-1000) * time.Second)
			var rec Record
			var err error
			switch op & 7 {
			case 0, 1:
				rec, err = d.att.SignIn(&roster.People[int(op>>3)%len(roster.People)], desk, now)
			case 2:
				rec, err = d.att.Reenter(&roster.People[i%len(roster.People)], desk, now)
			case 3:
				rec, err = d.att.Anonymous(int(op)%MaxParty+1, desk, now)
			case 4, 5:
				rec, err = d.att.UndoLast(desk, now)
			case 6:
				rec, err = d.att.WalkIn(fmt.Sprintf("walk%d", op>>4), "resident", "", int(op>>3)%4+1, "", desk, now)
			case 7:
				rec, err = d.att.Anonymous(1, desk, now)
				rec = rec.Backdated(now.Add(-time.Duration(op) * time.Minute))
			}
			if errors.Is(err, ErrAlreadySignedIn) || errors.Is(err, ErrNothingToUndo) {
				continue
			}
			d.commit(rec, err)
		}
		checkAgainstRecompute(t, d.att)
		if got := d.att.Records(); len(got) != len(d.applied) || len(got) > 0 && !reflect.DeepEqual(got, d.applied) {
			t.Fatalf("the log gives back %+v, applied %+v", d.att.Records(), d.applied)
		}
		again := NewAttendance(roster, shanghai)
		if err := again.Replay(d.journal()); err != nil {
			t.Fatal(err)
		}
		if again.Totals() != d.att.Totals() || !slices.EqualFunc(again.Records(), d.att.Records(), recordsEqual) {
			t.Fatalf("replay differs: %+v vs %+v", again.Totals(), d.att.Totals())
		}
		for _, p := range roster.People {
			s1, in1 := d.att.Status(p.ID)
			s2, in2 := again.Status(p.ID)
			if in1 != in2 || s1.Seq != s2.Seq || s1.Entries != s2.Entries {
				t.Fatalf("Status(%s): %+v %v after replay, %+v %v live", p.Name, s2, in2, s1, in1)
			}
		}
		recent := d.att.Recent(d.att.Totals().Entries + 1)
		if len(recent) != d.att.Totals().Entries {
			t.Fatalf("Recent gives %d of %d standing entries", len(recent), d.att.Totals().Entries)
		}
		for i := 1; i < len(recent); i++ {
			if recent[i].Seq >= recent[i-1].Seq || d.att.Undone(recent[i].Seq) {
				t.Fatalf("Recent out of order or with an undone entry: %v", recent)
			}
		}
	})
}

// TestLogGivesBackEveryRecord replays lines that a log keeps as lines and
// lines it must keep whole, and reads every record back as it was read.
func TestLogGivesBackEveryRecord(t *testing.T) {
	lines := []struct {
		json  string
		whole bool
	}{
		{`{"seq":1,"at":"2025-05-01T09:00:01.5+08:00","kind":"signin","person":"p1","name":"何阿姨","category":"performer","group":"3号楼","party":1,"desk":"gate"}`, false},
		{`{"seq":2,"at":"2025-05-01T09:01:00+05:30","kind":"signin","party":3,"recorded_at":"2025-05-01T11:00:00+05:30","desk":"gate"}`, false},
		// A zone read from an offset that is not a whole hour is made anew
		// for each time: one of each is kept.
		{`{"seq":3,"at":"2025-05-01T09:02:00+05:30","kind":"signin","party":2,"desk":"gate"}`, false},
		{`{"seq":4,"at":"2025-05-01T09:30:00Z","kind":"signin","person":"p2","name":"x","phone":"139","walk_in":true,"party":2,"desk":"d"}`, false},
		{`{"seq":5,"at":"2025-05-01T09:31:00Z","kind":"signin","person":"p2","name":"x","phone":"139","walk_in":true,"reentry":true,"party":1,"desk":"d"}`, false},
		{`{"seq":6,"at":"2025-05-01T09:32:00Z","kind":"undo","undoes":5,"desk":"d"}`, false},
		{`{"seq":7,"at":"2025-05-01T09:32:30Z","kind":"signin","party":4,"source":"签到表.csv:3#9f86d081884c7d65","desk":"paper"}`, false},
		// Nothing a line keeps can say these.
		{`{"seq":8,"at":"2025-05-01T09:33:00Z","kind":"undo","undoes":4,"name":"why","party":500,"desk":"d"}`, true},
		{`{"seq":9,"at":"3000-01-01T00:00:00Z","kind":"signin","party":1,"desk":"d"}`, true},
		{`{"seq":10,"at":"2025-05-01T09:34:00Z","kind":"signin","person":"p2","name":"y","party":1,"desk":"d"}`, true},
		{`{"seq":11,"at":"2025-05-01T09:35:00+08:00","kind":"signin","party":1,"recorded_at":"2025-05-01T09:36:00Z","desk":"d"}`, true},
		{`{"seq":12,"at":"2025-05-01T09:36:00Z","kind":"signin","group":"9号楼","party":1,"desk":"d"}`, true},
	}
	var data []byte
	for _, l := range lines {
		data = append(append(data, l.json...), '\n')
	}
	att := NewAttendance(nil, shanghai)
	if err := att.Replay(journal.Parse(data).Lines); err != nil {
		t.Fatal(err)
	}
	recs := att.Records()
	for i, line := range lines {
		want, err := Decode([]byte(line.json))
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(recs[i], want) {
			t.Errorf("line %d read back as %+v, want %+v", i+1, recs[i], want)
		}
		if got := att.lines[i].flags&lineWhole != 0; got != line.whole {
			t.Errorf("line %d kept whole: %v, want %v", i+1, got, line.whole)
		}
		if got, _ := att.Find(want.Seq); !reflect.DeepEqual(got, want) {
			t.Errorf("Find(%d) = %+v, want %+v", want.Seq, got, want)
		}
	}
	if len(att.zones) != 3 {
		t.Errorf("the log keeps %d zones, want 3 (+08:00, +05:30, UTC)", len(att.zones))
	}
}

// TestLogKeepsManyZones gives a log more zones than a line can number: the
// records past them are kept whole, and read back as they were read.
func TestLogKeepsManyZones(t *testing.T) {
	var data []byte
	for i := range 400 {
		off := i - 200
		data = fmt.Appendf(data, `{"seq":%d,"at":"2025-05-01T09:00:00%+03d:%02d","kind":"signin","party":1,"desk":"d"}`+"\n", i+1, off/60, abs(off%60))
	}
	att := NewAttendance(nil, shanghai)
	lines := journal.Parse(data).Lines
	if err := att.Replay(lines); err != nil {
		t.Fatal(err)
	}
	for i, r := range att.Records() {
		want, _ := Decode(lines[i].Data)
		if !reflect.DeepEqual(r, want) {
			t.Fatalf("line %d read back as %v, want %v", i+1, r, want)
		}
	}
	if len(att.whole) == 0 || len(att.zones) != 256 {
		t.Errorf("%d zones, %d records kept whole; want 256 zones and the rest whole", len(att.zones), len(att.whole))
	}
}

func abs(n int) int { return max(n, -n) }

// TestLineKeepsEveryField lists the fields of Record that a log's line
// keeps. A record with a field the line does not keep is still given back
// exactly, but kept whole, at three times the memory: a new field of Record
// belongs in line (and in lineRecord and push) too.
func TestLineKeepsEveryField(t *testing.T) {
	kept := []string{"Seq", "At", "Kind", "Person", "Name", "Category", "Group", "Phone", "WalkIn", "Reentry", "Party", "RecordedAt", "Source", "Undoes", "Desk", "Origin"}
	if size := unsafe.Sizeof(line{}); size > 56 {
		t.Errorf("a line takes %d bytes; the log is meant to keep a record in 56", size)
	}
	for f := range reflect.TypeFor[Record]().Fields() {
		if !slices.Contains(kept, f.Name) {
			t.Errorf("Record.%s is not kept by a log's line: every record that has it is kept whole; add it to line", f.Name)
		}
	}
}

// TestSeqAfterTheLargestRead: after the largest sequence number a log may
// hold, a sign-in can still be numbered and written.
func TestSeqAfterTheLargestRead(t *testing.T) {
	line := fmt.Sprintf(`{"seq":%d,"at":"2025-05-01T09:00:00+08:00","kind":"signin","party":1,"desk":"gate"}`, MaxReadSeq)
	att := NewAttendance(nil, shanghai)
	if err := att.Replay(journal.Lines{{No: 1, Data: []byte(line)}}); err != nil {
		t.Fatal(err)
	}
	rec, err := att.Anonymous(1, "gate", t0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Encode(rec); err != nil || rec.Seq != MaxReadSeq+1 {
		t.Fatalf("the sign-in after seq %d: %d, %v", int64(MaxReadSeq), rec.Seq, err)
	}
}

// TestSource: an entry copied from a sheet keeps where it came from, the
// log finds it by the row's key whatever the sheet is called now (undone
// or not), and a line without a source reads and writes as before.
func TestSource(t *testing.T) {
	d := newDesk(t)
	rec, err := d.att.Anonymous(5, "paper", t0.Add(time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	rec = rec.Backdated(t0)
	rec.Source = "签到表.csv:3#9f86d081884c7d65"
	d.commit(rec, nil)
	line, _ := Encode(rec)
	want := `{"seq":1,"at":"2025-05-01T09:00:00+08:00","kind":"signin","party":5,"recorded_at":"2025-05-01T10:00:00+08:00","source":"签到表.csv:3#9f86d081884c7d65","desk":"paper"}`
	if string(line) != want {
		t.Errorf("line:\n%s\nwant\n%s", line, want)
	}
	if r, ok := decodeFast(line, nil); !ok || r.Source != rec.Source {
		t.Errorf("the fast path read %+v, %v", r, ok)
	}
	d.commit(d.att.UndoLast("paper", t0.Add(2*time.Hour)))
	plain := d.commit(d.att.Anonymous(1, "gate", t0.Add(2*time.Hour)))
	if line, _ := Encode(plain); strings.Contains(string(line), "source") {
		t.Errorf("a sign-in typed in has a source: %s", line)
	}

	att := NewAttendance(nil, shanghai)
	if err := att.Replay(d.journal()); err != nil {
		t.Fatal(err)
	}
	if att.lines[0].flags&lineWhole != 0 {
		t.Error("an entry from a sheet is kept whole: its source belongs beside its line")
	}
	if got, ok := att.FromSource(SourceKey("sheet (1).csv:3#9f86d081884c7d65")); !ok || got.Seq != 1 {
		t.Errorf("FromSource: %+v, %v", got, ok)
	}
	if _, ok := att.FromSource("9f86d081884c7d66"); ok {
		t.Error("found a row never typed in")
	}
}
