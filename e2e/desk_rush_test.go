//go:build unix

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"eventday/checkin"
)

// TestDeskRushSurvivesKill9: the arrival rush at the Desk of the sample
// event, as a volunteer types it: + twenty times, 王建平 with three of his
// family, 何阿姨, the rest of her troupe at once, and 王建平's entry taken
// back from the list of the desk's sign-ins. SIGKILL, start again: the
// Desk shows what it showed, and attendance.jsonl holds exactly those
// entries.
func TestDeskRushSurvivesKill9(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)
	s := openDesk(t, tm, dir)

	plus := make([]string, 20)
	for i := range plus {
		plus[i] = "+"
	}
	s.keys(t, plus...)
	s.keys(t, "Enter")
	s.waitText(t, "twenty heads in one run", "counted: 1 · 20 in this run, since ")

	s.keys(t, "-l", "wjp+3")
	s.waitText(t, "王建平 +3 offered", "enter signs in 王建平 +3: 4 people in one entry")
	s.keys(t, "Enter")
	s.waitText(t, "the party", "signed in: 王建平 +3 (4 people)")

	s.keys(t, "-l", "何阿姨")
	s.waitText(t, "何阿姨 found", "> 何阿姨")
	s.keys(t, "Enter")
	s.waitText(t, "何阿姨 signed in", fmt.Sprintf(en.Desk.Signed, "何阿姨"))

	s.keys(t, "-l", "夕阳红")
	// The troupe's people are listed by their group, the team chosen.
	s.waitText(t, "the troupe found", "> 夕阳红舞蹈队  team of 6", "1 here", "  黄美玲")
	s.keys(t, "Enter")
	s.waitText(t, "the question", "夕阳红舞蹈队: sign in the 5 not here yet? (1 here already)")
	s.keys(t, "y")
	s.waitText(t, "the troupe signed in", "夕阳红舞蹈队: signed in 5; all 6 are here now")

	// 王建平 was meant to be counted at the other gate: take his entry
	// back, six entries ago, and none of those after it.
	s.keys(t, "Down")
	s.waitText(t, "the list of the desk's sign-ins", en.Desk.PickTitle)
	s.keys(t, "Down", "Down", "Down", "Down", "Down", "Down")
	s.waitFor(t, "王建平 chosen", func(screen string) bool {
		for _, line := range strings.Split(screen, "\n") {
			if strings.HasPrefix(line, "> ") {
				return strings.Contains(line, "王建平 +3")
			}
		}
		return false
	})
	s.keys(t, "Enter")
	s.waitText(t, "the undo question", "undo 王建平 +3, signed in at ")
	s.keys(t, "y")
	s.waitText(t, "the undo", "undid: 王建平 +3, signed in at ")
	breakdown := fmt.Sprintf(en.Desk.Breakdown, 6, 20, 0)
	s.waitText(t, breakdown, breakdown)

	s2 := killAndReopen(t, tm, s, dir)
	s2.waitText(t, "26 people on the Desk after the restart: "+breakdown, breakdown)

	recs := attendance(t, dir)
	if len(recs) != 20+1+1+5+1 {
		t.Fatalf("attendance.jsonl has %d records, want 28", len(recs))
	}
	for i, r := range recs[:20] {
		if !r.Anonymous() || r.Party != 1 {
			t.Errorf("record %d: %+v, want one head", i+1, r)
		}
	}
	if r := recs[20]; r.Name != "王建平" || r.Party != 4 || r.Anonymous() {
		t.Errorf("record 21: %+v, want 王建平 ×4", r)
	}
	if r := recs[21]; r.Name != "何阿姨" || r.Party != 1 {
		t.Errorf("record 22: %+v, want 何阿姨", r)
	}
	for i, r := range recs[22:27] {
		if r.Group != "夕阳红舞蹈队" || r.Party != 1 || r.Name == "何阿姨" {
			t.Errorf("record %d: %+v, want one of the troupe", 23+i, r)
		}
	}
	if u := recs[27]; u.Kind != checkin.KindUndo || u.Undoes != recs[20].Seq {
		t.Errorf("record 28: %+v, want the undo of #%d", u, recs[20].Seq)
	}
	s2.keys(t, "C-c")
}
