package live

import (
	"errors"
	"path/filepath"
	"slices"
	"time"

	"eventday/checkin"
	"eventday/input"
	"eventday/journal"
	"eventday/program"
)

// Folder is a folder snapshot: an event folder as read without its lock, for the export and the
// report: they only read, so they work while the app has the folder open.
type Folder struct {
	Dir        string
	Plan       *program.Plan
	Show       *program.ShowState
	Roster     *checkin.Roster
	Attendance *checkin.Attendance
	Warnings   []Warning // last lines left out

	replayed *program.Show
	// The line of each cue of replayed and of each record of
	// attendance.jsonl, in order; then the records of each journal of
	// gates/, in Attendance after those of attendance.jsonl.
	showLines, attLines []int
	gates               []gateLines
}

// gateLines are the line numbers of a journal of gates/.
type gateLines struct {
	file  string
	lines []int
}

// Read reads the event folder dir without locking or changing it, the
// records received from other gates (gates/) with attendance.jsonl, so
// that every command counts every gate. A torn
// or unreadable last line (a crash, or a write in progress in the app) is
// left out with a warning; any other damage is an error wrapping
// ErrBadInput, naming every journal that does not fit.
func Read(dir string) (*Folder, error) {
	plan, err := program.LoadPlan(dir)
	if err != nil {
		return nil, bad(err)
	}
	if err := checkWritten(dir); err != nil {
		return nil, err
	}
	showC, replayed, showErr := replayShow(filepath.Join(dir, ShowLog), plan)
	roster, attC, att, gates, attErr := loadAttendance(dir, dir, plan, loading{anyOrigin: true, gates: true})
	if showErr != nil || attErr != nil {
		return nil, errors.Join(showErr, attErr)
	}
	show := replayed.State()
	show.Presence = presence(show, att)
	f := &Folder{Dir: dir, Plan: plan, Show: show, Roster: roster, Attendance: att, replayed: replayed,
		showLines: lineNumbers(showC), attLines: lineNumbers(attC)}
	attC.Release()
	for _, j := range []struct {
		name string
		c    *journal.Contents
	}{{ShowLog, showC}, {checkin.AttendanceFile, attC}} {
		if w, ok := tailWarning(j.name, j.c, false); ok {
			f.Warnings = append(f.Warnings, w)
		}
	}
	for _, g := range gates {
		f.gates = append(f.gates, gateLines{file: g.file, lines: lineNumbers(g.c)})
		if w, ok := tailWarning(g.file, g.c, false); ok {
			f.Warnings = append(f.Warnings, w)
		}
	}
	return f, nil
}

// lineNumbers lists the number of every line of c: after a replay that took
// them all, the line of each record in turn.
func lineNumbers(c *journal.Contents) []int {
	nos := make([]int, len(c.Lines))
	for i, l := range c.Lines {
		nos[i] = l.No
	}
	return nos
}

// TimeDoubts lists the lines of both logs whose times a person should look
// at: dated after now (the computer's clock was ahead when they were
// written), or before a line above them (the clock went back). They are
// read as written all the same; eventday check shows them.
func (f *Folder) TimeDoubts(now time.Time) []Warning {
	cues := f.replayed.Cues()
	written := make([]time.Time, len(cues))
	for i, c := range cues {
		written[i] = c.At
	}
	out := timeDoubts(ShowLog, f.showLines, written, now)
	recs := f.Attendance.Records()
	written = make([]time.Time, len(recs))
	for i, r := range recs {
		written[i] = r.At
		if r.RecordedAt != nil {
			written[i] = *r.RecordedAt
		}
	}
	n := len(f.attLines)
	out = append(out, timeDoubts(checkin.AttendanceFile, f.attLines, written[:n], now)...)
	for _, g := range f.gates {
		out = append(out, timeDoubts(g.file, g.lines, written[n:n+len(g.lines)], now)...)
		n += len(g.lines)
	}
	return out
}

// FileWarnings are the warnings of reading the programme and the roster
// (see Event.FileWarnings).
func (f *Folder) FileWarnings() input.Errors { return fileWarnings(f.Plan, f.Roster) }

// fileWarnings are the warnings of reading the programme and the roster.
func fileWarnings(plan *program.Plan, r *checkin.Roster) input.Errors {
	return append(slices.Clone(plan.Warnings), r.Warnings...)
}
