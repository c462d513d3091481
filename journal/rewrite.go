package journal

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

// Rewrite replaces the journal at path with lines, atomically: they are
// written to a new file beside it, fsynced, renamed over it, and the folder
// is fsynced, so a crash leaves the old file or the new one, never a mix.
// It is the one time a journal is rewritten: by a person's command, to set
// damaged lines aside, once the file as it was is kept (see Backup).
func Rewrite(path string, lines []Line) (err error) {
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".new-*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	w := bufio.NewWriter(f)
	for _, l := range lines {
		w.Write(l.Data)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return err
	}
	return syncDir(path)
}

// Backup keeps the file at path as it is now under a new name beside it,
// path+".bak-"+stamp, or with "-2", "-3", ... after it when that name is
// taken: it never overwrites a file. It makes a hard link where the disk
// has them (no copy, however big the file), a copy elsewhere. It returns
// the name it used.
func Backup(path, stamp string) (string, error) {
	for i := 1; i <= 1000; i++ {
		name := path + ".bak-" + stamp
		if i > 1 {
			name += fmt.Sprintf("-%d", i)
		}
		err := os.Link(path, name)
		if err != nil && !errors.Is(err, os.ErrExist) {
			// A disk without hard links (FAT, some network shares).
			err = copyNew(path, name)
		}
		if errors.Is(err, os.ErrExist) {
			continue
		}
		if err != nil {
			return "", err
		}
		return name, syncDir(path)
	}
	return "", fmt.Errorf("%s: no free name for a backup", path)
}

// copyNew copies the file at from to a file to that must not exist yet, and
// fsyncs it.
func copyNew(from, to string) (err error) {
	src, err := os.Open(from)
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	defer func() {
		if cerr := dst.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			os.Remove(to)
		}
	}()
	if _, err := io.Copy(dst, src); err != nil {
		return err
	}
	return dst.Sync()
}
