package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"eventday/demo"
	"eventday/i18n"
	"eventday/live"
)

// runCmd runs the command line in process and returns the exit code and
// what it printed.
func runCmd(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

// englishEnv makes the default language English whatever the machine says.
func englishEnv(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "en_US.UTF-8")
}

func TestInitWritesAFolderCheckAccepts(t *testing.T) {
	englishEnv(t)
	dir := filepath.Join(t.TempDir(), "new", "mayday") // init creates missing parents
	code, out, errs := runCmd(t, "init", dir)
	if code != exitOK {
		t.Fatalf("init: exit %d, stderr %q", code, errs)
	}
	if !strings.Contains(out, dir) {
		t.Errorf("init output %q does not say where it wrote", out)
	}
	for _, name := range demo.Files {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := demo.File(name, i18n.For("en"))
		if !bytes.Equal(got, want) {
			t.Errorf("%s differs from the built-in event", name)
		}
	}

	code, out, errs = runCmd(t, "check", dir)
	if code != exitOK {
		t.Fatalf("check on a fresh init: exit %d, stderr:\n%s", code, errs)
	}
	if errs != "" {
		t.Errorf("check printed on stderr: %q", errs)
	}
	roster, _ := demo.File("roster.csv", i18n.For("en"))
	people := fmt.Sprintf("%d people", strings.Count(strings.TrimSpace(string(roster)), "\n"))
	for _, want := range []string{"幸福里社区五一文艺汇演", "9 acts", people} {
		if !strings.Contains(out, want) {
			t.Errorf("check summary %q lacks %q", out, want)
		}
	}
	// check is read-only: it takes no lock and starts no journal.
	entries, _ := os.ReadDir(dir)
	if len(entries) != len(demo.Files) {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("check changed the folder: %v", names)
	}
}

func TestInitNeverOverwrites(t *testing.T) {
	englishEnv(t)
	for _, existing := range []string{"event.yaml", "roster.csv", "roster.xlsx"} {
		t.Run(existing, func(t *testing.T) {
			dir := t.TempDir()
			mine := []byte("my own " + existing + "\n")
			path := filepath.Join(dir, existing)
			if err := os.WriteFile(path, mine, 0o644); err != nil {
				t.Fatal(err)
			}
			code, out, errs := runCmd(t, "init", dir)
			if code != exitBadInput {
				t.Fatalf("init over an existing %s: exit %d, want %d", existing, code, exitBadInput)
			}
			if out != "" {
				t.Errorf("stdout %q, want nothing", out)
			}
			if !strings.HasPrefix(errs, "eventday: ") || !strings.Contains(errs, path) {
				t.Errorf("stderr %q should name %s", errs, path)
			}
			if got, _ := os.ReadFile(path); !bytes.Equal(got, mine) {
				t.Errorf("%s was overwritten", existing)
			}
			if entries, _ := os.ReadDir(dir); len(entries) != 1 {
				t.Errorf("init wrote some files before refusing: %d entries", len(entries))
			}
		})
	}
}

// TestInitInChinese: in Chinese, by --lang or by the computer's language,
// init writes the sample with a Chinese header, Chinese categories and
// Chinese comments, and check passes it.
func TestInitInChinese(t *testing.T) {
	for _, c := range []struct {
		name string
		lang []string
		env  string
	}{
		{"flag", []string{"--lang", "zh"}, "en_US.UTF-8"},
		{"locale", nil, "zh_CN.UTF-8"},
	} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("LC_ALL", "")
			t.Setenv("LC_MESSAGES", "")
			t.Setenv("LANG", c.env)
			dir := filepath.Join(t.TempDir(), "五一")
			code, out, errs := runCmd(t, append([]string{"init", dir}, c.lang...)...)
			if code != exitOK || !strings.Contains(out, "已在 "+dir+" 写入") {
				t.Fatalf("init: exit %d, stdout %q, stderr %q", code, out, errs)
			}
			roster, _ := os.ReadFile(filepath.Join(dir, "roster.csv"))
			yaml, _ := os.ReadFile(filepath.Join(dir, "event.yaml"))
			for _, want := range []string{"\uFEFF姓名,类别,楼栋,电话,节目,备注\n", "何阿姨,演员,夕阳红舞蹈队", "沈桂英,寿星,", "钱晓红,赞助商,", "Tom李,志愿者,", "王建平,居民,"} {
				if !strings.Contains(string(roster), want) {
					t.Errorf("roster.csv lacks %q", want)
				}
			}
			for _, unwanted := range []string{"performer", "resident", "name,category"} {
				if strings.Contains(string(roster), unwanted) {
					t.Errorf("the Chinese roster.csv has %q", unwanted)
				}
			}
			if !strings.Contains(string(yaml), "# 活动名称") || strings.Contains(string(yaml), "# the event's name") {
				t.Errorf("event.yaml's comments are not Chinese:\n%s", yaml)
			}

			code, out, errs = runCmd(t, append([]string{"check", dir}, c.lang...)...)
			if code != exitOK || errs != "" {
				t.Fatalf("check: exit %d, stderr:\n%s", code, errs)
			}
			people := strings.Count(strings.TrimSpace(string(roster)), "\n")
			for _, want := range []string{"幸福里社区五一文艺汇演", "9 个节目", fmt.Sprintf("%d 人", people)} {
				if !strings.Contains(out, want) {
					t.Errorf("check summary %q lacks %q", out, want)
				}
			}
		})
	}
}

func TestInitOnAFile(t *testing.T) {
	englishEnv(t)
	file := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(file, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "init", file)
	if code != exitBadInput || !strings.Contains(errs, "not a folder") {
		t.Errorf("init on a file: exit %d, stderr %q", code, errs)
	}
}

func TestCheckBrokenFolder(t *testing.T) {
	englishEnv(t)
	dir := t.TempDir()
	yaml := `event:
  name: Test
  date: 2026-05-01
  start: "14:30"
acts:
  - title: Choir
    duration: 5m
  - title: Dance
    duration: five minutes
`
	if err := os.WriteFile(filepath.Join(dir, "event.yaml"), []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCmd(t, "check", dir)
	if code != exitBadInput {
		t.Fatalf("check on a bad duration: exit %d, want %d; stderr %q", code, exitBadInput, errs)
	}
	if out != "" {
		t.Errorf("stdout %q, want nothing", out)
	}
	lines := strings.Split(strings.TrimSpace(errs), "\n")
	for _, l := range lines {
		if !strings.HasPrefix(l, "eventday: ") {
			t.Errorf("stderr line %q lacks the eventday: prefix", l)
		}
	}
	if !strings.Contains(errs, "event.yaml") || !strings.Contains(errs, "five minutes") {
		t.Errorf("stderr %q should name the file and the bad value", errs)
	}

	code, _, errs = runCmd(t, "check", filepath.Join(dir, "missing"))
	if code == exitOK || !strings.HasPrefix(errs, "eventday: ") {
		t.Errorf("check on a missing folder: exit %d, stderr %q", code, errs)
	}
}

func TestRunRefusesBadFolderWithoutTouchingIt(t *testing.T) {
	englishEnv(t)
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "event.yaml"), []byte("event: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runCmd(t, "run", dir)
	if code != exitBadInput || !strings.Contains(errs, "event.yaml") {
		t.Errorf("run on a broken event.yaml: exit %d, stderr %q", code, errs)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a failed start left files behind: %d entries", len(entries))
	}
}

func TestRunRefusesAFolderOpenElsewhere(t *testing.T) {
	englishEnv(t)
	dir := t.TempDir()
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatalf("init: %d %s", code, errs)
	}
	// The lock is an flock, which conflicts between two opens of the file
	// even inside one process, so this test can hold it itself.
	event, err := live.Open(dir, live.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer event.Close()
	code, _, errs := runCmd(t, "run", dir)
	if code != exitFailure {
		t.Errorf("run on a held folder: exit %d, want %d", code, exitFailure)
	}
	if want := fmt.Sprintf("pid %d", os.Getpid()); !strings.Contains(errs, want) {
		t.Errorf("stderr %q should name the holder (%s)", errs, want)
	}
}

func TestUsageErrors(t *testing.T) {
	englishEnv(t)
	for _, tc := range []struct {
		args []string
		want string // in stderr
	}{
		{[]string{"--lang", "fr", "demo"}, `unknown language "fr"`},
		{[]string{"check", "x", "--lang=de"}, `unknown language "de"`},
		{[]string{"chek", "x"}, `did you mean check`},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"run"}, "needs one event folder"},
		{[]string{"check", "a", "b"}, "needs one event folder"},
		{[]string{"init"}, "eventday init mayday"},
		{[]string{"demo", "extra"}, "takes no arguments"},
		{[]string{"run", "--colour", "x"}, "unknown flag: --colour"},
		{[]string{"check", "x", "--lnag", "zh"}, "unknown flag: --lnag (did you mean --lang?)"},
		{[]string{"run", "x", "-q"}, "unknown flag: -q"},
		{[]string{"run", "x", "-qh"}, "unknown flag: -q (in -qh)"},
		{[]string{"run", "x", "--rehearsal=maybe"}, `"maybe" is not a value for --rehearsal: write --rehearsal alone`},
		{[]string{"check", "x", "---x"}, "---x is not a flag"},
		{[]string{"signin", "x", "--anonymous", "x"}, `"x" is not a number: --anonymous takes a whole number`},
		{[]string{"help", "nothing"}, "no such command"},
		{[]string{"--lang"}, "needs an argument"},
	} {
		code, out, errs := runCmd(t, tc.args...)
		if code != exitBadInput {
			t.Errorf("%q: exit %d, want %d", tc.args, code, exitBadInput)
		}
		if out != "" {
			t.Errorf("%q: stdout %q, want nothing", tc.args, out)
		}
		if !strings.HasPrefix(errs, "eventday: ") || strings.Count(errs, "\n") != 1 {
			t.Errorf("%q: stderr %q, want one eventday: line", tc.args, errs)
		}
		if !strings.Contains(errs, tc.want) || !strings.Contains(errs, "--help") {
			t.Errorf("%q: stderr %q lacks %q or the pointer to --help", tc.args, errs, tc.want)
		}
	}
}

func TestHelpOfEveryCommand(t *testing.T) {
	englishEnv(t)
	for _, lang := range i18n.Langs {
		c := i18n.For(lang).CLI
		for _, tc := range []struct {
			cmd, short, example string
		}{
			{"", c.RootShort, c.RootExample},
			{"demo", c.DemoShort, c.DemoExample},
			{"init", c.InitShort, c.InitExample},
			{"run", c.RunShort, c.RunExample},
			{"check", c.CheckShort, c.CheckExample},
			{"print", i18n.For(lang).Paper.Short, i18n.For(lang).Paper.Example},
		} {
			forms := [][]string{{"--help"}, {"-h"}, {"help"}}
			for _, form := range forms {
				args := append([]string{"--lang", lang}, form...)
				if tc.cmd != "" {
					if form[0] == "help" {
						args = append(args, tc.cmd)
					} else {
						args = append([]string{"--lang", lang, tc.cmd}, form...)
					}
				}
				code, out, errs := runCmd(t, args...)
				if code != exitOK || errs != "" {
					t.Errorf("%q: exit %d, stderr %q", args, code, errs)
				}
				for _, want := range []string{firstLine(tc.example), c.UsageHeading, c.ExamplesHeading} {
					if !strings.Contains(out, want) {
						t.Errorf("%q: help lacks %q:\n%s", args, want, out)
					}
				}
				if tc.cmd != "" && !strings.Contains(out, tc.cmd) {
					t.Errorf("%q: help does not name the command", args)
				}
				if tc.cmd == "" && !strings.Contains(out, c.CheckShort) {
					t.Errorf("%q: root help does not list the commands", args)
				}
			}
		}
	}
	// The bare command shows the help too.
	if code, out, _ := runCmd(t); code != exitOK || !strings.Contains(out, "eventday demo") {
		t.Errorf("bare eventday: exit %d, output %q", code, out)
	}
}

func TestLangFromArgs(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		fallback string
		want     string
		bad      bool
	}{
		{nil, "zh", "zh", false},
		{[]string{"run", "x"}, "en", "en", false},
		{[]string{"--lang", "zh", "run", "x"}, "en", "zh", false},
		{[]string{"run", "x", "--lang=en"}, "zh", "en", false},
		{[]string{"run", "--", "--lang=xx"}, "en", "en", false}, // after -- it is an argument
		{[]string{"--lang=zh", "--lang", "en"}, "en", "en", false},
		{[]string{"--lang", "ZH"}, "en", "en", true},
		{[]string{"--lang="}, "zh", "zh", true},
		{[]string{"--lang"}, "zh", "zh", false}, // left to cobra: "needs an argument"
	} {
		got, err := langFromArgs(tc.args, tc.fallback)
		if got != tc.want || (err != nil) != tc.bad {
			t.Errorf("langFromArgs(%q, %q) = %q, %v; want %q, bad=%v", tc.args, tc.fallback, got, err, tc.want, tc.bad)
		}
	}
}

func TestErrorsInChinese(t *testing.T) {
	englishEnv(t)
	code, _, errs := runCmd(t, "--lang", "zh", "run")
	if code != exitBadInput || !strings.Contains(errs, "需要一个活动文件夹") {
		t.Errorf("exit %d, stderr %q", code, errs)
	}
	t.Setenv("LANG", "zh_CN.UTF-8")
	code, _, errs = runCmd(t, "--lang", "xx")
	if code != exitBadInput || !strings.Contains(errs, "不认识的语言") {
		t.Errorf("LANG=zh_CN: exit %d, stderr %q", code, errs)
	}
}
