//go:build unix

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"eventday/checkin"
)

// TestAppShowsHostileTextInert opens an event whose texts try to take over
// the terminal (clear the screen, set the window title, colour everything
// red, reverse the line), with a 10,000-character act title, and whose
// roster has a name as long as a name may be and 100,000 lines: the app
// draws its screen, the title of the terminal stays what it was, and it
// quits normally.
func TestAppShowsHostileTextInert(t *testing.T) {
	tm := newTmux(t)
	dir := filepath.Join(t.TempDir(), "hostile")
	os.MkdirAll(dir, 0o755)
	event := "event:\n" +
		"  name: \"May\\e[2J Day\\e]0;pwned\\a \\u202Eevil\"\n" +
		"  date: 2020-05-01\n  start: \"14:30\"\n  timezone: Asia/Shanghai\n" +
		"acts:\n" +
		"  - id: choir\n    title: \"Choir\\e[41m\\e]2;pwned\\a\"\n    duration: 5m\n" +
		"    intro: \"\\e[2Jline one\\nline two\\e[H\"\n" +
		"  - title: \"" + strings.Repeat("长", 10000) + "\"\n    duration: 4m\n"
	var roster strings.Builder
	roster.WriteString("name,category,group,act\n")
	roster.WriteString("\"\x1b]0;pwned\x07何\",performer,1号楼,choir\n")
	roster.WriteString(strings.Repeat("长", checkin.MaxName) + ",resident,2号楼,\n")
	for i := range 100_000 {
		fmt.Fprintf(&roster, "居民%05d,resident,%d号楼,\n", i, i%40+1)
	}
	for name, body := range map[string]string{"event.yaml": event, "roster.csv": roster.String()} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	s := tm.start(t, "run", dir)
	s.waitText(t, "the programme", "Choir", "长长长")
	if title := strings.TrimSpace(tm.run(t, "display-message", "-p", "-t", s.name, "#{pane_title}")); strings.Contains(title, "pwned") {
		t.Errorf("the event's text set the terminal's title to %q", title)
	}
	screen := s.screen(t)
	t.Logf("the screen:\n%s", screen)
	if !strings.Contains(screen, "Day") {
		t.Errorf("the event's name is not shown:\n%s", screen)
	}
	pid := s.pid(t)
	s.keys(t, "q")
	s.waitDead(t, pid)
}

// TestAppShowsUnusedColumns opens an event whose roster has columns
// eventday does not use (an e-mail address, a WeChat ID), saved by Excel
// for Mac with CR line ends: the app opens, and its message line says
// which columns were left out.
func TestAppShowsUnusedColumns(t *testing.T) {
	tm := newTmux(t)
	dir := initEvent(t)
	roster := "name,category,email,微信\r何阿姨,performer,he@example.com,heayi\r王芳,resident,,\r"
	if err := os.WriteFile(filepath.Join(dir, "roster.csv"), []byte(roster), 0o644); err != nil {
		t.Fatal(err)
	}
	s := tm.start(t, "run", dir)
	s.waitText(t, "the warning about the columns", "roster.csv:1: columns email, 微信 are not used by eventday and were")
	pid := s.pid(t)
	s.keys(t, "q")
	s.waitDead(t, pid)
}

// TestLongLineInBoundedMemory: a log holding a whole 50 MB line (a walk-in's
// name, say) is refused at that line without reading it into memory, by
// run, check and signin alike; a 50 MB last line cut short is set aside the
// same way. Each stays within a small part of the line's size, as
// /usr/bin/time measures it (a child of this test would count the test's
// own memory).
func TestLongLineInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 200 MB")
	}
	gnuTime, err := exec.LookPath("/usr/bin/time")
	if err != nil {
		t.Skip("/usr/bin/time is missing (apt-get install time; bash .ci/run installs it)")
	}
	statSources("..")
	const limitKB = 64 << 10
	const walkIn = `{"seq":1,"at":"2026-05-01T14:20:00+08:00","kind":"signin","person":"w1","walk_in":true,"party":1,"desk":"gate","name":"`
	const after = `{"seq":2,"at":"2026-05-01T14:21:00+08:00","kind":"signin","party":2,"desk":"gate"}` + "\n"
	for _, tc := range []struct {
		name  string
		whole bool // the long line ends in a newline and has a line after it
		args  []string
		code  int
		want  string
	}{
		{"run", true, []string{"run"}, 2, "more than any record (at most 65536): it is damaged"},
		{"check", true, []string{"check"}, 2, "eventday repair"},
		{"signin", true, []string{"signin", "--anonymous", "1"}, 2, "attendance.jsonl:1: the line is"},
		{"signin after a torn line", false, []string{"signin", "--anonymous", "1"}, 0, "attendance.jsonl:1: the last line was cut short by a crash"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := initEvent(t)
			f, err := os.Create(filepath.Join(dir, "attendance.jsonl"))
			if err != nil {
				t.Fatal(err)
			}
			f.WriteString(walkIn)
			chunk := strings.Repeat("王", 1<<20/3)
			for range 50 {
				f.WriteString(chunk)
			}
			f.WriteString(`"}`)
			if tc.whole {
				f.WriteString("\n" + after)
			}
			f.Close()
			stats := filepath.Join(t.TempDir(), "time.txt")
			cmd := exec.Command(gnuTime, append([]string{"-v", "-o", stats, binary, "--lang", "en", tc.args[0], dir}, tc.args[1:]...)...)
			out, _ := cmd.CombinedOutput()
			code := cmd.ProcessState.ExitCode()
			rss := readTimeV(t, stats).maxRSS
			t.Logf("eventday %s: exit %d, max RSS %d MB", strings.Join(tc.args, " "), code, rss>>10)
			if code != tc.code || !strings.Contains(string(out), tc.want) {
				t.Errorf("exit %d, want %d; output:\n%.600s", code, tc.code, out)
			}
			if rss > limitKB {
				t.Errorf("max RSS %d MB, want at most %d MB", rss>>10, limitKB>>10)
			}
		})
	}
}
