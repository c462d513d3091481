package input

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func TestDecode(t *testing.T) {
	const text = "节目,时长\n幼儿园小合唱《春天在哪里》,5m\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	gb18030, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text + "𠀀\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		in       []byte
		text     string
		encoding string
	}{
		{"UTF-8", []byte(text), text, EncodingUTF8},
		{"UTF-8 with BOM", append([]byte("\xEF\xBB\xBF"), text...), text, EncodingUTF8BOM},
		{"GBK", gbk, text, EncodingGB18030},
		{"GB18030 four-byte", gb18030, text + "𠀀\n", EncodingGB18030},
		{"ASCII", []byte("a,b\n"), "a,b\n", EncodingUTF8},
		{"empty", nil, "", EncodingUTF8},
		{"BOM only", []byte("\xEF\xBB\xBF"), "", EncodingUTF8BOM},
	}
	for _, tt := range tests {
		text, enc := Decode(tt.in)
		if text != tt.text || enc != tt.encoding {
			t.Errorf("%s: Decode = %q, %q; want %q, %q", tt.name, text, enc, tt.text, tt.encoding)
		}
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte("姓名\n"))
	f.Add([]byte("\xEF\xBB\xBF姓名\n"))
	f.Add([]byte("\xd0\xd5\xc3\xfb\n"))
	f.Add([]byte("\x95\x32\x82\x36\xff\x80"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc := Decode(data)
		if !utf8.ValidString(text) {
			t.Fatalf("Decode gave invalid UTF-8 %q", text)
		}
		switch enc {
		case EncodingUTF8:
			if text != string(data) {
				t.Errorf("UTF-8 input changed: %q -> %q", data, text)
			}
		case EncodingUTF8BOM:
			if "\xEF\xBB\xBF"+text != string(data) {
				t.Errorf("UTF-8 BOM input changed: %q -> %q", data, text)
			}
		case EncodingGB18030:
			if utf8.Valid(data) {
				t.Errorf("valid UTF-8 %q read as GB18030", data)
			}
		default:
			t.Errorf("unknown encoding %q", enc)
		}
		if bytes.Count(data, []byte("\n")) != countNewlines(text) {
			t.Errorf("line count changed: %q -> %q", data, text)
		}
	})
}

func countNewlines(s string) int { return bytes.Count([]byte(s), []byte("\n")) }
