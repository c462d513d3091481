package live

import (
	"fmt"
	"path/filepath"

	"eventday/checkin"
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
}

// Read reads the event folder dir without locking or changing it. A torn
// last line (a crash, or a write in progress in the app) is left out with a
// warning; any other damage is an error wrapping ErrBadInput.
func Read(dir string) (*Folder, error) {
	ev, err := program.LoadEvent(dir)
	if err != nil {
		return nil, bad(err)
	}
	showC, show, err := replayShow(filepath.Join(dir, ShowLog), ev)
	if err != nil {
		return nil, err
	}
	roster, attC, log, err := loadAttendance(dir, ev)
	if err != nil {
		return nil, err
	}
	st := show.State()
	st.Presence = presence(st, log)
	f := &Folder{Dir: dir, Event: ev, Show: st, Roster: roster, Log: log}
	for _, j := range []struct {
		name string
		c    *journal.Contents
	}{{ShowLog, showC}, {checkin.AttendanceFile, attC}} {
		if len(j.c.Torn) > 0 {
			f.Warnings = append(f.Warnings, fmt.Sprintf("%s:%d: an unfinished last line was left out", j.name, j.c.TornLine()))
		}
	}
	return f, nil
}
