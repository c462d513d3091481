package journal

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestParse(t *testing.T) {
	for _, tc := range []struct {
		name  string
		in    string
		lines []Line
		torn  string
		size  int64
	}{
		{"empty", "", nil, "", 0},
		{"clean", "a\nb\n", []Line{{1, []byte("a")}, {2, []byte("b")}}, "", 4},
		{"torn", "a\n{\"seq\":2", []Line{{1, []byte("a")}}, "{\"seq\":2", 2},
		{"only torn", "{\"se", nil, "{\"se", 0},
		{"blank lines keep numbers", "a\n\n  \nb\n", []Line{{1, []byte("a")}, {4, []byte("b")}}, "", 8},
		{"crlf", "a\r\nb\n", []Line{{1, []byte("a")}, {2, []byte("b")}}, "", 5},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := Parse([]byte(tc.in))
			if len(c.Lines) != len(tc.lines) {
				t.Fatalf("lines = %v, want %v", c.Lines, tc.lines)
			}
			for i := range c.Lines {
				if c.Lines[i].No != tc.lines[i].No || !bytes.Equal(c.Lines[i].Data, tc.lines[i].Data) {
					t.Errorf("line %d = %d %q, want %d %q", i, c.Lines[i].No, c.Lines[i].Data, tc.lines[i].No, tc.lines[i].Data)
				}
			}
			if string(c.Torn) != tc.torn || c.Size != tc.size {
				t.Errorf("torn %q size %d, want %q %d", c.Torn, c.Size, tc.torn, tc.size)
			}
		})
	}
}

func TestAppendReadBack(t *testing.T) {
	path := filepath.Join(t.TempDir(), "show.jsonl")
	c, err := Read(path)
	if err != nil {
		t.Fatal(err)
	}
	j, err := Open(path, c)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{`{"seq":1}`, `{"seq":2}`} {
		if err := j.Append([]byte(r)); err != nil {
			t.Fatal(err)
		}
	}
	if err := j.Append([]byte("a\nb")); err == nil {
		t.Error("a record with a newline was accepted")
	}
	j.Close()
	data, _ := os.ReadFile(path)
	if string(data) != "{\"seq\":1}\n{\"seq\":2}\n" {
		t.Errorf("file = %q", data)
	}
	st, _ := os.Stat(path)
	if st.Mode().Perm() != 0o600 {
		t.Errorf("mode = %v, want 0600", st.Mode().Perm())
	}
}

// TestTornTailSetAside: the tail goes to the .torn file whole, byte for
// byte however long, and the journal goes on after the line before it.
// Reading alone changes nothing.
func TestTornTailSetAside(t *testing.T) {
	for name, tail := range map[string]string{
		"cut short":             "{\"seq\":2,\"at",
		"long, cut short":       strings.Repeat("y", 3*MaxLine),
		"long, ending a line":   strings.Repeat("y", 3*MaxLine) + "\n",
		"long, then blank ones": strings.Repeat("y", 3*MaxLine) + "\n\n",
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "show.jsonl")
			orig := []byte("{\"seq\":1}\n" + tail)
			os.WriteFile(path, orig, 0o600)
			c, err := Read(path)
			if err != nil {
				t.Fatal(err)
			}
			if data, _ := os.ReadFile(path); !bytes.Equal(data, orig) {
				t.Fatalf("Read changed the file: %.40q", data)
			}
			j, err := Open(path, c)
			if err != nil {
				t.Fatal(err)
			}
			if err := j.Append([]byte(`{"seq":2}`)); err != nil {
				t.Fatal(err)
			}
			j.Close()
			if data, _ := os.ReadFile(path); string(data) != "{\"seq\":1}\n{\"seq\":2}\n" {
				t.Errorf("journal = %.40q", data)
			}
			want := tail
			if !strings.HasSuffix(want, "\n") {
				want += "\n"
			}
			if aside, _ := os.ReadFile(path + SetAsideSuffix); string(aside) != want {
				t.Errorf("set aside %d bytes %.20q, want %d", len(aside), aside, len(want))
			}
		})
	}
}

func TestOpenRefusesChangedFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.jsonl")
	os.WriteFile(path, []byte("x\n"), 0o600)
	c, _ := Read(path)
	os.WriteFile(path, []byte("x\ny\n"), 0o600)
	if _, err := Open(path, c); err == nil {
		t.Fatal("opened a file that changed after it was read")
	}
}

// fullDisk accepts part of a write and then fails, as a full disk does.
type fullDisk struct {
	bytes.Buffer
	room      int
	truncErr  error
	syncCalls int
}

func (f *fullDisk) Write(p []byte) (int, error) {
	if f.Len()+len(p) > f.room {
		n := f.room - f.Len()
		f.Buffer.Write(p[:n])
		return n, errors.New("no space left on device")
	}
	return f.Buffer.Write(p)
}
func (f *fullDisk) Sync() error { f.syncCalls++; return nil }
func (f *fullDisk) Truncate(n int64) error {
	if f.truncErr != nil {
		return f.truncErr
	}
	f.Buffer.Truncate(int(n))
	return nil
}
func (f *fullDisk) Close() error { return nil }

func TestFailedAppendLeavesNoTrace(t *testing.T) {
	f := &fullDisk{room: 15}
	j := OpenFile(f, 0)
	if err := j.Append([]byte("first")); err != nil {
		t.Fatal(err)
	}
	if f.syncCalls != 1 {
		t.Errorf("sync calls = %d, want 1", f.syncCalls)
	}
	if err := j.Append([]byte("second-too-long")); err == nil {
		t.Fatal("a write to a full disk succeeded")
	}
	if f.String() != "first\n" {
		t.Fatalf("after a failed write the file holds %q", f.String())
	}
	f.room = 100 // room again
	if err := j.Append([]byte("second")); err != nil {
		t.Fatal(err)
	}
	if f.String() != "first\nsecond\n" {
		t.Errorf("file = %q", f.String())
	}
}

// TestBatchOneWriteOneSync: a batch of records is one write and one
// fsync; a batch the disk takes only part of leaves none of its records,
// not even those it took whole, and the records before it stand.
func TestBatchOneWriteOneSync(t *testing.T) {
	f := &fullDisk{room: 30}
	j := OpenFile(f, 0)
	var b Batch
	for _, r := range []string{"a1", "a2", "a3"} {
		if err := b.Add([]byte(r)); err != nil {
			t.Fatal(err)
		}
	}
	if err := b.Add([]byte("x\ny")); err == nil || b.Len() != 3 || b.Size() != 9 {
		t.Fatalf("a record with a newline: %v; batch of %d records, %d bytes", err, b.Len(), b.Size())
	}
	if err := j.AppendBatch(&b); err != nil {
		t.Fatal(err)
	}
	if f.syncCalls != 1 || f.String() != "a1\na2\na3\n" {
		t.Fatalf("%d syncs, file %q", f.syncCalls, f.String())
	}
	// The disk has room for one more record and part of the next: none of
	// the batch stays.
	b.Reset()
	for _, r := range []string{"b1-long-record", "b2-long-record", "b3"} {
		b.Add([]byte(r))
	}
	if err := j.AppendBatch(&b); err == nil {
		t.Fatal("a batch larger than the room on the disk was written")
	}
	if f.String() != "a1\na2\na3\n" {
		t.Fatalf("after a batch that did not fit the file holds %q", f.String())
	}
	f.room = 100
	if err := j.AppendBatch(&b); err != nil || f.String() != "a1\na2\na3\nb1-long-record\nb2-long-record\nb3\n" {
		t.Fatalf("the same batch once there is room: %v, file %q", err, f.String())
	}
	syncs := f.syncCalls
	b.Reset()
	if err := j.AppendBatch(&b); err != nil || f.syncCalls != syncs {
		t.Errorf("an empty batch: %v, %d syncs; want no write", err, f.syncCalls-syncs)
	}
}

// TestBatchSyncFails: when the fsync fails, no record of the batch is
// known to be on disk, so none is kept, and the next batch starts where
// the last good one ended.
func TestBatchSyncFails(t *testing.T) {
	f := &failingSync{fullDisk: fullDisk{room: 100}, fail: true}
	j := OpenFile(f, 0)
	var b Batch
	b.Add([]byte("a1"))
	b.Add([]byte("a2"))
	if err := j.AppendBatch(&b); err == nil || f.String() != "" {
		t.Fatalf("a failed fsync: %v, file %q", err, f.String())
	}
	f.fail = false
	if err := j.AppendBatch(&b); err != nil || f.String() != "a1\na2\n" {
		t.Fatalf("after a failed fsync: %v, file %q", err, f.String())
	}
}

// failingSync takes every write and fails every fsync while fail is set.
type failingSync struct {
	fullDisk
	fail bool
}

func (f *failingSync) Sync() error {
	if f.fail {
		return errors.New("input/output error")
	}
	return f.fullDisk.Sync()
}

func TestFailedCleanupBreaksJournal(t *testing.T) {
	f := &fullDisk{room: 3, truncErr: errors.New("io error")}
	j := OpenFile(f, 0)
	if err := j.Append([]byte("hello")); err == nil {
		t.Fatal("write succeeded")
	}
	f.room = 100
	if err := j.Append([]byte("x")); !errors.Is(err, ErrBroken) {
		t.Fatalf("err = %v, want ErrBroken", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("a\nb\n"))
	f.Add([]byte("a\n{\"x"))
	f.Add([]byte("\r\n\n"))
	f.Add(append(bytes.Repeat([]byte("x"), MaxLine+1), "\nb\n"...))
	f.Fuzz(func(t *testing.T, data []byte) {
		c := Parse(data)
		for _, l := range c.Lines {
			if bytes.IndexByte(l.Data, '\n') >= 0 {
				t.Fatalf("line %d holds a newline", l.No)
			}
		}
		if c.Size+c.TornSize != int64(len(data)) {
			t.Fatalf("size %d + tail %d != %d", c.Size, c.TornSize, len(data))
		}
		if int64(len(c.Torn)) != min(c.TornSize, MaxLine) {
			t.Fatalf("the tail holds %d of its %d bytes", len(c.Torn), c.TornSize)
		}
		if !c.Unreadable && bytes.IndexByte(c.Torn, '\n') >= 0 {
			t.Fatal("torn tail holds a newline")
		}
		for _, l := range c.Long {
			if l.Len <= MaxLine || l.Off+l.Len >= c.Size || data[l.Off+l.Len] != '\n' {
				t.Fatalf("long line %+v", l)
			}
		}
	})
}

func TestTornLineCountsBlankLines(t *testing.T) {
	c := Parse([]byte("a\n\nb\n{\"x"))
	c.Release()
	if c.TornLine() != 4 || c.Lines != nil || c.Size != 5 {
		t.Errorf("torn line %d, lines %v, size %d", c.TornLine(), c.Lines, c.Size)
	}
}
