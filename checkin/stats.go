package checkin

import (
	"cmp"
	"slices"
	"time"
)

// Totals returns the headline counts.
func (a *Attendance) Totals() Totals { return a.totals }

// CategoryCount is the people of one category.
type CategoryCount struct {
	Category string // "" for sign-ins without one, anonymous heads among them
	People   int
}

// ByCategory returns people per category, most first, then by name.
func (a *Attendance) ByCategory() []CategoryCount {
	out := make([]CategoryCount, 0, len(a.byCategory))
	for c, n := range a.byCategory {
		out = append(out, CategoryCount{Category: c, People: n})
	}
	slices.SortFunc(out, func(a, b CategoryCount) int {
		if c := cmp.Compare(b.People, a.People); c != 0 {
			return c
		}
		return cmp.Compare(a.Category, b.Category)
	})
	return out
}

// Arrival is the people who arrived in one quarter hour.
type Arrival struct {
	Start  time.Time // in the event's zone
	People int
}

// Arrivals returns people per quarter hour of arrival (a sign-in's At, so a
// backdated paper entry falls where the person came), earliest first. Quarter
// hours nobody arrived in are left out.
func (a *Attendance) Arrivals() []Arrival {
	keys := make([]int64, 0, len(a.arrivals))
	for q := range a.arrivals {
		keys = append(keys, q)
	}
	slices.Sort(keys)
	out := make([]Arrival, len(keys))
	for i, q := range keys {
		out[i] = Arrival{Start: a.quarterStart(q), People: a.arrivals[q]}
	}
	return out
}

// Recent returns up to n standing sign-ins, the latest first.
func (a *Attendance) Recent(n int) []Record {
	out := make([]Record, 0, min(n, a.totals.Entries))
	for i := a.liveTail; i != none && len(out) < n; i = a.lines[i].prev {
		out = append(out, a.record(i))
	}
	return out
}

// RecentAt returns up to n standing sign-ins made at desk by the origin
// this attendance writes as, the latest first: the entries that desk may
// take back with Undo.
func (a *Attendance) RecentAt(desk string, n int) []Record {
	var out []Record
	id, known := a.textIDs[desk]
	o, mine := a.originIDs[a.own]
	if !known || !mine {
		return nil
	}
	i, ok := a.deskTail[deskOf(o, id)]
	for ok && i != none && len(out) < n {
		out = append(out, a.record(i))
		i = a.lines[i].deskPrev
	}
	return out
}

// SignedIn is where and when a person came in.
type SignedIn struct {
	Seq    int64
	At     time.Time
	Desk   string
	Origin string // the gate's origin ("" the host)
	// Entries is how many standing sign-ins the person has (more than one
	// after a re-entry).
	Entries int
}

// Status reports whether the person is in, by the standing sign-in that
// counts them: their earliest in the order (At, Origin, Seq).
func (a *Attendance) Status(personID string) (SignedIn, bool) {
	who, ok := a.people[personID]
	if !ok || len(a.person(who).live) == 0 {
		return SignedIn{}, false
	}
	ps := a.person(who)
	r := a.record(ps.live[0])
	return SignedIn{Seq: r.Seq, At: r.At, Desk: r.Desk, Origin: r.Origin, Entries: len(ps.live)}, true
}

// UseRoster links the attendance to the roster that resolves people to their acts,
// and counts each act's performers in from the sign-ins folded so far. A
// start replays a big log while the roster is still being read, then links
// it: the count is the same as an attendance made with the roster from the start.
func (a *Attendance) UseRoster(r *Roster) {
	if r == nil {
		r = &Roster{}
	}
	a.roster = r
	clear(a.actIn)
	for id, who := range a.people {
		if len(a.person(who).live) == 0 {
			continue
		}
		if p, ok := r.Person(id); ok && p.ActID != "" {
			a.actIn[p.ActID]++
		}
	}
}

// ActArrivals reports how many of an act's performers on the roster are in:
// "3 of 8 arrived".
func (a *Attendance) ActArrivals(actID string) (arrived, expected int) {
	return a.actIn[actID], len(a.roster.byAct[actID])
}

// Records returns every record applied, in the order applied (each
// origin's in its own order), for export. Each
// call makes them anew, a whole Record for every line: to walk the log once,
// not on every frame.
func (a *Attendance) Records() []Record {
	out := make([]Record, len(a.lines))
	for i := range out {
		out[i] = a.record(int32(i))
	}
	return out
}

// Len is the number of records applied.
func (a *Attendance) Len() int { return len(a.lines) }

// Find returns the record with this sequence number among the records
// of the origin this attendance writes as (see WriteAs).
func (a *Attendance) Find(seq int64) (Record, bool) { return a.FindIn(a.own, seq) }

// FindIn returns the record of origin with this sequence number.
func (a *Attendance) FindIn(origin string, seq int64) (Record, bool) {
	i, ok := a.lineOf(origin, seq)
	if !ok {
		return Record{}, false
	}
	return a.record(i), true
}

// Undone reports whether the sign-in with this sequence number, of the
// origin this attendance writes as, was undone.
func (a *Attendance) Undone(seq int64) bool { return a.UndoneIn(a.own, seq) }

// UndoneIn reports whether the sign-in of origin with this sequence number
// was undone.
func (a *Attendance) UndoneIn(origin string, seq int64) bool {
	i, ok := a.lineOf(origin, seq)
	return ok && a.lines[i].flags&lineUndone != 0
}

// lineOf finds the line of origin with sequence number seq.
func (a *Attendance) lineOf(origin string, seq int64) (int32, bool) {
	o, ok := a.originIDs[origin]
	if !ok {
		return none, false
	}
	return a.find(o, seq)
}

// WalkIns returns the people registered at the desk who are still signed
// in, one each, in order of registration: with the roster they make the
// search index after a restart.
func (a *Attendance) WalkIns() []Person {
	n := 0
	for i := range a.lines {
		if a.lines[i].flags&(lineWalkIn|lineUndone) == lineWalkIn {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	// Room for every walk-in line standing: a few too many when some came
	// back in, rather than twice too many as growing would leave.
	out := make([]Person, 0, n)
	seen := make(map[string]bool, n)
	for i := range a.lines {
		ln := &a.lines[i]
		if ln.flags&(lineWalkIn|lineUndone) != lineWalkIn {
			continue
		}
		var id string
		if ln.flags&(lineUndo|lineWhole) == 0 && ln.who != none {
			id = a.person(ln.who).id
		} else {
			id = a.record(int32(i)).Person
		}
		if seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, a.record(int32(i)).walkInPerson())
	}
	return out
}
