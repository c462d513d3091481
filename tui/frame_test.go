package tui

import (
	"fmt"
	"runtime"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"eventday/checkin"
	"eventday/internal/eventtest"
	"eventday/program"
)

// This file measures a frame (issue 6): View() of the Stage and the Desk
// for a small event and for one far beyond a square, side by side, because
// the cost of a frame must not grow with the data.

// frameSize is the size of an event a frame is drawn for.
type frameSize struct {
	name    string
	acts    int
	signins int
	roster  int // people on the roster, performers among them
}

// frameSizes are the two sizes a frame's cost is compared at: 10 acts and
// 100 sign-ins against 1,000 acts and 100,000 sign-ins, each on a roster
// of its scale (20,000 is the scale the app promises, see README.md's
// Performance).
func frameSizes() []frameSize {
	return []frameSize{
		{name: "10acts_100signins", acts: 10, signins: 100, roster: 300},
		{name: "1000acts_100000signins", acts: 1000, signins: 100000, roster: 20000},
	}
}

// The frame is drawn at this size, and the Desk with this typed: a common
// surname, which fills the list of results at either size.
const (
	frameWidth, frameHeight = 120, 40
	frameQuery              = "wang"
)

// frameTabs are the tabs whose frame is measured, by the name of the
// sub-benchmark.
func frameTabs() []string { return []string{"Stage", "Desk"} }

// frameEvent is an afternoon at the given size, as live.Event would hold
// it. The acts last on average what fits them into eight hours, five
// minutes at most; the show started at 14:00 and is half through: the live act in the
// middle of the programme, every sixth act before it skipped, the act on
// standby called but nobody of it signed in, the one after it skipped, an
// incident note. The desk has signed people in evenly since 12:00: the
// performers first (all of each act, but one of every third and none of
// standby's), then the rest of the roster by name and anonymous parties of
// one to four in turn, and anonymous parties alone when the roster is all
// in. Every act's presence is worked out from the log.
func frameEvent(tb testing.TB, size frameSize) *deskFake {
	tb.Helper()
	plan := mayDay()
	loc := plan.Location
	base := min(5*time.Minute, 8*time.Hour/time.Duration(size.acts))
	plan.Acts = make([]program.Act, size.acts)
	for i := range plan.Acts {
		plan.Acts[i] = program.Act{
			ID:         fmt.Sprintf("act-%d", i+1),
			Title:      fmt.Sprintf("第 %d 个节目《春天在哪里》", i+1),
			Performers: fmt.Sprintf("%d号楼合唱队", i%40+1),
			Duration:   (base * time.Duration(6+2*(i%5)) / 10).Round(time.Second),
			Intro:      "掌声欢迎我们的邻居们，他们为今天的演出准备了一个多月。",
			Notes:      "话筒两个，音乐第2首",
			Contact:    fmt.Sprintf("领队 138%08d", i),
		}
	}
	live := size.acts / 2
	standby := live + 1

	// The roster: each act's performers (one to four), then residents and
	// volunteers.
	people := make([]checkin.Person, 0, size.roster)
	for k, a := range plan.Acts {
		for range 1 + k%4 {
			people = append(people, framePerson(len(people), "performer", a.Performers, a.ID))
		}
	}
	if len(people) > size.roster {
		tb.Fatalf("%d performers on a roster of %d", len(people), size.roster)
	}
	for len(people) < size.roster {
		cat := "resident"
		if len(people)%7 == 3 {
			cat = "volunteer"
		}
		people = append(people, framePerson(len(people), cat, fmt.Sprintf("%d号楼", len(people)%40+1), ""))
	}
	fb := newFakeBackend(plan, time.Date(2025, 5, 1, 12, 0, 0, 0, loc))
	df := newDeskFake(tb, fb, people)
	df.capacity = size.signins * 5 / 2

	// Who signs in by name, in order.
	actIdx := make(map[string]int, len(plan.Acts))
	for k, a := range plan.Acts {
		actIdx[a.ID] = k
	}
	var named []*checkin.Person
	seen := map[string]bool{}
	for i := range df.roster.People {
		p := &df.roster.People[i]
		if p.ActID == "" {
			continue
		}
		switch k := actIdx[p.ActID]; {
		case k == standby:
			continue
		case k%3 == 2 && seen[p.ActID]:
			continue
		}
		seen[p.ActID] = true
		named = append(named, p)
	}
	performers := len(named)
	for i := range df.roster.People {
		if df.roster.People[i].ActID == "" {
			named = append(named, &df.roster.People[i])
		}
	}
	signIn := func(i int) {
		var err error
		switch {
		case i < performers:
			_, err = df.SignIn(named[i], false)
		case i%2 == 0 && performers+(i-performers)/2 < len(named):
			_, err = df.SignIn(named[performers+(i-performers)/2], false)
		default:
			_, err = df.Anonymous(i%4 + 1)
		}
		if err != nil {
			tb.Fatalf("sign-in %d: %v", i, err)
		}
	}

	// The cues with their times: each act runs a little over or under.
	type timedCue struct {
		at time.Time
		c  program.Cue
	}
	var cues []timedCue
	at := time.Date(2025, 5, 1, 14, 0, 0, 0, loc)
	for k := range live + 1 {
		if k%6 == 4 && k < live {
			cues = append(cues, timedCue{at, program.Cue{Kind: program.KindSkip, Act: plan.Acts[k].ID}})
			continue
		}
		cues = append(cues, timedCue{at, program.Cue{Kind: program.KindGo}})
		if k < live {
			at = at.Add(plan.Acts[k].Duration + time.Duration(15-25*(k%2))*time.Second)
		}
	}
	d := plan.Acts[live].Duration
	if standby < size.acts {
		cues = append(cues, timedCue{at.Add(d / 4), program.Cue{Kind: program.KindCalled, Act: plan.Acts[standby].ID}})
	}
	cues = append(cues, timedCue{at.Add(d / 3), program.Cue{Kind: program.KindNote, Text: "音响右声道没声音，已换线"}})
	if standby+1 < size.acts {
		cues = append(cues, timedCue{at.Add(d / 2), program.Cue{Kind: program.KindSkip, Act: plan.Acts[standby+1].ID}})
	}
	now := at.Add(d * 6 / 10)

	// Sign-ins and cues in the order of their times.
	from := fb.clock.Now()
	signAt := func(i int) time.Time { return from.Add(now.Sub(from) * time.Duration(i) / time.Duration(size.signins)) }
	for i, j := 0, 0; i < size.signins || j < len(cues); {
		if j >= len(cues) || i < size.signins && signAt(i).Before(cues[j].at) {
			fb.clock.Set(signAt(i))
			signIn(i)
			i++
			continue
		}
		fb.clock.Set(cues[j].at)
		fb.must(tb, cues[j].c)
		j++
	}
	fb.clock.Set(now)

	presence := map[string]program.Presence{}
	for _, a := range plan.Acts {
		if in, of := df.att.ActArrivals(a.ID); of > 0 {
			presence[a.ID] = program.Presence{Arrived: in, Expected: of}
		}
	}
	fb.presence = presence
	if show := fb.Show(); show.LiveIdx != live {
		tb.Fatalf("live act %d, want %d", show.LiveIdx, live)
	}
	if got := df.att.Totals().Entries; got != size.signins {
		tb.Fatalf("%d sign-ins, want %d", got, size.signins)
	}
	return df
}

// framePerson is the i-th person of a roster: a name among 8,000 common
// ones, so that a surname finds many and a full name a few, and a phone
// number of their own.
func framePerson(i int, category, group, act string) checkin.Person {
	return checkin.Person{
		Name:     eventtest.NameAt(i),
		Category: category,
		Group:    group,
		Phone:    fmt.Sprintf("139%08d", i),
		ActID:    act,
	}
}

// frameApp is the app on df at 120x40 in full colour, the tab shown, and
// on the Desk the query typed.
func frameApp(tb testing.TB, df *deskFake, tab string) *App {
	tb.Helper()
	a := New(df, Options{Lang: "zh"})
	tb.Cleanup(a.Close)
	a.mode = colourFull
	a.restyle()
	h := &harness{t: tb, a: a, b: df.fakeBackend}
	h.send(styleMsg{})
	h.send(tea.WindowSizeMsg{Width: frameWidth, Height: frameHeight})
	if tab == "Desk" {
		h.press("tab")
		h.send(styleMsg{})
		h.typeText(frameQuery)
		if d := h.desk(); len(d.results) < d.layout().results {
			tb.Fatalf("%q finds %d, fewer than the %d rows of results", frameQuery, len(d.results), d.layout().results)
		}
	}
	return a
}

// BenchmarkFrame draws the whole screen, View() of the App at 120x40, with
// the Stage or the Desk shown, for 10 acts and 100 sign-ins and for 1,000
// acts and 100,000 sign-ins (frameEvent): the two must cost about the same.
// The events are built once, and only for the sizes the pattern selects.
func BenchmarkFrame(b *testing.B) {
	sizes := frameSizes()
	events := make([]*deskFake, len(sizes))
	built := make([]sync.Once, len(sizes))
	event := func(b *testing.B, i int) *deskFake {
		built[i].Do(func() { events[i] = frameEvent(b, sizes[i]) })
		if events[i] == nil {
			b.Fatal("the event was not built")
		}
		return events[i]
	}
	for _, tab := range frameTabs() {
		b.Run(tab, func(b *testing.B) {
			for i, size := range sizes {
				b.Run(size.name, func(b *testing.B) {
					a := frameApp(b, event(b, i), tab)
					b.ReportAllocs()
					b.ResetTimer()
					for range b.N {
						_ = a.View()
					}
				})
			}
		})
	}
}

// frameGrowth is how many times the small event's allocations (and bytes)
// per frame the large one's may reach. The large event fills all 27 rows
// of the running order that fit at 120x40 where the small one has ten and
// room for the notes, more of its rows are struck through (drawn
// character by character), and its Desk has a longer arrivals chart, so
// its screens are themselves larger: 13.8 KB against 9.2 KB (1.5×) on the
// Stage, 4.9 KB against 3.6 KB (1.39×) on the Desk, and no frame can
// allocate less than the screen it draws. Measured: the Stage 194
// allocations against 206 (0.94×) and 58.6 KB against 44.7 KB (1.31×);
// the Desk 305 against 245 (1.24×) and 31.4 KB against 23.2 KB (1.36×). A
// frame that walks the acts or the sign-ins allocates far more, and one
// that makes a slice of every act (24 KB for 1,000, 1.85× here) is over
// this bound too (TestFrameCostDoesNotGrow proves both).
const frameGrowth = 1.5

// frameCost is what one frame allocates.
type frameCost struct{ allocs, bytes float64 }

// costOf measures a frame.
func costOf(f func()) frameCost {
	return frameCost{allocs: testing.AllocsPerRun(20, f), bytes: bytesPerRun(20, f)}
}

// grown says how the large event's frame allocates more than frameGrowth
// times the small one's, in allocations and in bytes; nil when it does not.
func grown(small, large frameCost) []string {
	var why []string
	for _, m := range []struct {
		unit         string
		small, large float64
	}{{"allocations", small.allocs, large.allocs}, {"bytes", small.bytes, large.bytes}} {
		if m.large > frameGrowth*m.small {
			why = append(why, fmt.Sprintf("%.0f %s against %.0f (%.2f×)", m.large, m.unit, m.small, m.large/m.small))
		}
	}
	return why
}

// frameWalk is a frame with a walk over the data added to it, the
// mistakes the check must see: drawing every row of the running order and
// keeping those on screen, working out every act's expected time in the
// frame (as derive does once a second), listing the desk's sign-ins by
// scanning the log.
type frameWalk struct {
	name, tab string
	walk      func(a *App, df *deskFake) func()
}

func frameWalks() []frameWalk {
	return []frameWalk{
		{"every row drawn", "Stage", func(a *App, _ *deskFake) func() {
			s := a.views[0].(*stage)
			return func() {
				c := s.columns()
				for i := range s.show.Acts {
					_ = s.actRow(c, i, false)
				}
			}
		}},
		{"every act's time worked out", "Stage", func(a *App, _ *deskFake) func() {
			s := a.views[0].(*stage)
			return func() { _ = s.show.Expected(s.env.now) }
		}},
		{"the log scanned", "Desk", func(_ *App, df *deskFake) func() {
			return func() {
				var seqs []int64
				for _, r := range df.att.Records() {
					if !df.att.Undone(r.Seq) {
						seqs = append(seqs, r.Seq)
					}
				}
				runtime.KeepAlive(seqs)
			}
		}},
	}
}

// TestFrameCostDoesNotGrow draws each tab's frame for both sizes and fails
// when the large event's frame allocates more than frameGrowth times the
// small one's, counted in allocations and in bytes: a frame that walks the
// acts or the sign-ins allocates in proportion to them, in many small
// pieces (one string a row) or in a few large ones (a slice of every
// match). Allocations are counted, not time, which is too noisy to assert
// on. A walk that allocates nothing at all is not seen here. The same
// check must fail for frames with such walks added.
func TestFrameCostDoesNotGrow(t *testing.T) {
	sizes := frameSizes()
	events := make([]*deskFake, len(sizes))
	for i, size := range sizes {
		events[i] = frameEvent(t, size)
	}
	for _, tab := range frameTabs() {
		t.Run(tab, func(t *testing.T) {
			costs := make([]frameCost, len(sizes))
			for i, df := range events {
				a := frameApp(t, df, tab)
				checkFits(t, a.View().Content, frameWidth, frameHeight)
				costs[i] = costOf(func() { _ = a.View() })
			}
			t.Logf("%s: %.0f allocations and %.0f bytes per frame for %s, %.0f and %.0f for %s (%.2f×, %.2f×)",
				tab, costs[0].allocs, costs[0].bytes, sizes[0].name, costs[1].allocs, costs[1].bytes, sizes[1].name,
				costs[1].allocs/costs[0].allocs, costs[1].bytes/costs[0].bytes)
			for _, why := range grown(costs[0], costs[1]) {
				t.Errorf("%s: a frame for %s allocates %s for %s, more than %.1f×: it grows with the data", tab, sizes[1].name, why, sizes[0].name, frameGrowth)
			}
		})
	}
	for _, w := range frameWalks() {
		t.Run(w.tab+" with "+w.name, func(t *testing.T) {
			costs := make([]frameCost, len(sizes))
			for i, df := range events {
				a := frameApp(t, df, w.tab)
				walk := w.walk(a, df)
				costs[i] = costOf(func() {
					_ = a.View()
					walk()
				})
			}
			why := grown(costs[0], costs[1])
			if why == nil {
				t.Errorf("a frame with %s is not seen to grow: %.0f allocations and %.0f bytes against %.0f and %.0f",
					w.name, costs[1].allocs, costs[1].bytes, costs[0].allocs, costs[0].bytes)
			}
			t.Logf("seen: %v", why)
		})
	}
}

// bytesPerRun is testing.AllocsPerRun for bytes: the average bytes
// allocated by a call to f, after one call to warm up, on one thread.
func bytesPerRun(runs int, f func()) float64 {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
	f()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for range runs {
		f()
	}
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / float64(runs)
}
