package report

import (
	"fmt"
	"io"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/live/livetest"
	"eventday/program"
)

// bigFolder is an event with 100,000 sign-ins, the scale PRODUCT.md §6
// asks the app to start with: walk-ins with a phone each, and anonymous
// heads between them.
func bigFolder(b *testing.B, n int) *live.Folder {
	b.Helper()
	plan, err := program.ParsePlan("event.yaml", []byte(livetest.FixtureYAML), nil)
	if err != nil {
		b.Fatal(err)
	}
	att := checkin.NewAttendance(nil, plan.Location)
	at := time.Date(2026, 5, 1, 13, 0, 0, 0, eventtest.Shanghai)
	for i := range n {
		now := at.Add(time.Duration(i) * 100 * time.Millisecond)
		var rec checkin.Record
		if i%4 == 0 {
			rec, err = att.Anonymous(1+i%5, "east", now)
		} else {
			rec, err = att.WalkIn(fmt.Sprintf("居民%d", i), "resident", fmt.Sprintf("%d号楼", i%30), 1+i%3, fmt.Sprintf("139%08d", i), "east", now)
		}
		if err != nil {
			b.Fatal(err)
		}
		if err := att.Apply(rec); err != nil {
			b.Fatal(err)
		}
	}
	return &live.Folder{Plan: plan, Show: program.NewShow(plan).State(), Attendance: att}
}

// BenchmarkExport measures each export of 100,000 sign-ins, from the folder
// in memory to the bytes written.
func BenchmarkExport(b *testing.B) {
	f := bigFolder(b, 100_000)
	for _, format := range Formats() {
		b.Run(string(format), func(b *testing.B) {
			for b.Loop() {
				if err := Write(io.Discard, NewExport(f.Show, f.Roster, f.Attendance, livetest.ReportTime), format, "zh"); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	b.Run("report", func(b *testing.B) {
		for b.Loop() {
			_ = Text(DataOf(f.Show, f.Attendance), "zh", livetest.ReportTime, 80)
		}
	})
}
