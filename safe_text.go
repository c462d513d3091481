package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxShown is how many characters of a name a message shows: enough for
// any real name, and a 10,000-character one does not bury the message.
const maxShown = 40

// shown makes text from a file or the command line safe to print in a
// message: control characters (an ESC starting a terminal sequence, a line
// break) and the bidirectional overrides that would reorder the line are
// written as escapes, invalid UTF-8 as U+FFFD, and a long text is cut to
// maxShown characters with an ellipsis.
func shown(s string) string { return escaped(s, maxShown) }

// safeLine is one line of a message as it may reach the terminal: like
// shown, but never cut.
func safeLine(s string) string { return escaped(s, -1) }

func escaped(s string, limit int) string {
	if limit < 0 && !strings.ContainsFunc(s, unsafeRune) && utf8.ValidString(s) {
		return s
	}
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	n := 0
	for _, r := range s {
		if n == limit {
			b.WriteString("…")
			break
		}
		n++
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case unsafeRune(r):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// unsafeRune reports the runes a terminal acts on rather than shows.
func unsafeRune(r rune) bool { return unicode.IsControl(r) || bidiControl(r) }

// bidiControl reports the runes that change the direction of the text after
// them: printed as they are, they make a line say something else.
func bidiControl(r rune) bool {
	return r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 || r == 0x200e || r == 0x200f
}

// runeCount is the length of a name as a person counts it.
func runeCount(s string) int { return utf8.RuneCountInString(s) }

// cut shortens a text to maxShown characters for a message that quotes it
// with %q, which escapes control characters by itself.
func cut(s string) string {
	n := 0
	for i := range s {
		if n == maxShown {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
