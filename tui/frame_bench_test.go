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
	plan := mayDay()
	start := time.Date(2025, 5, 1, 10, 0, 0, 0, plan.Location)
	fb := newFakeBackend(plan, start)
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

// BenchmarkDeskChange is the Desk's work after each change to the event
// (a sign-in anywhere): a new snapshot and the search in the box again,
// after 100 and 100,000 sign-ins. It happens once per change, not per
// frame; BenchmarkFrame has the frame.
func BenchmarkDeskChange(b *testing.B) {
	for _, n := range []int{100, 100000} {
		h := deskHarness(b, bigDesk(b, n), "zh", 80, 24)
		h.typeText("ha")
		b.Run(fmt.Sprintf("signins=%d", n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				h.desk().Update(changedMsg{})
			}
		})
	}
}
