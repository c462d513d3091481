// Package eventtest holds what the tests of several packages share to make
// an event: a settable clock on the day of the tests' events, the built-in
// May Day show's files, and synthetic Chinese names at any scale. It
// imports nothing of eventday, so that the tests of any package can use
// it; only tests import it.
package eventtest

import (
	"sync"
	"time"
)

// Shanghai is the time zone of the tests' events.
var Shanghai = func() *time.Location {
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		panic(err)
	}
	return loc
}()

// Day is hh:mm:ss on the day of the tests' events, 1 May 2026, in Shanghai.
func Day(hh, mm, ss int) time.Time {
	return time.Date(2026, 5, 1, hh, mm, ss, 0, Shanghai)
}

// Clock is a settable fake clock, to inject where the event takes its time
// from (live.Options.Now): a test moves it, nothing else does. It is safe
// for concurrent use.
type Clock struct {
	mu sync.Mutex
	t  time.Time
}

// NewClock is a clock standing at t.
func NewClock(t time.Time) *Clock { return &Clock{t: t} }

// Now is the clock's time.
func (c *Clock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

// Set puts the clock at t.
func (c *Clock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = t
}

// SetDay puts the clock at hh:mm:ss on the day of the tests' events.
func (c *Clock) SetDay(hh, mm, ss int) { c.Set(Day(hh, mm, ss)) }

// Add moves the clock on by d.
func (c *Clock) Add(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}
