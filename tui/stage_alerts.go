package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"eventday/cells"
	"eventday/program"
)

// This file is the Stage's calls: the alert line at the bottom, which
// words as many of the calls to make now as fit and counts the rest, and
// the list that l opens, of every call with who of the act has not signed
// in yet, by name.

// alertLine lists the calls to make now, as many as fit, soonest first,
// and how many more there are, with the key that lists them all.
func (s *stage) alertLine() string {
	sty, show := s.env.styles, s.show
	alerts := s.d.alerts
	n := len(alerts)
	more := func(k int) string {
		if k == 0 {
			return ""
		}
		return " · " + fmt.Sprintf(s.env.t.Stage.AlertMore, k, s.keys.Calls.Help().Key)
	}
	// A performer of an act marked no-show who has just come is news that
	// waits for an answer: it comes first, alone, the calls counted when
	// the line has room (l lists them anyway).
	if text := s.arrivalText(); text != "" {
		line := "! " + text
		if width(line+more(n)) <= s.w {
			line += more(n)
		}
		return sty.Overrun.Render(cut(line, s.w))
	}
	if n == 0 {
		return ""
	}
	style := sty.Alert
	if al := alerts[0]; al.Kind == program.NotHere && al.Idx < len(show.Acts) {
		style = sty.Overrun
	}
	// The first call is worded whatever its length (its performers give
	// way); the count of the others keeps its room. Only the alerts that
	// fit are worded: a long programme of short acts can have dozens due
	// at once.
	line := "! " + s.alertText(0, s.w-width("! ")-width(more(n-1)))
	shown := 1
	for ; shown < n; shown++ {
		x := " · " + s.alertText(shown, s.w)
		if width(line)+width(x)+width(more(n-shown-1)) > s.w {
			break
		}
		line += x
	}
	return style.Render(cut(line+more(n-shown), s.w))
}

// alertText is the words of alert i in at most room cells, as far as the
// performers' names can give way for the rest.
func (s *stage) alertText(i, room int) string {
	t, show, alerts := s.env.t.Stage, s.show, s.d.alerts
	al := alerts[i]
	if al.Idx >= len(show.Acts) {
		return ""
	}
	a := &show.Acts[al.Idx]
	who := s.actText(a, a.Performers)
	if who == "" {
		who = s.actText(a, a.Title)
	}
	soon := al.In < 30*time.Second
	var text func(who string) string
	switch {
	case al.Kind == program.NotHere:
		return s.notHere(a, who, al.In, soon, room)
	case al.Kind == program.ToWings && soon:
		text = func(who string) string { return fmt.Sprintf(t.AlertWingsNext, who) }
	case al.Kind == program.ToWings:
		text = func(who string) string { return fmt.Sprintf(t.AlertWings, who, minutes(s.env.t, al.In)) }
	case soon:
		text = func(who string) string { return fmt.Sprintf(t.AlertCallNext, who) }
	default:
		text = func(who string) string { return fmt.Sprintf(t.AlertCall, who, minutes(s.env.t, al.In)) }
	}
	if room -= width(text("")); width(who) > room {
		who = cut(who, max(room, 6))
	}
	return text(who)
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
	var contact string
	if a.Contact != "" {
		contact = " · " + t.Contact + t.LabelSep + s.contactText(a)
	}
	// The number is what the stage manager acts on: a long list of
	// performers gives way for it.
	if room -= width(text("")) + width(contact); width(who) > room {
		who = cut(who, max(room, 6))
	}
	return text(who) + contact
}

// callsList is the list of every call to make now, which l opens over the
// running order: the alert line has room for one or two, and "+2 more"
// never said which, nor "here 3 of 6" who is missing.
type callsList struct {
	open bool
	off  int // the first line on screen
	// who are the performers of the acts listed, by act id, asked of the
	// owner when the list opens and after each change while it is open.
	who map[string][]program.Performer
}

// openCalls opens the list of calls at its top.
func (s *stage) openCalls() {
	s.calls = callsList{open: true}
	s.askWho()
}

// askWho asks the owner who of each act listed has signed in. It runs in
// Update when the list opens, changes or gains an act, never in View.
func (s *stage) askWho() {
	if !s.calls.open {
		return
	}
	if s.calls.who == nil {
		s.calls.who = map[string][]program.Performer{}
	}
	for _, al := range s.d.alerts {
		if al.Idx >= len(s.show.Acts) {
			continue
		}
		id := s.show.Acts[al.Idx].ID
		if _, ok := s.calls.who[id]; !ok {
			s.calls.who[id] = s.env.b.Performers(id)
		}
	}
}

// callsKey handles a key while the list is open: it scrolls and closes;
// any other key says how to close it rather than act on a running order
// the stage manager cannot see.
func (s *stage) callsKey(msg tea.KeyPressMsg) tea.Cmd {
	k := s.keys
	switch {
	case key.Matches(msg, k.CloseCalls):
		s.calls = callsList{}
		s.gate()
	case key.Matches(msg, k.Up):
		s.calls.off = max(s.calls.off-1, 0)
	case key.Matches(msg, k.Down):
		s.calls.off = min(s.calls.off+1, max(len(s.callsBody(s.w))-s.callsRows(), 0))
	default:
		s.say(fmt.Sprintf(s.env.t.Stage.CallsOpen, k.CloseCalls.Help().Key), true)
	}
	return nil
}

// callsRows is how many lines of the list the body has room for, under
// its heading.
func (s *stage) callsRows() int { return max(s.h-4, 1) }

// callsLines is the list in the body under the line below the header: a
// heading, then from the line scrolled to, each call with who of its act
// is here and who is not yet, by name.
func (s *stage) callsLines() []string {
	t, sty, w := s.env.t.Stage, s.env.styles, s.w
	body := s.callsBody(w)
	head := sty.PanelTitle.Render(fmt.Sprintf(t.CallsTitle, len(s.d.alerts)+len(s.noShows.arrivals))) +
		sty.Faint.Render("  "+s.keys.CloseCalls.Help().Key+" "+s.keys.CloseCalls.Help().Desc)
	rows := s.callsRows()
	off := min(s.calls.off, max(len(body)-rows, 0))
	out := []string{cut(head, w), ""}
	out = append(out, body[off:min(off+rows, len(body))]...)
	if off+rows < len(body) {
		out[len(out)-1] = sty.Faint.Render(fitRight(fmt.Sprintf(t.CallsMore, len(body)-off-rows+1), w))
	}
	return out
}

// callsBody is every call, w cells wide, with who of its act is here.
func (s *stage) callsBody(w int) []string {
	t, sty := s.env.t.Stage, s.env.styles
	var body []string
	if len(s.d.alerts) == 0 && len(s.noShows.arrivals) == 0 {
		body = append(body, t.CallsNone)
	}
	indent := "    "
	if text := s.arrivalText(); text != "" {
		for i, l := range cells.Wrap(text, w-2) {
			lead := "  "
			if i == 0 {
				lead = "! "
			}
			body = append(body, sty.Overrun.Render(lead+l))
		}
		body = append(body, "")
	}
	for i, al := range s.d.alerts {
		if al.Idx >= len(s.show.Acts) {
			continue
		}
		a := &s.show.Acts[al.Idx]
		style := sty.Alert
		if al.Kind == program.NotHere {
			style = sty.Overrun
		}
		if i > 0 {
			body = append(body, "")
		}
		// The list has the room the alert line has not: the call is
		// worded whole, on as many lines as it takes.
		for j, l := range cells.Wrap(s.alertText(i, 1<<20), w-2) {
			lead := "  "
			if j == 0 {
				lead = "! "
			}
			body = append(body, style.Render(lead+l))
		}
		for _, l := range s.whoLines(a, w-width(indent)) {
			body = append(body, indent+l)
		}
	}
	return body
}

// whoLines says who of act a's performers is here and who is not yet, in
// lines of at most w cells that never part a name.
func (s *stage) whoLines(a *program.ActState, w int) []string {
	t := s.env.t.Stage
	who, asked := s.calls.who[a.ID]
	switch {
	case !asked:
		return nil
	case len(who) == 0:
		return cells.Wrap(t.CallsNoRoster, w)
	}
	var in int
	var missing []string
	for _, p := range who {
		if p.In {
			in++
		} else {
			missing = append(missing, s.env.shown(p.Name))
		}
	}
	if len(missing) == 0 {
		return []string{cut(fmt.Sprintf(t.NextAll, len(who)), w)}
	}
	return packNames(fmt.Sprintf(t.CallsMissing, in, len(who)), missing, t.NameSep, w)
}

// packNames puts names after lead, parted by sep, in lines of at most w
// cells, going on to the next line between two names, never inside one.
func packNames(lead string, names []string, sep string, w int) []string {
	var out []string
	line := lead
	for i, n := range names {
		piece := n
		if i < len(names)-1 {
			piece += strings.TrimRight(sep, " ")
		}
		if line != "" && width(line)+width(piece) > w {
			out = append(out, strings.TrimRight(line, " "))
			line = ""
		}
		line += cut(piece, w)
		if i < len(names)-1 && strings.HasSuffix(sep, " ") {
			line += " "
		}
	}
	return append(out, line)
}
