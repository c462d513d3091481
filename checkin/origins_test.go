package checkin

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
	"time"
	"unsafe"

	"eventday/i18n"
)

// gateHistory makes the records of one gate (origin) writing on its own:
// sign-ins of the roster's people (who may be in at other gates too),
// anonymous heads, walk-ins, re-entries, undos of its own entries, and
// now and then a row backdated from a paper sheet. Each gate sees only its
// own records, as gates that cannot reach each other do.
func gateHistory(t *testing.T, rnd *rand.Rand, roster *Roster, origin string, n int) []Record {
	t.Helper()
	att := NewAttendance(roster, shanghai)
	att.WriteAs(origin)
	now := t0.Add(time.Duration(rnd.IntN(600)) * time.Second)
	var out []Record
	walkIns := []string{"路人甲", "路人乙"}
	for len(out) < n {
		now = now.Add(time.Duration(1+rnd.IntN(900)) * time.Second)
		desk := []string{"gate", "side"}[rnd.IntN(2)]
		var rec Record
		var err error
		switch op := rnd.IntN(10); {
		case op < 4:
			p := &roster.People[rnd.IntN(len(roster.People))]
			rec, err = att.SignIn(p, desk, now)
			if errors.Is(err, ErrAlreadySignedIn) {
				rec, err = att.Reenter(p, desk, now)
			}
		case op < 6:
			rec, err = att.Anonymous(1+rnd.IntN(4), desk, now)
		case op < 7:
			rec, err = att.WalkIn(walkIns[rnd.IntN(2)], "guest", "", 1+rnd.IntN(2), "", desk, now)
			if errors.Is(err, ErrAlreadySignedIn) {
				continue
			}
		default:
			rec, err = att.UndoLast(desk, now)
			if errors.Is(err, ErrNothingToUndo) {
				continue
			}
		}
		if err != nil {
			t.Fatal(err)
		}
		if rec.Kind == KindSignIn && rnd.IntN(5) == 0 {
			// A row of a paper sheet typed in afterwards; the undo of it
			// comes later still, so never before it.
			rec = rec.Backdated(now.Add(-time.Duration(rnd.IntN(7200)) * time.Second))
		}
		if err := att.Apply(rec); err != nil {
			t.Fatal(err)
		}
		out = append(out, rec)
	}
	return out
}

// interleave gives the records of the gates in a random order that keeps
// each gate's own order.
func interleave(rnd *rand.Rand, gates [][]Record) []Record {
	next := make([]int, len(gates))
	var out []Record
	for {
		var open []int
		for g := range gates {
			if next[g] < len(gates[g]) {
				open = append(open, g)
			}
		}
		if len(open) == 0 {
			return out
		}
		g := open[rnd.IntN(len(open))]
		out = append(out, gates[g][next[g]])
		next[g]++
	}
}

// foldView is what every node holding the same records must show the same.
type foldView struct {
	Totals     Totals
	ByCategory []CategoryCount
	Arrivals   []Arrival
	Acts       map[string]int
	Conflicts  []Conflict
}

func viewOf(att *Attendance) foldView {
	v := foldView{Totals: att.Totals(), ByCategory: att.ByCategory(), Arrivals: att.Arrivals(), Acts: map[string]int{}, Conflicts: att.Conflicts()}
	for _, a := range testActs {
		v.Acts[a.ID], _ = att.ActArrivals(a.ID)
	}
	return v
}

// TestFoldOrderFree folds random histories of three or four gates in fifty
// interleavings each: every one gives the counts of the fold in the order
// (At, Origin, Seq), and the same conflicts.
func TestFoldOrderFree(t *testing.T) {
	roster := testRoster(t)
	for h := range 40 {
		rnd := rand.New(rand.NewPCG(uint64(h), 7))
		names := []string{"", "east", "north", "west"}[:3+rnd.IntN(2)]
		gates := make([][]Record, len(names))
		var all []Record
		for g, name := range names {
			gates[g] = gateHistory(t, rnd, roster, name, 20+rnd.IntN(30))
			all = append(all, gates[g]...)
		}
		tot, cat, acts, arr := recompute(all, roster, shanghai)
		var first foldView
		for k := range 50 {
			att := NewAttendance(roster, shanghai)
			for _, rec := range interleave(rnd, gates) {
				if err := att.Apply(rec); err != nil {
					t.Fatalf("history %d, interleaving %d: %v", h, k, err)
				}
			}
			if got := att.Totals(); got != tot {
				t.Fatalf("history %d, interleaving %d: Totals = %+v, in the order (At, Origin, Seq) %+v", h, k, got, tot)
			}
			got := viewOf(att)
			gotCat := map[string]int{}
			for _, c := range got.ByCategory {
				gotCat[c.Category] = c.People
			}
			gotArr := map[time.Time]int{}
			for _, a := range got.Arrivals {
				gotArr[a.Start] = a.People
			}
			for _, a := range testActs {
				if got.Acts[a.ID] != acts[a.ID] {
					t.Fatalf("history %d, interleaving %d: act %s has %d in, want %d", h, k, a.ID, got.Acts[a.ID], acts[a.ID])
				}
			}
			if !reflect.DeepEqual(gotCat, cat) || !reflect.DeepEqual(gotArr, arr) {
				t.Fatalf("history %d, interleaving %d: by category %v, arrivals %v; want %v, %v", h, k, gotCat, gotArr, cat, arr)
			}
			if len(got.Conflicts) != tot.Conflicts {
				t.Fatalf("history %d, interleaving %d: %d conflicts listed, %d counted", h, k, len(got.Conflicts), tot.Conflicts)
			}
			if k == 0 {
				first = got
			} else if !reflect.DeepEqual(got, first) {
				t.Fatalf("history %d, interleaving %d differs from the first:\n%+v\n%+v", h, k, got, first)
			}
		}
	}
}

func TestLineSize(t *testing.T) {
	if size := unsafe.Sizeof(line{}); size != 56 {
		t.Errorf("a line takes %d bytes, want 56 (its origin in the one spare byte)", size)
	}
}

func TestValidOrigin(t *testing.T) {
	for _, ok := range []string{"east", "a", "gate-2", "0", strings.Repeat("x", 32)} {
		if err := ValidOrigin(ok); err != nil {
			t.Errorf("ValidOrigin(%q): %v", ok, err)
		}
	}
	for name, want := range map[string]string{
		"":                      `origin: empty: not a gate name`,
		"host":                  `origin "host": the name is kept for the host: not a gate name`,
		"-east":                 `origin "-east": begins or ends with '-': not a gate name`,
		"east-":                 `origin "east-": begins or ends with '-': not a gate name`,
		"East":                  `origin "East": only a-z, 0-9 and '-' may be used: not a gate name`,
		"东门":                    `origin "东门": only a-z, 0-9 and '-' may be used: not a gate name`,
		"a/b":                   `origin "a/b": only a-z, 0-9 and '-' may be used: not a gate name`,
		strings.Repeat("x", 33): `origin "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx": longer than 32 characters: not a gate name`,
	} {
		err := ValidOrigin(name)
		if err == nil || err.Error() != want || !errors.Is(err, ErrOriginName) {
			t.Errorf("ValidOrigin(%q) = %v, want %s", name, err, want)
		}
	}
	line := `{"seq":1,"at":"2025-05-01T09:00:00+08:00","kind":"signin","party":1,"desk":"d","origin":"Host"}`
	if _, err := Decode([]byte(line)); err == nil || err.Error() != `seq 1: origin "Host": only a-z, 0-9 and '-' may be used: not a gate name` {
		t.Errorf("Decode of a bad origin: %v", err)
	}
}

func signInAt(origin string, seq int64, at time.Time, p *Person) Record {
	r := Record{Origin: origin, Seq: seq, At: at, Kind: KindSignIn, Party: 1, Desk: "d"}
	if p != nil {
		r.Person, r.Name, r.Category, r.Group = p.ID, p.Name, p.Category, p.Group
	}
	return r
}

func TestOriginRefusals(t *testing.T) {
	d := newDesk(t)
	he := d.person("何阿姨")
	for _, r := range []Record{signInAt("east", 1, t0, nil), signInAt("east", 2, t0, nil), signInAt("", 1, t0, nil)} {
		d.commit(r, nil)
	}
	for _, c := range []struct {
		rec  Record
		want string
	}{
		{signInAt("east", 2, t0, he), "origin east: seq 2 comes after seq 2; sequence numbers must increase"},
		{signInAt("", 1, t0, he), "seq 1 comes after seq 1; sequence numbers must increase"},
		{Record{Origin: "east", Seq: 3, At: t0, Kind: KindUndo, Undoes: 1, Desk: "d"}, ""},
		{Record{Origin: "west", Seq: 5, At: t0, Kind: KindUndo, Undoes: 1, Desk: "d"}, "seq 5 undoes seq 1, which is not in the log"},
		{Record{Origin: "", Seq: 4, At: t0, Kind: KindUndo, Undoes: 2, Desk: "d"}, "seq 4 undoes seq 2, which is not in the log"},
	} {
		err := d.att.Apply(c.rec)
		if c.want == "" {
			if err != nil {
				t.Errorf("%+v: %v", c.rec, err)
			}
			continue
		}
		if err == nil || err.Error() != c.want {
			t.Errorf("%+v: %v, want %s", c.rec, err, c.want)
		}
	}
	// East's seq 1 was undone by east's undo, the host's seq 1 stands.
	if !d.att.UndoneIn("east", 1) || d.att.UndoneIn("", 1) {
		t.Errorf("undone: east 1 %v, host 1 %v", d.att.UndoneIn("east", 1), d.att.UndoneIn("", 1))
	}

	// A desk takes back only what its own origin wrote.
	_, err := d.att.UndoIn("east", 2, "d", t0)
	var oe *OtherOriginError
	if !errors.As(err, &oe) || err.Error() != "#2 was signed in at gate east: only that gate can take it back" {
		t.Errorf("undo of east's entry at the host: %v", err)
	}
	if got := i18n.Localize(err, i18n.For("zh")); got != "#2 是在入口 east 签到的，只有那个入口才能撤销" {
		t.Errorf("in Chinese: %s", got)
	}
	d.att.WriteAs("east")
	if _, err := d.att.UndoIn("", 1, "d", t0); err == nil || err.Error() != "#1 was signed in at gate host: only that gate can take it back" {
		t.Errorf("undo of the host's entry at east: %v", err)
	}
	u, err := d.att.Undo(2, "d", t0)
	if err != nil || u.Origin != "east" || u.Seq != 4 || u.Undoes != 2 {
		t.Errorf("east's undo of its own entry: %+v, %v", u, err)
	}
}

func TestTooManyOrigins(t *testing.T) {
	att := NewAttendance(nil, shanghai)
	for o := range MaxOrigins {
		name := fmt.Sprintf("g%d", o)
		if o == 0 {
			name = ""
		}
		if err := att.Apply(signInAt(name, 1, t0, nil)); err != nil {
			t.Fatalf("origin %d: %v", o, err)
		}
	}
	err := att.Apply(signInAt("one-more", 1, t0, nil))
	if err == nil || err.Error() != `origin "one-more": a log holds the records of at most 256 origins` || !errors.Is(err, ErrTooManyOrigins) {
		t.Fatalf("the 257th origin: %v", err)
	}
	if att.Len() != MaxOrigins || len(att.Origins()) != MaxOrigins {
		t.Errorf("the refused record changed the log: %d lines, %d origins", att.Len(), len(att.Origins()))
	}
	// The origins already there still take records.
	if err := att.Apply(signInAt("g255", 2, t0, nil)); err != nil {
		t.Error(err)
	}
	if r, ok := att.FindIn("g255", 2); !ok || r.Origin != "g255" {
		t.Errorf("FindIn: %+v, %v", r, ok)
	}
}

func TestOfAndOriginCount(t *testing.T) {
	att := NewAttendance(nil, shanghai)
	att.WriteAs("east")
	for seq := int64(1); seq <= 5; seq++ {
		if err := att.Apply(signInAt("east", seq*10, t0, nil)); err != nil {
			t.Fatal(err)
		}
	}
	seqs := func(recs []Record) (out []int64) {
		for _, r := range recs {
			out = append(out, r.Seq)
		}
		return out
	}
	// One origin: its records are the log.
	if got := seqs(att.Of("east", 1, 3)); !reflect.DeepEqual(got, []int64{20, 30, 40}) {
		t.Errorf("Of(east, 1, 3) = %v", got)
	}
	if att.origins[0].lines != nil {
		t.Error("a log of one origin made an index of its lines")
	}
	for seq := int64(1); seq <= 3; seq++ {
		if err := att.Apply(signInAt("", seq, t0, nil)); err != nil {
			t.Fatal(err)
		}
		if err := att.Apply(signInAt("east", 50+seq, t0, nil)); err != nil {
			t.Fatal(err)
		}
	}
	if err := att.Apply(Record{Origin: "east", Seq: 60, At: t0, Kind: KindUndo, Undoes: 30, Desk: "d"}); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		origin   string
		from, n  int
		want     []int64
		count    int
		lastSeq  int64
		standing int
	}{
		{"east", 0, 100, []int64{10, 20, 30, 40, 50, 51, 52, 53, 60}, 9, 60, 7},
		{"east", 4, 2, []int64{50, 51}, 9, 60, 7},
		{"east", 9, 2, nil, 9, 60, 7},
		{"", 1, 5, []int64{2, 3}, 3, 3, 3},
		{"west", 0, 5, nil, 0, 0, 0},
	} {
		if got := seqs(att.Of(c.origin, c.from, c.n)); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Of(%q, %d, %d) = %v, want %v", c.origin, c.from, c.n, got, c.want)
		}
		if got := att.OriginCount(c.origin); got != c.count {
			t.Errorf("OriginCount(%q) = %d, want %d", c.origin, got, c.count)
		}
		if got := att.LastSeq(c.origin); got != c.lastSeq {
			t.Errorf("LastSeq(%q) = %d, want %d", c.origin, got, c.lastSeq)
		}
	}
	want := []OriginCount{{Origin: "", LastSeq: 3, Records: 3, Entries: 3}, {Origin: "east", LastSeq: 60, Records: 9, Entries: 7}}
	if got := att.Origins(); !reflect.DeepEqual(got, want) {
		t.Errorf("Origins() = %+v, want %+v", got, want)
	}
	if r, ok := att.Find(30); !ok || r.Origin != "east" || !att.Undone(30) {
		t.Errorf("Find(30) as east: %+v, %v", r, ok)
	}
}

// TestConflicts: a person signed in at two gates is counted once, by the
// earlier entry, whichever came first; the other entry is a conflict until
// one of the two is undone.
func TestConflicts(t *testing.T) {
	roster := testRoster(t)
	he := &roster.People[0]
	early := signInAt("east", 1, t0, he)
	late := signInAt("", 1, t0.Add(10*time.Minute), he)
	again := signInAt("", 2, t0.Add(20*time.Minute), he)
	again.Reentry = true
	for _, order := range [][]Record{{early, late, again}, {late, again, early}, {late, early, again}} {
		att := NewAttendance(roster, shanghai)
		for _, r := range order {
			if err := att.Apply(r); err != nil {
				t.Fatal(err)
			}
		}
		tot := att.Totals()
		if tot.People != 1 || tot.Entries != 3 || tot.Conflicts != 1 {
			t.Errorf("order %v: %+v", order, tot)
		}
		want := []Conflict{{Counted: early, Again: late}}
		if got := att.Conflicts(); !reflect.DeepEqual(got, want) {
			t.Errorf("Conflicts() = %+v, want %+v", got, want)
		}
		if st, _ := att.Status(he.ID); st.Origin != "east" || !st.At.Equal(t0) {
			t.Errorf("counted by %+v, want east's entry at 09:00", st)
		}
		arr := att.Arrivals()
		if len(arr) != 1 || !arr[0].Start.Equal(t0) {
			t.Errorf("arrivals %+v, want one at 09:00", arr)
		}
		// East takes its entry back: the host's entry counts the person
		// now, and there is no conflict left.
		if err := att.Apply(Record{Origin: "east", Seq: 2, At: t0.Add(time.Hour), Kind: KindUndo, Undoes: 1, Desk: "d"}); err != nil {
			t.Fatal(err)
		}
		if tot := att.Totals(); tot.People != 1 || tot.Conflicts != 0 || len(att.Conflicts()) != 0 {
			t.Errorf("after the undo: %+v, %v", tot, att.Conflicts())
		}
		if arr := att.Arrivals(); len(arr) != 1 || !arr[0].Start.Equal(t0) {
			t.Errorf("arrivals after the undo %+v", arr)
		}
		if st, _ := att.Status(he.ID); st.Origin != "" || st.Seq != 1 {
			t.Errorf("after the undo counted by %+v, want the host's seq 1", st)
		}
	}
}
