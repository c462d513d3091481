package live

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/journal"
)

// crowdDir is an event folder whose roster has n people.
func crowdDir(t *testing.T, n int) string {
	t.Helper()
	dir := eventDir(t)
	var b strings.Builder
	b.WriteString("name,category,group\n")
	for i := range n {
		fmt.Fprintf(&b, "居民%04d,resident,%d号楼\n", i, i%9+1)
	}
	if err := os.WriteFile(filepath.Join(dir, checkin.RosterFile), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// signInAt signs p in at the desk named desk, as a station of that name
// would: the same write as Event.SignIn, under another desk's name.
func signInAt(e *Event, desk string, p *checkin.Person, again bool) (checkin.Record, error) {
	return e.recordAt(Origin{}, func(att *checkin.Attendance, now time.Time) (checkin.Record, error) {
		if again {
			return att.Reenter(p, desk, now)
		}
		return att.SignIn(p, desk, now)
	})
}

// logFile is the attendance log's file under a test's eye: it counts the
// writes and fsyncs, and can fail one write part of the way, as a disk
// that fills up does, or fail one fsync.
type logFile struct {
	*os.File
	writes, syncs atomic.Int64
	failWrite     int64 // the write (counted from 1) that fills the disk; 0: none
	failSync      int64 // the fsync that fails; 0: none
	// lines is the number of records in each write, in order; the journal
	// writes one at a time.
	lines []int
}

func (f *logFile) Write(p []byte) (int, error) {
	f.lines = append(f.lines, bytes.Count(p, []byte("\n")))
	if f.writes.Add(1) == f.failWrite {
		n, _ := f.File.Write(p[:len(p)/2])
		return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	return f.File.Write(p)
}

func (f *logFile) Sync() error {
	if f.syncs.Add(1) == f.failSync {
		return &os.PathError{Op: "sync", Path: f.Name(), Err: syscall.EIO}
	}
	return f.File.Sync()
}

// watchLog puts the event's attendance log on a logFile.
func watchLog(t *testing.T, e *Event) *logFile {
	t.Helper()
	path := filepath.Join(e.logs, checkin.AttendanceFile)
	if err := e.attLog.Close(); err != nil {
		t.Fatal(err)
	}
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	size, err := f.Seek(0, io.SeekEnd)
	if err != nil {
		t.Fatal(err)
	}
	lf := &logFile{File: f}
	e.attLog = journal.OpenFile(lf, size)
	return lf
}

// encoded is each record as its line in the log.
func encoded(t *testing.T, recs []checkin.Record) []string {
	t.Helper()
	out := make([]string, len(recs))
	for i, r := range recs {
		line, err := checkin.Encode(r)
		if err != nil {
			t.Fatal(err)
		}
		out[i] = string(line)
	}
	return out
}

// foldIsDisk checks that the open event's attendance is what its log on
// disk replays to, record for record and count for count.
func foldIsDisk(t *testing.T, e *Event, dir string) {
	t.Helper()
	e.mu.Lock()
	mem, totals, cats := encoded(t, e.att.Records()), e.att.Totals(), e.att.ByCategory()
	e.mu.Unlock()
	f, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	disk := encoded(t, f.Attendance.Records())
	if strings.Join(mem, "\n") != strings.Join(disk, "\n") {
		t.Fatalf("the fold in memory (%d records) is not the log on disk (%d records)", len(mem), len(disk))
	}
	if got := f.Attendance.Totals(); got != totals {
		t.Errorf("totals in memory %+v, from disk %+v", totals, got)
	}
	if got := f.Attendance.ByCategory(); fmt.Sprint(got) != fmt.Sprint(cats) {
		t.Errorf("by category in memory %v, from disk %v", cats, got)
	}
}

// TestDesksAtOnce: eight desks sign in overlapping people as fast as they
// can. Every sign-in acknowledged is in the log exactly once, as
// acknowledged; nobody is in twice but by a re-entry; the sequence numbers
// run without a gap; the fold after a restart is the fold before; and the
// desks shared their fsyncs.
func TestDesksAtOnce(t *testing.T) {
	const desks, each, people = 8, 60, 150
	dir, c := crowdDir(t, people), newClock()
	e := open(t, dir, c)
	defer e.Close()
	log := watchLog(t, e)
	roster := e.Search("居民", people)
	if len(roster) != people {
		t.Fatalf("found %d people, want %d", len(roster), people)
	}

	acked := make([][]checkin.Record, desks)
	refused := make([]int, desks)
	var wg sync.WaitGroup
	for d := range desks {
		wg.Go(func() {
			rng := rand.New(rand.NewPCG(uint64(d), 7))
			desk := fmt.Sprintf("desk-%d", d)
			for range each {
				var rec checkin.Record
				var err error
				switch p := roster[rng.IntN(people)].Person; rng.IntN(10) {
				case 0:
					rec, err = e.recordAt(Origin{}, func(att *checkin.Attendance, now time.Time) (checkin.Record, error) {
						return att.Anonymous(1+rng.IntN(4), desk, now)
					})
				case 1:
					rec, err = signInAt(e, desk, p, true)
				default:
					rec, err = signInAt(e, desk, p, false)
				}
				switch {
				case errors.Is(err, checkin.ErrAlreadySignedIn):
					refused[d]++
				case err != nil:
					t.Errorf("%s: %v", desk, err)
					return
				default:
					acked[d] = append(acked[d], rec)
				}
			}
		})
	}
	wg.Wait()

	var all []checkin.Record
	for _, recs := range acked {
		all = append(all, recs...)
	}
	f, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	logged := f.Attendance.Records()
	if len(logged) != len(all) {
		t.Fatalf("%d records in the log, %d acknowledged", len(logged), len(all))
	}
	bySeq := map[int64]string{}
	for i, line := range encoded(t, logged) {
		if logged[i].Seq != int64(i+1) {
			t.Fatalf("record %d of the log is #%d: the numbers do not run 1, 2, 3…", i+1, logged[i].Seq)
		}
		bySeq[logged[i].Seq] = line
	}
	for i, line := range encoded(t, all) {
		if bySeq[all[i].Seq] != line {
			t.Fatalf("acknowledged %s; the log has %s", line, bySeq[all[i].Seq])
		}
		delete(bySeq, all[i].Seq) // a second acknowledgement of the same line fails above
	}
	firsts := map[string]int64{}
	for _, r := range logged {
		if r.Person == "" || r.Reentry {
			continue
		}
		if first, twice := firsts[r.Person]; twice {
			t.Fatalf("%s signed in twice without a re-entry: #%d and #%d", r.Name, first, r.Seq)
		}
		firsts[r.Person] = r.Seq
	}
	foldIsDisk(t, e, dir)
	// One fsync a record is what desks that never share one would cost.
	if syncs := log.syncs.Load(); syncs >= int64(len(all)) {
		t.Errorf("%d fsyncs for %d records: the desks did not share them", syncs, len(all))
	}
	t.Logf("%d sign-ins acknowledged in %d fsyncs, %d refused as in already", len(all), log.syncs.Load(), sum(refused))
}

func sum(ns []int) int {
	s := 0
	for _, n := range ns {
		s += n
	}
	return s
}

// TestSamePersonAtEightDesks: eight desks sign in the same person at the
// same moment: one sign-in, seven refusals, every time.
func TestSamePersonAtEightDesks(t *testing.T) {
	const desks, people = 8, 40
	dir, c := crowdDir(t, people), newClock()
	e := open(t, dir, c)
	defer e.Close()
	for _, m := range e.Search("居民", people) {
		var in, out atomic.Int32
		start := make(chan struct{})
		var wg sync.WaitGroup
		for d := range desks {
			wg.Go(func() {
				<-start
				_, err := signInAt(e, fmt.Sprintf("desk-%d", d), m.Person, false)
				switch {
				case err == nil:
					in.Add(1)
				case errors.Is(err, checkin.ErrAlreadySignedIn):
					out.Add(1)
				default:
					t.Error(err)
				}
			})
		}
		close(start)
		wg.Wait()
		if in.Load() != 1 || out.Load() != desks-1 {
			t.Fatalf("%s at %d desks at once: %d sign-ins, %d refusals", m.Person.Name, desks, in.Load(), out.Load())
		}
	}
	if tot := e.DeskState().Totals; tot.People != people || tot.Entries != people {
		t.Errorf("totals %+v, want %d people in %d entries", tot, people, people)
	}
}

// TestBatchNotOnDisk: the disk fills in the middle of a batch of the
// desks' writes, or an fsync fails. Every write of that batch gets the
// error and counts nothing, even those whose lines the disk took whole;
// those acknowledged are in the log; the fold is the log; the writes
// after it are all made, each desk's in the order it asked, and go on
// from the last number on disk.
func TestBatchNotOnDisk(t *testing.T) {
	for _, fail := range []string{"write", "fsync"} {
		t.Run(fail, func(t *testing.T) {
			const desks, each, people = 8, 40, 400
			const failAt = 4
			dir, c := crowdDir(t, people), newClock()
			e := open(t, dir, c)
			defer e.Close()
			log := watchLog(t, e)
			if fail == "write" {
				log.failWrite = failAt
			} else {
				log.failSync = failAt
			}
			roster := e.Search("居民", people)
			var notSaved atomic.Int64
			acked := make([][]checkin.Record, desks)
			var wg sync.WaitGroup
			for d := range desks {
				wg.Go(func() {
					desk := fmt.Sprintf("desk-%d", d)
					for i := range each {
						rec, err := signInAt(e, desk, roster[(d*each+i)%people].Person, false)
						var ns *checkin.NotSavedError
						switch {
						case err == nil:
							acked[d] = append(acked[d], rec)
						case errors.As(err, &ns):
							notSaved.Add(1)
						default:
							t.Errorf("%s: %v", desk, err)
						}
					}
				})
			}
			wg.Wait()
			if len(log.lines) <= failAt {
				t.Fatalf("%d writes: none after the one that failed", len(log.lines))
			}
			if got, want := notSaved.Load(), int64(log.lines[failAt-1]); got != want {
				t.Fatalf("%d writes told not saved; the batch that failed had %d", got, want)
			}
			var all []checkin.Record
			for d, recs := range acked {
				for i := 1; i < len(recs); i++ {
					if recs[i].Seq <= recs[i-1].Seq {
						t.Fatalf("desk-%d: #%d acknowledged after #%d", d, recs[i].Seq, recs[i-1].Seq)
					}
				}
				all = append(all, recs...)
			}
			if int64(len(all))+notSaved.Load() != desks*each {
				t.Fatalf("%d acknowledged and %d not saved of %d", len(all), notSaved.Load(), desks*each)
			}
			foldIsDisk(t, e, dir)
			f, err := Read(dir)
			if err != nil {
				t.Fatal(err)
			}
			recs := f.Attendance.Records()
			if len(recs) != len(all) {
				t.Fatalf("%d records on disk, %d acknowledged", len(recs), len(all))
			}
			for i, r := range recs {
				if r.Seq != int64(i+1) {
					t.Fatalf("record %d is #%d", i+1, r.Seq)
				}
			}
			t.Logf("%d acknowledged, %d not saved, in %d writes", len(all), notSaved.Load(), log.writes.Load())
		})
	}
}

// sheetOf is n rows of a sheet of anonymous heads, each with a source of
// its own, as a sheet's rows have.
func sheetOf(n int) []checkin.Entry {
	rows := make([]checkin.Entry, n)
	for i := range rows {
		rows[i] = checkin.Entry{Place: fmt.Sprintf("sheet.csv:%d", i+2), Line: i + 2, Party: 1 + i%3,
			Source: fmt.Sprintf("sheet.csv:%d#%016x", i+2, i)}
	}
	return rows
}

// TestSheetStopsAtFullDisk: a sheet of 10,000 rows goes in batches; the
// disk fills in the middle of the second. Every row told done is on disk,
// in order, and none of the second batch is, not even the rows the disk
// took whole before it filled; the sheet stops at the first row of that
// batch with the error; the fold is the log; and the sheet typed in again
// writes the rest, each row once.
func TestSheetStopsAtFullDisk(t *testing.T) {
	const rows = 10_000
	dir, c := deskDir(t), newClock()
	e := open(t, dir, c)
	defer e.Close()
	log := watchLog(t, e)
	log.failWrite = 2
	sheet := sheetOf(rows)
	var told []checkin.Record
	done := func(o Outcome) { told = append(told, o.Record) }
	err := e.TypeIn(context.Background(), sheet, false, done)
	var te *TypeInError
	var ns *checkin.NotSavedError
	if !errors.As(err, &te) || !errors.As(err, &ns) {
		t.Fatalf("the sheet on a disk that fills: %v", err)
	}
	if len(told) != batchWrites || te.Entry.Line != len(told)+2 {
		t.Fatalf("told of %d rows, stopped at line %d; want the first batch, then the first row of the second", len(told), te.Entry.Line)
	}
	foldIsDisk(t, e, dir)
	f, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := encoded(t, f.Attendance.Records()), encoded(t, told); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("the log holds %d records, the sheet was told of %d", len(got), len(want))
	}
	first := len(told)

	told = nil
	rest := e.Pending(sheet)
	if len(rest) != rows-first {
		t.Fatalf("%d rows pending after %d written, want %d", len(rest), first, rows-first)
	}
	if err := e.TypeIn(context.Background(), rest, false, done); err != nil {
		t.Fatal(err)
	}
	if len(told) != rows-first || told[0].Seq != int64(first+1) {
		t.Fatalf("the second run wrote %d from #%d", len(told), told[0].Seq)
	}
	want := 0
	for _, r := range sheet {
		want += r.Party
	}
	if tot := e.DeskState().Totals; tot.People != want || tot.Entries != rows {
		t.Fatalf("totals %+v, want %d people in %d entries", tot, want, rows)
	}
	if len(e.Pending(sheet)) != 0 {
		t.Fatal("rows still pending after the second run")
	}
	foldIsDisk(t, e, dir)
	if w := log.writes.Load(); w > 2*(rows/batchWrites+2) {
		t.Errorf("%d writes for %d rows: the sheet did not go in batches", w, rows)
	}
}

// TestSheetStoppedMidway: a sheet stopped (ctrl+c) while it is being
// written stops between two rows: every row told done is on disk, the
// error names the first row that is not, and typing the sheet in again
// writes exactly the rest.
func TestSheetStoppedMidway(t *testing.T) {
	const rows = 3 * batchWrites
	dir, c := deskDir(t), newClock()
	e := open(t, dir, c)
	defer e.Close()
	sheet := sheetOf(rows)
	ctx, stop := context.WithCancel(context.Background())
	var told int
	err := e.TypeIn(ctx, sheet, false, func(Outcome) {
		if told++; told == 100 {
			stop()
		}
	})
	var te *TypeInError
	if !errors.As(err, &te) || !errors.Is(err, context.Canceled) || te.Entry.Line != told+2 {
		t.Fatalf("stopped after %d rows told: %v", told, err)
	}
	if n := e.DeskState().Totals.Entries; n != told {
		t.Fatalf("%d entries in, %d told", n, told)
	}
	rest := e.Pending(sheet)
	if len(rest) != rows-told {
		t.Fatalf("%d rows pending, want %d", len(rest), rows-told)
	}
	if err := e.TypeIn(context.Background(), rest, false, func(Outcome) {}); err != nil {
		t.Fatal(err)
	}
	if n := e.DeskState().Totals.Entries; n != rows {
		t.Fatalf("%d entries after the second run, want %d", n, rows)
	}
	foldIsDisk(t, e, dir)
}

// TestDeskDuringSheet: a desk's sign-in arriving while a long sheet is
// being written waits for the batch on its way to disk, not for the rest
// of the sheet: at most one batch of the sheet's records lands between
// the moment it asks and its own record.
func TestDeskDuringSheet(t *testing.T) {
	const rows = 6 * batchWrites
	dir, c := deskDir(t), newClock()
	e := open(t, dir, c)
	defer e.Close()
	he := e.Named("何阿姨")[0]
	var seen atomic.Int64 // the last sheet record told done
	asked := make(chan struct{})
	sheetDone := make(chan error, 1)
	go func() {
		var once sync.Once
		sheetDone <- e.TypeIn(context.Background(), sheetOf(rows), false, func(o Outcome) {
			seen.Store(o.Record.Seq)
			if o.Record.Seq > batchWrites {
				once.Do(func() { close(asked) })
			}
		})
	}()
	<-asked
	before := seen.Load()
	rec, err := signInAt(e, "gate", he, false)
	if err != nil {
		t.Fatal(err)
	}
	if err := <-sheetDone; err != nil {
		t.Fatal(err)
	}
	// Asked after record before was on disk: at most the batch after it
	// goes first.
	if rec.Seq > before+batchWrites+1 {
		t.Errorf("the desk's sign-in is #%d, asked for after #%d: it waited behind %d of the sheet's records", rec.Seq, before, rec.Seq-before-1)
	}
	if rec.Seq >= int64(rows) {
		t.Errorf("the desk's sign-in came after the whole sheet (#%d)", rec.Seq)
	}
	foldIsDisk(t, e, dir)
}

// TestRewoundIsReplay: the fold made again from its first records is the
// fold a replay of those records makes.
func TestRewoundIsReplay(t *testing.T) {
	dir, c := crowdDir(t, 50), newClock()
	e := open(t, dir, c)
	people := e.Search("居民", 50)
	for i, m := range people {
		c.Add(time.Minute)
		signInAt(e, "gate", m.Person, false)
		if i%7 == 0 {
			e.Anonymous(3)
			e.UndoSignIn()
		}
		if i%5 == 0 {
			e.WalkIn(fmt.Sprintf("来宾%d", i), "guest", "", 2, "")
		}
	}
	e.Close()
	f, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	all := f.Attendance.Records()
	for _, n := range []int{0, 1, len(all) / 2, len(all)} {
		got := rewound(f.Attendance, n, f.Roster, f.Plan.Location)
		var lines bytes.Buffer
		for _, l := range encoded(t, all[:n]) {
			lines.WriteString(l + "\n")
		}
		want := checkin.NewAttendance(nil, f.Plan.Location)
		if err := want.Replay(journal.Parse(lines.Bytes()).Lines); err != nil {
			t.Fatal(err)
		}
		want.UseRoster(f.Roster)
		if g, w := encoded(t, got.Records()), encoded(t, want.Records()); strings.Join(g, "\n") != strings.Join(w, "\n") {
			t.Fatalf("rewound to %d: %d records, replay %d", n, len(g), len(w))
		}
		if got.Totals() != want.Totals() || fmt.Sprint(got.Arrivals()) != fmt.Sprint(want.Arrivals()) ||
			fmt.Sprint(got.ByCategory()) != fmt.Sprint(want.ByCategory()) || fmt.Sprint(got.WalkIns()) != fmt.Sprint(want.WalkIns()) {
			t.Fatalf("rewound to %d: the counts differ from a replay", n)
		}
	}
}
