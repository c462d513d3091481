package checkin

import (
	"encoding/json"
	"math/rand/v2"
	"runtime"
	"sync"
	"testing"
	"time"

	"eventday/journal"
)

// benchLog makes an attendance.jsonl of n lines as a busy day would: mostly
// roster people and anonymous parties at three desks, some walk-ins,
// re-entries and undos.
func benchLog(b testing.TB, roster *Roster, n int) []byte {
	b.Helper()
	rng := rand.New(rand.NewPCG(5, 1))
	att := NewAttendance(roster, shanghai)
	desks := []string{"gate", "side", "stage"}
	walkers := benchNames(500)
	var data []byte
	now := t0
	for att.Len() < n {
		now = now.Add(time.Duration(rng.IntN(800)) * time.Millisecond)
		desk := desks[rng.IntN(len(desks))]
		var rec Record
		var err error
		switch x := rng.IntN(100); {
		case x < 50:
			p := &roster.People[rng.IntN(len(roster.People))]
			if rec, err = att.SignIn(p, desk, now); err != nil {
				rec, err = att.Reenter(p, desk, now)
			}
		case x < 85:
			rec, err = att.Anonymous(1+rng.IntN(5), desk, now)
		case x < 95:
			rec, err = att.WalkIn(walkers[rng.IntN(len(walkers))]+"x", "resident", "", 1+rng.IntN(3), "", desk, now)
			if err != nil {
				continue
			}
		default:
			if rec, err = att.UndoLast(desk, now); err != nil {
				continue
			}
		}
		if err != nil {
			b.Fatal(err)
		}
		line, err := Encode(rec)
		if err != nil {
			b.Fatal(err)
		}
		if err := att.Apply(rec); err != nil {
			b.Fatal(err)
		}
		data = append(append(data, line...), '\n')
	}
	return data
}

func benchRoster(b testing.TB) *Roster {
	people := benchPeople(20000)
	for i := range people {
		people[i].ID = PersonID(people[i].Name, people[i].Group, people[i].Phone) + people[i].ID
		people[i].Category = []string{"resident", "performer", "volunteer"}[i%3]
	}
	r, err := NewRoster(people)
	if err != nil {
		b.Fatal(err)
	}
	return r
}

// bigDay is the roster of 20,000 and the log of 100,000 lines the
// benchmarks below share, made once per run by the first to ask: it takes
// longer to make than any of them takes to measure.
var bigDay struct {
	once   sync.Once
	roster *Roster
	data   []byte
}

func bigDayLog(b testing.TB) (*Roster, []byte) {
	b.Helper()
	bigDay.once.Do(func() {
		roster := benchRoster(b)
		bigDay.data, bigDay.roster = benchLog(b, roster, 100000), roster
	})
	if bigDay.data == nil {
		b.Fatal("the shared log could not be made (see the first benchmark's failure)")
	}
	return bigDay.roster, bigDay.data
}

func BenchmarkReplay(b *testing.B) {
	roster, data := bigDayLog(b)
	lines := journal.Parse(data).Lines
	b.SetBytes(int64(len(data)))
	runtime.GC() // not the setup's garbage in the timing
	b.ReportAllocs()
	var tot Totals
	for b.Loop() {
		att := NewAttendance(roster, shanghai)
		if err := att.Replay(lines); err != nil {
			b.Fatal(err)
		}
		tot = att.Totals()
	}
	b.ReportMetric(float64(len(lines)), "lines")
	b.ReportMetric(float64(tot.People), "people")
}

// BenchmarkJSONDecode is the floor: encoding/json decoding the same lines
// into records, nothing else.
func BenchmarkJSONDecode(b *testing.B) {
	_, data := bigDayLog(b)
	lines := journal.Parse(data).Lines
	b.SetBytes(int64(len(data)))
	runtime.GC() // not the setup's garbage in the timing
	b.ReportAllocs()
	for b.Loop() {
		for _, line := range lines {
			var r Record
			if err := json.Unmarshal(line.Data, &r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadAndReplay includes splitting the file into lines, as a start
// does after reading it.
func BenchmarkReadAndReplay(b *testing.B) {
	roster, data := bigDayLog(b)
	b.SetBytes(int64(len(data)))
	runtime.GC() // not the setup's garbage in the timing
	b.ReportAllocs()
	for b.Loop() {
		att := NewAttendance(roster, shanghai)
		if err := att.Replay(journal.Parse(data).Lines); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkFrameReads is what a desk frame reads from a log of 100,000
// lines: it must not grow with the log.
func BenchmarkFrameReads(b *testing.B) {
	roster, data := bigDayLog(b)
	att := NewAttendance(roster, shanghai)
	if err := att.Replay(journal.Parse(data).Lines); err != nil {
		b.Fatal(err)
	}
	runtime.GC()
	b.ReportAllocs()
	for b.Loop() {
		_ = att.Totals()
		_ = att.ByCategory()
		_ = att.Arrivals()
		_ = att.Recent(10)
		_, _ = att.Status(roster.People[0].ID)
	}
}

// TestReplayAllocatesLittle holds a replay to at most one allocation per
// line (a named line's text, copied in one piece): a big day's log is most
// of a start, and every allocation more is garbage for the collector to walk
// on a borrowed laptop.
func TestReplayAllocatesLittle(t *testing.T) {
	roster := benchRoster(t)
	lines := journal.Parse(benchLog(t, roster, 5000)).Lines
	allocs := testing.AllocsPerRun(3, func() {
		if err := NewAttendance(roster, shanghai).Replay(lines); err != nil {
			t.Fatal(err)
		}
	})
	if per := allocs / float64(len(lines)); per > 1 {
		t.Errorf("replay makes %.2f allocations per line, want at most 1", per)
	} else {
		t.Logf("replay makes %.2f allocations per line", per)
	}
}
