package live

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/gofrs/flock"
)

// LockFile is the file in an event folder that one eventday holds locked
// while it has the folder open. It also says who holds it.
const LockFile = ".eventday.lock"

// ErrLocked is returned when another process has the event folder open.
var ErrLocked = errors.New("the event folder is open in another eventday")

// folderLock is the exclusive lock on an event folder.
type folderLock struct {
	fl      *flock.Flock
	created bool // the lock file did not exist before
}

// lockFolder takes the folder's lock or says who holds it. The lock is an
// flock(2) on LockFile, so it is released when its holder dies, even by
// SIGKILL, and a stale file never locks anyone out.
func lockFolder(dir string, now time.Time) (*folderLock, error) {
	path := filepath.Join(dir, LockFile)
	_, statErr := os.Stat(path)
	fl := flock.New(path, flock.SetPermissions(0o600))
	ok, err := fl.TryLock()
	if err != nil {
		return nil, fmt.Errorf("%s: cannot lock: %w", path, err)
	}
	if !ok {
		holder, _ := os.ReadFile(path)
		who := strings.TrimSpace(string(holder))
		if who == "" {
			who = "another process"
		}
		return nil, fmt.Errorf("%w: %s (%s)", ErrLocked, dir, who)
	}
	host, _ := os.Hostname()
	info := fmt.Sprintf("pid %d on %s since %s\n", os.Getpid(), host, now.Format("2006-01-02 15:04:05"))
	if err := os.WriteFile(path, []byte(info), 0o600); err != nil {
		fl.Unlock()
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &folderLock{fl: fl, created: errors.Is(statErr, os.ErrNotExist)}, nil
}

// release gives the folder back. After a failed start, a lock file this
// process created is removed so that nothing on disk has changed.
func (l *folderLock) release(failed bool) error {
	if failed && l.created {
		os.Remove(l.fl.Path())
	}
	return l.fl.Unlock()
}
