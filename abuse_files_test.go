package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/live"
)

// The abuse of this file is of the files eventday opens and writes: nothing
// outside the event folder is touched, and nothing of the folder is
// overwritten by mistake.

// signedFolder is the signin event with two sign-ins in its log.
func signedFolder(t *testing.T) string {
	t.Helper()
	dir := newSigninFolder(t)
	for _, name := range []string{"何阿姨", "王建平"} {
		if code, _, errs := runCmd(t, "signin", dir, "--name", name, "--at", "14:40"); code != exitOK {
			t.Fatalf("signin %s: %s", name, errs)
		}
	}
	return dir
}

// folderSums is the content of every file in dir, to check that a refused
// command changed none of them.
func folderSums(t *testing.T, dir string) map[string]string {
	t.Helper()
	sums := map[string]string{}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Type().IsRegular() {
			b, _ := os.ReadFile(filepath.Join(dir, e.Name()))
			sums[e.Name()] = string(b)
		}
	}
	return sums
}

func sameSums(t *testing.T, what string, before, after map[string]string) {
	t.Helper()
	for name, b := range before {
		if after[name] != b {
			t.Errorf("%s: %s changed", what, name)
		}
	}
	for name := range after {
		if _, ok := before[name]; !ok {
			t.Errorf("%s: %s appeared", what, name)
		}
	}
}

// TestAbuseExportOverOwnFiles: -o naming one of the event folder's own
// files (the log, the roster, the programme, the lock, a log not written
// yet), by its name or through a link, "..", a hard link or a linked
// folder, is refused with exit code 2 and nothing written, even while the
// app has the folder open; the app goes on appending to its log.
func TestAbuseExportOverOwnFiles(t *testing.T) {
	englishEnv(t)
	dir := signedFolder(t)
	event, err := live.Open(dir, live.Options{Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	defer event.Close()
	other := t.TempDir()
	log := filepath.Join(dir, checkin.AttendanceFile)
	links := runtime.GOOS != "windows"
	if links {
		os.Symlink(log, filepath.Join(other, "link.json"))
		os.Symlink(dir, filepath.Join(other, "event"))
		os.Link(log, filepath.Join(other, "copy.json"))
	}
	before := folderSums(t, dir)
	s := newSession(t, dir, "DIR", other, "OTHER")
	sep := string(filepath.Separator)
	for _, args := range [][]string{
		{"--format", "json", "-o", log},
		{"-o", log},
		{"--format", "csv", "-o", filepath.Join(dir, "roster.csv")},
		{"-o", filepath.Join(dir, "roster.csv")},
		{"--format", "json", "-o", filepath.Join(dir, "event.yaml")},
		{"--format", "json", "-o", filepath.Join(dir, "show.jsonl")},
		{"--format", "xlsx", "-o", filepath.Join(dir, ".eventday.lock")},
		{"--format", "json", "-o", dir + sep + "export" + sep + ".." + sep + checkin.AttendanceFile},
		{"--format", "json", "-o", filepath.Join(other, "link.json")},
		{"--format", "json", "-o", filepath.Join(other, "copy.json")},
		{"--format", "json", "-o", filepath.Join(other, "event", "attendance.jsonl")},
	} {
		if !links && strings.HasPrefix(args[len(args)-1], other) {
			continue
		}
		if code, out, _ := s.run(append([]string{"export", dir}, args...)...); code != exitBadInput || out != "" {
			t.Errorf("export %q: exit %d, stdout %q; want 2 and nothing written", args, code, out)
		}
	}
	s.golden("export_over_own_files")
	sameSums(t, "the refused exports", before, folderSums(t, dir))
	if _, err := event.Anonymous(3); err != nil {
		t.Fatalf("the open event cannot write after the refused exports: %v", err)
	}
	if recs := records(t, dir); len(recs) != 3 {
		t.Errorf("the log holds %d records, want 3", len(recs))
	}
	// An export beside the folder's files, and into the folder itself, is
	// fine.
	if code, _, errs := runCmd(t, "export", dir, "-o", filepath.Join(dir, "attendance.csv")); code != exitOK {
		t.Errorf("export to FOLDER/attendance.csv: %s", errs)
	}
	if code, _, errs := runCmd(t, "export", dir, "-o", dir); code != exitOK {
		t.Errorf("export into FOLDER: %s", errs)
	}
}

// TestAbuseLinkedFiles: an event folder from a zip or a USB stick whose
// log, set-aside file or lock is a symbolic link to a file of the user's
// (~/.bashrc), or whose event.yaml names an act spreadsheet outside the
// folder: every command refuses it with exit code 2, naming the file, and
// neither writes nor reads (nor quotes) the file outside.
func TestAbuseLinkedFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need extra rights on Windows")
	}
	englishEnv(t)
	home := t.TempDir()
	bashrc := filepath.Join(home, ".bashrc")
	const secret = "export API_TOKEN=PRIVATE-123\n"
	os.WriteFile(bashrc, []byte(secret), 0o644)
	s := newSession(t, home, "HOME")
	for i, name := range []string{checkin.AttendanceFile, "show.jsonl", ".eventday.lock", "attendance.jsonl.torn"} {
		dir := newSigninFolder(t)
		s.paths[dir] = "DIR" + strconv.Itoa(i+1)
		if err := os.Symlink(bashrc, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{
			{"signin", dir, "--anonymous", "1"},
			{"check", dir},
			{"export", dir},
		} {
			if code, _, _ := s.run(args...); code != exitBadInput {
				t.Errorf("%s with %s a link: exit %d, want 2", args[0], name, code)
			}
		}
		if _, err := os.Stat(filepath.Join(dir, "export")); err == nil {
			t.Errorf("export with %s a link wrote an export folder", name)
		}
	}
	s.run("--lang", "zh", "signin", s.dirNamed("DIR1"), "--anonymous", "1")

	// acts_csv: a file outside the folder, however it is named there.
	dir := newSigninFolder(t)
	s.paths[dir] = "DIR5"
	os.Symlink(bashrc, filepath.Join(dir, "acts.csv"))
	for _, sheet := range []string{bashrc, "../" + filepath.Base(home) + "/.bashrc", "acts.csv"} {
		event := strings.Replace(signinEvent, "acts:\n  - id: fan-dance\n    title: 扇子舞\n    duration: 5m\n", "acts_csv: "+sheet+"\n", 1)
		os.WriteFile(filepath.Join(dir, "event.yaml"), []byte(event), 0o644)
		if code, _, _ := s.run("check", dir); code != exitBadInput {
			t.Errorf("check with acts_csv: %s: exit %d, want 2", sheet, code)
		}
	}
	s.run("--lang", "zh", "check", dir)
	s.golden("linked_files")
	if got, _ := os.ReadFile(bashrc); string(got) != secret {
		t.Errorf("~/.bashrc became %q", got)
	}
	if strings.Contains(s.b.String(), "PRIVATE") {
		t.Error("a message quotes the file outside the folder")
	}
}

// dirNamed is the path a placeholder stands for.
func (s *session) dirNamed(placeholder string) string {
	for p, name := range s.paths {
		if name == placeholder {
			return p
		}
	}
	s.t.Fatalf("no path for %s", placeholder)
	return ""
}

// TestAbuseExportPrivate: the exports hold the phone numbers in full, so
// they and the export folder are as private as the logs (0600, 0700), and
// the partial files an export killed half-way left behind are removed by
// the next export, and nothing else is.
func TestAbuseExportPrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix modes; the folder's access list protects the files")
	}
	englishEnv(t)
	dir := signedFolder(t)
	out := filepath.Join(dir, "export")
	os.Mkdir(out, 0o755) // as an older eventday made it
	left := []string{".attendance.xlsx.3141592653.eventday-partial", ".attendance.csv.27.eventday-partial"}
	kept := []string{".attendance.xlsx4529", "attendance.xlsx.bak", ".attendance.csv.27.partial"}
	for _, name := range append(append([]string{}, left...), kept...) {
		os.WriteFile(filepath.Join(out, name), []byte("13901852273"), 0o644)
	}
	if code, _, errs := runCmd(t, "export", dir); code != exitOK {
		t.Fatalf("export: %s", errs)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o700 {
		t.Errorf("export folder mode %v, want 0700", fi.Mode().Perm())
	}
	for _, name := range []string{"attendance.json", "attendance.csv", "attendance.xlsx"} {
		if fi, err := os.Stat(filepath.Join(out, name)); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("%s: %v, want mode 0600", name, err)
		}
	}
	for _, name := range left {
		if _, err := os.Lstat(filepath.Join(out, name)); err == nil {
			t.Errorf("the partial file %s is still there", name)
		}
	}
	for _, name := range kept {
		if _, err := os.Lstat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s, not an export's, was removed", name)
		}
	}
	// A folder given with -o is made private when export makes it.
	newOut := filepath.Join(t.TempDir(), "for-the-funder")
	if code, _, errs := runCmd(t, "export", dir, "-o", newOut); code != exitOK {
		t.Fatalf("export -o: %s", errs)
	}
	if fi, _ := os.Stat(newOut); fi.Mode().Perm() != 0o700 {
		t.Errorf("new -o folder mode %v, want 0700", fi.Mode().Perm())
	}
}

// TestAbuseC1Controls: a name with C1 controls (U+009B is CSI, U+009D is
// OSC: a terminal acts on them as on ESC [ and ESC ]) reaches no terminal
// raw through any JSON eventday writes: the export on stdout or in a file,
// and the log itself, as shown with cat. The JSON stays valid and reads
// back the same name.
func TestAbuseC1Controls(t *testing.T) {
	englishEnv(t)
	dir := newSigninFolder(t)
	csi, osc := "李\u009b2J太", "Mr\u009d0;pwned\u0007 Wu\u007f"
	os.WriteFile(filepath.Join(dir, "roster.csv"), []byte("name,category\n"+csi+",resident\n\""+osc+"\",resident\n"), 0o644)
	sheet := filepath.Join(t.TempDir(), "sheet.csv")
	os.WriteFile(sheet, []byte("name,time\n"+csi+",14:40\n\""+osc+"\",14:41\n"), 0o644)
	if code, _, errs := runCmd(t, "signin", dir, "--from", sheet); code != exitOK {
		t.Fatalf("signin: %s", errs)
	}
	raw := func(what string, b []byte) {
		t.Helper()
		for i := 0; i+1 < len(b); i++ {
			if b[i] == 0xc2 && b[i+1] >= 0x80 && b[i+1] <= 0x9f || b[i] == 0x7f {
				t.Errorf("%s holds a raw control at byte %d: %q", what, i, b[max(0, i-10):min(len(b), i+10)])
				return
			}
		}
	}
	raw("attendance.jsonl", attendanceBytes(t, dir))
	code, out, errs := runCmd(t, "export", dir, "--format", "json", "-o", "-")
	if code != exitOK {
		t.Fatalf("export: %s", errs)
	}
	raw("the export on stdout", []byte(out))
	if !strings.Contains(out, `李\u009b2J太`) || !strings.Contains(out, `Mr\u009d0;pwned\u0007 Wu\u007f`) {
		t.Errorf("the export does not escape the controls:\n%s", out)
	}
	var doc struct{ Records []struct{ Name string } }
	if err := json.Unmarshal([]byte(out), &doc); err != nil || len(doc.Records) != 2 || doc.Records[0].Name != csi || doc.Records[1].Name != osc {
		t.Errorf("the export reads back as %+v, %v", doc.Records, err)
	}
	if code, _, errs := runCmd(t, "export", dir); code != exitOK {
		t.Fatalf("export: %s", errs)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "export", "attendance.json"))
	raw("attendance.json", b)
	if recs := records(t, dir); len(recs) != 2 || recs[0].Name != csi || recs[1].Name != osc {
		t.Errorf("the log reads back as %+v", recs)
	}
}

// TestAbuseLockHolder: a command refused because the folder is held is
// told what holds it (the app or another signin), its process and computer,
// and since when on the event's clock (Asia/Shanghai here, whatever the
// computer's zone).
func TestAbuseLockHolder(t *testing.T) {
	englishEnv(t)
	t.Setenv("TZ", "UTC")
	dir := newSigninFolder(t)
	host, _ := os.Hostname()
	s := newSession(t, dir, "DIR", strconv.Itoa(os.Getpid()), "PID", " on "+host+",", " on HOST,", "电脑 "+host+"，", "电脑 HOST，")
	at := time.Date(2020, 5, 1, 6, 2, 0, 0, time.UTC) // 14:02 in Shanghai
	for _, holder := range []string{"signin", "run"} {
		event, err := live.Open(dir, live.Options{Command: holder, Now: func() time.Time { return at }})
		if err != nil {
			t.Fatal(err)
		}
		before := attendanceBytes(t, dir)
		for _, args := range [][]string{
			{"signin", dir, "--anonymous", "1"},
			{"--lang", "zh", "signin", dir, "--anonymous", "1"},
			{"run", dir},
			{"--lang", "zh", "run", dir},
		} {
			if code, out, _ := s.run(args...); code != exitFailure || out != "" {
				t.Errorf("%q while %s holds the folder: exit %d, stdout %q", args, holder, code, out)
			}
		}
		if !bytes.Equal(before, attendanceBytes(t, dir)) {
			t.Errorf("a refused signin wrote to the log")
		}
		event.Close()
	}
	s.golden("lock_holder")
	if !strings.Contains(s.b.String(), "2020-05-01 14:02") {
		t.Error("the holder's time is not on the event's clock")
	}
}

// TestFolderWithChineseAndSpaces: an event folder under a path with Chinese
// characters and spaces (D:\活动\五一 汇演 on Windows) works for every
// command, and messages name it as it is.
func TestFolderWithChineseAndSpaces(t *testing.T) {
	englishEnv(t)
	dir := filepath.Join(t.TempDir(), "活动 资料", "五一 汇演")
	for _, args := range [][]string{
		{"init", dir},
		{"signin", dir, "--name", "何阿姨"},
		{"check", dir},
		{"export", dir},
		{"report", dir},
	} {
		if code, _, errs := runCmd(t, args...); code != exitOK {
			t.Errorf("%s: exit %d: %s", args[0], code, errs)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "export", "attendance.xlsx")); err != nil {
		t.Error(err)
	}
	if code, _, errs := runCmd(t, "export", dir, "-o", filepath.Join(dir, "roster.csv")); code != exitBadInput || !strings.Contains(errs, filepath.Join(dir, "roster.csv")) {
		t.Errorf("exit %d, stderr %q: want the refusal naming the path as it is", code, errs)
	}
}
