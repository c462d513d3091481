package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"eventday/cells"
	"eventday/checkin"
	"eventday/inert"
)

// deskLayout is how the body's lines are shared out under the search box
// and the line below it.
type deskLayout struct {
	results int  // rows of search results
	big     bool // the total in large digits with the breakdown beside it
	lower   int  // lines of the recent sign-ins and the arrivals chart; 0 for none
}

// The parts' heights: the big total, the fewest results worth a screen,
// the most results shown (a longer list means the name needs more
// letters), and the recent sign-ins with their title, which the arrivals
// chart beside them may exceed when there is room.
const (
	bigHeight  = 5
	minResults = 3
	maxResults = 12
	lowerMin   = 1 + 5
	lowerMax   = 12
)

// layout shares the body out: the box and the line under it always; then
// at least minResults rows of results; then the big total; then the recent
// sign-ins and arrivals; what is left goes to more results and a taller
// chart. On a short screen the total shrinks to one line.
func (d *desk) layout() deskLayout {
	avail := d.h - 2 - len(d.bannerLines())
	var l deskLayout
	switch {
	case avail >= minResults+1+bigHeight+1+lowerMin:
		rest := avail - (1 + bigHeight + 1 + lowerMin)
		l.big = true
		l.results = min(rest, maxResults)
		l.lower = min(lowerMin+rest-l.results, lowerMax)
	case avail >= minResults+1+bigHeight:
		l.big = true
		l.results = min(avail-1-bigHeight, maxResults)
	default:
		// One line for the totals.
		l.results = max(avail-1, 0)
	}
	return l
}

// View draws the body: exactly d.h lines of at most d.w cells. It reads
// only the snapshot and the results, a fixed handful of rows whatever the
// size of the roster or the log.
func (d *desk) View() string {
	if d.w <= 0 || d.h <= 0 {
		return ""
	}
	out := make([]string, 0, d.h+2)
	out = append(out, d.bannerLines()...)
	if d.focus == focusForm && d.form != nil {
		fw, _ := d.formSize()
		box := d.form.box(d.env.styles, fw)
		out = append(out, strings.Split(box, "\n")...)
	} else {
		l := d.layout()
		out = append(out, d.box.View(), d.underBox())
		if d.picking && l.lower == 0 {
			// No room for the sign-ins under the totals: the list of this
			// desk's takes the rows of the results, empty while it is open.
			out = append(out, d.pickLines(d.w, l.results)...)
		} else {
			out = append(out, d.resultLines(l.results)...)
		}
		switch {
		case l.big:
			out = append(out, "")
			out = append(out, d.totalsBlock()...)
		default:
			out = append(out, d.totalsLine())
		}
		if l.lower > 0 {
			out = append(out, "")
			if d.picking {
				out = append(out, d.pickLines(d.w, l.lower)...)
			} else {
				out = append(out, d.lowerBlock(l.lower)...)
			}
		}
	}
	for len(out) < d.h {
		out = append(out, "")
	}
	return frameLines(out[:d.h], d.w, d.h)
}

// plainStyles says the styles draw nothing at all (no terminal, golden
// files): the one style that is never empty otherwise is the selection's
// reverse video.
func plainStyles(sty Styles) bool { return !sty.Selected.GetReverse() }

// bannerLines is the failed write, in red reverse video across the
// screen, on at most two lines.
func (d *desk) bannerLines() []string {
	if d.banner == "" || d.w <= 0 {
		return nil
	}
	sty := d.env.styles
	lines := cells.Wrap(d.banner, d.w-2)
	if len(lines) > 2 {
		lines = append(lines[:1], cut(strings.Join(lines[1:], ""), d.w-2))
	}
	for i, l := range lines {
		l = fit(" "+l, d.w)
		if !plainStyles(sty) {
			l = sty.Refusal.Bold(true).Reverse(true).Render(l)
		}
		lines[i] = l
	}
	return lines
}

// underBox is the line under the search box: the question asked, how to
// choose an entry to undo, what a +N will count, whom a party after a name
// signs in, where the performer just signed in should go, how many were
// found, or how to start.
func (d *desk) underBox() string {
	sty, t := d.env.styles, d.env.t.Desk
	v := d.box.Value()
	_, party := splitParty(v)
	switch {
	case d.ask != nil:
		return sty.Alert.Render(cut(d.questionText(), d.w))
	case d.picking:
		return sty.Faint.Render(cut(t.PickHint, d.w))
	case isCount(v):
		n, ok := parseCount(v)
		switch {
		case !ok:
			return sty.Refusal.Render(cut(d.countError(v), d.w))
		case lonePlus(v):
			return sty.Faint.Render(cut(t.CountOne, d.w))
		}
		return sty.Faint.Render(cut(fmt.Sprintf(t.CountN, n), d.w))
	case v == "" && d.join != "":
		return d.joinLine()
	case strings.TrimSpace(v) == "":
		return sty.Faint.Render(cut(t.Hint, d.w))
	case party.typed && (!party.ok || (d.chosen() != nil && !d.chosen().In)):
		return d.partyLine(party)
	case d.found() == 0:
		return sty.Faint.Render(cut(fmt.Sprintf(t.NoMatch, inert.Text(searchText(v))), d.w))
	case d.found() >= d.layout().results:
		return sty.Faint.Render(cut(fmt.Sprintf(t.Matches, d.found()), d.w))
	}
	return ""
}

// resultLines draws n rows of results: name, category, group, masked
// phone, act and when they came in, the chosen one marked; then the teams
// found, with their size and how many of them are here.
func (d *desk) resultLines(n int) []string {
	sty := d.env.styles
	out := make([]string, 0, n)
	rows := min(d.found(), n)
	cells := make([][]string, rows)
	in := make([]bool, rows)
	for i := range rows {
		if i >= len(d.results) {
			tm := d.teams[i-len(d.results)]
			cells[i], in[i] = d.teamCells(tm), tm.In >= len(tm.Members)
			continue
		}
		m := d.results[i]
		p := m.Person
		mark := ""
		if m.In {
			mark = fmt.Sprintf(d.env.t.Desk.InMark, hhmm(m.SignedIn.At.In(d.loc)), d.env.shown(m.SignedIn.Desk))
			if m.SignedIn.Entries > 1 {
				mark += " " + fmt.Sprintf(d.env.t.Desk.Times, m.SignedIn.Entries)
			}
		}
		group := d.env.shown(p.Group)
		if d.same[p.Name] {
			group = "" // in the name already, where it cannot be squeezed out
		}
		cells[i] = []string{d.label(p.Name, p.Group), d.env.shown(p.Category), group, checkin.MaskPhone(inert.Text(p.Phone)), d.actTitle(p.ActID), mark}
		in[i] = m.In
	}
	// Name, category, group, phone, act, mark; the act gives way first,
	// then the group, the category and the mark; the name last. People
	// found by their group, without a team's row to name it, keep the
	// group before the category: it says why they are listed. The phone,
	// which a search by its digits finds, stays until only the name is
	// left.
	caps := []int{22, 12, 16, 13, 22, 22}
	order := []int{4, 2, 1, 5, 3, 0}
	for _, m := range d.results[:min(rows, len(d.results))] {
		if m.Kind == checkin.MatchGroup && len(d.teams) == 0 {
			order = []int{4, 1, 2, 5, 3, 0}
			break
		}
	}
	widths := fitColumns(cells, caps, d.w-2, 2, order)
	for i := range rows {
		line := "  "
		if i == d.sel {
			line = "> "
		}
		line += joinCells(cells[i], widths, 2)
		kind := rowPlain
		if in[i] {
			kind = rowCalled
		}
		style := sty.rows[kind]
		if i == d.sel {
			style = sty.selected[kind]
		}
		out = append(out, style.Render(cut(line, d.w)))
	}
	for len(out) < n {
		out = append(out, "")
	}
	return out
}

// fitColumns gives each column the width of its widest cell up to its cap,
// then takes cells away from the columns in order until the row fits in w
// with gap cells between columns. A column squeezed below four cells is
// dropped (width 0) rather than shown as an ellipsis.
func fitColumns(rows [][]string, caps []int, w, gap int, order []int) []int {
	widths := make([]int, len(caps))
	for _, r := range rows {
		for i, c := range r {
			widths[i] = min(max(widths[i], width(c)), caps[i])
		}
	}
	total := func() int {
		n, cols := 0, 0
		for _, x := range widths {
			if x > 0 {
				n += x
				cols++
			}
		}
		return n + gap*max(cols-1, 0)
	}
	const narrowest = 4
	for _, i := range order {
		excess := total() - w
		if excess <= 0 {
			break
		}
		if widths[i]-excess >= narrowest {
			widths[i] -= excess
			break
		}
		widths[i] = 0
	}
	if excess := total() - w; excess > 0 {
		// Only the name is left and the screen is narrower still.
		widths[0] = max(widths[0]-excess, 1)
	}
	return widths
}

// joinCells lays out a row's cells in their widths; the last cell shown is
// not padded.
func joinCells(cells []string, widths []int, gap int) string {
	last := -1
	for i, x := range widths {
		if x > 0 && cells[i] != "" {
			last = i
		}
	}
	var b strings.Builder
	size := 0
	for i, c := range cells {
		size += len(c) + widths[i] + gap
	}
	b.Grow(size)
	first := true
	for i, c := range cells {
		if widths[i] == 0 || i > last {
			continue
		}
		if !first {
			writeSpaces(&b, gap)
		}
		first = false
		if i == last {
			b.WriteString(cut(c, widths[i]))
		} else {
			writeFit(&b, c, widths[i])
		}
	}
	return b.String()
}

// totalsBlock is the total in large digits, and beside it what it is made
// of: named and anonymous, the capacity, the categories.
func (d *desk) totalsBlock() []string {
	sty, t := d.env.styles, d.env.t.Desk
	tot := d.ds.Totals
	digits := bigDigits(tot.People)
	bw := width(digits[0])
	for i, l := range digits {
		digits[i] = sty.Big.Render(l)
	}
	rw := d.w - bw - 3
	right := make([]string, 0, bigHeight)
	right = append(right, sty.PanelTitle.Render(cut(d.peopleTitle(), rw)))
	right = append(right, cut(fmt.Sprintf(t.Breakdown, tot.Named, tot.Anonymous, tot.WalkIns), rw))
	if d.ds.Capacity > 0 {
		right = append(right, d.capacityLine(rw))
	}
	right = append(right, d.categoryLines(rw, bigHeight-len(right))...)
	out := make([]string, bigHeight)
	for i := range out {
		var r string
		if i < len(right) {
			r = right[i]
		}
		if rw <= 0 {
			out[i] = digits[i]
			continue
		}
		out[i] = digits[i] + "   " + r
	}
	return out
}

// peopleTitle is what the big number is: on a desk laptop, the people in
// at every gate whose entries have reached it.
func (d *desk) peopleTitle() string {
	if d.env.link != nil {
		return d.env.t.Hub.AllGates
	}
	return d.env.t.Desk.PeopleHere
}

// totalsLine is the totals on one line, for a short screen.
func (d *desk) totalsLine() string {
	sty, t := d.env.styles, d.env.t.Desk
	tot := d.ds.Totals
	line := sty.PanelTitle.Render(d.peopleTitle()+" "+strconv.Itoa(tot.People)) + sty.Faint.Render(" · ") +
		fmt.Sprintf(t.Breakdown, tot.Named, tot.Anonymous, tot.WalkIns)
	return cut(line, d.w)
}

// capacityLine is a bar of the people here against the capacity, red when
// over it.
func (d *desk) capacityLine(w int) string {
	sty, t := d.env.styles, d.env.t.Desk
	people, capacity := d.ds.Totals.People, d.ds.Capacity
	text := fmt.Sprintf(t.Capacity, people, capacity, (people*100+capacity/2)/capacity)
	if people > capacity {
		text += " · " + fmt.Sprintf(t.OverBy, people-capacity)
	}
	bw := min(w-width(text)-1, 30)
	if bw < 5 {
		return cut(text, w)
	}
	full, empty := sty.BarFull, sty.BarEmpty
	n := min(bw*people/capacity, bw)
	if people > 0 {
		n = max(n, 1)
	}
	if people > capacity {
		full = sty.BarOver
	}
	return full.Render(strings.Repeat("█", n)) + empty.Render(strings.Repeat("░", bw-n)) + " " + text
}

// categoryLines lists the people per category, most first, over at most n
// lines of w cells; what does not fit is cut off with an ellipsis.
func (d *desk) categoryLines(w, n int) []string {
	if n <= 0 || w <= 0 {
		return nil
	}
	const sep = " · "
	items := make([]string, len(d.ds.ByCategory))
	for i, c := range d.ds.ByCategory {
		name := d.env.shown(c.Category)
		if name == "" {
			name = d.env.t.Desk.NoCategory
		}
		items[i] = name + " " + strconv.Itoa(c.People)
	}
	var lines []string
	for len(items) > 0 {
		if len(lines) == n-1 {
			// The last line takes what is left, cut.
			return append(lines, cut(strings.Join(items, sep), w))
		}
		line, k := items[0], 1
		for k < len(items) && width(line+sep+items[k]) <= w {
			line += sep + items[k]
			k++
		}
		lines = append(lines, cut(line, w))
		items = items[k:]
	}
	return lines
}

// lowerBlock is the recent sign-ins and, beside them when the screen is
// wide enough, the arrivals chart, in n lines.
func (d *desk) lowerBlock(n int) []string {
	const sideBySide = 60
	if d.w < sideBySide {
		return d.recentLines(d.w, n)
	}
	lw := d.w / 2
	left := d.recentLines(lw-1, n)
	right := d.arrivalLines(d.w-lw-1, n)
	out := make([]string, n)
	for i := range out {
		out[i] = fit(left[i], lw) + " " + right[i]
	}
	return out
}

// recentLines is the last sign-ins, newest first, in n lines of w cells.
func (d *desk) recentLines(w, n int) []string {
	sty, t := d.env.styles, d.env.t.Desk
	out := make([]string, 0, n)
	out = append(out, sty.PanelTitle.Render(cut(t.Recent, w)))
	recent := d.ds.Recent
	if len(recent) == 0 {
		out = append(out, sty.Faint.Render(cut(t.NobodyYet, w)))
	}
	recent = recent[:min(len(recent), n-1)]
	cells := make([][]string, len(recent))
	for i, r := range recent {
		cat := d.env.shown(r.Category)
		if r.Anonymous() {
			cat = ""
		}
		cells[i] = []string{hhmm(r.At.In(d.loc)), d.describe(r), cat, d.env.shown(r.Desk)}
	}
	widths := fitColumns(cells, []int{5, 20, 12, 10}, w, 2, []int{2, 3, 1})
	for _, c := range cells {
		out = append(out, cut(joinCells(c, widths, 2), w))
	}
	for len(out) < n {
		out = append(out, "")
	}
	return out[:n]
}

// arrivalLines is people per quarter hour as a bar chart, the last quarters
// that fit, quarters without arrivals drawn as empty columns: a title, the
// bars, and a line of times under them.
func (d *desk) arrivalLines(w, n int) []string {
	sty, t := d.env.styles, d.env.t.Desk
	const col = 3 // a bar two cells wide and a space
	quarters := max((w+1)/col, 1)
	counts, first := arrivalWindow(d.ds.Arrivals, d.env.now, quarters)
	peak := 0
	for _, c := range counts {
		peak = max(peak, c)
	}
	out := make([]string, 0, n)
	title := fmt.Sprintf(t.Arrivals, peak)
	if peak == 0 {
		title = t.ArrivalsNo
	}
	out = append(out, sty.PanelTitle.Render(cut(title, w)))
	rows := max(n-2, 1)
	bar := sty.BarFull
	// Heights in eighths of a row; anyone at all shows at least an eighth.
	eighths := make([]int, len(counts))
	for i, c := range counts {
		if c > 0 {
			eighths[i] = max(c*rows*8/peak, 1)
		}
	}
	blocks := [...]rune{' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'}
	for r := range rows {
		floor := (rows - 1 - r) * 8
		var b strings.Builder
		b.Grow(len(eighths) * 7)
		for i, e := range eighths {
			if i > 0 {
				b.WriteByte(' ')
			}
			lv := min(max(e-floor, 0), 8)
			b.WriteRune(blocks[lv])
			b.WriteRune(blocks[lv])
		}
		out = append(out, bar.Render(strings.TrimRight(b.String(), " ")))
	}
	out = append(out, sty.Faint.Render(d.timeAxis(first, len(counts), col, w)))
	for len(out) < n {
		out = append(out, "")
	}
	return out[:n]
}

// arrivalWindow is people per quarter hour over at most quarters quarter
// hours: from the first arrival when all of them fit, else the last ones,
// ending with the quarter now is in but never so late that the last
// arrival drops out. first is the first quarter's index (Unix seconds /
// 900; a zone's offset is always whole quarter hours).
func arrivalWindow(arr []checkin.Arrival, now time.Time, quarters int) (counts []int, first int64) {
	if len(arr) == 0 {
		return nil, 0
	}
	const quarter = 15 * 60
	last := arr[len(arr)-1].Start.Unix() / quarter
	end := max(last, now.Unix()/quarter)
	end = min(end, last+int64(quarters)-1)
	first = max(end-int64(quarters)+1, arr[0].Start.Unix()/quarter)
	counts = make([]int, end-first+1)
	for i := len(arr) - 1; i >= 0; i-- {
		q := arr[i].Start.Unix() / quarter
		if q < first {
			break
		}
		if q <= end {
			counts[q-first] += arr[i].People
		}
	}
	return counts, first
}

// timeAxis labels the chart's columns: each full hour under its column,
// and the first column, where the labels do not overlap.
func (d *desk) timeAxis(first int64, n, col, w int) string {
	line := []rune(strings.Repeat(" ", w))
	next := 0
	for i := range n {
		at := time.Unix((first+int64(i))*15*60, 0).In(d.loc)
		x := i * col
		if (i != 0 && at.Minute() != 0) || x < next || x+5 > w {
			continue
		}
		copy(line[x:], []rune(at.Format("15:04")))
		next = x + 6
	}
	return strings.TrimRight(string(line), " ")
}

// bigFont is the digits 0–9, three cells wide and five lines tall.
func bigFont() [10][bigHeight]string {
	return [10][bigHeight]string{
		{"███", "█ █", "█ █", "█ █", "███"},
		{" █ ", "██ ", " █ ", " █ ", "███"},
		{"███", "  █", "███", "█  ", "███"},
		{"███", "  █", "███", "  █", "███"},
		{"█ █", "█ █", "███", "  █", "  █"},
		{"███", "█  ", "███", "  █", "███"},
		{"███", "█  ", "███", "█ █", "███"},
		{"███", "  █", "  █", "  █", "  █"},
		{"███", "█ █", "███", "█ █", "███"},
		{"███", "█ █", "███", "  █", "███"},
	}
}

// bigDigits draws n in bigFont, a space between digits.
func bigDigits(n int) []string {
	s := strconv.Itoa(max(n, 0))
	font := bigFont()
	out := make([]string, bigHeight)
	for row := range bigHeight {
		var b strings.Builder
		for i, c := range s {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(font[c-'0'][row])
		}
		out[row] = b.String()
	}
	return out
}
