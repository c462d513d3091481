package paper

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"

	"eventday/browser"
	"eventday/inert"
	"eventday/internal/eventtest"
	"eventday/live"
)

// requireBrowserEnv, set to 1, turns the PDF test's skip into a failure
// where a browser or poppler is missing: .ci/run sets it, so CI never
// passes without having printed.
const requireBrowserEnv = "EVENTDAY_REQUIRE_CHROMIUM"

// needTool finds a program the PDF test needs, or skips (or fails, in CI).
func needTool(t *testing.T, find func() (string, bool), what string) string {
	t.Helper()
	if p, ok := find(); ok {
		return p
	}
	msg := what + " is not installed; on Debian: apt-get install -y --no-install-recommends chromium fonts-noto-cjk poppler-utils"
	if os.Getenv(requireBrowserEnv) == "1" {
		t.Fatal(msg + " (" + requireBrowserEnv + "=1)")
	}
	t.Skip(msg)
	return ""
}

func onPath(name string) func() (string, bool) {
	return func() (string, bool) {
		p, err := exec.LookPath(name)
		return p, err == nil
	}
}

// squeeze drops every space and line break, so that text a PDF wraps
// across lines still compares whole.
func squeeze(s string) string {
	return strings.Join(strings.Fields(s), "")
}

// TestPDF prints the three papers of the played May Day show, with a
// resident whose name has a character beyond the Basic Multilingual Plane
// (𠮷), and a sign-in sheet of 300 people, through the browser in one go,
// (and the big sheet once more by the browser's command line, the way
// used where there is no DevTools pipe), and reads the PDFs back with
// poppler: every act title and every line of
// the MC's on the run sheet, every roster name on the sign-in sheet, every
// title in the report, a page number on each page, and the pages the sheet
// says it takes.
func TestPDF(t *testing.T) {
	path := needTool(t, browser.Find, "Chromium (or Chrome, or Edge)")
	pdftotext := needTool(t, onPath("pdftotext"), "pdftotext")
	pdfinfo := needTool(t, onPath("pdfinfo"), "pdfinfo")

	dir := eventtest.DemoFolder(t, "𠮷田花子,resident,9号楼,,,\n堃喆,resident,9号楼,,,\n")
	f, err := live.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	big := bigSheet(t)
	out := t.TempDir()
	var htmls []string
	for name, html := range papers(t, f, "zh", ByGroup) {
		htmls = append(htmls, filepath.Join(out, name+".html"))
		os.WriteFile(htmls[len(htmls)-1], []byte(html), 0o600)
	}
	htmls = append(htmls, filepath.Join(out, "big.html"))
	wf, _ := os.Create(htmls[len(htmls)-1])
	if err := big.Write(wf); err != nil {
		t.Fatal(err)
	}
	wf.Close()

	// One browser prints them all where it has a DevTools pipe; the big
	// sheet is also printed by the command line, as on Windows, beside it.
	var pdfs [][]byte
	var one []byte
	var pipeErr, oneErr error
	var wg sync.WaitGroup
	urls := make([]string, len(htmls))
	for i, h := range htmls {
		urls[i] = fileURL(h)
	}
	wg.Go(func() {
		if runtime.GOOS == "windows" {
			pdfs, pipeErr = PDFs(context.Background(), path, htmls)
		} else {
			pdfs, pipeErr = printThroughPipe(context.Background(), path, urls)
		}
	})
	wg.Go(func() { one, oneErr = printOne(context.Background(), path, urls[len(urls)-1]) })
	wg.Wait()
	if pipeErr != nil || oneErr != nil {
		t.Fatalf("printing: %v; by the command line: %v", pipeErr, oneErr)
	}
	htmls = append(htmls, filepath.Join(out, "big-cli.html"))
	pdfs = append(pdfs, one)
	text := map[string]string{}
	pages := map[string]int{}
	for i, h := range htmls {
		name := strings.TrimSuffix(filepath.Base(h), ".html")
		pdf := strings.TrimSuffix(h, ".html") + ".pdf"
		os.WriteFile(pdf, pdfs[i], 0o600)
		b, err := exec.Command(pdftotext, "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Fatalf("pdftotext %s: %v", name, err)
		}
		text[name] = string(b)
		info, err := exec.Command(pdfinfo, pdf).Output()
		if err != nil {
			t.Fatalf("pdfinfo %s: %v", name, err)
		}
		m := regexp.MustCompile(`(?m)^Pages:\s+(\d+)`).FindSubmatch(info)
		if m == nil {
			t.Fatalf("pdfinfo %s: no page count in %s", name, info)
		}
		pages[name], _ = strconv.Atoi(string(m[1]))
	}

	has := func(paper, what string) {
		t.Helper()
		if !strings.Contains(squeeze(text[paper]), squeeze(what)) {
			t.Errorf("%s.pdf lacks %q", paper, what)
		}
	}
	for _, a := range f.Plan.Acts {
		has("runsheet", a.Title)
		has("report", a.Title)
		for _, line := range inert.Lines(a.Intro) {
			if strings.TrimSpace(line) != "" {
				has("runsheet", line)
			}
		}
	}
	for _, p := range f.Roster.People {
		has("signin_sheet", p.Name)
	}
	has("signin_sheet", "𠮷田花子")
	for name, n := range pages {
		if strings.Contains(text[name], "file:") {
			t.Errorf("%s.pdf has the browser's own header or footer, with the file's address", name)
		}
		for page := 1; page <= n; page++ {
			has(name, fmt.Sprintf("第 %d 页，共 %d 页", page, n))
		}
	}
	if want := NewSigninSheet(f, ByGroup, "zh", printTime).Pages(); pages["signin_sheet"] != want {
		t.Errorf("the sign-in sheet printed on %d pages, want %d", pages["signin_sheet"], want)
	}
	for _, name := range []string{"big", "big-cli"} {
		if pages[name] != big.Pages() || big.Pages() != 17 {
			t.Errorf("%s: 300 people in four buildings printed on %d pages, want %d (17)", name, pages[name], big.Pages())
		}
	}
}

// bigSheet is the sign-in sheet of 300 residents of four buildings.
func bigSheet(t *testing.T) *SigninSheet {
	t.Helper()
	var roster strings.Builder
	roster.WriteString("name,category,group,phone,act,note\n")
	for i := range 300 {
		fmt.Fprintf(&roster, "居民%03d,resident,%d号楼,,,\n", i, i%4+1)
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "event.yaml"), []byte("event:\n  name: 大院\n  date: 2026-05-01\n  start: \"14:00\"\nacts:\n  - title: 合唱\n    duration: 5m\n"), 0o600)
	os.WriteFile(filepath.Join(dir, "roster.csv"), []byte(roster.String()), 0o600)
	f, err := live.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	return NewSigninSheet(f, ByGroup, "zh", printTime)
}
