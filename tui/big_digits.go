package tui

import "strings"

// This file draws a time in large block characters, to be read from
// across a stage: the Stage's big clock now, and the read-only board of
// the performers' corner after it. It knows nothing of the show: text in,
// lines of cells out, the caller styles them.

// bigGlyphs are the characters bigText draws, each five rows of pixels, #
// a lit one; every row of a glyph is as wide as its first.
var bigGlyphs = map[rune][5]string{
	'0': {"###", "#.#", "#.#", "#.#", "###"},
	'1': {".#.", "##.", ".#.", ".#.", "###"},
	'2': {"###", "..#", "###", "#..", "###"},
	'3': {"###", "..#", "###", "..#", "###"},
	'4': {"#.#", "#.#", "###", "..#", "..#"},
	'5': {"###", "#..", "###", "..#", "###"},
	'6': {"###", "#..", "###", "#.#", "###"},
	'7': {"###", "..#", "..#", "..#", "..#"},
	'8': {"###", "#.#", "###", "#.#", "###"},
	'9': {"###", "#.#", "###", "..#", "###"},
	':': {".", "#", ".", "#", "."},
	'+': {"...", ".#.", "###", ".#.", "..."},
	'-': {"...", "...", "###", "...", "..."},
	' ': {"..", "..", "..", "..", ".."},
}

// bigRows is how many rows of pixels a glyph has.
const bigRows = 5

// bigPixels is how many pixels wide text is drawn, a pixel between two
// glyphs; -1 when it has a character bigText does not draw.
func bigPixels(text string) int {
	n := 0
	for i, r := range []rune(text) {
		g, ok := bigGlyphs[r]
		if !ok {
			return -1
		}
		if i > 0 {
			n++
		}
		n += len(g[0])
	}
	return n
}

// bigScale is the largest scale at which bigText draws text within w×h
// cells, or 0 when even the smallest does not fit. At scale k a pixel is
// 2k cells wide and k rows high, so that it looks square in a terminal's
// tall cells.
func bigScale(text string, w, h int) int {
	px := bigPixels(text)
	if px <= 0 {
		return 0
	}
	return max(min(w/(2*px), h/bigRows), 0)
}

// bigText draws text at scale k (see bigScale): 5k lines, each as wide as
// the others, of full blocks and spaces. Characters it does not draw are
// left out.
func bigText(text string, k int) []string {
	if k <= 0 {
		return nil
	}
	var rows [bigRows]strings.Builder
	drawn := 0
	for _, r := range text {
		g, ok := bigGlyphs[r]
		if !ok {
			continue
		}
		drawn++
		for y := range bigRows {
			if drawn > 1 {
				rows[y].WriteString(strings.Repeat(" ", 2*k))
			}
			for _, p := range g[y] {
				cell := " "
				if p == '#' {
					cell = "█"
				}
				rows[y].WriteString(strings.Repeat(cell, 2*k))
			}
		}
	}
	out := make([]string, 0, bigRows*k)
	for y := range bigRows {
		line := rows[y].String()
		for range k {
			out = append(out, line)
		}
	}
	return out
}
