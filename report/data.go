// Package report renders the run report of an event: attendance and the
// programme as it really ran, as text for the terminal, as Markdown, and
// for the Summary tab, and the programme table the papers and the export
// print. It joins the attendance (checkin) and the show (program), which
// is why it is a package of its own. It renders plain data and touches no
// file; the attendance export is package export's.
package report

import (
	"time"

	"eventday/checkin"
	"eventday/program"
)

// Data is what the run report is made of: the programme, the show as it
// stands, and the desk's counts. DataOf makes it from a folder read from
// disk; FromEvent from an open event, for the Summary tab.
type Data struct {
	Plan       *program.Plan
	Show       *program.ShowState
	Totals     checkin.Totals
	ByCategory []checkin.CategoryCount
	Arrivals   []checkin.Arrival
	// Conflicts are the people signed in at two gates, counted once;
	// Gates the origins of the log, each with its entries. A report of one
	// laptop has neither section.
	Conflicts []checkin.Conflict
	Gates     []checkin.OriginCount
}

// DataOf gives the report's data of the show state show and the
// attendance att: those of a folder read from disk.
func DataOf(show *program.ShowState, att *checkin.Attendance) Data {
	return Data{
		Plan:       show.Plan,
		Show:       show,
		Totals:     att.Totals(),
		ByCategory: att.ByCategory(),
		Arrivals:   att.Arrivals(),
		Conflicts:  att.Conflicts(),
		Gates:      att.Origins(),
	}
}

// Snapshots is what FromEvent needs of an open event: the owner of the
// open event has it, and so may a view's backend.
type Snapshots interface {
	Show() *program.ShowState
	DeskState() *checkin.DeskState
}

// FromEvent gives the report's data of an open event from the snapshots it
// hands out, so a view can show the report live without touching the log.
func FromEvent(e Snapshots) Data {
	show, desk := e.Show(), e.DeskState()
	return Data{
		Plan:       show.Plan,
		Show:       show,
		Totals:     desk.Totals,
		ByCategory: desk.ByCategory,
		Arrivals:   desk.Arrivals,
		Conflicts:  desk.Conflicts,
		Gates:      desk.Origins,
	}
}

// Quarter is the length of one bar of arrivals.
const Quarter = 15 * time.Minute

// maxFilled is the longest span of arrivals whose empty quarter hours are
// filled in: a day. A stray test sign-in a week before the event would
// otherwise bring hundreds of empty rows.
const maxFilled = 24 * time.Hour

// Quarters gives arrivals per quarter hour with the empty quarter hours
// between the first and the last filled in as zero, so the bars are a true
// time axis; beyond a day's span only the quarter hours with arrivals.
func Quarters(arr []checkin.Arrival) []checkin.Arrival {
	if len(arr) < 2 || arr[len(arr)-1].Start.Sub(arr[0].Start) > maxFilled {
		return arr
	}
	out := make([]checkin.Arrival, 0, int(arr[len(arr)-1].Start.Sub(arr[0].Start)/Quarter)+1)
	next := arr[0].Start
	for _, a := range arr {
		for next.Before(a.Start) {
			out = append(out, checkin.Arrival{Start: next})
			next = next.Add(Quarter)
		}
		out = append(out, a)
		next = a.Start.Add(Quarter)
	}
	return out
}
