// Package i18ntest finds English left in a text shown in Chinese, for the
// tests of every package whose messages a volunteer reads: a Chinese
// message may quote the file, name a key or a column as the file writes it,
// a flag, a file or a program, but it says what is wrong in Chinese.
package i18ntest

import (
	"regexp"
	"strings"
)

// Vocabulary is what a Chinese message may hold in Latin letters besides
// what its file holds: names of programs, formats and encodings, the keys
// as printed on a keyboard, the patterns a volunteer copies (YYYY-MM-DD),
// and the words eventday's own files and commands are made of.
var Vocabulary = []string{
	// eventday, its commands and its files.
	"eventday", "run", "demo", "init", "check", "signin", "export", "report", "print", "repair", "serve", "help",
	"event", "yaml", "roster", "attendance", "show", "jsonl", "torn", "damaged", "bak",
	// Formats, encodings, programs.
	"YAML", "UTF", "GBK", "GB18030", "BOM", "CSV", "JSON", "Excel", "WPS", "Unicode", "Windows", "Notepad",
	"PDF", "HTML", "Chrome", "Chromium", "Edge", "Mac", "PIN", "SSH", "ssh",
	// Keys as the keyboard prints them.
	"ctrl", "shift", "alt", "enter", "esc", "space", "tab", "pgup", "pgdn",
	// Patterns and examples to copy.
	"YYYY", "MM", "DD", "HH", "Asia", "Shanghai", "mayday", "east", "west",
}

// stopwords are English words too short to be caught by length that still
// make an English sentence; a file's own words never excuse them.
var stopwords = map[string]bool{
	"is": true, "in": true, "of": true, "to": true, "on": true, "at": true, "or": true,
	"an": true, "by": true, "no": true, "be": true, "it": true, "as": true, "if": true,
	"go": true, "up": true, "so": true, "we": true, "do": true,
	"a": false, // a key or a unit on its own; too common to tell
}

var (
	// quoted: "…" as strconv quotes a value, “…”, ‘…’ and 「…」.
	quoted = regexp.MustCompile(`"(?:[^"\\]|\\.)*"|“[^”]*”|‘[^’]*’|「[^」]*」`)
	// files: a path or a file name with an extension eventday reads or
	// writes, and anything with a slash in it.
	files = regexp.MustCompile(`[A-Za-z0-9_.~\\-]*(?:/[A-Za-z0-9_.~\\-]*)+|[A-Za-z0-9_~-]+(?:\.[A-Za-z0-9_-]+)*\.(?:yaml|yml|csv|jsonl|json|txt|xlsx|html|pdf|torn|damaged)\b`)
	// flags: --party, -o.
	flags = regexp.MustCompile(`(?:^|[^A-Za-z0-9])--?[A-Za-z][A-Za-z-]*`)
	// words: a run of Latin letters, digits and underscores (call_ahead,
	// 1m30s, acts[2] is acts and 2).
	words = regexp.MustCompile(`[A-Za-z0-9_]+`)
)

// English gives the English words left in text, a message shown in
// Chinese, once quoted values, file names, flags, numbers, the words of
// Vocabulary and allowed, and the words of from (the file the message is
// about) are taken out: the words that make it an English sentence. A
// word of three letters or more counts, and so does a shorter one that
// only a sentence uses ("is", "of", "to"). It is nil for a message that
// is Chinese throughout.
func English(text, from string, allowed ...string) []string {
	ok := map[string]bool{}
	for _, w := range Vocabulary {
		ok[strings.ToLower(w)] = true
	}
	for _, w := range allowed {
		for _, p := range words.FindAllString(w, -1) {
			ok[strings.ToLower(p)] = true
		}
	}
	for _, w := range words.FindAllString(from, -1) {
		if !stopwords[strings.ToLower(w)] {
			ok[strings.ToLower(w)] = true
		}
	}
	text = quoted.ReplaceAllString(text, " ")
	text = files.ReplaceAllString(text, " ")
	text = flags.ReplaceAllString(text, " ")
	var left []string
	for _, w := range words.FindAllString(text, -1) {
		lw := strings.ToLower(w)
		letters := strings.TrimFunc(lw, func(r rune) bool { return r >= '0' && r <= '9' })
		switch {
		case ok[lw] || ok[letters] || letters == "":
		case strings.ContainsAny(lw, "0123456789"):
			// 5m, 90s, 1m30s: a number with its unit.
		case len(letters) >= 3 || stopwords[letters]:
			left = append(left, w)
		}
	}
	return left
}
