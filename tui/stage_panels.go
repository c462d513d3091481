package tui

import (
	"fmt"
	"strings"
	"time"

	"eventday/cells"
	"eventday/inert"
	"eventday/program"
)

// This file is the Stage's Now and Next panels, and how the body's lines
// are shared out between them and the running order: by what the stage
// manager needs most. The MC's lines for the next act come before a long
// running order's far rows, and an intro longer than its room scrolls
// rather than disappears.

// stageLayout is how the body's lines are shared out.
type stageLayout struct {
	rows    int  // rows of the running order on screen, header not counted
	panel   int  // lines inside each Now/Next box; 0 when condensed
	side    bool // Now and Next side by side
	compact bool // Now and Next on one line each, no boxes
}

// sideBySideWidth is the narrowest body that takes Now and Next side by side.
const sideBySideWidth = 60

// minRows is the fewest rows of the running order the panels leave it
// when they want more: the live act, the act on standby and those around.
const minRows = 5

// The panels' height inside their boxes.
const minPanel, maxPanel = 5, 24

// layout shares the body out: a line under the header, the running order,
// the Now and Next panels, the alert line. First the panels get the lines
// their text must have (the next act, who of it is here, its contact, the
// MC's intro whole, a line of notes and one of performers) while the
// running order keeps minRows rows; then the running order gets the rest,
// up to every act; then the panels what shows the notes and performers
// whole. An intro longer than its room scrolls ([ and ]). When even
// minRows and minPanel do not fit, Now and Next shrink to one line each.
// It also gives the panels' text for the lines they get (none when
// condensed).
func (s *stage) layout() (stageLayout, panelText) {
	avail := s.h - 3 // the line under the header, the table header, alerts
	n := max(len(s.show.Acts), 1)
	l := stageLayout{side: s.w >= sideBySideWidth}
	cost := func(c int) int {
		if l.side {
			return c + 2
		}
		return 2 * (c + 2)
	}
	keep := min(n, minRows)
	if avail-keep-cost(minPanel) < 0 {
		l.compact = true
		l.rows = max(avail-2, 0)
		return l, panelText{}
	}
	nw, xw := s.panelWidths(l.side)
	now, next := s.nowParts(nw-4), s.nextParts(xw-4)
	need := min(max(now.need(), next.need(), minPanel), maxPanel)
	full := min(max(now.full(), next.full(), need), maxPanel)
	l.panel = minPanel
	for l.panel < need && avail-keep-cost(l.panel+1) >= 0 {
		l.panel++
	}
	l.rows = min(n, avail-cost(l.panel))
	if l.rows == n {
		for l.panel < full && avail-n-cost(l.panel+1) >= 0 {
			l.panel++
		}
	}
	p := panelText{nw: nw, xw: xw, now: now.lines(l.panel)}
	p.next, p.intro = s.nextLines(&next, xw-4, l.panel)
	return l, p
}

// panelText is the text of the Now and Next panels, one string a line.
type panelText struct {
	now, next []string
	nw, xw    int        // the boxes' outer widths
	intro     introShown // the part of the intro the Next panel shows
}

// introShown is the part of the next act's intro on screen: lines from to
// to of of, counted from 0, to excluded.
type introShown struct {
	from, to, of int
}

// cut reports an intro longer than its room, which [ and ] scroll.
func (in introShown) cut() bool { return in.to-in.from < in.of }

// panelWidths are the outer widths of the Now and Next boxes. Side by
// side, Next is the wider: it holds the MC's lines, and Now's few lines
// (a title, a bar, the time) read as well in less.
func (s *stage) panelWidths(side bool) (int, int) {
	if !side {
		return s.w, s.w
	}
	nw := min(max(s.w*2/5, 34), s.w/2)
	return nw, s.w - nw
}

// panels draws Now and Next: boxes side by side or stacked, or one line
// each when the window is short.
func (s *stage) panels(l stageLayout, p panelText) []string {
	if l.compact {
		return []string{cut(s.nowLine(), s.w), cut(s.nextLine(), s.w)}
	}
	now := s.box(p.now, p.nw, l.panel)
	next := s.box(p.next, p.xw, l.panel, s.introHint(p.intro)...)
	if !l.side {
		return append(now, next...)
	}
	for i := range now {
		now[i] += next[i]
	}
	return now
}

// introHint says, in the bottom edge of the Next box, which lines of a
// long intro are shown and the keys that scroll it, and the same in fewer
// words for a narrow box; nothing when the intro is whole.
func (s *stage) introHint(in introShown) []string {
	if !in.cut() {
		return nil
	}
	k := s.keys
	keys := k.IntroUp.Help().Key + " " + k.IntroDown.Help().Key + " "
	return []string{
		keys + fmt.Sprintf(s.env.t.Stage.IntroLines, in.from+1, in.to, in.of),
		keys + fmt.Sprintf("%d–%d/%d", in.from+1, in.to, in.of),
	}
}

// box draws lines in a rounded box w cells wide and h lines high inside,
// one space of padding each side, with the first of hints that fits in its
// bottom edge. It is drawn by hand rather than by lipgloss, which measures
// every line again: this is the hot path of a frame.
func (s *stage) box(lines []string, w, h int, hints ...string) []string {
	border := s.env.styles.Panel
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
	for _, hint := range hints {
		if hw := width(hint); hw+6 <= w {
			return append(out, border.Render("╰"+strings.Repeat("─", w-hw-5)+" ")+
				s.env.styles.PanelTitle.Render(hint)+border.Render(" ─╯"))
		}
	}
	return append(out, edge("╰", "╯"))
}

// nowText is the Now panel's text: the lines it must have, and the notes
// of the live act, wrapped, for the room left.
type nowText struct {
	head  []string
	notes []string
	w     int
	label string // the notes' label, styled
}

func (p *nowText) need() int { return len(p.head) + min(len(p.notes), 1) }
func (p *nowText) full() int { return len(p.head) + len(p.notes) }

// lines is the panel in at most h lines: the notes give way.
func (p *nowText) lines(h int) []string {
	out := p.head
	if n := min(len(p.notes), h-len(out)); n > 0 {
		notes := firstLines(p.notes, n, p.w-width(p.label))
		out = append(out, p.label+notes[0])
		pad := strings.Repeat(" ", width(p.label))
		for _, l := range notes[1:] {
			out = append(out, pad+l)
		}
	}
	return out
}

// nowParts is the Now panel's text for a box w cells wide inside: the live
// act, its time and a progress bar, and its notes.
func (s *stage) nowParts(w int) nowText {
	show, t, sty, now := s.show, s.env.t.Stage, s.env.styles, s.env.now
	a := show.Live()
	if a == nil {
		lines := []string{sty.PanelTitle.Render(t.Now)}
		switch {
		case show.Phase() == program.Over:
			lines = append(lines, fmt.Sprintf(t.ShowOver, hhmm(s.local(show.Finished))))
		default:
			lines = append(lines, t.NothingLive)
			if i := show.NextIdx(); i >= 0 {
				lines = append(lines, sty.Faint.Render(fmt.Sprintf(t.StartHint, s.actText(&show.Acts[i], show.Acts[i].Title))))
			}
		}
		return nowText{head: lines, w: w}
	}
	elapsed, left := show.Elapsed(a, now), show.Remaining(now)
	lines := []string{
		sty.PanelTitle.Render(t.Now) + sty.Faint.Render(" · "+fmt.Sprintf(t.Position, show.LiveIdx+1, len(show.Acts))),
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
	if show.Holding() {
		lines = append(lines, sty.Hold.Render(fmt.Sprintf(t.Holding, mmss(now.Sub(show.HoldSince)))))
	}
	label := t.Notes + t.LabelSep
	return nowText{head: lines, notes: s.actLines(a, a.Notes, w-width(label)), w: w, label: s.env.styles.Label.Render(label)}
}

// bar is the live act's progress, full and red once it overruns.
func (s *stage) bar(elapsed, length time.Duration, w int) string {
	sty := s.env.styles
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

// nextText is the Next panel's text, each part wrapped to the box: the act
// on standby, when it is expected, who of it is here, the MC's intro, the
// notes and the contact.
type nextText struct {
	head, title string
	here        []string
	performers  []string // plain, wrapped to the width
	intro       []string // plain, wrapped to the width less the label
	notes       []string // plain, wrapped to the width less the label
	contact     string
	// The performers and the notes on one line each, for a panel that
	// has a line for each: the start of their whole text, not of the
	// first line they wrap into.
	performersLine, notesLine string
	act                       string // the act's id; "" with none on standby
}

// base is the lines the panel always has.
func (p *nextText) base() int {
	n := 2 + len(p.here)
	if p.contact != "" {
		n++
	}
	return n
}

func (p *nextText) need() int {
	return p.base() + len(p.intro) + min(len(p.notes), 1) + min(len(p.performers), 1)
}

func (p *nextText) full() int {
	return p.base() + len(p.intro) + len(p.notes) + len(p.performers)
}

// nextParts is the Next panel's text for a box w cells wide inside.
func (s *stage) nextParts(w int) nextText {
	show, t, sty := s.show, s.env.t.Stage, s.env.styles
	i := show.NextIdx()
	if i < 0 {
		return nextText{head: sty.PanelTitle.Render(t.Next), title: t.NoNext}
	}
	a := &show.Acts[i]
	head := sty.PanelTitle.Render(t.Next) + sty.Faint.Render(" · "+fmt.Sprintf(t.Position, i+1, len(show.Acts))+" · ") +
		s.statusStyle(a.Status).Render(s.statusText(a.Status))
	if exp := s.expectedAt(i); !exp.IsZero() {
		head += sty.Faint.Render(" · " + fmt.Sprintf(t.ExpectedAt, hhmm(s.local(exp))))
	}
	p := nextText{
		act:        a.ID,
		head:       head,
		title:      sty.Big.Render(cut(s.actText(a, a.Title), w)),
		here:       s.presenceLines(a, w),
		performers: s.actLines(a, a.Performers, w),
		intro:      s.actLines(a, a.Intro, w-width(t.Intro+t.LabelSep)),
		notes:      s.actLines(a, a.Notes, w-width(t.Notes+t.LabelSep)),
	}
	p.performersLine = cut(s.actText(a, a.Performers), w)
	p.notesLine = cut(s.actText(a, a.Notes), w-width(t.Notes+t.LabelSep))
	if a.Contact != "" {
		p.contact = s.env.styles.Label.Render(t.Contact+t.LabelSep) + s.contactFit(a, w-width(t.Contact+t.LabelSep))
	}
	return p
}

// nextLines lays the Next panel out in h lines, w cells wide. The head,
// the title, who is here and the contact stay; the intro comes next, and
// keeps two lines (or all it has) before the notes and the performers get
// one each; what is left shows the intro whole, then the notes and the
// performers whole. An intro still too long shows from the line the
// stage manager has scrolled to.
func (s *stage) nextLines(p *nextText, w, h int) ([]string, introShown) {
	t, sty := s.env.t.Stage, s.env.styles
	if p.act == "" {
		return []string{p.head, p.title}, introShown{}
	}
	left := h - p.base()
	keepIntro := min(len(p.intro), 2)
	notes, performers := 0, 0
	if len(p.notes) > 0 && left-keepIntro-1 >= 0 {
		notes, left = 1, left-1
	}
	if len(p.performers) > 0 && left-keepIntro-1 >= 0 {
		performers, left = 1, left-1
	}
	intro := min(len(p.intro), max(left, 0))
	left -= intro
	more := min(max(left, 0), len(p.notes)-notes)
	notes, left = notes+more, left-more
	performers += min(max(left, 0), len(p.performers)-performers)

	lines := make([]string, 0, h)
	lines = append(lines, p.head, p.title)
	for _, l := range linesOf(p.performers, p.performersLine, performers, w) {
		lines = append(lines, sty.Faint.Render(l))
	}
	lines = append(lines, p.here...)
	shown := introShown{of: len(p.intro)}
	if intro > 0 {
		shown.from = min(max(s.introOff, 0), len(p.intro)-intro)
		shown.to = shown.from + intro
		label := t.Intro + t.LabelSep
		part := firstLines(p.intro[shown.from:], intro, w-width(label))
		lines = append(lines, labelLines(sty.Label.Render(label), width(label), part)...)
	}
	if notes > 0 {
		label := t.Notes + t.LabelSep
		lines = append(lines, labelLines(sty.Label.Render(label), width(label), linesOf(p.notes, p.notesLine, notes, w-width(label)))...)
	}
	if p.contact != "" {
		lines = append(lines, p.contact)
	}
	return lines, shown
}

// actLines is text of act a, as the screen shows it (a phone number masked
// before its line is wrapped, so that no part of it shows on a line of its
// own), line by line as written and wrapped to w cells; nil for no text.
// The lines are remembered: a frame draws the same intro as the frame
// before, and wrapping it again each time would make a frame cost more
// for an act with more to say.
func (s *stage) actLines(a *program.ActState, text string, w int) []string {
	if text == "" {
		return nil
	}
	k := wrapKey{text: text, w: w, whole: s.reveal == a.ID}
	if out, ok := s.wraps[k]; ok {
		return out
	}
	var out []string
	for _, l := range inert.Lines(text) {
		out = append(out, cells.Wrap(s.actText(a, l), max(w, 1))...)
	}
	if s.wraps == nil || len(s.wraps) >= maxShown {
		s.wraps = make(map[wrapKey][]string, 16)
	}
	s.wraps[k] = out
	return out
}

// wrapKey is a text of an act wrapped to a width, with its phone numbers
// masked or, while p shows them, whole.
type wrapKey struct {
	text  string
	w     int
	whole bool
}

// firstLines is the first n of lines, the last ending in an ellipsis when
// lines go on after it.
func firstLines(lines []string, n, w int) []string {
	if n >= len(lines) {
		return lines
	}
	out := append([]string(nil), lines[:n]...)
	if n > 0 {
		out[n-1] = cut(out[n-1]+tail, w)
	}
	return out
}

// linesOf is n of the lines text wraps into, or its one line when n is 1
// and it wraps into more.
func linesOf(wrapped []string, one string, n, w int) []string {
	if n == 1 && len(wrapped) > 1 {
		return []string{one}
	}
	return firstLines(wrapped, n, w)
}

// labelLines puts label before the first line and as many spaces before
// the others, so that the text hangs under itself.
func labelLines(label string, lw int, lines []string) []string {
	out := make([]string, len(lines))
	pad := strings.Repeat(" ", lw)
	for i, l := range lines {
		if i == 0 {
			out[i] = label + l
		} else {
			out[i] = pad + l
		}
	}
	return out
}

// nowLine is the Now panel in one line, for short windows.
func (s *stage) nowLine() string {
	show, t, sty, now := s.show, s.env.t.Stage, s.env.styles, s.env.now
	a := show.Live()
	head := sty.PanelTitle.Render(t.Now) + " "
	if a == nil {
		if show.Phase() == program.Over {
			return head + fmt.Sprintf(t.ShowOver, hhmm(s.local(show.Finished)))
		}
		return head + t.NothingLive
	}
	left := show.Remaining(now)
	timing := fmt.Sprintf(t.Left, countdown(left))
	if left <= 0 {
		timing = sty.Overrun.Render(fmt.Sprintf(t.Over, mmss(left)))
	}
	return head + sty.Big.Render(s.actText(a, a.Title)) + " · " + mmss(show.Elapsed(a, now)) + "/" + mmss(a.Length()) + " · " + timing
}

// nextLine is the Next panel in one line, for short windows.
func (s *stage) nextLine() string {
	show, t, sty := s.show, s.env.t.Stage, s.env.styles
	head := sty.PanelTitle.Render(t.Next) + " "
	i := show.NextIdx()
	if i < 0 {
		return head + t.NoNext
	}
	a := &show.Acts[i]
	line := head + sty.Big.Render(s.actText(a, a.Title)) + " · " + s.statusStyle(a.Status).Render(s.statusText(a.Status))
	if show.PresenceOf(a.ID).Nobody() {
		line += " · " + sty.Overrun.Render("! "+t.NobodyShort)
	}
	if exp := s.expectedAt(i); !exp.IsZero() {
		line += " · " + fmt.Sprintf(t.ExpectedAt, hhmm(s.local(exp)))
	}
	return line
}

// scrollIntro moves the next act's intro by a screenful less a line,
// forward (dir 1) or back (-1), within the lines it has.
func (s *stage) scrollIntro(dir int) {
	_, p := s.layout()
	in := p.intro
	if !in.cut() {
		s.say(s.env.t.Stage.IntroWhole, true)
		return
	}
	step := max(in.to-in.from-1, 1)
	s.introOff = min(max(in.from+dir*step, 0), in.of-(in.to-in.from))
}
