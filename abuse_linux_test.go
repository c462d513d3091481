//go:build linux

package main

// The abuses here need Linux: a tmpfs mounted read-only or full, and a
// file size limit (RLIMIT_FSIZE) on a child process.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"eventday/checkin"
)

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
