package tui

import (
	"reflect"
	"runtime"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// harness drives an App the way bubbletea would: it hands a message to
// Update and runs the commands that come back, feeding their messages in
// turn. Commands that block (the clock tick, a cursor blink, the wait for
// changes) are given up on after a short while; tests send tickMsg
// themselves and move the fake clock.
//
// After holdCommands, commands are not run when Update returns them but kept, and
// the test delivers them when and in which order it likes (deliver,
// deliverAll) while more keys come in: bubbletea runs each command in a
// goroutine of its own, so their messages may come in any order, and after
// any number of keys. Only what one tea.Sequence runs keeps its order.
type harness struct {
	t    testing.TB
	a    *App
	b    *fakeBackend
	bell int  // terminal bells rung
	quit bool // tea.Quit was returned

	hold bool
	held []heldCmd
	seen int // messages handed to Update so far
	// patience is how long a command may take before it counts as one that
	// blocks, a cursor's blink or the clock, and is given up on; 25ms when
	// zero. A test that holds no blinking cursor waits longer, for a write
	// that fsyncs on a busy machine.
	patience time.Duration

	// What holding did, for a test to report.
	late      int // messages delivered after another message came in first
	reordered int // messages delivered before one held earlier
	clocks    int // the root's clock and change waits, set aside
	blocked   int // commands that did not answer in time, dropped
}

// heldCmd is a command kept for later: one, or what is left of a sequence,
// in order.
type heldCmd struct {
	cmds []tea.Cmd
	seen int // h.seen when it was kept
}

func newHarness(t testing.TB, b *fakeBackend, lang string, w, h int) *harness {
	t.Helper()
	return newHarnessOn(t, b, b, Options{Lang: lang}, w, h)
}

// newHarnessOn drives an App on any Backend; fb is the fake whose clock
// tick moves, nil when the backend has its own clock.
func newHarnessOn(t testing.TB, b Backend, fb *fakeBackend, opts Options, w, h int) *harness {
	t.Helper()
	a := New(b, opts)
	t.Cleanup(a.Close)
	a.mode = colourPlain
	a.restyle()
	hs := &harness{t: t, a: a, b: fb}
	hs.send(styleMsg{})
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	h.seen++
	_, cmd := h.a.Update(msg)
	h.after(cmd, 0)
}

// after runs what Update returned, or keeps it while holding.
func (h *harness) after(cmd tea.Cmd, depth int) {
	h.t.Helper()
	if !h.hold {
		h.run(cmd, depth)
		return
	}
	h.keep(cmd)
}

func (h *harness) keep(cmds ...tea.Cmd) {
	var live []tea.Cmd
	for _, c := range cmds {
		if c != nil {
			live = append(live, c)
		}
	}
	if len(live) == 0 {
		return
	}
	if len(live) == 1 && isClock(live[0]) {
		// It would answer after a second, or after a change: the test
		// sends tickMsg and changedMsg itself.
		h.clocks++
		return
	}
	h.held = append(h.held, heldCmd{cmds: live, seen: h.seen})
}

// isClock tells the root's own waiting commands, tick and waitChange, by
// the name of their code: not by its address, since the compiler makes a
// copy of a closure wherever it inlines the function that makes it.
func isClock(c tea.Cmd) bool {
	name := runtime.FuncForPC(reflect.ValueOf(c).Pointer()).Name()
	for _, f := range []string{".tick.", ".waitChange.", "bubbletea/v2.Every."} {
		if strings.Contains(name, f) {
			return true
		}
	}
	return false
}

// holdCommands makes the harness keep commands from now on.
func (h *harness) holdCommands() { h.hold = true }

// deliver runs held command i and hands its message to Update; the rest of
// a sequence waits its turn as a held command of its own.
func (h *harness) deliver(i int) {
	h.t.Helper()
	e := h.held[i]
	h.held = append(h.held[:i], h.held[i+1:]...)
	if i > 0 {
		h.reordered++
	}
	if h.seen > e.seen {
		h.late++
	}
	if len(e.cmds) > 1 {
		h.held = append(h.held, heldCmd{cmds: e.cmds[1:], seen: e.seen})
	}
	msg, ok := h.call(e.cmds[0])
	if !ok {
		h.blocked++
		return
	}
	h.handle(msg, 0)
}

// deliverAll delivers what is held, oldest first, and what that brings,
// until nothing is held.
func (h *harness) deliverAll() {
	h.t.Helper()
	for n := 0; len(h.held) > 0; n++ {
		if n > 10000 {
			h.t.Fatal("commands keep making commands")
		}
		h.deliver(0)
	}
}

// deliverUntil delivers what is held, oldest first, until ok says so.
func (h *harness) deliverUntil(ok func() bool) {
	h.t.Helper()
	for n := 0; !ok(); n++ {
		if len(h.held) == 0 || n > 10000 {
			h.t.Fatal("nothing held brings what the test waits for")
		}
		h.deliver(0)
	}
}

// call runs a command, giving up on one that blocks.
func (h *harness) call(cmd tea.Cmd) (tea.Msg, bool) {
	patience := h.patience
	if patience == 0 {
		patience = 25 * time.Millisecond
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	select {
	case msg := <-ch:
		return msg, true
	case <-time.After(patience):
		return nil, false
	}
}

func (h *harness) run(cmd tea.Cmd, depth int) {
	h.t.Helper()
	if cmd == nil {
		return
	}
	if depth > 64 {
		h.t.Fatal("commands keep making commands")
	}
	msg, ok := h.call(cmd)
	if !ok {
		return
	}
	h.handle(msg, depth)
}

// handle does with a command's message what bubbletea does: the bell and
// quit for the program, batches and sequences run, the rest to Update.
func (h *harness) handle(msg tea.Msg, depth int) {
	h.t.Helper()
	switch m := msg.(type) {
	case nil:
		return
	case tea.RawMsg:
		if m.Msg == "\a" {
			h.bell++
		}
		return
	case tea.QuitMsg:
		h.quit = true
		return
	case tea.BatchMsg:
		if h.hold {
			// Each runs on its own: any order.
			for _, c := range m {
				h.keep(c)
			}
			return
		}
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().ConvertibleTo(cmdSlice) {
		cmds := v.Convert(cmdSlice).Interface().([]tea.Cmd)
		if h.hold {
			// A sequence: in order, one at a time.
			h.keep(cmds...)
			return
		}
		// tea.Batch and tea.Sequence: run in order, which is one of the
		// orders bubbletea may choose.
		for _, c := range cmds {
			h.run(c, depth+1)
		}
		return
	}
	h.seen++
	_, next := h.a.Update(msg)
	h.after(next, depth+1)
}

// press sends keys by name: "space", "up", "shift+up", "enter", "esc",
// "tab", "ctrl+c", or a single character.
func (h *harness) press(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyMsg(k))
	}
}

// typeText types each character of s.
func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	named := map[string]tea.KeyPressMsg{
		"space":      {Code: tea.KeySpace, Text: " "},
		"up":         {Code: tea.KeyUp},
		"down":       {Code: tea.KeyDown},
		"shift+up":   {Code: tea.KeyUp, Mod: tea.ModShift},
		"shift+down": {Code: tea.KeyDown, Mod: tea.ModShift},
		"enter":      {Code: tea.KeyEnter},
		"esc":        {Code: tea.KeyEscape},
		"tab":        {Code: tea.KeyTab},
		"shift+tab":  {Code: tea.KeyTab, Mod: tea.ModShift},
		"ctrl+c":     {Code: 'c', Mod: tea.ModCtrl},
		"ctrl+u":     {Code: 'u', Mod: tea.ModCtrl},
		"ctrl+j":     {Code: 'j', Mod: tea.ModCtrl},
		"backspace":  {Code: tea.KeyBackspace},
		"pgdown":     {Code: tea.KeyPgDown},
		"pgup":       {Code: tea.KeyPgUp},
	}
	if m, ok := named[k]; ok {
		return m
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// tick moves the fake clock and sends the once-a-second tick.
func (h *harness) tick(d time.Duration) {
	h.t.Helper()
	h.b.advance(d)
	h.send(tickMsg{})
}

func (h *harness) view() string { return h.a.View().Content }

// stage is the Stage view inside the app.
func (h *harness) stage() *stage { return h.a.views[0].(*stage) }

// checkFits fails unless the screen has at most h lines of at most w cells.
func checkFits(t testing.TB, screen string, w, h int) {
	t.Helper()
	lines := strings.Split(screen, "\n")
	if len(lines) > h {
		t.Errorf("%dx%d: %d lines", w, h, len(lines))
	}
	for i, l := range lines {
		if width(l) > w {
			t.Errorf("%dx%d: line %d is %d cells wide: %q", w, h, i+1, width(l), l)
		}
	}
}
