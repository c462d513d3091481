package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"

	"eventday/cells"
)

// The views' names for package cells, which measures text in terminal
// cells (a CJK character takes two, an escape sequence none) and fits it
// to columns.

// tail ends text cut to fit a column.
const tail = cells.Tail

// width is the number of terminal cells s takes.
func width(s string) int { return cells.Width(s) }

// cut shortens s (which may hold styling) to at most w cells, ending it with
// an ellipsis when something was cut.
func cut(s string, w int) string { return cells.Cut(s, w) }

// fit makes s exactly w cells wide: cut if longer, padded with spaces if
// shorter, so columns of CJK text stay aligned.
func fit(s string, w int) string { return cells.Fit(s, w) }

// fitRight is fit with the text against the right edge, for numbers.
func fitRight(s string, w int) string { return cells.FitRight(s, w) }

// writeFit writes fit(s, w) to b without making the string first; s may
// be converted from bytes on the caller's stack.
func writeFit(b *strings.Builder, s string, w int) { cells.WriteFit(b, s, w) }

// writeFitRight writes fitRight(s, w) to b, as writeFit does fit.
func writeFitRight(b *strings.Builder, s string, w int) { cells.WriteFitRight(b, s, w) }

// writeSpaces writes n spaces to b.
func writeSpaces(b *strings.Builder, n int) { cells.WriteSpaces(b, n) }

// frame clips a drawn screen to w×h: at most h lines, none wider than w. It
// is the last step of every View, so no content can ever push the screen
// beyond the terminal whatever the data.
func frame(s string, w, h int) string {
	return frameLines([]string{s}, w, h)
}

// frameLines is frame of the parts joined with line breaks (each part a
// line or several), joined and clipped in one copy.
func frameLines(parts []string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	size := 0
	for _, p := range parts {
		size += len(p) + 1
	}
	var b strings.Builder
	b.Grow(size)
	n := 0
	for _, p := range parts {
		for more := true; more; n++ {
			if n == h {
				return b.String()
			}
			var line string
			line, p, more = strings.Cut(p, "\n")
			if n > 0 {
				b.WriteByte('\n')
			}
			// No character takes more cells than bytes, so a short line
			// needs no measuring.
			if len(line) > w && width(line) > w {
				line = ansi.Truncate(line, w, "")
			}
			b.WriteString(line)
		}
	}
	return b.String()
}
