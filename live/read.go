package live

import (
	"errors"
	"fmt"
	"path/filepath"
	"slices"

	"eventday/checkin"
	"eventday/input"
	"eventday/journal"
	"eventday/program"
)

// Folder is an event folder as read without its lock, for the export and the
// report: they only read, so they work while the app has the folder open.
type Folder struct {
	Dir      string
	Event    *program.Event
	Show     *program.State
	Roster   *checkin.Roster
	Log      *checkin.Log
	Warnings []string // torn last lines left out

	torn []tornTail
}

// tornTail is a journal whose last line was cut short.
type tornTail struct {
	file string
	line int
}

// Read reads the event folder dir without locking or changing it. A torn
// last line (a crash, or a write in progress in the app) is left out with a
// warning; any other damage is an error wrapping ErrBadInput, naming every
// journal that does not fit.
func Read(dir string) (*Folder, error) {
	ev, err := program.LoadEvent(dir)
	if err != nil {
		return nil, bad(err)
	}
	showC, show, showErr := replayShow(filepath.Join(dir, ShowLog), ev)
	roster, attC, log, attErr := loadAttendance(dir, dir, ev)
	if showErr != nil || attErr != nil {
		return nil, errors.Join(showErr, attErr)
	}
	st := show.State()
	st.Presence = presence(st, log)
	f := &Folder{Dir: dir, Event: ev, Show: st, Roster: roster, Log: log}
	for _, j := range []struct {
		name string
		c    *journal.Contents
	}{{ShowLog, showC}, {checkin.AttendanceFile, attC}} {
		if len(j.c.Torn) > 0 {
			f.torn = append(f.torn, tornTail{j.name, j.c.TornLine()})
			f.Warnings = append(f.Warnings, fmt.Sprintf("%s:%d: an unfinished last line was left out", j.name, j.c.TornLine()))
		}
	}
	return f, nil
}

// Check reads the event folder dir as Read does and reports every problem,
// one a line. On success it returns a short summary, with a line for each
// torn last line the next start will set aside, and the warnings of
// reading the event's files (see Event.FileWarnings).
func Check(dir string) (summary string, warnings input.Errors, err error) {
	f, err := Read(dir)
	if err != nil {
		return "", nil, err
	}
	summary = fmt.Sprintf("%s: %d acts, %d cues; %d people on the roster, %d signed in",
		f.Event.Name, len(f.Event.Acts), f.Show.Seq, f.Roster.Len(), f.Log.Totals().People)
	for _, t := range f.torn {
		summary += fmt.Sprintf("\n%s:%d: the last line is cut short (a crash); the next start sets it aside in %s%s",
			t.file, t.line, t.file, journal.SetAsideSuffix)
	}
	return summary, fileWarnings(f.Event, f.Roster), nil
}

// fileWarnings are the warnings of reading the programme and the roster.
func fileWarnings(ev *program.Event, r *checkin.Roster) input.Errors {
	return append(slices.Clone(ev.Warnings), r.Warnings...)
}
