package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"eventday/cells/cellstest"
)

// cellSamples are cellstest.Samples, by a short name.
var cellSamples = cellstest.Samples

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
