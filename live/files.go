package live

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"eventday/checkin"
	"eventday/journal"
	"eventday/platform"
	"eventday/program"
)

// writtenFiles are the files eventday writes in an event folder: the logs,
// the files their torn last lines are set aside in, and the lock.
func writtenFiles() []string {
	return []string{
		ShowLog, ShowLog + journal.SetAsideSuffix,
		checkin.AttendanceFile, checkin.AttendanceFile + journal.SetAsideSuffix,
		LockFile,
	}
}

// checkWritten refuses a folder in which a file eventday writes is a link
// (to ~/.bashrc, say, in a folder that came in a zip or on a USB stick), a
// folder or a device, before anything reads or writes it. The error names
// every such file and wraps ErrBadInput.
func checkWritten(dir string) error {
	var errs []error
	for _, name := range writtenFiles() {
		if err := platform.CheckPlain(filepath.Join(dir, name)); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) > 0 {
		return bad(errors.Join(errs...))
	}
	return nil
}

// Owns reports whether path is one of the event folder's own files (the
// programme, the roster, the act spreadsheet, the logs, the set-aside files,
// the lock, the journals of other gates in gates/), and which: the same file by its identity, however path reaches
// it (a link, "..", a hard link), or a name in the folder that eventday
// would write later. A file written to path would destroy it.
func (f *Folder) Owns(path string) (string, bool) {
	names := append([]string{program.EventFile, checkin.RosterFile, checkin.RosterWorkbook}, writtenFiles()...)
	if f.Plan.ActsFile != "" {
		names = append(names, f.Plan.ActsFile)
	}
	for _, o := range f.Attendance.Origins() {
		if o.Origin != f.Attendance.Own() {
			names = append(names, filepath.FromSlash(GateFile(o.Origin)))
		}
	}
	target, targetErr := os.Stat(path)
	parent, parentErr := os.Stat(filepath.Dir(path))
	folder, folderErr := os.Stat(f.Dir)
	inFolder := parentErr == nil && folderErr == nil && os.SameFile(parent, folder)
	for _, name := range names {
		if inFolder && strings.EqualFold(filepath.Base(path), name) {
			return name, true
		}
		if own, err := os.Stat(filepath.Join(f.Dir, name)); err == nil && targetErr == nil && os.SameFile(own, target) {
			return name, true
		}
	}
	return "", false
}
