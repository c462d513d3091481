package board

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"eventday/cells"
	"eventday/checkin"
	"eventday/i18n"
	"eventday/inert"
	"eventday/inert/inerttest"
	"eventday/program"
)

// FuzzBoard draws the board of a show whose name, titles and performers
// are anything at all, live, next and called: its page must be the page's
// own elements with the texts as text, its JSON one valid line (one data
// line of the event stream), and its text lines within their width with
// nothing in them that acts on a terminal.
func FuzzBoard(f *testing.F) {
	f.Add("幸福里社区五一文艺汇演", "童声合唱《春天在哪里》", "阳光幼儿园", "扇子舞", "何阿姨 13901852273", uint8(40))
	f.Add("</title><script>x</script>", "<img src=x onerror=alert(1)>", "\x1b[2J\u202e", "]]><!--", "{{.T}}\u2028\r\n", uint8(3))
	f.Add("", "\xff\xfe", "𠮷田", "\t", "a\x00b", uint8(0))
	f.Fuzz(func(t *testing.T, name, title, who, nextTitle, nextWho string, width uint8) {
		plan := &program.Plan{
			Name: name, Date: "2026-05-01", Start: "14:30", Location: shanghai, CallAhead: 10 * time.Minute, Capacity: 150,
			Acts: []program.Act{
				{ID: "a", Title: title, Performers: who, Duration: 5 * time.Minute},
				{ID: "b", Title: nextTitle, Performers: nextWho, Duration: 3 * time.Minute},
				{ID: "c", Title: title + nextTitle, Duration: time.Minute},
			},
		}
		show := program.NewShow(plan)
		if err := show.Apply(show.New(program.Cue{Kind: program.KindGo}, at(14, 30, 0))); err != nil {
			t.Fatal(err)
		}
		b := Take(show.State(), checkin.Totals{People: 12}, at(14, 33, 0))
		js, err := json.Marshal(b)
		if err != nil {
			t.Fatal(err)
		}
		if bytes.ContainsAny(js, "\r\n") || !json.Valid(js) {
			t.Fatalf("not one line of JSON: %q", js)
		}
		for _, lang := range i18n.Langs {
			var page bytes.Buffer
			if err := Page(&page, b, i18n.For(lang)); err != nil {
				t.Fatal(err)
			}
			checkPage(t, page.String())
			w := int(width)
			for _, line := range strings.Split(strings.TrimSuffix(Text(b, i18n.For(lang), w), "\n"), "\n") {
				if cells.Width(line) > max(w, 0) {
					t.Errorf("%s: %q is wider than %d", lang, line, w)
				}
				if strings.ContainsFunc(line, inert.Dangerous) {
					t.Errorf("%s: %q", lang, line)
				}
			}
		}
	})
}

// checkPage parses a page as a browser would and fails on any element or
// attribute that is not the page's own, on a script or title more than its
// own, and on a control character in its text. It returns the page's text,
// unescaped.
func checkPage(t *testing.T, page string) string {
	t.Helper()
	text, count := inerttest.Page(t, "the page", page, pageTags, pageAttrs)
	if count["script"] != 2 || count["title"] != 1 || count["style"] != 1 {
		t.Errorf("%d scripts, %d titles, %d styles", count["script"], count["title"], count["style"])
	}
	return text
}
