package tui

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"eventday/program"
)

const hostile = "\x1b[31mred\x1b]0;title\a"

// hostileShow has control characters and escape sequences in every text a
// file can bring: the event name, titles, performers, intro, notes, contact.
func hostileShow(t testing.TB) *fakeBackend {
	plan := mayDay()
	plan.Name = "May Day " + hostile
	plan.Acts[0].Title = hostile
	plan.Acts[0].Performers = "\x9b2J" + hostile // C1 CSI
	plan.Acts[1].Title = "扇子舞" + hostile
	plan.Acts[1].Intro = "line one\x1b[2J\nline two\a\u202eevil"
	plan.Acts[1].Notes = hostile
	plan.Acts[1].Contact = hostile
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 13, 59, 0, 0, plan.Location))
	b.must(t, program.Cue{Kind: program.KindGo})
	b.must(t, program.Cue{Kind: program.KindNote, Text: "note " + hostile})
	return b
}

// TestEscapesInDataAreInert feeds an SGR, an OSC that would set the window
// title and a BEL through every text from a file and checks none reaches
// the terminal: with styling off there is no ESC or BEL at all, and with
// colours on the only escapes are the app's own SGR styling.
func TestEscapesInDataAreInert(t *testing.T) {
	for _, mode := range []colourMode{colourPlain, colourNone, colourFull} {
		t.Run(fmt.Sprint(mode), func(t *testing.T) {
			h := newHarness(t, hostileShow(t), "en", 120, 40)
			h.a.mode = mode
			h.a.restyle()
			h.send(styleMsg{})
			screens := []string{h.view()} // the fan dance selected, on standby
			h.press("up")                 // the live choir
			screens = append(screens, h.view())
			h.press("q") // the quit question names the live act
			screens = append(screens, h.view())
			h.press("n", "down", "e") // the edit form, filled from the file
			form := h.view()
			h.press("esc")
			for i, s := range append(screens, form) {
				if strings.ContainsAny(s, "\a\u009b\u202e") {
					t.Fatalf("BEL, CSI or a bidi override reached the screen: %q", s)
				}
				if strings.Contains(s, "\x1b[31m") {
					t.Fatalf("the data's own SGR reached the screen: %q", s)
				}
				if rest := sgr.ReplaceAllString(s, ""); strings.Contains(rest, "\x1b") {
					t.Fatalf("an escape other than the app's styling reached the screen: %q", rest)
				}
				// huh styles its text boxes itself; everything else is
				// unstyled when styling is off.
				if mode == colourPlain && i < len(screens) && strings.Contains(s, "\x1b") {
					t.Fatalf("ESC on a screen with styling off: %q", s)
				}
				if !strings.Contains(ansiStrip(s), "\uFFFD[31mred\uFFFD]0;title\uFFFD") {
					t.Fatalf("the hostile title is not shown inert:\n%s", s)
				}
			}
		})
	}
}

var sgr = regexp.MustCompile("\x1b\\[([0-9;:]*)m")

// colourCodes lists the SGR parameters in s that set a colour.
func colourCodes(s string) []string {
	var out []string
	for _, m := range sgr.FindAllStringSubmatch(s, -1) {
		params := strings.FieldsFunc(m[1], func(r rune) bool { return r == ';' || r == ':' })
		for i := 0; i < len(params); i++ {
			n, _ := strconv.Atoi(params[i])
			switch {
			case n >= 30 && n <= 37, n >= 40 && n <= 47, n >= 90 && n <= 97, n >= 100 && n <= 107:
				out = append(out, params[i])
			case n == 38 || n == 48 || n == 58:
				out = append(out, m[1])
				i = len(params)
			}
		}
	}
	return out
}

// TestNoColor: NO_COLOR makes colorprofile (which bubbletea asks at start)
// report Ascii; the app then draws with no colour escapes at all, only
// bold/reverse. The same screen with a colour terminal has colours, so the
// test would notice if colours were never drawn to begin with.
func TestNoColor(t *testing.T) {
	env := []string{"TERM=xterm-256color", "NO_COLOR=1"}
	p := colorprofile.Env(env)
	if p != colorprofile.Ascii {
		t.Fatalf("colorprofile with NO_COLOR = %v, want Ascii", p)
	}
	screen := func(p colorprofile.Profile) string {
		h := newHarness(t, liveShow(t), "en", 120, 40)
		h.send(tea.ColorProfileMsg{Profile: p})
		s := h.view()
		h.press("?")
		s += h.view()
		h.press("esc", "i")
		s += h.view()
		return s
	}
	if codes := colourCodes(screen(p)); len(codes) > 0 {
		t.Errorf("NO_COLOR: colour escapes on screen: %q", codes)
	}
	if codes := colourCodes(screen(colorprofile.ANSI256)); len(codes) == 0 {
		t.Error("a 256-colour terminal got no colours: the NO_COLOR check proves nothing")
	}
}

// TestResizeSweep draws every size from 1x1 to 130x45 in steps, in the
// states that draw differently, and checks nothing panics and every frame
// fits the terminal.
func TestResizeSweep(t *testing.T) {
	states := map[string]func(h *harness){
		"live":   func(*harness) {},
		"help":   func(h *harness) { h.press("?") },
		"form":   func(h *harness) { h.press("e") },
		"note":   func(h *harness) { h.press("i") },
		"quit":   func(h *harness) { h.press("q") },
		"hold":   func(h *harness) { h.press("h") },
		"over":   func(h *harness) { h.tick(10 * time.Minute) },
		"zh":     func(h *harness) {},
		"finish": func(h *harness) {},
		"clock":  func(h *harness) { h.press("t") },
		"calls":  func(h *harness) { h.press("l") },
	}
	for name, setup := range states {
		t.Run(name, func(t *testing.T) {
			lang := "en"
			if name == "zh" {
				lang = "zh"
			}
			b := liveShow(t)
			if name == "finish" {
				for range 10 {
					b.advance(3 * time.Second)
					b.Cue(program.Cue{Kind: program.KindGo})
				}
			}
			h := newHarness(t, b, lang, 80, 24)
			setup(h)
			for w := 1; w <= 130; w += 3 {
				for ht := 1; ht <= 45; ht += 2 {
					h.send(tea.WindowSizeMsg{Width: w, Height: ht})
					checkFits(t, h.view(), w, ht)
				}
			}
			for _, sz := range [][2]int{{40, 10}, {39, 10}, {40, 9}, {80, 24}, {0, 0}} {
				h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
				checkFits(t, h.view(), max(sz[0], 1), max(sz[1], 1))
			}
		})
	}
}

func TestTooSmall(t *testing.T) {
	h := newHarness(t, liveShow(t), "en", 39, 10)
	mustContain(t, h.view(), "Make the window")
	h.send(tea.WindowSizeMsg{Width: 40, Height: 10})
	mustContain(t, h.view(), "LIVE")
	checkFits(t, h.view(), 40, 10)
}

// bigShow has n acts; live is how many GOs were given.
func bigShow(t testing.TB, n, live int) *fakeBackend {
	plan := mayDay()
	plan.Acts = make([]program.Act, n)
	for i := range plan.Acts {
		plan.Acts[i] = program.Act{ID: fmt.Sprintf("act-%d", i), Title: fmt.Sprintf("第 %d 个节目", i+1),
			Performers: "表演者", Duration: 3 * time.Minute, Intro: "串词"}
	}
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 14, 0, 0, 0, plan.Location))
	for range live {
		b.advance(3 * time.Second)
		b.must(t, program.Cue{Kind: program.KindGo})
	}
	return b
}

// TestFrameDoesNotGrowWithTheData: 1,000 acts draw the same number of
// lines as nine, with the live act on screen.
func TestFrameDoesNotGrowWithTheData(t *testing.T) {
	h := newHarness(t, bigShow(t, 1000, 501), "en", 80, 24)
	screen := h.view()
	checkFits(t, screen, 80, 24)
	if n := strings.Count(screen, "\n") + 1; n != 24 {
		t.Errorf("%d lines, want 24", n)
	}
	mustContain(t, screen, "LIVE    第 501 个节目")
}

func ansiStrip(s string) string { return sgr.ReplaceAllString(s, "") }

// FuzzStageView draws the Stage with any text in the fields a file brings
// and checks the screen fits 80x24 and carries no escape at all with
// styling off.
func FuzzStageView(f *testing.F) {
	f.Add("太极拳表演", "太极拳队", "下面请欣赏，太极拳。", hostile)
	f.Add(hostile, "\x9b31m", "\u202e\u0301\u200d👩‍👩‍👧", "a\tb\r\nc")
	f.Fuzz(func(t *testing.T, title, performers, intro, name string) {
		plan := mayDay()
		plan.Name = name
		plan.Acts[0].Title, plan.Acts[0].Performers, plan.Acts[0].Intro = title, performers, intro
		plan.Acts[1].Title, plan.Acts[1].Performers, plan.Acts[1].Intro, plan.Acts[1].Notes = title, performers, intro, name
		plan.Acts[1].Contact = name + " " + intro
		b := newFakeBackend(plan, time.Date(2025, 5, 1, 13, 59, 0, 0, plan.Location))
		b.must(t, program.Cue{Kind: program.KindGo})
		// Nobody of the act on standby is here: the warning, the move-up
		// of the act after it and the alert with the contact are drawn too.
		b.presence = map[string]program.Presence{plan.Acts[1].ID: {Expected: 3}, plan.Acts[2].ID: {Arrived: 2, Expected: 2}}
		b.performers = map[string][]program.Performer{plan.Acts[1].ID: {{Name: name}, {Name: title}, {Name: performers}}}
		h := newHarness(t, b, "zh", 80, 24)
		// The running order, the list of calls with who is missing, the
		// big clock.
		for _, keys := range [][]string{nil, {"l"}, {"esc", "t"}} {
			h.press(keys...)
			screen := h.view()
			checkFits(t, screen, 80, 24)
			if strings.ContainsAny(screen, "\x1b\a\u009b") {
				t.Fatalf("escape on screen after %q: %q", keys, screen)
			}
		}
	})
}
