package report

import (
	"testing"

	"eventday/live/livetest"
)

// BenchmarkReport measures the run report of 100,000 sign-ins as the
// terminal shows it, from the folder in memory to the text.
func BenchmarkReport(b *testing.B) {
	f := livetest.BusyDay(b, 100_000)
	for b.Loop() {
		_ = Text(DataOf(f.Show, f.Attendance), "zh", livetest.ReportTime, 80)
	}
}
