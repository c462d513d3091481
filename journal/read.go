package journal

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// MaxLine is the longest line a journal reads, in bytes. A record is a few
// hundred bytes (an act edited on the day, with the MC's lines, a few
// thousand), so a longer line is damage, never a record. A log is read in
// memory bounded by this, not by its longest line: a 50 MB line is counted
// and stepped over, not held.
const MaxLine = 64 << 10

// Line is one complete record read back from a journal.
type Line struct {
	No   int // 1-based line number in the file
	Data []byte
}

// Long is a complete line longer than MaxLine, left unread.
type Long struct {
	No  int   // 1-based line number in the file
	Off int64 // where it starts in the file
	Len int64 // its length without the newline
}

// Contents is what a journal file holds: its lines, and the tail that the
// next start sets aside: a last line cut short by a crash, or a last line
// that is no record at all (longer than MaxLine, or found unreadable by the
// caller: see SetAsideLast).
type Contents struct {
	Lines []Line
	// Long are the complete lines longer than MaxLine before the tail. Each
	// is damage in the middle of the file: the caller refuses the file.
	Long []Long
	// Torn is the tail's first bytes (at most MaxLine of them); nil when the
	// file ends cleanly. TornSize is the tail's whole length.
	Torn     []byte
	TornSize int64
	// Unreadable: the tail is a whole line that is no record, rather than a
	// line cut short.
	Unreadable bool
	Size       int64 // length of the lines before the tail, where an append continues
	lines      int   // how many lines end in a newline before the tail, blank ones included
	lastOff    int64 // where the last of Lines starts
}

// TornLine is the line number the tail starts on.
func (c *Contents) TornLine() int { return c.lines + 1 }

// Release lets the lines (and the file's bytes under them) go once they are
// folded; what Open needs stays.
func (c *Contents) Release() { c.Lines = nil }

// SetAsideLast makes the last line the tail, for a caller that finds it
// unreadable: a power cut can leave a page of zero bytes that ends in a
// newline, and that is as much a crash's leftover as a line cut short. It
// does nothing, and reports false, when the file has a tail already (then
// that is the last line) or no line.
func (c *Contents) SetAsideLast() bool {
	if c.TornSize > 0 || len(c.Lines) == 0 {
		return false
	}
	last := c.Lines[len(c.Lines)-1]
	c.Lines = c.Lines[:len(c.Lines)-1]
	c.Torn = bytes.Clone(last.Data)
	c.TornSize = c.Size - c.lastOff
	c.Size = c.lastOff
	c.lines = last.No - 1
	c.Unreadable = true
	return true
}

// Read reads a journal without changing it. A missing file reads as empty.
// Blank lines are skipped but keep their numbers. The file is read a piece
// at a time, so a line longer than MaxLine costs no more memory than a
// short one.
func Read(path string) (*Contents, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return &Contents{}, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var hint int64
	if st, err := f.Stat(); err == nil {
		hint = st.Size()
	}
	c, err := scan(f, hint)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return c, nil
}

// Parse splits journal bytes into lines and a tail, as Read does.
func Parse(data []byte) *Contents {
	c, err := scan(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		panic(err) // a bytes.Reader does not fail
	}
	return c
}

const (
	// readBuffer is how much of the file is read at a time.
	readBuffer = 256 << 10
	// arenaSize is the size of the blocks the lines are copied into: a few
	// allocations for a whole day's log.
	arenaSize = 1 << 20
)

// scan reads journal lines from r; size is how long r probably is, to size
// the list of lines.
func scan(r io.Reader, size int64) (*Contents, error) {
	// A line of a day's log is about 150 bytes; the guess is capped, so
	// that a file of one huge line does not reserve room for a million.
	c := &Contents{Lines: make([]Line, 0, min(size/128, 1<<16)+1)}
	br := bufio.NewReaderSize(r, readBuffer)
	var arena []byte
	var off int64             // where the line being read starts
	var long Long             // the latest long line
	var longHead, head []byte // its first bytes; the first bytes of the line being read
	lastLong := false         // the last line that is not blank is long
	for {
		piece, err := br.ReadSlice('\n')
		n := int64(len(piece))
		if err == nil && n <= MaxLine+1 {
			// A whole line, short enough.
			c.lines++
			line := bytes.TrimSuffix(piece[:n-1], []byte("\r"))
			if len(bytes.TrimSpace(line)) > 0 {
				if cap(arena)-len(arena) < len(line) {
					arena = make([]byte, 0, max(arenaSize, len(line)))
				}
				start := len(arena)
				arena = append(arena, line...)
				c.Lines = append(c.Lines, Line{No: c.lines, Data: arena[start:len(arena):len(arena)]})
				c.lastOff = off
				lastLong = false
			}
			off += n
			continue
		}
		if err != nil && err != bufio.ErrBufferFull && err != io.EOF {
			return nil, err
		}
		// A line longer than MaxLine, or the end of the file: keep its
		// first bytes to show, and step over the rest.
		head = append(head[:0], piece[:min(n, MaxLine)]...)
		for err == bufio.ErrBufferFull {
			piece, err = br.ReadSlice('\n')
			if room := MaxLine - len(head); room > 0 {
				head = append(head, piece[:min(len(piece), room)]...)
			}
			n += int64(len(piece))
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		if err == io.EOF {
			// No newline: a torn tail, or none when n is 0.
			if n > 0 {
				c.Torn, c.TornSize = bytes.Clone(head), n
			}
			c.Size = off
			break
		}
		c.lines++
		long = Long{No: c.lines, Off: off, Len: n - 1}
		c.Long = append(c.Long, long)
		longHead, head = head, longHead
		lastLong = true
		off += n
	}
	if lastLong && c.TornSize == 0 {
		// The last line is long and ends in a newline: garbage at the end
		// of the file is a crash's leftover, set aside like a torn line.
		c.Long = c.Long[:len(c.Long)-1]
		c.Torn, c.TornSize = longHead, c.Size-long.Off
		c.Size = long.Off
		c.lines = long.No - 1
		c.Unreadable = true
	}
	return c, nil
}

// CopyTail copies the tail of the journal at path (as c read it) to w, with
// a newline after it if it has none, so that what is set aside stays one
// record a line. It streams: a tail of any length costs a small buffer.
func (c *Contents) CopyTail(path string, w io.Writer) error {
	return CopyRange(path, c.Size, c.TornSize, w)
}

// CopyRange copies n bytes of the file at path from offset off to w, and a
// newline if they do not end in one.
func CopyRange(path string, off, n int64, w io.Writer) error {
	if n == 0 {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	last := make([]byte, 1)
	if _, err := f.ReadAt(last, off+n-1); err != nil {
		return fmt.Errorf("%s changed while it was being read: %w", path, err)
	}
	if _, err := io.Copy(w, io.NewSectionReader(f, off, n)); err != nil {
		return err
	}
	if last[0] != '\n' {
		_, err = w.Write([]byte{'\n'})
	}
	return err
}
