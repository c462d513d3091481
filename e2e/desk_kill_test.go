//go:build unix

package e2e

import (
	"fmt"
	"syscall"
	"testing"

	"eventday/checkin"
)

// openDesk starts eventday on dir and goes to the Desk.
func openDesk(t *testing.T, tm *tmux, dir string) *session {
	t.Helper()
	s := tm.start(t, "run", dir)
	s.waitText(t, "the Stage", firstAct)
	s.keys(t, "Tab")
	s.waitText(t, "the Desk", "["+en.Common.TabDesk+"]")
	return s
}

// killAndReopen kills the eventday of s with SIGKILL, waits for it to die,
// and opens the Desk of dir again.
func killAndReopen(t *testing.T, tm *tmux, s *session, dir string) *session {
	t.Helper()
	pid := s.pid(t)
	if err := syscall.Kill(pid, syscall.SIGKILL); err != nil {
		t.Fatalf("kill -9 %d: %v", pid, err)
	}
	s.waitDead(t, pid)
	return openDesk(t, tm, dir)
}

// TestDeskSurvivesKill9: three named sign-ins and a party of four at the
// Desk, SIGKILL, start again: the Desk shows 7 people and attendance.jsonl
// holds exactly those four entries.
func TestDeskSurvivesKill9(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)
	people := peopleToType(t, dir, 3)

	s := openDesk(t, tm, dir)
	for _, p := range people {
		s.keys(t, "-l", p.Name)
		s.waitText(t, p.Name+" found", "> "+p.Name)
		s.keys(t, "Enter")
		signed := fmt.Sprintf(en.Desk.Signed, p.Name)
		s.waitText(t, "the line "+signed, signed)
	}
	s.keys(t, "-l", "+4")
	s.keys(t, "Enter")
	counted := fmt.Sprintf(en.Desk.Counted, 4)
	s.waitText(t, "the line "+counted, counted)
	breakdown := fmt.Sprintf(en.Desk.Breakdown, 3, 4, 0)
	s.waitText(t, breakdown, breakdown)

	s2 := killAndReopen(t, tm, s, dir)
	s2.waitText(t, "7 people on the Desk after the restart: "+breakdown, breakdown)

	recs := attendance(t, dir)
	if len(recs) != 4 {
		t.Fatalf("attendance.jsonl has %d records, want 4", len(recs))
	}
	total := 0
	for i, r := range recs {
		if r.Kind != checkin.KindSignIn {
			t.Errorf("record %d is %q, want a sign-in", i+1, r.Kind)
		}
		if i < 3 && (r.Person != people[i].ID || r.Party != 1) {
			t.Errorf("record %d: %s ×%d, want %s ×1", i+1, r.Name, r.Party, people[i].Name)
		}
		total += r.Party
	}
	if !recs[3].Anonymous() || recs[3].Party != 4 {
		t.Errorf("record 4: %+v, want 4 anonymous", recs[3])
	}
	if total != 7 {
		t.Errorf("the log counts %d people, want 7", total)
	}
	s2.keys(t, "C-c")
}
