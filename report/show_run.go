package report

import (
	"fmt"
	"strings"
	"time"

	"eventday/i18n"
	"eventday/program"
)

// onTime is how far from the plan still counts as on time: nobody backstage
// acts on seconds, and the tui says "on time" within the same margin.
const onTime = 30 * time.Second

// actRun is one act of the programme as it ran.
type actRun struct {
	id        string
	title     string // as on the day, raw: show it through shown
	status    program.Status
	added     bool
	edited    bool          // changed on the day: title, performers, length or lines
	planStart time.Time     // zero for an act added on the day
	start     time.Time     // zero if it never went on
	planned   time.Duration // the printed length; an added act's own
	ran       time.Duration // on stage, holds left out
	extra     time.Duration // given (or taken) on the spot
	held      time.Duration

	// What was changed in the act on the day (an edit cue): its length
	// then (zero when it was not changed), and the printed title when
	// the title was.
	editedLength time.Duration
	printedTitle string
}

// over is how much longer than planned the act ran; zero for an act that
// did not go on.
func (a *actRun) over() time.Duration {
	if a.start.IsZero() {
		return 0
	}
	return a.ran - a.planned
}

// overran reports an act that went on and ran at least the margin longer
// than its printed length.
func (a *actRun) overran() bool { return a.over() >= onTime }

// showRun is the programme as it really ran, worked out once for every
// rendering of the report.
type showRun struct {
	acts      []actRun // in the running order of the day
	phase     program.Phase
	fromGo    bool      // planned times count from the first GO
	planStart time.Time // when the first act was planned to start
	planLen   time.Duration
	started   time.Time
	finished  time.Time
	ran       time.Duration // first GO to the end (or to now), holds included
	held      time.Duration
	notes     []program.Note
}

func newShowRun(d Data, now time.Time) *showRun {
	show := d.Show
	if show == nil {
		show = program.NewShow(d.Plan).State()
	}
	r := &showRun{phase: show.Phase(), started: show.Started, finished: show.Finished, notes: show.Notes}
	plan := show.PlannedStarts(now)
	r.fromGo = show.AnchoredAtFirstGo(now)
	r.planStart = show.Anchor(now)
	if r.phase == program.NotStarted && r.fromGo && !d.Plan.PlannedStart().IsZero() {
		// Before the show, on another day, the printed times are the plan
		// people know; they count from the first GO only once it is given.
		r.fromGo = false
		r.planStart = d.Plan.PlannedStart()
		t := r.planStart
		for _, a := range d.Plan.Acts {
			plan[a.ID] = t
			t = t.Add(a.Duration)
		}
	}
	printed := make(map[string]program.Act, len(d.Plan.Acts))
	for _, a := range d.Plan.Acts {
		printed[a.ID] = a
		r.planLen += a.Duration
	}
	for i := range show.Acts {
		a := &show.Acts[i]
		ar := actRun{
			id: a.ID, title: a.Title, status: a.Status, added: a.Added,
			planStart: plan[a.ID], start: a.Start,
			planned: a.Duration, ran: show.Elapsed(a, now), extra: a.Extra, held: a.Held,
		}
		if p, ok := printed[a.ID]; ok && !a.Added {
			ar.planned = p.Duration
			ar.edited = p != a.Act
			if a.Duration != p.Duration {
				ar.editedLength = a.Duration
			}
			if a.Title != p.Title {
				ar.printedTitle = p.Title
			}
		}
		if a.Added {
			ar.planStart = time.Time{}
		}
		if a.Status == program.Live && show.Holding() {
			ar.held += max(now.Sub(show.HoldSince), 0)
		}
		r.held += ar.held
		r.acts = append(r.acts, ar)
	}
	switch {
	case !show.Finished.IsZero():
		r.ran = show.Finished.Sub(show.Started)
	case !show.Started.IsZero():
		r.ran = max(now.Sub(show.Started), 0)
	}
	return r
}

// titles lists the titles of the acts for which keep is true, shown safely
// and joined by the language's separator.
func (r *showRun) titles(keep func(*actRun) bool, with func(*actRun) string) []string {
	var out []string
	for i := range r.acts {
		a := &r.acts[i]
		if keep(a) {
			s := shown(a.title)
			if with != nil {
				s += " " + with(a)
			}
			out = append(out, s)
		}
	}
	return out
}

// summary gives the sentences under the programme table: when the show
// began against the plan, how long it ran, overruns, acts taken out, holds.
func (r *showRun) summary(t *i18n.Report, loc *time.Location) []string {
	var out []string
	if r.phase == program.NotStarted {
		return append(out, t.NotStarted)
	}
	if r.fromGo {
		out = append(out, t.PlanFromGo)
	} else {
		out = append(out, fmt.Sprintf(t.FirstAct, hhmm(r.started, loc), hhmm(r.planStart, loc), lateness(t, r.started.Sub(r.planStart))))
	}
	if r.phase == program.Over {
		out = append(out, fmt.Sprintf(t.ShowRan, hhmm(r.started, loc), hhmm(r.finished, loc), Length(r.ran), Length(r.planLen), Signed(r.ran-r.planLen)))
	} else {
		out = append(out, fmt.Sprintf(t.ShowRunning, hhmm(r.started, loc), Length(r.ran), Length(r.planLen)))
	}
	lists := []struct {
		format string
		keep   func(*actRun) bool
		with   func(*actRun) string
	}{
		{t.Overruns, (*actRun).overran, func(a *actRun) string { return Signed(a.over()) }},
		{t.SkippedActs, func(a *actRun) bool { return a.status == program.Skipped }, nil},
		{t.NoShowActs, func(a *actRun) bool { return a.status == program.NoShow }, nil},
	}
	for _, l := range lists {
		if names := r.titles(l.keep, l.with); len(names) > 0 {
			out = append(out, fmt.Sprintf(l.format, strings.Join(names, t.ListSep)))
		}
	}
	if r.held > 0 {
		out = append(out, fmt.Sprintf(t.Holds, Length(r.held)))
	}
	return out
}

// note says what the table's last column says of an act: taken out, still
// to come, added on the day, time given, time on hold.
func (a *actRun) note(t *i18n.Report) []string {
	var out []string
	switch a.status {
	case program.Skipped:
		out = append(out, t.StSkipped)
	case program.NoShow:
		out = append(out, t.StNoShow)
	case program.Live:
		out = append(out, t.StLive)
	case program.Waiting, program.Called, program.Ready:
		out = append(out, t.StToCome)
	}
	if a.added {
		out = append(out, t.Added)
	}
	if a.printedTitle != "" {
		out = append(out, fmt.Sprintf(t.Retitled, shown(a.printedTitle)))
	}
	if a.editedLength != 0 {
		out = append(out, fmt.Sprintf(t.LengthChanged, Length(a.planned), Length(a.editedLength)))
	}
	if a.edited && a.printedTitle == "" && a.editedLength == 0 {
		// Changed in what the report does not show: the intro, the notes.
		out = append(out, t.Edited)
	}
	if a.extra != 0 && !a.start.IsZero() {
		out = append(out, fmt.Sprintf(t.Given, Signed(a.extra)))
	}
	if a.held > 0 {
		out = append(out, fmt.Sprintf(t.Held, Length(a.held)))
	}
	return out
}

// hhmm is a time of day in the event's zone; empty for no time.
func hhmm(t time.Time, loc *time.Location) string {
	if t.IsZero() {
		return ""
	}
	return t.In(loc).Format("15:04")
}

// Length is a span as a stopwatch shows it: 5:40, 1:13:05.
func Length(d time.Duration) string {
	if d < 0 {
		d = -d
	}
	s := int(d.Round(time.Second) / time.Second)
	if s >= 3600 {
		return fmt.Sprintf("%d:%02d:%02d", s/3600, s/60%60, s%60)
	}
	return fmt.Sprintf("%d:%02d", s/60, s%60)
}

// Signed is a difference against the plan: +0:40, -1:10, ±0:00.
func Signed(d time.Duration) string {
	switch d = d.Round(time.Second); {
	case d > 0:
		return "+" + Length(d)
	case d < 0:
		return "-" + Length(d)
	}
	return "±" + Length(d)
}

// lateness says how late or early something began, in whole minutes;
// within the margin it is on time.
func lateness(t *i18n.Report, d time.Duration) string {
	mins := func(d time.Duration) string {
		return fmt.Sprintf(t.Minutes, max(int(d.Abs().Round(time.Minute)/time.Minute), 1))
	}
	switch {
	case d >= onTime:
		return fmt.Sprintf(t.Late, mins(d))
	case d <= -onTime:
		return fmt.Sprintf(t.Early, mins(d))
	}
	return t.OnTime
}
