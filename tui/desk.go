package tui

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	foldwidth "golang.org/x/text/width"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/inert"
	"eventday/program"
)

// DeskBackend is what the Desk view needs from the one owner of an open
// event, besides the clock and the change signal of Backend. live.Event
// satisfies it.
type DeskBackend interface {
	// DeskName is the name this station signs people in under.
	DeskName() string
	// DeskState returns a fresh copy of the desk's counts.
	DeskState() *checkin.DeskState
	// Search finds people by name or pinyin, best first, at most limit.
	Search(query string, limit int) []checkin.DeskMatch
	// Categories lists the roster's categories, for the walk-in form.
	Categories() []string
	// SignIn signs in a person found by Search; someone in already is
	// refused with a *checkin.AlreadySignedInError unless again is set.
	SignIn(p *checkin.Person, again bool) (checkin.Record, error)
	// SignInParty signs in a person found by Search with those who came
	// with them, in one entry of party people; someone in already is
	// refused as by SignIn.
	SignInParty(p *checkin.Person, party int) (checkin.Record, error)
	// Anonymous counts n people without names in one entry.
	Anonymous(n int) (checkin.Record, error)
	// WalkIn registers and signs in someone not on the roster.
	WalkIn(name, category, group string, party int, phone string) (checkin.Record, error)
	// ReenterWith signs in again a person in already who came back with
	// others: the re-entry, and those with them in an entry of their own.
	ReenterWith(p *checkin.Person, party int) ([]checkin.Record, error)
	// UndoSignIn takes back this desk's latest standing sign-in and
	// returns the sign-in it took back.
	UndoSignIn() (checkin.Record, error)
	// UndoEntry takes back one of this desk's standing sign-ins by its
	// number and returns it.
	UndoEntry(seq int64) (checkin.Record, error)
	// Teams finds teams (a group on the roster, an act's performers) by
	// name or pinyin, best first, at most limit.
	Teams(query string, limit int) []checkin.TeamMatch
	// SignInTeam signs in the members of a team not in yet, an entry
	// each, and returns the entries written.
	SignInTeam(id string) ([]checkin.Record, error)
	// Named lists the people on the roster and the walk-ins called
	// exactly name.
	Named(name string) []*checkin.Person
	// Mine lists this desk's latest standing sign-ins, newest first, at
	// most n: the entries it may take back.
	Mine(n int) []checkin.Record
}

// desk is the sign-in desk's view: a search box over the roster, the people
// it finds, and the live counts under them.
type desk struct {
	env  *env
	keys DeskKeys

	name  string         // this station's desk name
	event string         // the event's name, for the header
	loc   *time.Location // the event's zone, for clocks and quarter hours
	ds    *checkin.DeskState
	link  LinkState // on a desk laptop, its link to the hub

	box     textinput.Model
	query   string // the box's value at the last search
	results []checkin.DeskMatch
	teams   []checkin.TeamMatch // shown after the people
	sel     int                 // over the people, then the teams

	// show is a snapshot of the running order, for the acts of the
	// performers found and of the one just signed in; nil when stale or
	// not needed.
	show *program.ShowState
	// join is the act of the performer just signed in: the line under the
	// empty box says where they should go, until the next name is typed.
	join string

	// ask is the question asked now, which takes the next key.
	ask *question
	// picking: the keys go to the list of this desk's sign-ins, at pick.
	picking bool
	pick    int
	mine    []checkin.Record // this desk's entries, newest first, while picking

	focus focus
	form  *walkInForm
	// walkInCategory is the category of this desk's last walk-in, where
	// the next walk-in form starts: a desk at the performers' entrance
	// chooses performer once.
	walkInCategory string

	messageLine
	banner string // a failed write, until the next write succeeds
	run    countRun

	// same holds, for the names on screen, whether two people or more
	// have them; such a name is shown with the person's group.
	same map[string]bool

	writes writeQueue[deskAction, []checkin.Record]

	w, h int
}

func newDesk(e *env) *desk {
	d := &desk{env: e, keys: DefaultDeskKeys(e.t), focus: focusText, same: map[string]bool{}}
	d.writes = newWriteQueue(func(a deskAction) ([]checkin.Record, error) { return writeDesk(e.b, a) })
	d.name = e.b.DeskName()
	plan := e.b.Show().Plan
	d.event, d.loc = plan.Name, plan.Location
	d.box = textinput.New()
	d.box.Prompt = e.t.Desk.Prompt
	d.box.CharLimit = 40
	d.box.Focus()
	d.restyle()
	d.ds = e.b.DeskState()
	d.readLink()
	d.gate()
	return d
}

// Name is the tab's label.
func (d *desk) Name() string { return d.env.t.Common.TabDesk }

// Focus is focusText: everything typed is a name, but tab still switches
// views; a walk-in form takes every key.
func (d *desk) Focus() focus { return d.focus }

// Keys are the Desk's bindings, those that do not apply now disabled; the
// help bar gets the ones that matter for what the box holds.
func (d *desk) Keys() help.KeyMap {
	k := d.keys
	var short []key.Binding
	v := d.box.Value()
	switch {
	case d.ask != nil:
		short = []key.Binding{k.Yes, k.No}
	case d.picking:
		short = []key.Binding{k.PickUndo, k.PickUp, k.PickBack, k.PickPage}
	case lonePlus(v):
		short = []key.Binding{k.SignIn, k.Head, k.Clear}
	case isCount(v):
		short = []key.Binding{k.SignIn, k.Clear}
	case d.found() > 0:
		short = []key.Binding{k.SignIn, k.Up, k.Clear, k.Party}
	case v != "":
		short = []key.Binding{k.WalkIn, k.Clear}
	default:
		short = []key.Binding{k.Head, k.Undo, k.Pick, k.WalkIn, d.env.keys.Help}
	}
	return deskHelp{keys: k, short: short}
}

// BoxEmpty says nothing is typed in the search box, so ? is not text.
func (d *desk) BoxEmpty() bool { return d.box.Value() == "" }

// rushWindow is how recent this desk's last sign-in must be for quitting
// to ask first: people are arriving, and a volunteer who pressed q by
// mistake would turn them away while the app starts again.
const rushWindow = 10 * time.Minute

// QuitWarning asks before quitting while people are being signed in here.
// Nothing would be lost (every sign-in is on disk before it is shown), but
// the gate would stand still.
func (d *desk) QuitWarning() string {
	last := d.ds.LastHere
	if last.IsZero() || d.env.now.Sub(last) >= rushWindow {
		return ""
	}
	return fmt.Sprintf(d.env.t.Desk.QuitRush, hhmm(last.In(d.loc)))
}

// SetSize gives the body's size; the number of results searched for
// follows the rows there are to show them.
func (d *desk) SetSize(w, h int) {
	d.w, d.h = w, h
	d.restyle() // cheap, and styles set before the first size may be stale
	d.box.SetWidth(max(w-width(d.box.Prompt)-1, 1))
	if d.form != nil {
		d.form.resize(d.formSize())
	}
	d.search()
}

// Message is the latest message, styled.
func (d *desk) Message() string {
	return d.messageLine.render(d.env.styles)
}

// Header is the rest of the top line: event · clock · desk, and on a desk
// laptop its link to the hub. The count of people is not repeated there:
// it is the largest thing on the screen.
func (d *desk) Header() string { return d.HeaderIn(-1) }

// HeaderIn is the header in at most w cells. The link to the hub keeps
// its room, then the desk's name, then the clock; the event's name takes
// what is left.
func (d *desk) HeaderIn(w int) string {
	sty, t := d.env.styles, d.env.t.Desk
	name := fmt.Sprintf(t.HeaderDesk, inert.Text(d.name))
	if d.name == "" {
		name = sty.Refusal.Render(t.HeaderNoDesk)
	}
	parts := []string{sty.Clock.Render(hhmmss(d.env.now.In(d.loc))), name}
	if d.env.link != nil {
		parts = append(parts, d.linkText())
	}
	return fitHeader(w, sty.Faint.Render(" · "), sty.EventName.Render(d.env.shown(d.event)), parts...)
}

// restyle gives the search box the app's styles. Without any styling (no
// terminal, golden files) the box draws no cursor, which would be the only
// escape sequence on the screen.
func (d *desk) restyle() {
	sty := d.env.styles
	ts := textinput.Styles{Cursor: textinput.CursorStyle{Color: sty.Cursor, Shape: tea.CursorBlock}}
	ts.Focused.Prompt = sty.Label.Style
	ts.Focused.Placeholder = sty.Faint.Style
	ts.Blurred = ts.Focused
	d.box.SetStyles(ts)
	d.box.SetVirtualCursor(sty.Selected.GetReverse())
}

// Update handles changes to the event, the answers to writes and the keys;
// the walk-in form gets every message while it is open.
func (d *desk) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tickMsg:
		// Nothing waits on the clock; the redraw after it moves the
		// header's clock and the join's minutes. The first tick learns
		// which names on screen are shared, which the first frame leaves
		// out so as not to wait for the search index.
		if len(d.same) == 0 {
			d.learnShown()
		}
		return nil
	case changedMsg:
		d.refresh()
		return nil
	case linkChangedMsg:
		d.readLink()
		return d.Init()
	case styleMsg:
		d.restyle()
		if d.form != nil {
			d.form.restyle(d.env.styles)
		}
		return nil
	case deskDoneMsg:
		return d.done(msg)
	}
	if d.focus == focusForm {
		return d.updateForm(msg)
	}
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return d.key(msg)
	case tea.PasteMsg:
		// Pasted text is typed text: made inert first, like text from a file.
		// It goes to the box, out of the list of sign-ins, as a key would.
		if d.ask != nil {
			return nil // a question takes one key, not a paste
		}
		d.picking = false
		return d.edit(tea.PasteMsg{Content: inert.Text(msg.Content)})
	}
	var cmd tea.Cmd
	d.box, cmd = d.box.Update(msg) // the cursor's blink
	return cmd
}

// refresh takes a new snapshot of the counts and searches again, since
// anyone may have signed someone in; the chosen person stays chosen.
func (d *desk) refresh() {
	walkIns := d.ds.Totals.WalkIns
	d.ds = d.env.b.DeskState()
	d.show = nil
	var chosen string
	if m := d.chosen(); m != nil {
		chosen = m.Person.ID
	} else if tm := d.chosenTeam(); tm != nil {
		chosen = tm.ID
	}
	var picked int64
	if d.picking && d.pick < len(d.mine) {
		picked = d.mine[d.pick].Seq
	}
	if d.ds.Totals.WalkIns != walkIns {
		clear(d.same) // a walk-in may have brought a namesake, or taken one away
	}
	d.searchAgain()
	for i, m := range d.results {
		if m.Person.ID == chosen {
			d.sel = i
		}
	}
	for i, tm := range d.teams {
		if tm.ID == chosen {
			d.sel = len(d.results) + i
		}
	}
	d.keepPick(picked)
	d.learnShown()
	d.gate()
}

// search runs the box's query when it changed. A box starting with + is a
// count, not a name, and searches nothing; a party typed after a name
// (+3) leaves the search, and the person chosen, as they were.
func (d *desk) search() {
	v := d.box.Value()
	switch {
	case v == d.query:
	case searchText(v) == searchText(d.query):
		d.query = v
		d.gate()
	default:
		d.sel = 0
		d.searchAgain()
		if len(d.teams) > 0 && len(d.results) > 0 && d.results[0].Kind == checkin.MatchGroup {
			// A group's name found its team, and its people by that name
			// alone: enter is for the team, which asks first; the arrows
			// reach each of them.
			d.sel = len(d.results)
		}
	}
}

// searchText is what the box searches for: the name typed, without a
// party after it; nothing for a count.
func searchText(v string) string {
	if isCount(v) {
		return ""
	}
	name, _ := splitParty(v)
	return strings.TrimSpace(name)
}

// searchAgain runs the box's query even if it did not change: after a
// change to the event, the marks of who is in may have. People come
// first; a third of the rows at most go to teams.
func (d *desk) searchAgain() {
	v := d.box.Value()
	d.query = v
	q := searchText(v)
	d.results, d.teams = nil, nil
	if q != "" {
		rows := max(d.layout().results, 1)
		d.teams = d.env.b.Teams(q, max(rows/3, 1))
		d.results = d.env.b.Search(q, max(rows-len(d.teams), 1))
		if len(d.results)+len(d.teams) > rows {
			d.teams = d.teams[:max(rows-len(d.results), 0)]
		}
		for _, m := range d.results {
			d.learn(m.Person.Name)
		}
	}
	d.sel = min(d.sel, max(d.found()-1, 0))
	d.loadShow()
	d.gate()
}

// found is how many rows the search found: people and teams.
func (d *desk) found() int { return len(d.results) + len(d.teams) }

// chosen is the person the arrows are on, or nil.
func (d *desk) chosen() *checkin.DeskMatch {
	if d.sel < 0 || d.sel >= len(d.results) {
		return nil
	}
	return &d.results[d.sel]
}

// chosenTeam is the team the arrows are on, or nil.
func (d *desk) chosenTeam() *checkin.TeamMatch {
	i := d.sel - len(d.results)
	if i < 0 || i >= len(d.teams) {
		return nil
	}
	return &d.teams[i]
}

// gate enables the keys that apply now.
func (d *desk) gate() {
	k := &d.keys
	asking := d.ask != nil
	picking := d.picking && !asking
	typing := !asking && !picking
	box := d.box.Value()
	counting := isCount(box)
	k.Yes.SetEnabled(asking)
	k.No.SetEnabled(asking)
	k.PickUp.SetEnabled(picking)
	k.PickDown.SetEnabled(picking)
	k.PickPage.SetEnabled(picking)
	k.PickUndo.SetEnabled(picking && len(d.mine) > 0)
	k.PickBack.SetEnabled(picking)
	k.Pick.SetEnabled(typing && box == "" && !d.ds.LastHere.IsZero())
	k.PickCtrl.SetEnabled(k.Pick.Enabled())
	k.Up.SetEnabled(typing && d.found() > 1)
	k.Down.SetEnabled(typing && d.found() > 1)
	k.SignIn.SetEnabled(typing && (counting || strings.TrimSpace(box) != ""))
	k.Party.SetEnabled(typing && !counting)
	k.Head.SetEnabled(typing && (box == "" || lonePlus(box)))
	k.WalkIn.SetEnabled(!asking)
	k.Undo.SetEnabled(!asking)
	k.Clear.SetEnabled(typing && box != "")
	if asking {
		yes, no := d.ask.keys(d.env.t)
		k.Yes.SetHelp(d.env.t.Common.KeyEnter+"/y", yes)
		k.No.SetHelp("esc/n", no)
	}
	enter := d.env.t.Desk.KeySignIn
	if counting {
		enter = d.env.t.Desk.KeyCount
	}
	k.SignIn.SetHelp(d.env.t.Common.KeyEnter, enter)
	head := d.env.t.Desk.KeyHead
	if lonePlus(box) {
		head = d.env.t.Desk.KeyHeadNext
	}
	k.Head.SetHelp("+", head)
}

// key handles a key typed at the desk.
func (d *desk) key(msg tea.KeyPressMsg) tea.Cmd {
	k := d.keys
	if d.ask != nil {
		return d.answer(msg)
	}
	if d.picking {
		return d.pickKey(msg)
	}
	switch {
	case key.Matches(msg, k.Head) || (msg.Text == "＋" && k.Head.Enabled()):
		return d.plus()
	case key.Matches(msg, k.SignIn):
		return d.enter()
	case key.Matches(msg, k.Pick, k.PickCtrl):
		d.startPick()
		return nil
	case key.Matches(msg, k.Up):
		d.sel = max(d.sel-1, 0)
		return nil
	case key.Matches(msg, k.Down):
		d.sel = min(d.sel+1, d.found()-1)
		return nil
	case key.Matches(msg, k.Clear):
		d.clear()
		d.say("", false)
		return nil
	case key.Matches(msg, k.Undo):
		if lonePlus(d.box.Value()) {
			// Nothing was written yet: taking back the + is the undo.
			d.clear()
			d.say(d.env.t.Desk.UndoPending, false)
			return nil
		}
		return d.send(deskAction{kind: actUndo})
	case key.Matches(msg, k.WalkIn):
		return d.openForm()
	case msg.String() == "enter", msg.String() == "esc", msg.String() == "up", msg.String() == "down":
		// Not applicable now (nothing to choose or clear): not text either.
		return nil
	}
	return d.edit(msg)
}

// enter acts on what the box holds: a count, a person (with a party after
// the name), a team. A name that found nobody is refused and cleared, so
// that the next name is not typed after it.
func (d *desk) enter() tea.Cmd {
	v := d.box.Value()
	if isCount(v) {
		return d.countBox()
	}
	name, party := splitParty(v)
	if party.typed && !party.ok {
		d.say(d.partyError(party), true)
		d.clear()
		return nil
	}
	if m := d.chosen(); m != nil {
		return d.signIn(*m, party.n)
	}
	if tm := d.chosenTeam(); tm != nil {
		return d.askTeam(*tm)
	}
	d.say(fmt.Sprintf(d.env.t.Desk.NoOneFound, inert.Text(strings.TrimSpace(name))), true)
	d.clear()
	return nil
}

// edit hands a key or a paste to the box and searches anew.
func (d *desk) edit(msg tea.Msg) tea.Cmd {
	before := d.box.Value()
	var cmd tea.Cmd
	d.box, cmd = d.box.Update(msg)
	if d.box.Value() != before {
		d.join = "" // the next person: the last one has been told
		if d.msgBad {
			d.say("", false)
		}
	}
	d.search()
	return cmd
}

// clear empties the box, a waiting + with it.
func (d *desk) clear() {
	d.box.Reset()
	d.search()
}

// signIn signs in a result with the companions typed after the name, or
// asks first when they are in already.
func (d *desk) signIn(m checkin.DeskMatch, companions int) tea.Cmd {
	if m.In {
		d.setAsk(&question{kind: askAgain, match: m, companions: companions})
		return nil
	}
	typed := d.box.Value()
	d.clear()
	return d.send(deskAction{kind: actSignIn, person: m.Person, n: companions + 1, typed: typed})
}

// plus is + on an empty box: the box shows + and waits, with no timer,
// for enter (one person) or a number and enter (a party). Nothing is
// counted until then: a timer would count one for a volunteer who has not
// yet found the 4 of +4, a wrong number in the funder's record. A second +
// on a lone + counts the waiting one and starts another, so that + + +
// enter counts three people in three entries as fast as the gate needs.
func (d *desk) plus() tea.Cmd {
	var cmd tea.Cmd
	if lonePlus(d.box.Value()) {
		cmd = d.send(deskAction{kind: actAnon, n: 1})
	}
	d.box.SetValue("+")
	d.box.CursorEnd()
	d.search()
	return cmd
}

// countRun is the anonymous heads counted at this desk one right after
// another, as when + is pressed twenty times while twenty people pass: each
// answer says its own count and the run's, so the line after the last + says
// 20, not 1. Only answers count (a write refused adds nothing), each once. A
// pause of more than runGap, or any other write, starts a new run.
type countRun struct {
	heads, entries int
	since, last    time.Time
}

const runGap = 10 * time.Second

// add takes in a count written and says it, with the run's total when the
// run has more than one.
func (r *countRun) add(t i18n.Desk, rec checkin.Record, loc *time.Location) string {
	if r.entries == 0 || rec.At.Sub(r.last) > runGap || rec.At.Before(r.last) {
		*r = countRun{since: rec.At}
	}
	r.heads += rec.Party
	r.entries++
	r.last = rec.At
	if r.entries == 1 {
		return fmt.Sprintf(t.Counted, rec.Party)
	}
	return fmt.Sprintf(t.CountedRun, rec.Party, r.heads, hhmmss(r.since.In(loc)))
}

// countBox is enter on a box holding +N: N heads, or why not.
func (d *desk) countBox() tea.Cmd {
	v := d.box.Value()
	n, ok := parseCount(v)
	if !ok {
		// Refused and cleared: the next count starts afresh.
		d.say(d.countError(v), true)
		d.clear()
		return nil
	}
	d.clear()
	return d.send(deskAction{kind: actAnon, n: n, typed: v})
}

func (d *desk) countError(v string) string {
	return fmt.Sprintf(d.env.t.Desk.BadCount, inert.Text(strings.TrimSpace(strings.TrimLeft(v, "+＋"))), 1, checkin.MaxParty)
}

// lonePlus says whether the box holds a + waiting for enter or a number.
func lonePlus(v string) bool {
	return strings.TrimSpace(foldwidth.Fold.String(v)) == "+"
}

// isCount says whether the box holds a count (+N) rather than a name.
func isCount(v string) bool {
	return strings.HasPrefix(v, "+") || strings.HasPrefix(v, "＋")
}

// parseCount reads +N: N from 1 to MaxParty, a lone + being 1. Full-width
// digits, which a Chinese input method may type, count as digits.
func parseCount(v string) (int, bool) {
	rest := strings.TrimSpace(foldwidth.Fold.String(v))
	if !strings.HasPrefix(rest, "+") {
		return 0, false
	}
	rest = strings.TrimSpace(rest[1:])
	if rest == "" {
		return 1, true
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(rest)
	if err != nil || n < 1 || n > checkin.MaxParty {
		return 0, false
	}
	return n, true
}

// deskAction is one write the desk asks of the backend.
type deskAction struct {
	kind   deskActionKind
	person *checkin.Person // actSignIn, actAgain
	// n is the people counted: actAnon's heads; for actSignIn and actAgain
	// the person and those who came with them.
	n      int
	walkIn walkInFields   // actWalkIn
	entry  checkin.Record // actUndoEntry: the sign-in to take back
	team   *checkin.Team  // actTeam
	// typed is the box when it was sent, put back when the disk refused
	// the write, so that enter tries again.
	typed string
}

type deskActionKind int

const (
	actSignIn deskActionKind = iota
	actAgain
	actAnon
	actWalkIn
	actUndo
	actUndoEntry
	actTeam
)

// deskDoneMsg is the backend's answer to a desk action: the sign-ins
// written, or for an undo the one undone.
type deskDoneMsg = written[deskAction, []checkin.Record]

// send queues an action; writes go to the backend in the order they were
// asked for.
func (d *desk) send(a deskAction) tea.Cmd {
	d.join = ""
	return d.writes.push(a)
}

// writeDesk is the desk's write, run in a command by its queue.
func writeDesk(b DeskBackend, a deskAction) ([]checkin.Record, error) {
	one := func(r checkin.Record, err error) ([]checkin.Record, error) {
		if err != nil {
			return nil, err
		}
		return []checkin.Record{r}, nil
	}
	switch a.kind {
	case actSignIn:
		if a.n > 1 {
			return one(b.SignInParty(a.person, a.n))
		}
		return one(b.SignIn(a.person, false))
	case actAgain:
		if a.n > 1 {
			return b.ReenterWith(a.person, a.n)
		}
		return one(b.SignIn(a.person, true))
	case actAnon:
		return one(b.Anonymous(a.n))
	case actWalkIn:
		w := a.walkIn
		return one(b.WalkIn(w.name, w.category, w.group, w.partySize(), w.phone))
	case actUndo:
		return one(b.UndoSignIn())
	case actUndoEntry:
		return one(b.UndoEntry(a.entry.Seq))
	case actTeam:
		return b.SignInTeam(a.team.ID)
	}
	return nil, fmt.Errorf("desk action %d: unknown", a.kind)
}

// done shows what a write did, or why it was refused, and sends the next.
func (d *desk) done(m deskDoneMsg) tea.Cmd {
	next, ok := d.writes.answered(m)
	if !ok {
		return nil
	}
	for _, r := range m.got {
		d.learn(r.Name)
	}
	if m.err != nil {
		d.run = countRun{}
		d.refused(m)
		if len(m.got) > 0 {
			// Part of it was written (a team, a re-entry with others):
			// the line says what, the banner what was not.
			d.said(m)
		}
		var notSaved *checkin.NotSavedError
		if errors.As(m.err, &notSaved) && len(m.got) == 0 && d.box.Value() == "" && m.asked.typed != "" && d.ask == nil {
			// The disk refused it: put back what was typed, so that enter
			// tries again. A refusal for any other reason is final.
			d.box.SetValue(m.asked.typed)
			d.box.CursorEnd()
		}
		d.refresh()
		return next
	}
	d.banner = ""
	d.said(m)
	d.refresh()
	return next
}

// said puts on the message line what a write did.
func (d *desk) said(m deskDoneMsg) {
	t := d.env.t.Desk
	if m.asked.kind != actAnon {
		d.run = countRun{}
	}
	if len(m.got) == 0 && m.asked.kind != actTeam {
		return
	}
	switch m.asked.kind {
	case actSignIn:
		d.say(fmt.Sprintf(t.Signed, d.describeAll(m.got[0])), false)
		d.join = m.asked.person.ActID
	case actAgain:
		d.join = m.asked.person.ActID
		if len(m.got) > 1 {
			d.say(fmt.Sprintf(t.AgainWith, d.describe(m.got[0]), m.got[1].Party), false)
			return
		}
		d.say(fmt.Sprintf(t.SignedAgain, d.describe(m.got[0])), false)
	case actAnon:
		d.say(d.run.add(t, m.got[0], d.loc), false)
	case actWalkIn:
		d.say(fmt.Sprintf(t.Registered, d.describeAll(m.got[0])), false)
	case actUndo, actUndoEntry:
		r := m.got[0]
		d.say(fmt.Sprintf(t.Undid, d.describe(r), hhmm(r.At.In(d.loc))), false)
	case actTeam:
		d.sayTeam(m)
	}
}

// refused says why a write was refused. A failed write raises the banner,
// which stays until a write succeeds: the volunteer must not miss that the
// count did not change.
func (d *desk) refused(m deskDoneMsg) {
	t := d.env.t.Desk
	var in *checkin.AlreadySignedInError
	var notSaved *checkin.NotSavedError
	switch {
	case errors.As(m.err, &notSaved):
		d.banner = fmt.Sprintf(t.NotSaved, inert.Text(notSaved.Reason()))
		d.say("", false)
	case errors.As(m.err, &in) && m.asked.kind == actSignIn && m.asked.person != nil && d.ask == nil:
		// Signed in elsewhere between the search and enter: ask now.
		p := m.asked.person
		match := checkin.DeskMatch{Match: checkin.Match{Person: p}, In: true, SignedIn: in.SignedIn}
		d.setAsk(&question{kind: askAgain, match: match, companions: m.asked.n - 1})
		d.say(fmt.Sprintf(t.OtherDesk, d.label(p.Name, p.Group)), true)
	case errors.As(m.err, &in):
		d.say(fmt.Sprintf(t.AgainWalkIn, d.env.shown(in.Name), hhmm(in.At.In(d.loc)), d.env.shown(in.Desk)), true)
	case errors.Is(m.err, checkin.ErrUndoneAlready), errors.Is(m.err, checkin.ErrNoSuchEntry):
		d.say(fmt.Sprintf(t.UndoGone, d.describe(m.asked.entry)), true)
	case errors.Is(m.err, checkin.ErrOtherDesk):
		d.say(fmt.Sprintf(t.UndoThere, d.describe(m.asked.entry), d.env.shown(m.asked.entry.Desk)), true)
	case errors.Is(m.err, checkin.ErrNothingToUndo):
		d.say(t.NothingUndo, true)
	case errors.Is(m.err, checkin.ErrNoDesk):
		d.say(t.NoDesk, true)
	default:
		d.say(fmt.Sprintf(t.Refused, inert.Text(i18n.Localize(m.err, d.env.t))), true)
	}
}

// loadShow takes a snapshot of the running order, once after each change
// and only when it is needed: for a performer among the results or the one
// just signed in.
func (d *desk) loadShow() {
	if d.show != nil {
		return
	}
	need := d.join != ""
	for _, m := range d.results {
		if m.Person.ActID != "" {
			need = true
		}
	}
	if need {
		d.show = d.env.b.Show()
	}
}

// actTitle is the title of a performer's act, for the results.
func (d *desk) actTitle(id string) string {
	if id == "" {
		return ""
	}
	if d.show != nil {
		if i := d.show.Find(id); i >= 0 {
			return d.env.shown(d.show.Acts[i].Title)
		}
	}
	return d.env.shown(id)
}
