package tui

import (
	"fmt"
	"slices"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"eventday/program"
)

// stage is the stage manager's view: the running order, the act on stage,
// the act on standby, drift and call alerts, and every cue key.
type stage struct {
	env  *env
	keys StageKeyMap

	show     *program.ShowState // the latest snapshot; never changed in place
	d        derived            // worked out from show at the last tick or change
	undoable bool               // an undo would take something back

	sel   int    // selected row, an index into show.Acts; -1 with no acts
	selID string // the selected act, followed across moves and changes
	off   int    // first row of the running order on screen
	w, h  int

	focus focus
	form  *actForm
	note  textinput.Model

	messageLine

	cues writeQueue[program.Cue, cueResult]
	// waiting are keys pressed while a cue is on its way, handled in order
	// once its answer is in (see Update).
	waiting []tea.KeyPressMsg

	// introOff is the first line of the next act's intro on screen, when
	// it is longer than its room; introAct is the act it is of, and a new
	// act on standby starts at its top.
	introOff int
	introAct string
	wraps    map[wrapKey][]string // the acts' texts as last wrapped (actLines)

	calls    callsList // l: every call, with who is missing
	bigClock bool      // t: the live act's time in block digits, the whole body

	restarting bool        // R in a rehearsal asks whether to start it again
	noShows    noShowWatch // who of the acts marked no-show signs in

	// p shows one act's contact in full until revealUntil.
	reveal      string // the act's id; "" when every number is masked
	revealUntil time.Time
	revealMsg   string // the message that shows it, taken away with it

	// The bell rings when a tick sees the live act cross its planned end.
	bellAct  string // the live act seen by the last tick
	bellLeft bool   // it had time left then
}

func newStage(e *env) *stage {
	s := &stage{env: e, keys: DefaultStageKeyMap(e.t), sel: -1}
	s.cues = newWriteQueue(func(c program.Cue) (cueResult, error) { return writeCue(e.b, c) })
	s.note = textinput.New()
	s.note.Prompt = e.t.Stage.NotePrompt
	s.note.CharLimit = program.MaxNote
	s.restyle()
	s.refresh()
	s.selectStandby()
	return s
}

// Name is the tab's label.
func (s *stage) Name() string { return s.env.t.Common.TabStage }

// Focus is where the Stage sends keys.
func (s *stage) Focus() focus { return s.focus }

// Keys are the Stage's bindings, some disabled by the state of the show;
// while the list of calls is open, its own.
func (s *stage) Keys() help.KeyMap {
	switch {
	case s.calls.open:
		return callsKeys{&s.keys}
	case s.bigClock:
		return clockKeys{&s.keys}
	}
	return s.keys
}

// SetSize gives the body's size.
func (s *stage) SetSize(w, h int) {
	s.w, s.h = w, h
	s.note.SetWidth(max(w-width(s.note.Prompt)-1, 1))
	if s.form != nil {
		s.form.resize(s.formSize())
	}
	s.scroll()
	s.gate()
}

// QuitWarning asks before quitting while an act is on stage.
func (s *stage) QuitWarning() string {
	if a := s.show.Live(); a != nil {
		return fmt.Sprintf(s.env.t.Common.QuitLive, s.actText(a, a.Title))
	}
	return ""
}

// Message is the latest message, styled, or the question R asks.
func (s *stage) Message() string {
	if s.restarting {
		return s.restartQuestion()
	}
	return s.messageLine.render(s.env.styles)
}

// Update handles the clock, changes to the event, the answers to cues and
// keys; a form or the note box gets every message while it is open.
//
// A key that sends a cue, pressed while the cue before it is on its way to
// disk, waits for that cue's answer, and every key after it waits with it:
// it is judged on the show as that cue leaves it. h right after space holds
// the act the GO starts; judged on the show as drawn, before the GO's
// answer, it would be refused (nothing on stage) and the refusal at once
// covered by the GO's own message, a hold lost without a word.
func (s *stage) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok && (len(s.waiting) > 0 || !s.cues.idle() && s.focus == focusMain && s.asksCue(k)) {
		s.waiting = append(s.waiting, k)
		return nil
	}
	return s.handle(msg)
}

// asksCue says whether k is a key that sends a cue, whether or not it
// applies now.
func (s *stage) asksCue(k tea.KeyPressMsg) bool {
	for _, b := range s.keys.cueKeys() {
		if slices.Contains(b.Keys(), k.String()) {
			return true
		}
	}
	return false
}

// handleWaiting handles the keys that waited for a cue's answer, until one
// of them sends a cue in its turn.
func (s *stage) handleWaiting() tea.Cmd {
	var cmds []tea.Cmd
	for len(s.waiting) > 0 && s.cues.idle() {
		k := s.waiting[0]
		s.waiting = s.waiting[1:]
		cmds = append(cmds, s.handle(k))
	}
	return tea.Batch(cmds...)
}

func (s *stage) handle(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tickMsg:
		s.derive()
		s.askWho()
		s.hidePhone()
		// Alerts come and go with the clock, and p follows them.
		s.gate()
		return s.bell()
	case changedMsg:
		s.refresh()
		return nil
	case styleMsg:
		s.restyle()
		if s.form != nil {
			s.form.restyle(s.env.styles)
		}
		return nil
	case cueDoneMsg:
		return s.cueDone(msg)
	}
	switch s.focus {
	case focusForm:
		return s.updateForm(msg)
	case focusInput:
		return s.updateNote(msg)
	}
	if msg, ok := msg.(tea.KeyPressMsg); ok {
		return s.key(msg)
	}
	return nil
}

// restyle gives the note box the app's styles.
func (s *stage) restyle() {
	sty := s.env.styles
	ts := textinput.Styles{Cursor: textinput.CursorStyle{Color: sty.Cursor, Shape: tea.CursorBlock, Blink: true}}
	ts.Focused.Prompt = sty.Label.Style
	ts.Focused.Placeholder = sty.Faint.Style
	ts.Blurred = ts.Focused
	s.note.SetStyles(ts)
}

// refresh takes a new snapshot from the backend and puts the selection back
// on the act it was on.
func (s *stage) refresh() {
	s.show = s.env.b.Show()
	_, s.undoable = s.env.b.LastUndoable()
	if i := s.show.Find(s.selID); s.selID != "" && i >= 0 {
		s.sel = i
	} else {
		s.sel = min(max(s.sel, 0), len(s.show.Acts)-1)
	}
	s.derive()
	s.watchNoShows()
	s.calls.who = nil
	s.askWho()
	if i := s.show.NextIdx(); i < 0 || s.show.Acts[i].ID != s.introAct {
		s.introOff, s.introAct = 0, ""
		if i >= 0 {
			s.introAct = s.show.Acts[i].ID
		}
	}
	s.setSel(s.sel)
	s.gate()
}

// selectStandby puts the selection on the act on standby, or the live act.
func (s *stage) selectStandby() {
	switch {
	case s.show.NextIdx() >= 0:
		s.setSel(s.show.NextIdx())
	case s.show.LiveIdx >= 0:
		s.setSel(s.show.LiveIdx)
	}
	s.gate()
}

func (s *stage) setSel(i int) {
	if i < 0 || i >= len(s.show.Acts) {
		s.sel, s.selID = -1, ""
		if len(s.show.Acts) > 0 {
			s.sel, s.selID = 0, s.show.Acts[0].ID
		}
	} else {
		s.sel, s.selID = i, s.show.Acts[i].ID
	}
	s.scroll()
}

func (s *stage) selected() *program.ActState {
	if s.sel < 0 || s.sel >= len(s.show.Acts) {
		return nil
	}
	return &s.show.Acts[s.sel]
}

// bell rings the terminal bell once when a tick sees the live act go from
// time left to none: never for an act already over its time at start-up.
func (s *stage) bell() tea.Cmd {
	onStage := s.show.Live()
	if onStage == nil {
		s.bellAct = ""
		return nil
	}
	left := s.show.Remaining(s.env.now) > 0
	if onStage.ID != s.bellAct {
		s.bellAct, s.bellLeft = onStage.ID, left
		return nil
	}
	ring := s.bellLeft && !left
	s.bellLeft = left
	if ring {
		return tea.Raw("\a")
	}
	return nil
}

// gate enables the keys that apply now and remembers why the others do
// not, to say so when one is pressed anyway.
func (s *stage) gate() {
	for _, g := range s.gates() {
		g.b.SetEnabled(g.why == "")
	}
	// esc is the key people press to get out of anything: with nothing to
	// let be, it says nothing.
	s.keys.LetBe.SetEnabled(len(s.noShows.arrivals) > 0)
	h := s.env.t.Stage.KeyHold
	if s.show.Holding() {
		h = s.env.t.Stage.KeyResume
	}
	s.keys.Hold.SetHelp("h", h)
	if s.env.rehearsal {
		s.keys.Rehearse.SetHelp("R", s.env.t.Stage.KeyRestart)
	}
}

// gateRule is a key and why it does not apply now ("" when it does).
type gateRule struct {
	b   *key.Binding
	why string
}

func (s *stage) gates() []gateRule {
	t := s.env.t.Stage
	k := &s.keys
	show := s.show
	a := s.selected()
	onStage := show.Live()

	pending, out := t.NoSelection, t.NoSelection
	up, down, edit := t.NoSelection, t.NoSelection, t.NoSelection
	if a != nil {
		pending, out, edit = "", "", ""
		if !a.Status.Pending() {
			pending = t.ErrNotPending
		}
		if !a.Status.Pending() && !a.Status.Out() {
			out = t.ErrNotPending
		}
		if a.Status == program.Done {
			edit = t.ErrDone
		}
		canMove := func(s program.Status) bool { return s.Pending() || s.Out() }
		movable := ""
		if !canMove(a.Status) {
			movable = t.ErrCannotMove
		}
		up, down = movable, movable
		if up == "" && (s.sel == 0 || !canMove(show.Acts[s.sel-1].Status)) {
			up = t.ErrCannotMove
		}
		if down == "" && (s.sel == len(show.Acts)-1 || !canMove(show.Acts[s.sel+1].Status)) {
			down = t.ErrCannotMove
		}
	}
	var goWhy, more, less, hold string
	switch {
	case show.Phase() == program.Over:
		goWhy = t.ErrFinished
	case onStage == nil && show.NextIdx() < 0:
		goWhy = t.NoActs
	}
	if onStage == nil {
		more, less = t.ErrNothingLive, t.ErrNothingLive
	} else if onStage.Length()-time.Minute < time.Minute {
		less = t.ErrTooShort
	}
	if onStage == nil && !show.Holding() {
		hold = t.ErrNothingLive
	}
	undo := ""
	if !s.undoable {
		undo = t.ErrNothingToUndo
	}
	var nav string
	if len(show.Acts) == 0 {
		nav = t.NoActs
	}
	intro := ""
	if s.h > 0 {
		if _, p := s.layout(); !p.intro.cut() {
			intro = t.IntroWhole
		}
	}
	calls, arrived := "", ""
	if len(s.d.alerts) == 0 && len(s.noShows.arrivals) == 0 {
		calls = t.CallsNone
	}
	if len(s.noShows.arrivals) == 0 {
		arrived = t.ErrNoArrival
	}
	_, rehearse := s.rehearsal()
	here, phone := "", ""
	if s.candidate() == nil {
		here = t.ErrNoSuggestion
	}
	if s.phoneTarget() == nil {
		phone = t.ErrNoContact
	}
	return []gateRule{
		{&k.Up, nav}, {&k.Down, nav},
		{&k.Go, goWhy},
		{&k.Called, pending}, {&k.Ready, pending},
		{&k.Skip, out}, {&k.NoShow, out},
		{&k.MoveUp, up}, {&k.MoveDown, down},
		{&k.More, more}, {&k.Less, less},
		{&k.Hold, hold},
		{&k.Undo, undo},
		{&k.Edit, edit},
		{&k.Add, ""}, {&k.Note, ""},
		{&k.MoveHere, here}, {&k.Phone, phone},
		{&k.IntroUp, intro}, {&k.IntroDown, intro},
		{&k.Calls, calls},
		{&k.PutBack, arrived},
		{&k.Rehearse, rehearse},
	}
}

// key handles a key on the running order.
func (s *stage) key(msg tea.KeyPressMsg) tea.Cmd {
	if s.restarting {
		return s.restartKey(msg)
	}
	if s.calls.open {
		return s.callsKey(msg)
	}
	if s.bigClock && s.clockKey(msg) {
		return nil
	}
	k := s.keys
	a := s.selected()
	switch {
	case key.Matches(msg, k.Up):
		s.setSel(s.sel - 1)
		s.gate()
	case key.Matches(msg, k.Down):
		s.setSel(min(s.sel+1, len(s.show.Acts)-1))
		s.gate()
	case key.Matches(msg, k.Go):
		return s.send(program.Cue{Kind: program.KindGo})
	case key.Matches(msg, k.Called):
		return s.send(program.Cue{Kind: program.KindCalled, Act: a.ID})
	case key.Matches(msg, k.Ready):
		return s.send(program.Cue{Kind: program.KindReady, Act: a.ID})
	case key.Matches(msg, k.Skip):
		return s.send(program.Cue{Kind: toggle(a, program.KindSkip), Act: a.ID})
	case key.Matches(msg, k.NoShow):
		return s.send(program.Cue{Kind: toggle(a, program.KindNoShow), Act: a.ID})
	case key.Matches(msg, k.MoveUp):
		return s.send(program.Cue{Kind: program.KindMove, Act: a.ID, Delta: -1})
	case key.Matches(msg, k.MoveDown):
		return s.send(program.Cue{Kind: program.KindMove, Act: a.ID, Delta: 1})
	case key.Matches(msg, k.More):
		return s.send(program.Cue{Kind: program.KindTime, Act: s.show.Live().ID, Delta: 60})
	case key.Matches(msg, k.Less):
		return s.send(program.Cue{Kind: program.KindTime, Act: s.show.Live().ID, Delta: -60})
	case key.Matches(msg, k.Hold):
		if s.show.Holding() {
			return s.send(program.Cue{Kind: program.KindResume})
		}
		return s.send(program.Cue{Kind: program.KindHold})
	case key.Matches(msg, k.Undo):
		return s.send(program.Cue{Kind: program.KindUndo})
	case key.Matches(msg, k.Edit):
		return s.openForm(a)
	case key.Matches(msg, k.Add):
		return s.openForm(nil)
	case key.Matches(msg, k.Note):
		s.focus = focusInput
		s.note.Reset()
		return s.note.Focus()
	case key.Matches(msg, k.MoveHere):
		if c := s.moveHere(); c != nil {
			return s.send(*c)
		}
	case key.Matches(msg, k.Phone):
		s.showPhone()
	case key.Matches(msg, k.IntroUp):
		s.scrollIntro(-1)
	case key.Matches(msg, k.IntroDown):
		s.scrollIntro(1)
	case key.Matches(msg, k.Calls):
		s.openCalls()
	case key.Matches(msg, k.Clock):
		s.bigClock = true
	case key.Matches(msg, k.Rehearse):
		return s.rehearseKey()
	case key.Matches(msg, k.PutBack):
		if c := s.putBack(); c != nil {
			return s.send(*c)
		}
	case key.Matches(msg, k.LetBe):
		s.letBe()
		s.gate()
	default:
		// A key that does not apply now says why instead of doing nothing.
		for _, g := range s.gates() {
			if g.why != "" && slices.Contains(g.b.Keys(), msg.String()) {
				s.say(g.why, true)
				return nil
			}
		}
	}
	return nil
}

// toggle gives the cue s or n sends: back into the running order for an act
// that is out, else out with kind.
func toggle(a *program.ActState, kind program.Kind) program.Kind {
	if a.Status.Out() {
		return program.KindRestore
	}
	return kind
}

// openForm opens the edit form for a, or the add form when a is nil.
func (s *stage) openForm(a *program.ActState) tea.Cmd {
	after := s.selected()
	fw, _ := s.formSize()
	s.form = newActForm(s.env, a, after, fw)
	s.focus = focusForm
	return s.form.open(s.formSize())
}

func (s *stage) updateForm(msg tea.Msg) tea.Cmd {
	cmd, done, saved := s.form.step(msg)
	if !done {
		return cmd
	}
	form := s.form
	s.form, s.focus = nil, focusMain
	if !saved {
		return nil
	}
	c, err := form.cue()
	if err != nil {
		s.say(s.env.t.Stage.BadDuration, true)
		return nil
	}
	return s.send(c)
}

func (s *stage) updateNote(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, s.env.keys.Cancel):
			s.focus = focusMain
			s.note.Blur()
			return nil
		case key.Matches(k, s.env.keys.Save):
			text := trimNote(s.note.Value())
			s.focus = focusMain
			s.note.Blur()
			if text == "" {
				s.say(s.env.t.Stage.ErrEmptyNote, true)
				return nil
			}
			return s.send(program.Cue{Kind: program.KindNote, Text: text})
		}
	}
	var cmd tea.Cmd
	s.note, cmd = s.note.Update(msg)
	return cmd
}
