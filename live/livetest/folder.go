// Package livetest writes event folders at the scale the app promises, and
// at multiples of it, for the tests and measurements that open them (a
// roster of people and an attendance log made by checkin.Log as a real day
// would make it), and weighs what an open event keeps in memory.
package livetest

import (
	"bufio"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"eventday/checkin"
	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/program"
)

// Shape is what a folder holds.
type Shape struct {
	People  int // rows of roster.csv
	SignIns int // lines of attendance.jsonl
	// WalkIns makes every line the walk-in of someone new, as a paper
	// sheet of names typed in with `signin --from --walk-in` makes them;
	// otherwise the lines are a long, busy day at three desks: roster
	// people, anonymous parties, some walk-ins, re-entries and undos.
	WalkIns bool
}

// Benchmark is the scale the app promises to start at: a roster of 20,000
// and a log of 100,000 sign-ins.
var Benchmark = Shape{People: 20_000, SignIns: 100_000}

// Times is the shape with k times the people and the lines.
func (s Shape) Times(k int) Shape {
	s.People *= k
	s.SignIns *= k
	return s
}

// String names the shape for a log line or a table.
func (s Shape) String() string {
	kind := "a day's mix"
	if s.WalkIns {
		kind = "walk-ins"
	}
	return fmt.Sprintf("%d people, %d sign-ins (%s)", s.People, s.SignIns, kind)
}

// WriteFolder writes eventYAML as the folder's event.yaml, a roster.csv and
// an attendance.jsonl of the shape into dir, creating it. The same shape
// always gives the same folder.
func WriteFolder(dir string, eventYAML []byte, s Shape) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "event.yaml"), eventYAML, 0o644); err != nil {
		return err
	}
	plan, err := program.LoadPlan(dir)
	if err != nil {
		return err
	}

	rng := rand.New(rand.NewPCG(2026, 501))
	name := func() string { return eventtest.Name(rng) }
	cats := []string{"resident", "resident", "resident", "volunteer", "performer", "honoree", "sponsor"}
	var roster strings.Builder
	roster.WriteString("\ufeff姓名,类别,楼栋,电话\n")
	for i := range s.People {
		name := name()
		phone := ""
		if rng.IntN(4) != 0 {
			phone = fmt.Sprintf("1%d%09d", 3+rng.IntN(7), rng.IntN(1_000_000_000))
		}
		// The row number in the group keeps every name, group and phone
		// triple unique, as the roster requires.
		fmt.Fprintf(&roster, "%s,%s,%d号楼%d室,%s\n", name, cats[rng.IntN(len(cats))], i%60+1, i/60+101, phone)
	}
	if err := os.WriteFile(filepath.Join(dir, checkin.RosterFile), []byte(roster.String()), 0o644); err != nil {
		return err
	}
	r, err := checkin.LoadRoster(dir, plan.Acts)
	if err != nil {
		return err
	}

	f, err := os.Create(filepath.Join(dir, checkin.AttendanceFile))
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	att := checkin.NewAttendance(r, plan.Location)
	order := rng.Perm(len(r.People))
	next := 0
	desks := []string{"gate", "east", "paper"}
	at := plan.PlannedStart().Add(-2 * time.Hour)
	for n := 0; n < s.SignIns; {
		at = at.Add(time.Duration(rng.IntN(250)) * time.Millisecond)
		desk := desks[rng.IntN(len(desks))]
		var rec checkin.Record
		var err error
		switch k := rng.IntN(100); {
		case s.WalkIns:
			// A name of the sheet that is in already (the same name in
			// the same building twice) is skipped, as signin skips it.
			rec, err = att.WalkIn(name(), "resident", fmt.Sprintf("%d号楼", 1+rng.IntN(60)), 1, "", "paper", at)
			if errors.Is(err, checkin.ErrAlreadySignedIn) {
				continue
			}
		case k < 50 && next < len(order):
			rec, err = att.SignIn(&r.People[order[next]], desk, at)
			next++
		case k < 55 && next > 0:
			rec, err = att.Reenter(&r.People[order[rng.IntN(next)]], desk, at)
		case k < 62:
			rec, err = att.WalkIn(fmt.Sprintf("来宾%06d", n), "resident", "", 1+rng.IntN(3), "", desk, at)
		case k < 65:
			rec, err = att.UndoLast(desk, at)
			if err == checkin.ErrNothingToUndo {
				rec, err = att.Anonymous(1, desk, at)
			}
		default:
			rec, err = att.Anonymous(1+rng.IntN(5), desk, at)
		}
		if err != nil {
			return fmt.Errorf("making record %d: %w", n+1, err)
		}
		if err := att.Apply(rec); err != nil {
			return fmt.Errorf("applying record %d: %w", n+1, err)
		}
		line, err := checkin.Encode(rec)
		if err != nil {
			return err
		}
		w.Write(line)
		w.WriteByte('\n')
		n++
	}
	if err := w.Flush(); err != nil {
		return err
	}
	return f.Close()
}

// Weigh opens the event folder dir as the app does and returns what the
// open event keeps on the heap once its search index is built: the heap in
// use after a full collection, less the heap in use after one before it.
func Weigh(dir string) (uint64, error) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	e, err := live.Open(dir, live.Options{Desk: "weigh"})
	if err != nil {
		return 0, err
	}
	e.Search("王", 1) // waits for the index
	runtime.GC()
	runtime.ReadMemStats(&after)
	if err := e.Close(); err != nil {
		return 0, err
	}
	return after.HeapAlloc - min(before.HeapAlloc, after.HeapAlloc), nil
}
