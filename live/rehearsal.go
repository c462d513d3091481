package live

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"eventday/checkin"
	"eventday/journal"
)

// RehearsalDir is the folder of an event folder that a rehearsal writes
// its journals in (show.jsonl and attendance.jsonl of its own). The show's
// journals beside event.yaml are never touched by a rehearsal, and export,
// report and check read only those: a run-through on the morning of the
// day, or the day before, never becomes the show's record.
const RehearsalDir = "rehearsal"

// earlierPrefix names the folders in RehearsalDir that a fresh rehearsal
// moves the earlier one's journals into.
const earlierPrefix = "earlier-"

// setRehearsalAside moves the journals of the rehearsal in logs (and the
// torn tails set aside from them) into a new folder of logs named for
// now (on the event's clock), and returns that folder; "" when there was nothing to move. Nothing
// is deleted: an earlier rehearsal stays there to be looked at.
func setRehearsalAside(logs string, now time.Time) (string, error) {
	var names []string
	for _, j := range []string{ShowLog, checkin.AttendanceFile} {
		for _, name := range []string{j, j + journal.SetAsideSuffix} {
			if _, err := os.Stat(filepath.Join(logs, name)); err == nil {
				names = append(names, name)
			} else if !errors.Is(err, os.ErrNotExist) {
				return "", err
			}
		}
	}
	if len(names) == 0 {
		return "", nil
	}
	aside := filepath.Join(logs, earlierPrefix+now.Format("20060102-150405"))
	for n := 2; ; n++ {
		err := os.Mkdir(aside, 0o700)
		if err == nil {
			break
		}
		if !errors.Is(err, os.ErrExist) {
			return "", err
		}
		aside = filepath.Join(logs, fmt.Sprintf("%s%s-%d", earlierPrefix, now.Format("20060102-150405"), n))
	}
	for _, name := range names {
		if err := os.Rename(filepath.Join(logs, name), filepath.Join(aside, name)); err != nil {
			return "", fmt.Errorf("setting the rehearsal aside: %w", err)
		}
	}
	return aside, nil
}

// Rehearsal reports whether the event was opened for a rehearsal.
func (e *Event) Rehearsal() bool { return e.rehearsal }

// SetAside is where a fresh rehearsal moved the earlier one's journals;
// "" when it moved nothing or the event was not opened fresh.
func (e *Event) SetAside() string { return e.aside }
