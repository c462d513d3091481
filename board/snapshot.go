// Package board is the board: the read-only screen of what is on now and
// next, for the performers' corner and the MC. It holds the board's
// snapshot (plain data, in no language), the web page that shows it on a
// television's browser and keeps it current with server-sent events, and a
// plain text rendering of it for a terminal.
//
// The board hangs where anyone can read it, so it shows less than the
// Stage: no phone number, no roster, no MC's lines.
package board

import (
	"encoding/json"
	"time"

	"eventday/checkin"
	"eventday/inert"
	"eventday/program"
)

// Snapshot is everything the board shows at one moment, and nothing more.
// Texts from the event's files are safe to show on one line (inert) with
// their phone numbers masked; the words around them are the renderer's, in
// its reader's language.
type Snapshot struct {
	Event    string        // the event's name
	Now      time.Time     // the moment, in the event's zone, to the millisecond
	Phase    program.Phase // not started, on, on hold, or over
	Ended    time.Time     // when the show ended; zero before
	Live     *LiveAct      // the act on stage; nil when none is
	Next     *NextAct      // the act GO starts next; nil when none is left
	Calls    []Call        // who must come now, soonest first
	People   int           // people signed in at the desk
	Capacity int           // the event's capacity; zero when it has none
}

// LiveAct is the act on stage.
type LiveAct struct {
	Title      string
	Performers string
	Length     time.Duration // planned, with the time given on the spot
	Elapsed    time.Duration // on stage so far, holds left out
	Remaining  time.Duration // Length less Elapsed; negative once it overruns
	Over       bool          // its time is up: Remaining is zero or less
}

// NextAct is the act on standby.
type NextAct struct {
	Title      string
	Performers string
	Expected   time.Time // the plan plus the drift so far
}

// Call is an act whose performers must come now: to the waiting area, or
// on to the wings.
type Call struct {
	Kind       program.AlertKind // CallNow, ToWings, or NotHere (nobody of it has signed in)
	Title      string
	Performers string
	In         time.Duration // until its expected start; zero or more
}

// Soon is how close to its start an act is said to be on next rather than
// on in so many minutes: the Stage says it the same way.
const Soon = 30 * time.Second

// Minutes is about how many minutes until the act is on, never less than
// one; zero when it is on next.
func (c Call) Minutes() int {
	if c.In < Soon {
		return 0
	}
	return max(int(c.In.Round(time.Minute)/time.Minute), 1)
}

// Event is what the board reads of the open event: the show, the desk's
// totals, the event's clock, and a signal after every change. The event's
// owner (live.Event) is one.
type Event interface {
	Show() *program.ShowState
	Totals() checkin.Totals
	Now() time.Time
	Subscribe() (<-chan struct{}, func())
}

// Of is the board of an open event now.
func Of(e Event) Snapshot { return Take(e.Show(), e.Totals(), e.Now()) }

// Take is the board of the show at now, with totals from the desk. It
// reads the show through program's own timing (remaining time, expected
// starts, call alerts), so the board and the Stage never disagree.
func Take(show *program.ShowState, totals checkin.Totals, now time.Time) Snapshot {
	loc := show.Plan.Location
	// Cues are stamped to the millisecond; so is the board, so that the
	// page's countdown, which counts in milliseconds, rounds as it does.
	now = now.Truncate(time.Millisecond).In(loc)
	s := Snapshot{
		Event:    shown(show.Plan.Name),
		Now:      now,
		Phase:    show.Phase(),
		People:   totals.People,
		Capacity: show.Plan.Capacity,
	}
	if s.Phase == program.Over {
		s.Ended = show.Finished.In(loc)
	}
	if a := show.Live(); a != nil {
		left := show.Remaining(now)
		s.Live = &LiveAct{
			Title:      shown(a.Title),
			Performers: shown(a.Performers),
			Length:     a.Length(),
			Elapsed:    show.Elapsed(a, now),
			Remaining:  left,
			Over:       left <= 0,
		}
	}
	if i := show.NextIdx(); i >= 0 && s.Phase != program.Over {
		a := &show.Acts[i]
		s.Next = &NextAct{Title: shown(a.Title), Performers: shown(a.Performers), Expected: show.Expected(now)[i].In(loc)}
	}
	for _, al := range show.Alerts(now) {
		if al.Idx < 0 || al.Idx >= len(show.Acts) {
			continue
		}
		a := &show.Acts[al.Idx]
		s.Calls = append(s.Calls, Call{Kind: al.Kind, Title: shown(a.Title), Performers: shown(a.Performers), In: al.In})
	}
	return s
}

// shown is text from the event's files as the board shows it: on one line,
// nothing in it that acts on a terminal, and every phone number masked.
func shown(s string) string { return checkin.MaskPhones(inert.Text(s)) }

// The snapshot as JSON, for the page's script: whole milliseconds for the
// spans it counts on by itself, and clock times as the board prints them
// (HH:MM in the event's zone), so that an old browser parses no dates.
type (
	wire struct {
		Event    string     `json:"event"`
		Now      time.Time  `json:"now"`
		ClockMS  int64      `json:"clock_ms"` // since midnight, in the event's zone
		Phase    string     `json:"phase"`
		Ended    string     `json:"ended,omitempty"`
		Live     *wireLive  `json:"live"`
		Next     *wireNext  `json:"next"`
		Calls    []wireCall `json:"calls"`
		People   int        `json:"people"`
		Capacity int        `json:"capacity"`
	}
	wireLive struct {
		Title       string `json:"title"`
		Performers  string `json:"performers"`
		LengthMS    int64  `json:"length_ms"`
		ElapsedMS   int64  `json:"elapsed_ms"`
		RemainingMS int64  `json:"remaining_ms"`
		Over        bool   `json:"over"`
	}
	wireNext struct {
		Title      string `json:"title"`
		Performers string `json:"performers"`
		Expected   string `json:"expected"`
	}
	wireCall struct {
		Kind       string `json:"kind"`
		Title      string `json:"title"`
		Performers string `json:"performers"`
		InMS       int64  `json:"in_ms"`
		Minutes    int    `json:"minutes"` // 0: on next
	}
)

// phaseNames and kindNames are the phases and call kinds as the JSON names
// them.
var (
	phaseNames = map[program.Phase]string{program.NotStarted: "not-started", program.Running: "on", program.OnHold: "hold", program.Over: "over"}
	kindNames  = map[program.AlertKind]string{program.CallNow: "call", program.ToWings: "wings", program.NotHere: "missing"}
)

// MarshalJSON writes the snapshot as the page's script reads it.
func (s Snapshot) MarshalJSON() ([]byte, error) {
	w := wire{
		Event:    s.Event,
		Now:      s.Now,
		ClockMS:  sinceMidnight(s.Now).Milliseconds(),
		Phase:    phaseNames[s.Phase],
		Ended:    hhmm(s.Ended),
		Calls:    make([]wireCall, len(s.Calls)),
		People:   s.People,
		Capacity: s.Capacity,
	}
	if a := s.Live; a != nil {
		w.Live = &wireLive{a.Title, a.Performers, a.Length.Milliseconds(), a.Elapsed.Milliseconds(), a.Remaining.Milliseconds(), a.Over}
	}
	if n := s.Next; n != nil {
		w.Next = &wireNext{n.Title, n.Performers, hhmm(n.Expected)}
	}
	for i, c := range s.Calls {
		w.Calls[i] = wireCall{kindNames[c.Kind], c.Title, c.Performers, c.In.Milliseconds(), c.Minutes()}
	}
	return json.Marshal(w)
}

// sinceMidnight is the time of day of t on its own clock.
func sinceMidnight(t time.Time) time.Duration {
	h, m, s := t.Clock()
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(s)*time.Second + time.Duration(t.Nanosecond())
}
