package cells

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/clipperhouse/uax29/v2/graphemes"

	"eventday/cells/cellstest"
)

// clusters counts the grapheme clusters of s as ansi's segmenter finds them.
func clusters(s string) int {
	n := 0
	for it := graphemes.FromString(s); it.Next(); {
		n++
	}
	return n
}

// TestIsolated checks every character quickWidth measures by itself: it
// is a cluster of its own between ASCII letters, beside itself and beside
// a CJK ideograph and a Hangul syllable, and it is as wide alone and in
// company as ansi says.
func TestIsolated(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x10ffff; r++ {
		if !isolated(r) {
			continue
		}
		n++
		c := string(r)
		for _, s := range []string{"a" + c + "a" + c + c, "中" + c + "한" + c + "中", "한" + c + "한"} {
			if got, want := clusters(s), len([]rune(s)); got != want {
				t.Fatalf("U+%04X: %q is %d clusters, want %d", r, s, got, want)
			}
			if got, want := Width(s), ansi.StringWidth(s); got != want {
				t.Fatalf("U+%04X: Width(%q) = %d, ansi says %d", r, s, got, want)
			}
		}
	}
	if n < 40000 {
		t.Fatalf("only %d characters are measured quickly", n)
	}
}

// samples are cellstest.Samples, by a short name.
var samples = cellstest.Samples

// TestCells checks Width, Cut and the Fits on the samples at every width
// up to past their own, against ansi.
func TestCells(t *testing.T) {
	for _, s := range samples {
		for w := -1; w <= ansi.StringWidth(s)+2; w++ {
			checkCells(t, s, w)
		}
	}
}

// FuzzCells compares Width, Cut and the Fits with ansi's own measuring
// and truncating, which they must give exactly.
func FuzzCells(f *testing.F) {
	for i, s := range samples {
		f.Add(s, i*3)
		f.Add(s+s, i)
	}
	f.Fuzz(func(t *testing.T, s string, w int) {
		checkCells(t, s, w%80)
	})
}

func checkCells(t *testing.T, s string, w int) {
	t.Helper()
	if got, want := Width(s), ansi.StringWidth(s); got != want {
		t.Fatalf("Width(%q) = %d, ansi says %d", s, got, want)
	}
	want := ""
	if w > 0 {
		want = s
		if ansi.StringWidth(s) > w {
			want = ansi.Truncate(s, w, Tail)
		}
	}
	if got := Cut(s, w); got != want {
		t.Fatalf("Cut(%q, %d) = %q, ansi gives %q", s, w, got, want)
	}
	if w <= 0 {
		return
	}
	pad := strings.Repeat(" ", max(w-ansi.StringWidth(want), 0))
	if got := Fit(s, w); got != want+pad {
		t.Fatalf("Fit(%q, %d) = %q, want %q", s, w, got, want+pad)
	}
	if got := FitRight(s, w); got != pad+want {
		t.Fatalf("FitRight(%q, %d) = %q, want %q", s, w, got, pad+want)
	}
	var b strings.Builder
	WriteFit(&b, s, w)
	WriteFitRight(&b, s, w)
	if got := b.String(); got != want+pad+pad+want {
		t.Fatalf("WriteFit, WriteFitRight(%q, %d) = %q, want %q", s, w, got, want+pad+pad+want)
	}
}

// BenchmarkWidth measures a row of the running order, styled, and a line
// of the report, with Width and with ansi.StringWidth, which it replaces.
func BenchmarkWidth(b *testing.B) {
	for _, c := range []struct{ name, s string }{
		{"styled_row", "\x1b[38;5;78;1m> 12 LIVE    第 12 个节目《春天在哪里》       12号楼合唱队          3/4      14:36    2:51\x1b[m"},
		{"report_line", "  王芳芳        resident     12号楼        139****0012   14:05"},
	} {
		b.Run(c.name+"/cells", func(b *testing.B) {
			for range b.N {
				_ = Width(c.s)
			}
		})
		b.Run(c.name+"/ansi", func(b *testing.B) {
			for range b.N {
				_ = ansi.StringWidth(c.s)
			}
		})
	}
}
