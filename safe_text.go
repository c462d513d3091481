package main

import (
	"unicode/utf8"

	"eventday/inert"
)

// safeLine is one line of a message as it may reach the terminal: like
// input.Excerpt, but never shortened.
func safeLine(s string) string { return inert.Escaped(s) }

// runeCount is the length of a name as a person counts it.
func runeCount(s string) int { return utf8.RuneCountInString(s) }
