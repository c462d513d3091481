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
	st := style{Style: ls}
	if ls.GetTransform() != nil {
		return st
	}
	x, sp := ls.Render("x"), ls.Render(" ")
	pre, ok := sgrAround(x, "x")
	spc, spOK := sgrAround(sp, " ")
	switch {
	case !ok || !spOK:
		return st
	case ls.GetUnderline() || ls.GetStrikethrough() || ls.GetUnderlineSpaces() || ls.GetStrikethroughSpaces():
		st.how, st.pre, st.spc = paintEach, pre, spc
	case pre == "":
		st.how = paintNone
	default:
		st.how, st.pre = paintWhole, pre
	}
	for _, p := range styleProbes {
		if st.Render(p) != ls.Render(p) {
			return style{Style: ls}
		}
	}
	return st
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
func (st style) Render(s string) string {
	if st.how == paintLipgloss || strings.ContainsAny(s, "\t\n\r") {
		return st.Style.Render(s)
	}
	switch st.how {
	case paintWhole:
		return st.pre + s + sgrReset
	case paintEach:
		// At most a wrapped character a byte.
		var b strings.Builder
		b.Grow(len(s) * (1 + max(len(st.pre), len(st.spc)) + len(sgrReset)))
		st.writeEach(&b, s)
		return b.String()
	}
	return s
}

// around is what the style writes before and after a line of text
// without tabs or line breaks (inert text is such a line), when it draws
// the line whole; whole is false for a style that does not, whose Render
// the line must go through.
func (st style) around() (pre, post string, whole bool) {
	switch st.how {
	case paintNone:
		return "", "", true
	case paintWhole:
		return st.pre, sgrReset, true
	}
	return "", "", false
}

// writeEach is lipgloss's drawing of a line with underline or
// strike-through: every grapheme cluster wrapped on its own, spaces in the
// space style, escape sequences already there passed through.
func (st style) writeEach(b *strings.Builder, line string) {
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
			wrapSGR(b, st.spc, seq)
		default:
			wrapSGR(b, st.pre, seq)
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
