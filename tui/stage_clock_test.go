package tui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"

	"eventday/program"
)

func TestBigText(t *testing.T) {
	got := bigText("1:0", 1)
	want := []string{
		"  ██        ██████",
		"████    ██  ██  ██",
		"  ██        ██  ██",
		"  ██    ██  ██  ██",
		"██████      ██████",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bigText(1:0, 1) =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := bigText("8", 2); len(got) != 10 || width(got[0]) != 12 {
		t.Errorf("bigText(8, 2): %d lines of %d cells, want 10 of 12", len(got), width(got[0]))
	}
	for _, c := range []struct {
		text string
		w, h int
		want int
	}{
		{"88:88", 80, 21, 2},   // 17 pixels: 68 cells at scale 2, 102 at 3
		{"8:88", 80, 17, 3},    // 13 pixels: 78 cells, 15 lines
		{"8:88", 160, 42, 6},   // 78x15 at 3, 156x30 at 6
		{"88:88", 33, 10, 0},   // 34 cells at the smallest
		{"8:88", 80, 4, 0},     // five lines at the smallest
		{"8x88", 80, 24, 0},    // x is not drawn
		{"1:02:03", 60, 10, 1}, // 23 pixels
	} {
		if got := bigScale(c.text, c.w, c.h); got != c.want {
			t.Errorf("bigScale(%q, %d, %d) = %d, want %d", c.text, c.w, c.h, got, c.want)
		}
	}
}

// TestBigClockKey: t turns the Stage into the live act's time in block
// digits and back; GO works on it, a key that needs the running order in
// sight says how to get back to it.
func TestBigClockKey(t *testing.T) {
	b := liveShowOf(t, mayDay11())
	h := newHarness(t, b, "zh", 80, 24)
	h.press("t")
	screen := h.view()
	mustContain(t, screen, "██████", "还剩（共 8:00）", "当前 · 3/11 · 小品《楼道里的灯》", "下一个 · 太极拳表演", "t/esc 回到节目单")
	if strings.Contains(screen, "序 状态") {
		t.Errorf("the running order is still on screen:\n%s", screen)
	}
	checkFits(t, screen, 80, 24)

	h.press("c")
	if got := statusOf(t, b, "taichi"); got != program.Called {
		t.Errorf("c on the big clock changed tai chi to %v", got)
	}
	mustContain(t, h.view(), "正在显示大字计时：按 t/esc 回到节目单。")

	b.advance(3 * time.Second)
	h.press("space")
	if onStage := b.Show().Live(); onStage == nil || onStage.ID != "taichi" {
		t.Fatalf("space on the big clock: live %+v, want tai chi", onStage)
	}
	mustContain(t, h.view(), "当前 · 4/11 · 太极拳表演")

	h.press("t")
	mustContain(t, h.view(), "序 状态")
	h.press("t", "esc")
	mustContain(t, h.view(), "序 状态")
}

// TestBigClockOverrunFlashes: over its time the digits are red and
// reversed every other second; without colour, bold and reversed every
// other second.
func TestBigClockOverrunFlashes(t *testing.T) {
	reverse := regexp.MustCompile(`\x1b\[[0-9;]*\b7[;m]`)
	for _, tc := range []struct {
		name    string
		profile colorprofile.Profile
		colour  bool
	}{{"colour", colorprofile.ANSI256, true}, {"NO_COLOR", colorprofile.Ascii, false}} {
		t.Run(tc.name, func(t *testing.T) {
			b := liveShowOf(t, mayDay11())
			h := newHarness(t, b, "en", 80, 24)
			h.send(tea.ColorProfileMsg{Profile: tc.profile})
			h.press("t")
			h.tick(4 * time.Minute) // 1:00 over, at an even second
			even := digitLines(h.view())
			h.tick(time.Second)
			odd := digitLines(h.view())
			mustContain(t, h.view(), "OVER its 8:00")
			if len(even) == 0 || len(odd) == 0 {
				t.Fatalf("no digits on the big clock:\n%s", h.view())
			}
			if reverse.MatchString(even[0]) == reverse.MatchString(odd[0]) {
				t.Errorf("the digits do not flash: reversed at both seconds or neither:\n%q\n%q", even[0], odd[0])
			}
			if !strings.Contains(even[0], "\x1b[1") && !strings.Contains(even[0], ";1m") && !strings.Contains(even[0], ";1;") {
				t.Errorf("the digits are not bold: %q", even[0])
			}
			if got := len(colourCodes(strings.Join(odd, "\n"))) > 0; got != tc.colour {
				t.Errorf("colour in the digits %v, want %v: %q", got, tc.colour, odd[0])
			}
		})
	}
}

// digitLines are the lines of a screen that hold block digits.
func digitLines(screen string) []string {
	var out []string
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, "██") {
			out = append(out, l)
		}
	}
	return out
}

// TestBigClockEverySize: from the app's smallest window up, the big clock
// fits and shows the time; in block digits from 40x10 up.
func TestBigClockEverySize(t *testing.T) {
	h := newHarness(t, liveShowOf(t, mayDay11()), "zh", 80, 24)
	h.press("t")
	for w := minWidth; w <= 200; w += 7 {
		for ht := minHeight; ht <= 60; ht += 5 {
			h.send(tea.WindowSizeMsg{Width: w, Height: ht})
			screen := h.view()
			checkFits(t, screen, w, ht)
			if len(digitLines(screen)) < bigRows {
				t.Fatalf("%dx%d: no block digits:\n%s", w, ht, screen)
			}
		}
	}
}

// TestBigClockGolden pins the big clock at 80x24 and 160x45 in both
// languages, with time left and over.
func TestBigClockGolden(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {160, 45}} {
		for _, lang := range []string{"en", "zh"} {
			for _, over := range []bool{false, true} {
				name := fmt.Sprintf("%dx%d_%s", size.w, size.h, lang)
				if over {
					name += "_over"
				}
				t.Run(name, func(t *testing.T) {
					h := newHarness(t, liveShowOf(t, mayDay11()), lang, size.w, size.h)
					h.press("t")
					if over {
						h.tick(4*time.Minute + 25*time.Second)
					}
					screen := h.view()
					checkFits(t, screen, size.w, size.h)
					golden.RequireEqual(t, screen)
				})
			}
		}
	}
}
