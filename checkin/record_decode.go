package checkin

import (
	"strconv"
	"time"
	"unicode/utf8"
)

// decodeFast reads a line the way this package writes them, several times
// faster than encoding/json: replaying 100,000 lines is most of a start, on
// whatever old laptop the desk borrowed. Anything it is not sure of (escapes
// in strings, keys in other case, unknown or repeated keys, null, fractions)
// makes it give up and Decode falls back to encoding/json, so what it accepts
// it reads exactly as encoding/json would. FuzzDecodeFast holds it to that.
func decodeFast(line []byte) (Record, bool) {
	var r Record
	d := fastDecoder{b: line}
	d.space()
	if !d.byte('{') {
		return r, false
	}
	var seen uint16
	d.space()
	if d.peek() == '}' {
		return r, false // not ours
	}
	for {
		d.space()
		key, ok := d.str()
		if !ok {
			return r, false
		}
		d.space()
		if !d.byte(':') {
			return r, false
		}
		d.space()
		var bit uint16
		switch string(key) {
		case "seq":
			bit = 1 << 0
			r.Seq, ok = d.int64()
		case "at":
			bit = 1 << 1
			ok = d.time(&r.At)
		case "kind":
			bit = 1 << 2
			r.Kind, ok = d.text()
		case "person":
			bit = 1 << 3
			r.Person, ok = d.text()
		case "name":
			bit = 1 << 4
			r.Name, ok = d.text()
		case "category":
			bit = 1 << 5
			r.Category, ok = d.text()
		case "group":
			bit = 1 << 6
			r.Group, ok = d.text()
		case "phone":
			bit = 1 << 7
			r.Phone, ok = d.text()
		case "walk_in":
			bit = 1 << 8
			r.WalkIn, ok = d.bool()
		case "reentry":
			bit = 1 << 9
			r.Reentry, ok = d.bool()
		case "party":
			bit = 1 << 10
			var n int64
			n, ok = d.int64()
			r.Party = int(n)
			ok = ok && int64(r.Party) == n
		case "recorded_at":
			bit = 1 << 11
			var t time.Time
			ok = d.time(&t)
			r.RecordedAt = &t
		case "undoes":
			bit = 1 << 12
			r.Undoes, ok = d.int64()
		case "desk":
			bit = 1 << 13
			r.Desk, ok = d.text()
		default:
			return r, false
		}
		if !ok || seen&bit != 0 {
			return r, false
		}
		seen |= bit
		d.space()
		switch d.next() {
		case ',':
			continue
		case '}':
			d.space()
			return r, d.i == len(d.b)
		default:
			return r, false
		}
	}
}

type fastDecoder struct {
	b []byte
	i int
}

func (d *fastDecoder) space() {
	for d.i < len(d.b) {
		switch d.b[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

func (d *fastDecoder) peek() byte {
	if d.i < len(d.b) {
		return d.b[d.i]
	}
	return 0
}

func (d *fastDecoder) next() byte {
	c := d.peek()
	d.i++
	return c
}

func (d *fastDecoder) byte(c byte) bool {
	if d.peek() != c {
		return false
	}
	d.i++
	return true
}

// str reads a string without escapes or control characters, in valid UTF-8,
// and returns its bytes without the quotes.
func (d *fastDecoder) str() ([]byte, bool) {
	if !d.byte('"') {
		return nil, false
	}
	start := d.i
	ascii := true
	for d.i < len(d.b) {
		c := d.b[d.i]
		switch {
		case c == '"':
			s := d.b[start:d.i]
			d.i++
			return s, ascii || utf8.Valid(s)
		case c == '\\' || c < 0x20:
			return nil, false
		case c >= 0x80:
			ascii = false
		}
		d.i++
	}
	return nil, false
}

func (d *fastDecoder) text() (string, bool) {
	s, ok := d.str()
	return string(s), ok
}

func (d *fastDecoder) int64() (int64, bool) {
	start := d.i
	if d.peek() == '-' {
		d.i++
	}
	digits := d.i
	for d.i < len(d.b) && d.b[d.i] >= '0' && d.b[d.i] <= '9' {
		d.i++
	}
	n := d.i - digits
	if n == 0 || (n > 1 && d.b[digits] == '0') {
		return 0, false
	}
	switch d.peek() {
	case '.', 'e', 'E':
		return 0, false
	}
	v, err := strconv.ParseInt(string(d.b[start:d.i]), 10, 64)
	return v, err == nil
}

func (d *fastDecoder) bool() (bool, bool) {
	rest := d.b[d.i:]
	switch {
	case len(rest) >= 4 && string(rest[:4]) == "true":
		d.i += 4
		return true, true
	case len(rest) >= 5 && string(rest[:5]) == "false":
		d.i += 5
		return false, true
	}
	return false, false
}

// time reads a quoted time with the very parser encoding/json would use.
func (d *fastDecoder) time(t *time.Time) bool {
	start := d.i
	if _, ok := d.str(); !ok {
		return false
	}
	return t.UnmarshalJSON(d.b[start:d.i]) == nil
}
