//go:build unix

package e2e

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"eventday/live/livetest"
)

var (
	scaleSizes  = flag.String("scale.sizes", "", "TestScaling: the multiples of the benchmark's shape to measure, as 1,2,5,10; none skips the test")
	scaleShapes = flag.String("scale.shapes", "roster,walk-ins", "TestScaling: the shapes to measure: roster (a day at the desks) and walk-ins")
	scaleOut    = flag.String("scale.out", "", "TestScaling: write the table here as well as to the test's log")
)

// TestScaling measures how the app's costs grow with its event, for
// scripts/scale and BENCHMARKS.md: for each shape and multiple of the
// benchmark's it writes a folder, starts the app on it under
// /usr/bin/time and times the first frame (the better of two starts),
// leaves it alone on the Stage and then on the Summary and takes the CPU
// time it uses, reads its max RSS once it quit, and opens the folder in
// this process to weigh the live heap. It runs only when -scale.sizes is
// given.
func TestScaling(t *testing.T) {
	if *scaleSizes == "" {
		t.Skip("measures only when asked: scripts/scale, or -scale.sizes=1,2,5,10")
	}
	tm := newTmux(t)
	gnuTime, err := exec.LookPath("/usr/bin/time")
	if err != nil {
		t.Skip("/usr/bin/time is missing (apt-get install time; bash .ci/run installs it)")
	}
	var sizes []int
	for f := range strings.SplitSeq(*scaleSizes, ",") {
		k, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || k < 1 {
			t.Fatalf("-scale.sizes: %q is not a multiple", f)
		}
		sizes = append(sizes, k)
	}
	var shapes []livetest.Shape
	for f := range strings.SplitSeq(*scaleShapes, ",") {
		switch strings.TrimSpace(f) {
		case "roster":
			shapes = append(shapes, livetest.Benchmark)
		case "walk-ins":
			s := livetest.Benchmark
			s.WalkIns = true
			shapes = append(shapes, s)
		default:
			t.Fatalf("-scale.shapes: %q is neither roster nor walk-ins", f)
		}
	}

	var table strings.Builder
	table.WriteString("| Shape | × | Roster | Log lines | attendance.jsonl | First frame | CPU by first frame | Max RSS | Live heap | Live heap ÷ lines | Idle CPU, Stage | Idle CPU, Summary |\n")
	table.WriteString("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
	for _, base := range shapes {
		for _, k := range sizes {
			shape := base.Times(k)
			row := measureScale(t, tm, gnuTime, shape)
			name := "roster"
			if shape.WalkIns {
				name = "walk-ins"
			}
			// The live heap is weighed in this process, with this code: of
			// another build (-e2e.binary) it would say nothing.
			heap, perLine := "n/a", "n/a"
			if *prebuilt == "" {
				heap, perLine = fmt.Sprintf("%.1f MB", float64(row.heap)/1e6), fmt.Sprintf("%d B", row.heap/uint64(shape.SignIns))
			}
			fmt.Fprintf(&table, "| %s | %d | %d | %d | %.0f MB | %d ms | %d ms | %d MB | %s | %s | %d ms | %d ms |\n",
				name, k, shape.People, shape.SignIns, float64(row.logBytes)/1e6, row.frame.Milliseconds(), row.frameCPU.Milliseconds(),
				row.maxRSS>>10, heap, perLine, row.idleStage.Milliseconds(), row.idleSummary.Milliseconds())
			t.Logf("%v: %+v", shape, row)
		}
	}
	t.Logf("scaling:\n%s", table.String())
	if *scaleOut != "" {
		if err := os.WriteFile(*scaleOut, []byte(table.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// scaleRow is what TestScaling measures of one folder.
type scaleRow struct {
	logBytes               int64
	frame, frameCPU        time.Duration
	maxRSS                 int // KB
	heap                   uint64
	idleStage, idleSummary time.Duration
}

func measureScale(t *testing.T, tm *tmux, gnuTime string, shape livetest.Shape) scaleRow {
	t.Helper()
	dir, err := os.MkdirTemp(t.TempDir(), "scale")
	if err != nil {
		t.Fatal(err)
	}
	// Folders of the bigger shapes are hundreds of MB: one at a time.
	defer os.RemoveAll(dir)
	writeScaleFolder(t, dir, shape)
	var row scaleRow
	if fi, err := os.Stat(filepath.Join(dir, "attendance.jsonl")); err == nil {
		row.logBytes = fi.Size()
	}

	// The app starts twice and the faster start counts: a machine busy
	// with other work can stall either. The second is left running to be
	// measured idle.
	for run := range 2 {
		r, frame := startTimed(t, tm, gnuTime, filepath.Join(dir, fmt.Sprintf("time%d.txt", run)), dir, 2*time.Minute)
		pid := r.appPID(t)
		cpu := cpuTime(t, pid)
		if run == 0 || frame < row.frame {
			row.frame = frame
		}
		if run == 0 || cpu < row.frameCPU {
			row.frameCPU = cpu
		}
		if run == 1 {
			row.idleStage = idleCPU(t, pid)
			r.keys(t, "Tab", "Tab")
			r.waitText(t, "the Summary", en.Report.HeadArrive)
			row.idleSummary = idleCPU(t, pid)
		}
		row.maxRSS = max(row.maxRSS, r.quit(t).maxRSS)
	}
	if *prebuilt == "" {
		row.heap = liveHeap(t, dir)
	}
	return row
}

// liveHeap opens the folder as the app does, in this process, and returns
// the bytes its open event keeps on the heap once the search index is
// built: what the collector must look through.
func liveHeap(t *testing.T, dir string) uint64 {
	t.Helper()
	heap, err := livetest.Weigh(dir)
	if err != nil {
		t.Fatal(err)
	}
	return heap
}
