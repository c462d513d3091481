package tui

import (
	"eventday/inert"
	"fmt"
	"strconv"
	"strings"
	"time"

	"eventday/program"
)

// stageLayout is how the body's lines are shared out.
type stageLayout struct {
	rows    int  // rows of the running order on screen, header not counted
	panel   int  // lines inside each Now/Next box; 0 when condensed
	side    bool // Now and Next side by side
	compact bool // Now and Next on one line each, no boxes
}

// sideBySideWidth is the narrowest body that takes Now and Next side by side.
const sideBySideWidth = 60

// layout shares the body out: a line under the header, the running order,
// the Now and Next panels, the alert line. The table gets the rows it needs
// first; the panels get what their text needs from what is left, and at
// least minPanel lines; when even that does not fit, Now and Next shrink to
// one line each. It also gives the panels' text for the lines they get
// (none when condensed).
func (s *stage) layout() (stageLayout, panelText) {
	avail := s.h - 3 // the line under the header, the table header, alerts
	n := max(len(s.st.Acts), 1)
	l := stageLayout{side: s.w >= sideBySideWidth}
	cost := func(c int) int {
		if l.side {
			return c + 2
		}
		return 2 * (c + 2)
	}
	switch {
	case avail-n-cost(minPanel) >= 0:
		// Every row fits: the panels may take what their text needs.
	case avail-cost(minPanel) >= min(n, 5):
		// A long programme: the smallest panels, whatever their text
		// would take, and the table gets the rest.
		l.panel = minPanel
		l.rows = avail - cost(minPanel)
		return l, s.panelText(l.side, l.panel)
	default:
		l.compact = true
		l.rows = max(avail-2, 0)
		return l, panelText{}
	}
	p := s.panelText(l.side, maxPanel)
	natural := min(max(len(p.now), len(p.next), minPanel), maxPanel)
	l.rows, l.panel = n, minPanel
	for l.panel < natural && avail-n-cost(l.panel+1) >= 0 {
		l.panel++
	}
	if l.panel < natural {
		p = s.panelText(l.side, l.panel)
	}
	return l, p
}

// The panels' height inside their boxes.
const minPanel, maxPanel = 5, 14

// panelText is the text of the Now and Next panels, one string a line.
type panelText struct {
	now, next []string
	nw, xw    int // the boxes' outer widths
}

func (s *stage) panelText(side bool, h int) panelText {
	nw, xw := s.panelWidths(side)
	return panelText{now: s.nowLines(nw-4, h), next: s.nextLines(xw-4, h), nw: nw, xw: xw}
}

// panelWidths are the outer widths of the Now and Next boxes.
func (s *stage) panelWidths(side bool) (int, int) {
	if !side {
		return s.w, s.w
	}
	return s.w / 2, s.w - s.w/2
}

// scroll keeps the selected row on screen, with the live act too when both fit.
func (s *stage) scroll() {
	if s.h <= 0 || s.st == nil {
		return
	}
	l, _ := s.layout()
	rows := l.rows
	n := len(s.st.Acts)
	if rows <= 0 || n == 0 {
		s.off = 0
		return
	}
	sel := max(s.sel, 0)
	if live := s.st.LiveIdx; live >= 0 && abs(live-sel) < rows {
		// Bring the live act in view when it can share the screen.
		if live < s.off {
			s.off = live
		}
		if live >= s.off+rows {
			s.off = live - rows + 1
		}
	}
	if sel < s.off {
		s.off = sel
	}
	if sel >= s.off+rows {
		s.off = sel - rows + 1
	}
	s.off = min(max(s.off, 0), max(n-rows, 0))
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// Header is the rest of the top line: event · clock · phase · drift.
func (s *stage) Header() string { return s.HeaderIn(-1) }

// HeaderIn is the header in at most w cells (any width when w < 0). The
// show's state and its drift are what the stage manager looks up for, so
// they keep their room; the clock comes next; the event's name, which
// everyone backstage knows, takes what is left, cut short, or goes.
func (s *stage) HeaderIn(w int) string {
	st, t, sty := s.st, s.env.t.Stage, s.env.st
	now := s.local(s.env.now)
	var phase string
	switch st.Phase() {
	case program.NotStarted:
		phase = t.PhaseNotStarted
	case program.Running:
		phase = sty.PhaseLive.Render(t.PhaseLive)
	case program.OnHold:
		phase = sty.PhaseHold.Render(t.PhaseHold)
	case program.Over:
		phase = sty.PhaseOver.Render(t.PhaseOver)
	}
	d := s.d.drift
	dt := drift(s.env.t, d)
	switch {
	case d >= 30*time.Second:
		dt = sty.Late.Render(dt)
	case d <= -30*time.Second:
		dt = sty.Early.Render(dt)
	}
	sep := sty.Faint.Render(" · ")
	return fitHeader(w, sep, sty.EventName.Render(s.env.shown(st.Event.Name)), sty.Clock.Render(clock(now)), phase+sep+dt)
}

// minName is the fewest cells an event's name is worth showing in, cut.
const minName = 8

// fitHeader lays a header out in w cells (any width when w < 0): the name,
// then the parts that matter more, joined by sep. The last part keeps its
// room first, then the others from the end; the name takes what is left,
// cut short, or goes when too little is.
func fitHeader(w int, sep, name string, parts ...string) string {
	all := strings.Join(append([]string{name}, parts...), sep)
	if w < 0 || width(all) <= w {
		return all
	}
	for len(parts) > 0 {
		rest := strings.Join(parts, sep)
		if room := w - width(rest) - width(sep); room >= minName {
			return cut(name, room) + sep + rest
		}
		if width(rest) <= w {
			return rest
		}
		parts = parts[1:]
	}
	return cut(name, w)
}

// local is t in the event's time zone.
func (s *stage) local(t time.Time) time.Time {
	if loc := s.st.Event.Location; loc != nil {
		return t.In(loc)
	}
	return t
}

// View draws the body: exactly s.h lines of at most s.w cells.
func (s *stage) View() string {
	if s.w <= 0 || s.h <= 0 {
		return ""
	}
	out := make([]string, 0, s.h)
	out = append(out, cut(s.subLine(), s.w))
	if s.focus == focusForm && s.form != nil {
		fw, _ := s.formSize()
		box := s.env.st.Form.Width(fw+4).Padding(0, 1).Render(s.form.f.View())
		out = append(out, strings.Split(box, "\n")...)
	} else {
		l, p := s.layout()
		out = append(out, s.table(l.rows)...)
		out = append(out, s.panels(l, p)...)
		out = append(out, s.notesLog(s.h-1-len(out))...)
	}
	for len(out) < s.h-1 {
		out = append(out, "")
	}
	out = out[:s.h-1]
	if s.focus == focusInput {
		out = append(out, s.note.View())
	} else {
		out = append(out, s.alertLine())
	}
	return frameLines(out, s.w, s.h)
}

// subLine is the projected end against the plan, and why the plan counts
// from the first GO when the show is not on the event's day.
func (s *stage) subLine() string {
	st, t := s.st, s.env.t.Stage
	planned := hhmm(s.local(s.d.plannedEnd))
	var line string
	if st.Phase() == program.Over {
		line = fmt.Sprintf(t.Ended, hhmm(s.local(st.Finished)), planned)
	} else {
		line = fmt.Sprintf(t.Ends, hhmm(s.local(s.d.projectedEnd)), planned)
	}
	if s.d.anchored {
		line += " · " + fmt.Sprintf(t.Anchored, inert.Text(st.Event.Start))
	}
	return s.env.st.Sub.Render(line)
}

// columns are the running order's column widths for a body width.
type columns struct {
	pos, status, title, performers, here, start, length int
}

// minTitle is the narrowest title column the presence column leaves.
const minTitle = 12

func (s *stage) columns() columns {
	t := s.env.t.Stage
	c := columns{pos: 3, start: 5, length: 7}
	for _, l := range []string{t.ColStatus, t.StatusWaiting, t.StatusCalled, t.StatusReady, t.StatusLive, t.StatusDone, t.StatusSkipped, t.StatusNoShow} {
		c.status = max(c.status, width(l))
	}
	// A space always parts the selection mark from the number.
	c.pos = max(len(strconv.Itoa(len(s.st.Acts))), width(t.ColPos)) + 1
	// marker, then a space between each of the six columns
	flex := s.w - (1 + c.pos + c.status + c.start + c.length + 5)
	// Who is here matters more than the performers' names, which the
	// panels show anyway: it keeps its room while the title has enough.
	if hw := s.d.hereW; hw > 0 && flex-hw-1 >= minTitle {
		c.here = hw
		flex -= hw + 1
	}
	if flex < 24 {
		c.title = max(flex, 1)
		return c
	}
	// Past a point wider columns only make a row harder to follow.
	c.title = min(flex*11/20, 44)
	c.performers = min(flex-c.title-1, 32)
	return c
}

// table draws the header and the visible rows of the running order; rows
// off screen are never drawn, so a frame costs the same for 10 acts or 10,000.
func (s *stage) table(rows int) []string {
	t, sty := s.env.t.Stage, s.env.st
	c := s.columns()
	out := make([]string, 0, rows+1)
	out = append(out, sty.TableHeader.Render(s.row(c, " ", t.ColPos, t.ColStatus, t.ColTitle, t.ColPerformers, t.ColHere, t.ColStart, t.ColLength)))
	if len(s.st.Acts) == 0 {
		return append(out, sty.Faint.Render(cut(" "+t.NoActs, s.w)))
	}
	over := s.st.Live() != nil && s.st.Remaining(s.env.now) <= 0
	for i := s.off; i < min(s.off+rows, len(s.st.Acts)); i++ {
		out = append(out, s.actRow(c, i, over))
	}
	return out
}

// actRow is act i's row of the running order, in the style of its status.
// It is drawn for every row on screen in every frame, so it is written in
// one piece: the numbers, times and counts go through buffers on the
// stack, and a style that wraps the whole line is written around it as it
// is built rather than copied around it after.
func (s *stage) actRow(c columns, i int, over bool) string {
	a := &s.st.Acts[i]
	var num, start, length, here [24]byte
	n := strconv.AppendInt(num[:0], int64(i+1), 10)
	at := start[:0]
	switch {
	case a.Status.Out():
		at = append(at, '-')
	case !a.Start.IsZero():
		at = appendHHMM(at, s.local(a.Start))
	default:
		at = appendHHMM(at, s.local(s.expectedAt(i)))
	}
	l := appendMMSS(length[:0], a.Length())
	h := s.appendHere(here[:0], a)
	mark := " "
	if i == s.sel {
		mark = ">"
	}

	kind := s.statusKind(a.Status)
	if a.Status == program.Live && over {
		kind = rowOverrun
	}
	st := s.env.st.rows[kind]
	if i == s.sel {
		st = s.env.st.selected[kind]
	}
	pre, post, whole := st.around()
	var b strings.Builder
	b.Grow(len(pre) + c.width() + len(a.Title) + len(a.Performers) + len(post))
	b.WriteString(pre)
	s.writeRow(&b, c, mark, string(n), s.statusText(a.Status), s.actText(a, a.Title), s.actText(a, a.Performers), string(h), string(at), string(l))
	b.WriteString(post)
	if !whole {
		return st.Render(b.String())
	}
	return b.String()
}

// width is the cells a row takes.
func (c columns) width() int {
	n := 1 + c.pos + 1 + c.status + 1 + c.title + 1 + c.start + 1 + c.length
	if c.performers > 0 {
		n += 1 + c.performers
	}
	if c.here > 0 {
		n += 1 + c.here
	}
	return n
}

// row lays out one line of the table from plain (inert) cells.
func (s *stage) row(c columns, mark, pos, status, title, performers, here, start, length string) string {
	var b strings.Builder
	s.writeRow(&b, c, mark, pos, status, title, performers, here, start, length)
	return b.String()
}

// writeRow writes row's line to b.
func (s *stage) writeRow(b *strings.Builder, c columns, mark, pos, status, title, performers, here, start, length string) {
	b.WriteString(mark)
	writeFitRight(b, pos, c.pos)
	b.WriteByte(' ')
	writeFit(b, status, c.status)
	b.WriteByte(' ')
	writeFit(b, title, c.title)
	if c.performers > 0 {
		b.WriteByte(' ')
		writeFit(b, performers, c.performers)
	}
	if c.here > 0 {
		b.WriteByte(' ')
		writeFit(b, here, c.here)
	}
	b.WriteByte(' ')
	writeFitRight(b, start, c.start)
	b.WriteByte(' ')
	writeFitRight(b, length, c.length)
}

func (s *stage) statusText(st program.Status) string {
	t := s.env.t.Stage
	return [...]string{t.StatusWaiting, t.StatusCalled, t.StatusReady, t.StatusLive, t.StatusDone, t.StatusSkipped, t.StatusNoShow}[st]
}

// statusKind is how a row of an act with the status is drawn.
func (s *stage) statusKind(st program.Status) rowKind {
	switch st {
	case program.Called:
		return rowCalled
	case program.Ready:
		return rowReady
	case program.Live:
		return rowLive
	case program.Done:
		return rowDone
	case program.Skipped, program.NoShow:
		return rowOut
	}
	return rowPlain
}

// statusStyle is the style an act's status is drawn in.
func (s *stage) statusStyle(st program.Status) style {
	return s.env.st.rows[s.statusKind(st)]
}

// panels draws Now and Next: boxes side by side or stacked, or one line
// each when the window is short.
func (s *stage) panels(l stageLayout, p panelText) []string {
	if l.compact {
		return []string{cut(s.nowLine(), s.w), cut(s.nextLine(), s.w)}
	}
	now := s.box(p.now, p.nw, l.panel)
	next := s.box(p.next, p.xw, l.panel)
	if !l.side {
		return append(now, next...)
	}
	for i := range now {
		now[i] += next[i]
	}
	return now
}

// box draws lines in a rounded box w cells wide and h lines high inside,
// one space of padding each side. It is drawn by hand rather than by
// lipgloss, which measures every line again: this is the hot path of a frame.
func (s *stage) box(lines []string, w, h int) []string {
	border := s.env.st.Panel
	edge := func(l, r string) string {
		return border.Render(l + strings.Repeat("─", max(w-2, 0)) + r)
	}
	side := border.Render("│")
	out := make([]string, 0, h+2)
	out = append(out, edge("╭", "╮"))
	for i := range h {
		var l string
		if i < len(lines) {
			l = lines[i]
		}
		out = append(out, side+" "+fit(l, w-4)+" "+side)
	}
	return append(out, edge("╰", "╯"))
}

// nowLines is the Now panel: the live act, its time and a progress bar.
func (s *stage) nowLines(w, h int) []string {
	st, t, sty, now := s.st, s.env.t.Stage, s.env.st, s.env.now
	a := st.Live()
	if a == nil {
		lines := []string{sty.PanelTitle.Render(t.Now)}
		switch {
		case st.Phase() == program.Over:
			lines = append(lines, fmt.Sprintf(t.ShowOver, hhmm(s.local(st.Finished))))
		default:
			lines = append(lines, t.NothingLive)
			if i := st.NextIdx(); i >= 0 {
				lines = append(lines, sty.Faint.Render(fmt.Sprintf(t.StartHint, s.actText(&st.Acts[i], st.Acts[i].Title))))
			}
		}
		return lines
	}
	elapsed, left := st.Elapsed(a, now), st.Remaining(now)
	lines := []string{
		sty.PanelTitle.Render(t.Now) + sty.Faint.Render(" · "+fmt.Sprintf(t.Position, st.LiveIdx+1, len(st.Acts))),
		sty.Big.Render(cut(s.actText(a, a.Title), w)),
	}
	if a.Performers != "" {
		lines = append(lines, sty.Faint.Render(cut(s.actText(a, a.Performers), w)))
	}
	lines = append(lines, s.bar(elapsed, a.Length(), w))
	timing := fmt.Sprintf(t.Elapsed, mmss(elapsed), mmss(a.Length()))
	if left > 0 {
		timing += " · " + fmt.Sprintf(t.Left, countdown(left))
	} else {
		timing += " · " + sty.Overrun.Render(fmt.Sprintf(t.Over, mmss(left)))
	}
	lines = append(lines, timing)
	if st.Holding() {
		lines = append(lines, sty.Hold.Render(fmt.Sprintf(t.Holding, mmss(now.Sub(st.HoldSince)))))
	}
	if a.Notes != "" && len(lines) < h {
		lines = append(lines, s.labelled(t.Notes, s.actText(a, a.Notes), w))
	}
	return lines
}

// bar is the live act's progress, full and red once it overruns.
func (s *stage) bar(elapsed, length time.Duration, w int) string {
	sty := s.env.st
	if w <= 0 {
		return ""
	}
	if length <= 0 || elapsed >= length {
		return sty.BarOver.Render(strings.Repeat("█", w))
	}
	n := int(int64(w) * int64(elapsed) / int64(length))
	full, empty := sty.BarFull, sty.BarEmpty
	return full.Render(strings.Repeat("█", n)) + empty.Render(strings.Repeat("░", w-n))
}

// nextLines is the Next panel: the act on standby, when it is expected,
// who of it is here, the MC's intro, the notes and the contact. When the
// box is short, the intro gives way first, then the notes, then the
// performers' names; the warning that nobody is here and the contact to
// phone stay.
func (s *stage) nextLines(w, h int) []string {
	st, t, sty := s.st, s.env.t.Stage, s.env.st
	i := st.NextIdx()
	if i < 0 {
		return []string{sty.PanelTitle.Render(t.Next), t.NoNext}
	}
	a := &st.Acts[i]
	head := sty.PanelTitle.Render(t.Next) + sty.Faint.Render(" · "+fmt.Sprintf(t.Position, i+1, len(st.Acts))+" · ") +
		s.statusStyle(a.Status).Render(s.statusText(a.Status))
	if exp := s.expectedAt(i); !exp.IsZero() {
		head += sty.Faint.Render(" · " + fmt.Sprintf(t.ExpectedAt, hhmm(s.local(exp))))
	}
	here := s.presenceLines(a, w)
	var performers, notes, contact string
	used := 2 + len(here)
	take := func(dst *string, line string) {
		if used < h {
			*dst = line
			used++
		}
	}
	if a.Contact != "" {
		take(&contact, s.env.st.Label.Render(t.Contact+t.LabelSep)+s.contactFit(a, w-width(t.Contact+t.LabelSep)))
	}
	if a.Performers != "" {
		take(&performers, sty.Faint.Render(cut(s.actText(a, a.Performers), w)))
	}
	if a.Notes != "" {
		take(&notes, s.labelled(t.Notes, s.actText(a, a.Notes), w))
	}
	lines := []string{head, sty.Big.Render(cut(s.actText(a, a.Title), w))}
	if performers != "" {
		lines = append(lines, performers)
	}
	lines = append(lines, here...)
	if a.Intro != "" && used < h {
		lines = append(lines, s.intro(a, w, h-used)...)
	}
	for _, l := range []string{notes, contact} {
		if l != "" {
			lines = append(lines, l)
		}
	}
	return lines
}

// intro is act a's lines for the MC, labelled and wrapped into at most n
// lines; a phone number is masked before its line is wrapped, so that no
// part of it shows on a line of its own.
func (s *stage) intro(a *program.ActState, w, n int) []string {
	label := s.env.t.Stage.Intro + s.env.t.Stage.LabelSep
	lw := width(label)
	var wrapped []string
	for _, l := range inert.Lines(a.Intro) {
		if s.reveal != a.ID {
			l = s.env.shown(l)
		}
		wrapped = append(wrapped, wrapLines(l, max(w-lw, 1))...)
	}
	if len(wrapped) > n {
		wrapped = wrapped[:n]
		last := wrapped[n-1]
		if width(last)+1 > w-lw {
			last = cut(last, w-lw-1)
		}
		wrapped[n-1] = last + tail
	}
	out := make([]string, len(wrapped))
	for i, l := range wrapped {
		pre := strings.Repeat(" ", lw)
		if i == 0 {
			pre = s.env.st.Label.Render(label)
		}
		out[i] = pre + l
	}
	return out
}

// labelled is "Label: text" on one line, text as the screen shows it.
func (s *stage) labelled(label, text string, w int) string {
	l := label + s.env.t.Stage.LabelSep
	return s.env.st.Label.Render(l) + cut(text, w-width(l))
}

// nowLine is the Now panel in one line, for short windows.
func (s *stage) nowLine() string {
	st, t, sty, now := s.st, s.env.t.Stage, s.env.st, s.env.now
	a := st.Live()
	head := sty.PanelTitle.Render(t.Now) + " "
	if a == nil {
		if st.Phase() == program.Over {
			return head + fmt.Sprintf(t.ShowOver, hhmm(s.local(st.Finished)))
		}
		return head + t.NothingLive
	}
	left := st.Remaining(now)
	timing := fmt.Sprintf(t.Left, countdown(left))
	if left <= 0 {
		timing = sty.Overrun.Render(fmt.Sprintf(t.Over, mmss(left)))
	}
	return head + sty.Big.Render(s.actText(a, a.Title)) + " · " + mmss(st.Elapsed(a, now)) + "/" + mmss(a.Length()) + " · " + timing
}

// nextLine is the Next panel in one line, for short windows.
func (s *stage) nextLine() string {
	st, t, sty := s.st, s.env.t.Stage, s.env.st
	head := sty.PanelTitle.Render(t.Next) + " "
	i := st.NextIdx()
	if i < 0 {
		return head + t.NoNext
	}
	a := &st.Acts[i]
	line := head + sty.Big.Render(s.actText(a, a.Title)) + " · " + s.statusStyle(a.Status).Render(s.statusText(a.Status))
	if st.PresenceOf(a.ID).Nobody() {
		line += " · " + sty.Overrun.Render("! "+t.NobodyShort)
	}
	if exp := s.expectedAt(i); !exp.IsZero() {
		line += " · " + fmt.Sprintf(t.ExpectedAt, hhmm(s.local(exp)))
	}
	return line
}

// notesLog is the latest incident notes, newest last, in the room left
// under the panels on a tall screen.
func (s *stage) notesLog(room int) []string {
	notes := s.st.Notes
	if room < 3 || len(notes) == 0 {
		return nil
	}
	sty := s.env.st
	n := min(len(notes), room-2)
	out := []string{"", sty.PanelTitle.Render(s.env.t.Stage.NotesLog)}
	for _, note := range notes[len(notes)-n:] {
		out = append(out, sty.Faint.Render(hhmm(s.local(note.At)))+" "+cut(s.env.shown(note.Text), s.w-6))
	}
	return out
}

// alertLine lists the calls to make now, as many as fit, soonest first.
func (s *stage) alertLine() string {
	t, sty, st := s.env.t.Stage, s.env.st, s.st
	alerts := s.d.alerts
	if len(alerts) == 0 {
		return ""
	}
	style := sty.Alert
	if al := alerts[0]; al.Kind == program.NotHere && al.Idx < len(st.Acts) {
		style = sty.Overrun
	}
	// Only the alerts that fit are worded: a long programme of short acts
	// can have dozens due at once.
	line := "! " + s.alertText(0)
	shown := 1
	for ; shown < len(alerts); shown++ {
		x := s.alertText(shown)
		more := fmt.Sprintf(t.AlertMore, len(alerts)-shown-1)
		if width(line)+3+width(x)+3+width(more) > s.w && shown+1 < len(alerts) || width(line)+3+width(x) > s.w {
			break
		}
		line += " · " + x
	}
	if shown < len(alerts) {
		line += " · " + fmt.Sprintf(t.AlertMore, len(alerts)-shown)
	}
	return style.Render(cut(line, s.w))
}

// alertText is the words of alert i.
func (s *stage) alertText(i int) string {
	t, st, alerts := s.env.t.Stage, s.st, s.d.alerts
	al := alerts[i]
	if al.Idx >= len(st.Acts) {
		return ""
	}
	a := &st.Acts[al.Idx]
	who := s.actText(a, a.Performers)
	if who == "" {
		who = s.actText(a, a.Title)
	}
	soon := al.In < 30*time.Second
	switch {
	case al.Kind == program.NotHere:
		room := s.w - width("! ")
		if len(alerts) > 1 {
			room -= width(" · " + fmt.Sprintf(t.AlertMore, len(alerts)-1))
		}
		return s.notHere(a, who, al.In, soon, room)
	case al.Kind == program.ToWings && soon:
		return fmt.Sprintf(t.AlertWingsNext, who)
	case al.Kind == program.ToWings:
		return fmt.Sprintf(t.AlertWings, who, minutes(s.env.t, al.In))
	case soon:
		return fmt.Sprintf(t.AlertCallNext, who)
	}
	return fmt.Sprintf(t.AlertCall, who, minutes(s.env.t, al.In))
}

// notHere is the alert for an act it is time to call but nobody of which
// has signed in: there is nobody in the waiting area to fetch, so it gives
// the contact to phone, masked until p shows it. room is the width it may
// take.
func (s *stage) notHere(a *program.ActState, who string, in time.Duration, soon bool, room int) string {
	t := s.env.t.Stage
	text := func(who string) string {
		if soon {
			return fmt.Sprintf(t.AlertNotHereNext, who)
		}
		return fmt.Sprintf(t.AlertNotHere, who, minutes(s.env.t, in))
	}
	if a.Contact == "" {
		return text(who)
	}
	contact := " · " + t.Contact + t.LabelSep + s.contactText(a)
	// The number is what the stage manager acts on: a long list of
	// performers gives way for it.
	if room -= width(text("")) + width(contact); width(who) > room {
		who = cut(who, max(room, 6))
	}
	return text(who) + contact
}

// derived is what the screen shows that takes a walk over every act: worked
// out when the show changes and once a second, not for every frame, so a
// frame costs the same whatever the size of the programme.
type derived struct {
	at           time.Time
	expected     []time.Time
	drift        time.Duration
	projectedEnd time.Time
	plannedEnd   time.Time
	alerts       []program.Alert
	anchored     bool
	hereW        int                // the presence column's width; 0 without one
	sugg         program.Suggestion // the act to move up when nobody of standby is here
	suggOK       bool
}

func (s *stage) derive() {
	st, now := s.st, s.env.now
	s.d = derived{
		at:           now,
		expected:     st.Expected(now),
		drift:        st.Drift(now),
		projectedEnd: st.ProjectedEnd(now),
		plannedEnd:   st.PlannedEnd(now),
		alerts:       st.Alerts(now),
		anchored:     st.AnchoredAtFirstGo(now),
		hereW:        s.hereWidth(),
	}
	s.d.sugg, s.d.suggOK = st.Suggest()
}

// expectedAt is when act i is expected on, or zero.
func (s *stage) expectedAt(i int) time.Time {
	if i < 0 || i >= len(s.d.expected) {
		return time.Time{}
	}
	return s.d.expected[i]
}
