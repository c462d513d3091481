package paper

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"eventday/inert/inerttest"
	"eventday/internal/eventtest"
	"eventday/live"
)

// papers renders the three papers of a folder in lang: the run sheet, the
// sign-in sheet grouped by by, and the report with its list of the absent.
func papers(t testing.TB, f *live.Folder, lang string, by By) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name, w := range map[string]func(io.Writer) error{
		"runsheet":     NewRunSheet(f, lang, printTime).Write,
		"signin_sheet": NewSigninSheet(f, by, lang, printTime).Write,
		"report":       NewReport(f, lang, printTime, true).Write,
	} {
		var b bytes.Buffer
		if err := w(&b); err != nil {
			t.Fatalf("%s/%s: %v", name, lang, err)
		}
		out[name] = b.String()
	}
	return out
}

// TestGoldenPapers pins each paper of the played May Day show in both
// languages, printed at a fixed time, and the run sheet as printed before
// the show.
func TestGoldenPapers(t *testing.T) {
	f := playedDemo(t)
	before, err := live.Read(eventtest.DemoFolder(t, ""))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range langs {
		for name, html := range papers(t, f, lang, ByGroup) {
			t.Run(name+"/"+lang, func(t *testing.T) { golden.RequireEqual(t, html) })
		}
		var b bytes.Buffer
		if err := NewRunSheet(before, lang, printTime.Add(-8*time.Hour)).Write(&b); err != nil {
			t.Fatal(err)
		}
		t.Run("runsheet_before/"+lang, func(t *testing.T) { golden.RequireEqual(t, b.String()) })
	}
}

// hostileRoster puts into the roster what would run, restyle, reorder or
// hide text on a page: tags, a script, the end of the style sheet, quotes
// and ampersands, a terminal escape, bidi overrides, a comment.
const hostileRoster = "\"<script>alert(1)</script>\",resident,\"</style><b>1号楼</b>\",,,\n" +
	"\"\"\"quoted\"\" & 'single' <img src=x onerror=alert(2)>\",volunteer,\"<!--\",,,\"</title><script>3</script>\"\n" +
	"\"\x1b[2J\x1b]0;pwned\x07清屏\",honoree,\"\u202eevil\u202c楼\",,,\n" +
	"\"𠮷田\u2066\u202e右\",sponsor,\"]]></svg><svg onload=alert(4)>\",,,\"{{.Head}}\"\n"

// TestHostileNamesStayInert: names, groups and notes that are markup, a
// script, a style sheet's end or control characters reach every paper as
// visible text: nothing runs, nothing new is styled, nothing is hidden or
// reordered, and the page keeps its one style sheet and title.
func TestHostileNamesStayInert(t *testing.T) {
	dir := eventtest.DemoFolder(t, hostileRoster)
	// The event's own text too: its name and an act's title and lines.
	file := filepath.Join(dir, "event.yaml")
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	data = bytes.Replace(data, []byte("name: 幸福里社区五一文艺汇演"), []byte(`name: "五一</title><script>alert(5)</script>"`), 1)
	data = bytes.Replace(data, []byte("title: 扇子舞《茉莉花》"), []byte(`title: "扇子舞</style><style>body{display:none}"`), 1)
	data = bytes.Replace(data, []byte("      说起咱们小区的广场"), []byte("      <iframe src=//x.example></iframe>\u202e说起咱们小区的广场"), 1)
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := live.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range langs {
		for name, page := range papers(t, f, lang, ByGroup) {
			where := name + "/" + lang
			text := inertPage(t, where, page)
			for _, want := range []string{"<script>alert(1)</script>", `"quoted" & 'single' <img src=x onerror=alert(2)>`, "</style><b>1号楼</b>", "𠮷田"} {
				if name != "runsheet" && !strings.Contains(text, want) {
					t.Errorf("%s: lacks the text %s", where, want)
				}
			}
			if want := "扇子舞</style><style>body{display:none}"; name == "runsheet" && !strings.Contains(text, want) {
				t.Errorf("%s: lacks the text %s", where, want)
			}
		}
	}
}

// The elements and attributes the papers are made of: anything else on a
// page came from a file.
var (
	pageTags = strings.Fields(`html head meta title style body header h1 h2 h3 p b br span div
		section article table colgroup col thead tbody tr th td figure svg line rect text`)
	pageAttrs = strings.Fields(`lang charset http-equiv content name class colspan xmlns viewbox
		role aria-label font-size x y x1 y1 x2 y2 width height fill stroke stroke-width
		text-anchor transform`)
)

// inertPage parses a page as a browser would and fails on any element or
// attribute that is not the paper's own, on a second style sheet or
// title, and on a control or bidi character in its text; it returns the
// page's text, unescaped.
func inertPage(t *testing.T, where, page string) string {
	t.Helper()
	text, count := inerttest.Page(t, where, page, pageTags, pageAttrs)
	for _, once := range []string{"style", "title", "body"} {
		if count[once] != 1 {
			t.Errorf("%s: %d <%s> elements", where, count[once], once)
		}
	}
	return text
}

// TestSigninSheetPages: each group fills whole pages, with at least three
// blank rows at its end, and the sheet ends with a page of blank rows.
func TestSigninSheetPages(t *testing.T) {
	s := bigSheet(t)
	if len(s.Groups) != 5 {
		t.Fatalf("%d groups", len(s.Groups))
	}
	for _, g := range s.Groups[:4] {
		// 75 people and 25 blank rows: four pages.
		if len(g.Rows) != 75 || len(g.Blank) != 25 {
			t.Errorf("%s: %d people, %d blank rows", g.Name, len(g.Rows), len(g.Blank))
		}
	}
	if s.Pages() != 17 {
		t.Errorf("%d pages, want 4 groups of 4 pages and one of walk-ins", s.Pages())
	}
	for n, want := range map[int]int{0: 25, 1: 24, 22: 3, 23: 27, 25: 25, 47: 3, 48: 27} {
		if got := blankRows(n); got != want {
			t.Errorf("blankRows(%d) = %d, want %d", n, got, want)
		}
	}
}
