package live

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/journal"
)

// signInLine is a sign-in line of attendance.jsonl.
func signInLine(seq int, at string) string {
	return fmt.Sprintf(`{"seq":%d,"at":"%s","kind":"signin","party":1,"desk":"gate"}`+"\n", seq, at)
}

// TestUnreadableLastLineSetAside: a last line of zero bytes that ends in a
// newline (a power cut) is left out by a read, with a warning, and set
// aside by the next start, as a line cut short is; the folder opens and
// takes new sign-ins.
func TestUnreadableLastLineSetAside(t *testing.T) {
	for name, log := range map[string]string{
		"attendance": checkin.AttendanceFile,
		"show":       ShowLog,
	} {
		t.Run(name, func(t *testing.T) {
			dir := deskDir(t)
			good := signInLine(1, "2026-05-01T14:00:00+08:00")
			if log == ShowLog {
				good = `{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"go"}` + "\n"
			}
			zeros := string(make([]byte, 4095)) + "\n"
			path := filepath.Join(dir, log)
			os.WriteFile(path, []byte(good+zeros), 0o600)

			f, err := Read(dir)
			if err != nil {
				t.Fatal(err)
			}
			want := Warning{Kind: UnreadableTail, File: log, Line: 2, Bytes: 4096}
			if len(f.Warnings) != 1 || f.Warnings[0] != want {
				t.Fatalf("read: warnings %+v, want %+v", f.Warnings, want)
			}
			e, err := Open(dir, Options{Now: newClock().Now, Desk: "gate"})
			if err != nil {
				t.Fatal(err)
			}
			defer e.Close()
			want.SetAside = true
			if w := e.Warnings(); len(w) != 1 || w[0] != want {
				t.Fatalf("open: warnings %+v, want %+v", w, want)
			}
			if data, _ := os.ReadFile(path); string(data) != good {
				t.Errorf("%s after the start: %q", log, data)
			}
			if aside, _ := os.ReadFile(path + journal.SetAsideSuffix); string(aside) != zeros {
				t.Errorf("set aside %d bytes, want the 4096 of the line", len(aside))
			}
			if _, err := e.Anonymous(1); err != nil {
				t.Fatal(err)
			}
		})
	}
}

// TestDamageInTheMiddle: an unreadable line with good lines after it, or a
// line longer than any record, stops the start naming its line, and
// nothing on disk changes.
func TestDamageInTheMiddle(t *testing.T) {
	long := `{"seq":2,"at":"2026-05-01T14:01:00+08:00","kind":"signin","party":1,"desk":"` + strings.Repeat("x", journal.MaxLine) + "\"}\n"
	for name, tc := range map[string]struct {
		log  string
		want string
		size int64
	}{
		"zeros":                  {signInLine(1, "2026-05-01T14:00:00+08:00") + string(make([]byte, 100)) + "\n" + signInLine(3, "2026-05-01T14:02:00+08:00"), "attendance.jsonl:2: not a record: invalid character '\\x00' looking for beginning of value", 0},
		"too long":               {signInLine(1, "2026-05-01T14:00:00+08:00") + long + signInLine(3, "2026-05-01T14:02:00+08:00"), "", int64(len(long) - 1)},
		"huge seq":               {signInLine(1, "2026-05-01T14:00:00+08:00") + `{"seq":9223372036854775807,"at":"2026-05-01T14:01:00+08:00","kind":"signin","party":1,"desk":"gate"}` + "\n", "attendance.jsonl:2: seq 9223372036854775807: too large", 0},
		"long, then not fitting": {signInLine(1, "2026-05-01T14:00:00+08:00") + long + signInLine(1, "2026-05-01T14:02:00+08:00"), "", int64(len(long) - 1)},
	} {
		t.Run(name, func(t *testing.T) {
			dir := deskDir(t)
			path := filepath.Join(dir, checkin.AttendanceFile)
			os.WriteFile(path, []byte(tc.log), 0o600)
			_, err := Open(dir, Options{Now: newClock().Now})
			var d *DamageError
			if !errors.As(err, &d) || !errors.Is(err, ErrBadInput) || d.File != checkin.AttendanceFile || d.Line != 2 || d.Size != tc.size {
				t.Fatalf("open: %v (%+v)", err, d)
			}
			if tc.size > 0 && !errors.Is(err, ErrLineTooLong) {
				t.Errorf("a long line: %v", err)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("open: %v\nwant %s", err, tc.want)
			}
			if _, err := Read(dir); !errors.As(err, &d) || d.Line != 2 {
				t.Errorf("read: %v", err)
			}
			if data, _ := os.ReadFile(path); string(data) != tc.log {
				t.Error("a refused start changed the log")
			}
		})
	}
}

func TestTimeDoubts(t *testing.T) {
	now := time.Date(2026, 5, 1, 18, 0, 0, 0, time.UTC)
	at := func(h, m int) time.Time { return time.Date(2026, 5, 1, h, m, 0, 0, time.UTC) }
	far := time.Date(2099, 1, 1, 0, 0, 0, 0, time.UTC)
	got := timeDoubts("a.jsonl", []int{1, 2, 4, 5, 6, 7, 8, 9, 10},
		[]time.Time{at(14, 0), at(14, 5), far, far.Add(time.Minute), at(14, 7), at(14, 3), at(13, 0), at(13, 1), at(18, 30)}, now)
	want := []Warning{
		{Kind: FutureTime, File: "a.jsonl", Line: 4, At: far, Than: now, Count: 2, Last: 5},
		{Kind: ClockBack, File: "a.jsonl", Line: 8, At: at(13, 0), Than: at(14, 7), Other: 6},
	}
	if len(got) != len(want) {
		t.Fatalf("doubts %+v\nwant %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("doubt %d: %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

// TestCheckFlagsTimes: a folder read for check lists a sign-in dated in
// the future and a cue written after the clock went back, by their lines.
func TestCheckFlagsTimes(t *testing.T) {
	dir := deskDir(t)
	os.WriteFile(filepath.Join(dir, checkin.AttendanceFile), []byte(
		signInLine(1, "2026-05-01T14:00:00+08:00")+"\n"+signInLine(2, "2099-05-01T14:00:00+08:00")), 0o600)
	os.WriteFile(filepath.Join(dir, ShowLog), []byte(
		`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"go"}`+"\n"+
			`{"seq":2,"at":"2026-05-01T13:00:00+08:00","kind":"note","text":"x"}`+"\n"), 0o600)
	f, err := Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range f.TimeDoubts(time.Date(2026, 5, 1, 16, 0, 0, 0, time.UTC)) {
		got = append(got, fmt.Sprintf("%s:%d", w.File, w.Line))
	}
	if strings.Join(got, " ") != "show.jsonl:2 attendance.jsonl:3" {
		t.Errorf("doubts on %v, want show.jsonl:2 and attendance.jsonl:3", got)
	}
}
