package report

import (
	"fmt"
	"strings"
	"time"

	"eventday/i18n"
)

// mdBar is the longest arrivals bar in the Markdown report, in blocks: a
// printed page has no terminal width to fill.
const mdBar = 30

// mdSpecial holds the characters that Markdown would read as markup (or as
// a cell's end) in a name or a title.
const mdSpecial = "\\`*_[]<>|#~"

// mdText makes text from a file safe in Markdown: on one line, phone numbers
// masked, markup characters escaped so that a title prints as written.
func mdText(s string) string { return mdEscape(shown(s)) }

// mdEscape escapes the Markdown markup characters of text already safe.
func mdEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(mdSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Markdown is the run report as Markdown, to print or paste into a case
// report: the same content as Text, with tables. Text from the files is
// escaped and made safe, phone numbers masked.
func Markdown(d Data, lang string, now time.Time) string {
	t := &i18n.For(lang).Report
	loc := d.Plan.Location
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }

	p("# %s\n\n", mdText(d.Plan.Name))
	if line := EventLine(d.Plan); line != "" {
		p("%s  \n", mdText(line))
	}
	p("%s\n", fmt.Sprintf(t.Generated, now.In(loc).Format("2006-01-02 15:04")))

	p("\n## %s\n\n", t.HeadPeople)
	p("| %s | %s |\n| --- | ---: |\n", t.ColItem, t.ColValue)
	for _, r := range attendanceRows(t, d) {
		label := r.label
		if trimmed := strings.TrimLeft(label, " "); trimmed != label {
			label = "↳ " + trimmed // a sub-item: Markdown drops leading spaces
		}
		p("| %s | %d |\n", label, r.n)
	}

	p("\n## %s\n\n", t.HeadByCat)
	if len(d.ByCategory) == 0 {
		p("%s\n", t.NobodyYet)
	} else {
		p("| %s | %s |\n| --- | ---: |\n", t.ColCategory, t.ColCount)
		for _, c := range d.ByCategory {
			name := t.NoCategory
			if c.Category != "" {
				name = mdText(c.Category)
			}
			p("| %s | %d |\n", name, c.People)
		}
	}

	b.WriteString(mdGateSections(i18n.For(lang), d, loc))

	p("\n## %s\n\n", t.HeadArrive)
	qs := Quarters(d.Arrivals)
	if len(qs) == 0 {
		p("%s\n", t.NobodyYet)
	} else {
		largest := 0
		for _, q := range qs {
			largest = max(largest, q.People)
		}
		labels := ArrivalLabels(qs, loc)
		p("| %s–%s | %s | |\n| --- | ---: | --- |\n", t.ColFrom, t.ColTo, t.ColCount)
		for i, q := range qs {
			p("| %s | %d | %s |\n", labels[i], q.People, strings.Repeat(bar, barLen(q.People, largest, mdBar)))
		}
	}

	run := newShowRun(d, now)
	p("\n## %s\n\n", t.HeadShow)
	p("| %s | %s | %s | %s | %s | %s | %s | %s |\n", t.ColNo, t.ColAct, t.ColPlanned, t.ColStart, t.ColLength, t.ColRan, t.ColDiff, t.ColNote)
	p("| ---: | --- | --- | --- | ---: | ---: | ---: | --- |\n")
	for _, row := range programmeRows(t, run, loc) {
		row[ColAct] = mdEscape(row[ColAct])
		p("| %s |\n", strings.Join(row, " | "))
	}
	p("\n")
	for _, s := range run.summary(t, loc) {
		// The sentences hold act titles, made safe by shown already.
		p("%s\n\n", mdEscape(s))
	}

	p("## %s\n\n", t.HeadNotes)
	if len(run.notes) == 0 {
		p("%s\n", t.NoNotes)
	}
	for _, n := range run.notes {
		p("- %s %s\n", hhmm(n.At, loc), mdText(n.Text))
	}

	p("\n## %s\n\n", t.HeadDetails)
	p("| %s | %s |\n| --- | ---: |\n", t.ColItem, t.ColValue)
	for _, r := range detailRows(t, d) {
		p("| %s | %d |\n", r.label, r.n)
	}
	return b.String()
}
