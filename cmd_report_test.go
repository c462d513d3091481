package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"eventday/i18n"
)

func TestReportCommand(t *testing.T) {
	dir := exportFolder(t)
	code, out, errs := runCmd(t, "report", dir)
	if code != exitOK || errs != "" {
		t.Fatalf("report: exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"幸福里社区五一文艺汇演", "Attendance", "People", "By category", "Arrivals per 15 minutes", "The programme as it ran", "Incident notes", "█"} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// Not a terminal: the default width.
	for _, l := range strings.Split(out, "\n") {
		if width := len([]rune(l)); width > 80*2 {
			t.Errorf("line of %d runes: %q", width, l)
		}
	}

	code, md, errs := runCmd(t, "report", dir, "--format", "md", "--lang", "zh")
	if code != exitOK || errs != "" {
		t.Fatalf("report --format md: exit %d, stderr %q", code, errs)
	}
	for _, want := range []string{"# 幸福里社区五一文艺汇演", "## 到场人数", "| 总人数 | 5 |", "## 节目实际进行情况", "| # | 节目 |"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown report lacks %q:\n%s", want, md)
		}
	}
	// Reading is all it does.
	if _, err := os.Stat(filepath.Join(dir, "export")); err == nil {
		t.Error("report wrote an export")
	}
}

func TestReportNeverStarted(t *testing.T) {
	englishEnv(t)
	dir := t.TempDir()
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatal(errs)
	}
	code, out, errs := runCmd(t, "report", dir)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, "The show has not started.") || !strings.Contains(out, "Nobody has signed in.") {
		t.Errorf("report of a fresh folder:\n%s", out)
	}
}

func TestReportBadFormat(t *testing.T) {
	dir := exportFolder(t)
	code, out, errs := runCmd(t, "report", dir, "--format", "html")
	if code != exitBadInput || out != "" || !strings.Contains(errs, `"html"`) {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if code, _, _ := runCmd(t, "report", filepath.Join(dir, "nowhere")); code != exitBadInput {
		t.Errorf("report of a missing folder: exit %d, want 2", code)
	}
}

// TestReportFixedClock runs the command's own function with a fixed clock
// and width: the same output as the report package, with the phone numbers
// of the folder nowhere whole.
func TestReportFixedClock(t *testing.T) {
	dir := exportFolder(t)
	now := time.Date(2026, 5, 1, 17, 0, 0, 0, time.UTC)
	var out, errs bytes.Buffer
	if err := runReport(i18n.For("en"), dir, "text", now, 60, &out, &errs); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Report made 2026-05-02 01:00") {
		t.Errorf("the report's time is not the clock's, in the event's zone:\n%s", out.String())
	}
	for _, l := range strings.Split(out.String(), "\n") {
		if w := ansi.StringWidth(l); w > 60 {
			t.Errorf("line %q is %d cells, wider than 60", l, w)
		}
	}
	if strings.Contains(out.String(), "13901852273") {
		t.Error("a phone number is shown whole")
	}
}
