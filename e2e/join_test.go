//go:build unix

package e2e

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/program"
)

// TestJoinDeskToStage is the join of the desk and the Stage (a performer
// signed in at the desk shows on the Stage as here) end to end, in the real
// binary: the desk signs in every performer of the third act by name, each
// is told when their act is on, and the Stage's running order then shows
// that act with all its performers here; attendance.jsonl holds exactly
// those sign-ins.
func TestJoinDeskToStage(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)

	// The third act and its performers, read the way eventday reads them,
	// from the folder init wrote.
	plan, err := program.LoadPlan(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(plan.Acts) < 3 {
		t.Fatalf("the demo has %d acts; the test needs a third", len(plan.Acts))
	}
	act := plan.Acts[2]
	roster, err := checkin.LoadRoster(dir, plan.Acts)
	if err != nil {
		t.Fatal(err)
	}
	var performers []checkin.Person
	for _, p := range roster.People {
		if p.ActID == act.ID {
			performers = append(performers, p)
		}
	}
	if len(performers) < 2 {
		t.Fatalf("the demo roster links %d people to %s; the test needs a few", len(performers), act.ID)
	}
	// Each is typed by their full name, and enter takes the first person
	// found: the search must put them first.
	ix := checkin.NewIndex(roster.People)
	for _, p := range performers {
		if ms := ix.Search(p.Name, 3); len(ms) == 0 || ms[0].Person.ID != p.ID {
			t.Fatalf("searching %q does not find %s first: the demo roster needs a name the search finds", p.Name, p.Name)
		}
	}

	s := tm.start(t, "run", dir)
	s.waitFor(t, "the third act with nobody here yet", rowWith(act.Title, en.Stage.HereNone))
	s.keys(t, "Tab")
	s.waitText(t, "the Desk", "["+en.Common.TabDesk+"]", strings.TrimSpace(en.Desk.Prompt))

	// The join line under the box: "<title> — on in about N min: ...".
	onIn := regexp.MustCompile(strings.Replace(regexp.QuoteMeta(fmt.Sprintf(en.Desk.ActOnIn, act.Title, 999)), "999", `\d+`, 1))
	for i, p := range performers {
		s.keys(t, "-l", p.Name)
		s.waitText(t, p.Name+" found", "> "+p.Name)
		s.keys(t, "Enter")
		signed := fmt.Sprintf(en.Desk.Signed, p.Name)
		s.waitText(t, "the line "+signed, signed)
		if i == 0 {
			// The show has not started: the act is on later, and the
			// performer is sent to the waiting area.
			s.waitFor(t, "where "+p.Name+" should go", func(screen string) bool {
				return onIn.MatchString(screen)
			})
		}
	}

	// Back to the Stage (the Summary lies between): the act is all here.
	s.keys(t, "Tab")
	s.waitText(t, "the Summary", "["+en.Common.TabSummary+"]")
	s.keys(t, "Tab")
	s.waitFor(t, "the third act all here on the Stage", rowWith(act.Title, en.Stage.HereAll))

	// attendance.jsonl holds exactly those sign-ins, one entry each, all
	// at this desk.
	recs := attendance(t, dir)
	if len(recs) != len(performers) {
		t.Fatalf("attendance.jsonl has %d records, want %d (one per performer of %s)", len(recs), len(performers), act.ID)
	}
	var got, want []string
	for _, r := range recs {
		if r.Kind != checkin.KindSignIn || r.WalkIn || r.Reentry || r.Party != 1 || r.Desk == "" {
			t.Errorf("attendance.jsonl:%d: %+v, want a first sign-in of one person at a named desk", r.Seq, r)
		}
		if r.Desk != recs[0].Desk {
			t.Errorf("attendance.jsonl:%d: desk %q, the first sign-in's was %q", r.Seq, r.Desk, recs[0].Desk)
		}
		got = append(got, r.Person+" "+r.Name)
	}
	for _, p := range performers {
		want = append(want, p.ID+" "+p.Name)
	}
	slices.Sort(got)
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("attendance.jsonl signs in\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	t.Logf("signed in %d performers of %s at desk %q; the Stage shows %q", len(recs), act.ID, recs[0].Desk, en.Stage.HereAll)

	s.keys(t, "q")
	deadline := time.Now().Add(10 * time.Second)
	for !s.dead(t) && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
}

// attendance reads every record of the folder's attendance.jsonl.
func attendance(t *testing.T, dir string) []checkin.Record {
	t.Helper()
	return readRecords(t, filepath.Join(dir, checkin.AttendanceFile))
}

// readRecords reads every record of a log in the attendance's format.
func readRecords(t *testing.T, path string) []checkin.Record {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out []checkin.Record
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		r, err := checkin.Decode(sc.Bytes())
		if err != nil {
			t.Fatalf("%s:%d: %v", filepath.Base(path), n, err)
		}
		out = append(out, r)
	}
	return out
}
