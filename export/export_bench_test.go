package export

import (
	"io"
	"testing"

	"eventday/live/livetest"
)

// BenchmarkExport measures each export of 100,000 sign-ins, from the folder
// in memory to the bytes written.
func BenchmarkExport(b *testing.B) {
	f := livetest.BusyDay(b, 100_000)
	for _, format := range Formats() {
		b.Run(string(format), func(b *testing.B) {
			for b.Loop() {
				if err := Write(io.Discard, New(f.Show, f.Roster, f.Attendance, livetest.ReportTime), format, "zh"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
