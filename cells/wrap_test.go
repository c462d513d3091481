package cells

import (
	"testing"

	"eventday/inert"
)

// TestWrapKeepsPunctuationOffLineStarts: a closing mark takes the
// character before it to the next line, and no line is wider than asked.
func TestWrapKeepsPunctuationOffLineStarts(t *testing.T) {
	got := Wrap("下面请欣赏太极拳队带来的表演，他们每天早上都在广场上练习。", 16)
	for i, l := range got {
		if Width(l) > 16 {
			t.Errorf("line %d %q is %d wide", i, l, Width(l))
		}
		if i > 0 && (l[:3] == "，" || l[:3] == "。") {
			t.Errorf("line %d starts with punctuation: %q", i, got)
		}
	}
	if len(got) < 2 {
		t.Fatalf("not wrapped: %q", got)
	}
}

// FuzzWrap: whatever the text and the width, no line is wider than the
// width.
func FuzzWrap(f *testing.F) {
	f.Add("下面请欣赏太极拳队带来的表演，他们每天早上都在广场上练习。", 7)
	f.Add("a b c，d。e", 2)
	f.Add("ＡＢＣ，", 1)
	f.Fuzz(func(t *testing.T, s string, w int) {
		w = w%60 + 1
		if w < 1 {
			w = -w + 1
		}
		for _, l := range Wrap(inert.Text(s), w) {
			if Width(l) > w {
				t.Fatalf("Wrap(%q, %d): line %q is %d wide", s, w, l, Width(l))
			}
		}
	})
}
