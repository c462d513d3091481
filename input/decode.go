// Package input reads the files people hand to eventday: CSV written by Excel
// or WPS as UTF-8 or GBK, with whatever line ends and extra columns, or the
// first sheet of the workbook (.xlsx) they keep it in, and the
// place-naming errors that tell a volunteer which line of which file to fix,
// worded from the catalog (package i18n) in the language they read. A file
// in another encoding is refused with the way to save it as UTF-8 rather
// than guessed at.
package input

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"eventday/i18n"
	"eventday/inert"
)

// Encodings reported by Decode.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF8BOM = "UTF-8 with BOM"
	EncodingGB18030 = "GB18030"
	// EncodingUnknown is neither: read as GB18030 the bytes are not
	// Chinese text (Windows-1252, Latin-1, Shift-JIS, Big5 ...).
	EncodingUnknown = "unknown"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode turns file bytes into text. Valid UTF-8 (with or without a byte
// order mark) is taken as it is, without the mark; anything else is read as
// GB18030, a superset of GBK, which is what Excel and WPS write on a Chinese
// Windows unless told otherwise. The second result names the encoding
// found: EncodingUnknown when the bytes read as GB18030 are not Chinese
// text (see plausibleGB18030), and the text is then that reading, good
// only for showing what went wrong.
func Decode(data []byte) (text string, encoding string) {
	return decode(data, utf8.Valid(data))
}

// decode is Decode once whether data is valid UTF-8 is known.
func decode(data []byte, valid bool) (text string, encoding string) {
	if valid {
		if rest, ok := bytes.CutPrefix(data, utf8BOM); ok {
			return string(rest), EncodingUTF8BOM
		}
		return string(data), EncodingUTF8
	}
	encoding = EncodingGB18030
	if _, ok := plausibleGB18030(data); !ok {
		encoding = EncodingUnknown
	}
	return gb18030(data), encoding
}

// gb18030 reads data as GB18030, always giving valid UTF-8.
func gb18030(data []byte) string {
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		// The decoder replaces bytes it cannot map rather than failing, so
		// this is a guard only: never hand invalid UTF-8 to the rest of the
		// program.
		return strings.ToValidUTF8(string(data), "\uFFFD")
	}
	return strings.ToValidUTF8(string(out), "\uFFFD")
}

// DecodeFile is Decode for a file people edit, which may be damaged or in
// an encoding eventday does not read. A UTF-8 file with a few bytes out of
// place (a bad copy, a line pasted from elsewhere) is not UTF-8, and Decode
// would read it as GB18030 and turn every Chinese name in it into nonsense;
// a Windows-1252 file of European names would become Chinese characters.
// Both are refused instead, with the line to look at. Valid UTF-8, the
// usual case, costs no more than Decode, and the file is checked only once
// whether it is.
func DecodeFile(file string, data []byte) (string, error) {
	valid := utf8.Valid(data)
	if valid {
		text, _ := decode(data, true)
		return text, nil
	}
	u := scanUTF8(data)
	if u.damaged() {
		return "", Problem(file, u.line, func(t *i18n.Text) string { return t.Files.DamagedUTF8 }, u.bad)
	}
	at, ok := plausibleGB18030(data)
	if ok {
		return gb18030(data), nil
	}
	if u.valid > u.invalid {
		// Too short for the rule above, but more UTF-8 than anything else:
		// a small UTF-8 file with a stray byte.
		return "", Problem(file, u.line, func(t *i18n.Text) string { return t.Files.DamagedUTF8 }, u.bad)
	}
	line, text := lineAt(data, at)
	return "", Problem(file, line, func(t *i18n.Text) string { return t.Files.UnknownEncoding }, Shorten(strings.TrimSpace(gb18030(text))))
}

// utf8Scan is what reading a file as UTF-8 found.
type utf8Scan struct {
	valid   int  // characters beyond ASCII that are valid UTF-8
	invalid int  // bytes that are not
	line    int  // the line of the first byte that is not (from 1)
	bad     byte // that byte
}

// scanUTF8 counts the good and bad UTF-8 in data.
func scanUTF8(data []byte) utf8Scan {
	var s utf8Scan
	at := 1
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if lineEnd(data, i) {
				at++
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			if s.invalid == 0 {
				s.line, s.bad = at, c
			}
			s.invalid++
			i++
			continue
		}
		s.valid++
		i += size
	}
	return s
}

// damaged tells damaged UTF-8 from another encoding: bytes that are not
// UTF-8 among many characters that are. It is false for valid UTF-8 and
// for text that is not UTF-8 throughout, as GBK and GB18030 text is not.
func (s utf8Scan) damaged() bool {
	// GBK text read as UTF-8 is mostly bytes out of place, with a few
	// sequences that happen to be valid; damage is the other way round.
	return s.invalid > 0 && s.valid >= 10 && s.valid >= damageRatio*s.invalid
}

// damagedUTF8 is scanUTF8 and damaged together: the line of the first bad
// byte and the byte, and whether the file is damaged UTF-8.
func damagedUTF8(data []byte) (line int, bad byte, ok bool) {
	s := scanUTF8(data)
	return s.line, s.bad, s.damaged()
}

// damageRatio is how many valid characters beyond ASCII a damaged UTF-8
// file has at least for every byte out of place.
const damageRatio = 10

// lineEnd reports whether data[i] ends a line: a line feed, or a carriage
// return on its own, as Excel for Mac ends lines.
func lineEnd(data []byte, i int) bool {
	return data[i] == '\n' || data[i] == '\r' && (i+1 == len(data) || data[i+1] != '\n')
}

// lineAt gives the line (from 1) that holds data[at], and its bytes.
func lineAt(data []byte, at int) (line int, text []byte) {
	line, start := 1, 0
	for i := 0; i < at; i++ {
		if lineEnd(data, i) {
			line, start = line+1, i+1
		}
	}
	end := start
	for end < len(data) && data[end] != '\n' && data[end] != '\r' {
		end++
	}
	return line, data[start:end]
}

// MaxQuoted is how many characters of a text from a file a message
// quotes: enough for any real name, and a 10,000-character one does not
// bury the message.
const MaxQuoted = 40

// Shorten cuts s to MaxQuoted characters, marking the cut with an
// ellipsis, for a message that quotes it.
func Shorten(s string) string {
	n := 0
	for i := range s {
		if n == MaxQuoted {
			return s[:i] + "…"
		}
		n++
	}
	return s
}

// Excerpt is s as a message quotes a text from a file or the command line:
// shortened as Shorten does, and safe to print (see inert.Escaped).
func Excerpt(s string) string { return inert.Escaped(Shorten(s)) }

// plausibleGB18030 reports whether data, which is not UTF-8, reads as
// Chinese text in GB18030 (GBK), the other encoding Excel and WPS write on
// a Chinese Windows. Almost any bytes decode as GB18030 without an error,
// so the test is what they decode to: every byte beyond ASCII must be part
// of a well-formed GB18030 character, and the characters of GB2312 (the
// 6,763 Chinese characters of everyday writing, which hold nearly every
// name, with its punctuation and full-width forms) must be there and
// outnumber GBK's rarer characters, kana, Greek and Cyrillic three to one.
// A rare
// character in a name, as 喆 or 堃, passes; Windows-1252, Latin-1 and Mac
// Roman text of European names does not (a letter such as é followed by
// ASCII is a rare GBK character or not one at all), nor does Shift-JIS
// (kana and kanji land in GBK's extension), nor, but for a line or two of
// it, Big5. EUC-KR (Korean) is laid out like GB2312 and is read as
// nonsense Chinese: telling them apart needs tables of character
// frequencies, which a roster of a few lines is too short for.
//
// at is the offset of the first byte that breaks the rule: the first rare
// character or byte that is not part of a character, else the first byte
// beyond ASCII.
func plausibleGB18030(data []byte) (at int, ok bool) {
	common, rare := 0, 0
	firstRare, firstHigh := -1, -1
	broken := func(i int) (int, bool) {
		if firstRare >= 0 {
			return firstRare, false
		}
		return i, false
	}
	for i := 0; i < len(data); {
		b := data[i]
		if b < 0x80 {
			i++
			continue
		}
		if firstHigh < 0 {
			firstHigh = i
		}
		if b == 0x80 || b == 0xFF || i+1 == len(data) {
			return broken(i)
		}
		t := data[i+1]
		switch {
		case t >= 0x30 && t <= 0x39:
			// Four bytes: lead, digit, lead, digit. They are the
			// characters beyond GBK, the rarest in names (𠀀), and
			// counted neither way.
			if i+3 >= len(data) || data[i+2] < 0x81 || data[i+2] > 0xFE || data[i+3] < 0x30 || data[i+3] > 0x39 {
				return broken(i)
			}
			i += 4
			continue
		case t < 0x40 || t == 0x7F || t == 0xFF:
			return broken(i)
		case b >= 0xB0 && b <= 0xF7 && t >= 0xA1:
			// GB2312's Chinese characters.
			common++
		case (b >= 0xA1 && b <= 0xA3 || b == 0xA8 || b == 0xA9) && t >= 0xA1:
			// GB2312's punctuation, numerals, full-width ASCII, pinyin
			// letters and box drawing; not rows A4 to A7 (kana, Greek,
			// Cyrillic), which a Chinese roster hardly holds.
			common++
		default:
			if firstRare < 0 {
				firstRare = i
			}
			rare++
		}
		i += 2
	}
	if common > 0 && common >= plausibleRatio*rare {
		return -1, true
	}
	if firstRare >= 0 {
		return firstRare, false
	}
	return max(firstHigh, 0), false
}

// plausibleRatio is how many everyday characters a GB18030 text has at
// least for every rare one.
const plausibleRatio = 3
