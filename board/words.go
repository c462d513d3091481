package board

import (
	"fmt"
	"time"

	"eventday/i18n"
	"eventday/program"
)

// Words is a snapshot as the board says it in one language: what the web
// page and the terminal print. The page's script says the same from the
// JSON between two snapshots (page.js), by the same rules.
type Words struct {
	Event string
	Clock string // HH:MM
	Phase string
	Class string // the phase for the page's style: not-started, on, hold, over

	Live      bool
	Over      bool
	NowNone   string // in place of the live act when none is on
	NowTitle  string
	NowWho    string
	NowTime   string // time left, or time over
	NowSpan   string // elapsed of length
	NextTitle string
	NextWho   string
	NextAt    string
	NextNone  string // in place of the next act when none is left
	Calls     []CallWords
	People    string
}

// CallWords is one call: who, for which act, and what and when.
type CallWords struct {
	Who, Act, Note string
	Class          string // the call's kind for the page's style: call, wings, missing
}

// Say words the snapshot in t's language.
func Say(s Snapshot, t *i18n.Board) Words {
	w := Words{
		Event: s.Event,
		Clock: hhmm(s.Now),
		Class: phaseNames[s.Phase],
	}
	switch s.Phase {
	case program.NotStarted:
		w.Phase, w.NowNone = t.PhaseNotStarted, t.NotStarted
	case program.Running:
		w.Phase, w.NowNone = t.PhaseOn, t.NothingLive
	case program.OnHold:
		w.Phase, w.NowNone = t.PhaseHold, t.NothingLive
	case program.Over:
		w.Phase, w.NowNone = t.PhaseOver, fmt.Sprintf(t.ShowOver, hhmm(s.Ended))
	}
	if a := s.Live; a != nil {
		w.Live, w.Over = true, a.Over
		w.NowTitle, w.NowWho = a.Title, a.Performers
		if a.Over {
			w.NowTime = fmt.Sprintf(t.Over, stopwatch(-a.Remaining))
		} else {
			w.NowTime = fmt.Sprintf(t.Left, countdown(a.Remaining))
		}
		w.NowSpan = fmt.Sprintf(t.Elapsed, stopwatch(a.Elapsed), stopwatch(a.Length))
	}
	if n := s.Next; n != nil {
		w.NextTitle, w.NextWho = n.Title, n.Performers
		w.NextAt = fmt.Sprintf(t.ExpectedAt, hhmm(n.Expected))
	} else {
		w.NextNone = t.NoNext
	}
	for _, c := range s.Calls {
		cw := CallWords{Who: c.Performers, Act: c.Title, Class: kindNames[c.Kind]}
		if cw.Who == "" {
			cw.Who, cw.Act = c.Title, ""
		}
		when := t.CallNext
		if m := c.Minutes(); m > 0 {
			when = fmt.Sprintf(t.CallIn, m)
		}
		switch c.Kind {
		case program.ToWings:
			cw.Note = t.CallWings + " · " + when
		case program.NotHere:
			cw.Note = t.CallMissing + " · " + when
		default:
			cw.Note = when
		}
		w.Calls = append(w.Calls, cw)
	}
	if s.Capacity > 0 {
		w.People = fmt.Sprintf(t.PeopleOf, s.People, s.Capacity)
	} else {
		w.People = fmt.Sprintf(t.People, s.People)
	}
	return w
}

// hhmm is a time of day as the board shows it; empty for no time.
func hhmm(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("15:04")
}

// stopwatch is a span as a stopwatch shows it, whole seconds down: 4:05,
// 12:30, 1:02:03. The sign is the caller's to say.
func stopwatch(d time.Duration) string {
	s := int64(d / time.Second)
	if s < 0 {
		s = -s
	}
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// countdown is time left, rounded up to the second: it reads 5:00 as an
// act of five minutes starts and 0:00 only as its time is up, and with
// the elapsed time it always makes the length.
func countdown(d time.Duration) string {
	return stopwatch((d + time.Second - 1).Truncate(time.Second))
}
