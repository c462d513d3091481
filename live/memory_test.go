package live_test

import (
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"eventday/internal/eventtest"
	"eventday/live/livetest"
)

var heapSizes = flag.String("heap.sizes", "1", "TestHeapPerPersonAndLine: the multiples of the benchmark's shape to weigh, as 1,2,5")

// What an open event may keep on the heap for each person on its roster
// (the roster and the search index) and for each line of its attendance log
// (the folded log; a walk-in's line also adds them to the index), at any
// size. The collector looks through all of it, and the memory a start takes
// is a multiple of it: it is kept small by holding little, not by making the
// collector work harder.
const (
	maxHeapPerPerson = 320
	maxHeapPerLine   = 140 // a day's mix, most of it roster people and anonymous heads
	maxHeapPerWalkIn = 440
)

// TestHeapPerPersonAndLine opens folders of the benchmark's shape (and of
// the multiples -heap.sizes gives) with no log, with a day's mix and with
// walk-ins only, weighs what each keeps on the heap, and holds the cost of
// a person and of a line to the bounds above.
func TestHeapPerPersonAndLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes and opens folders of 100,000 lines")
	}
	for f := range strings.SplitSeq(*heapSizes, ",") {
		k, err := strconv.Atoi(f)
		if err != nil || k < 1 {
			t.Fatalf("-heap.sizes: %q is not a multiple", f)
		}
		day := livetest.Benchmark.Times(k)
		roster, walkIns := day, day
		roster.SignIns, walkIns.WalkIns = 0, true
		base := weigh(t, roster)
		perPerson := base / uint64(day.People)
		perLine := (weigh(t, day) - base) / uint64(day.SignIns)
		perWalkIn := (weigh(t, walkIns) - base) / uint64(day.SignIns)
		t.Logf("%d× the benchmark's shape: %d B a person on the roster, %d B a line of a day's mix, %d B a walk-in's line", k, perPerson, perLine, perWalkIn)
		for _, c := range []struct {
			what     string
			got, max uint64
		}{
			{"a person on the roster", perPerson, maxHeapPerPerson},
			{"a line of a day's mix", perLine, maxHeapPerLine},
			{"a walk-in's line", perWalkIn, maxHeapPerWalkIn},
		} {
			if c.got > c.max {
				t.Errorf("%d×: an open event keeps %d bytes on the heap for %s, over %d", k, c.got, c.what, c.max)
			}
		}
	}
}

// weigh writes a folder of the shape, opens it as the app does and returns
// what the open event keeps on the heap once its search index is built.
func weigh(t *testing.T, shape livetest.Shape) uint64 {
	t.Helper()
	yaml := eventtest.Demo(t, "event.yaml")
	dir := filepath.Join(t.TempDir(), "event")
	defer os.RemoveAll(dir)
	if err := livetest.WriteFolder(dir, yaml, shape); err != nil {
		t.Fatal(err)
	}
	heap, err := livetest.Weigh(dir)
	if err != nil {
		t.Fatal(err)
	}
	return heap
}
