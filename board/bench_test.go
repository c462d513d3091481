package board

import (
	"testing"
	"time"
)

// BenchmarkOf is what each open page's stream costs every tick: the board
// of the May Day show, an act live, taken from the real owner.
func BenchmarkOf(b *testing.B) {
	s := openDemo(b)
	s.goAt(b, at(14, 30, 0))
	s.clock.Set(at(14, 33, 0))
	for b.Loop() {
		Of(s)
	}
}

// BenchmarkStale is the comparison that decides whether to send.
func BenchmarkStale(b *testing.B) {
	s := openDemo(b)
	s.goAt(b, at(14, 30, 0))
	s.clock.Set(at(14, 33, 0))
	old := Of(s)
	s.clock.Add(time.Second)
	now := Of(s)
	for b.Loop() {
		stale(old, now)
	}
}
