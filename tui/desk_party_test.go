package tui

import (
	"strings"
	"testing"

	"eventday/checkin"
)

func TestSplitParty(t *testing.T) {
	for _, c := range []struct {
		box, name string
		typed, ok bool
		n         int
	}{
		{"wjp", "wjp", false, false, 0},
		{"wjp+3", "wjp", true, true, 3},
		{"王建平 +3", "王建平 ", true, true, 3},
		{"王建平＋３", "王建平", true, true, 3}, // an input method's full-width + and digit
		{"wjp+", "wjp", true, false, 0},
		{"wjp+0", "wjp", true, false, 0},
		{"wjp+98", "wjp", true, true, 98},
		{"wjp+99", "wjp", true, false, 0}, // 100 people in one entry
		{"wjp++3", "wjp+", true, true, 3},
		{"wjp+-3", "wjp", true, false, 0},
		{"wjp+3a", "wjp", true, false, 0},
		{"+3", "+3", false, false, 0}, // a count of heads, not a party
		{" +3", " +3", false, false, 0},
	} {
		name, p := splitParty(c.box)
		if name != c.name || p.typed != c.typed || p.ok != c.ok || p.n != c.n {
			t.Errorf("%q: %q %+v, want %q typed %v ok %v n %d", c.box, name, p, c.name, c.typed, c.ok, c.n)
		}
	}
}

// FuzzSplitParty: whatever is typed, the name searched is what comes
// before the +, and a party read is one the log takes.
func FuzzSplitParty(f *testing.F) {
	for _, s := range []string{"wjp+3", "王建平＋３", "+4", "a+", "a+99", "a+٣", "a+\x00", "++", "a+ 1 2"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, box string) {
		name, p := splitParty(box)
		if !strings.HasPrefix(box, name) {
			t.Fatalf("%q: name %q is not what was typed", box, name)
		}
		if p.ok && (p.n < 1 || p.n+1 > checkin.MaxParty) {
			t.Fatalf("%q: a party of %d+1", box, p.n)
		}
		if p.typed && strings.TrimSpace(name) == "" {
			t.Fatalf("%q: a party after no name", box)
		}
		if !p.typed && name != box {
			t.Fatalf("%q: no party, yet the name is %q", box, name)
		}
	})
}
