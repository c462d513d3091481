package live

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/internal/eventtest"
	"eventday/program"
)

// The big folder of the Open and Search benchmarks is made once per process,
// under a temporary directory TestMain removes: 20,000 people and 100,000
// log lines are too big to commit and too slow to make per benchmark.
var big struct {
	once sync.Once
	root string // made by the first benchmark that needs the folder
	dir  string
	att  []byte // attendance.jsonl as written
	err  error
}

func TestMain(m *testing.M) {
	code := m.Run()
	if big.root != "" {
		os.RemoveAll(big.root)
	}
	os.Exit(code)
}

// bigFolder returns the event folder with roster.csv of 20,000 people and
// attendance.jsonl of 100,000 lines, and that log's bytes.
func bigFolder(b *testing.B) (string, []byte) {
	b.Helper()
	big.once.Do(func() {
		big.root, big.err = os.MkdirTemp("", "eventday-live-bench-")
		if big.err != nil {
			return
		}
		big.dir = filepath.Join(big.root, "event")
		big.att, big.err = writeBigFolder(big.dir, 20000, 100000)
	})
	if big.err != nil {
		b.Fatal(big.err)
	}
	return big.dir, big.att
}

// writeBigFolder writes event.yaml, a roster.csv of people rows as a
// committee's spreadsheet would have them (Chinese headers, a BOM, phones
// written several ways, some missing) and an attendance.jsonl of lines
// records made by checkin.Attendance as a busy day would: mostly roster people and
// anonymous parties at three desks, some walk-ins, re-entries and undos.
func writeBigFolder(dir string, people, lines int) ([]byte, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "event.yaml"), []byte(eventYAML), 0o644); err != nil {
		return nil, err
	}
	rng := rand.New(rand.NewPCG(2026, 5))
	name := func() string { return eventtest.Name(rng) }
	var csv bytes.Buffer
	csv.WriteString("\ufeff姓名,类别,楼栋,电话,节目,备注\n")
	seen := map[string]bool{} // name and building of the rows without a phone
	for i := range people {
		n, group := name(), fmt.Sprintf("%d号楼", 1+rng.IntN(40))
		category, act, note := "居民", "", ""
		switch i % 10 {
		case 0:
			category, act = "演员", []string{"choir", "幼儿园小合唱", "扇子舞", "taichi"}[rng.IntN(4)]
		case 1:
			category, note = "志愿者", "负责引导"
		}
		digits := fmt.Sprintf("139%08d", i)
		var phone string
		switch x := rng.IntN(10); {
		case x < 6:
			phone = digits
		case x < 8:
			phone = digits[:3] + "-" + digits[3:7] + "-" + digits[7:]
		case x < 9:
			phone = "+86 " + digits
		}
		if phone == "" {
			if seen[n+"\x00"+group] {
				phone = digits
			}
			seen[n+"\x00"+group] = true
		}
		fmt.Fprintf(&csv, "%s,%s,%s,%s,%s,%s\n", n, category, group, phone, act, note)
	}
	if err := os.WriteFile(filepath.Join(dir, checkin.RosterFile), csv.Bytes(), 0o644); err != nil {
		return nil, err
	}

	plan, err := program.LoadPlan(dir)
	if err != nil {
		return nil, err
	}
	roster, err := checkin.LoadRoster(dir, plan.Acts)
	if err != nil {
		return nil, err
	}
	if roster.Len() != people {
		return nil, fmt.Errorf("roster has %d people, want %d", roster.Len(), people)
	}
	att := checkin.NewAttendance(roster, plan.Location)
	desks := []string{"gate", "side", "stage"}
	now := time.Date(2026, 5, 1, 13, 30, 0, 0, plan.Location)
	var logged []byte
	for att.Len() < lines {
		now = now.Add(time.Duration(rng.IntN(200)) * time.Millisecond)
		desk := desks[rng.IntN(len(desks))]
		var rec checkin.Record
		var err error
		switch x := rng.IntN(100); {
		case x < 50:
			p := &roster.People[rng.IntN(roster.Len())]
			if rec, err = att.SignIn(p, desk, now); errors.Is(err, checkin.ErrAlreadySignedIn) {
				rec, err = att.Reenter(p, desk, now)
			}
		case x < 85:
			rec, err = att.Anonymous(1+rng.IntN(5), desk, now)
		case x < 95:
			// A walk-in registered twice is refused, as at the desk.
			rec, err = att.WalkIn(name()+"客", "居民", "", 1+rng.IntN(3), "", desk, now)
			if err != nil {
				continue
			}
		default:
			if rec, err = att.UndoLast(desk, now); err != nil {
				continue // nothing standing at this desk
			}
		}
		if err != nil {
			return nil, err
		}
		line, err := checkin.Encode(rec)
		if err != nil {
			return nil, err
		}
		if err := att.Apply(rec); err != nil {
			return nil, err
		}
		logged = append(append(logged, line...), '\n')
	}
	if err := os.WriteFile(filepath.Join(dir, checkin.AttendanceFile), logged, 0o600); err != nil {
		return nil, err
	}
	return logged, nil
}

// BenchmarkSignInDurable is one anonymous head at the desk: prepared,
// encoded, written and fsynced, applied, announced.
func BenchmarkSignInDurable(b *testing.B) {
	dir := eventDir(b)
	e, err := Open(dir, Options{Desk: "gate"})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	ch, stop := e.Subscribe()
	defer stop()
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		if _, err := e.Anonymous(1); err != nil {
			b.Fatal(err)
		}
		n++
	}
	b.StopTimer()
	if got := e.DeskState().Totals.People; got != n {
		b.Fatalf("%d heads counted after %d sign-ins", got, n)
	}
	select {
	case <-ch:
	default:
		b.Fatal("the subscriber was not told")
	}
	st, err := os.Stat(filepath.Join(dir, checkin.AttendanceFile))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(st.Size())/float64(n), "B/line")
}

// BenchmarkAppendFsyncFloor is the floor under a durable sign-in: the same
// number of bytes written to a file and fsynced, nothing else.
func BenchmarkAppendFsyncFloor(b *testing.B) {
	line := floorLine(b)
	f, err := os.OpenFile(filepath.Join(b.TempDir(), checkin.AttendanceFile), os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := f.Write(line); err != nil {
			b.Fatal(err)
		}
		if err := f.Sync(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(line)), "B/line")
}

// floorLine is a line of attendance.jsonl as a desk writes it, with its
// newline.
func floorLine(b *testing.B) []byte {
	at := time.Date(2026, 5, 1, 14, 30, 5, 123e6, time.FixedZone("CST", 8*3600))
	line, err := checkin.Encode(checkin.Record{Seq: 500, At: at, Kind: checkin.KindSignIn, Party: 1, Desk: "gate"})
	if err != nil {
		b.Fatal(err)
	}
	return append(line, '\n')
}

// benchDesks are the numbers of desks writing at once in the benchmarks.
var benchDesks = []int{1, 2, 8, 32}

// BenchmarkSignInDesks is desks signing in anonymous heads as fast as
// they can, each at a desk of its own, through the group commit: one desk
// alone, and benchDesks at once. An op is one sign-in, acknowledged once on
// disk; sign-ins/s is their throughput, p99-ms the time from asking to the
// acknowledgement that 99 in 100 sign-ins beat. Read against
// AppendFsyncFloorDesks (as many writers, each its own fsync a line).
func BenchmarkSignInDesks(b *testing.B) {
	for _, desks := range benchDesks {
		b.Run(fmt.Sprint(desks), func(b *testing.B) {
			dir := eventDir(b)
			e, err := Open(dir, Options{Desk: "gate"})
			if err != nil {
				b.Fatal(err)
			}
			defer e.Close()
			atOnce(b, desks, func(w int) error {
				desk := fmt.Sprintf("desk-%d", w)
				_, err := e.recordAt(Origin{}, func(att *checkin.Attendance, now time.Time) (checkin.Record, error) {
					return att.Anonymous(1, desk, now)
				})
				return err
			})
			b.StopTimer()
			if got := e.DeskState().Totals.People; got != b.N {
				b.Fatalf("%d heads counted after %d sign-ins", got, b.N)
			}
		})
	}
}

// BenchmarkSheet is a paper sheet typed in (signin --from): rows of
// anonymous heads, each with its source, written through the group
// commit a batch at a time; an op is the whole sheet. Read against
// AppendFsyncFloor: one fsync a row would cost rows times it.
func BenchmarkSheet(b *testing.B) {
	for _, rows := range []int{1_000, 10_000, 100_000} {
		b.Run(fmt.Sprint(rows), func(b *testing.B) {
			sheet := sheetOf(rows)
			b.ReportAllocs()
			for b.Loop() {
				b.StopTimer()
				dir := eventDir(b)
				e, err := Open(dir, Options{Desk: "paper"})
				if err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				n := 0
				if err := e.TypeIn(context.Background(), sheet, false, func(Outcome) { n++ }); err != nil {
					b.Fatal(err)
				}
				b.StopTimer()
				if n != rows || e.DeskState().Totals.Entries != rows {
					b.Fatalf("%d rows told, %d entries, of %d", n, e.DeskState().Totals.Entries, rows)
				}
				e.Close()
				b.StartTimer()
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/float64(rows), "ns/row")
		})
	}
}

// BenchmarkAppendFsyncFloorDesks is the floor under SignInDesks: as many
// goroutines as desks, each appending a line to the same file and
// fsyncing it, nothing else; what desks without a group commit would
// stand on, had they nothing else to do.
func BenchmarkAppendFsyncFloorDesks(b *testing.B) {
	line := floorLine(b)
	for _, writers := range benchDesks {
		b.Run(fmt.Sprint(writers), func(b *testing.B) {
			f, err := os.OpenFile(filepath.Join(b.TempDir(), checkin.AttendanceFile), os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
			if err != nil {
				b.Fatal(err)
			}
			defer f.Close()
			atOnce(b, writers, func(int) error {
				if _, err := f.Write(line); err != nil {
					return err
				}
				return f.Sync()
			})
		})
	}
}

// atOnce runs b.N calls of op shared among writers goroutines (op is told
// which goroutine it runs on) and reports their throughput and the 99th
// percentile of the time each call took.
func atOnce(b *testing.B, writers int, op func(writer int) error) {
	b.Helper()
	var next atomic.Int64
	took := make([][]time.Duration, writers)
	errs := make([]error, writers)
	var wg sync.WaitGroup
	b.ResetTimer()
	start := time.Now()
	for w := range writers {
		wg.Go(func() {
			for next.Add(1) <= int64(b.N) {
				t0 := time.Now()
				if err := op(w); err != nil {
					errs[w] = err
					return
				}
				took[w] = append(took[w], time.Since(t0))
			}
		})
	}
	wg.Wait()
	elapsed := time.Since(start)
	b.StopTimer()
	if err := errors.Join(errs...); err != nil {
		b.Fatal(err)
	}
	var all []time.Duration
	for _, t := range took {
		all = append(all, t...)
	}
	slices.Sort(all)
	b.ReportMetric(float64(b.N)/elapsed.Seconds(), "sign-ins/s")
	b.ReportMetric(float64(all[len(all)*99/100].Microseconds())/1000, "p99-ms")
}

// BenchmarkOpen20kRoster100kLog is a start (or restart after a crash) of a
// big event: event.yaml, roster, search index and the whole log replayed,
// lock taken and given back.
func BenchmarkOpen20kRoster100kLog(b *testing.B) {
	dir, att := bigFolder(b)
	b.SetBytes(int64(len(att)))
	runtime.GC() // not the fixture's garbage in the timing
	b.ReportAllocs()
	var people, walkIns int
	var ready time.Duration
	for b.Loop() {
		start := time.Now()
		e, err := Open(dir, Options{Desk: "gate"})
		if err != nil {
			b.Fatal(err)
		}
		if len(e.Warnings()) > 0 {
			b.Fatal(e.Warnings())
		}
		people = e.DeskState().Totals.People
		ready += time.Since(start)
		<-e.indexed
		walkIns = e.index.Len() - e.roster.Len()
		if err := e.Close(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(people), "people")
	b.ReportMetric(float64(walkIns), "walk-ins")
	// ns/op is the whole start, search index included; this is the part
	// before the counts can be drawn.
	b.ReportMetric(float64(ready.Microseconds())/1000/float64(b.N), "ms-to-counts")
}

// BenchmarkDecodeLoopFloor is the floor under Open: encoding/json decoding
// the same attendance.jsonl bytes into records, nothing else.
func BenchmarkDecodeLoopFloor(b *testing.B) {
	_, att := bigFolder(b)
	b.SetBytes(int64(len(att)))
	runtime.GC()
	b.ReportAllocs()
	var n int
	for b.Loop() {
		d := json.NewDecoder(bytes.NewReader(att))
		for n = 0; ; n++ {
			var r checkin.Record
			if err := d.Decode(&r); err == io.EOF {
				break
			} else if err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(n), "lines")
}

// searchQueries are keystrokes at the desk, as in checkin's benchmarks.
var searchQueries = []string{"w", "wa", "wang", "wangf", "wf", "zhangw", "hay", "王", "王芳", "shan"}

// BenchmarkSearchThroughOwner is the desk's search as the screen calls it:
// the owner's lock, the index, and whether each match is in already.
func BenchmarkSearchThroughOwner(b *testing.B) {
	dir, _ := bigFolder(b)
	e, err := Open(dir, Options{Desk: "gate"})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	runtime.GC()
	for _, q := range searchQueries {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			in, n := 0, 0
			for b.Loop() {
				ms := e.Search(q, 20)
				n, in = len(ms), 0
				for _, m := range ms {
					if m.In {
						in++
					}
				}
			}
			if n == 0 {
				b.Fatalf("%q found nobody", q)
			}
			b.ReportMetric(float64(n), "results")
			b.ReportMetric(float64(in), "in")
		})
	}
}

// BenchmarkSearchIndexFloor is the same search on the index alone, without
// the owner's lock or the sign-in status.
func BenchmarkSearchIndexFloor(b *testing.B) {
	dir, _ := bigFolder(b)
	e, err := Open(dir, Options{Desk: "gate"})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	<-e.indexed // built in the background after Open
	runtime.GC()
	for _, q := range searchQueries {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = len(e.index.Search(q, 20))
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}
