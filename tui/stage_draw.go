package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"eventday/inert"
	"eventday/program"
)

// scroll keeps the selected row on screen, with the live act too when both fit.
func (s *stage) scroll() {
	if s.h <= 0 || s.show == nil {
		return
	}
	l, _ := s.layout()
	rows := l.rows
	n := len(s.show.Acts)
	if rows <= 0 || n == 0 {
		s.off = 0
		return
	}
	sel := max(s.sel, 0)
	if live := s.show.LiveIdx; live >= 0 && abs(live-sel) < rows {
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
	show, t, sty := s.show, s.env.t.Stage, s.env.styles
	now := s.local(s.env.now)
	var phase string
	switch show.Phase() {
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
	return fitHeader(w, sep, sty.EventName.Render(s.env.shown(show.Plan.Name)), sty.Clock.Render(hhmmss(now)), phase+sep+dt)
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
	if loc := s.show.Plan.Location; loc != nil {
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
	switch {
	case s.bigClock && s.focus == focusMain:
		out = append(out, s.clockLines(s.w, s.h-1)...)
	default:
		out = append(out, cut(s.subLine(), s.w))
	}
	switch {
	case s.bigClock && s.focus == focusMain:
	case s.focus == focusForm && s.form != nil:
		fw, _ := s.formSize()
		box := s.form.box(s.env.styles, fw)
		out = append(out, strings.Split(box, "\n")...)
	case s.calls.open:
		out = append(out, s.callsLines()...)
	default:
		l, p := s.layout()
		out = append(out, s.table(l.rows)...)
		out = append(out, s.panels(l, p)...)
		out = append(out, s.notesLog(s.h-1-len(out))...)
	}
	for len(out) < s.h-1 {
		out = append(out, "")
	}
	out = out[:s.h-1]
	switch {
	case s.focus == focusInput:
		out = append(out, s.note.View())
	case s.calls.open:
		// The list holds every call: the line of the first ones would
		// only say it again.
		out = append(out, "")
	default:
		out = append(out, s.alertLine())
	}
	return frameLines(out, s.w, s.h)
}

// subLine is the projected end against the plan, and why the plan counts
// from the first GO when the show is not on the event's day.
func (s *stage) subLine() string {
	show, t := s.show, s.env.t.Stage
	planned := hhmm(s.local(s.d.plannedEnd))
	var line string
	if show.Phase() == program.Over {
		line = fmt.Sprintf(t.Ended, hhmm(s.local(show.Finished)), planned)
	} else {
		line = fmt.Sprintf(t.Ends, hhmm(s.local(s.d.projectedEnd)), planned)
	}
	// A rehearsal, or the one R offers, is said first: it says why the
	// plan counts from the first GO, and what to press.
	if r := s.rehearsalLine(); r != "" {
		return r + s.env.styles.Sub.Render(" · "+line)
	}
	if s.d.anchored {
		line += " · " + fmt.Sprintf(t.Anchored, inert.Text(show.Plan.Start))
	}
	return s.env.styles.Sub.Render(line)
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
	c.pos = max(len(strconv.Itoa(len(s.show.Acts))), width(t.ColPos)) + 1
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
	// Past a point wider columns only make a row harder to follow; a wide
	// screen gives the rest to the performers' names, which are long.
	c.title = min(flex*11/20, 44)
	c.performers = min(flex-c.title-1, 60)
	return c
}

// table draws the header and the visible rows of the running order; rows
// off screen are never drawn, so a frame costs the same for 10 acts or 10,000.
func (s *stage) table(rows int) []string {
	t, sty := s.env.t.Stage, s.env.styles
	c := s.columns()
	out := make([]string, 0, rows+1)
	out = append(out, sty.TableHeader.Render(s.row(c, " ", t.ColPos, t.ColStatus, t.ColTitle, t.ColPerformers, t.ColHere, t.ColStart, t.ColLength)))
	if len(s.show.Acts) == 0 {
		return append(out, sty.Faint.Render(cut(" "+t.NoActs, s.w)))
	}
	over := s.show.Live() != nil && s.show.Remaining(s.env.now) <= 0
	for i := s.off; i < min(s.off+rows, len(s.show.Acts)); i++ {
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
	a := &s.show.Acts[i]
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
	sty := s.env.styles.rows[kind]
	if i == s.sel {
		sty = s.env.styles.selected[kind]
	}
	pre, post, whole := sty.around()
	var b strings.Builder
	b.Grow(len(pre) + c.width() + len(a.Title) + len(a.Performers) + len(post))
	b.WriteString(pre)
	s.writeRow(&b, c, mark, string(n), s.statusText(a.Status), s.actText(a, a.Title), s.actText(a, a.Performers), string(h), string(at), string(l))
	b.WriteString(post)
	if !whole {
		return sty.Render(b.String())
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

func (s *stage) statusText(status program.Status) string {
	t := s.env.t.Stage
	return [...]string{t.StatusWaiting, t.StatusCalled, t.StatusReady, t.StatusLive, t.StatusDone, t.StatusSkipped, t.StatusNoShow}[status]
}

// statusKind is how a row of an act with the status is drawn.
func (s *stage) statusKind(status program.Status) rowKind {
	switch status {
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
func (s *stage) statusStyle(status program.Status) style {
	return s.env.styles.rows[s.statusKind(status)]
}

// notesLog is the latest incident notes, newest last, in the room left
// under the panels on a tall screen.
func (s *stage) notesLog(room int) []string {
	notes := s.show.Notes
	if room < 3 || len(notes) == 0 {
		return nil
	}
	sty := s.env.styles
	n := min(len(notes), room-2)
	out := []string{"", sty.PanelTitle.Render(s.env.t.Stage.NotesLog)}
	for _, note := range notes[len(notes)-n:] {
		out = append(out, sty.Faint.Render(hhmm(s.local(note.At)))+" "+cut(s.env.shown(note.Text), s.w-6))
	}
	return out
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
	show, now := s.show, s.env.now
	s.d = derived{
		at:           now,
		expected:     show.Expected(now),
		drift:        show.Drift(now),
		projectedEnd: show.ProjectedEnd(now),
		plannedEnd:   show.PlannedEnd(now),
		alerts:       show.Alerts(now),
		anchored:     show.AnchoredAtFirstGo(now),
		hereW:        s.hereWidth(),
	}
	s.d.sugg, s.d.suggOK = show.Suggest()
}

// expectedAt is when act i is expected on, or zero.
func (s *stage) expectedAt(i int) time.Time {
	if i < 0 || i >= len(s.d.expected) {
		return time.Time{}
	}
	return s.d.expected[i]
}
