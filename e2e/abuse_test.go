//go:build unix

package e2e

import (
	"fmt"
	"os"
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
