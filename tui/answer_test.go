package tui

import (
	"strings"
	"testing"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"
)

// TestGoThenQuickTab is the space, tab, shift+tab, h of a stage manager who
// tabs away before the GO is on disk: the GO's answer comes while the Desk
// is in front, and the hold after it must still be written and said.
func TestGoThenQuickTab(t *testing.T) {
	b := notStarted(t)
	h := newHarness(t, b, "en", 80, 24)
	h.holdCommands()
	h.press("space", "tab") // the GO is written after the tab
	h.deliverAll()
	h.press("shift+tab")
	mustContain(t, h.view(), "[Stage]", "GO: ")
	h.press("h")
	h.deliverAll()
	if b.cues != 2 || !b.Show().Holding() || b.Show().Live() == nil {
		t.Fatalf("after space, tab, shift+tab, h: %d cues written, live %v, holding %v; want the GO and the hold",
			b.cues, b.Show().Live() != nil, b.Show().Holding())
	}
	mustContain(t, h.view(), "The show is on hold")
	if s := h.stage(); !s.cues.idle() {
		t.Errorf("the Stage still waits for ticket %d", s.cues.flying)
	}
}

// TestKeysWaitForTheCueOnItsWay: h pressed right after space, before the
// GO's answer, holds the act the GO starts; judged on the show as drawn it
// was refused (nothing on stage) and the refusal at once covered by the
// GO's message. A second h right after the first resumes.
func TestKeysWaitForTheCueOnItsWay(t *testing.T) {
	b := notStarted(t)
	h := newHarness(t, b, "en", 80, 24)
	h.holdCommands()
	h.press("space", "h")
	h.deliverAll()
	if b.cues != 2 || !b.Show().Holding() {
		t.Fatalf("after space and h at once: %d cues, holding %v; want the GO and the hold", b.cues, b.Show().Holding())
	}
	mustContain(t, h.view(), "The show is on hold")
	h.press("h", "h") // resume, hold
	h.deliverAll()
	if b.cues != 4 || !b.Show().Holding() {
		t.Fatalf("after h and h at once: %d cues, holding %v; want the resume and the hold again", b.cues, b.Show().Holding())
	}
	// A second GO at once is judged after the first: too soon, and said.
	h.press("h")
	h.tick(3 * time.Second)
	h.press("space", "space")
	h.deliverAll()
	if b.cues != 6 {
		t.Fatalf("%d cues, want the resume and one GO", b.cues)
	}
	mustContain(t, h.view(), "Second GO within 2 seconds ignored.")
	if s := h.stage(); len(s.waiting) > 0 || !s.cues.idle() {
		t.Errorf("%d keys still wait", len(s.waiting))
	}
}

// probeView is a stand-in view that asks for answers: each key it gets
// returns a command answering probeMsg, alone, in a batch and in a
// sequence, as the views' own commands, huh's and the cursor's do.
type probeView struct {
	typingView
	name string
	got  []string
}

type probeMsg struct{ text string }

func (v *probeView) Name() string { return v.name }
func (v *probeView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case probeMsg:
		v.got = append(v.got, msg.text)
	case tea.KeyPressMsg:
		say := func(s string) tea.Cmd { return func() tea.Msg { return probeMsg{v.name + ":" + s} } }
		return tea.Batch(say("alone"), tea.Batch(say("b1"), say("b2")), tea.Sequence(say("s1"), say("s2")))
	}
	return nil
}
func (v *probeView) Focus() focus      { return focusText }
func (v *probeView) Keys() help.KeyMap { return v.typingView.Keys() }

// TestAnswersGoToWhoAsked: whatever a view's command answers reaches that
// view, whichever view is in front when it comes and in whatever order the
// answers come; no other view sees it.
func TestAnswersGoToWhoAsked(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	one, two := &probeView{name: "one"}, &probeView{name: "two"}
	h.a.views = []view{one, two}
	h.holdCommands()
	h.press("a") // one asks
	h.press("tab")
	h.press("b") // two asks
	h.press("tab")
	// The newest first, then the rest; sequences keep their order.
	for len(h.held) > 0 {
		h.deliver(len(h.held) - 1)
	}
	for _, v := range []*probeView{one, two} {
		if len(v.got) != 5 {
			t.Errorf("%s got %q, want its five answers", v.name, v.got)
		}
		s1, s2 := -1, -1
		for i, g := range v.got {
			if g[:len(v.name)] != v.name {
				t.Errorf("%s got %q, an answer for another view", v.name, g)
			}
			switch g[len(v.name)+1:] {
			case "s1":
				s1 = i
			case "s2":
				s2 = i
			}
		}
		if s1 < 0 || s2 < s1 {
			t.Errorf("%s got the sequence out of order: %q", v.name, v.got)
		}
	}
	if h.reordered == 0 || h.late == 0 {
		t.Errorf("nothing was delivered late (%d) or out of order (%d): the test proves nothing", h.late, h.reordered)
	}
}

// TestBubbleteaMessagesPassThrough: what a view's command answers for the
// program itself (the bell, quit) is not held back for the view.
func TestBubbleteaMessagesPassThrough(t *testing.T) {
	for _, msg := range []tea.Msg{tea.QuitMsg{}, tea.RawMsg{Msg: "\a"}} {
		if got := addressed(1, msg); got != msg {
			t.Errorf("addressed(%#v) = %#v, want it as it was", msg, got)
		}
	}
	if a, ok := addressed(1, cueDoneMsg{ticket: 3}).(answer); !ok || a.to != 1 {
		t.Errorf("a cue's answer went out as %#v", a)
	}
}

// TestEveryWriteAfterAQuickTab takes every key that writes, on each view,
// and tabs away before its answer: back on the view, the write is done and
// said, and the view's queue waits for nothing. The forms and the note box
// are filled first; only what their last key starts is held.
func TestEveryWriteAfterAQuickTab(t *testing.T) {
	for _, c := range []struct {
		name  string
		view  int
		fill  []string // keys before the one that writes, not held; "type:..." types text
		write string
		away  []string // where the user goes before the answer
		done  func(df *deskFake) bool
		said  string
	}{
		{"GO", 0, nil, "space", []string{"tab"}, func(df *deskFake) bool { return df.Show().Live() != nil }, "GO: "},
		{"hold", 0, []string{"space"}, "h", []string{"shift+tab"}, func(df *deskFake) bool { return df.Show().Holding() }, "The show is on hold"},
		{"note", 0, []string{"i", "type:mic 2 dead"}, "enter", []string{"tab", "tab"},
			func(df *deskFake) bool { return len(df.Show().Notes) == 1 }, "Incident note saved"},
		{"edit form", 0, []string{"down", "e", "ctrl+u", "type:红绸舞", "enter", "enter", "enter", "enter", "enter"}, "enter", []string{"tab"},
			func(df *deskFake) bool { show := df.Show(); return show.Acts[show.Find("fan")].Title == "红绸舞" }, "红绸舞 changed"},
		{"add form", 0, []string{"a", "type:Lion dance", "enter", "enter", "type:4:30", "enter", "enter", "enter"}, "enter", []string{"shift+tab"},
			func(df *deskFake) bool { return len(df.Show().Acts) == 10 }, "Lion dance added"},
		{"sign-in", 1, []string{"type:单志"}, "enter", []string{"tab"}, func(df *deskFake) bool { return df.totals().People == 1 }, "signed in: 单志刚"},
		{"count", 1, []string{"type:+3"}, "enter", []string{"shift+tab"}, func(df *deskFake) bool { return df.totals().People == 3 }, "counted: 3"},
		{"walk-in form", 1, []string{"ctrl+n", "type:钱阿姨", "enter", "enter", "enter", "enter"}, "enter", []string{"tab", "tab"},
			func(df *deskFake) bool { return df.totals().WalkIns == 1 }, "walk-in signed in: 钱阿姨"},
		{"undo", 1, []string{"type:+2", "enter"}, "ctrl+z", []string{"tab"}, func(df *deskFake) bool { return df.totals().People == 0 }, "undid: 2 anonymous"},
		{"export", 2, nil, "x", []string{"tab"}, func(*deskFake) bool { return true }, "Exported to /e/export: attendance.json"},
	} {
		t.Run(c.name, func(t *testing.T) {
			plan := mayDay()
			fb := newFakeBackend(plan, time.Date(2025, 5, 1, 13, 55, 0, 0, plan.Location))
			df := newDeskFake(t, fb, deskPeople())
			exports := 0
			export := func() ([]string, error) { exports++; return []string{"/e/export/attendance.json"}, nil }
			h := newHarnessOn(t, df, fb, Options{Lang: "en", Export: export}, 80, 24)
			for range c.view {
				h.press("tab")
			}
			for _, k := range c.fill {
				if text, ok := strings.CutPrefix(k, "type:"); ok {
					h.typeText(text)
				} else {
					h.press(k)
				}
			}
			h.holdCommands()
			h.press(c.write)
			// A form closes on its own message, which comes at once.
			h.deliverUntil(func() bool { return h.a.focus() == focusMain || h.a.focus() == focusText })
			h.press(c.away...)
			if h.a.active == c.view {
				t.Fatal("the test did not leave the view")
			}
			h.deliverAll()
			for h.a.active != c.view {
				h.press("tab")
			}
			if !c.done(df) || c.name == "export" && exports != 1 {
				t.Fatalf("%s was not written:\n%s", c.write, h.view())
			}
			mustContain(t, h.view(), c.said)
			idle := map[int]bool{0: h.stage().cues.idle(), 1: h.desk().writes.idle(), 2: h.summary().exports.idle()}
			if !idle[c.view] {
				t.Errorf("the view still waits for an answer")
			}
		})
	}
}
