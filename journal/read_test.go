package journal

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestLongLines(t *testing.T) {
	long := strings.Repeat("x", MaxLine+1)
	for _, tc := range []struct {
		name       string
		in         string
		lines      []int // the numbers of the lines read
		long       []Long
		tornSize   int64
		tornLine   int
		unreadable bool
		size       int64
	}{
		{"as long as may be", "a\n" + long[:MaxLine] + "\nb\n", []int{1, 2, 3}, nil, 0, 4, false, int64(MaxLine + 5)},
		{"in the middle", "a\n" + long + "\nb\n", []int{1, 3}, []Long{{2, 2, MaxLine + 1}}, 0, 4, false, int64(MaxLine + 6)},
		{"last, whole", "a\n" + long + "\n", []int{1}, nil, MaxLine + 2, 2, true, 2},
		{"last, then blank lines", "a\n" + long + "\n\n \n", []int{1}, nil, MaxLine + 5, 2, true, 2},
		{"last, cut short", "a\n" + long, []int{1}, nil, MaxLine + 1, 2, false, 2},
		{"in the middle, then a torn tail", long + "\nb\n{", []int{2}, []Long{{1, 0, MaxLine + 1}}, 1, 3, false, int64(MaxLine + 4)},
		{"crlf counts", "a\r\n" + long[:MaxLine] + "\r\nb\n", []int{1, 3}, []Long{{2, 3, MaxLine + 1}}, 0, 4, false, int64(MaxLine + 7)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Parse([]byte(tc.in))
			var nos []int
			for _, l := range c.Lines {
				nos = append(nos, l.No)
				if len(l.Data) > MaxLine {
					t.Errorf("line %d holds %d bytes", l.No, len(l.Data))
				}
			}
			if !equalInts(nos, tc.lines) {
				t.Errorf("lines %v, want %v", nos, tc.lines)
			}
			if len(c.Long) != len(tc.long) || (len(tc.long) > 0 && c.Long[0] != tc.long[0]) {
				t.Errorf("long %+v, want %+v", c.Long, tc.long)
			}
			if c.TornSize != tc.tornSize || c.Unreadable != tc.unreadable || c.Size != tc.size {
				t.Errorf("tail %d bytes (unreadable %v), size %d; want %d (%v), %d", c.TornSize, c.Unreadable, c.Size, tc.tornSize, tc.unreadable, tc.size)
			}
			if c.TornSize > 0 && c.TornLine() != tc.tornLine {
				t.Errorf("tail on line %d, want %d", c.TornLine(), tc.tornLine)
			}
			if len(c.Torn) > MaxLine {
				t.Errorf("the tail holds %d bytes in memory", len(c.Torn))
			}
		})
	}
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestReadLongLineInBoundedMemory: a 20 MB line costs Read no more memory
// than a short one: it is counted and stepped over, not held.
func TestReadLongLineInBoundedMemory(t *testing.T) {
	dir := t.TempDir()
	huge := bytes.Repeat([]byte("x"), 20<<20)
	for name, body := range map[string][]byte{
		"middle": append(append([]byte("{\"seq\":1}\n"), huge...), "\n{\"seq\":2}\n"...),
		"end":    append(append([]byte("{\"seq\":1}\n"), huge...), '\n'),
		"torn":   append([]byte("{\"seq\":1}\n"), huge...),
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name+".jsonl")
			if err := os.WriteFile(path, body, 0o600); err != nil {
				t.Fatal(err)
			}
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			c, err := Read(path)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Lines) == 0 || string(c.Lines[0].Data) != `{"seq":1}` {
				t.Fatalf("lines %d", len(c.Lines))
			}
			// A block of the file and what is kept of the line: far
			// less than the line.
			if got := after.TotalAlloc - before.TotalAlloc; got > 8<<20 {
				t.Errorf("reading a file with a 20 MB line allocated %d MB", got>>20)
			}
		})
	}
}

// TestSetAsideLast: a last line the caller cannot read becomes the tail,
// with the blank lines after it; a file with a torn tail keeps it as its
// last line.
func TestSetAsideLast(t *testing.T) {
	c := Parse([]byte("a\n\nb\n\x00\x00\x00\n\n"))
	if !c.SetAsideLast() {
		t.Fatal("nothing set aside")
	}
	if len(c.Lines) != 2 || c.Size != 5 || c.TornSize != 5 || c.TornLine() != 4 || !c.Unreadable || string(c.Torn) != "\x00\x00\x00" {
		t.Errorf("lines %d, size %d, tail %d bytes on line %d (%v) %q", len(c.Lines), c.Size, c.TornSize, c.TornLine(), c.Unreadable, c.Torn)
	}
	if c.SetAsideLast() {
		t.Error("set aside a second line")
	}
	if c := Parse([]byte("a\nb\n{")); c.SetAsideLast() {
		t.Error("a file with a torn tail set aside its last whole line")
	}
	if c := Parse(nil); c.SetAsideLast() {
		t.Error("an empty file set something aside")
	}
}

func TestCopyRange(t *testing.T) {
	path := filepath.Join(t.TempDir(), "f")
	os.WriteFile(path, []byte("abc\ndef"), 0o600)
	for _, tc := range []struct {
		off, n int64
		want   string
	}{{0, 4, "abc\n"}, {4, 3, "def\n"}, {1, 2, "bc\n"}, {0, 0, ""}} {
		var b bytes.Buffer
		if err := CopyRange(path, tc.off, tc.n, &b); err != nil || b.String() != tc.want {
			t.Errorf("CopyRange(%d, %d) = %q %v, want %q", tc.off, tc.n, b.String(), err, tc.want)
		}
	}
	if err := CopyRange(path, 4, 10, io.Discard); err == nil {
		t.Error("copied past the end of the file")
	}
}
