// Package platform is every place where eventday does something differently
// on Linux, macOS and Windows, so that the rest of the code never asks which
// system it runs on:
//
//   - OpenFile opens a file eventday writes without ever following a link:
//     O_NOFOLLOW on Unix; on Windows the path is first opened as a reparse
//     point, a symbolic link or junction is refused, and the file opened
//     after it must be the same file. Either way the check is made again
//     after the open, so a link swapped in meanwhile is refused too.
//   - Lock holds an event folder: flock(2) on Unix, LockFileEx on Windows.
//   - Replace writes a file beside its final name, flushes it to disk and
//     renames it over the old one: rename(2) and an fsync of the folder on
//     Unix, MoveFileEx with MOVEFILE_REPLACE_EXISTING|MOVEFILE_WRITE_THROUGH
//     on Windows.
//   - SyncDir makes a new name in a folder durable: fsync(2) of the folder on
//     Unix; nothing on Windows, which offers no way to flush a folder (NTFS
//     journals its names itself).
//   - QuitSignals are the signals that ask eventday to stop: SIGINT, SIGTERM
//     and SIGHUP on Unix; ctrl+c and ctrl+break, and closing the console
//     window, logging off or shutting down on Windows.
//   - AddrInUse and AddrForbidden read why a listen failed: EADDRINUSE and
//     EACCES on Unix, WSAEADDRINUSE and WSAEACCES on Windows.
//   - OpenToOthers tells a private key that others may read: by its mode
//     bits on Unix; never on Windows, which has none.
//
// File modes are the Unix ones (0600 files, 0700 folders). Windows has no
// such modes: there the files are as private as the folder they are in, whose
// access list (under C:\Users\NAME, only that user and the administrators)
// they inherit.
package platform

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"

	"eventday/i18n"
	"eventday/inert"
)

// ErrNotPlain is matched (errors.Is) by a NotPlainError.
var ErrNotPlain = errors.New("not a plain file")

// NotPlainError refuses a path that eventday would write to but that is not
// a plain file of its own: a symbolic link (or, on Windows, a junction) that
// would send the write to another file, a folder, a device or a pipe.
type NotPlainError struct {
	Path string
	Link bool // a link to another path, rather than a folder or a device
}

func (e *NotPlainError) Error() string {
	if e.Link {
		return e.Path + " is a link to another file"
	}
	return e.Path + " is not a plain file"
}

// In says it in t's language, with what to do about it.
func (e *NotPlainError) In(t *i18n.Text) string {
	format := t.Folder.NotPlain
	if e.Link {
		format = t.Folder.NotPlainLink
	}
	return fmt.Sprintf(format, inert.Escaped(e.Path))
}

// Is makes errors.Is(err, ErrNotPlain) true.
func (e *NotPlainError) Is(target error) bool { return target == ErrNotPlain }

// fileID tells files apart: a device and inode number on Unix, a volume
// serial number and file index on Windows.
type fileID struct{ dev, ino uint64 }

// entry is what a look at a path, without following a link, finds there.
type entry struct {
	exists bool
	plain  bool // a regular file
	link   bool // a link naming another path
	id     fileID
}

func (e entry) refusal(path string) error {
	return &NotPlainError{Path: path, Link: e.link}
}

// CheckPlain returns a NotPlainError when something other than a plain file
// is at path, and nil when a plain file or nothing is there. It reads
// nothing, so it is the check to make before reading a file eventday owns.
func CheckPlain(path string) error {
	e, err := lookAt(path)
	if err != nil {
		return err
	}
	if e.exists && !e.plain {
		return e.refusal(path)
	}
	return nil
}

// errMoved says that the path changed between the look and the open; the
// open is tried again, and the next look sees what is there now.
var errMoved = errors.New("the file was replaced while it was being opened")

// OpenFile opens path as os.OpenFile does, but only a plain file, and never
// through a link: a symbolic link (a junction on Windows), a folder, a device
// or a pipe at path is refused with a NotPlainError, whatever it points at,
// and nothing is created, truncated or written through it.
func OpenFile(path string, flag int, perm os.FileMode) (*os.File, error) {
	for range 3 {
		f, err := openPlain(path, flag, perm)
		if !errors.Is(err, errMoved) {
			return f, err
		}
	}
	return nil, &fs.PathError{Op: "open", Path: path, Err: errMoved}
}

// beforeOpen runs between the look at a path and its open; tests swap the
// file there to check that the open notices.
var beforeOpen = func(path string) {}

func openPlain(path string, flag int, perm os.FileMode) (*os.File, error) {
	before, err := lookAt(path)
	if err != nil {
		return nil, err
	}
	switch {
	case before.exists && !before.plain:
		return nil, before.refusal(path)
	case before.exists && flag&os.O_CREATE != 0 && flag&os.O_EXCL != 0:
		return nil, &fs.PathError{Op: "open", Path: path, Err: fs.ErrExist}
	case before.exists:
		// It is there: never create a file where a link appears meanwhile.
		flag &^= os.O_CREATE
	case flag&os.O_CREATE != 0:
		// It is not there: create it, never a file a link points at.
		flag |= os.O_EXCL
	}
	beforeOpen(path)
	f, err := os.OpenFile(path, flag|noFollow, perm)
	if err != nil {
		if now, lerr := lookAt(path); lerr == nil && now.exists && !now.plain {
			return nil, now.refusal(path)
		}
		if !before.exists && errors.Is(err, fs.ErrExist) {
			return nil, errMoved
		}
		return nil, err
	}
	id, err := idOf(f)
	if err == nil {
		var after entry
		if after, err = lookAt(path); err == nil {
			switch {
			case after.exists && !after.plain:
				err = after.refusal(path)
			case !after.exists || after.id != id || before.exists && before.id != id:
				err = errMoved
			}
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	return f, nil
}

// Partial files are the temporary files Replace writes before it renames
// them: ".NAME.DIGITS.eventday-partial" beside NAME. One left behind (the
// machine died during an export) is removed by the next Replace of NAME.
const partialSuffix = ".eventday-partial"

func partialPattern(path string) string {
	return "." + filepath.Base(path) + ".*" + partialSuffix
}

// isPartial reports whether name is a file Replace wrote for path: the
// pattern with digits where the star is, as os.CreateTemp fills it.
func isPartial(path, name string) bool {
	prefix := "." + filepath.Base(path) + "."
	if len(name) <= len(prefix)+len(partialSuffix) || !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, partialSuffix) {
		return false
	}
	digits := name[len(prefix) : len(name)-len(partialSuffix)]
	return digits != "" && strings.Trim(digits, "0123456789") == ""
}

// RemovePartials removes the partial files a Replace of path left behind
// when it was killed, and only those, and returns their names.
func RemovePartials(path string) ([]string, error) {
	dir := filepath.Dir(path)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var removed []string
	for _, e := range entries {
		if !e.Type().IsRegular() || !isPartial(path, e.Name()) {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return removed, err
		}
		removed = append(removed, e.Name())
	}
	return removed, nil
}

// Replace writes the file at path with write, atomically: the bytes go to a
// new partial file beside path (mode 0600), are flushed to disk, and the
// partial file is renamed over path, so that path holds the old file or the
// new one, never a part of one. Partial files an earlier Replace of path left
// behind are removed first (as far as they can be: on Windows one that an
// export running at this moment has open stays). When write fails nothing
// at path changes and the partial file is removed.
func Replace(path string, write func(w io.Writer) error) (err error) {
	RemovePartials(path)
	tmp, err := os.CreateTemp(filepath.Dir(path), partialPattern(path))
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err = write(tmp); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = rename(tmp.Name(), path); err != nil {
		return err
	}
	return nil
}

// StopCode is the exit code of a program stopped by sig: 128 and the
// signal's number, as a shell reports it (130 for ctrl+c).
func StopCode(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return 1
}

// Hangup reports whether sig says that the terminal went away: the window
// or the SSH session was closed.
func Hangup(sig os.Signal) bool { return sig == hangup }

// Interrupt reports whether sig is ctrl+c.
func Interrupt(sig os.Signal) bool { return sig == os.Interrupt }

// PrivateDir makes the folder dir (one level: its parent must exist) as
// private as the logs (mode 0700), or tightens one an older eventday left
// open to others. A dir that is a link, or on Windows a junction, is refused
// with a NotPlainError: what eventday writes for an event stays where the
// user put it, not wherever a link points.
func PrivateDir(dir string) error {
	fi, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return os.Mkdir(dir, 0o700)
	case err != nil:
		return err
	case fi.Mode()&(fs.ModeSymlink|fs.ModeIrregular) != 0:
		return &NotPlainError{Path: dir, Link: true}
	case !fi.IsDir():
		return &NotPlainError{Path: dir}
	case fi.Mode().Perm() != 0o700:
		return os.Chmod(dir, 0o700)
	}
	return nil
}
