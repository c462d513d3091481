package tui

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// replacement is drawn in place of a control character from a file, so that
// the reader sees something was there and the terminal receives nothing it
// would act on.
const replacement = '\uFFFD'

// tail ends text cut to fit a column.
const tail = "…"

// inert makes text from a file (a title, a name, an intro) safe to draw on
// one line: invalid UTF-8, C0 and C1 control characters (ESC, BEL, CSI...),
// DEL and the bidirectional overrides become U+FFFD, and tabs and line
// breaks become spaces. Everything drawn from data passes through it before
// any styling, so an escape sequence in a CSV cell is shown, never obeyed.
func inert(s string) string {
	if isInert(s) {
		return s
	}
	s = strings.ToValidUTF8(s, string(replacement))
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case dangerous(r):
			b.WriteRune(replacement)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// inertLines is inert for text whose line breaks mean something, such as
// the MC's intro: it keeps the lines apart.
func inertLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = inert(l)
	}
	return lines
}

func isInert(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f {
			return false
		}
		if c >= utf8.RuneSelf {
			// Leave the rune-wise check to the slow path; it is rare enough
			// in titles only to matter for CJK text, which it handles.
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 || dangerous(r) {
				return false
			}
			i += size - 1
		}
	}
	return true
}

func dangerous(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		// Bidirectional embeddings and overrides would reorder the rest of
		// the row on screen.
		return true
	}
	return false
}

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
