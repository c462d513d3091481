package input

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
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
		{"Windows-1252", []byte("name\nRen\xe9e\n"), "name\nRen閑\n", EncodingUnknown},
		{"Shift-JIS", []byte("\x8e\x52\x93\x63\x91\xbe\x98\x59\n"), "嶳揷懢榊\n", EncodingUnknown},
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
	f.Add([]byte("name\r\nRen\xe9e\r\n"))
	f.Add([]byte("name\rJ\xfcrgen Gro\xdf\r"))
	f.Add([]byte("\x8e\x52\x93\x63,\x91\xbe\x98\x59\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		text, enc := Decode(data)
		read, err := DecodeFile("in.csv", data)
		switch {
		case err != nil:
			var e *Error
			if !errors.As(err, &e) || e.File != "in.csv" || e.Line < 1 || strings.ContainsAny(err.Error(), "\r\n") {
				t.Errorf("DecodeFile error %q is not one line naming the file and a line", err)
			}
			if e != nil && e.Line > bytes.Count(data, []byte("\n"))+bytes.Count(data, []byte("\r"))+1 {
				t.Errorf("DecodeFile names line %d of a file that has fewer", e.Line)
			}
		case enc == EncodingUnknown:
			t.Errorf("DecodeFile read %q, which Decode calls %s", data, enc)
		case read != text:
			t.Errorf("DecodeFile read %q as %q, Decode as %q", data, read, text)
		}
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
		case EncodingGB18030, EncodingUnknown:
			if utf8.Valid(data) {
				t.Errorf("valid UTF-8 %q read as %s", data, enc)
			}
			if _, ok := plausibleGB18030(data); ok != (enc == EncodingGB18030) {
				t.Errorf("%q read as %s, but plausibleGB18030 says %v", data, enc, ok)
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
	_, _, err = ReadCSV("roster.csv", []byte("姓名,电话\n"+names+"单\xff小燕,2\n"+names), testColumns)
	want := `roster.csv:6: a byte that is not UTF-8 (0xFF), in a file that otherwise is; retype this line or save the file again in UTF-8 (read as GBK, every Chinese name would be garbled)`
	if err == nil || err.Error() != want {
		t.Errorf("ReadCSV of a damaged file: %v, want %s", err, want)
	}
}

// encode writes s in enc, for files as other programs save them.
func encode(t *testing.T, enc encoding.Encoding, s string) string {
	t.Helper()
	b, err := enc.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The files eventday refuses to guess at, and what each is told.
func TestDecodeFileErrors(t *testing.T) {
	// neither is the message for a file in another encoding, whose line
	// reads as GBK.
	neither := func(line int, reads string) string {
		return fmt.Sprintf(`roster.csv:%d: the file is neither UTF-8 nor GBK/GB18030, the two encodings eventday reads (read as GBK, this line would say %q); save it as UTF-8: in Excel, Save As "CSV UTF-8 (Comma delimited)"; in WPS or Notepad, choose UTF-8 as the encoding when saving`, line, reads)
	}
	const damaged = `a byte that is not UTF-8 (0x%02X), in a file that otherwise is; retype this line or save the file again in UTF-8 (read as GBK, every Chinese name would be garbled)`
	tests := []struct {
		name string
		in   string
		want string
	}{
		{"Windows-1252 European names",
			encode(t, charmap.Windows1252, "name,group,note\r\nRenée Dupont,Block 1,\r\nJosé García,Block 2,“VIP”\r\n"),
			neither(2, "Ren閑 Dupont,Block 1,")},
		{"Windows-1252, the accent on line 3",
			encode(t, charmap.Windows1252, "name,group\r\nEmma Smith,1\r\nChloé Noël,2\r\n"),
			neither(3, "Chlo� No雔,2")},
		{"Latin-1, one line",
			encode(t, charmap.ISO8859_1, "name\nJürgen Groß\n"),
			neither(2, "J黵gen Gro�")},
		{"Mac Roman",
			encode(t, charmap.Macintosh, "name\rHélène Müller\r"),
			neither(2, "H巐弉e M焞ler")},
		{"Shift-JIS",
			encode(t, japanese.ShiftJIS, "name,group\r\n山田太郎,1\r\n佐藤花子,2\r\n高橋さくら,3\r\n"),
			neither(2, "嶳揷懢榊,1")},
		{"Big5",
			encode(t, traditionalchinese.Big5, "姓名,樓棟\r\n陳志明,1\r\n林淑芬,2\r\n黃美玲,3\r\n張家豪,4\r\n"),
			neither(1, "﹎�,加瓷")},
		{"a small UTF-8 file with a stray byte",
			"姓名,楼栋\n何阿姨,3号楼\n王\xff芳,1号楼\n",
			fmt.Sprintf("roster.csv:3: "+damaged, 0xFF)},
		{"a small UTF-8 file with a Latin-1 é",
			"name,group\nRenée,1\nZoë,2\nAndr\xe9,3\n",
			fmt.Sprintf("roster.csv:4: "+damaged, 0xE9)},
		{"damaged UTF-8 with CR line ends",
			"姓名\r" + strings.Repeat("何阿姨\r", 5) + "王\xe8\x8a\r",
			fmt.Sprintf("roster.csv:7: "+damaged, 0xE8)},
		{"GBK cut in the middle of a character",
			encode(t, simplifiedchinese.GBK, "姓名\r\n何阿姨\r\n")[:6+5],
			neither(2, "何阿�")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, err := DecodeFile("roster.csv", []byte(tt.in))
			if err == nil {
				t.Fatalf("no error; read as %q", text)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

// What Excel and WPS write on a Chinese Windows reads as Chinese, rare
// characters in names included, however short the file.
func TestDecodeFileGBK(t *testing.T) {
	for _, text := range []string{
		"姓名\r\n何阿姨\r\n",
		"name\r\n王芳\r\n",
		"姓名,楼栋\r\n王喆,3号楼\r\n",                  // 喆 is beyond GB2312
		"name,group\r\n李堃,1号楼\r\n张昇,阳光幼儿园\r\n", // so are 堃 and 昇
		"姓名,备注\r\n沈桂英,3月生日，80岁\r\n",            // full-width punctuation
		"name,note\r\nTom李,音响\r\nAnn,\r\n",     // mostly ASCII
		"节目,时长\r\n童声合唱《春天在哪里》,5m\r\n",          // book-title marks
		"name,note\r\n吕布,pinyin: lǚ bù\r\n",    // pinyin letters
		"姓名,人数\r\n阳光幼儿园大班小朋友（周老师带队）,12\r\n",    // the longest group name in the demo
		"name\r\n曾·祖父\r\n",
	} {
		data := encode(t, simplifiedchinese.GBK, text)
		got, err := DecodeFile("roster.csv", []byte(data))
		if err != nil || got != text {
			t.Errorf("DecodeFile(GBK %q) = %q, %v", text, got, err)
		}
	}
	// A file of a single rare character is too little to tell from a
	// Latin-1 word; it is refused, with the way out.
	if _, err := DecodeFile("roster.csv", []byte(encode(t, simplifiedchinese.GBK, "name\r\n喆\r\n"))); err == nil {
		t.Error("a lone rare character read as GBK")
	}
}

// TestPlausibleGB18030 runs the rule over rosters as people write them:
// Chinese names saved as GBK or GB18030 must read, European names saved
// by Excel on a Western Windows or a Mac, and Japanese and Traditional
// Chinese rosters, must not; from one line to a few hundred.
func TestPlausibleGB18030(t *testing.T) {
	chinese := []string{"何阿姨", "周雅琴", "王小雨", "单子涵", "李想", "沈桂英", "钱晓红", "王建平", "曾祖父", "解放", "欧阳娜娜", "王喆", "李堃", "赵赟", "张玥", "朱长青", "夕阳红舞蹈队", "3号楼", "阳光幼儿园", "（周老师带队）", "家长：王磊", "甜心烘焙坊"}
	european := []string{"Renée Dupont", "José García", "Hélène Müller", "Jürgen Groß", "François Lefèvre", "Zoë Brontë", "Søren Kierkegaard", "Åsa Lindström", "João Gonçalves", "Ñuño Peña", "Cécile Béranger", "Dominique O’Neill", "Anaïs Nin", "Thérèse Côté", "café – €20", "Emma Smith"}
	japaneseNames := []string{"山田太郎", "佐藤花子", "鈴木一郎", "高橋さくら", "田中ゆうき", "渡辺アキラ", "伊藤めぐみ", "中村健"}
	big5Names := []string{"陳志明", "林淑芬", "黃美玲", "張家豪", "李雅婷", "王建國", "吳宗憲", "劉德華"}
	roster := func(names []string, rows, seed int) string {
		var b strings.Builder
		b.WriteString("name,group,note\r\n")
		for i := range rows {
			fmt.Fprintf(&b, "%s,%d,%s\r\n", names[(i*7+seed)%len(names)], i%9+1, names[(i*3+seed+1)%len(names)])
		}
		return b.String()
	}
	for _, rows := range []int{1, 2, 3, 10, 300} {
		for seed := range 8 {
			for _, tt := range []struct {
				kind string
				enc  encoding.Encoding
				text string
				want bool
			}{
				{"GBK", simplifiedchinese.GBK, roster(chinese, rows, seed), true},
				{"GB18030", simplifiedchinese.GB18030, roster(chinese, rows, seed) + "𠀀\r\n", true},
				{"Windows-1252", charmap.Windows1252, roster(european, rows, seed), false},
				{"Mac Roman", charmap.Macintosh, strings.ReplaceAll(roster(european, rows, seed), "€", "EUR"), false},
				{"Shift-JIS", japanese.ShiftJIS, roster(japaneseNames, rows, seed), false},
				{"Big5", traditionalchinese.Big5, roster(big5Names, max(rows, 3), seed), false},
			} {
				data := []byte(encode(t, tt.enc, tt.text))
				if utf8.Valid(data) {
					continue // all ASCII after all: nothing to decide
				}
				if _, ok := plausibleGB18030(data); ok != tt.want {
					t.Errorf("%s, %d rows, seed %d: plausibleGB18030 = %v, want %v (%q)", tt.kind, rows, seed, ok, tt.want, tt.text)
				}
			}
		}
	}
}
