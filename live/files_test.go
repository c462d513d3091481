package live

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/journal"
	"eventday/platform"
)

// TestLinkedFilesRefused: a folder from a zip or a USB stick may hold a log,
// a set-aside file or the lock as a link to a file of the user's (here
// ~/.bashrc). Opening it and reading it are refused, naming the file, before
// anything is read or written, and the file the link points at is left as
// it was.
func TestLinkedFilesRefused(t *testing.T) {
	for _, name := range writtenFiles() {
		t.Run(name, func(t *testing.T) {
			dir, c := eventDir(t), newClock()
			target := filepath.Join(t.TempDir(), ".bashrc")
			os.WriteFile(target, []byte("export EDITOR=vi\n"), 0o644)
			if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			_, err := Open(dir, Options{Now: c.Now})
			var np *platform.NotPlainError
			if !errors.Is(err, ErrBadInput) || !errors.As(err, &np) || np.Path != filepath.Join(dir, name) || !np.Link {
				t.Errorf("Open: %v, want the link refused as bad input", err)
			}
			if _, err := Read(dir); !errors.As(err, &np) || !errors.Is(err, ErrBadInput) {
				t.Errorf("Read: %v, want the link refused as bad input", err)
			}
			if got, _ := os.ReadFile(target); string(got) != "export EDITOR=vi\n" {
				t.Errorf("the linked file became %q", got)
			}
			if _, err := os.Lstat(filepath.Join(dir, LockFile)); name != LockFile && err == nil {
				t.Error("the refused start left a lock file behind")
			}
		})
	}
}

// TestTornSetAsideLinkRefused: a torn last line is set aside only into a
// plain file; when show.jsonl.torn is a link, nothing is set aside, nothing
// cut from the log.
func TestTornSetAsideLinkRefused(t *testing.T) {
	dir, c := eventDir(t), newClock()
	torn := []byte(`{"seq":1,"kind":"go","at":"2026-05-01T14:3`)
	os.WriteFile(filepath.Join(dir, ShowLog), torn, 0o600)
	target := filepath.Join(t.TempDir(), "notes")
	os.WriteFile(target, nil, 0o644)
	if err := os.Symlink(target, filepath.Join(dir, ShowLog+journal.SetAsideSuffix)); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	if _, err := Open(dir, Options{Now: c.Now}); !errors.Is(err, platform.ErrNotPlain) {
		t.Fatalf("Open: %v, want the set-aside link refused", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, ShowLog)); string(got) != string(torn) {
		t.Errorf("show.jsonl became %q", got)
	}
	if got, _ := os.ReadFile(target); len(got) != 0 {
		t.Errorf("the linked file became %q", got)
	}
}

// TestLockSaysWho: the lock file records which command holds the folder,
// its process, its computer and since when; a refused opener reads it back
// with the time in the event's zone.
func TestLockSaysWho(t *testing.T) {
	dir := eventDir(t)
	utc := time.Date(2026, 5, 1, 6, 2, 0, 0, time.UTC) // 14:02 in Shanghai
	e, err := Open(dir, Options{Now: func() time.Time { return utc }, Command: "signin"})
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	_, err = Open(dir, Options{Now: func() time.Time { return utc }})
	var le *LockedError
	if !errors.As(err, &le) || !errors.Is(err, ErrLocked) {
		t.Fatalf("second Open: %v, want a LockedError", err)
	}
	host, _ := os.Hostname()
	h := le.Holder
	if h == nil || h.Command != "signin" || h.PID != os.Getpid() || h.Host != host {
		t.Fatalf("holder %+v, want signin, pid %d on %s", h, os.Getpid(), host)
	}
	if got := h.Since.Format("2006-01-02 15:04 MST"); got != "2026-05-01 14:02 CST" {
		t.Errorf("since %s, want 14:02 on the event's clock (Asia/Shanghai)", got)
	}
}

// TestLockFromAnOlderEventday: a lock file an older eventday wrote (a line
// of text) is still shown as it is.
func TestLockFromAnOlderEventday(t *testing.T) {
	dir, c := eventDir(t), newClock()
	e := open(t, dir, c)
	defer e.Close()
	f, _ := os.OpenFile(filepath.Join(dir, LockFile), os.O_WRONLY|os.O_TRUNC, 0)
	f.WriteString("pid 77 on desk-laptop since 2026-05-01 14:00:00\n")
	f.Close()
	_, err := Open(dir, Options{Now: c.Now})
	var le *LockedError
	if !errors.As(err, &le) || le.Holder != nil || le.Text != "pid 77 on desk-laptop since 2026-05-01 14:00:00" {
		t.Errorf("second Open: %#v", err)
	}
}

func TestOwns(t *testing.T) {
	dir, c := eventDir(t), newClock()
	e := open(t, dir, c)
	// A record of desk east, received: its journal is the folder's too.
	rec := checkin.Record{Seq: 1, At: c.Now(), Kind: checkin.KindSignIn, Party: 2, Desk: "east", Origin: "east"}
	if err := e.Receive([]checkin.Record{rec}); err != nil {
		t.Fatal(err)
	}
	e.Close()
	os.WriteFile(filepath.Join(dir, checkin.RosterFile), []byte("name\n何阿姨\n"), 0o644)
	f, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	other := t.TempDir()
	link := filepath.Join(other, "link")
	os.Symlink(filepath.Join(dir, checkin.AttendanceFile), link)
	os.Symlink(dir, filepath.Join(other, "event"))
	os.Mkdir(filepath.Join(dir, "export"), 0o700)
	sep := string(filepath.Separator)
	up := dir + sep + "export" + sep + ".." + sep + checkin.AttendanceFile // not cleaned
	hard := filepath.Join(other, "hard")
	os.Link(filepath.Join(dir, checkin.RosterFile), hard)
	gate := filepath.Join(other, "gate")
	os.Link(filepath.Join(dir, "gates", "east.jsonl"), gate)
	for path, want := range map[string]string{
		filepath.Join(dir, checkin.AttendanceFile): checkin.AttendanceFile,
		filepath.Join(dir, "gates", "east.jsonl"):  filepath.Join("gates", "east.jsonl"),
		gate:                             filepath.Join("gates", "east.jsonl"),
		up:                               checkin.AttendanceFile,
		filepath.Join(dir, ShowLog):      ShowLog, // not there yet
		filepath.Join(dir, "Show.JSONL"): ShowLog,
		filepath.Join(dir, LockFile):     LockFile,
		filepath.Join(dir, "event.yaml"): "event.yaml",
		link:                             checkin.AttendanceFile,
		filepath.Join(other, "event", checkin.AttendanceFile+".torn"): checkin.AttendanceFile + ".torn",
		hard:                                  checkin.RosterFile,
		filepath.Join(dir, "attendance.json"): "",
		filepath.Join(dir, "export", "roster.csv"): "",
		filepath.Join(other, "attendance.jsonl"):   "",
	} {
		got, ok := f.Owns(path)
		if got != want || ok != (want != "") {
			t.Errorf("Owns(%s) = %q, %v; want %q", path, got, ok, want)
		}
	}
}
