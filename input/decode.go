// Package input reads the files people hand to eventday: CSV written by Excel
// or WPS in whatever encoding they chose, with whatever line ends, and the
// place-naming errors that tell a volunteer which line of which file to fix,
// worded from the catalog (package i18n) in the language they read.
package input

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"

	"eventday/i18n"
)

// Encodings reported by Decode.
const (
	EncodingUTF8    = "UTF-8"
	EncodingUTF8BOM = "UTF-8 with BOM"
	EncodingGB18030 = "GB18030"
)

var utf8BOM = []byte{0xEF, 0xBB, 0xBF}

// Decode turns file bytes into text. Valid UTF-8 (with or without a byte
// order mark) is taken as it is, without the mark; anything else is read as
// GB18030, a superset of GBK, which is what Excel and WPS write on a Chinese
// Windows unless told otherwise. The second result names the encoding found.
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
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		// The decoder replaces bytes it cannot map rather than failing, so
		// this is a guard only: never hand invalid UTF-8 to the rest of the
		// program.
		return strings.ToValidUTF8(string(data), "\uFFFD"), EncodingGB18030
	}
	return strings.ToValidUTF8(string(out), "\uFFFD"), EncodingGB18030
}

// DecodeFile is Decode for a file people edit, which may be damaged: a
// UTF-8 file with a few bytes out of place (a bad copy, a line pasted from
// elsewhere) is not UTF-8, and Decode would read it as GB18030 and turn
// every Chinese name in it into nonsense. It is refused instead, with the
// line to fix. Valid UTF-8, the usual case, costs no more than Decode, and
// the file is checked only once whether it is.
func DecodeFile(file string, data []byte) (string, error) {
	valid := utf8.Valid(data)
	if !valid {
		if line, bad, ok := damagedUTF8(data); ok {
			return "", Problem(file, line, func(f *i18n.Files) string { return f.DamagedUTF8 }, bad)
		}
	}
	text, _ := decode(data, valid)
	return text, nil
}

// damagedUTF8 tells damaged UTF-8 from another encoding: bytes that are
// not UTF-8 among many characters that are. It returns the line of the
// first bad byte (counted from 1) and the byte; ok is false for valid UTF-8
// and for text that is not UTF-8 throughout, as GBK and GB18030 text is not.
func damagedUTF8(data []byte) (line int, bad byte, ok bool) {
	valid, invalid, at := 0, 0, 1
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
			if invalid == 0 {
				line, bad = at, c
			}
			invalid++
			i++
			continue
		}
		valid++
		i += size
	}
	// GBK text read as UTF-8 is mostly bytes out of place, with a few
	// sequences that happen to be valid; damage is the other way round.
	return line, bad, invalid > 0 && valid >= 10 && valid >= damageRatio*invalid
}

// damageRatio is how many valid characters beyond ASCII a damaged UTF-8
// file has at least for every byte out of place.
const damageRatio = 10

// lineEnd reports whether data[i] ends a line: a line feed, or a carriage
// return on its own, as Excel for Mac ends lines.
func lineEnd(data []byte, i int) bool {
	return data[i] == '\n' || data[i] == '\r' && (i+1 == len(data) || data[i+1] != '\n')
}
