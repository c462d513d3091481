package board

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"eventday/cells"
	"eventday/i18n"
)

// TestTextGolden: the board as plain text, an act live and running over,
// with calls, at the width of a narrow terminal, in both languages; and
// every line within the width at every width.
func TestTextGolden(t *testing.T) {
	s := openDemo(t)
	s.signIn(t, "何阿姨")
	s.goAt(t, at(14, 30, 0))
	s.clock.Set(at(14, 36, 23))
	b := s.take()
	for _, lang := range i18n.Langs {
		t.Run(lang, func(t *testing.T) { golden.RequireEqual(t, Text(b, i18n.For(lang), 60)) })
		for w := range 100 {
			for _, line := range strings.Split(strings.TrimSuffix(Text(b, i18n.For(lang), w), "\n"), "\n") {
				if cells.Width(line) > w {
					t.Fatalf("%s, width %d: %q", lang, w, line)
				}
			}
		}
	}
}
