package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/live"
	"eventday/program"
)

// exportFolder is the built-in event (as init writes it) with three
// sign-ins, one of them undone, and two acts played. It returns the folder
// closed.
func exportFolder(t *testing.T) string {
	t.Helper()
	englishEnv(t)
	dir := filepath.Join(t.TempDir(), "mayday")
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatalf("init: %s", errs)
	}
	// A clock of its own, so that the second GO is not a double tap.
	now := time.Now()
	event, err := live.Open(dir, live.Options{Desk: "gate", Now: func() time.Time { return now }})
	if err != nil {
		t.Fatal(err)
	}
	defer event.Close()
	for _, q := range []string{"何阿姨", "王建平"} {
		m := event.Search(q, 1)
		if len(m) == 0 {
			t.Fatalf("no %s in the demo roster", q)
		}
		if _, err := event.SignIn(m[0].Person, false); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := event.UndoSignIn(); err != nil {
		t.Fatal(err)
	}
	if _, err := event.Anonymous(4); err != nil {
		t.Fatal(err)
	}
	if _, err := event.Cue(program.Cue{Kind: program.KindGo}); err != nil {
		t.Fatal(err)
	}
	now = now.Add(5 * time.Minute)
	if _, err := event.Cue(program.Cue{Kind: program.KindGo}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// exportedPeople reads the totals of an attendance.json.
func exportedPeople(t *testing.T, data []byte) (people, records int) {
	t.Helper()
	var doc struct {
		Totals  struct{ People int }
		Records []json.RawMessage
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		t.Fatalf("attendance.json: %v\n%s", err, data)
	}
	return doc.Totals.People, len(doc.Records)
}

func TestExportWritesAllThree(t *testing.T) {
	dir := exportFolder(t)
	code, out, errs := runCmd(t, "export", dir)
	if code != exitOK || errs != "" {
		t.Fatalf("export: exit %d, stderr %q", code, errs)
	}
	outDir := filepath.Join(dir, "export")
	for _, name := range []string{"attendance.json", "attendance.csv", "attendance.xlsx"} {
		path := filepath.Join(outDir, name)
		if !strings.Contains(out, "Wrote "+path+" (5 people, 2 sign-ins).") {
			t.Errorf("stdout does not report %s:\n%s", path, out)
		}
		if fi, err := os.Stat(path); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", name, err)
		}
	}
	data, _ := os.ReadFile(filepath.Join(outDir, "attendance.json"))
	if people, n := exportedPeople(t, data); people != 5 || n != 2 {
		t.Errorf("attendance.json: %d people, %d records; want 5 and 2 (the undone sign-in left out)", people, n)
	}
	csv, _ := os.ReadFile(filepath.Join(outDir, "attendance.csv"))
	if !bytes.HasPrefix(csv, []byte("\ufeffSeq,Arrived,Name,")) {
		t.Errorf("attendance.csv starts %q", csv[:min(len(csv), 30)])
	}
	// Again, in Chinese: the files are replaced, the CSV header translated.
	if code, _, errs := runCmd(t, "export", dir, "--lang", "zh"); code != exitOK {
		t.Fatalf("second export: %s", errs)
	}
	csv, _ = os.ReadFile(filepath.Join(outDir, "attendance.csv"))
	if !bytes.HasPrefix(csv, []byte("\ufeff序号,签到时间,姓名,")) {
		t.Errorf("attendance.csv in Chinese starts %q", csv[:min(len(csv), 30)])
	}
	if entries, _ := os.ReadDir(outDir); len(entries) != 3 {
		t.Errorf("the export folder holds %d files, want 3 (no temporary files left)", len(entries))
	}
}

func TestExportOneFormat(t *testing.T) {
	dir := exportFolder(t)
	elsewhere := t.TempDir()

	csvPath := filepath.Join(elsewhere, "mayday.csv")
	code, out, errs := runCmd(t, "export", dir, "--format", "csv", "-o", csvPath)
	if code != exitOK || !strings.Contains(out, csvPath) {
		t.Fatalf("--format csv -o: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	// The name says the format.
	xlsxPath := filepath.Join(elsewhere, "mayday.xlsx")
	if code, _, errs := runCmd(t, "export", dir, "-o", xlsxPath); code != exitOK {
		t.Fatalf("-o x.xlsx: %s", errs)
	}
	if data, _ := os.ReadFile(xlsxPath); !bytes.HasPrefix(data, []byte("PK")) {
		t.Error("mayday.xlsx is not a workbook")
	}
	entries, _ := os.ReadDir(elsewhere)
	if len(entries) != 2 {
		t.Errorf("%d files written, want mayday.csv and mayday.xlsx", len(entries))
	}
	if _, err := os.Stat(filepath.Join(dir, "export")); err == nil {
		t.Error("export/ was made though -o named another place")
	}

	code, out, errs = runCmd(t, "export", dir, "--format", "json", "-o", "-")
	if code != exitOK || errs != "" {
		t.Fatalf("-o -: exit %d, stderr %q", code, errs)
	}
	if people, n := exportedPeople(t, []byte(out)); people != 5 || n != 2 {
		t.Errorf("JSON on stdout: %d people, %d records", people, n)
	}

	// A folder given with -o gets all three.
	all := filepath.Join(elsewhere, "all")
	if code, _, errs := runCmd(t, "export", dir, "-o", all); code != exitOK {
		t.Fatalf("-o folder: %s", errs)
	}
	if entries, _ := os.ReadDir(all); len(entries) != 3 {
		t.Errorf("-o folder: %d files, want 3", len(entries))
	}
}

func TestExportBadCommandLine(t *testing.T) {
	dir := exportFolder(t)
	for _, args := range [][]string{
		{"export", dir, "--format", "pdf"},
		{"export", dir, "-o", "-"},
		{"export"},
		{"export", dir, "--nonsense"},
	} {
		code, out, errs := runCmd(t, args...)
		if code != exitBadInput || out != "" || !strings.HasPrefix(errs, "eventday: ") {
			t.Errorf("%q: exit %d, stdout %q, stderr %q; want exit 2 and an error", args, code, out, errs)
		}
	}
	if _, errs := runCmdErr(t, "export", dir, "--format", "pdf"); !strings.Contains(errs, `"pdf"`) || !strings.Contains(errs, "json, csv, xlsx") {
		t.Errorf("bad format message %q", errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "export")); err == nil {
		t.Error("a refused export wrote files")
	}
}

func runCmdErr(t *testing.T, args ...string) (int, string) {
	code, _, errs := runCmd(t, args...)
	return code, errs
}

// TestExportNoLog: a folder where nobody has signed in and the show never
// started exports zero totals.
func TestExportNoLog(t *testing.T) {
	englishEnv(t)
	dir := t.TempDir()
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatal(errs)
	}
	code, out, errs := runCmd(t, "export", dir, "--format", "json", "-o", "-")
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	if people, n := exportedPeople(t, []byte(out)); people != 0 || n != 0 {
		t.Errorf("%d people, %d records; want zero", people, n)
	}
	if _, err := os.Stat(filepath.Join(dir, checkin.AttendanceFile)); err == nil {
		t.Error("export created attendance.jsonl")
	}
}

// TestExportDamagedLog: a damaged line in the middle of the log stops the
// export with the error a start gives, line number and all, exit code 2;
// nothing is written.
func TestExportDamagedLog(t *testing.T) {
	dir := exportFolder(t)
	path := filepath.Join(dir, checkin.AttendanceFile)
	data, _ := os.ReadFile(path)
	lines := strings.SplitAfter(string(data), "\n")
	lines[1] = "{\"seq\": \"two\"}\n"
	if err := os.WriteFile(path, []byte(strings.Join(lines, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	_, openErr := live.Open(dir, live.Options{})
	if openErr == nil {
		t.Fatal("live.Open accepted the damaged log")
	}
	for _, cmd := range []string{"export", "report"} {
		code, out, errs := runCmd(t, cmd, dir)
		if code != exitBadInput {
			t.Errorf("%s: exit %d, want 2; stderr %q", cmd, code, errs)
		}
		if out != "" {
			t.Errorf("%s printed %q", cmd, out)
		}
		if want := i18n.Localize(openErr, i18n.For("en")); !strings.Contains(errs, "attendance.jsonl:2:") || !strings.Contains(errs, want) {
			t.Errorf("%s: stderr %q, want the start's error %q", cmd, errs, want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "export")); err == nil {
		t.Error("export wrote files from a damaged log")
	}
}

// TestExportWhileOpen: export and report work while eventday has the
// folder open and locked, and leave a torn last line out with a warning.
func TestExportWhileOpen(t *testing.T) {
	dir := exportFolder(t)
	event, err := live.Open(dir, live.Options{Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	defer event.Close()
	if code, _, errs := runCmd(t, "run", dir); code != exitFailure || !strings.Contains(errs, "open") {
		t.Fatalf("the folder should be locked: run gave exit %d, %q", code, errs)
	}
	f, err := os.OpenFile(filepath.Join(dir, checkin.AttendanceFile), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString(`{"seq":9,"at":"20`)
	f.Close()

	code, out, errs := runCmd(t, "export", dir)
	if code != exitOK {
		t.Fatalf("export while open: exit %d, %s", code, errs)
	}
	if !strings.Contains(out, "(5 people, 2 sign-ins)") {
		t.Errorf("stdout %q", out)
	}
	if !strings.Contains(errs, "warning: attendance.jsonl:") || !strings.Contains(errs, "left out") {
		t.Errorf("stderr %q lacks the warning about the torn line", errs)
	}
	code, out, errs = runCmd(t, "report", dir)
	if code != exitOK || !strings.Contains(out, "Attendance") {
		t.Errorf("report while open: exit %d, stderr %q", code, errs)
	}
	if !slices.ContainsFunc(strings.Split(errs, "\n"), func(l string) bool { return strings.Contains(l, "warning:") }) {
		t.Errorf("report does not warn about the torn line: %q", errs)
	}
}
