package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"eventday/inert"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/text/encoding/simplifiedchinese"

	"eventday/checkin"
	"eventday/live"
)

var updateAbuse = flag.Bool("abuse.update", false, "rewrite testdata/abuse/*.txt with what the commands print now")

// abuseEvent is an event whose name and act title carry terminal escape
// sequences (clear the screen, set the window title, colours) and a bidi
// override, as a copied-and-pasted or malicious event.yaml may.
const abuseEvent = `event:
  name: "May\e[2J Day\e]0;pwned\a \u202Eevil"
  date: 2020-05-01
  start: "14:30"
  timezone: Asia/Shanghai
acts:
  - id: choir
    title: "Choir\e[31m red \e[0m"
    duration: 5m
`

// abuseFolder writes an event folder with the hostile event.yaml and the
// given roster.
func abuseFolder(t *testing.T, dir, roster string) string {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	for name, body := range map[string]string{"event.yaml": abuseEvent, "roster.csv": roster} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// session collects what a user would see running a few commands, with
// temporary paths written as placeholders, for a golden transcript.
type session struct {
	t     *testing.T
	paths map[string]string // path → placeholder
	b     strings.Builder
}

func newSession(t *testing.T, paths ...string) *session {
	s := &session{t: t, paths: map[string]string{}}
	for i := 0; i+1 < len(paths); i += 2 {
		s.paths[paths[i]] = paths[i+1]
	}
	return s
}

// run runs one command line, checks that nothing it printed can act on
// the terminal and that it did not panic, and adds it to the transcript.
func (s *session) run(args ...string) (code int, stdout, stderr string) {
	s.t.Helper()
	code, stdout, stderr = runCmd(s.t, args...)
	for _, out := range []string{stdout, stderr} {
		if i := strings.IndexFunc(out, func(r rune) bool { return r != '\n' && inert.Dangerous(r) }); i >= 0 {
			s.t.Errorf("eventday %s printed a control character %q: %q", s.hide(strings.Join(args, " ")), out[i:i+1], s.hide(out))
		}
		if strings.Contains(out, "panic") || strings.Contains(out, "goroutine ") {
			s.t.Errorf("eventday %s panicked: %s", s.hide(strings.Join(args, " ")), out)
		}
	}
	var hidden []string
	for _, a := range args {
		hidden = append(hidden, s.hide(a))
	}
	fmt.Fprintf(&s.b, "$ eventday %s\n", strings.Join(quoted(hidden), " "))
	fmt.Fprintf(&s.b, "%s%s[exit %d]\n\n", s.hide(stdout), s.hide(stderr), code)
	return code, stdout, stderr
}

// hide writes the test's temporary paths as their placeholders.
func (s *session) hide(text string) string {
	for p, name := range s.paths {
		text = strings.ReplaceAll(text, p, name)
	}
	return text
}

// golden compares the transcript with testdata/abuse/NAME.txt, the
// messages each kind of abuse is expected to get.
func (s *session) golden(name string) {
	s.t.Helper()
	path := filepath.Join("testdata", "abuse", name+".txt")
	got := s.b.String()
	if *updateAbuse {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			s.t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			s.t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		s.t.Fatalf("%v (run with -abuse.update to write it)", err)
	}
	if got != string(want) {
		s.t.Errorf("%s differs from what the commands print now:\n--- want\n%s\n--- got\n%s", path, want, got)
	}
}

func TestAbuseEscapeSequences(t *testing.T) {
	englishEnv(t)
	dir := abuseFolder(t, "", "name,category,group\n"+
		"\"\x1b[31m红\x1b[0m\",resident,1号楼\n"+
		"\"two\nlines\",resident,2号楼\n"+
		"\"\u202eevil\",resident,3号楼\n")
	sheets := t.TempDir()
	sheet, bad := filepath.Join(sheets, "sheet.csv"), filepath.Join(sheets, "bad.csv")
	os.WriteFile(sheet, []byte("name,time,party\n\"\x1b]0;pwned\x07\",14:43,2\n"), 0o644)
	os.WriteFile(bad, []byte("name,time\n\"\x1b[2J\",14:44\n,\x1b[5n\n"), 0o644)
	s := newSession(t, dir, "DIR", sheets, "SHEETS")
	s.run("check", dir)
	s.run("signin", dir, "--name", "\x1b[31m红\x1b[0m", "--at", "14:40")
	s.run("signin", dir, "--name", "two\nlines", "--at", "14:41")
	s.run("signin", dir, "--name", "\u202eevil", "--at", "14:42")
	s.run("signin", dir, "--name", "\x1b[31m红\x1b[0m")
	s.run("signin", dir, "--name", "\x1b]0;pwned\x07")
	s.run("signin", dir, "--from", bad)
	s.run("signin", dir, "--from", sheet, "--walk-in")
	s.golden("escape_sequences")
	if recs := records(t, dir); len(recs) != 4 || recs[0].Name != "\x1b[31m红\x1b[0m" || recs[3].Name != "\x1b]0;pwned\x07" {
		t.Errorf("the names are stored as they are on the roster; got %+v", recs)
	}
}

func TestAbuseLongNames(t *testing.T) {
	englishEnv(t)
	long := strings.Repeat("长", 10000)
	dir := abuseFolder(t, "", "name,category,group\n"+long+",resident,1号楼\n何阿姨,performer,夕阳红舞蹈队\n")
	sheet := filepath.Join(t.TempDir(), "sheet.csv")
	os.WriteFile(sheet, []byte("姓名\n何阿姨\n"+long+"\n"), 0o644)
	s := newSession(t, dir, "DIR", sheet, "SHEET")
	s.run("check", dir)
	s.run("signin", dir, "--name", long)
	s.run("signin", dir, "--name", long, "--walk-in")
	s.run("signin", dir, "--from", sheet)
	s.run("signin", dir, "--name", "何阿姨", "--at", "14:40")
	s.golden("long_names")
}

func TestAbuseHugeRoster(t *testing.T) {
	englishEnv(t)
	var b strings.Builder
	b.WriteString("name,category,group,phone\n")
	for i := range 100_000 {
		fmt.Fprintf(&b, "居民%05d,resident,%d号楼,139%08d\n", i, i%40+1, i)
	}
	dir := abuseFolder(t, "", b.String())
	s := newSession(t, dir, "DIR")
	start := time.Now()
	s.run("check", dir)
	checked := time.Since(start)
	s.run("signin", dir, "--name", "居民99999", "--at", "14:40")
	s.run("signin", dir, "--name", "居民5", "--at", "14:40")
	t.Logf("100,000-line roster: check %v, check+2 sign-ins %v", checked.Round(time.Millisecond), time.Since(start).Round(time.Millisecond))
	s.golden("huge_roster")
}

func TestAbuseGarbageLog(t *testing.T) {
	englishEnv(t)
	size := 100 << 20
	if testing.Short() {
		size = 1 << 20
	}
	dir := abuseFolder(t, "", "name,category\n何阿姨,performer\n")
	path := filepath.Join(dir, checkin.AttendanceFile)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	// Seeded, so that the message is the same on every run.
	if _, err := io.CopyN(f, rand.NewChaCha8([32]byte{'e', 'v', 'e', 'n', 't', 'd', 'a', 'y'}), int64(size)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	before := fileSum(t, path)

	s := newSession(t, dir, "DIR")
	start := time.Now()
	s.run("check", dir)
	s.run("signin", dir, "--anonymous", "1")
	t.Logf("%d MB of garbage: check and signin refused it in %v", size>>20, time.Since(start).Round(time.Millisecond))
	if !testing.Short() {
		s.golden("garbage_log")
	}
	if fileSum(t, path) != before {
		t.Error("attendance.jsonl changed")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.Name() != "event.yaml" && e.Name() != "roster.csv" && e.Name() != checkin.AttendanceFile {
			t.Errorf("the refused start left %s behind", e.Name())
		}
	}
}

func fileSum(t *testing.T, path string) [32]byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return sha256.Sum256(b)
}

// mountTmpfs mounts a tmpfs of size bytes on a new folder, or skips the
// test where the machine does not let it (not root, or a container
// without the right).
func mountTmpfs(t *testing.T, size int) string {
	t.Helper()
	if os.Geteuid() != 0 {
		t.Skip("mounting a tmpfs needs root")
	}
	dir := t.TempDir()
	if err := syscall.Mount("tmpfs", dir, "tmpfs", 0, fmt.Sprintf("size=%d,mode=0755", size)); err != nil {
		t.Skipf("cannot mount a tmpfs here: %v", err)
	}
	t.Cleanup(func() {
		if err := syscall.Unmount(dir, 0); err != nil {
			t.Errorf("unmount %s: %v", dir, err)
		}
	})
	return dir
}

func TestAbuseReadOnlyFolder(t *testing.T) {
	englishEnv(t)
	var dir, variant string
	if os.Geteuid() == 0 {
		// Root writes through any file mode, so only a read-only mount
		// makes a folder read-only for it.
		dir = mountTmpfs(t, 1<<20)
		abuseFolder(t, dir, "name,category\n何阿姨,performer\n")
		if err := syscall.Mount("", dir, "", syscall.MS_REMOUNT|syscall.MS_RDONLY, ""); err != nil {
			t.Skipf("cannot remount read-only: %v", err)
		}
		variant = "read_only_mount"
	} else {
		dir = abuseFolder(t, "", "name,category\n何阿姨,performer\n")
		os.Chmod(dir, 0o555)
		t.Cleanup(func() { os.Chmod(dir, 0o755) })
		variant = "read_only_mode"
	}
	s := newSession(t, dir, "DIR")
	if code, _, _ := s.run("check", dir); code != exitOK {
		t.Errorf("check of a read-only folder: exit %d, want 0 (it only reads)", code)
	}
	if code, _, _ := s.run("signin", dir, "--anonymous", "1"); code != exitFailure {
		t.Errorf("signin into a read-only folder: exit %d, want 1", code)
	}
	s.golden(variant)
}

func TestAbuseFullDisk(t *testing.T) {
	englishEnv(t)
	dir := mountTmpfs(t, 256<<10)
	abuseFolder(t, dir, "name,category\n何阿姨,performer\n")
	// The lock file exists with a page of its own, as after an earlier
	// run, so that the first write that needs a new page is the sign-in.
	os.WriteFile(filepath.Join(dir, ".eventday.lock"), []byte("pid 1 on earlier\n"), 0o600)
	filler := filepath.Join(dir, "filler")
	fill(t, filler)

	s := newSession(t, dir, "DIR")
	code, out, _ := s.run("signin", dir, "--name", "何阿姨", "--at", "14:40")
	if code != exitFailure || out != "" {
		t.Errorf("signin on a full disk: exit %d, stdout %q; want exit 1 and nothing acknowledged", code, out)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, checkin.AttendanceFile)); len(b) != 0 {
		t.Errorf("the failed sign-in left %q in the log", b)
	}
	os.Remove(filler)
	if code, _, _ := s.run("signin", dir, "--name", "何阿姨", "--at", "14:40"); code != exitOK {
		t.Errorf("signin once there is room again: exit %d", code)
	}
	if recs := records(t, dir); len(recs) != 1 || recs[0].Seq != 1 {
		t.Errorf("after the full disk the log holds %+v, want one sign-in #1", recs)
	}
	s.golden("full_disk")
}

// fill writes to path until the disk is full.
func fill(t *testing.T, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := bytes.Repeat([]byte{'x'}, 4096)
	for {
		if _, err := f.Write(chunk); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatalf("filling the disk: %v", err)
			}
			return
		}
	}
}

// TestAbuseWriteLimit is the full disk where no tmpfs can be mounted: the
// command runs in a child process whose file size limit (RLIMIT_FSIZE)
// lets it take the lock but not append the sign-in, so the write fails
// ("file too large") as a full disk fails it.
func TestAbuseWriteLimit(t *testing.T) {
	englishEnv(t)
	dir := abuseFolder(t, "", "name,category\n何阿姨,performer\n")
	s := newSession(t, dir, "DIR")
	code, out, errs := s.runLimited(100, "signin", dir, "--name", "何阿姨", "--at", "14:40")
	if code != exitFailure || out != "" {
		t.Errorf("signin past the file size limit: exit %d, stdout %q, stderr %q; want exit 1 and nothing acknowledged", code, out, errs)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, checkin.AttendanceFile)); len(b) != 0 {
		t.Errorf("the failed sign-in left %q in the log", b)
	}
	if code, _, _ := s.run("signin", dir, "--name", "何阿姨", "--at", "14:40"); code != exitOK {
		t.Errorf("signin without the limit: exit %d", code)
	}
	if recs := records(t, dir); len(recs) != 1 || recs[0].Seq != 1 {
		t.Errorf("the log holds %+v, want one sign-in #1", recs)
	}
	s.golden("write_limit")
}

// limitedEnv carries the command line and the limit to the child process
// of runLimited.
const limitedEnv = "EVENTDAY_TEST_FSIZE_RUN"

// runLimited runs the command line like run, in a child process (this test
// binary again) that may write files of at most limit bytes.
func (s *session) runLimited(limit uint64, args ...string) (code int, stdout, stderr string) {
	s.t.Helper()
	spec, _ := json.Marshal(struct {
		Limit uint64
		Args  []string
	}{limit, args})
	cmd := exec.Command(os.Args[0], "-test.run=^TestLimitedChild$")
	cmd.Env = append(os.Environ(), limitedEnv+"="+string(spec))
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		s.t.Fatal(err)
	}
	code = cmd.ProcessState.ExitCode()
	var hidden []string
	for _, a := range args {
		hidden = append(hidden, s.hide(a))
	}
	fmt.Fprintf(&s.b, "$ eventday %s   # file size limit %d bytes\n", strings.Join(quoted(hidden), " "), limit)
	fmt.Fprintf(&s.b, "%s%s[exit %d]\n\n", s.hide(out.String()), s.hide(errb.String()), code)
	return code, out.String(), errb.String()
}

func quoted(args []string) []string {
	var out []string
	for _, a := range args {
		out = append(out, fmt.Sprintf("%q", cut(a)))
	}
	return out
}

// TestLimitedChild is the child process of runLimited; run on its own it
// does nothing.
func TestLimitedChild(t *testing.T) {
	raw := os.Getenv(limitedEnv)
	if raw == "" {
		return
	}
	var spec struct {
		Limit uint64
		Args  []string
	}
	if err := json.Unmarshal([]byte(raw), &spec); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(99)
	}
	var lim syscall.Rlimit
	syscall.Getrlimit(syscall.RLIMIT_FSIZE, &lim)
	lim.Cur = spec.Limit
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &lim); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(99)
	}
	os.Exit(run(spec.Args, os.Stdout, os.Stderr))
}

// mask writes what changes from run to run (the minute a backup is
// stamped with, the time now) as a placeholder in the transcript.
func (s *session) mask(pattern, placeholder string) {
	text := regexp.MustCompile(pattern).ReplaceAllString(s.b.String(), placeholder)
	s.b.Reset()
	s.b.WriteString(text)
}

// TestAbuseSheetTwice: a paper sheet typed in twice (after a doubt, or
// saved again with a row added, in another encoding) counts each row once;
// one typed in up to a full disk is finished by running it again.
func TestAbuseSheetTwice(t *testing.T) {
	englishEnv(t)
	dir := abuseFolder(t, "", "name,category\n何阿姨,performer\n王芳,resident\n")
	sheets := t.TempDir()
	sheet := filepath.Join(sheets, "sheet.csv")
	rows := "name,time,party\n何阿姨,14:31,3\n,14:35,5\n,14:35,5\n王芳,14:40,\n"
	os.WriteFile(sheet, []byte(rows), 0o644)
	s := newSession(t, dir, "DIR", sheets, "SHEETS")
	s.run("signin", dir, "--from", sheet)
	s.run("signin", dir, "--from", sheet)
	s.run("signin", dir, "--from", sheet, "--again")
	// Saved again by a spreadsheet: GB18030, CRLF, a note, a row more.
	gbk, err := simplifiedchinese.GB18030.NewEncoder().String(strings.ReplaceAll(
		"姓名,时间,人数,备注\n何阿姨,14:31,3,队长\n,14:35,5,\n,14:35,5,\n王芳,14:40,,\n,14:50,2,迟到\n", "\n", "\r\n"))
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(sheet, []byte(gbk), 0o644)
	s.run("signin", dir, "--from", sheet)
	s.run("signin", dir, "--from", sheet, "--lang", "zh")
	if got := people(t, dir); got != 16 {
		t.Errorf("%d people in, want 3+5+5+1+2 = 16", got)
	}

	// A full disk stops the first run after its first entry, between a
	// person and the two who came with them; the second writes the rest,
	// and nothing twice.
	full := abuseFolder(t, "", "name,category\n何阿姨,performer\n王芳,resident\n")
	os.WriteFile(sheet, []byte(rows), 0o644)
	s.paths[full] = "FULL"
	if code, _, _ := s.runLimited(350, "signin", full, "--from", sheet); code != exitFailure {
		t.Errorf("signin past the file size limit: exit %d, want 1", code)
	}
	s.run("signin", full, "--from", sheet)
	s.run("signin", full, "--from", sheet)
	if got := people(t, full); got != 14 {
		t.Errorf("%d people in after the full disk, want 3+5+5+1 = 14", got)
	}
	s.golden("sheet_twice")
}

// people is how many people a folder's log counts.
func people(t *testing.T, dir string) int {
	t.Helper()
	f, err := live.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	return f.Log.Totals().People
}

// TestAbuseDamagedLogs: a power cut leaves a last line of zero bytes that
// ends in a newline: it is left out, then set aside, like a line cut
// short. Damage in the middle names its line and "eventday repair", which
// keeps the file whole, moves the damaged lines out and lets the folder
// open again; it never runs while the app has the folder open.
func TestAbuseDamagedLogs(t *testing.T) {
	englishEnv(t)
	dir := abuseFolder(t, "", "name,category\n何阿姨,performer\n")
	att := filepath.Join(dir, checkin.AttendanceFile)
	out := filepath.Join(t.TempDir(), "out.csv")
	s := newSession(t, dir, "DIR", out, "OUT")
	s.run("signin", dir, "--name", "何阿姨", "--at", "14:40")
	s.run("signin", dir, "--anonymous", "3", "--at", "14:41")
	appendTo(t, att, string(make([]byte, 4095))+"\n")
	s.run("check", dir)
	s.run("export", dir, "-o", out)
	if code, _, errs := runCmd(t, "report", dir); code != exitOK || !strings.Contains(errs, "attendance.jsonl:3: the last line is damaged") {
		t.Errorf("report: exit %d, stderr %q", code, errs)
	}
	s.run("signin", dir, "--anonymous", "2", "--at", "14:42")
	if aside, _ := os.ReadFile(att + ".torn"); len(aside) != 4096 {
		t.Errorf("set aside %d bytes, want the 4096 of the line", len(aside))
	}

	// Damage in the middle: a page of zeros between two sign-ins, and a
	// cue cut short before another.
	s.run("signin", dir, "--anonymous", "1", "--at", "14:43")
	data, _ := os.ReadFile(att)
	lines := strings.SplitAfter(string(data), "\n")
	os.WriteFile(att, []byte(strings.Join(lines[:2], "")+string(make([]byte, 100))+"\n"+strings.Join(lines[2:], "")), 0o600)
	appendTo(t, filepath.Join(dir, live.ShowLog), `{"seq":1,"at":"2020-05-01T14:30:00+08:00","kind":"go"}`+"\n"+
		"{\"seq\":2,\"at\":\"2020-05-01T14:3\n"+
		`{"seq":3,"at":"2020-05-01T14:36:00+08:00","kind":"note","text":"mic"}`+"\n")
	before := fileSum(t, att)
	s.run("check", dir)
	s.run("signin", dir, "--anonymous", "1", "--at", "14:45")
	if fileSum(t, att) != before {
		t.Fatal("a refused sign-in changed the log")
	}

	open := abuseFolder(t, "", "name,category\n何阿姨,performer\n")
	s.paths[open] = "OPEN"
	ev, err := live.Open(open, live.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.run("repair", open)
	ev.Close()

	s.run("repair", dir)
	s.run("check", dir)
	s.run("signin", dir, "--anonymous", "1", "--at", "14:45")
	s.run("repair", dir)
	s.run("repair", dir, "--lang", "zh")
	s.mask(`\.bak-\d{8}-\d{4}`, ".bak-STAMP")
	s.mask(`\(pid [^)]*\)`, "(pid PID on HOST since TIME)")
	s.golden("damaged_logs")
	if got := people(t, dir); got != 1+3+2+1+1 {
		t.Errorf("%d people after the repair, want 8", got)
	}
}

func appendTo(t *testing.T, path, text string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o600)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := f.WriteString(text); err != nil {
		t.Fatal(err)
	}
}

// TestAbuseSeqAndTimes: a sequence number no sign-in could follow is an
// error naming its line, not a log that reads and then refuses every
// sign-in; times in the future or after the clock went back are flagged by
// check, naming their lines.
func TestAbuseSeqAndTimes(t *testing.T) {
	englishEnv(t)
	dir := abuseFolder(t, "", "name,category\n何阿姨,performer\n")
	att := filepath.Join(dir, checkin.AttendanceFile)
	s := newSession(t, dir, "DIR")
	s.run("signin", dir, "--anonymous", "1", "--at", "14:40")
	appendTo(t, att, `{"seq":9223372036854775807,"at":"2020-05-01T14:41:00+08:00","kind":"signin","party":2,"desk":"paper"}`+"\n")
	s.run("check", dir)
	s.run("signin", dir, "--anonymous", "1", "--at", "14:42")
	s.run("repair", dir)
	s.run("signin", dir, "--anonymous", "1", "--at", "14:42")

	appendTo(t, att, `{"seq":3,"at":"2099-05-01T14:41:00+08:00","kind":"signin","party":2,"desk":"paper"}`+"\n"+
		`{"seq":4,"at":"2099-05-01T14:42:00+08:00","kind":"signin","party":2,"desk":"paper"}`+"\n"+
		`{"seq":5,"at":"2020-05-01T14:00:00+08:00","kind":"signin","party":2,"desk":"paper"}`+"\n")
	appendTo(t, filepath.Join(dir, live.ShowLog), `{"seq":1,"at":"2099-05-01T14:30:00+08:00","kind":"go"}`+"\n")
	s.run("check", dir)
	s.mask(`\.bak-\d{8}-\d{4}`, ".bak-STAMP")
	s.mask(`than now \([^)]*\)`, "than now (NOW)")
	s.mask(`earlier than line (\d+) \([^)]*\)`, "earlier than line $1 (WRITTEN)")
	s.golden("seq_and_times")
}

// TestAbuseAtAfterMidnight: at an evening event, a time after midnight is
// the night after the event's date; at an afternoon event it asks for the
// date, which it then takes.
func TestAbuseAtAfterMidnight(t *testing.T) {
	englishEnv(t)
	evening := abuseFolder(t, "", "name,category\n何阿姨,performer\n")
	os.WriteFile(filepath.Join(evening, "event.yaml"), []byte(strings.Replace(abuseEvent, `start: "14:30"`, `start: "19:30"`, 1)), 0o644)
	afternoon := abuseFolder(t, "", "name,category\n何阿姨,performer\n")
	sheet := filepath.Join(t.TempDir(), "sheet.csv")
	os.WriteFile(sheet, []byte("name,time,party\n,23:50,2\n,00:10,3\n"), 0o644)
	s := newSession(t, evening, "EVENING", afternoon, "AFTERNOON", sheet, "SHEET")
	s.run("signin", evening, "--anonymous", "1", "--at", "00:10")
	s.run("signin", evening, "--from", sheet)
	s.run("signin", afternoon, "--anonymous", "1", "--at", "00:10")
	s.run("signin", afternoon, "--anonymous", "1", "--at", "00:10", "--lang", "zh")
	s.run("signin", afternoon, "--from", sheet)
	s.run("signin", afternoon, "--anonymous", "1", "--at", "2020-05-02 00:10")
	s.golden("at_after_midnight")
	if recs := records(t, evening); len(recs) != 3 || recs[0].At.Day() != 2 || recs[1].At.Day() != 1 || recs[2].At.Day() != 2 {
		t.Errorf("the evening's sign-ins: %+v", recs)
	}
}
