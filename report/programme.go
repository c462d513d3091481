package report

import (
	"strconv"
	"strings"
	"time"

	"eventday/i18n"
	"eventday/program"
)

// ActRow is one act of the programme as it really ran, as attendance.json
// and the xlsx export give it. Times are nil for what did not happen (an
// act never on stage has no actual start) or has no plan (an act added on
// the day has no planned start).
type ActRow struct {
	Position       int        `json:"position"` // 1-based, in the running order of the day
	ID             string     `json:"id"`
	Title          string     `json:"title"`  // as on the day
	Status         string     `json:"status"` // one of the Status… values
	Added          bool       `json:"added"`  // added on the day, not in the printed plan
	Edited         bool       `json:"edited"` // changed on the day (title, performers, length, lines)
	PlannedStart   *time.Time `json:"planned_start"`
	ActualStart    *time.Time `json:"actual_start"`
	PlannedSeconds int        `json:"planned_seconds"` // the printed length; an added act's own
	ActualSeconds  *int       `json:"actual_seconds"`  // time on stage, holds left out; nil if never on
	GivenSeconds   int        `json:"given_seconds"`   // time given (or, negative, taken) on the spot
	HeldSeconds    int        `json:"held_seconds"`    // time on hold while it was on stage
}

// The values of ActRow.Status.
const (
	StatusDone    = "done"
	StatusSkipped = "skipped"
	StatusNoShow  = "no_show"
	StatusOnStage = "on_stage"
	StatusToCome  = "to_come"
)

// statusName is the export's word for an act's status.
func statusName(s program.Status) string {
	switch s {
	case program.Done:
		return StatusDone
	case program.Skipped:
		return StatusSkipped
	case program.NoShow:
		return StatusNoShow
	case program.Live:
		return StatusOnStage
	}
	return StatusToCome
}

// Programme gives the programme as it really ran as of now, in the running
// order of the day, for the exports.
func Programme(d Data, now time.Time) []ActRow {
	r := newShowRun(d, now)
	loc := d.Plan.Location
	out := make([]ActRow, 0, len(r.acts))
	at := func(t time.Time) *time.Time {
		if t.IsZero() {
			return nil
		}
		t = t.In(loc).Truncate(time.Second)
		return &t
	}
	for i := range r.acts {
		a := &r.acts[i]
		row := ActRow{
			Position: i + 1, ID: a.id, Title: a.title, Status: statusName(a.status),
			Added: a.added, Edited: a.edited,
			PlannedStart: at(a.planStart), ActualStart: at(a.start),
			PlannedSeconds: seconds(a.planned), GivenSeconds: seconds(a.extra), HeldSeconds: seconds(a.held),
		}
		if !a.start.IsZero() {
			s := seconds(a.ran)
			row.ActualSeconds = &s
		}
		out = append(out, row)
	}
	return out
}

func seconds(d time.Duration) int { return int(d.Round(time.Second) / time.Second) }

// ProgrammeTable is the programme as it really ran as the report shows it,
// for a page to print: the column headings, one row of cells per act (the
// title made safe and its phone numbers masked), the sentences under the
// table, and the incident notes.
type ProgrammeTable struct {
	Head    []string
	Rows    [][]string
	Summary []string
	Notes   []NoteLine
}

// NoteLine is an incident note: the time of day and the text, made safe.
type NoteLine struct {
	At   string
	Text string
}

// The columns of ProgrammeTable, in order.
const (
	ColNo = iota
	ColAct
	ColPlanned
	ColStart
	ColLength
	ColRan
	ColDiff
	ColNote
)

// ProgrammeTable gives the programme table in lang as of now.
func (d Data) ProgrammeTable(lang string, now time.Time) ProgrammeTable {
	t := &i18n.For(lang).Report
	loc := d.Plan.Location
	run := newShowRun(d, now)
	pt := ProgrammeTable{
		Head:    []string{t.ColNo, t.ColAct, t.ColPlanned, t.ColStart, t.ColLength, t.ColRan, t.ColDiff, t.ColNote},
		Rows:    programmeRows(t, run, loc),
		Summary: run.summary(t, loc),
	}
	for _, n := range run.notes {
		pt.Notes = append(pt.Notes, NoteLine{At: hhmm(n.At, loc), Text: shown(n.Text)})
	}
	return pt
}

// programmeRows gives the cells of the programme table, one row an act:
// number, title, planned and actual start, planned and actual length, the
// difference, and the note. The title is made safe; the rest is the
// report's own text.
func programmeRows(t *i18n.Report, run *showRun, loc *time.Location) [][]string {
	rows := make([][]string, len(run.acts))
	for i := range run.acts {
		a := &run.acts[i]
		row := []string{strconv.Itoa(i + 1), shown(a.title), hhmm(a.planStart, loc), hhmm(a.start, loc), Length(a.planned), "", "", strings.Join(a.note(t), t.ListSep)}
		if !a.start.IsZero() {
			row[ColRan] = Length(a.ran)
			if a.status == program.Done {
				row[ColDiff] = Signed(a.over())
			}
		}
		rows[i] = row
	}
	return rows
}
