package checkin

import "time"

// DeskState is what the sign-in desk shows, copied out of the attendance:
// plain data that a view may keep and read while the attendance changes.
type DeskState struct {
	Desk       string
	Capacity   int // 0 when the event has none
	Totals     Totals
	ByCategory []CategoryCount
	Recent     []Record // the latest standing sign-ins, newest first
	// LastHere is when this desk's latest standing sign-in arrived; zero
	// when it has none.
	LastHere   time.Time
	Arrivals   []Arrival
	RosterSize int
	// Conflicts are the people signed in at two gates (see Conflict);
	// Origins the gates whose records the log holds.
	Conflicts []Conflict
	Origins   []OriginCount
}

// RecentShown is how many recent sign-ins a DeskState carries.
const RecentShown = 5

// DeskState copies out what the desk named desk shows: the counts, the
// latest sign-ins and this desk's last one; capacity and rosterSize are
// the event's, for the gauge.
func (a *Attendance) DeskState(desk string, capacity, rosterSize int) *DeskState {
	return &DeskState{
		Desk:       desk,
		Capacity:   capacity,
		Totals:     a.Totals(),
		ByCategory: a.ByCategory(),
		Recent:     a.Recent(RecentShown),
		LastHere:   lastAt(a.RecentAt(desk, 1)),
		Arrivals:   a.Arrivals(),
		RosterSize: rosterSize,
		Conflicts:  a.Conflicts(),
		Origins:    a.Origins(),
	}
}

func lastAt(recs []Record) time.Time {
	if len(recs) == 0 {
		return time.Time{}
	}
	return recs[0].At
}

// DeskMatch is a search result with whether the person is in already.
type DeskMatch struct {
	Match
	In       bool
	SignedIn SignedIn
}

// Matches gives search results with whether each person is in already.
func (a *Attendance) Matches(ms []Match) []DeskMatch {
	out := make([]DeskMatch, len(ms))
	for i, m := range ms {
		out[i].Match = m
		out[i].SignedIn, out[i].In = a.Status(m.Person.ID)
	}
	return out
}

// TeamMatch is a team found by a search, with how many of its members are
// in.
type TeamMatch struct {
	*Team
	In int
}

// TeamMatches gives teams found by a search with how many of each one's
// members are in.
func (a *Attendance) TeamMatches(ts []*Team) []TeamMatch {
	out := make([]TeamMatch, len(ts))
	for i, t := range ts {
		out[i].Team = t
		for _, p := range t.Members {
			if _, in := a.Status(p.ID); in {
				out[i].In++
			}
		}
	}
	return out
}
