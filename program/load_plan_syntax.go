package program

import (
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"

	"eventday/i18n"
	"eventday/input"
)

// yamlLine is one line of event.yaml as a person reads it: how far it is
// indented, whether it is an item of a list ("- "), and the key and value
// it holds. Lines in a block of text (intro: |) hold no key.
type yamlLine struct {
	no     int    // from 1
	text   string // without the line end
	blank  bool   // empty, a comment, or a line of a block of text
	indent int    // spaces before the first character
	dash   bool   // an item of a list: "- " after the indent
	keyCol int    // characters before the key: the indent, and "- " if dash
	key    string // before ": " (or ":" at the end); "" for none
	value  string // after ": ", as written
	colon  int    // the character the key's colon is at, from 0; -1 for none
}

// yamlLines splits text into lines as a person reads them.
func yamlLines(text string) []yamlLine {
	raw := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	lines := make([]yamlLine, len(raw))
	block := -1 // the indent of the key a block of text is under; -1 for none
	for i, s := range raw {
		l := yamlLine{no: i + 1, text: strings.TrimSuffix(s, "\r"), colon: -1}
		body := strings.TrimLeft(l.text, " ")
		l.indent = len(l.text) - len(body)
		if block >= 0 && (strings.TrimSpace(body) == "" || l.indent > block) {
			l.blank = true
			lines[i] = l
			continue
		}
		block = -1
		if strings.TrimSpace(body) == "" || strings.HasPrefix(body, "#") {
			l.blank = true
			lines[i] = l
			continue
		}
		l.keyCol = l.indent
		if body == "-" || strings.HasPrefix(body, "- ") {
			l.dash = true
			rest := strings.TrimLeft(body[1:], " ")
			l.keyCol += utf8.RuneCountInString(body) - utf8.RuneCountInString(rest)
			body = rest
		}
		if key, value, ok := cutKey(body); ok {
			l.key, l.value = key, value
			l.colon = l.keyCol + utf8.RuneCountInString(key)
			if v := strings.TrimSpace(value); v != "" && strings.ContainsAny(v[:1], "|>") && !strings.ContainsAny(v, " \"'") {
				block = l.keyCol
			}
		}
		lines[i] = l
	}
	return lines
}

// cutKey splits "key: value" (or "key:" alone) at the colon that ends the
// key; ok is false when the text holds no key, as a quoted text does not.
func cutKey(body string) (key, value string, ok bool) {
	if body == "" || strings.ContainsAny(body[:1], `"'[{&*!|>%@`+"`") {
		return "", "", false
	}
	for i := 0; i < len(body); i++ {
		if body[i] == ':' && (i+1 == len(body) || body[i+1] == ' ' || body[i+1] == '\t') {
			return strings.TrimSpace(body[:i]), strings.TrimLeft(body[i+1:], " \t"), true
		}
		if body[i] == '#' && i > 0 && body[i-1] == ' ' {
			break
		}
	}
	return "", "", false
}

// knownKey reports whether key is one event.yaml knows, anywhere in it.
func knownKey(key string) bool {
	return slices.Contains(topKeys(), key) || slices.Contains(eventKeys(), key) || slices.Contains(actKeys(), key)
}

// fullWidthColons reads "duration：6m" as "duration: 6m" where a known key
// starts a line: a Chinese input method types the full-width colon, and
// after a key eventday knows it can mean nothing else. A colon inside a
// text is left as it is, and so is one after a word that is no key (the
// syntax error names it).
func fullWidthColons(text string) string {
	if !strings.Contains(text, "：") {
		return text
	}
	lines := strings.Split(text, "\n")
	for i, l := range yamlLines(text) {
		if l.blank || l.key != "" {
			continue
		}
		s := l.text
		start := len(s) - len(strings.TrimLeft(s, " "))
		if l.dash {
			start = len(s) - len(strings.TrimLeft(s[start+1:], " "))
		}
		key, rest, ok := strings.Cut(s[start:], "：")
		key = strings.TrimRight(key, " 　")
		if !ok || !knownKey(key) {
			continue
		}
		rest = strings.TrimLeft(rest, " 　")
		if rest == "" {
			lines[i] = s[:start] + key + ":"
		} else {
			lines[i] = s[:start] + key + ": " + rest
		}
	}
	return strings.Join(lines, "\n")
}

// readerWords picks out of the YAML reader's messages the ones a cause is
// told from.
var (
	keyTwice = regexp.MustCompile(`mapping key "(.*)" already defined at \[(\d+):\d+\]`)
	reserved = regexp.MustCompile(`'(.)' is a reserved character`)
)

// syntaxError says why text, event.yaml, is not YAML as the mistake a
// person typing it makes (a tab, a key not lined up, a colon in a text, a
// quote left open), with the line as the file has it and the character
// the mistake is at; what it cannot tell, it says in the YAML reader's
// words.
func syntaxError(file, text string, err error) *input.Error {
	var ye yaml.Error
	if !errors.As(err, &ye) {
		// The reader failed on the file rather than finding a mistake.
		return &input.Error{File: file, Err: err}
	}
	line, col := 0, 0
	if tk := ye.GetToken(); tk != nil && tk.Position != nil {
		line, col = tk.Position.Line, tk.Position.Column
	}
	said, _, _ := strings.Cut(strings.TrimSpace(ye.GetMessage()), "\n")
	lines := yamlLines(text)
	c := diagnose(lines, line, col, said)
	if c.line < 1 || c.line > len(lines) {
		return input.Problem(file, c.line, c.msg, c.args...)
	}
	shown := input.Excerpt(lines[c.line-1].text)
	cause := input.Message(c.msg, c.args...)
	if c.at > 0 {
		return input.Problem(file, c.line, func(t *i18n.Text) string { return t.Plan.TheLineAt }, cause, shown, c.at)
	}
	return input.Problem(file, c.line, func(t *i18n.Text) string { return t.Plan.TheLine }, cause, shown)
}

// cause is what diagnose found: the line, the character from 1 (0 when
// the line is meant as a whole) and the words.
type cause struct {
	line, at int
	msg      input.Msg
	args     []any
}

// diagnose finds the mistake behind the YAML reader's message said about
// line and col: first a mistake no YAML may hold on any line up to the one
// after it (a tab or a full-width space that indents, a full-width colon
// after a key, a known key without a space after its colon), then what the
// message and the lines around it tell.
func diagnose(lines []yamlLine, line, col int, said string) cause {
	last := min(line+1, len(lines))
	if line < 1 {
		last = len(lines)
	}
	for _, l := range lines[:last] {
		if c, ok := lineMistake(l); ok {
			return c
		}
	}
	if line < 1 || line > len(lines) {
		return cause{line: max(line, 0), msg: func(t *i18n.Text) string { return t.Plan.SyntaxOther }}
	}
	l := lines[line-1]
	key := l.key
	if key == "" {
		key = "-"
	}
	switch {
	case strings.Contains(said, "could not find end character of double-quoted text"),
		strings.Contains(said, "could not find end character of single-quoted text"):
		q := `"`
		if strings.Contains(said, "single-quoted") {
			q = "'"
		}
		return cause{line: line, at: runeAt(l.text, strings.Index(l.text, q)), msg: func(t *i18n.Text) string { return t.Plan.QuoteOpen }, args: []any{key, q, q}}
	case keyTwice.MatchString(said):
		m := keyTwice.FindStringSubmatch(said)
		first, _ := strconv.Atoi(m[2])
		return cause{line: line, at: l.keyCol + 1, msg: func(t *i18n.Text) string { return t.Plan.KeyTwice }, args: []any{input.Excerpt(m[1]), first}}
	case reserved.MatchString(said) && l.key != "":
		ch := reserved.FindStringSubmatch(said)[1]
		return cause{line: line, at: runeAt(l.text, len(l.text)-len(l.value)), msg: func(t *i18n.Text) string { return t.Plan.ReservedStart }, args: []any{ch, l.key, quoteYAML(l.value)}}
	case strings.Contains(said, "sequence end token ']' not found"), strings.Contains(said, "']' must be specified"):
		return bracketOpen(lines, line, col, "[", "]")
	case strings.Contains(said, "flow mapping end token '}'"), strings.Contains(said, "'}' must be specified"):
		return bracketOpen(lines, line, col, "{", "}")
	case strings.Contains(said, "map key-value is pre-defined") && l.key != "" && strings.ContainsAny(l.value[:min(1, len(l.value))], `"'`):
		return cause{line: line, at: col, msg: func(t *i18n.Text) string { return t.Plan.AfterQuote }, args: []any{l.key}}
	}
	if c, ok := colonInText(l); ok {
		return c
	}
	// The reader may name the line before the one out of place (a line
	// indented too far reads as part of the text above it).
	for _, n := range []int{line, line + 1} {
		if n <= len(lines) {
			if c, ok := outOfPlace(lines, n); ok {
				return c
			}
		}
	}
	// The reader's own words ("non-map value is specified") tell a
	// volunteer nothing: the line and what to look for do.
	c := cause{line: line, msg: func(t *i18n.Text) string { return t.Plan.SyntaxOther }}
	if strings.ContainsAny(l.value, `"':`) {
		c.msg = func(t *i18n.Text) string { return t.Plan.SyntaxOtherQuote }
	}
	return c
}

// bracketOpen finds the line, at or above line, where a bracket open was
// opened and never closed: the reader names the line where it gave up
// looking for the close, which is the line after.
func bracketOpen(lines []yamlLine, line, col int, open, closed string) cause {
	for n := min(line, len(lines)); n >= 1; n-- {
		l := lines[n-1]
		if i := strings.LastIndex(l.text, open); i >= 0 && !strings.Contains(l.text[i:], closed) {
			return cause{line: n, at: runeAt(l.text, i), msg: func(t *i18n.Text) string { return t.Plan.BracketOpen }, args: []any{open, closed}}
		}
	}
	return cause{line: line, at: col, msg: func(t *i18n.Text) string { return t.Plan.BracketOpen }, args: []any{open, closed}}
}

// lineMistake finds on l a mistake no line of YAML may hold.
func lineMistake(l yamlLine) (cause, bool) {
	if l.blank {
		return cause{}, false
	}
	lead := l.text[:len(l.text)-len(strings.TrimLeft(l.text, " \t　"))]
	switch {
	case strings.Contains(lead, "\t"):
		return cause{line: l.no, at: runeAt(l.text, strings.Index(l.text, "\t")), msg: func(t *i18n.Text) string { return t.Plan.Tab }}, true
	case strings.Contains(lead, "　"):
		return cause{line: l.no, at: runeAt(l.text, strings.Index(l.text, "　")), msg: func(t *i18n.Text) string { return t.Plan.FullWidthIndent }}, true
	}
	body := strings.TrimLeft(l.text, " ")
	if l.dash {
		body = strings.TrimLeft(body[1:], " ")
	}
	if k := strings.TrimPrefix(l.key, "-"); k != l.key && knownKey(k) && !l.dash {
		// -title: for - title:
		return cause{line: l.no, at: l.indent + 1, msg: func(t *i18n.Text) string { return t.Plan.DashNoSpace }, args: []any{k}}, true
	}
	if l.key == "" {
		// A known key with a space where its colon belongs: duration 5m.
		if key, value, _ := strings.Cut(body, " "); knownKey(key) && !strings.HasPrefix(strings.TrimSpace(value), ":") && !strings.Contains(body, "：") {
			if value = strings.TrimSpace(value); value == "" {
				return cause{line: l.no, at: runeAt(l.text, len(l.text)-len(body)+len(key)), msg: func(t *i18n.Text) string { return t.Plan.NoColonAlone }, args: []any{key, key}}, true
			}
			return cause{line: l.no, at: runeAt(l.text, len(l.text)-len(body)+len(key)), msg: func(t *i18n.Text) string { return t.Plan.NoColon }, args: []any{key, key, input.Excerpt(value)}}, true
		}
		// A full-width colon after a word, before any colon of YAML's.
		if before, _, ok := strings.Cut(body, "："); ok && !strings.ContainsAny(before, ` :"'`) && before != "" {
			return cause{line: l.no, at: runeAt(l.text, strings.Index(l.text, "：")), msg: func(t *i18n.Text) string { return t.Plan.FullWidthColon }, args: []any{input.Excerpt(before)}}, true
		}
		// A known key with no space after its colon: duration:5m.
		if key, value, ok := strings.Cut(body, ":"); ok && knownKey(key) && value != "" {
			return cause{line: l.no, at: runeAt(l.text, len(l.text)-len(body)+len(key)), msg: func(t *i18n.Text) string { return t.Plan.NoSpace }, args: []any{key, key, value}}, true
		}
	}
	return cause{}, false
}

// colonInText finds a colon and a space in the text after a key, which
// YAML reads as a key of its own: intro: 时间: 14:30.
func colonInText(l yamlLine) (cause, bool) {
	v := l.value
	if l.key == "" || v == "" || strings.ContainsAny(v[:1], `"'|>[{`) {
		return cause{}, false
	}
	i := strings.Index(v, ": ")
	if i < 0 && strings.HasSuffix(v, ":") {
		i = len(v) - 1
	}
	if i < 0 {
		return cause{}, false
	}
	at := runeAt(l.text, len(l.text)-len(v)+i)
	return cause{line: l.no, at: at, msg: func(t *i18n.Text) string { return t.Plan.ColonInText }, args: []any{l.key, l.key, quoteYAML(v)}}, true
}

// outOfPlace finds line n (from 1) out of place among the lines above it:
// a "- " among keys, a key lined up with the "- " of the items above it,
// or a key lined up with no key above it.
func outOfPlace(lines []yamlLine, n int) (cause, bool) {
	x := lines[n-1]
	if x.blank {
		return cause{}, false
	}
	above := func(from int, keep func(yamlLine) bool) (yamlLine, bool) {
		for i := from - 2; i >= 0; i-- {
			if !lines[i].blank && keep(lines[i]) {
				return lines[i], true
			}
		}
		return yamlLine{}, false
	}
	prev, ok := above(n, func(yamlLine) bool { return true })
	if !ok {
		return cause{}, false
	}
	if x.dash && !prev.dash && prev.key != "" && prev.keyCol == x.indent {
		return cause{line: n, at: x.indent + 1, msg: func(t *i18n.Text) string { return t.Plan.DashAmongKeys }, args: []any{prev.key, prev.no}}, true
	}
	if x.dash {
		// A "-" lined up with a key that holds keys, not a list: event:
		// above its name: and date:.
		if k, ok := above(n, func(l yamlLine) bool { return l.indent <= x.indent }); ok && !k.dash && k.key != "" && k.keyCol == x.indent && k.no != prev.no && !prev.dash {
			return cause{line: n, at: x.indent + 1, msg: func(t *i18n.Text) string { return t.Plan.DashAmongKeys }, args: []any{k.key, k.no}}, true
		}
	}
	if x.key == "" {
		return cause{}, false
	}
	if !x.dash {
		// The nearest line at this indent, or less: an item of a list here
		// means the key is lined up with its "-".
		if d, ok := above(n, func(l yamlLine) bool { return l.indent <= x.indent }); ok && d.dash && d.indent == x.indent {
			return cause{line: n, at: x.keyCol + 1, msg: func(t *i18n.Text) string { return t.Plan.KeyAmongItems }, args: []any{x.key, d.no}}, true
		}
	}
	// The keys x may be lined up with: prev, and the keys that hold it.
	levels := []yamlLine{prev}
	for l, col := prev, prev.keyCol; col > 0; {
		up, ok := above(l.no, func(u yamlLine) bool { return u.keyCol < col && u.key != "" })
		if !ok {
			break
		}
		levels = append(levels, up)
		l, col = up, up.keyCol
	}
	if x.keyCol > prev.keyCol && prev.key != "" && strings.TrimSpace(prev.value) == "" {
		return cause{}, false // a key under one that holds keys
	}
	best := levels[0]
	for _, l := range levels {
		if l.keyCol == x.keyCol {
			return cause{}, false
		}
		if abs(l.keyCol-x.keyCol) < abs(best.keyCol-x.keyCol) {
			best = l
		}
	}
	if best.key == "" {
		return cause{}, false
	}
	return cause{line: n, at: x.keyCol + 1, msg: func(t *i18n.Text) string { return t.Plan.NotLinedUp }, args: []any{x.key, best.key, best.no, best.keyCol}}, true
}

// runeAt is the character (from 1) at byte i of s; 0 when i is outside.
func runeAt(s string, i int) int {
	if i < 0 || i > len(s) {
		return 0
	}
	return utf8.RuneCountInString(s[:i]) + 1
}

// quoteYAML writes text in quotes as YAML reads it: in double quotes, or
// in single quotes when it holds a double quote or a backslash.
func quoteYAML(text string) string {
	text = strings.TrimSpace(text)
	if !strings.ContainsAny(text, `"\`) {
		return input.Excerpt(`"` + text + `"`)
	}
	return input.Excerpt(`'` + strings.ReplaceAll(text, `'`, `''`) + `'`)
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
