package tui

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"eventday/i18n"
	"eventday/inert"
	"eventday/report"
)

// summary is the Summary view: the run report (attendance, arrivals, the
// programme as it ran) live, as `eventday report` prints it, and x to
// write the exports.
type summary struct {
	env    *env
	keys   SummaryKeyMap
	export func() ([]string, error) // nil where the app has no folder to write to

	event string         // the event's name, for the header
	loc   *time.Location // the event's zone, for the clock

	lines []string // the report as last drawn
	stale bool     // the event or the clock moved since
	drawW int      // the width it was drawn for

	off  int // first line on screen
	w, h int

	exports writeQueue[struct{}, []string] // one export at a time: x is refused while one is written
	messageLine
	written []string // the files of the last export, said on the message line
}

// exportDoneMsg is the answer of the export command: the files written, or
// why not.
type exportDoneMsg = written[struct{}, []string]

func newSummary(e *env, export func() ([]string, error)) *summary {
	plan := e.b.Show().Plan
	s := &summary{env: e, keys: DefaultSummaryKeyMap(e.t), export: export, stale: true, event: plan.Name, loc: plan.Location}
	s.exports = newWriteQueue(func(struct{}) ([]string, error) { return export() })
	s.gate()
	return s
}

// Name is the tab's label.
func (s *summary) Name() string { return s.env.t.Common.TabSummary }

// Header is the event and the clock the report is as of.
func (s *summary) Header() string { return s.HeaderIn(-1) }

// HeaderIn is the header in at most w cells: the clock keeps its room and
// the event's name takes what is left.
func (s *summary) HeaderIn(w int) string {
	sty := s.env.styles
	return fitHeader(w, sty.Faint.Render(" · "), sty.EventName.Render(s.env.shown(s.event)),
		sty.Clock.Render(fmt.Sprintf(s.env.t.Summary.Generated, hhmmss(s.env.now.In(s.loc)))))
}

// Focus is always the report itself: the Summary has no text to type.
func (s *summary) Focus() focus { return focusMain }

// Keys are the Summary's bindings.
func (s *summary) Keys() help.KeyMap { return s.keys }

// QuitWarning is empty: nothing on the Summary is cut short by quitting.
func (s *summary) QuitWarning() string { return "" }

// Message is the export's outcome, styled; the files written are said for
// the width of the moment.
func (s *summary) Message() string {
	if s.written != nil {
		return s.env.styles.Message.Render(s.writtenText())
	}
	return s.messageLine.render(s.env.styles)
}

// SetSize gives the body's size; the report is drawn again for a new width.
func (s *summary) SetSize(w, h int) {
	s.w, s.h = w, h
	if w != s.drawW {
		s.stale = true
	}
	s.clamp()
	s.gate()
}

// Update marks the report stale when the event or the clock moves (it is
// drawn again only when it is next shown), scrolls, and exports.
func (s *summary) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tickMsg, changedMsg:
		s.stale = true
	case exportDoneMsg:
		next, ok := s.exports.answered(msg)
		if ok {
			s.gate()
			s.exported(msg)
		}
		return next
	case tea.KeyPressMsg:
		return s.key(msg)
	}
	return nil
}

// draw builds the report again if anything moved since it was last built.
// It runs when the view is about to be shown or scrolled, not on every
// change: a tab nobody looks at costs nothing while the desk is busy.
func (s *summary) draw() {
	if !s.stale || s.w <= 0 {
		return
	}
	text := report.Text(report.FromEvent(s.env.b), s.env.t.Lang, s.env.now, s.w)
	s.lines = strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	s.stale, s.drawW = false, s.w
	s.clamp()
	s.gate()
}

// rows is how many report lines the screen shows: all of the body, less
// the line that says where in the report it is when the report is longer.
func (s *summary) rows() int {
	if len(s.lines) <= s.h {
		return s.h
	}
	return max(s.h-1, 1)
}

// clamp keeps the scroll inside the report.
func (s *summary) clamp() {
	s.off = min(max(s.off, 0), max(len(s.lines)-s.rows(), 0))
}

// gate enables the scroll keys only when there is somewhere to scroll, and
// the export only when the app can export and is not exporting already.
func (s *summary) gate() {
	scroll := len(s.lines) > s.h
	for _, b := range []*key.Binding{&s.keys.Up, &s.keys.Down, &s.keys.PageUp, &s.keys.PageDown, &s.keys.Top, &s.keys.Bottom} {
		b.SetEnabled(scroll)
	}
	s.keys.Export.SetEnabled(s.export != nil && s.exports.idle())
}

func (s *summary) key(msg tea.KeyPressMsg) tea.Cmd {
	s.draw()
	k := s.keys
	page := max(s.rows()-1, 1)
	switch {
	case key.Matches(msg, k.Up):
		s.off--
	case key.Matches(msg, k.Down):
		s.off++
	case key.Matches(msg, k.PageUp):
		s.off -= page
	case key.Matches(msg, k.PageDown):
		s.off += page
	case key.Matches(msg, k.Top):
		s.off = 0
	case key.Matches(msg, k.Bottom):
		s.off = len(s.lines)
	case key.Matches(msg, k.Export):
		return s.startExport()
	case slices.Contains(k.Export.Keys(), msg.String()):
		// x that does not apply now says why rather than doing nothing.
		switch {
		case s.export == nil && s.env.rehearsal:
			s.say(s.env.t.Summary.NoExportRehearsal, true)
		case s.export == nil:
			s.say(s.env.t.Summary.NoExport, true)
		default:
			s.say(s.env.t.Summary.ExportBusy, true)
		}
	}
	s.clamp()
	return nil
}

func (s *summary) say(text string, bad bool) {
	s.messageLine.say(text, bad)
	s.written = nil
}

// startExport writes the exports in a command, so that a large log does
// not freeze the screen; the answer comes back as an exportDoneMsg.
func (s *summary) startExport() tea.Cmd {
	cmd := s.exports.push(struct{}{})
	s.gate()
	s.say(s.env.t.Summary.Exporting, false)
	return cmd
}

// exported says where the files went, or why they did not.
func (s *summary) exported(m exportDoneMsg) {
	t := s.env.t.Summary
	if m.err != nil {
		s.say(fmt.Sprintf(t.ExportFailed, inert.Text(i18n.Localize(m.err, s.env.t))), true)
		return
	}
	s.say("", false)
	s.written = m.got
	if s.written == nil {
		s.written = []string{}
	}
}

// writtenText says where the last export's files went: the folder once and
// the names, or every path when they are not in one folder. When the line
// is too narrow the names are said once with their endings
// (attendance.json/.csv/.xlsx), and then the folder gives way in its
// middle: its start says which disk and whose folder, its end which event.
func (s *summary) writtenText() string {
	t := s.env.t.Summary
	paths := s.written
	var dir string
	if len(paths) > 0 {
		dir = filepath.Dir(paths[0])
	}
	names := make([]string, len(paths))
	for i, p := range paths {
		if filepath.Dir(p) != dir {
			// Not one folder: name every file in full.
			dir = ""
			break
		}
		names[i] = filepath.Base(p)
	}
	if dir == "" {
		names = paths
	}
	dir = inert.Text(dir)
	files := inert.Text(strings.Join(names, t.FileSep))
	room := func() int { return s.w - width(fmt.Sprintf(t.Exported, "", files)) }
	if width(dir) > room() {
		if short := oneStem(names); short != "" {
			files = inert.Text(short)
		}
	}
	return fmt.Sprintf(t.Exported, cutMiddle(dir, room()), files)
}

// oneStem is names said once when they differ only in their endings
// (attendance.json/.csv/.xlsx), or "" when they do not.
func oneStem(names []string) string {
	if len(names) < 2 {
		return ""
	}
	stem, _, _ := strings.Cut(names[0], ".")
	out := names[0]
	for _, n := range names[1:] {
		s, ext, ok := strings.Cut(n, ".")
		if !ok || s != stem {
			return ""
		}
		out += "/." + ext
	}
	return out
}

// cutMiddle shortens s to at most w cells by dropping a part of its middle,
// which an ellipsis replaces: the start and the end of a path are the parts
// that tell where it is.
func cutMiddle(s string, w int) string {
	if width(s) <= w {
		return s
	}
	if w <= 1 {
		return tail
	}
	r := []rune(s)
	keepEnd := (w - 1) * 2 / 3
	var end int // runes kept at the end
	for end < len(r) && width(string(r[len(r)-end-1:])) <= keepEnd {
		end++
	}
	room := w - 1 - width(string(r[len(r)-end:]))
	var start int
	for start < len(r)-end && width(string(r[:start+1])) <= room {
		start++
	}
	// The start ends after a whole folder's name when it can.
	for i := start - 1; i > 0; i-- {
		if r[i] == '/' || r[i] == '\\' {
			start = i + 1
			break
		}
	}
	return string(r[:start]) + tail + string(r[len(r)-end:])
}

// View draws the report from the scroll position, and where in it the
// screen is when it is longer than the screen.
func (s *summary) View() string {
	if s.w <= 0 || s.h <= 0 {
		return ""
	}
	s.draw()
	rows := s.rows()
	end := min(s.off+rows, len(s.lines))
	out := make([]string, 0, s.h)
	out = append(out, s.lines[s.off:end]...)
	for len(out) < rows {
		out = append(out, "")
	}
	if len(s.lines) > s.h {
		pos := fmt.Sprintf(s.env.t.Summary.Lines, s.off+1, end, len(s.lines))
		out = append(out, s.env.styles.Faint.Render(fitRight(pos, s.w)))
	}
	return frameLines(out, s.w, s.h)
}
