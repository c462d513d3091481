// Package cellstest holds texts for testing what measures or draws text in
// terminal cells, in package cells and in the packages that draw with it.
package cellstest

// Samples are texts a screen is made of and texts that must be left to the
// grapheme-aware slow path: styling, CJK, emoji with joiners and variation
// selectors, combining marks, flags, Hangul jamo, controls, other escapes.
// The first six are plain lines without tabs, line breaks or bad bytes.
var Samples = []string{
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
