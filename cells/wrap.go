package cells

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// noLineStart is the punctuation Chinese typesetting never puts at the start
// of a line.
const noLineStart = "，。、；：！？）》」』”’,.;:!?)"

// Wrap breaks plain (already inert) text into lines of at most w cells,
// breaking between words where it can and anywhere in CJK text, but never
// before a closing punctuation mark: the CJK character before it goes down
// with it, and the line it lands on is wrapped again if it no longer fits.
// A Latin word is not split to keep the rule: a mark after it stays where
// the word ends. No line is wider than w, whatever the text.
func Wrap(s string, w int) []string {
	if w <= 0 {
		return nil
	}
	lines := strings.Split(ansi.Wrap(s, w, ""), "\n")
	for i := 1; i < len(lines); i++ {
		first, _ := utf8.DecodeRuneInString(lines[i])
		prev := []rune(lines[i-1])
		if !strings.ContainsRune(noLineStart, first) || len(prev) < 2 || Width(string(prev[len(prev)-1])) < 2 {
			continue
		}
		lines[i-1] = string(prev[:len(prev)-1])
		moved := string(prev[len(prev)-1]) + lines[i]
		if Width(moved) <= w {
			lines[i] = moved
			continue
		}
		split := strings.Split(ansi.Wrap(moved, w, ""), "\n")
		lines = append(lines[:i], append(split, lines[i+1:]...)...)
	}
	for i, l := range lines {
		lines[i] = Cut(l, w)
	}
	return lines
}
