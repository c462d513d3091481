package input

import (
	"bytes"
	"strings"
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

// TestDamagedUTF8: a few bytes out of place in a UTF-8 file are damage, to
// be fixed on their line; text out of place throughout is another encoding
// (GBK, GB18030), for Decode.
func TestDamagedUTF8(t *testing.T) {
	names := strings.Repeat("何阿姨,舞蹈队\n", 4) // 20 characters beyond ASCII
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(names + names))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		in   string
		line int
		bad  byte
		ok   bool
	}{
		{"valid UTF-8", names, 0, 0, false},
		{"ASCII", "a,b\n1,2\n", 0, 0, false},
		{"one stray byte on line 3", names[:2*len("何阿姨,舞蹈队\n")] + "\xff" + names, 3, 0xff, true},
		{"a Chinese character cut short", names + "王\xe8\x8a\n" + names, 5, 0xe8, true},
		{"CR line ends, as Excel for Mac writes them", strings.ReplaceAll(names+"王\xe8\x8a\n"+names, "\n", "\r"), 5, 0xe8, true},
		{"a Latin-1 é among Chinese names", names + "Andr\xe9\n" + names, 5, 0xe9, true},
		{"GBK", string(gbk), 0, 0, false},
		{"too few characters to tell", "王\xff,1\n", 0, 0, false},
		{"as many bad bytes as good characters", names + strings.Repeat("\xff", 20), 0, 0, false},
	} {
		line, bad, ok := damagedUTF8([]byte(tt.in))
		if ok != tt.ok || ok && (line != tt.line || bad != tt.bad) {
			t.Errorf("%s: damagedUTF8 = %d, %#x, %v; want %d, %#x, %v", tt.name, line, bad, ok, tt.line, tt.bad, tt.ok)
		}
	}
	_, err = ReadCSV("roster.csv", []byte("姓名,电话\n"+names+"单\xff小燕,2\n"+names), testColumns)
	want := `roster.csv:6: a byte that is not UTF-8 (0xFF), in a file that otherwise is; retype this line or save the file again in UTF-8 (read as GBK, every Chinese name would be garbled)`
	if err == nil || err.Error() != want {
		t.Errorf("ReadCSV of a damaged file: %v, want %s", err, want)
	}
}
