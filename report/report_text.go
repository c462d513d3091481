package report

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"eventday/cells"
	"eventday/checkin"
	"eventday/i18n"
	"eventday/program"
)

// DefaultWidth is the width of the terminal report when the terminal's is
// unknown (output to a file or a pipe).
const DefaultWidth = 80

// indent is where the lines of a section start.
const indent = "  "

// bar is one cell of an arrivals bar.
const bar = "█"

// maxBar is the longest arrivals bar in the terminal: longer bars on a wide
// terminal show nothing more.
const maxBar = 50

// Text is the run report as plain text for a terminal width cells wide:
// attendance totals and by category, arrivals per 15 minutes as bars, the
// programme as it ran, and the incident notes, in lang, as of now. Text from
// the files is made safe (no control character or escape sequence reaches
// the terminal) and phone numbers in it are masked. No line is wider than
// width; the text ends with a newline. The Summary tab shows it as it is.
func Text(d Data, lang string, now time.Time, width int) string {
	if width <= 0 {
		width = DefaultWidth
	}
	t := &i18n.For(lang).Report
	loc := d.Plan.Location
	var w textWriter
	w.width = width

	w.para(shown(d.Plan.Name))
	if line := EventLine(d.Plan); line != "" {
		w.para(shown(line))
	}
	w.para(fmt.Sprintf(t.Generated, now.In(loc).Format("2006-01-02 15:04")))

	w.heading(t.HeadPeople)
	w.table(attendanceRows(t, d))

	w.heading(t.HeadByCat)
	if len(d.ByCategory) == 0 {
		w.para(indent + t.NobodyYet)
	}
	w.table(categoryRows(t, d.ByCategory, width/2))
	w.gateSections(i18n.For(lang), d, loc)

	w.heading(t.HeadArrive)
	w.arrivals(t, Quarters(d.Arrivals), loc)

	run := newShowRun(d, now)
	w.heading(t.HeadShow)
	w.programme(t, run, loc)
	w.blank()
	for _, s := range run.summary(t, loc) {
		w.para(indent + s)
	}

	w.heading(t.HeadNotes)
	if len(run.notes) == 0 {
		w.para(indent + t.NoNotes)
	}
	for _, n := range run.notes {
		w.hanging(indent+hhmm(n.At, loc)+"  ", shown(n.Text))
	}

	w.heading(t.HeadDetails)
	w.table(detailRows(t, d))
	return w.String()
}

// EventLine is the event's date and venue, as far as event.yaml gives them.
func EventLine(plan *program.Plan) string {
	var parts []string
	for _, s := range []string{plan.Date, plan.Venue} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, " · ")
}

// labelled is a row of a two-column table: a label and a number.
type labelled struct {
	label string
	n     int
}

func attendanceRows(t *i18n.Report, d Data) []labelled {
	tot := d.Totals
	rows := []labelled{{t.People, tot.People}}
	if d.Plan.Capacity > 0 {
		rows = append(rows, labelled{t.Capacity, d.Plan.Capacity})
	}
	return append(rows,
		labelled{t.Named, tot.Named},
		labelled{"  " + t.WalkIns, tot.WalkIns},
		labelled{t.Anonymous, tot.Anonymous},
	)
}

// detailRows are the counts of the log's entries, for the details at the
// end: what a funder reads is people, and an entry is not one.
func detailRows(t *i18n.Report, d Data) []labelled {
	return []labelled{{t.DetailEntries, d.Totals.Entries}, {t.DetailUndone, d.Totals.Undone}}
}

// categoryRows gives people by category, a category's name cut to at most
// maxName cells.
func categoryRows(t *i18n.Report, cats []checkin.CategoryCount, maxName int) []labelled {
	rows := make([]labelled, 0, len(cats))
	for _, c := range cats {
		name := t.NoCategory
		if c.Category != "" {
			name = shown(c.Category)
		}
		name = cells.Cut(name, maxName)
		rows = append(rows, labelled{name, c.People})
	}
	return rows
}

// ArrivalLabels names each quarter hour: 14:00–14:15, with the day in front
// when the arrivals span more than one day.
func ArrivalLabels(qs []checkin.Arrival, loc *time.Location) []string {
	layout := "15:04"
	for _, q := range qs {
		if q.Start.In(loc).YearDay() != qs[0].Start.In(loc).YearDay() || q.Start.In(loc).Year() != qs[0].Start.In(loc).Year() {
			layout = "01-02 15:04"
			break
		}
	}
	out := make([]string, len(qs))
	for i, q := range qs {
		from := q.Start.In(loc)
		out[i] = from.Format(layout) + "–" + from.Add(Quarter).Format("15:04")
	}
	return out
}

// barLen scales n against the largest count to at most room cells; a
// quarter hour with anyone in it gets at least one.
func barLen(n, largest, room int) int {
	if n <= 0 || largest <= 0 || room <= 0 {
		return 0
	}
	return max((n*room+largest/2)/largest, 1)
}

// textWriter gathers the lines of the terminal report, none wider than
// width.
type textWriter struct {
	b     strings.Builder
	width int
}

func (w *textWriter) String() string { return w.b.String() }

// line adds one line, cut to the width as a last guard.
func (w *textWriter) line(s string) {
	s = strings.TrimRight(s, " ")
	s = cells.Cut(s, w.width)
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

func (w *textWriter) blank() { w.b.WriteByte('\n') }

// para adds text wrapped to the width, its lines indented as the first.
func (w *textWriter) para(s string) {
	lead := s[:len(s)-len(strings.TrimLeft(s, " "))]
	w.hanging(lead, strings.TrimLeft(s, " "))
}

// hanging adds text after lead, wrapped so that the following lines start
// under the text, not under the lead.
func (w *textWriter) hanging(lead, s string) {
	room := max(w.width-cells.Width(lead), 10)
	pad := strings.Repeat(" ", cells.Width(lead))
	for i, l := range cells.Wrap(s, room) {
		if i == 0 {
			w.line(lead + l)
		} else {
			w.line(pad + l)
		}
	}
}

func (w *textWriter) heading(s string) {
	w.blank()
	w.line(s)
	w.line(strings.Repeat("─", cells.Width(s)))
}

// table adds label–number rows, the numbers lined up on the right; a
// label too long for the width is cut, never a number.
func (w *textWriter) table(rows []labelled) {
	labelW, numW := 0, 0
	for _, r := range rows {
		labelW = max(labelW, cells.Width(r.label))
		numW = max(numW, len(strconv.Itoa(r.n)))
	}
	labelW = max(min(labelW, w.width-cells.Width(indent)-2-numW), 1)
	for _, r := range rows {
		w.line(indent + cells.Fit(r.label, labelW) + "  " + cells.FitRight(strconv.Itoa(r.n), numW))
	}
}

func (w *textWriter) arrivals(t *i18n.Report, qs []checkin.Arrival, loc *time.Location) {
	if len(qs) == 0 {
		w.line(indent + t.NobodyYet)
		return
	}
	labels := ArrivalLabels(qs, loc)
	largest, numW := 0, 0
	for _, q := range qs {
		largest = max(largest, q.People)
		numW = max(numW, len(strconv.Itoa(q.People)))
	}
	room := min(w.width-cells.Width(indent)-cells.Width(labels[0])-2-numW-2, maxBar)
	for i, q := range qs {
		w.line(indent + labels[i] + "  " + cells.FitRight(strconv.Itoa(q.People), numW) + "  " + strings.Repeat(bar, barLen(q.People, largest, room)))
	}
}

// programme adds the table of acts, one line each: number, title, planned
// and actual start, planned and actual length, the difference, and a note.
// Nothing in it wraps: a title longer than its room is cut short with an
// ellipsis, and when the notes do not fit beside the titles, each goes on
// a line of its own under its act, wrapped there.
func (w *textWriter) programme(t *i18n.Report, r *showRun, loc *time.Location) {
	const gap = 2
	const act, note = 1, 7
	head := []string{t.ColNo, t.ColAct, t.ColPlanned, t.ColStart, t.ColLength, t.ColRan, t.ColDiff, t.ColNote}
	rows := programmeRows(t, r, loc)
	widths := make([]int, len(head))
	for c, h := range head {
		widths[c] = cells.Width(h)
		for _, row := range rows {
			widths[c] = max(widths[c], cells.Width(row[c]))
		}
	}
	fixed := cells.Width(indent) + gap*(len(head)-2)
	for c, wc := range widths {
		if c != act && c != note {
			fixed += wc
		}
	}
	// Beside the titles when every note fits whole on the line; else
	// under the acts, and the titles get the line's room.
	below := fixed+widths[act]+gap+widths[note] > w.width
	if below {
		head, widths = head[:note], widths[:note]
		widths[act] = max(min(widths[act], w.width-fixed), cells.Width(t.ColAct))
	}
	right := map[int]bool{0: true, 4: true, 5: true, 6: true}
	put := func(row []string) {
		var b strings.Builder
		b.WriteString(indent)
		for c, s := range row {
			if c > 0 {
				b.WriteString(strings.Repeat(" ", gap))
			}
			if right[c] {
				b.WriteString(cells.FitRight(s, widths[c]))
			} else {
				b.WriteString(cells.Fit(s, widths[c]))
			}
		}
		w.line(b.String())
	}
	put(head)
	for _, row := range rows {
		put(row[:len(head)])
		if below && row[note] != "" {
			w.hanging(indent+strings.Repeat(" ", widths[0]+gap), row[note])
		}
	}
}
