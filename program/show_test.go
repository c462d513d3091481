package program

import (
	"errors"
	"math/rand/v2"
	"reflect"
	"testing"
	"time"
)

var shanghai = time.FixedZone("CST", 8*3600)

// testEvent is a small programme on 2026-05-01 from 14:30, call ahead 10m.
func testEvent() *Plan {
	return &Plan{
		Name: "五一文艺汇演", Date: "2026-05-01", Start: "14:30", CallAhead: 10 * time.Minute, Location: shanghai,
		Acts: []Act{
			{ID: "choir", Title: "幼儿园小合唱", Performers: "阳光幼儿园", Duration: 5 * time.Minute},
			{ID: "fan", Title: "扇子舞", Performers: "夕阳红舞蹈队", Duration: 6 * time.Minute},
			{ID: "sketch", Title: "小品", Duration: 10 * time.Minute},
			{ID: "taichi", Title: "太极拳", Performers: "太极拳队", Duration: 8 * time.Minute},
		},
	}
}

// at is a moment of the event's day.
func at(hhmmss string) time.Time {
	t, err := time.ParseInLocation("2006-01-02 15:04:05", "2026-05-01 "+hhmmss, shanghai)
	if err != nil {
		panic(err)
	}
	return t
}

// cue makes a cue the way the owner does: New, Check, Apply.
func cue(t *testing.T, s *Show, c Cue, now time.Time) {
	t.Helper()
	if err := tryCue(s, c, now); err != nil {
		t.Fatalf("%s %s at %s: %v", c.Kind, c.Act, now.Format("15:04:05"), err)
	}
}

func tryCue(s *Show, c Cue, now time.Time) error {
	c = s.New(c, now)
	if err := s.Check(c); err != nil {
		return err
	}
	return s.Apply(c)
}

func statuses(show *ShowState) []Status {
	var out []Status
	for _, a := range show.Acts {
		out = append(out, a.Status)
	}
	return out
}

func TestGoWalksTheRunningOrder(t *testing.T) {
	s := NewShow(testEvent())
	if s.State().Phase() != NotStarted {
		t.Fatal("a new show has started")
	}
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	show := s.State()
	if show.Live().ID != "choir" || show.Phase() != Running {
		t.Fatalf("after GO live = %v phase %v", show.Live(), show.Phase())
	}
	cue(t, s, Cue{Kind: KindGo}, at("14:35:00"))
	cue(t, s, Cue{Kind: KindGo}, at("14:41:00"))
	cue(t, s, Cue{Kind: KindGo}, at("14:51:00"))
	cue(t, s, Cue{Kind: KindGo}, at("14:59:00"))
	show = s.State()
	if show.Phase() != Over || show.Live() != nil || !show.Finished.Equal(at("14:59:00")) {
		t.Fatalf("after the last GO: phase %v live %v finished %v", show.Phase(), show.Live(), show.Finished)
	}
	want := []Status{Done, Done, Done, Done}
	if got := statuses(show); !reflect.DeepEqual(got, want) {
		t.Errorf("statuses %v, want %v", got, want)
	}
	if err := tryCue(s, Cue{Kind: KindGo}, at("15:10:00")); !errors.Is(err, ErrFinished) {
		t.Errorf("GO after the end: %v", err)
	}
}

func TestDoubleGoIgnored(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	err := tryCue(s, Cue{Kind: KindGo}, at("14:30:01.900"))
	if !errors.Is(err, ErrTooSoon) {
		t.Fatalf("GO 1.9 s after GO: %v, want ErrTooSoon", err)
	}
	if s.State().Live().ID != "choir" || s.Seq() != 1 {
		t.Fatal("the ignored GO changed the show")
	}
	cue(t, s, Cue{Kind: KindGo}, at("14:30:02"))
	if s.State().Live().ID != "fan" {
		t.Fatal("GO 2 s after GO was not taken")
	}
}

func TestSkipNoShowRestoreAndGo(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindSkip, Act: "choir"}, at("14:20:00"))
	cue(t, s, Cue{Kind: KindNoShow, Act: "fan"}, at("14:21:00"))
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	if s.State().Live().ID != "sketch" {
		t.Fatalf("GO started %s, want sketch (choir skipped, fan no-show)", s.State().Live().ID)
	}
	cue(t, s, Cue{Kind: KindRestore, Act: "fan"}, at("14:31:00"))
	if err := tryCue(s, Cue{Kind: KindRestore, Act: "sketch"}, at("14:31:00")); !errors.Is(err, ErrNotOut) {
		t.Errorf("restore of a live act: %v", err)
	}
	if err := tryCue(s, Cue{Kind: KindSkip, Act: "sketch"}, at("14:31:00")); !errors.Is(err, ErrNotPending) {
		t.Errorf("skip of the live act: %v", err)
	}
	cue(t, s, Cue{Kind: KindGo}, at("14:40:00"))
	if s.State().Live().ID != "fan" {
		t.Fatalf("restored act not next: live %s", s.State().Live().ID)
	}
}

func TestCalledReadyMove(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindCalled, Act: "fan"}, at("14:00:00"))
	cue(t, s, Cue{Kind: KindReady, Act: "fan"}, at("14:01:00"))
	cue(t, s, Cue{Kind: KindMove, Act: "fan", Delta: -1}, at("14:02:00"))
	show := s.State()
	if show.Acts[0].ID != "fan" || show.Acts[0].Status != Ready {
		t.Fatalf("after move up: %v", show.Acts[0])
	}
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	if err := tryCue(s, Cue{Kind: KindMove, Act: "choir", Delta: -1}, at("14:31:00")); !errors.Is(err, ErrCannotMove) {
		t.Errorf("moving above the live act: %v", err)
	}
	if err := tryCue(s, Cue{Kind: KindMove, Act: "taichi", Delta: 1}, at("14:31:00")); !errors.Is(err, ErrCannotMove) {
		t.Errorf("moving below the end: %v", err)
	}
	if err := tryCue(s, Cue{Kind: KindMove, Act: "nope", Delta: 1}, at("14:31:00")); !errors.Is(err, ErrUnknownAct) {
		t.Errorf("moving an unknown act: %v", err)
	}
}

func TestTimeHoldAndElapsed(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	cue(t, s, Cue{Kind: KindTime, Delta: 60}, at("14:31:00"))
	show := s.State()
	if show.Live().Length() != 6*time.Minute {
		t.Fatalf("length after +1 min = %v", show.Live().Length())
	}
	cue(t, s, Cue{Kind: KindHold}, at("14:32:00"))
	show = s.State()
	if show.Phase() != OnHold {
		t.Fatal("not on hold")
	}
	if e := show.Elapsed(show.Live(), at("14:34:00")); e != 2*time.Minute {
		t.Errorf("elapsed during a hold = %v, want the clock stopped at 2m", e)
	}
	if err := tryCue(s, Cue{Kind: KindHold}, at("14:33:00")); !errors.Is(err, ErrHolding) {
		t.Errorf("second hold: %v", err)
	}
	cue(t, s, Cue{Kind: KindResume}, at("14:35:00"))
	show = s.State()
	if e := show.Elapsed(show.Live(), at("14:36:00")); e != 3*time.Minute {
		t.Errorf("elapsed after 3 min held = %v, want 3m", e)
	}
	if r := show.Remaining(at("14:36:00")); r != 3*time.Minute {
		t.Errorf("remaining = %v, want 3m", r)
	}
	if r := show.Remaining(at("14:40:00")); r != -time.Minute {
		t.Errorf("remaining when over = %v, want -1m", r)
	}
	for i := 0; i < 5; i++ {
		cue(t, s, Cue{Kind: KindTime, Delta: -60}, at("14:41:00"))
	}
	if err := tryCue(s, Cue{Kind: KindTime, Delta: -60}, at("14:41:00")); !errors.Is(err, ErrTooShort) {
		t.Errorf("taking the last minute: %v", err)
	}
	// GO during a hold ends the hold; the finished act keeps its held time.
	cue(t, s, Cue{Kind: KindHold}, at("14:42:00"))
	cue(t, s, Cue{Kind: KindGo}, at("14:44:00"))
	show = s.State()
	if show.Holding() {
		t.Error("GO did not end the hold")
	}
	if e := show.Elapsed(&show.Acts[0], at("15:00:00")); e != 14*time.Minute-5*time.Minute {
		t.Errorf("finished act elapsed %v, want 9m (14m less 5m held)", e)
	}
}

func TestEditAddNote(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	cue(t, s, Cue{Kind: KindAdd, After: "fan", Def: &ActDef{Title: "快板", Seconds: 180}}, at("14:31:00"))
	show := s.State()
	if show.Acts[2].Title != "快板" || !show.Acts[2].Added || show.Acts[2].ID != "added-2" {
		t.Fatalf("added act at 2: %+v", show.Acts[2])
	}
	// An act added "after" a finished one goes after the live act.
	cue(t, s, Cue{Kind: KindGo}, at("14:36:00"))
	cue(t, s, Cue{Kind: KindAdd, After: "choir", Def: &ActDef{Title: "诗朗诵", Seconds: 120}}, at("14:37:00"))
	show = s.State()
	if show.Acts[2].Title != "诗朗诵" || show.LiveIdx != 1 {
		t.Fatalf("act added among played ones: order %v live %d", show.Acts, show.LiveIdx)
	}
	cue(t, s, Cue{Kind: KindEdit, Act: "taichi", Def: &ActDef{Title: "太极拳（改）", Seconds: 300, Notes: "音乐 3 号"}}, at("14:38:00"))
	if a := s.State().Acts[s.State().Find("taichi")]; a.Title != "太极拳（改）" || a.Duration != 5*time.Minute || a.Notes != "音乐 3 号" {
		t.Errorf("edit: %+v", a)
	}
	if err := tryCue(s, Cue{Kind: KindEdit, Act: "choir", Def: &ActDef{Title: "x", Seconds: 60}}, at("14:38:00")); !errors.Is(err, ErrDone) {
		t.Errorf("edit of a finished act: %v", err)
	}
	if err := tryCue(s, Cue{Kind: KindAdd, Def: &ActDef{Title: "", Seconds: 60}}, at("14:38:00")); !errors.Is(err, ErrBadDef) {
		t.Errorf("add without title: %v", err)
	}
	cue(t, s, Cue{Kind: KindNote, Text: "话筒 2 没电"}, at("14:39:00"))
	if n := s.State().Notes; len(n) != 1 || n[0].Text != "话筒 2 没电" {
		t.Errorf("notes %v", n)
	}
	if err := tryCue(s, Cue{Kind: KindNote}, at("14:39:00")); !errors.Is(err, ErrEmptyNote) {
		t.Errorf("empty note: %v", err)
	}
}

func TestUndoEveryKind(t *testing.T) {
	kinds := []struct {
		name string
		prep []Cue
		c    Cue
	}{
		{"go", nil, Cue{Kind: KindGo}},
		{"go ending the show", []Cue{{Kind: KindSkip, Act: "fan"}, {Kind: KindSkip, Act: "sketch"}, {Kind: KindSkip, Act: "taichi"}, {Kind: KindGo}}, Cue{Kind: KindGo}},
		{"called", nil, Cue{Kind: KindCalled, Act: "fan"}},
		{"ready", nil, Cue{Kind: KindReady, Act: "fan"}},
		{"skip", nil, Cue{Kind: KindSkip, Act: "fan"}},
		{"noshow", nil, Cue{Kind: KindNoShow, Act: "fan"}},
		{"restore", []Cue{{Kind: KindSkip, Act: "fan"}}, Cue{Kind: KindRestore, Act: "fan"}},
		{"move", nil, Cue{Kind: KindMove, Act: "taichi", Delta: -1}},
		{"time", []Cue{{Kind: KindGo}}, Cue{Kind: KindTime, Delta: 60}},
		{"hold", []Cue{{Kind: KindGo}}, Cue{Kind: KindHold}},
		{"resume", []Cue{{Kind: KindGo}, {Kind: KindHold}}, Cue{Kind: KindResume}},
		{"edit", nil, Cue{Kind: KindEdit, Act: "fan", Def: &ActDef{Title: "新扇子舞", Seconds: 60}}},
		{"add", nil, Cue{Kind: KindAdd, Def: &ActDef{Title: "快板", Seconds: 60}}},
		{"note", nil, Cue{Kind: KindNote, Text: "音响故障"}},
	}
	for _, k := range kinds {
		t.Run(k.name, func(t *testing.T) {
			s := NewShow(testEvent())
			now := at("14:30:00")
			for _, c := range k.prep {
				cue(t, s, c, now)
				now = now.Add(time.Minute)
			}
			before := s.State()
			cue(t, s, k.c, now)
			if reflect.DeepEqual(before, s.State()) {
				t.Fatal("the cue changed nothing")
			}
			last, ok := s.LastUndoable()
			if !ok || last.Kind != k.c.Kind {
				t.Fatalf("last undoable = %v %v", last.Kind, ok)
			}
			cue(t, s, Cue{Kind: KindUndo}, now.Add(time.Second))
			after := s.State()
			after.Seq = before.Seq
			if !reflect.DeepEqual(before, after) {
				t.Errorf("undo did not restore the state:\nbefore %+v\nafter  %+v", before, after)
			}
		})
	}
}

func TestUndoAgainAndAgain(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	cue(t, s, Cue{Kind: KindCalled, Act: "sketch"}, at("14:31:00"))
	cue(t, s, Cue{Kind: KindGo}, at("14:35:00"))
	for i := 0; i < 3; i++ {
		cue(t, s, Cue{Kind: KindUndo}, at("14:36:00"))
	}
	show := s.State()
	if show.Phase() != NotStarted || !reflect.DeepEqual(statuses(show), []Status{Waiting, Waiting, Waiting, Waiting}) {
		t.Fatalf("three undos left %v, phase %v", statuses(show), show.Phase())
	}
	if err := tryCue(s, Cue{Kind: KindUndo}, at("14:37:00")); !errors.Is(err, ErrNothingToUndo) {
		t.Errorf("undo with nothing left: %v", err)
	}
	// Once undone, a GO right away is not a double tap.
	cue(t, s, Cue{Kind: KindGo}, at("14:37:00"))
	cue(t, s, Cue{Kind: KindUndo}, at("14:37:00.5"))
	cue(t, s, Cue{Kind: KindGo}, at("14:37:01"))
}

func TestReplayRejectsForgedUndo(t *testing.T) {
	s := NewShow(testEvent())
	cue(t, s, Cue{Kind: KindGo}, at("14:30:00"))
	cue(t, s, Cue{Kind: KindNote, Text: "x"}, at("14:30:05"))
	if err := s.Apply(Cue{Seq: 3, At: at("14:31:00"), Kind: KindUndo, Undoes: 1}); err == nil {
		t.Fatal("an undo of a cue that is not the last was applied")
	}
	if err := s.Apply(Cue{Seq: 5, At: at("14:31:00"), Kind: KindNote, Text: "y"}); err == nil {
		t.Fatal("a cue with a gap in seq was applied")
	}
}

// TestReplayEqualsLiving: for random cue sequences, folding the journal
// (encoded, decoded, applied to a new show) gives the state the show had
// while it lived through them, including refused cues and undos.
func TestReplayEqualsLiving(t *testing.T) {
	seed := uint64(time.Now().UnixNano())
	t.Logf("seed %d", seed)
	r := rand.New(rand.NewPCG(seed, 7))
	ids := []string{"choir", "fan", "sketch", "taichi", "nope"}
	kinds := []Kind{KindGo, KindGo, KindGo, KindCalled, KindReady, KindSkip, KindNoShow, KindRestore, KindMove, KindTime, KindHold, KindResume, KindEdit, KindAdd, KindNote, KindUndo, KindUndo}
	var applied, undos int
	for round := 0; round < 300; round++ {
		s := NewShow(testEvent())
		var journal [][]byte
		now := at("14:00:00")
		for step := 0; step < 40; step++ {
			now = now.Add(time.Duration(r.IntN(400)) * time.Second / 2)
			show := s.State()
			id := ids[r.IntN(len(ids))]
			if len(show.Acts) > 0 && r.IntN(3) == 0 {
				id = show.Acts[r.IntN(len(show.Acts))].ID
			}
			c := Cue{Kind: kinds[r.IntN(len(kinds))], Act: id}
			switch c.Kind {
			case KindMove:
				c.Delta = []int{-1, 1, 2}[r.IntN(3)]
			case KindTime:
				c.Delta = []int{-60, 60, 30}[r.IntN(3)]
			case KindEdit, KindAdd:
				c.Def = &ActDef{Title: "新节目", Seconds: r.IntN(3) * 60}
				c.After = id
			case KindNote:
				c.Text = []string{"", "话筒没电"}[r.IntN(2)]
			}
			c = s.New(c, now)
			if err := s.Check(c); err != nil {
				continue
			}
			line, err := EncodeCue(c)
			if err != nil {
				t.Fatal(err)
			}
			journal = append(journal, line)
			applied++
			if c.Kind == KindUndo {
				undos++
			}
			if err := s.Apply(c); err != nil {
				t.Fatalf("seed %d: checked cue refused by Apply: %v", seed, err)
			}
		}
		replayed := NewShow(testEvent())
		for i, line := range journal {
			c, err := DecodeCue(line)
			if err != nil {
				t.Fatalf("seed %d line %d: %v", seed, i+1, err)
			}
			if err := replayed.Apply(c); err != nil {
				t.Fatalf("seed %d line %d: replay refused %s: %v", seed, i+1, line, err)
			}
		}
		if !sameState(s.State(), replayed.State()) {
			t.Fatalf("seed %d round %d: replay differs from living\nlived    %+v\nreplayed %+v", seed, round, s.State(), replayed.State())
		}
	}
	// The generator must exercise the fold, not just be refused.
	if applied < 3000 || undos < 300 {
		t.Fatalf("only %d cues applied, %d undos: the generator is broken", applied, undos)
	}
	t.Logf("%d cues applied, %d of them undos", applied, undos)
}

// sameState compares states with times by instant, not by representation
// (a decoded time carries a fixed zone).
func sameState(a, b *ShowState) bool {
	if a.LiveIdx != b.LiveIdx || a.Seq != b.Seq || len(a.Acts) != len(b.Acts) || len(a.Notes) != len(b.Notes) {
		return false
	}
	for _, p := range [][2]time.Time{{a.Started, b.Started}, {a.Finished, b.Finished}, {a.HoldSince, b.HoldSince}, {a.LastGo, b.LastGo}} {
		if !p[0].Equal(p[1]) {
			return false
		}
	}
	for i := range a.Acts {
		x, y := a.Acts[i], b.Acts[i]
		if x.Act != y.Act || x.Status != y.Status || !x.Start.Equal(y.Start) || !x.End.Equal(y.End) || x.Extra != y.Extra || x.Held != y.Held || x.Added != y.Added {
			return false
		}
	}
	for i := range a.Notes {
		if a.Notes[i].Text != b.Notes[i].Text || !a.Notes[i].At.Equal(b.Notes[i].At) {
			return false
		}
	}
	return true
}

// TestDecodeCueBounds: seconds no show could use are refused when the line
// is read, before they can overflow the show's clocks.
func TestDecodeCueBounds(t *testing.T) {
	for _, tc := range []struct {
		line string
		ok   bool
	}{
		{`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"time","delta":86400}`, true},
		{`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"time","delta":-86400}`, true},
		{`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"time","delta":86401}`, false},
		{`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"time","delta":9223372036854775807}`, false},
		{`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"move","act":"a","delta":-9223372036854775808}`, false},
		{`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"add","def":{"title":"x","seconds":86400}}`, true},
		{`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"add","def":{"title":"x","seconds":9223372036854775807}}`, false},
	} {
		_, err := DecodeCue([]byte(tc.line))
		if (err == nil) != tc.ok {
			t.Errorf("DecodeCue(%s): %v, want ok %v", tc.line, err, tc.ok)
		} else if err != nil && !errors.Is(err, ErrBadCue) {
			t.Errorf("DecodeCue(%s): %v, want ErrBadCue", tc.line, err)
		}
	}
}
