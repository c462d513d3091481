package checkin

import (
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"syscall"
)

// NotSavedError is a record the attendance log did not take: the write or
// its flush to disk failed (the disk is full, the folder is gone). Nothing
// was counted, the owner carries on, and the same change can be tried
// again.
type NotSavedError struct {
	File string // the log, AttendanceFile
	Err  error  // what the write returned
}

// Error gives "attendance.jsonl: not saved: " and the write's error.
func (e *NotSavedError) Error() string {
	return fmt.Sprintf("%s: not saved: %v", e.File, e.Err)
}

// Unwrap gives the write's error.
func (e *NotSavedError) Unwrap() error { return e.Err }

// Reason is what failed in the system's own words, for a person to act
// on: see SystemWords.
func (e *NotSavedError) Reason() string { return SystemWords(e) }

// SystemWords is the system's own words for what failed ("no space left on
// device", "read-only file system") with the file it failed on
// ("attendance.jsonl: no space left on device"), rather than the chain of
// every layer that passed the error up; the whole message when the system
// gave no words of its own.
func SystemWords(err error) string {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		return err.Error()
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return filepath.Base(pe.Path) + ": " + errno.Error()
	}
	return errno.Error()
}
