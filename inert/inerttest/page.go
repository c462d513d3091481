// Package inerttest checks, in tests, that a web page eventday writes
// (the papers, the board) shows the event's texts as text: whatever
// markup, script or control character a name or a title holds, the page
// is made of its own elements alone.
package inerttest

import (
	"io"
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"eventday/inert"
)

// Page parses page as a browser would and reports every element not in
// tags, every attribute not in attrs, every comment, and every control or
// bidi character in its text (line breaks aside; the text of the page's
// own scripts and style sheets is its code, not text). It returns the
// page's text, unescaped, and how many of each element it has, for the
// caller to check those there must be one of.
func Page(t testing.TB, where, page string, tags, attrs []string) (text string, count map[string]int) {
	t.Helper()
	var b strings.Builder
	count = map[string]int{}
	code := false
	z := html.NewTokenizer(strings.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			if z.Err() != io.EOF {
				t.Fatalf("%s: %v", where, z.Err())
			}
			return b.String(), count
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			count[tok.Data]++
			code = tok.Data == "script" || tok.Data == "style"
			if !slices.Contains(tags, tok.Data) {
				t.Errorf("%s: element <%s> from a file", where, tok.Data)
			}
			for _, a := range tok.Attr {
				if !slices.Contains(attrs, strings.ToLower(a.Key)) {
					t.Errorf("%s: attribute %s=%q on <%s>", where, a.Key, a.Val, tok.Data)
				}
			}
		case html.EndTagToken:
			code = false
		case html.CommentToken:
			t.Errorf("%s: a comment %q", where, z.Token().Data)
		case html.TextToken:
			s := z.Token().Data
			if !code {
				for _, r := range s {
					if inert.Dangerous(r) && r != '\n' {
						t.Errorf("%s: %U in the text", where, r)
					}
				}
			}
			b.WriteString(s)
		}
	}
}
