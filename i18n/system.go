package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"syscall"
)

// Cause says why the system refused a file, in t's words rather than the
// system's ("no such file or directory"), for a message that names the
// file already; what it has no words for, it gives in the system's.
func Cause(err error, t *Text) string {
	f := &t.Files
	var errno syscall.Errno
	errors.As(err, &errno)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return f.NotFound
	case errors.Is(err, fs.ErrPermission):
		return f.Denied
	case errors.Is(err, fs.ErrExist):
		return f.Exists
	case errno == syscall.EISDIR:
		return f.IsFolder
	case errno == syscall.ENOTDIR:
		return f.NotFolderInPath
	case errno == syscall.ENOSPC:
		return f.DiskFull
	case errno == syscall.EROFS:
		return f.ReadOnly
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return fmt.Sprintf(f.OtherReason, err.Error())
}

// pathError says a file operation that failed in t's words: what was
// done, to which file, and why.
func pathError(e *fs.PathError, t *Text) string {
	f := &t.Files
	op := f.OpOther
	switch e.Op {
	case "open", "openat":
		op = f.OpOpen
	case "read", "readdir", "readdirent":
		op = f.OpRead
	case "write", "sync", "truncate", "close":
		op = f.OpWrite
	case "mkdir", "mkdirat":
		op = f.OpMkdir
		if errors.Is(e.Err, fs.ErrNotExist) {
			return fmt.Sprintf(f.PathFailed, op, e.Path, f.NoParent)
		}
	case "rename", "link", "symlink":
		op = f.OpRename
	case "remove", "unlinkat":
		op = f.OpRemove
	case "chmod", "chown", "lstat", "stat", "fstat":
		op = f.OpCheck
	}
	if errors.Is(e.Err, fs.ErrNotExist) {
		// Opened to be written, a file is missing because its folder is.
		return fmt.Sprintf(f.PathFailed, op, e.Path, f.NotFoundPath)
	}
	return fmt.Sprintf(f.PathFailed, op, e.Path, Cause(e.Err, t))
}
