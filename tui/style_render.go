package tui

import (
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// style is a lipgloss style that knows, once, what it writes around a
// line of text. lipgloss works that out again on every Render (some fifty
// property lookups, the padding, the border, the margins), which made it
// most of the cost of a frame with every row of a table styled. Render
// gives exactly what lipgloss gives; what this cannot reproduce (text with
// tabs or line breaks, a style with a width, padding or border) it leaves
// to lipgloss. The zero style draws text as it is, through lipgloss.
type style struct {
	lipgloss.Style
	how paint
	pre string // the SGR sequence before styled text
	spc string // the same before a space, for a paintEach style
}

// paint is how a style draws a line.
type paint int

const (
	paintLipgloss paint = iota // ask lipgloss
	paintNone                  // the text as it is
	paintWhole                 // pre, the line, a reset
	paintEach                  // each character wrapped, spaces apart (underline, strike-through)
)

// sgrReset ends a styled run, as lipgloss writes it.
const sgrReset = "\x1b[m"

// styleProbes are the texts newStyle checks a shortcut against lipgloss
// with before trusting it.
var styleProbes = []string{"", "x", " ", "ab c", "中 文", "\x1b[1mx\x1b[m y"}

// newStyle works out how ls draws a line.
func newStyle(ls lipgloss.Style) style {
	sty := style{Style: ls}
	if ls.GetTransform() != nil {
		return sty
	}
	x, sp := ls.Render("x"), ls.Render(" ")
	pre, ok := sgrAround(x, "x")
	spc, spOK := sgrAround(sp, " ")
	switch {
	case !ok || !spOK:
		return sty
	case ls.GetUnderline() || ls.GetStrikethrough() || ls.GetUnderlineSpaces() || ls.GetStrikethroughSpaces():
		sty.how, sty.pre, sty.spc = paintEach, pre, spc
	case pre == "":
		sty.how = paintNone
	default:
		sty.how, sty.pre = paintWhole, pre
	}
	for _, p := range styleProbes {
		if sty.Render(p) != ls.Render(p) {
			return style{Style: ls}
		}
	}
	return sty
}

// sgrAround finds the SGR sequence that lipgloss put before text in
// rendered: "" when it left text alone.
func sgrAround(rendered, text string) (string, bool) {
	if rendered == text {
		return "", true
	}
	pre, ok := strings.CutSuffix(rendered, text+sgrReset)
	return pre, ok && strings.HasPrefix(pre, "\x1b[")
}

// Render draws one line of text in the style.
func (sty style) Render(s string) string {
	if sty.how == paintLipgloss || strings.ContainsAny(s, "\t\n\r") {
		return sty.Style.Render(s)
	}
	switch sty.how {
	case paintWhole:
		return sty.pre + s + sgrReset
	case paintEach:
		// At most a wrapped character a byte.
		var b strings.Builder
		b.Grow(len(s) * (1 + max(len(sty.pre), len(sty.spc)) + len(sgrReset)))
		sty.writeEach(&b, s)
		return b.String()
	}
	return s
}

// around is what the style writes before and after a line of text
// without tabs or line breaks (inert text is such a line), when it draws
// the line whole; whole is false for a style that does not, whose Render
// the line must go through.
func (sty style) around() (pre, post string, whole bool) {
	switch sty.how {
	case paintNone:
		return "", "", true
	case paintWhole:
		return sty.pre, sgrReset, true
	}
	return "", "", false
}

// writeEach is lipgloss's drawing of a line with underline or
// strike-through: every grapheme cluster wrapped on its own, spaces in the
// space style, escape sequences already there passed through.
func (sty style) writeEach(b *strings.Builder, line string) {
	var state byte
	for len(line) > 0 {
		seq, w, n, next := ansi.DecodeSequence(line, state, nil)
		if n == 0 {
			break
		}
		switch {
		case w == 0:
			b.WriteString(seq)
		case isSpaces(seq):
			wrapSGR(b, sty.spc, seq)
		default:
			wrapSGR(b, sty.pre, seq)
		}
		line, state = line[n:], next
	}
}

// wrapSGR writes text between pre and a reset, or bare without a pre.
func wrapSGR(b *strings.Builder, pre, text string) {
	if pre == "" {
		b.WriteString(text)
		return
	}
	b.WriteString(pre)
	b.WriteString(text)
	b.WriteString(sgrReset)
}

// isSpaces says a grapheme cluster is nothing but white space.
func isSpaces(s string) bool {
	for _, r := range s {
		if !unicode.IsSpace(r) {
			return false
		}
	}
	return s != ""
}
