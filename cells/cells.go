// Package cells measures text in terminal cells and fits it to columns:
// a CJK character takes two cells, an escape sequence none. The terminal
// interface and the text report both lay out tables of names in Chinese,
// and the interface does it for every row of every frame, so measuring is
// quick for the text such tables are made of and exact for anything else:
// every function gives what charmbracelet/x/ansi gives (FuzzCells). Wrap
// breaks a text into lines by the Chinese rule for closing punctuation,
// for the screen and the report alike.
package cells

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/displaywidth"
)

// Tail ends text cut to fit a column.
const Tail = "…"

// Width is the number of terminal cells s takes; escape sequences count
// for nothing and a CJK character for two. It is ansi.StringWidth, which
// splits everything into grapheme clusters, with a shortcut for text whose
// every character is a cluster of its own (see quickWidth).
func Width(s string) int {
	if n, ok := quickWidth(s); ok {
		return n
	}
	return ansi.StringWidth(s)
}

// runeCells measures one character for quickWidth: displaywidth's rule,
// which ansi.StringWidth applies to a cluster of one character, with East
// Asian ambiguous characters as wide as ansi takes them (it follows
// RUNEWIDTH_EASTASIAN). Set once, never changed.
var runeCells = displaywidth.Options{EastAsianWidth: ansi.StringWidth("\u00b7") == 2}

// quickWidth measures s when every character in it is isolated (a
// grapheme cluster of its own whatever its neighbours) and every escape
// sequence a CSI, character by character; ok is false otherwise, and the
// caller asks ansi. ASCII, CJK, kana, Hangul syllables, the common
// punctuation, box drawing and SGR styling all are: finding the clusters,
// which such text does not need, is most of what ansi spends.
func quickWidth(s string) (n int, ok bool) {
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= 0x20 && c < 0x7f:
			n++
			i++
		case c == 0x1b:
			l := csiLen(s[i:])
			if l == 0 {
				return 0, false
			}
			i += l
		case c >= utf8.RuneSelf:
			r, size := utf8.DecodeRuneInString(s[i:])
			if !isolated(r) {
				return 0, false
			}
			n += cellsOf(r)
			i += size
		default:
			return 0, false
		}
	}
	return n, true
}

// cellsOf is the width of an isolated non-ASCII character.
func cellsOf(r rune) int {
	if r >= 0x4e00 && r <= 0x9fff || r >= 0xac00 && r <= 0xd7a3 {
		return 2 // the common CJK ideographs and the Hangul syllables
	}
	return runeCells.Rune(r)
}

// csiLen is the length of the CSI escape sequence s starts with (ESC [,
// parameter bytes, a final byte), which the terminal draws as nothing, or
// 0 when s starts with anything else.
func csiLen(s string) int {
	if len(s) < 3 || s[0] != 0x1b || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 0x30 && c <= 0x3f:
			continue
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

// isolated says r never joins a neighbour into one grapheme cluster when
// every neighbour is ASCII or isolated too: its Grapheme_Cluster_Break is
// Other (or a precomposed Hangul syllable, which joins only with jamo).
// Combining marks, joiners, variation selectors, controls, regional
// indicators and the like are not. The ranges are checked, character by
// character, against the segmenter ansi uses (TestIsolated).
func isolated(r rune) bool {
	switch {
	case r < 0x00a0:
		return false
	case r <= 0x02ff:
		return r != 0x00ad // soft hyphen: a format control
	case r >= 0x0370 && r <= 0x0482, r >= 0x048a && r <= 0x052f:
		return true // Greek, Cyrillic
	case r >= 0x2010 && r <= 0x2027, r >= 0x2030 && r <= 0x205e, r >= 0x2070 && r <= 0x20cf:
		return true // punctuation, super- and subscripts, currency
	case r >= 0x2100 && r <= 0x2bff:
		return true // letterlike, arrows, maths, box drawing, blocks, shapes
	case r >= 0x2e80 && r <= 0x3029, r >= 0x3030 && r <= 0x3096, r >= 0x309b && r <= 0x4dbf:
		return true // CJK radicals, punctuation, kana, enclosed, Extension A
	case r >= 0x4dc0 && r <= 0xa4cf:
		return true // hexagrams, the CJK ideographs, Yi
	case r >= 0xac00 && r <= 0xd7a3:
		return true // Hangul syllables
	case r >= 0xf900 && r <= 0xfaff, r >= 0xfe30 && r <= 0xfe4f:
		return true // CJK compatibility ideographs and forms
	case r >= 0xff01 && r <= 0xff9d, r >= 0xffe0 && r <= 0xffee:
		return true // full- and halfwidth forms, but the sound marks
	}
	return false
}

// Cut shortens s (which may hold styling) to at most w cells, ending it
// with Tail when something was cut: ansi.Truncate(s, w, Tail), with the
// same shortcut as Width.
func Cut(s string, w int) string {
	if w <= 0 {
		return ""
	}
	n, ok := quickWidth(s)
	switch {
	case !ok && ansi.StringWidth(s) <= w, ok && n <= w:
		return s
	case !ok:
		return ansi.Truncate(s, w, Tail)
	}
	var b strings.Builder
	b.Grow(len(s) + len(Tail))
	_ = writeCut(&b, s, w)
	return b.String()
}

// writeCut writes to b what ansi.Truncate(s, w, Tail) gives, for a string
// quickWidth measures and that is wider than w: the characters that fit
// with the Tail, the Tail, and every escape sequence (so that styling
// still ends). It returns the cells written.
func writeCut(b *strings.Builder, s string, w int) int {
	tw := Width(Tail)
	room := w - tw
	if room < 0 {
		return 0
	}
	used, kept, cutting := 0, 0, false
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == 0x1b:
			l := csiLen(s[i:])
			b.WriteString(s[i : i+l])
			i += l
		case c < utf8.RuneSelf:
			if !cutting && used >= room {
				cutting = true
				b.WriteString(Tail)
			}
			if !cutting {
				b.WriteByte(c)
				used++
				kept = used
			}
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			used += cellsOf(r)
			if !cutting && used > room {
				cutting = true
				b.WriteString(Tail)
			}
			if !cutting {
				b.WriteString(s[i : i+size])
				kept = used
			}
			i += size
		}
	}
	if cutting {
		return kept + tw
	}
	return kept
}

// Fit makes s exactly w cells wide: cut if longer, padded with spaces if
// shorter. A wide character that would straddle the edge is dropped and
// padded over, so columns of CJK text stay aligned.
func Fit(s string, w int) string {
	s = Cut(s, w)
	if pad := w - Width(s); pad > 0 {
		s += Spaces(pad)
	}
	return s
}

// FitRight is Fit with the text against the right edge, for numbers.
func FitRight(s string, w int) string {
	s = Cut(s, w)
	if pad := w - Width(s); pad > 0 {
		s = Spaces(pad) + s
	}
	return s
}

// WriteFit writes Fit(s, w) to b, without making the string first. s
// never escapes, so it may be a string converted from bytes on the
// caller's stack: what ansi measures is a copy.
func WriteFit(b *strings.Builder, s string, w int) {
	if w <= 0 {
		return
	}
	n, ok := quickWidth(s)
	switch {
	case !ok:
		b.WriteString(Fit(strings.Clone(s), w))
		return
	case n > w:
		n = writeCut(b, s, w)
	default:
		b.WriteString(s)
	}
	WriteSpaces(b, w-n)
}

// WriteFitRight writes FitRight(s, w) to b, as WriteFit does Fit.
func WriteFitRight(b *strings.Builder, s string, w int) {
	if w <= 0 {
		return
	}
	n, ok := quickWidth(s)
	if !ok || n > w {
		b.WriteString(FitRight(strings.Clone(s), w))
		return
	}
	WriteSpaces(b, w-n)
	b.WriteString(s)
}

// blanks is where padding is cut from, so that it takes no allocation.
const blanks = "                                                                                                                                "

// Spaces is n spaces, without allocating for a line's worth.
func Spaces(n int) string {
	if n <= len(blanks) {
		return blanks[:max(n, 0)]
	}
	return strings.Repeat(" ", n)
}

// WriteSpaces writes n spaces to b.
func WriteSpaces(b *strings.Builder, n int) {
	for n > len(blanks) {
		b.WriteString(blanks)
		n -= len(blanks)
	}
	if n > 0 {
		b.WriteString(blanks[:n])
	}
}
