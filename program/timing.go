package program

import "time"

// Anchor is the moment the plan counts from. On the event's own day it is
// the printed start; on any other day (a rehearsal, the demo) the plan is
// anchored at the first GO, or at now while the show has not started.
func (st *ShowState) Anchor(now time.Time) time.Time {
	if st.AnchoredAtFirstGo(now) {
		if !st.Started.IsZero() {
			return st.Started
		}
		return now
	}
	return st.Plan.PlannedStart()
}

// AnchoredAtFirstGo reports whether the plan is anchored at the first GO
// rather than at the printed start, because the show runs on another day
// or is a rehearsal (a morning run-through on the day must not read as
// hours early).
func (st *ShowState) AnchoredAtFirstGo(now time.Time) bool {
	if st.Rehearsal {
		return true
	}
	day := now
	if !st.Started.IsZero() {
		day = st.Started
	}
	return !st.Plan.IsEventDay(day) || st.Plan.PlannedStart().IsZero()
}

// PlannedStarts gives, for each act of the printed programme by id, when it
// was planned to start.
func (st *ShowState) PlannedStarts(now time.Time) map[string]time.Time {
	t := st.Anchor(now)
	m := make(map[string]time.Time, len(st.Plan.Acts))
	for _, a := range st.Plan.Acts {
		m[a.ID] = t
		t = t.Add(a.Duration)
	}
	return m
}

// PlannedEnd is when the printed programme was planned to end.
func (st *ShowState) PlannedEnd(now time.Time) time.Time {
	t := st.Anchor(now)
	for _, a := range st.Plan.Acts {
		t = t.Add(a.Duration)
	}
	return t
}

// Expected gives the expected start of every act still to come, by index in
// the running order (zero for acts live, done or out): the plan plus the
// drift so far, as the acts will be taken by GO.
func (st *ShowState) Expected(now time.Time) []time.Time {
	exp := make([]time.Time, len(st.Acts))
	st.chain(now, func(i int, start time.Time) { exp[i] = start })
	return exp
}

// ProjectedEnd is when the show will end at this rate.
func (st *ShowState) ProjectedEnd(now time.Time) time.Time {
	if !st.Finished.IsZero() {
		return st.Finished
	}
	return st.chain(now, func(int, time.Time) {})
}

// chain walks the acts still to come in the order GO takes them, calling fn
// with each one's expected start, and returns when the last one ends.
func (st *ShowState) chain(now time.Time, fn func(i int, start time.Time)) time.Time {
	var t time.Time
	switch onStage := st.Live(); {
	case onStage != nil:
		t = now.Add(max(st.Remaining(now), 0))
	case st.Started.IsZero():
		t = st.Anchor(now)
		if now.After(t) {
			t = now
		}
	default:
		t = now
	}
	for i := range st.Acts {
		a := &st.Acts[i]
		if !a.Status.Pending() {
			continue
		}
		fn(i, t)
		t = t.Add(a.Length())
	}
	return t
}

// Drift is how late (positive) or early (negative) the show runs: the
// projected end against the planned end, to the second.
func (st *ShowState) Drift(now time.Time) time.Duration {
	return st.ProjectedEnd(now).Sub(st.PlannedEnd(now)).Round(time.Second)
}

// AlertKind says what a call alert asks for.
type AlertKind int

// The kinds of call alert.
const (
	// CallNow: fetch the performers from the waiting area now.
	CallNow AlertKind = iota
	// ToWings: the act is on standby; get the performers ready in the wings.
	ToWings
	// NotHere: it is time to call the act, but none of its performers has
	// signed in at the desk: phone them (the act's contact).
	NotHere
)

// Alert is one call to make now.
type Alert struct {
	Kind AlertKind
	Idx  int           // index into Acts
	In   time.Duration // until the expected start; zero or more
}

// Alerts lists the calls to make now, soonest first: every waiting act
// expected on within call_ahead (and always the act on standby), and the act
// on standby when it is called but not yet ready. They come from the
// expected start, not the printed one. A waiting act whose performers are
// expected but none has signed in gets NotHere instead of a call: there is
// nobody in the waiting area to fetch.
func (st *ShowState) Alerts(now time.Time) []Alert {
	if !st.Finished.IsZero() {
		return nil
	}
	var out []Alert
	first := true
	st.chain(now, func(i int, start time.Time) {
		a := &st.Acts[i]
		in := max(start.Sub(now), 0)
		switch {
		case a.Status == Waiting && (first || in <= st.Plan.CallAhead):
			kind := CallNow
			if st.PresenceOf(a.ID).Nobody() {
				kind = NotHere
			}
			out = append(out, Alert{Kind: kind, Idx: i, In: in})
		case a.Status == Called && first:
			out = append(out, Alert{Kind: ToWings, Idx: i, In: in})
		}
		first = false
	})
	return out
}
