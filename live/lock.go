package live

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"eventday/inert"
	"eventday/platform"
)

// LockFile is the file in an event folder that one eventday holds locked
// while it has the folder open. It also says who holds it.
const LockFile = ".eventday.lock"

// ErrLocked is matched (errors.Is) by a *LockedError: another process has
// the event folder open.
var ErrLocked = errors.New("the event folder is open in another eventday")

// Holder is who holds an event folder, as its lock file says: one line of
// JSON.
type Holder struct {
	Command string    `json:"command"` // the eventday command: run, demo, signin
	PID     int       `json:"pid"`
	Host    string    `json:"host"`
	Since   time.Time `json:"since"` // in the event's time zone once read back
}

// LockedError refuses to open a folder another eventday holds, saying who.
type LockedError struct {
	Dir    string
	Holder *Holder // nil when the lock file does not say (an older eventday wrote it)
	Text   string  // the lock file's text when it is not a Holder
}

func (e *LockedError) Error() string {
	who := e.Text
	if h := e.Holder; h != nil {
		who = fmt.Sprintf("eventday %s, pid %d on %s, since %s", h.Command, h.PID, h.Host, h.Since.Format("2006-01-02 15:04"))
	}
	if who == "" {
		who = "another process"
	}
	return fmt.Sprintf("%v: %s (%s)", ErrLocked, e.Dir, inert.Escaped(who))
}

// Is makes errors.Is(err, ErrLocked) true.
func (e *LockedError) Is(target error) bool { return target == ErrLocked }

// folderLock is the exclusive lock on an event folder.
type folderLock struct {
	f       *os.File
	created bool // the lock file did not exist before
}

// lockFolder takes the folder's lock or says who holds it. The lock belongs
// to the open lock file, so it is released when its holder dies, even by
// SIGKILL, and a stale file never locks anyone out. The lock file is never
// opened through a link: one that is a symbolic link is refused.
func lockFolder(dir, command string, now time.Time) (*folderLock, error) {
	path := filepath.Join(dir, LockFile)
	_, statErr := os.Lstat(path)
	f, err := platform.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		if errors.Is(err, platform.ErrNotPlain) {
			return nil, bad(err)
		}
		return nil, fmt.Errorf("%s: cannot lock: %w", path, err)
	}
	ok, err := platform.Lock(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("%s: cannot lock: %w", path, err)
	}
	if !ok {
		defer f.Close()
		return nil, lockedBy(dir, f, now.Location())
	}
	l := &folderLock{f: f, created: errors.Is(statErr, os.ErrNotExist)}
	host, _ := os.Hostname()
	line, err := json.Marshal(Holder{Command: command, PID: os.Getpid(), Host: host, Since: now.Truncate(time.Second)})
	if err == nil {
		err = writeHolder(f, append(inert.JSON(line), '\n'))
	}
	if err != nil {
		l.release(true)
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return l, nil
}

// writeHolder replaces the lock file's text with line, through the file the
// lock is on.
func writeHolder(f *os.File, line []byte) error {
	if _, err := f.WriteAt(line, 0); err != nil {
		return err
	}
	return f.Truncate(int64(len(line)))
}

// lockedBy reads who holds the lock from the lock file f, with the time in
// loc, the event's time zone. A holder writes its line just after it takes
// the lock, so a file without one is read again a few times first.
func lockedBy(dir string, f *os.File, loc *time.Location) *LockedError {
	var text []byte
	for try := 0; try < 5; try++ {
		if try > 0 {
			time.Sleep(20 * time.Millisecond)
		}
		text, _ = io.ReadAll(io.NewSectionReader(f, 0, 4096))
		first, _, _ := bytes.Cut(text, []byte("\n"))
		var h Holder
		if err := json.Unmarshal(first, &h); err == nil && h.PID > 0 {
			h.Since = h.Since.In(loc)
			return &LockedError{Dir: dir, Holder: &h}
		}
		if len(bytes.TrimSpace(text)) > 0 && !bytes.HasPrefix(text, []byte("{")) {
			break // an older eventday's line of text
		}
	}
	return &LockedError{Dir: dir, Text: strings.TrimSpace(string(text))}
}

// release gives the folder back. After a failed start, a lock file this
// process created is removed so that nothing on disk has changed; it is
// closed first, since Windows removes no file that is open.
func (l *folderLock) release(failed bool) error {
	err := platform.Unlock(l.f)
	if cerr := l.f.Close(); err == nil {
		err = cerr
	}
	if failed && l.created {
		os.Remove(l.f.Name())
	}
	return err
}
