package board

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/program"
)

var shanghai = eventtest.Shanghai

// at is a moment of the show's day, 2026-05-01, in its zone.
func at(hh, mm, ss int) time.Time { return eventtest.Day(hh, mm, ss) }

// demoEvent is the real owner on a copy of the built-in May Day show, with its
// clock.
type demoEvent struct {
	*live.Event
	clock *eventtest.Clock
}

// openDemo opens a copy of the built-in May Day show at 14:20 on its day,
// ten minutes before it starts. Each pair of edits replaces a text of its
// event.yaml with another.
func openDemo(t testing.TB, edits ...string) demoEvent {
	t.Helper()
	dir := t.TempDir()
	for _, name := range eventtest.DemoFiles {
		data := eventtest.Demo(t, name)
		if name == "event.yaml" {
			s := string(data)
			for i := 0; i+1 < len(edits); i += 2 {
				if !strings.Contains(s, edits[i]) {
					t.Fatalf("event.yaml has no %q to replace", edits[i])
				}
				s = strings.Replace(s, edits[i], edits[i+1], 1)
			}
			data = []byte(s)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	c := eventtest.NewClock(at(14, 20, 0))
	ev, err := live.Open(dir, live.Options{Now: c.Now, Desk: "gate", Command: "serve"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ev.Close() })
	return demoEvent{ev, c}
}

// cue makes a cue through the owner at time t.
func (s demoEvent) cue(tb testing.TB, when time.Time, c program.Cue) {
	tb.Helper()
	s.clock.Set(when)
	if _, err := s.Cue(c); err != nil {
		tb.Fatalf("%s at %s: %v", c.Kind, when.Format("15:04:05"), err)
	}
}

// signIn signs in the person of the roster named name.
func (s demoEvent) signIn(tb testing.TB, name string) {
	tb.Helper()
	people := s.Named(name)
	if len(people) != 1 {
		tb.Fatalf("%d people named %s", len(people), name)
	}
	if _, err := s.SignIn(people[0], false); err != nil {
		tb.Fatal(err)
	}
}

// take is the board of the show at its clock's time.
func (s demoEvent) take() Snapshot { return Of(s) }

// goAt makes a GO at time t.
func (s demoEvent) goAt(tb testing.TB, t time.Time) { s.cue(tb, t, program.Cue{Kind: program.KindGo}) }
