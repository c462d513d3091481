package paper

import (
	"fmt"
	"io"
	"strings"
	"time"

	"eventday/i18n"
	"eventday/inert"
	"eventday/live"
	"eventday/report"
)

// RunSheet is the run sheet (节目单, 串词本): the running order of the day
// with planned times (and actual ones once the show has run), each act's
// performers, length, contact and notes, and then the MC's lines in full,
// large. Phone numbers are in full: this paper is for the crew.
type RunSheet struct {
	Head      head
	T         *i18n.Paper
	Plan      string // first act at, call-ahead, planned end
	HasActual bool   // the show has begun: a column of actual starts
	Acts      []runAct
}

// runAct is one act of the run sheet, every text made safe.
type runAct struct {
	No         int
	Time       string // planned start
	Actual     string
	Title      string
	Status     string // skipped, no-show…; empty for an act on as planned
	Out        bool
	Performers string
	OnRoster   string // the roster's names linked to the act
	Length     string
	Contact    string
	Notes      string
	Intro      []string
}

// NewRunSheet makes the run sheet of a folder in lang as of now.
func NewRunSheet(f *live.Folder, lang string, now time.Time) *RunSheet {
	t := i18n.For(lang)
	p, r := &t.Paper, &t.Report
	d := report.DataOf(f.Show, f.Attendance)
	loc := f.Plan.Location
	rs := &RunSheet{Head: newHead(t, p.RunSheet, f.Plan, now), T: p}
	rows := report.Programme(d, now)
	var total time.Duration
	for i, row := range rows {
		a := &d.Show.Acts[i]
		ra := runAct{
			No: row.Position, Time: hhmm(row.PlannedStart, loc), Actual: hhmm(row.ActualStart, loc),
			Title: inert.Text(a.Title), Performers: inert.Text(a.Performers),
			Length:  report.Length(a.Duration),
			Contact: inert.Text(a.Contact), Notes: inert.Text(a.Notes),
			Intro: trimBlank(inert.Lines(a.Intro)),
		}
		switch row.Status {
		case report.StatusSkipped:
			ra.Status, ra.Out = r.StSkipped, true
		case report.StatusNoShow:
			ra.Status, ra.Out = r.StNoShow, true
		case report.StatusOnStage:
			ra.Status = r.StLive
		}
		if row.Added {
			ra.Status = strings.TrimPrefix(ra.Status+r.ListSep+r.Added, r.ListSep)
		}
		if !ra.Out {
			total += a.Duration
		}
		if f.Roster != nil {
			var names []string
			for _, who := range f.Roster.Performers(a.ID) {
				names = append(names, inert.Text(who.Name))
			}
			if len(names) > 0 {
				ra.OnRoster = fmt.Sprintf(p.OnRoster, strings.Join(names, r.ListSep))
			}
		}
		rs.HasActual = rs.HasActual || ra.Actual != ""
		rs.Acts = append(rs.Acts, ra)
	}
	var plan []string
	if len(rows) > 0 && rows[0].PlannedStart != nil {
		start := *rows[0].PlannedStart
		plan = append(plan, fmt.Sprintf(p.StartLine, hhmm(&start, loc)))
		end := start.Add(total)
		plan = append(plan, fmt.Sprintf(p.EndLine, report.Length(total), hhmm(&end, loc)))
	}
	if f.Plan.CallAhead > 0 {
		plan = append(plan, fmt.Sprintf(p.CallAhead, fmt.Sprintf(r.Minutes, int(f.Plan.CallAhead.Round(time.Minute)/time.Minute))))
	}
	rs.Plan = strings.Join(plan, " · ")
	return rs
}

// Write writes the run sheet as one HTML page.
func (rs *RunSheet) Write(w io.Writer) error { return render(w, "runsheet.tmpl", rs) }

// trimBlank drops the empty lines before and after the text.
func trimBlank(lines []string) []string {
	for len(lines) > 0 && strings.TrimSpace(lines[0]) == "" {
		lines = lines[1:]
	}
	for len(lines) > 0 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}
