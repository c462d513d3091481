package tui

import (
	"fmt"
	"reflect"
	"testing"

	"charm.land/lipgloss/v2"
)

// allStyles is every style in sty, by field name: the exported ones found
// by reflection, the rows named (reflection cannot read unexported
// fields), and a failure if a style field is in neither.
func allStyles(t *testing.T, sty Styles) map[string]style {
	out := map[string]style{}
	for k := range rowKinds {
		out[fmt.Sprintf("rows[%d]", k)] = sty.rows[k]
		out[fmt.Sprintf("selected[%d]", k)] = sty.selected[k]
	}
	v := reflect.ValueOf(sty)
	for i := range v.NumField() {
		f := v.Type().Field(i)
		switch {
		case f.Type == reflect.TypeFor[style]() && f.IsExported():
			out[f.Name] = v.Field(i).Interface().(style)
		case f.Type == reflect.TypeFor[style]() || f.Type == reflect.TypeFor[[rowKinds]style]():
			if _, ok := out[f.Name]; !ok && f.Name != "rows" && f.Name != "selected" {
				t.Fatalf("the style %s is not checked", f.Name)
			}
		}
	}
	return out
}

// TestStyleRenderIsLipgloss draws texts a frame is made of, and texts a
// shortcut could get wrong, in every style of every colour mode and
// background, and checks they come out exactly as lipgloss draws them.
func TestStyleRenderIsLipgloss(t *testing.T) {
	texts := append([]string{" ", "  two  spaces ", "\u3000全角空格\u3000", "a\tb", "one\ntwo", "cr\r\nlf"}, cellSamples...)
	kinds := map[paint]int{}
	for _, mode := range []colourMode{colourFull, colourNone, colourPlain} {
		for _, dark := range []bool{true, false} {
			styles := allStyles(t, newStyles(mode, dark))
			if len(styles) < 40 {
				t.Fatalf("only %d styles found", len(styles))
			}
			for name, sty := range styles {
				kinds[sty.how]++
				for _, s := range texts {
					if got, want := sty.Render(s), sty.Style.Render(s); got != want {
						t.Errorf("mode %d dark %v %s: Render(%q) = %q, lipgloss gives %q", mode, dark, name, s, got, want)
					}
				}
			}
		}
	}
	// The shortcuts are taken: else this test would prove nothing.
	for _, k := range []paint{paintNone, paintWhole, paintEach} {
		if kinds[k] == 0 {
			t.Errorf("no style draws with paint %d: %v", k, kinds)
		}
	}
	if kinds[paintLipgloss] == 0 {
		t.Errorf("the form's border should be left to lipgloss: %v", kinds)
	}
}

// TestStyleAround checks that writing a line between around's pre and post
// is the style's Render of it.
func TestStyleAround(t *testing.T) {
	for _, mode := range []colourMode{colourFull, colourNone, colourPlain} {
		for name, sty := range allStyles(t, newStyles(mode, true)) {
			pre, post, whole := sty.around()
			if !whole {
				continue
			}
			for _, s := range cellSamples[:6] {
				if got, want := pre+s+post, sty.Render(s); got != want {
					t.Errorf("mode %d %s: around gives %q, Render %q", mode, name, got, want)
				}
			}
		}
	}
	if sty := newStyle(lipgloss.NewStyle().Padding(0, 1)); sty.how != paintLipgloss {
		t.Errorf("a padded style is drawn with paint %d, not left to lipgloss", sty.how)
	}
}

// BenchmarkStyleRender draws a row of the running order in the selected
// row's style, as a frame does for every row: through the style's cached
// shortcut against lipgloss working it out again each time. The frame's
// cost (BenchmarkFrame) rests on the difference.
func BenchmarkStyleRender(b *testing.B) {
	sty := newStyles(colourFull, true).selected[rowLive]
	row := " 3  on stage  小品《楼道里的灯》        3号楼邻居           14:12  8:00 "
	b.Run("cached", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = sty.Render(row)
		}
	})
	b.Run("lipgloss", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = sty.Style.Render(row)
		}
	})
}
