// Package input reads the files people hand to eventday: CSV written by Excel
// or WPS in whatever encoding they chose, and the place-naming errors that
// tell a volunteer which line of which file to fix.
package input

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
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
	if utf8.Valid(data) {
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

// DamagedUTF8 finds a UTF-8 file damaged in a few places (a bad copy, a line
// pasted from elsewhere): bytes that are not UTF-8 among many characters
// that are. Decode would read such a file as GB18030, the rule for bytes
// that are not UTF-8, and turn every Chinese name in it into nonsense; a
// caller refuses it instead, with the line to fix. It returns that line
// (counted from 1) and its first bad byte; ok is false for valid UTF-8 and
// for text that is not UTF-8 throughout, as GBK and GB18030 text is not.
func DamagedUTF8(data []byte) (line int, bad byte, ok bool) {
	valid, invalid, at := 0, 0, 1
	for i := 0; i < len(data); {
		c := data[i]
		if c < utf8.RuneSelf {
			if c == '\n' {
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

// DamagedUTF8Error is the error for a file DamagedUTF8 finds, or nil.
func DamagedUTF8Error(file string, data []byte) *Error {
	line, bad, ok := DamagedUTF8(data)
	if !ok {
		return nil
	}
	return Errorf(file, line, "", `a byte that is not UTF-8 (0x%02X), in a file that otherwise is; retype this line or save the file again in UTF-8 (read as GBK, every Chinese name would be garbled)`, bad)
}
