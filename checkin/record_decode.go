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
// Text that comes back line after line is shared through in, which may be
// nil; a record's own text (a person's ID, name, group and phone, and its
// source) is copied in one piece.
func decodeFast(line []byte, in *interner) (Record, bool) {
	var r Record
	var person, name, group, phone, source []byte
	d := fastDecoder{b: line, in: in}
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
			r.Kind, ok = d.kind()
		case "person":
			bit = 1 << 3
			person, ok = d.str()
		case "name":
			bit = 1 << 4
			name, ok = d.str()
		case "category":
			bit = 1 << 5
			r.Category, ok = d.text()
		case "group":
			bit = 1 << 6
			group, ok = d.str()
		case "phone":
			bit = 1 << 7
			phone, ok = d.str()
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
		case "source":
			bit = 1 << 14
			source, ok = d.str()
		case "undoes":
			bit = 1 << 12
			r.Undoes, ok = d.int64()
		case "desk":
			bit = 1 << 13
			r.Desk, ok = d.text()
		case "origin":
			bit = 1 << 15
			r.Origin, ok = d.text()
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
			if d.i != len(d.b) {
				return r, false
			}
			r.Person, r.Name, r.Group, r.Phone, r.Source = ownText(person, name, group, phone, source)
			return r, true
		default:
			return r, false
		}
	}
}

// ownText copies a record's own pieces of text (a person's, and where the
// entry came from) with one allocation.
func ownText(person, name, group, phone, source []byte) (string, string, string, string, string) {
	var buf [256]byte
	all := string(append(append(append(append(append(buf[:0], person...), name...), group...), phone...), source...))
	a, b := len(person), len(person)+len(name)
	c, d := b+len(group), b+len(group)+len(phone)
	return all[:a], all[a:b], all[b:c], all[c:d], all[d:]
}

type fastDecoder struct {
	b  []byte
	i  int
	in *interner
}

// interner shares the text of values that come back line after line (the
// kind, desks, categories) among the records of one replay. They are few,
// so a look through the ones seen is cheaper than hashing or allocating;
// names and groups are too many for that, and are not interned.
type interner struct{ seen []string }

// maxInterned bounds an interner, so that a log of many different desks or
// categories costs no more than one without.
const maxInterned = 32

func (in *interner) text(b []byte) string {
	if in == nil {
		return string(b)
	}
	for _, s := range in.seen {
		if s == string(b) {
			return s
		}
	}
	s := string(b)
	if len(in.seen) < maxInterned {
		in.seen = append(in.seen, s)
	}
	return s
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
	var high byte // every byte ORed: below 0x80 means plain ASCII
	for d.i < len(d.b) {
		c := d.b[d.i]
		if stringStop[c] {
			if c != '"' {
				return nil, false
			}
			s := d.b[start:d.i]
			d.i++
			return s, high < 0x80 || utf8.Valid(s)
		}
		high |= c
		d.i++
	}
	return nil, false
}

// stringStop marks the bytes that end the plain run of a string: its closing
// quote, or what makes it too hard for the fast path (an escape, a control
// character).
var stringStop = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

func (d *fastDecoder) text() (string, bool) {
	s, ok := d.str()
	if !ok {
		return "", false
	}
	return d.in.text(s), true
}

// kind reads a record's kind, sharing the known ones.
func (d *fastDecoder) kind() (string, bool) {
	s, ok := d.str()
	switch {
	case !ok:
		return "", false
	case string(s) == KindSignIn:
		return KindSignIn, true
	case string(s) == KindUndo:
		return KindUndo, true
	}
	return string(s), true
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
