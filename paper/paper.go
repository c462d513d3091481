// Package paper renders the event's papers to print: the run sheet for the
// crew and the MC, the sign-in sheet (签到表) for the gate, and the report
// for the funder. Each is one self-contained HTML page for A4 (inline CSS,
// no script, no web font, nothing fetched), made from plain data of a
// folder read by live.Read; text from the event's files is escaped by
// html/template after package inert has taken out what would reorder or
// hide it. PDFs prints the pages through a Chromium-family browser, which
// has the system's fonts and so every character of every name.
package paper

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"
	"sync"
	"time"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/inert"
	"eventday/program"
	"eventday/report"
)

//go:embed templates
var files embed.FS

// pages holds every paper's template, each named after its file. They
// are parsed on first use, not when eventday starts: the app's first
// frame does not wait for paper.
var pages = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("").Funcs(template.FuncMap{
		"args": func(v ...any) []any { return v },
		"add":  func(a, b int) int { return a + b },
		"sub":  func(a, b int) int { return a - b },
		// num tells the programme's columns of numbers, set to the right.
		"num": func(col int) bool {
			return col == report.ColNo || col == report.ColLength || col == report.ColRan || col == report.ColDiff
		},
	}).ParseFS(files, "templates/*.tmpl"))
})

// css is the style sheet every paper carries inline.
var css = sync.OnceValue(func() string {
	b, err := files.ReadFile("templates/paper.css")
	if err != nil {
		panic(err)
	}
	return string(b)
})

// head is the top of every paper and what its pages say in their margin.
type head struct {
	Lang    string // the page's language tag
	Title   string // the browser tab's and the PDF's title
	Paper   string // which paper: 节目单, 签到表, 活动报告
	Event   string
	Line    string // date and venue
	Printed string
	// Style is the style sheet with the page footer in the paper's
	// language; it is the package's own text, never a file's.
	Style template.CSS
}

func newHead(t *i18n.Text, paper string, plan *program.Plan, now time.Time) head {
	lang := "en"
	if t.Lang == "zh" {
		lang = "zh-CN"
	}
	name := inert.Text(plan.Name)
	return head{
		Lang:    lang,
		Title:   paper + " · " + name,
		Paper:   paper,
		Event:   name,
		Line:    masked(report.EventLine(plan)),
		Printed: fmt.Sprintf(t.Paper.Printed, now.In(plan.Location).Format("2006-01-02 15:04")),
		Style:   template.CSS(pageFooter(t.Paper.PageOf) + css()),
	}
}

// pageFooter is the @page rule that numbers the pages, "Page 2 of 5" in
// the paper's language, in the bottom margin where the browser prints it.
func pageFooter(format string) string {
	content := `"` + fmt.Sprintf(cssString(format), `" counter(page) "`, `" counter(pages) "`) + `"`
	return "@page { @bottom-center { content: " + content + "; font-size: 9pt; color: #333; } }\n"
}

// cssString escapes text for a double-quoted CSS string.
func cssString(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\a `).Replace(s)
}

// render writes the named page with data.
func render(w io.Writer, name string, data any) error {
	return pages().ExecuteTemplate(w, name, data)
}

// hhmm is a time of day in the event's zone; empty for none.
func hhmm(t *time.Time, loc *time.Location) string {
	if t == nil || t.IsZero() {
		return ""
	}
	return t.In(loc).Format("15:04")
}

// masked is text from a file for a paper read beyond the crew: on one
// line, nothing that reorders or hides text, phone numbers masked.
func masked(s string) string { return checkin.MaskPhones(inert.Text(s)) }
