//go:build windows

package platform

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
	"unsafe"

	"golang.org/x/sys/windows"
)

// noFollow is nothing: Windows has no such flag for CreateFile; lookAt
// opens the reparse point itself instead, and openPlain compares.
const noFollow = 0

// nameSurrogate marks the reparse tags that name another path (symbolic
// links, junctions), as against those that are the file itself (a OneDrive
// placeholder, a deduplicated file), which are plain files to eventday.
const nameSurrogate = 0x20000000

// attributeTagInfo is FILE_ATTRIBUTE_TAG_INFO.
type attributeTagInfo struct {
	FileAttributes uint32
	ReparseTag     uint32
}

func lookAt(path string) (entry, error) {
	p, err := windows.UTF16PtrFromString(path)
	if err != nil {
		return entry{}, err
	}
	// No access asked for: only the attributes are read, so the look never
	// conflicts with another program that has the file open.
	h, err := windows.CreateFile(p, 0,
		windows.FILE_SHARE_READ|windows.FILE_SHARE_WRITE|windows.FILE_SHARE_DELETE, nil,
		windows.OPEN_EXISTING, windows.FILE_FLAG_OPEN_REPARSE_POINT|windows.FILE_FLAG_BACKUP_SEMANTICS, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return entry{}, nil
	}
	if err != nil {
		return entry{}, &fs.PathError{Op: "open", Path: path, Err: err}
	}
	defer windows.CloseHandle(h)
	var tag attributeTagInfo
	if err := windows.GetFileInformationByHandleEx(h, windows.FileAttributeTagInfo, (*byte)(unsafe.Pointer(&tag)), uint32(unsafe.Sizeof(tag))); err != nil {
		return entry{}, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	id, err := handleID(h)
	if err != nil {
		return entry{}, &fs.PathError{Op: "stat", Path: path, Err: err}
	}
	link := tag.FileAttributes&windows.FILE_ATTRIBUTE_REPARSE_POINT != 0 && tag.ReparseTag&nameSurrogate != 0
	ft, _ := windows.GetFileType(h)
	plain := !link && tag.FileAttributes&windows.FILE_ATTRIBUTE_DIRECTORY == 0 && ft == windows.FILE_TYPE_DISK
	return entry{exists: true, plain: plain, link: link, id: id}, nil
}

func idOf(f *os.File) (fileID, error) {
	return handleID(windows.Handle(f.Fd()))
}

func handleID(h windows.Handle) (fileID, error) {
	var info windows.ByHandleFileInformation
	if err := windows.GetFileInformationByHandle(h, &info); err != nil {
		return fileID{}, err
	}
	return fileID{
		dev: uint64(info.VolumeSerialNumber),
		ino: uint64(info.FileIndexHigh)<<32 | uint64(info.FileIndexLow),
	}, nil
}

// rename replaces newpath with oldpath; MOVEFILE_WRITE_THROUGH returns only
// once the move is on disk.
func rename(oldpath, newpath string) error {
	from, err := windows.UTF16PtrFromString(oldpath)
	if err != nil {
		return err
	}
	to, err := windows.UTF16PtrFromString(newpath)
	if err != nil {
		return err
	}
	if err := windows.MoveFileEx(from, to, windows.MOVEFILE_REPLACE_EXISTING|windows.MOVEFILE_WRITE_THROUGH); err != nil {
		return &os.LinkError{Op: "rename", Old: oldpath, New: newpath, Err: err}
	}
	return nil
}

// SyncDir does nothing on Windows: a folder cannot be flushed there (its
// handle opens read-only, and FlushFileBuffers needs write access), and NTFS
// journals the names in it itself.
func SyncDir(dir string) error { return nil }

// lockOffset is the byte Lock locks: far past what the lock file holds, as
// SQLite does, because a lock on Windows is mandatory: a locked byte can be
// neither read nor written through any other handle, and the lock file's
// text (who holds it) must stay readable.
const lockOffset = 1 << 30

// Lock takes an exclusive lock on f without waiting: ok is false when
// another process holds it. Windows drops the lock when the process ends,
// however it ends.
func Lock(f *os.File) (ok bool, err error) {
	ol := windows.Overlapped{Offset: lockOffset}
	err = windows.LockFileEx(windows.Handle(f.Fd()), windows.LOCKFILE_EXCLUSIVE_LOCK|windows.LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &ol)
	switch {
	case err == nil:
		return true, nil
	case errors.Is(err, windows.ERROR_LOCK_VIOLATION), errors.Is(err, windows.ERROR_IO_PENDING):
		return false, nil
	}
	return false, err
}

// Unlock gives back the lock Lock took on f.
func Unlock(f *os.File) error {
	ol := windows.Overlapped{Offset: lockOffset}
	return windows.UnlockFileEx(windows.Handle(f.Fd()), 0, 1, 0, &ol)
}

// QuitSignals are the signals that ask eventday to stop: ctrl+c (and
// ctrl+break), and SIGTERM, which Go delivers when the console window is
// closed, the user logs off or Windows shuts down.
func QuitSignals() []os.Signal {
	return []os.Signal{os.Interrupt, syscall.SIGTERM}
}

// hangup is the console window being closed.
const hangup = syscall.SIGTERM

// InUse reports whether err says that another program holds the file open
// and will not let it be replaced: Excel and WPS keep a workbook open so.
func InUse(err error) bool {
	return errors.Is(err, windows.ERROR_SHARING_VIOLATION) ||
		errors.Is(err, windows.ERROR_LOCK_VIOLATION) ||
		errors.Is(err, windows.ERROR_ACCESS_DENIED)
}

// AddrInUse reports whether err, from a listen, says that another program
// already listens on the port.
func AddrInUse(err error) bool { return errors.Is(err, windows.WSAEADDRINUSE) }

// AddrForbidden reports whether err, from a listen, says that the port may
// not be used: Windows reserves ranges of ports for Hyper-V and WSL and
// refuses them with "access forbidden".
func AddrForbidden(err error) bool { return errors.Is(err, windows.WSAEACCES) }

// OpenToOthers is always false on Windows: a file has no mode bits there,
// and is as private as the folder it is in (see the package comment).
func OpenToOthers(fi fs.FileInfo) bool { return false }

// OwnedByMe is always true on Windows: eventday's private folders are made
// in the user's own profile, which others cannot write in.
func OwnedByMe(fi fs.FileInfo) bool { return true }
