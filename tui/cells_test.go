package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// cellSamples are texts a frame is made of and texts that must be left
// to ansi: styling, CJK, emoji with joiners and variation selectors,
// combining marks, flags, Hangul jamo, controls, other escapes.
var cellSamples = []string{
	"",
	"plain ascii",
	"第 1000 个节目《春天在哪里》",
	"\x1b[1;38;5;75m幼儿园合唱\x1b[m · \x1b[4mBold\x1b[m",
	"╭──────╮│ █░░ │╰──╯ … · “x”",
	"👨‍👩‍👧 家庭 e\u0301clair ☺️ 🇨🇳",
	"한국어 \u1100\u1161\u11a8 テスト ﾃﾞｽﾄ",
	"ｆｕｌｌ　ｗｉｄｔｈ",
	"\u0301lead x\u0600y",
	"tab\there\nnl\x7f\x1b]0;t\a\x1b(B\x1b[?25l",
	"\xff\xfe broken",
	"ab\u200dcd\u00adef",
}

// TestFrameLines checks frameLines against what it replaces: the parts
// joined with line breaks, split into lines, the first h kept, each cut
// to w cells, joined again.
func TestFrameLines(t *testing.T) {
	want := func(parts []string, w, h int) string {
		if w <= 0 || h <= 0 {
			return ""
		}
		lines := strings.Split(strings.Join(parts, "\n"), "\n")
		lines = lines[:min(len(lines), h)]
		for i, l := range lines {
			if ansi.StringWidth(l) > w {
				lines[i] = ansi.Truncate(l, w, "")
			}
		}
		return strings.Join(lines, "\n")
	}
	partss := [][]string{
		nil,
		{""},
		{"", ""},
		{"one"},
		{"a\nb\n", "c", "", "d\ne"},
		cellSamples,
		{strings.Join(cellSamples, "\n"), "\n\n"},
	}
	for _, parts := range partss {
		for _, w := range []int{0, 1, 2, 5, 9, 40} {
			for _, h := range []int{0, 1, 2, 3, 7, 30} {
				if got, want := frameLines(parts, w, h), want(parts, w, h); got != want {
					t.Errorf("frameLines(%q, %d, %d) = %q, want %q", parts, w, h, got, want)
				}
			}
		}
	}
}
