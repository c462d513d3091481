package inert

import (
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"何阿姨", "何阿姨"},
		{"Tom李 3号楼", "Tom李 3号楼"},
		{"\x1b[31mred\x1b]0;title\a", "\uFFFD[31mred\uFFFD]0;title\uFFFD"},
		{"a\tb\r\nc\nd\u2028e", "a b c d e"},
		{"left\u202eright", "left\uFFFDright"},
		{"bad\xffbyte", "bad\uFFFDbyte"},
		{"\u0085next", " next"},
		{"\x9b2J", "\uFFFD2J"},
		{"\xff\xfe bad", "\uFFFD bad"},
		{"del\x7f", "del\uFFFD"},
		{"emoji 🎉 ok", "emoji 🎉 ok"},
		{"keep \uFFFD too", "keep \uFFFD too"},
	} {
		if got := Text(tc.in); got != tc.want {
			t.Errorf("Text(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestLinesKeepsLineBreaks(t *testing.T) {
	got := Lines("小朋友们\r\n\x1b[2J欢迎")
	if len(got) != 2 || got[0] != "小朋友们" || got[1] != "\uFFFD[2J欢迎" {
		t.Errorf("Lines = %q", got)
	}
}

func TestEscaped(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"太极拳", "太极拳"},
		{"a\nb\tc", `a\nb\tc`},
		{"\x1b[31m", `\u001b[31m`},
		{"x\u202ey", `x\u202ey`},
		{"\xff", "\uFFFD"},
	} {
		if got := Escaped(tc.in); got != tc.want {
			t.Errorf("Escaped(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzText(f *testing.F) {
	f.Add("\x1b[31mred\x1b]0;title\a")
	f.Add("何阿姨\u202e\r\n")
	f.Fuzz(func(t *testing.T, s string) {
		text := Text(s)
		for _, r := range text {
			if Dangerous(r) || LineBreak(r) {
				t.Fatalf("Text(%q) = %q keeps %U", s, text, r)
			}
		}
		if !plain(text) || Text(text) != text {
			t.Fatalf("Text is not idempotent on %q", s)
		}
		for _, r := range Escaped(s) {
			if Dangerous(r) {
				t.Fatalf("Escaped(%q) keeps %U", s, r)
			}
		}
		if strings.ContainsRune(text+Escaped(s), 0x1b) {
			t.Fatalf("ESC left in the output for %q", s)
		}
	})
}
