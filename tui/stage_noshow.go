package tui

import (
	"fmt"

	"eventday/program"
)

// This file is the Stage's watch on acts marked no-show: when one of
// their performers signs in at the desk, the stage manager may want the
// act back. The desk's sign-in changes only a count on the Stage; this
// says who came, for which act, on the alert line and in the list of calls
// (and on the Stage's tab while another view is in front), until b puts
// the act back or esc lets it be.

// arrival is a performer of an act marked no-show who signed in after the
// mark.
type arrival struct {
	act  string // the act's id
	name string
}

// noShowWatch is who of each act marked no-show has signed in, as last
// seen, and the arrivals not yet acted on, oldest first.
type noShowWatch struct {
	in       map[string]map[string]int // act id → names signed in → how many of that name
	arrivals []arrival
	unseen   bool // an arrival came while another view was in front
}

// watchNoShows compares who of each act marked no-show has signed in with
// what it saw last, after every change to the event. An act first seen
// as no-show is taken as it is: only sign-ins after that are news.
func (s *stage) watchNoShows() {
	w := &s.noShows
	if w.in == nil {
		w.in = map[string]map[string]int{}
	}
	marked := map[string]bool{}
	for i := range s.show.Acts {
		a := &s.show.Acts[i]
		if a.Status != program.NoShow {
			continue
		}
		marked[a.ID] = true
		p := s.show.PresenceOf(a.ID)
		before, watched := w.in[a.ID]
		if watched && p.Arrived == count(before) {
			continue
		}
		now := s.namesIn(a.ID, p)
		w.in[a.ID] = now
		if !watched {
			continue
		}
		for name, n := range now {
			for range n - before[name] {
				w.arrivals = append(w.arrivals, arrival{act: a.ID, name: name})
				w.unseen = true
			}
		}
	}
	for id := range w.in {
		if !marked[id] {
			delete(w.in, id)
		}
	}
	kept := w.arrivals[:0]
	for _, ar := range w.arrivals {
		if marked[ar.act] {
			kept = append(kept, ar)
		}
	}
	w.arrivals = kept
	if len(kept) == 0 {
		w.unseen = false
	}
}

// namesIn asks the owner who of an act has signed in; nobody when its
// presence says so, without asking.
func (s *stage) namesIn(actID string, p program.Presence) map[string]int {
	out := map[string]int{}
	if p.Arrived == 0 {
		return out
	}
	for _, perf := range s.env.b.Performers(actID) {
		if perf.In {
			out[perf.Name]++
		}
	}
	return out
}

func count(m map[string]int) int {
	n := 0
	for _, c := range m {
		n += c
	}
	return n
}

// arrivalText is the words of the oldest arrival, or "" when there is none.
func (s *stage) arrivalText() string {
	w := &s.noShows
	if len(w.arrivals) == 0 {
		return ""
	}
	ar := w.arrivals[0]
	i := s.show.Find(ar.act)
	if i < 0 {
		return ""
	}
	t, k := s.env.t.Stage, s.keys
	text := fmt.Sprintf(t.NoShowArrived, s.env.shown(ar.name), s.actText(&s.show.Acts[i], s.show.Acts[i].Title),
		k.PutBack.Help().Key, k.LetBe.Help().Key)
	if n := len(w.arrivals) - 1; n > 0 {
		text += " · " + fmt.Sprintf(t.NoShowMore, n)
	}
	return text
}

// putBack puts the act of the oldest arrival back in the running order.
func (s *stage) putBack() *program.Cue {
	if len(s.noShows.arrivals) == 0 {
		return nil
	}
	return &program.Cue{Kind: program.KindRestore, Act: s.noShows.arrivals[0].act}
}

// letBe takes the oldest arrival's act off the alerts, leaving it no-show.
func (s *stage) letBe() {
	w := &s.noShows
	if len(w.arrivals) == 0 {
		return
	}
	act := w.arrivals[0].act
	kept := w.arrivals[:0]
	for _, ar := range w.arrivals {
		if ar.act != act {
			kept = append(kept, ar)
		}
	}
	w.arrivals = kept
	if len(kept) == 0 {
		w.unseen = false
	}
}

// Badge marks the Stage's tab while another view is in front and a
// performer of an act marked no-show has signed in since.
func (s *stage) Badge() bool { return s.noShows.unseen }

// Seen says that the Stage is in front: its alert line shows the arrival.
func (s *stage) Seen() { s.noShows.unseen = false }
