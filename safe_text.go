package main

import (
	"unicode/utf8"

	"eventday/inert"
)

// maxShown is how many characters of a name a message shows: enough for
// any real name, and a 10,000-character one does not bury the message.
const maxShown = 40

// shown makes text from a file or the command line safe to print in a
// message (see inert.Escaped), cut to maxShown characters with an ellipsis.
func shown(s string) string {
	n := 0
	for i := range s {
		if n == maxShown {
			return inert.Escaped(s[:i]) + "…"
		}
		n++
	}
	return inert.Escaped(s)
}

// safeLine is one line of a message as it may reach the terminal: like
// shown, but never cut.
func safeLine(s string) string { return inert.Escaped(s) }

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
