package platform

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"syscall"
	"testing"
)

// victim is a file outside the event folder that a link in it points at:
// nothing eventday does may change it.
func victim(t *testing.T) (path string, check func()) {
	t.Helper()
	path = filepath.Join(t.TempDir(), ".bashrc")
	const body = "export PATH=$HOME/bin:$PATH\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, func() {
		t.Helper()
		if got, err := os.ReadFile(path); err != nil || string(got) != body {
			t.Errorf("the file the link points at changed: %q, %v", got, err)
		}
	}
}

func TestOpenFileRefusesLinks(t *testing.T) {
	target, unchanged := victim(t)
	dir := t.TempDir()
	link := filepath.Join(dir, "attendance.jsonl")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("cannot make a symbolic link here: %v", err)
	}
	dangling := filepath.Join(dir, "show.jsonl")
	os.Symlink(filepath.Join(t.TempDir(), "new"), dangling)
	for _, tc := range []struct {
		path string
		flag int
	}{
		{link, os.O_RDWR | os.O_CREATE},
		{link, os.O_WRONLY | os.O_CREATE | os.O_APPEND},
		{link, os.O_RDWR},
		{link, os.O_RDONLY},
		{link, os.O_RDWR | os.O_CREATE | os.O_EXCL},
		{dangling, os.O_RDWR | os.O_CREATE},
	} {
		f, err := OpenFile(tc.path, tc.flag, 0o600)
		var np *NotPlainError
		if err == nil {
			f.WriteString("pwned\n")
			f.Close()
		}
		if tc.flag&os.O_EXCL != 0 {
			if !errors.Is(err, fs.ErrExist) && !errors.As(err, &np) {
				t.Errorf("%s with O_EXCL: %v, want it refused", filepath.Base(tc.path), err)
			}
			continue
		}
		if !errors.As(err, &np) || !np.Link || np.Path != tc.path || !errors.Is(err, ErrNotPlain) {
			t.Errorf("%s (flag %#x): %v, want a NotPlainError for a link", filepath.Base(tc.path), tc.flag, err)
		}
	}
	unchanged()
	if _, err := os.Lstat(filepath.Join(filepath.Dir(target), "new")); err == nil {
		t.Error("a dangling link's target was created")
	}
	if err := CheckPlain(link); !errors.Is(err, ErrNotPlain) {
		t.Errorf("CheckPlain of a link: %v", err)
	}
}

func TestOpenFilePlain(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "show.jsonl")
	f, err := OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("one\n")
	f.Close()
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("created with mode %v, want 0600", fi.Mode().Perm())
	}
	f, err = OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("two\n")
	f.Close()
	if got, _ := os.ReadFile(path); string(got) != "one\ntwo\n" {
		t.Errorf("file holds %q", got)
	}
	if _, err := OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600); !errors.Is(err, fs.ErrExist) {
		t.Errorf("O_EXCL on a file there: %v", err)
	}
	if _, err := OpenFile(filepath.Join(dir, "none"), os.O_RDWR, 0); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a missing file without O_CREATE: %v", err)
	}
	if err := CheckPlain(path); err != nil {
		t.Errorf("CheckPlain of a plain file: %v", err)
	}
	if err := CheckPlain(filepath.Join(dir, "none")); err != nil {
		t.Errorf("CheckPlain of nothing: %v", err)
	}
}

// TestOpenFileNoticesASwap: a link put in place of the file between the
// look at it and its open (the only way past the look) is refused, and the
// file it points at is not changed. This is the check Windows, which has no
// O_NOFOLLOW, relies on.
func TestOpenFileNoticesASwap(t *testing.T) {
	target, unchanged := victim(t)
	dir := t.TempDir()
	path := filepath.Join(dir, "attendance.jsonl")
	os.WriteFile(path, []byte("{}\n"), 0o600)
	defer func() { beforeOpen = func(string) {} }()
	for _, tc := range []struct {
		name string
		swap func()
	}{
		{"a link", func() { os.Remove(path); os.Symlink(target, path) }},
		{"another file", func() { os.Remove(path); os.WriteFile(path, []byte("{}\n"), 0o600) }},
	} {
		swapped := false
		beforeOpen = func(string) {
			if !swapped {
				swapped = true
				tc.swap()
			}
		}
		f, err := OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
		switch tc.name {
		case "a link":
			if !errors.Is(err, ErrNotPlain) {
				t.Errorf("swapped for %s: %v, want it refused", tc.name, err)
			}
		default:
			// Tried again from the look, the new file is plain and opens.
			if err != nil {
				t.Errorf("swapped for %s: %v", tc.name, err)
			} else {
				f.Close()
			}
		}
		os.Remove(path)
		os.WriteFile(path, []byte("{}\n"), 0o600)
	}
	unchanged()
}

func TestReplace(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "attendance.xlsx")
	os.WriteFile(path, []byte("old"), 0o644)
	if err := Replace(path, func(w io.Writer) error { _, err := io.WriteString(w, "new"); return err }); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("file holds %q", got)
	}
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", fi.Mode().Perm())
	}
	failed := errors.New("disk full")
	if err := Replace(path, func(w io.Writer) error { io.WriteString(w, "half"); return failed }); !errors.Is(err, failed) {
		t.Errorf("a failed write: %v", err)
	}
	if got, _ := os.ReadFile(path); string(got) != "new" {
		t.Errorf("a failed write changed the file: %q", got)
	}
	if names := dirNames(t, dir); !slices.Equal(names, []string{"attendance.xlsx"}) {
		t.Errorf("a failed write left %q", names)
	}
}

// TestReplaceRemovesPartials: the partial files a killed export left are
// removed by the next one, and nothing else is.
func TestReplaceRemovesPartials(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "attendance.xlsx")
	ours := []string{
		".attendance.xlsx.123456789.eventday-partial",
		".attendance.xlsx.1.eventday-partial",
	}
	kept := []string{
		".attendance.xlsx.eventday-partial",     // no digits
		".attendance.xlsx.12a.eventday-partial", // not only digits
		".attendance.xlsx.123.partial",          // another suffix
		".attendance.csv.123.eventday-partial",  // another export's
		".attendance.xlsx4529817",               // another program's
		"attendance.xlsx.123.eventday-partial",  // no dot in front
		"notes.txt",
	}
	for _, name := range append(slices.Clone(ours), kept...) {
		os.WriteFile(filepath.Join(dir, name), []byte("partial data"), 0o644)
	}
	os.Mkdir(filepath.Join(dir, ".attendance.xlsx.7.eventday-partial"), 0o700) // a folder: not ours
	kept = append(kept, ".attendance.xlsx.7.eventday-partial")
	if err := Replace(path, func(w io.Writer) error { _, err := w.Write([]byte("x")); return err }); err != nil {
		t.Fatal(err)
	}
	want := append(slices.Clone(kept), "attendance.xlsx")
	slices.Sort(want)
	if got := dirNames(t, dir); !slices.Equal(got, want) {
		t.Errorf("after the export the folder holds\n%q\nwant\n%q", got, want)
	}
	for _, name := range ours {
		if isPartial(path, name) != true {
			t.Errorf("%s is not recognised as a partial file", name)
		}
	}
}

func dirNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

func TestLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".eventday.lock")
	a, err := OpenFile(path, os.O_RDWR|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if ok, err := Lock(a); !ok || err != nil {
		t.Fatalf("first lock: %v, %v", ok, err)
	}
	if ok, err := Lock(b); ok || err != nil {
		t.Fatalf("second lock while the first is held: %v, %v", ok, err)
	}
	// The holder's text stays readable and writable while the lock is
	// held: the lock is not on the bytes of the file (on Windows, where a
	// lock is mandatory, it is on a byte far past them).
	if _, err := a.WriteAt([]byte("holder\n"), 0); err != nil {
		t.Fatal(err)
	}
	got := make([]byte, 7)
	if _, err := b.ReadAt(got, 0); err != nil || !bytes.Equal(got, []byte("holder\n")) {
		t.Errorf("reading the holder through another handle: %q, %v", got, err)
	}
	if err := Unlock(a); err != nil {
		t.Fatal(err)
	}
	if ok, err := Lock(b); !ok || err != nil {
		t.Fatalf("lock after the first was given back: %v, %v", ok, err)
	}
}

func TestStopCode(t *testing.T) {
	for sig, want := range map[os.Signal]int{os.Interrupt: 130, syscall.SIGTERM: 143} {
		if got := StopCode(sig); got != want {
			t.Errorf("StopCode(%v) = %d, want %d", sig, got, want)
		}
	}
	if !Interrupt(os.Interrupt) || Interrupt(syscall.SIGTERM) {
		t.Error("Interrupt tells ctrl+c from the rest wrongly")
	}
	if !slices.Contains(QuitSignals(), os.Interrupt) || !slices.Contains(QuitSignals(), os.Signal(hangup)) {
		t.Errorf("QuitSignals %v lack ctrl+c or the terminal closing", QuitSignals())
	}
}

func TestAddrInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	_, err = net.Listen("tcp", ln.Addr().String())
	if err == nil || !AddrInUse(err) {
		t.Errorf("a second listen on %s: %v, want AddrInUse", ln.Addr(), err)
	}
	if AddrForbidden(err) {
		t.Errorf("a port in use is taken for a forbidden one: %v", err)
	}
	if AddrInUse(errors.New("other")) || AddrForbidden(errors.New("other")) {
		t.Error("any error is taken for a port in use or forbidden")
	}
}
