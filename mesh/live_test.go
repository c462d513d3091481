//go:build linux

package mesh

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/live"
	"eventday/live/livetest"
)

// openLive opens a copy of the fixed event as origin.
func openLive(t *testing.T, origin string) *live.Event {
	t.Helper()
	e, err := live.Open(livetest.NewFolder(t), live.Options{Origin: origin, Desk: "desk-" + origin})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { e.Close() })
	return e
}

// fold is what every laptop must agree on once they have met: the totals,
// the categories, each origin's records, and the conflicts.
func fold(e *live.Event) string {
	ds := e.DeskState()
	var conflicts []string
	for _, c := range e.Conflicts() {
		conflicts = append(conflicts, fmt.Sprintf("%s %s/%d %s/%d", c.Again.Person, c.Counted.Origin, c.Counted.Seq, c.Again.Origin, c.Again.Seq))
	}
	slices.Sort(conflicts)
	return fmt.Sprintf("totals %+v\ncategories %v\norigins %+v\nconflicts %v", ds.Totals, ds.ByCategory, e.Origins(), conflicts)
}

// TestLiveEventsMeetAfterCuts: the host and two desk laptops, each a real
// event folder, the desks behind proxies. Sign-ins at all three while the
// desks are cut off, the same person at both desks and at the host among
// them; after the links come back every laptop folds the same totals and
// lists the same conflicts, the person counts once, and each laptop has
// every other's records exactly once in its gates/ files.
func TestLiveEventsMeetAfterCuts(t *testing.T) {
	host, east, west := openLive(t, ""), openLive(t, "east"), openLive(t, "west")
	hub := startTestHub(t, t.TempDir(), "127.0.0.1:0", nil)
	if err := hub.Attach(host); err != nil {
		t.Fatal(err)
	}
	eastLink, westLink := startProxy(t, hub.Addr().String()), startProxy(t, hub.Addr().String())
	for _, d := range []struct {
		e    *live.Event
		link *proxy
	}{{east, eastLink}, {west, westLink}} {
		desk := startTestDesk(t, d.link.addr, d.e.Origin(), testPIN, filepath.Join(t.TempDir(), "nats"))
		if err := desk.Attach(d.e); err != nil {
			t.Fatal(err)
		}
	}
	all := []*live.Event{host, east, west}
	person := func(e *live.Event, name string) *checkin.Person {
		t.Helper()
		ms := e.Search(name, 1)
		if len(ms) == 0 {
			t.Fatalf("%s is not on the fixed roster", name)
		}
		return ms[0].Person
	}
	signIn := func(e *live.Event, name string, again bool) {
		t.Helper()
		if _, err := e.SignIn(person(e, name), again); err != nil {
			t.Fatalf("%q signs in %s: %v", e.Origin(), name, err)
		}
	}
	anonymous := func(e *live.Event, n int) {
		t.Helper()
		if _, err := e.Anonymous(n); err != nil {
			t.Fatal(err)
		}
	}
	same := func(what string) time.Duration {
		t.Helper()
		return waitFor(t, 30*time.Second, what+":\n"+fold(host)+"\n--\n"+fold(east)+"\n--\n"+fold(west), func() bool {
			return fold(host) == fold(east) && fold(east) == fold(west)
		})
	}

	signIn(east, "何阿姨", false)
	anonymous(west, 2)
	same("connected, the three agree")
	if got := west.Totals().People; got != 3 {
		t.Fatalf("connected: west counts %d people, want 3", got)
	}

	var catchUps []time.Duration
	for round := range 3 {
		eastLink.cut()
		westLink.cut()
		// Each side of the cut signs in someone the other cannot see.
		name := []string{"周雅琴", "王建平", "钱晓红"}[round]
		signIn(east, name, false)
		signIn(west, name, false)
		if round == 0 {
			signIn(host, name, false)
		}
		anonymous(east, 1)
		anonymous(west, round+1)
		time.Sleep(500 * time.Millisecond)
		eastLink.restore(t)
		westLink.restore(t)
		catchUps = append(catchUps, same(fmt.Sprintf("round %d: the three agree after the links came back", round+1)))
	}
	slices.Sort(catchUps)
	t.Logf("catch-up after the links came back: p50 %v, max %v (%d cuts)", catchUps[len(catchUps)/2].Round(time.Millisecond), catchUps[len(catchUps)-1].Round(time.Millisecond), len(catchUps))

	// 何阿姨, and each round's person once; heads: 2 + 1+1+1 + 1+2+3.
	tot := host.Totals()
	if tot.Named != 4 || tot.Anonymous != 11 {
		t.Errorf("the host counts %d named and %d heads, want 4 and 11", tot.Named, tot.Anonymous)
	}
	// Round 1's person was signed in at three gates, the others at two.
	if n := len(host.Conflicts()); n != 4 || tot.Conflicts != 4 {
		t.Errorf("the host lists %d conflicts (totals say %d), want 4:\n%s", n, tot.Conflicts, fold(host))
	}
	for _, e := range all {
		for _, o := range e.Origins() {
			var want int
			for _, owner := range all {
				if owner.Origin() == o.Origin {
					want = owner.OwnCount()
				}
			}
			if o.Records != want {
				t.Errorf("%q has %d records of %q, which wrote %d", e.Origin(), o.Records, o.Origin, want)
			}
			if o.Origin == e.Origin() {
				continue
			}
			// Each record is written once in the gate's file: none twice.
			file := o.Origin
			if file == "" {
				file = "host"
			}
			data, err := os.ReadFile(filepath.Join(e.Dir(), "gates", file+".jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			if lines := bytes.Count(data, []byte("\n")); lines != want {
				t.Errorf("%q's gates/%s.jsonl has %d lines, want %d", e.Origin(), file, lines, want)
			}
		}
	}
}

// BenchmarkSignInLeafDesk is a sign-in at a desk laptop joined to a hub,
// as the volunteer waits for it: the real event's write (journal, fsync,
// fold), with the desk's engine copying every record into its stream and
// on to the hub meanwhile. The time until the host's event has each
// record is reported beside it (to-hub-p50, to-hub-max). Compare with
// BenchmarkAppendFsync, the bare floor of a durable line.
func BenchmarkSignInLeafDesk(b *testing.B) {
	hostDir, deskDir := livetest.NewFolder(b), livetest.NewFolder(b)
	host, err := live.Open(hostDir, live.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer host.Close()
	desk, err := live.Open(deskDir, live.Options{Origin: "east", Desk: "east"})
	if err != nil {
		b.Fatal(err)
	}
	defer desk.Close()
	hub := startTestHub(b, b.TempDir(), "127.0.0.1:0", nil)
	if err := hub.Attach(host); err != nil {
		b.Fatal(err)
	}
	d := startTestDesk(b, hub.Addr().String(), "east", testPIN, b.TempDir())
	if err := d.Attach(desk); err != nil {
		b.Fatal(err)
	}
	waitFor(b, 10*time.Second, "the desk joined", func() bool { return d.Status().Connected })
	arrived := make(chan time.Time, 1)
	changes, stop := host.Subscribe()
	defer stop()
	var want int64
	var mu sync.Mutex
	go func() {
		for range changes {
			mu.Lock()
			w := want
			mu.Unlock()
			if w > 0 && host.LastSeq("east") >= w {
				select {
				case arrived <- time.Now():
				default:
				}
			}
		}
	}()
	var toHub []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		start := time.Now()
		rec, err := desk.Anonymous(1)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		mu.Lock()
		want = rec.Seq
		mu.Unlock()
		select {
		case at := <-arrived:
			toHub = append(toHub, at.Sub(start))
		case <-time.After(10 * time.Second):
			b.Fatalf("record %d did not reach the hub in 10s", rec.Seq)
		}
		b.StartTimer()
	}
	b.StopTimer()
	slices.Sort(toHub)
	b.ReportMetric(float64(toHub[len(toHub)/2].Microseconds())/1000, "to-hub-p50-ms")
	b.ReportMetric(float64(toHub[len(toHub)-1].Microseconds())/1000, "to-hub-max-ms")
}
