package main

import (
	"unicode/utf8"

	"eventday/inert"
)

// maxExcerpt is how many characters of a name a message shows: enough for
// any real name, and a 10,000-character one does not bury the message.
const maxExcerpt = 40

// excerpt makes text from a file or the command line safe to print in a
// message (see inert.Escaped), shortened to maxExcerpt characters with an
// ellipsis.
func excerpt(s string) string { return inert.Escaped(shorten(s)) }

// safeLine is one line of a message as it may reach the terminal: like
// excerpt, but never shortened.
func safeLine(s string) string { return inert.Escaped(s) }

// runeCount is the length of a name as a person counts it.
func runeCount(s string) int { return utf8.RuneCountInString(s) }

// shorten cuts a text to maxExcerpt characters, with an ellipsis, for a
// message that quotes it with %q, which escapes control characters by
// itself.
func shorten(s string) string {
	n := 0
	for i := range s {
		if n == maxExcerpt {
			return s[:i] + "…"
		}
		n++
	}
	return s
}
