//go:build unix

package e2e

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/live"
)

// TestRehearsalThenTheShow: a rehearsal (cues, a sign-in at the desk) and
// then the real show on the same folder, in the real binary. The show's
// journals hold only the show; the rehearsal's are in their own folder,
// and a fresh rehearsal keeps the earlier one aside. The report counts
// only the show.
func TestRehearsalThenTheShow(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)
	rehearsal := filepath.Join(dir, live.RehearsalDir)

	// The rehearsal: every screen says so; a GO, a sign-in, another GO.
	r := tm.start(t, "run", dir, "--rehearsal")
	tag := " " + en.Common.Rehearsal + " "
	r.waitText(t, "the rehearsal on the Stage", tag, firstAct)
	r.keys(t, "Space")
	waitCueKinds(t, rehearsal, "go")
	r.keys(t, "Tab")
	r.waitText(t, "the rehearsal at the Desk", tag, "["+en.Common.TabDesk+"]")
	r.keys(t, "-l", "何阿姨")
	r.waitText(t, "何阿姨 found", "> 何阿姨")
	r.keys(t, "Enter")
	r.waitText(t, "the sign-in", fmt.Sprintf(en.Desk.Signed, "何阿姨"))
	r.keys(t, "BTab")
	time.Sleep(2500 * time.Millisecond) // past the double-GO guard
	r.keys(t, "Space")
	waitCueKinds(t, rehearsal, "go", "go")
	quitApp(t, r)
	if n := lines(t, filepath.Join(rehearsal, checkin.AttendanceFile)); n != 1 {
		t.Errorf("the rehearsal's attendance.jsonl has %d lines, want the one sign-in", n)
	}
	for _, name := range []string{live.ShowLog, checkin.AttendanceFile} {
		if n := lines(t, filepath.Join(dir, name)); n != 0 {
			t.Errorf("after the rehearsal the show's %s has %d lines, want none", name, n)
		}
	}

	// The show: no tag, one GO.
	s := tm.start(t, "run", dir)
	s.waitText(t, "the show", firstAct)
	if screen := s.screen(t); strings.Contains(screen, tag) {
		t.Fatalf("the show says it is a rehearsal:\n%s", screen)
	}
	s.keys(t, "Space")
	s.waitFor(t, "the first act live", liveAct(firstAct))
	waitCueKinds(t, dir, "go")
	quitApp(t, s)
	if n := lines(t, filepath.Join(dir, checkin.AttendanceFile)); n != 0 {
		t.Errorf("the show's attendance.jsonl has %d lines: the rehearsal's sign-in leaked", n)
	}
	if kinds := cueKinds(t, rehearsal); strings.Join(kinds, " ") != "go go" {
		t.Errorf("the show wrote into the rehearsal's show.jsonl: %q", kinds)
	}
	out, err := exec.Command(binary, "--lang", "en", "report", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("eventday report: %v\n%s", err, out)
	}
	if !regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(en.Report.People) + `\s+0$`).Match(out) {
		t.Errorf("the report counts people the rehearsal signed in:\n%s", out)
	}

	// A fresh rehearsal starts from the top and keeps the earlier aside.
	f := tm.start(t, "run", dir, "--rehearsal", "--fresh")
	f.waitText(t, "the fresh rehearsal", tag, fmt.Sprintf(en.Stage.StartHint, firstAct))
	quitApp(t, f)
	earlier, _ := filepath.Glob(filepath.Join(rehearsal, "earlier-*"))
	if len(earlier) != 1 {
		t.Fatalf("after --fresh the rehearsal folder holds %q, want one earlier rehearsal", earlier)
	}
	if kinds := cueKinds(t, earlier[0]); strings.Join(kinds, " ") != "go go" {
		t.Errorf("the earlier rehearsal kept aside holds %q, want its two GOs", kinds)
	}
	if n := lines(t, filepath.Join(rehearsal, live.ShowLog)); n != 0 {
		t.Errorf("the fresh rehearsal starts with %d cues", n)
	}
	if kinds := cueKinds(t, dir); strings.Join(kinds, " ") != "go" {
		t.Errorf("the show's show.jsonl holds %q, want only its GO", kinds)
	}
}

// TestRehearsalKeyOnTheFirstScreen: on a folder whose show has not started,
// on another day than the event's, the first screen offers R; R opens the
// rehearsal, whose GO goes to its own journal.
func TestRehearsalKeyOnTheFirstScreen(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)
	// The event was yesterday, in the event's zone or any other.
	yaml := filepath.Join(dir, "event.yaml")
	data, err := os.ReadFile(yaml)
	if err != nil {
		t.Fatal(err)
	}
	data = regexp.MustCompile(`(?m)^  date: .*$`).ReplaceAll(data, []byte("  date: "+time.Now().AddDate(0, 0, -2).Format("2006-01-02")))
	if err := os.WriteFile(yaml, data, 0o644); err != nil {
		t.Fatal(err)
	}

	s := tm.start(t, "run", dir)
	offer := strings.SplitN(en.Stage.RehearsalOffer, "(", 2)[0]
	s.waitText(t, "the offer of a rehearsal", offer, "R "+en.Stage.KeyRehearse)
	s.keys(t, "R")
	s.waitText(t, "the rehearsal", " "+en.Common.Rehearsal+" ")
	s.keys(t, "Space")
	waitCueKinds(t, filepath.Join(dir, live.RehearsalDir), "go")
	quitApp(t, s)
	if n := lines(t, filepath.Join(dir, live.ShowLog)); n != 0 {
		t.Errorf("the rehearsal opened with R wrote %d lines into the show's show.jsonl", n)
	}
}

// quitApp quits eventday (yes to the question asked while an act is live)
// and waits for it to end.
func quitApp(t *testing.T, s *session) {
	t.Helper()
	s.keys(t, "q")
	time.Sleep(300 * time.Millisecond)
	if !s.dead(t) {
		s.keys(t, "y")
	}
	deadline := time.Now().Add(10 * time.Second)
	for !s.dead(t) {
		if time.Now().After(deadline) {
			t.Fatalf("eventday did not quit:\n%s", s.screen(t))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// lines counts the lines of a journal; 0 when it does not exist.
func lines(t *testing.T, path string) int {
	t.Helper()
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return 0
	}
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Count(data, []byte("\n"))
}

// cueKinds are the kinds of the cues of dir's show.jsonl, in order.
func cueKinds(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	for _, c := range cueLines(t, dir) {
		out = append(out, c.Kind)
	}
	return out
}
