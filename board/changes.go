package board

import (
	"slices"
	"time"

	"eventday/program"
)

// stale reports whether a board that showed old, and has counted its
// clocks on by itself since (the time of day; the live act's time while
// the show is on), would be wrong at now.Now: something it shows changed,
// or the minute of the clock did. A board needs a new snapshot only then,
// not every second.
func stale(old, now Snapshot) bool {
	if old.Event != now.Event || old.Phase != now.Phase || !old.Ended.Equal(now.Ended) ||
		old.People != now.People || old.Capacity != now.Capacity ||
		!old.Now.Truncate(time.Minute).Equal(now.Now.Truncate(time.Minute)) {
		return true
	}
	if liveStale(old, now) {
		return true
	}
	if (old.Next == nil) != (now.Next == nil) {
		return true
	}
	if o, n := old.Next, now.Next; o != nil &&
		(o.Title != n.Title || o.Performers != n.Performers || hhmm(o.Expected) != hhmm(n.Expected)) {
		return true
	}
	return !slices.EqualFunc(old.Calls, now.Calls, func(a, b Call) bool {
		return a.Kind == b.Kind && a.Title == b.Title && a.Performers == b.Performers && a.Minutes() == b.Minutes()
	})
}

// liveStale reports whether the live act differs from what the board
// would count on to from old: its remaining time goes down with the clock
// while the show is on, and stands still on hold.
func liveStale(old, now Snapshot) bool {
	o, n := old.Live, now.Live
	if o == nil || n == nil {
		return o != n
	}
	if o.Title != n.Title || o.Performers != n.Performers || o.Length != n.Length || o.Over != n.Over {
		return true
	}
	counted := o.Remaining
	if old.Phase == program.Running {
		counted -= now.Now.Sub(old.Now)
	}
	d := counted - n.Remaining
	return d <= -time.Second/2 || d >= time.Second/2
}
