package journal

import (
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

// Lines are a journal's lines in file order.
type Lines []Line

// Len is how many lines there are.
func (ls Lines) Len() int { return len(ls) }

// At gives line i's number in the file and its bytes.
func (ls Lines) At(i int) (no int, data []byte) { return ls[i].No, ls[i].Data }

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
	Lines Lines
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

// block is the size of the blocks the file is read into and its lines kept
// in (the first one smaller for a smaller file): a few allocations and
// reads for a whole day's log.
const block = 4 << 20

// scan reads journal lines from r; size is how long r probably is, to size
// the first block and the list of lines.
//
// The file is read straight into blocks that the lines then point into, as
// a read of the whole file would be, but a block at a time: only the line
// being read when a block fills up is copied into the next. A line that
// grows past MaxLine is not kept: its bytes are read over and forgotten
// until its newline, so the memory a read takes is bounded by the lines
// kept, not by the longest line.
func scan(r io.Reader, size int64) (*Contents, error) {
	s := scanner{r: r, c: &Contents{}, size: size}
	s.buf = make([]byte, min(block, max(size+1, 4096)))
	if err := s.run(); err != nil {
		return nil, err
	}
	return s.c, nil
}

// scanner is the state of scan.
type scanner struct {
	r    io.Reader
	c    *Contents
	size int64  // how long the file probably is
	buf  []byte // the block being filled; Lines point into it and earlier ones
	n    int    // bytes of buf filled
	// start is where the line being read starts in buf, and off where it
	// starts in the file. When the line is long, buf[start:n] is free.
	start int
	off   int64
	long  bool  // the line being read is longer than MaxLine
	read  int64 // bytes read from the file: the file offset of buf[n]
	// head is the first bytes of the long line being read. endsLong: the
	// last line that is not blank is the last of Long, and lastHead its
	// first bytes, for when it turns out to end the file.
	head, lastHead []byte
	endsLong       bool
}

func (s *scanner) run() error {
	c := s.c
	for {
		if s.n == len(s.buf) {
			s.nextBlock()
		}
		m, err := s.r.Read(s.buf[s.n:])
		if c.Lines == nil && m > 0 {
			// Room for as many lines as the first read suggests the
			// file holds: one allocation for a day's log, and none
			// wasted on a file of one huge line.
			// (No record is shorter than 32 bytes, whatever a short
			// first read suggests.)
			size := max(s.size, int64(m))
			guess := int64(bytes.Count(s.buf[s.n:s.n+m], []byte{'\n'})+1) * size / int64(m)
			c.Lines = make([]Line, 0, min(guess+guess/16, size/32+16))
		}
		s.lines(m)
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	c.Size = s.off
	switch {
	case s.long:
		c.Torn, c.TornSize = s.head, s.read-s.off
	case s.start < s.n:
		c.Torn, c.TornSize = bytes.Clone(s.buf[s.start:s.n]), int64(s.n-s.start)
	case s.endsLong:
		// The last line is long and ends in a newline: garbage at the
		// end of the file is a crash's leftover, set aside like a torn
		// line.
		l := c.Long[len(c.Long)-1]
		c.Long = c.Long[:len(c.Long)-1]
		c.Torn, c.TornSize = s.lastHead, s.read-l.Off
		c.Size, c.lines = l.Off, l.No-1
		c.Unreadable = true
	}
	return nil
}

// nextBlock makes room for the next read when buf is full: a new block,
// with the line being read moved to its start.
func (s *scanner) nextBlock() {
	if s.long {
		s.n = s.start
		return
	}
	next := make([]byte, block)
	s.n = copy(next, s.buf[s.start:s.n])
	s.buf, s.start = next, 0
}

// lines takes the m bytes just read into buf[n:]: the lines they end, and
// the start of the next.
func (s *scanner) lines(m int) {
	c := s.c
	p, end := s.n, s.n+m
	for {
		i := bytes.IndexByte(s.buf[p:end], '\n')
		if i < 0 {
			break
		}
		i += p
		nl := s.read + int64(i-s.n) // the newline's place in the file
		c.lines++
		line := s.buf[s.start:i]
		switch {
		case s.long || len(line) > MaxLine:
			if !s.long {
				s.head = append(s.head[:0], line[:MaxLine]...)
			}
			c.Long = append(c.Long, Long{No: c.lines, Off: s.off, Len: nl - s.off})
			s.endsLong = true
			s.lastHead, s.head = s.head, s.lastHead
			s.long = false
		default:
			line = bytes.TrimSuffix(line, []byte("\r"))
			if len(bytes.TrimSpace(line)) > 0 {
				c.Lines = append(c.Lines, Line{No: c.lines, Data: line[:len(line):len(line)]})
				c.lastOff = s.off
				s.endsLong = false
			}
		}
		s.start, s.off = i+1, nl+1
		p = i + 1
	}
	s.n = end
	s.read += int64(m)
	if !s.long && s.n-s.start > MaxLine {
		// The line being read is too long to be a record: keep its
		// first bytes to show, and read over the rest.
		s.head = append(s.head[:0], s.buf[s.start:s.start+MaxLine]...)
		s.long = true
	}
	if s.long {
		s.n = s.start
	}
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
