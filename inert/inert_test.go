package inert

import (
	"encoding/json"
	"reflect"
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

func TestJSON(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{`{"name":"何阿姨"}`, `{"name":"何阿姨"}`},
		{"{\"name\":\"a\u009b2Jb\"}", `{"name":"a\u009b2Jb"}`},
		{"{\"name\":\"\u0080\u009f\u00a0\"}", "{\"name\":\"\\u0080\\u009f\u00a0\"}"},
		{"{\"name\":\"x\u007fy\"}", `{"name":"x\u007fy"}`},
		{"\"\u0085\"", `"\u0085"`}, // NEL, a line break in some programs
	} {
		got := JSON([]byte(tc.in))
		if string(got) != tc.want {
			t.Errorf("JSON(%q) = %q, want %q", tc.in, got, tc.want)
		}
		var a, b any
		if json.Unmarshal([]byte(tc.in), &a) != nil || json.Unmarshal(got, &b) != nil || !reflect.DeepEqual(a, b) {
			t.Errorf("JSON(%q) reads back differently: %v, %v", tc.in, a, b)
		}
	}
	plain := []byte(`{"name":"王芳"}`)
	if got := JSON(plain); &got[0] != &plain[0] {
		t.Error("JSON copied output that needed no change")
	}
}

func FuzzJSON(f *testing.F) {
	f.Add("a\u009bb\u007f")
	f.Add("何阿姨")
	f.Fuzz(func(t *testing.T, s string) {
		enc, err := json.Marshal(s)
		if err != nil {
			t.Skip()
		}
		got := JSON(enc)
		var back, want string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Fatalf("JSON(%q) = %q is not JSON: %v", enc, got, err)
		}
		if json.Unmarshal(enc, &want); back != want {
			t.Fatalf("JSON(%q) reads back as %q, want %q", enc, back, want)
		}
		for _, r := range string(got) {
			if r == 0x7f || r >= 0x80 && r <= 0x9f {
				t.Fatalf("JSON(%q) = %q keeps %U raw", enc, got, r)
			}
		}
	})
}
