package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"eventday/cells"
	"eventday/i18n/i18ntest"
)

// Whatever the command line refuses, and whatever check finds wrong in a
// folder, a volunteer who reads only Chinese reads in Chinese.
func TestCommandLineInChinese(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "zh_CN.UTF-8")
	broken := t.TempDir()
	if err := os.WriteFile(filepath.Join(broken, "event.yaml"), []byte("event:\n  name: x\n  date: 2026-05-01\n  start: \"14:30\"\nacts:\n  - title: 合唱\n    duration: five minutes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	damaged := filepath.Join(t.TempDir(), "damaged")
	for _, args := range [][]string{{"init", damaged}, {"signin", damaged, "--anonymous", "1"}, {"signin", damaged, "--anonymous", "2"}} {
		if code, _, errs := runCmd(t, args...); code != exitOK {
			t.Fatalf("%q: %s", args, errs)
		}
	}
	log := filepath.Join(damaged, "attendance.jsonl")
	data, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(log, append([]byte(`{"seq":1,"at":"garb`+"\n"), data[bytes.IndexByte(data, '\n')+1:]...), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"--lang", "fr", "demo"},
		{"chek", "x"},
		{"frobnicate"},
		{"run"},
		{"check", "a", "b"},
		{"demo", "extra"},
		{"run", "--colour", "x"},
		{"check", "x", "--lnag", "zh"},
		{"run", "x", "-q"},
		{"run", "x", "-qh"},
		{"run", "x", "--rehearsal=maybe"},
		{"check", "x", "---x"},
		{"signin", "x", "--anonymous", "x"},
		{"signin", t.TempDir(), "--from", "nowhere.csv"},
		{"help", "nothing"},
		{"--lang"},
		{"check", filepath.Join(t.TempDir(), "nowhere")},
		{"check", t.TempDir()},
		{"check", broken},
		{"check", damaged},
		{"export", damaged},
		{"signin", damaged, "--anonymous", "1"},
	} {
		code, _, errs := runCmd(t, args...)
		if code != exitBadInput || errs == "" {
			t.Errorf("%q: exit %d, stderr %q", args, code, errs)
		}
		for line := range strings.SplitSeq(strings.TrimSpace(errs), "\n") {
			if left := i18ntest.English(line, strings.Join(args, " "), "duration", "five", "minutes"); left != nil {
				t.Errorf("%q: English %q left in\n%s", args, left, line)
			}
		}
	}
}

// The flags' descriptions line up on the screen in Chinese, where a value
// is named in Chinese characters (--category 类别) that take two columns.
func TestHelpFlagsLineUpInChinese(t *testing.T) {
	t.Setenv("LANG", "zh_CN.UTF-8")
	for _, cmd := range []string{"signin", "export"} {
		_, out, _ := runCmd(t, cmd, "--help")
		_, flags, _ := strings.Cut(out, "选项：\n")
		flags, _, _ = strings.Cut(flags, "\n\n")
		column := -1
		for line := range strings.SplitSeq(flags, "\n") {
			body := strings.TrimLeft(line, " ")
			j := strings.Index(body, "  ")
			if j < 0 {
				continue
			}
			at := cells.Width(line[:len(line)-len(body)+j]) + len(body[j:]) - len(strings.TrimLeft(body[j:], " "))
			if column < 0 {
				column = at
			}
			if at != column {
				t.Errorf("%s --help: the description starts at column %d, not %d:\n%s", cmd, at, column, flags)
				break
			}
		}
		if column < 0 {
			t.Errorf("%s --help: no flags found in\n%s", cmd, out)
		}
	}
}
