package tui

import (
	"errors"
	"eventday/inert"
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
	"eventday/live"
	"eventday/program"
)

// DeskBackend is what the Desk view needs from the one owner of an open
// event, besides the clock and the change signal of Backend. live.Event
// satisfies it.
type DeskBackend interface {
	// DeskName is the name this station signs people in under.
	DeskName() string
	// Desk returns a fresh copy of the desk's counts.
	Desk() *live.DeskState
	// Search finds people by name or pinyin, best first, at most limit.
	Search(query string, limit int) []live.DeskMatch
	// Categories lists the roster's categories, for the walk-in form.
	Categories() []string
	// SignIn signs in a person found by Search; someone in already is
	// refused with a *checkin.AlreadySignedInError unless again is set.
	SignIn(p *checkin.Person, again bool) (checkin.Record, error)
	// Anonymous counts n people without names in one entry.
	Anonymous(n int) (checkin.Record, error)
	// WalkIn registers and signs in someone not on the roster.
	WalkIn(name, category, group string, party int, phone string) (checkin.Record, error)
	// UndoSignIn takes back this desk's latest standing sign-in and
	// returns the sign-in it took back.
	UndoSignIn() (checkin.Record, error)
}

// desk is the sign-in desk's view: a search box over the roster, the people
// it finds, and the live counts under them.
type desk struct {
	env  *env
	keys DeskKeys

	name  string         // this station's desk name
	event string         // the event's name, for the header
	loc   *time.Location // the event's zone, for clocks and quarter hours
	ds    *live.DeskState

	box     textinput.Model
	query   string // the box's value at the last search
	results []live.DeskMatch
	sel     int

	// show is a snapshot of the running order, for the acts of the
	// performers found and of the one just signed in; nil when stale or
	// not needed.
	show *program.State
	// join is the act of the performer just signed in: the line under the
	// empty box says where they should go, until the next name is typed.
	join string

	confirm *live.DeskMatch // someone in already, while asking to count again

	focus focus
	form  *walkInForm

	messageLine
	banner string // a failed write, until the next write succeeds

	writes writeQueue[deskAction, checkin.Record]

	w, h int
}

func newDesk(e *env) *desk {
	d := &desk{env: e, keys: DefaultDeskKeys(e.t), focus: focusText}
	d.writes = newWriteQueue(func(a deskAction) (checkin.Record, error) { return writeDesk(e.b, a) })
	d.name = e.b.DeskName()
	if st := e.b.Stage(); st != nil && st.Event != nil {
		d.event, d.loc = st.Event.Name, st.Event.Location
	}
	if d.loc == nil {
		d.loc = time.Local
	}
	d.box = textinput.New()
	d.box.Prompt = e.t.Desk.Prompt
	d.box.CharLimit = 40
	d.box.Focus()
	d.restyle()
	d.ds = e.b.Desk()
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
	case d.confirm != nil:
		short = []key.Binding{k.Again, k.Cancel}
	case lonePlus(v):
		short = []key.Binding{k.SignIn, k.Head, k.Clear}
	case isCount(v):
		short = []key.Binding{k.SignIn, k.Clear}
	case len(d.results) > 0:
		short = []key.Binding{k.SignIn, k.Up, k.Clear}
	case v != "":
		short = []key.Binding{k.WalkIn, k.Clear}
	default:
		short = []key.Binding{k.Head, k.WalkIn, k.Undo, d.env.keys.Help}
	}
	return deskHelp{keys: k, short: short}
}

// BoxEmpty says nothing is typed in the search box, so ? is not text.
func (d *desk) BoxEmpty() bool { return d.box.Value() == "" }

// QuitWarning is empty: every sign-in is on disk before it is shown.
func (d *desk) QuitWarning() string { return "" }

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
	return d.messageLine.render(d.env.st)
}

// Header is the rest of the top line: event · clock · desk. The count of
// people is not repeated there: it is the largest thing on the screen.
func (d *desk) Header() string {
	st, t := d.env.st, d.env.t.Desk
	sep := st.Faint.Render(" · ")
	name := fmt.Sprintf(t.HeaderDesk, inert.Text(d.name))
	if d.name == "" {
		name = st.Refusal.Render(t.HeaderNoDesk)
	}
	return st.EventName.Render(d.env.shown(d.event)) + sep + st.Clock.Render(clock(d.env.now.In(d.loc))) + sep + name
}

// restyle gives the search box the app's styles. Without any styling (no
// terminal, golden files) the box draws no cursor, which would be the only
// escape sequence on the screen.
func (d *desk) restyle() {
	st := d.env.st
	ts := textinput.Styles{Cursor: textinput.CursorStyle{Color: st.Cursor, Shape: tea.CursorBlock}}
	ts.Focused.Prompt = st.Label.Style
	ts.Focused.Placeholder = st.Faint.Style
	ts.Blurred = ts.Focused
	d.box.SetStyles(ts)
	d.box.SetVirtualCursor(st.Selected.GetReverse())
}

// Update handles changes to the event, the answers to writes and the keys;
// the walk-in form gets every message while it is open.
func (d *desk) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tickMsg:
		// Nothing waits on the clock; the redraw after it moves the
		// header's clock and the join's minutes.
		return nil
	case changedMsg:
		d.refresh()
		return nil
	case styleMsg:
		d.restyle()
		if d.form != nil {
			d.form.restyle(d.env.st)
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
		return d.edit(tea.PasteMsg{Content: inert.Text(msg.Content)})
	}
	var cmd tea.Cmd
	d.box, cmd = d.box.Update(msg) // the cursor's blink
	return cmd
}

// refresh takes a new snapshot of the counts and searches again, since
// anyone may have signed someone in; the chosen person stays chosen.
func (d *desk) refresh() {
	d.ds = d.env.b.Desk()
	d.show = nil
	var chosen string
	if m := d.chosen(); m != nil {
		chosen = m.Person.ID
	}
	d.searchAgain()
	for i, m := range d.results {
		if m.Person.ID == chosen {
			d.sel = i
		}
	}
	d.gate()
}

// search runs the box's query when it changed. A box starting with + is a
// count, not a name, and searches nothing.
func (d *desk) search() {
	if d.box.Value() != d.query {
		d.sel = 0
		d.searchAgain()
	}
}

// searchAgain runs the box's query even if it did not change: after a
// change to the event, the marks of who is in may have.
func (d *desk) searchAgain() {
	v := d.box.Value()
	d.query = v
	q := strings.TrimSpace(v)
	if q == "" || isCount(v) {
		d.results = nil
	} else {
		d.results = d.env.b.Search(q, max(d.layout().results, 1))
	}
	d.sel = min(d.sel, max(len(d.results)-1, 0))
	d.loadShow()
	d.gate()
}

// chosen is the result the arrows are on, or nil.
func (d *desk) chosen() *live.DeskMatch {
	if d.sel < 0 || d.sel >= len(d.results) {
		return nil
	}
	return &d.results[d.sel]
}

// gate enables the keys that apply now.
func (d *desk) gate() {
	k := &d.keys
	asking := d.confirm != nil
	box := d.box.Value()
	counting := isCount(box)
	k.Again.SetEnabled(asking)
	k.Cancel.SetEnabled(asking)
	k.Up.SetEnabled(!asking && len(d.results) > 1)
	k.Down.SetEnabled(!asking && len(d.results) > 1)
	k.SignIn.SetEnabled(!asking && (counting || len(d.results) > 0))
	k.Head.SetEnabled(!asking && (box == "" || lonePlus(box)))
	k.WalkIn.SetEnabled(!asking)
	k.Undo.SetEnabled(!asking)
	k.Clear.SetEnabled(!asking && box != "")
	enter := d.env.t.Desk.KeySignIn
	if counting {
		enter = d.env.t.Desk.KeyCount
	}
	k.SignIn.SetHelp("enter", enter)
	head := d.env.t.Desk.KeyHead
	if lonePlus(box) {
		head = d.env.t.Desk.KeyHeadNext
	}
	k.Head.SetHelp("+", head)
}

// key handles a key typed at the desk.
func (d *desk) key(msg tea.KeyPressMsg) tea.Cmd {
	k := d.keys
	if d.confirm != nil {
		return d.answer(msg)
	}
	switch {
	case key.Matches(msg, k.Head) || (msg.Text == "＋" && k.Head.Enabled()):
		return d.plus()
	case key.Matches(msg, k.SignIn):
		if isCount(d.box.Value()) {
			return d.countBox()
		}
		if m := d.chosen(); m != nil {
			return d.signIn(*m)
		}
		return nil
	case key.Matches(msg, k.Up):
		d.sel = max(d.sel-1, 0)
		return nil
	case key.Matches(msg, k.Down):
		d.sel = min(d.sel+1, len(d.results)-1)
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

// answer handles the question whether someone in already comes in again.
func (d *desk) answer(msg tea.KeyPressMsg) tea.Cmd {
	k := d.keys
	m := d.confirm
	switch {
	case key.Matches(msg, k.Again):
		d.confirm = nil
		typed := d.box.Value()
		d.clear()
		return d.send(deskAction{kind: actAgain, person: m.Person, typed: typed})
	case key.Matches(msg, k.Cancel):
		d.confirm = nil
		d.gate()
		d.say(d.env.t.Desk.Cancelled, false)
	}
	return nil
}

// signIn signs in a result, or asks first when they are in already.
func (d *desk) signIn(m live.DeskMatch) tea.Cmd {
	if m.In {
		d.confirm = &m
		d.gate()
		return nil
	}
	typed := d.box.Value()
	d.clear()
	return d.send(deskAction{kind: actSignIn, person: m.Person, typed: typed})
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

// countBox is enter on a box holding +N: N heads, or why not.
func (d *desk) countBox() tea.Cmd {
	v := d.box.Value()
	n, ok := parseCount(v)
	if !ok {
		d.say(d.countError(v), true)
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
	n      int             // actAnon
	walkIn walkInFields    // actWalkIn
	typed  string          // the box when it was sent, put back if refused
}

type deskActionKind int

const (
	actSignIn deskActionKind = iota
	actAgain
	actAnon
	actWalkIn
	actUndo
)

// deskDoneMsg is the backend's answer to a desk action: the sign-in
// written, or for an undo the one undone.
type deskDoneMsg = written[deskAction, checkin.Record]

// send queues an action; writes go to the backend in the order they were
// asked for.
func (d *desk) send(a deskAction) tea.Cmd {
	d.join = ""
	return d.writes.push(a)
}

// writeDesk is the desk's write, run in a command by its queue.
func writeDesk(b DeskBackend, a deskAction) (checkin.Record, error) {
	switch a.kind {
	case actSignIn:
		return b.SignIn(a.person, false)
	case actAgain:
		return b.SignIn(a.person, true)
	case actAnon:
		return b.Anonymous(a.n)
	case actWalkIn:
		w := a.walkIn
		return b.WalkIn(w.name, w.category, w.group, w.partySize(), w.phone)
	case actUndo:
		return b.UndoSignIn()
	}
	return checkin.Record{}, fmt.Errorf("desk action %d: unknown", a.kind)
}

// done shows what a write did, or why it was refused, and sends the next.
func (d *desk) done(m deskDoneMsg) tea.Cmd {
	next, ok := d.writes.answered(m)
	if !ok {
		return nil
	}
	t := d.env.t.Desk
	if m.err != nil {
		d.refused(m)
		if d.box.Value() == "" && m.asked.typed != "" && d.confirm == nil {
			// Put back what was typed, so that enter tries again.
			d.box.SetValue(m.asked.typed)
			d.box.CursorEnd()
		}
		d.refresh()
		return next
	}
	d.banner = ""
	switch m.asked.kind {
	case actSignIn:
		d.say(fmt.Sprintf(t.Signed, d.describe(m.got)), false)
		d.join = m.asked.person.ActID
	case actAgain:
		d.say(fmt.Sprintf(t.SignedAgain, d.describe(m.got)), false)
		d.join = m.asked.person.ActID
	case actAnon:
		d.say(fmt.Sprintf(t.Counted, m.got.Party), false)
	case actWalkIn:
		d.say(fmt.Sprintf(t.Registered, d.describe(m.got)), false)
	case actUndo:
		d.say(fmt.Sprintf(t.Undid, d.describe(m.got)), false)
	}
	d.refresh()
	return next
}

// refused says why a write was refused. A failed write raises the banner,
// which stays until a write succeeds: the volunteer must not miss that the
// count did not change.
func (d *desk) refused(m deskDoneMsg) {
	t := d.env.t.Desk
	var in *checkin.AlreadySignedInError
	switch {
	case errors.Is(m.err, live.ErrNotSaved):
		d.banner = fmt.Sprintf(t.NotSaved, inert.Text(cause(m.err).Error()))
		d.say("", false)
	case errors.As(m.err, &in) && m.asked.kind == actSignIn && m.asked.person != nil:
		// Signed in elsewhere between the search and enter: ask now.
		d.confirm = &live.DeskMatch{Match: checkin.Match{Person: m.asked.person}, In: true, SignedIn: in.SignedIn}
		d.say(fmt.Sprintf(t.OtherDesk, d.env.shown(m.asked.person.Name)), true)
	case errors.As(m.err, &in):
		d.say(fmt.Sprintf(t.AgainWalkIn, d.env.shown(in.Name), hhmm(in.At.In(d.loc)), d.env.shown(in.Desk)), true)
	case errors.Is(m.err, checkin.ErrNothingToUndo):
		d.say(t.NothingUndo, true)
	case errors.Is(m.err, checkin.ErrNoDesk):
		d.say(t.NoDesk, true)
	default:
		d.say(fmt.Sprintf(t.Refused, inert.Text(m.err.Error())), true)
	}
}

// cause is the machine's reason under a not-saved error (the disk is full,
// the folder is gone): live wraps it last, after what was not saved.
func cause(err error) error {
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		if errs := u.Unwrap(); len(errs) > 0 {
			return errs[len(errs)-1]
		}
	}
	return err
}

// describe names a sign-in for a message: the person with their party, or
// the anonymous heads.
func (d *desk) describe(r checkin.Record) string {
	if r.Anonymous() {
		return fmt.Sprintf(d.env.t.Desk.Anonymous, r.Party)
	}
	s := d.env.shown(r.Name)
	if r.Party > 1 {
		s += " " + fmt.Sprintf(d.env.t.Desk.Party, r.Party)
	}
	return s
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
		d.show = d.env.b.Stage()
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
