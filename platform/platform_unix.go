//go:build unix

package platform

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// noFollow makes the open itself refuse a symbolic link.
const noFollow = syscall.O_NOFOLLOW

func lookAt(path string) (entry, error) {
	fi, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return entry{}, nil
	}
	if err != nil {
		return entry{}, err
	}
	return entry{
		exists: true,
		plain:  fi.Mode().IsRegular(),
		link:   fi.Mode()&fs.ModeSymlink != 0,
		id:     idFromInfo(fi),
	}, nil
}

func idOf(f *os.File) (fileID, error) {
	fi, err := f.Stat()
	if err != nil {
		return fileID{}, err
	}
	return idFromInfo(fi), nil
}

func idFromInfo(fi fs.FileInfo) fileID {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return fileID{}
	}
	return fileID{dev: uint64(st.Dev), ino: uint64(st.Ino)}
}

// rename replaces newpath with oldpath and makes the new name durable.
func rename(oldpath, newpath string) error {
	if err := os.Rename(oldpath, newpath); err != nil {
		return err
	}
	return SyncDir(filepath.Dir(newpath))
}

// SyncDir flushes the folder dir to disk, so that a file just created or
// renamed in it is still there after a power cut.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	// Some file systems cannot sync a folder and say so with EINVAL;
	// there is nothing more to do on them.
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) && !errors.Is(err, syscall.EINVAL) {
		return err
	}
	return nil
}

// Lock takes an exclusive lock on f without waiting: ok is false when
// another process holds it. The lock belongs to the open file, so it goes
// when the process ends, however it ends.
func Lock(f *os.File) (ok bool, err error) {
	for {
		err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		switch {
		case err == nil:
			return true, nil
		case errors.Is(err, syscall.EWOULDBLOCK):
			return false, nil
		case errors.Is(err, syscall.EINTR):
			continue
		}
		return false, err
	}
}

// Unlock gives back the lock Lock took on f.
func Unlock(f *os.File) error {
	return syscall.Flock(int(f.Fd()), syscall.LOCK_UN)
}

// QuitSignals are the signals that ask eventday to stop: ctrl+c, kill, and
// the terminal going away.
func QuitSignals() []os.Signal {
	return []os.Signal{os.Interrupt, syscall.SIGTERM, syscall.SIGHUP}
}

const hangup = syscall.SIGHUP

// InUse reports whether err says that another program holds the file open
// and will not let it be replaced: never so on Unix, where a file open
// elsewhere can still be replaced.
func InUse(err error) bool { return false }

// AddrInUse reports whether err, from a listen, says that another program
// already listens on the port.
func AddrInUse(err error) bool { return errors.Is(err, syscall.EADDRINUSE) }

// AddrForbidden reports whether err, from a listen, says that the port may
// not be used by this user: one under 1024 without administrator rights.
func AddrForbidden(err error) bool { return errors.Is(err, syscall.EACCES) }

// OpenToOthers reports whether a file with info fi can be read or written
// by users other than its owner, as a private key must not be.
func OpenToOthers(fi fs.FileInfo) bool { return fi.Mode().Perm()&0o077 != 0 }

// OwnedByMe reports whether fi, from Lstat, belongs to the user this
// process runs as: a private folder someone else made in a shared place
// (/tmp) is not private to us.
func OwnedByMe(fi fs.FileInfo) bool {
	st, ok := fi.Sys().(*syscall.Stat_t)
	return ok && int(st.Uid) == os.Getuid()
}
