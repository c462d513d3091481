package tui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestNextKeepsTheIntroWithElevenActs: at 80x24 with eleven acts, the
// running order gives up rows before the Next panel gives up the MC's
// lines; the live act and the act on standby stay in the table.
func TestNextKeepsTheIntroWithElevenActs(t *testing.T) {
	for _, tc := range []struct{ lang, intro, live, standby string }{
		{"en", "Intro: 一招一式，刚柔相济。", "3 LIVE", ">  4 called"},
		{"zh", "串词：一招一式，刚柔相济。", "3 演出中", ">  4 已通知"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			h := newHarness(t, liveShowOf(t, mayDay11()), tc.lang, 80, 24)
			screen := h.view()
			checkFits(t, screen, 80, 24)
			mustContain(t, screen, tc.intro, "139****2222", tc.live, tc.standby)
			if l, _ := h.stage().layout(); l.rows < minRows || l.compact {
				t.Errorf("the running order has %d rows (compact %v), want at least %d", l.rows, l.compact, minRows)
			}
		})
	}
}

// TestLongIntroScrolls: an intro longer than its room says which of its
// lines are shown and scrolls with ] and [; where it is whole, the keys
// say so.
func TestLongIntroScrolls(t *testing.T) {
	h := newHarness(t, liveShowOf(t, mayDay11()), "zh", 80, 24)
	last := "大家掌声欢迎！"
	screen := h.view()
	mustContain(t, screen, "[ ] 串词 1–4/7 行", "] 串词下翻")
	if strings.Contains(screen, last) {
		t.Fatalf("the intro's last line fits at 80x24; the test needs one that does not:\n%s", screen)
	}
	h.press("]")
	mustContain(t, h.view(), last, "[ ] 串词 4–7/7 行")
	h.press("]") // at the end already: stays
	mustContain(t, h.view(), "[ ] 串词 4–7/7 行")
	h.press("[")
	mustContain(t, h.view(), "串词：一招一式", "[ ] 串词 1–4/7 行")
	h.press("pgdown")
	mustContain(t, h.view(), last)

	// A new act on standby starts at the top of its own intro.
	h.b.advance(3 * 1e9)
	h.press("space")
	if s := h.stage(); s.introOff != 0 {
		t.Errorf("the next act's intro starts at line %d, want 0", s.introOff)
	}

	wide := newHarness(t, liveShowOf(t, mayDay11()), "zh", 160, 45)
	mustContain(t, wide.view(), last)
	if wide.stage().keys.IntroDown.Enabled() {
		t.Error("] is enabled with the whole intro on screen")
	}
	wide.press("]")
	mustContain(t, wide.view(), "串词已经全部显示。")
}

// TestWideStageUsesTheRoom: at 160x45 the Next panel shows the notes and
// the performers whole, and the running order every act.
func TestWideStageUsesTheRoom(t *testing.T) {
	h := newHarness(t, liveShowOf(t, mayDay11()), "en", 160, 45)
	screen := h.view()
	mustContain(t, screen,
		"Notes: 伴奏带 05-太极音乐.mp3；需要舞台全部空出，先把立麦撤到两边；队员在台下右侧候场。",
		"幸福里太极拳队（郑文斌带队，十二位队员）",
		"Intro: 一招一式", "有请太极拳队为大家表演二十四式太极拳，大家掌声欢迎！",
		"11 waiting ")
	checkFits(t, screen, 160, 45)
}

// TestStageGoldenElevenActs pins the Stage of an eleven-act show at 80x24
// and 160x45 in both languages.
func TestStageGoldenElevenActs(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {160, 45}} {
		for _, lang := range []string{"en", "zh"} {
			t.Run(fmt.Sprintf("%dx%d_%s", size.w, size.h, lang), func(t *testing.T) {
				h := newHarness(t, liveShowOf(t, mayDay11()), lang, size.w, size.h)
				screen := h.view()
				checkFits(t, screen, size.w, size.h)
				golden.RequireEqual(t, screen)
			})
		}
	}
}
