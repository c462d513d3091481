package main

import (
	"unicode/utf8"

	"eventday/inert"
	"eventday/input"
)

// excerpt makes text from a file or the command line safe to print in a
// message (see inert.Escaped), shortened as input.Shorten does.
func excerpt(s string) string { return inert.Escaped(input.Shorten(s)) }

// safeLine is one line of a message as it may reach the terminal: like
// excerpt, but never shortened.
func safeLine(s string) string { return inert.Escaped(s) }

// runeCount is the length of a name as a person counts it.
func runeCount(s string) int { return utf8.RuneCountInString(s) }
