package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// tail ends text cut to fit a column.
const tail = "…"

// width is the number of terminal cells s takes; escape sequences count
// for nothing and a CJK character for two.
func width(s string) int { return ansi.StringWidth(s) }

// cut shortens s (which may hold styling) to at most w cells, ending it with
// an ellipsis when something was cut.
func cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	if width(s) <= w {
		return s
	}
	return ansi.Truncate(s, w, tail)
}

// fit makes s exactly w cells wide: cut if longer, padded with spaces if
// shorter. A wide character that would straddle the edge is dropped and
// padded over, so columns of CJK text stay aligned.
func fit(s string, w int) string {
	s = cut(s, w)
	if pad := w - width(s); pad > 0 {
		s += strings.Repeat(" ", pad)
	}
	return s
}

// fitRight is fit with the text against the right edge, for numbers.
func fitRight(s string, w int) string {
	s = cut(s, w)
	if pad := w - width(s); pad > 0 {
		s = strings.Repeat(" ", pad) + s
	}
	return s
}

// noLineStart is the punctuation Chinese typesetting never puts at the start
// of a line.
const noLineStart = "，。、；：！？）》」』”’,.;:!?)"

// wrapLines breaks plain (already inert) text into lines of at most w cells,
// breaking between words where it can and anywhere in CJK text, but never
// before a closing punctuation mark: the character before it goes down too.
func wrapLines(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	lines := strings.Split(ansi.Wrap(s, w, ""), "\n")
	for i := 1; i < len(lines); i++ {
		first, _ := utf8.DecodeRuneInString(lines[i])
		prev := []rune(lines[i-1])
		if !strings.ContainsRune(noLineStart, first) || len(prev) < 2 || width(string(prev[len(prev)-1])) < 2 {
			continue
		}
		lines[i-1] = string(prev[:len(prev)-1])
		moved := string(prev[len(prev)-1]) + lines[i]
		if width(moved) <= w {
			lines[i] = moved
			continue
		}
		split := strings.Split(ansi.Wrap(moved, w, ""), "\n")
		lines = append(lines[:i], append(split, lines[i+1:]...)...)
	}
	for i, l := range lines {
		lines[i] = cut(l, w)
	}
	return lines
}

// frame clips a drawn screen to w×h: at most h lines, none wider than w. It
// is the last step of every View, so no content can ever push the screen
// beyond the terminal whatever the data.
func frame(s string, w, h int) string {
	if w <= 0 || h <= 0 {
		return ""
	}
	lines := strings.Split(s, "\n")
	if len(lines) > h {
		lines = lines[:h]
	}
	for i, l := range lines {
		// No character takes more cells than bytes, so a short line needs
		// no measuring.
		if len(l) > w && width(l) > w {
			lines[i] = ansi.Truncate(l, w, "")
		}
	}
	return strings.Join(lines, "\n")
}
