package tui

import (
	"reflect"
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
type harness struct {
	t    testing.TB
	a    *App
	b    *fakeBackend
	bell int  // terminal bells rung
	quit bool // tea.Quit was returned
}

func newHarness(t testing.TB, b *fakeBackend, lang string, w, h int) *harness {
	t.Helper()
	a := New(b, Options{Lang: lang})
	t.Cleanup(a.Close)
	a.mode = colourPlain
	a.restyle()
	hs := &harness{t: t, a: a, b: b}
	hs.send(styleMsg{})
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	_, cmd := h.a.Update(msg)
	h.run(cmd, 0)
}

var cmdSlice = reflect.TypeOf([]tea.Cmd(nil))

func (h *harness) run(cmd tea.Cmd, depth int) {
	h.t.Helper()
	if cmd == nil {
		return
	}
	if depth > 64 {
		h.t.Fatal("commands keep making commands")
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(25 * time.Millisecond):
		return
	}
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
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().ConvertibleTo(cmdSlice) {
		// tea.Batch and tea.Sequence: run in order, which is one of the
		// orders bubbletea may choose.
		for _, c := range v.Convert(cmdSlice).Interface().([]tea.Cmd) {
			h.run(c, depth+1)
		}
		return
	}
	_, next := h.a.Update(msg)
	h.run(next, depth+1)
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
		"backspace":  {Code: tea.KeyBackspace},
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
