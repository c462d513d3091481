// Package journal is the durable, append-only line file under both logs of
// an event (show.jsonl and attendance.jsonl): a record is written and
// fsynced before anyone is told it exists, the file is never rewritten, and
// a last line torn by a crash is set aside, never silently dropped.
package journal

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"

	"eventday/platform"
)

// File is what a journal writes to: an *os.File, or a stand-in in tests that
// fails as a full disk would.
type File interface {
	io.Writer
	Sync() error
	Truncate(size int64) error
	Close() error
}

// Journal appends records to one file.
type Journal struct {
	mu     sync.Mutex
	f      File
	size   int64
	broken error
}

// SetAsideSuffix is added to a journal's name for the file that keeps torn
// last lines.
const SetAsideSuffix = ".torn"

// Open opens the journal at path for appending, after its contents c were
// read (and checked) by the caller. A torn tail in c is first appended to
// path+".torn" and fsynced, and only then cut from the journal: that is the
// one change ever made to existing bytes. The file is created with mode 0600.
// Neither file is opened through a link: a journal or a set-aside file that
// is a symbolic link, or not a plain file, is refused with a
// platform.NotPlainError and nothing is written.
func Open(path string, c *Contents) (*Journal, error) {
	if len(c.Torn) > 0 {
		if err := setAside(path, c); err != nil {
			return nil, err
		}
	}
	f, err := platform.OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		return nil, err
	}
	st, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, err
	}
	if st.Size() != c.Size {
		f.Close()
		return nil, fmt.Errorf("%s changed while it was being read (%d bytes, expected %d)", path, st.Size(), c.Size)
	}
	if _, err := f.Seek(c.Size, io.SeekStart); err != nil {
		f.Close()
		return nil, err
	}
	if err := syncDir(path); err != nil {
		f.Close()
		return nil, err
	}
	return &Journal{f: f, size: c.Size}, nil
}

// OpenFile makes a journal on f, whose current length is size.
func OpenFile(f File, size int64) *Journal {
	return &Journal{f: f, size: size}
}

func setAside(path string, c *Contents) error {
	aside, err := platform.OpenFile(path+SetAsideSuffix, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return err
	}
	if err := c.CopyTail(path, aside); err != nil {
		aside.Close()
		return err
	}
	if err := aside.Sync(); err != nil {
		aside.Close()
		return err
	}
	if err := aside.Close(); err != nil {
		return err
	}
	f, err := platform.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := f.Truncate(c.Size); err != nil {
		return err
	}
	return f.Sync()
}

// syncDir makes the directory entry of a newly created file durable.
func syncDir(path string) error {
	return platform.SyncDir(filepath.Dir(path))
}

// ErrBroken is returned by Append after a failed write that could not be
// cleaned up; nothing more is written until the journal is opened again.
var ErrBroken = errors.New("journal: an earlier write failed and could not be undone")

// Append writes rec and a newline, then fsyncs. When it returns nil the
// record is on disk. When it fails, the file is cut back to where it was, so
// a later append starts on a clean line and the record counts as never made.
func (j *Journal) Append(rec []byte) error {
	var b Batch
	if err := b.Add(rec); err != nil {
		return err
	}
	return j.AppendBatch(&b)
}

// Batch is records to append together: one write and one fsync for all of
// them, so that writes arriving together share the cost of the disk.
type Batch struct {
	buf []byte
	n   int
}

// Add puts rec, a record of one line, at the end of the batch. A record
// with a newline in it is refused and the batch is left as it was.
func (b *Batch) Add(rec []byte) error {
	if bytes.IndexByte(rec, '\n') >= 0 {
		return errors.New("journal: a record may not contain a newline")
	}
	b.buf = append(append(b.buf, rec...), '\n')
	b.n++
	return nil
}

// Len is the number of records in the batch.
func (b *Batch) Len() int { return b.n }

// Size is the number of bytes the batch writes.
func (b *Batch) Size() int { return len(b.buf) }

// Reset empties the batch, keeping its room for the next.
func (b *Batch) Reset() { b.buf, b.n = b.buf[:0], 0 }

// AppendBatch writes every record of b in one write, then fsyncs once.
// It is all or nothing, as Append is for one record: when it returns nil
// every record is on disk; when the write or the fsync fails, the file is
// cut back to where it was before the batch and none of them counts as
// made, not even those the disk took whole before it filled (a caller
// answers each writer of the batch alike). An empty batch writes nothing.
func (j *Journal) AppendBatch(b *Batch) error {
	j.mu.Lock()
	defer j.mu.Unlock()
	if j.broken != nil {
		return fmt.Errorf("%w: %v", ErrBroken, j.broken)
	}
	if b.n == 0 {
		return nil
	}
	_, err := j.f.Write(b.buf)
	if err == nil {
		err = j.f.Sync()
	}
	if err != nil {
		if terr := j.f.Truncate(j.size); terr != nil {
			j.broken = err
		} else if serr := j.seekEnd(j.size); serr != nil {
			j.broken = err
		}
		return err
	}
	j.size += int64(len(b.buf))
	return nil
}

// seekEnd puts the file's offset at size, where the next write goes.
func (j *Journal) seekEnd(size int64) error {
	if s, ok := j.f.(io.Seeker); ok {
		_, err := s.Seek(size, io.SeekStart)
		return err
	}
	return nil
}

// Close closes the file.
func (j *Journal) Close() error {
	j.mu.Lock()
	defer j.mu.Unlock()
	return j.f.Close()
}
