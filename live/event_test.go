package live

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"eventday/internal/eventtest"
	"eventday/program"
)

const eventYAML = `event:
  name: 五一文艺汇演
  date: 2026-05-01
  venue: 中心广场
  start: "14:30"
  timezone: Asia/Shanghai
  call_ahead: 10m
acts:
  - id: choir
    title: 幼儿园小合唱
    duration: 5m
  - id: fan
    title: 扇子舞
    duration: 6m
  - id: taichi
    title: 太极拳
    duration: 8m
`

// newClock is the tests' clock, at 14:30 on the day of their event.
func newClock() *eventtest.Clock { return eventtest.NewClock(eventtest.Day(14, 30, 0)) }

func eventDir(t testing.TB) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "event.yaml"), []byte(eventYAML), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

func open(t *testing.T, dir string, c *eventtest.Clock) *Event {
	t.Helper()
	e, err := Open(dir, Options{Now: c.Now})
	if err != nil {
		t.Fatal(err)
	}
	return e
}

func TestCueIsOnDiskAndReplays(t *testing.T) {
	dir, c := eventDir(t), newClock()
	e := open(t, dir, c)
	if _, err := e.Cue(program.Cue{Kind: program.KindGo}); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(filepath.Join(dir, ShowLog))
	if !strings.Contains(string(data), `"kind":"go"`) || !strings.Contains(string(data), "+08:00") {
		t.Fatalf("show.jsonl after GO: %q", data)
	}
	c.Add(time.Second)
	if _, err := e.Cue(program.Cue{Kind: program.KindGo}); !errors.Is(err, program.ErrTooSoon) {
		t.Fatalf("double GO: %v", err)
	}
	c.Add(3 * time.Minute)
	e.Cue(program.Cue{Kind: program.KindGo})
	e.Cue(program.Cue{Kind: program.KindTime, Delta: 120})
	e.Cue(program.Cue{Kind: program.KindHold})
	c.Add(time.Minute)
	e.Cue(program.Cue{Kind: program.KindResume})
	e.Cue(program.Cue{Kind: program.KindNote, Text: "话筒没电"})
	e.Cue(program.Cue{Kind: program.KindUndo})
	before := e.Show()
	e.Close()

	c.Add(2 * time.Minute) // the program was down for two minutes
	e = open(t, dir, c)
	defer e.Close()
	after := e.Show()
	if after.Live() == nil || after.Live().ID != "fan" || after.Seq != before.Seq || after.Live().Extra != 2*time.Minute || len(after.Notes) != 0 {
		t.Fatalf("after restart: live %v seq %d/%d", after.Live(), after.Seq, before.Seq)
	}
	// fan went live at 14:33:01, held 1 min; now 14:36:01: elapsed 2 min.
	if el := after.Elapsed(after.Live(), e.Now()); el != 2*time.Minute {
		t.Errorf("elapsed after restart %v, want 2m (kept counting while down)", el)
	}
	// Undo keeps working after a restart, back past the restart.
	if _, err := e.Cue(program.Cue{Kind: program.KindUndo}); err != nil {
		t.Fatal(err)
	}
	if got := e.Show().Live().Held; got != 0 {
		t.Errorf("undo of the resume after restart: held %v", got)
	}
}

func TestSecondOpenRefused(t *testing.T) {
	dir, c := eventDir(t), newClock()
	e := open(t, dir, c)
	_, err := Open(dir, Options{Now: c.Now})
	if !errors.Is(err, ErrLocked) || !strings.Contains(err.Error(), "pid ") {
		t.Fatalf("second open: %v", err)
	}
	e.Close()
	e2 := open(t, dir, c)
	e2.Close()
}

func TestTornTailSetAsideWithWarning(t *testing.T) {
	dir, c := eventDir(t), newClock()
	e := open(t, dir, c)
	e.Cue(program.Cue{Kind: program.KindGo})
	e.Close()
	path := filepath.Join(dir, ShowLog)
	f, _ := os.OpenFile(path, os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString(`{"seq":2,"at":"2026-05-01T14:3`)
	f.Close()
	torn := Warning{Kind: TornTail, File: ShowLog, Line: 2, Bytes: 30}
	if f, err := Read(dir); err != nil || len(f.Warnings) != 1 || f.Warnings[0] != torn {
		t.Fatalf("check on a torn tail: %v, warnings %+v", err, f.Warnings)
	}
	e = open(t, dir, c)
	defer e.Close()
	torn.SetAside = true
	if w := e.Warnings(); len(w) != 1 || w[0] != torn {
		t.Fatalf("warnings %+v", w)
	}
	aside, _ := os.ReadFile(path + ".torn")
	if !strings.Contains(string(aside), `{"seq":2,"at":"2026-05-01T14:3`) {
		t.Errorf("torn line not kept: %q", aside)
	}
	if _, err := e.Cue(program.Cue{Kind: program.KindNote, Text: "x"}); err != nil {
		t.Fatal(err)
	}
}

func TestBadJournalChangesNothing(t *testing.T) {
	for name, tc := range map[string]struct{ log, want string }{
		"unknown act": {`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"skip","act":"magic"}` + "\n",
			`show.jsonl:1: the "skip" cue names act "magic", which is no longer in the programme (renamed or removed in event.yaml?)`},
		"damaged line": {`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"go"}` + "\nnot json\n" + `{"seq":2`,
			`show.jsonl:2: not a cue: invalid character 'o' in literal null (expecting 'u')`},
		"gap": {`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"go"}` + "\n" + `{"seq":3,"at":"2026-05-01T14:31:00+08:00","kind":"go"}` + "\n",
			`show.jsonl:2: the "go" cue does not fit the programme: not a cue: seq 3 follows 1`},
	} {
		t.Run(name, func(t *testing.T) {
			dir := eventDir(t)
			path := filepath.Join(dir, ShowLog)
			os.WriteFile(path, []byte(tc.log), 0o600)
			_, err := Open(dir, Options{Now: newClock().Now})
			if !errors.Is(err, ErrBadInput) || err.Error() != tc.want {
				t.Fatalf("err = %v\nwant  %s", err, tc.want)
			}
			if _, cerr := Read(dir); cerr == nil || cerr.Error() != tc.want {
				t.Errorf("check: %v", cerr)
			}
			data, _ := os.ReadFile(path)
			if string(data) != tc.log {
				t.Errorf("show.jsonl changed by a failed start: %q", data)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 2 {
				t.Errorf("a failed start left files: %v", entries)
			}
		})
	}
}

func TestTwoSubscribersSeeEveryChange(t *testing.T) {
	dir, c := eventDir(t), newClock()
	e := open(t, dir, c)
	defer e.Close()
	const n = 50
	var wg sync.WaitGroup
	seen := make([][]int, 2)
	for i := range 2 {
		ch, cancel := e.Subscribe()
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer cancel()
			last := 0
			for last < n {
				<-ch
				show := e.Show()
				if show.Seq < last {
					t.Errorf("subscriber %d saw seq go back from %d to %d", i, last, show.Seq)
				}
				last = show.Seq
				seen[i] = append(seen[i], last)
			}
		}()
	}
	var makers sync.WaitGroup
	for m := range 2 {
		makers.Add(1)
		go func() {
			defer makers.Done()
			for k := 0; k < n/2; k++ {
				if _, err := e.Cue(program.Cue{Kind: program.KindNote, Text: "note"}); err != nil {
					t.Errorf("maker %d: %v", m, err)
				}
			}
		}()
	}
	makers.Wait()
	wg.Wait()
	for i := range seen {
		if seen[i][len(seen[i])-1] != n {
			t.Errorf("subscriber %d ended at %v", i, seen[i])
		}
	}
	lines, _ := os.ReadFile(filepath.Join(dir, ShowLog))
	if got := strings.Count(string(lines), "\n"); got != n {
		t.Errorf("%d lines in show.jsonl, want %d", got, n)
	}
}
