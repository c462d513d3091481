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
