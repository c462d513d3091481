// Package inert makes text from files and the command line safe to show:
// a name, a title or an intro from a CSV cell may hold an escape sequence
// or a bidirectional override, and none of them may reach the terminal (or
// a spreadsheet cell) as anything but visible text.
//
// Text is for what is drawn: the screen, the report, the exports. Escaped is
// for what is quoted in a message, where seeing exactly which byte was there
// helps the person fixing the file.
package inert

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Replacement is drawn in place of a character a terminal would act on, so
// the reader sees that something was there.
const Replacement = '\uFFFD'

// Dangerous reports the runes that must never reach a terminal or a cell as
// they are: C0 and C1 controls (ESC, BEL, CSI...), DEL, the bidirectional
// embeddings, overrides, isolates and marks that would reorder the rest of a
// line.
func Dangerous(r rune) bool {
	switch {
	case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f:
		return true
	}
	return false
}

// LineBreak reports the runes that end a line in some program: a cell or a
// row of a table must hold none of them.
func LineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// Text makes s safe to draw on one line: invalid UTF-8 and dangerous runes
// become U+FFFD, tabs and line breaks spaces (a CRLF one space). Text that
// needs no change is returned as it is, without allocating.
func Text(s string) string {
	if plain(s) {
		return s
	}
	s = strings.ToValidUTF8(s, string(Replacement))
	s = strings.ReplaceAll(s, "\r\n", " ")
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r == '\t' || LineBreak(r):
			b.WriteByte(' ')
		case Dangerous(r):
			b.WriteRune(Replacement)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// Lines is Text for text whose line breaks mean something, such as the
// MC's intro: each line is made safe and they are kept apart.
func Lines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = Text(l)
	}
	return lines
}

// plain is the fast path: printable ASCII and ordinary Unicode need no
// change.
func plain(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 || c == 0x7f {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || Dangerous(r) || LineBreak(r) {
			return false
		}
		i += size
	}
	return true
}

// Escaped makes s safe to print in a one-line message: line breaks and tabs
// are written as \n, \r and \t, other dangerous runes as \u001b and the
// like, invalid UTF-8 as U+FFFD.
func Escaped(s string) string {
	if !strings.ContainsFunc(s, Dangerous) && utf8.ValidString(s) {
		return s
	}
	s = strings.ToValidUTF8(s, string(Replacement))
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case Dangerous(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// JSON escapes, in the output of encoding/json, the characters it leaves as
// they are although a terminal acts on them: DEL and the C1 controls
// U+0080–U+009F (CSI, OSC and the like), written as \u007f and \u009b. It is
// the same JSON to any reader, but a log or an export shown with cat can no
// longer drive the terminal. Output that needs no change is returned as it
// is, without allocating.
func JSON(b []byte) []byte {
	if !hasRawControl(b) {
		return b
	}
	out := make([]byte, 0, len(b)+32)
	for i := 0; i < len(b); i++ {
		switch {
		case b[i] == 0x7f:
			out = append(out, `\u007f`...)
		case b[i] == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f:
			out = fmt.Appendf(out, `\u%04x`, b[i+1])
			i++
		default:
			out = append(out, b[i])
		}
	}
	return out
}

// hasRawControl reports whether b holds DEL or a C1 control encoded as
// UTF-8 (0xC2 then 0x80–0x9F).
func hasRawControl(b []byte) bool {
	for i, c := range b {
		if c == 0x7f || c == 0xc2 && i+1 < len(b) && b[i+1] >= 0x80 && b[i+1] <= 0x9f {
			return true
		}
	}
	return false
}
