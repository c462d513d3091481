package tui

import (
	"fmt"
	"testing"
	"time"

	"eventday/checkin"
)

// bigDesk is a desk after n sign-ins over an afternoon, on a roster of
// 20,000: a named sign-in for each person on the roster in turn, the rest
// anonymous parties of one to four.
func bigDesk(b testing.TB, n int) *deskFake {
	b.Helper()
	ev := mayDay()
	start := time.Date(2025, 5, 1, 10, 0, 0, 0, ev.Location)
	fb := newFakeBackend(ev, start)
	people := make([]checkin.Person, 0, 20000)
	people = append(people, deskPeople()...)
	for i := len(people); i < cap(people); i++ {
		people = append(people, checkin.Person{Name: fmt.Sprintf("居民%05d", i), Category: "resident", Group: fmt.Sprintf("%d号楼", i%40+1)})
	}
	df := newDeskFake(b, fb, people)
	df.capacity = 150000
	step := 6 * time.Hour / time.Duration(n)
	for i := range n {
		var err error
		if i < len(df.roster.People) && i%2 == 0 {
			_, err = df.SignIn(&df.roster.People[i], false)
		} else {
			_, err = df.Anonymous(i%4 + 1)
		}
		if err != nil {
			b.Fatal(err)
		}
		fb.advance(step)
	}
	return df
}

// BenchmarkDeskFrame draws the whole screen with the Desk shown and "ha"
// typed, at 80x24 and 120x40, colours on, after 100 and 100,000 sign-ins:
// a frame reads the snapshot and a handful of results, never the log.
// "change" is the work after each sign-in (a new snapshot and the search
// again), which happens once per change, not per frame.
func BenchmarkDeskFrame(b *testing.B) {
	for _, n := range []int{100, 100000} {
		df := bigDesk(b, n)
		for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}} {
			h := deskHarness(b, df, "zh", size.w, size.h)
			h.a.mode = colourFull
			h.a.restyle()
			h.send(styleMsg{})
			h.typeText("ha")
			b.Run(fmt.Sprintf("signins=%d/%dx%d", n, size.w, size.h), func(b *testing.B) {
				for range b.N {
					_ = h.a.View()
				}
			})
		}
		h := deskHarness(b, df, "zh", 80, 24)
		h.typeText("ha")
		b.Run(fmt.Sprintf("signins=%d/change", n), func(b *testing.B) {
			for range b.N {
				h.desk().Update(changedMsg{})
			}
		})
	}
}
