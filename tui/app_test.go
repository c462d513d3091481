package tui

import (
	"testing"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// typingView is a stand-in for a view whose search box always has the
// keys, such as the Desk's.
type typingView struct {
	typed string
	ticks int
}

func (v *typingView) Name() string     { return "Desk" }
func (v *typingView) Header() string   { return "typed: " + v.typed }
func (v *typingView) View() string     { return "search> " + v.typed }
func (v *typingView) SetSize(int, int) {}
func (v *typingView) Focus() focus     { return focusText }
func (v *typingView) Keys() help.KeyMap {
	return StageKeyMap{Go: key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "sign in"))}
}
func (v *typingView) Message() string     { return "" }
func (v *typingView) QuitWarning() string { return "" }
func (v *typingView) Update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		v.typed += msg.Text
	case tickMsg:
		v.ticks++
	}
	return nil
}

func TestSecondViewAndTextFocus(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	desk := &typingView{}
	// The stand-in takes the place of the real Desk and Summary: this is
	// about the root's routing, not about them.
	h.a.views = []view{h.a.views[0], desk}
	mustContain(t, h.view(), "[Stage]", " Desk ")

	h.press("tab")
	mustContain(t, h.view(), "[Desk]", "search> ", "enter sign in", "ctrl+c quit")
	h.typeText("q?hay")
	if desk.typed != "q?hay" || h.quit || h.a.help {
		t.Fatalf("q and ? in a search box: typed %q, quit %v, help %v", desk.typed, h.quit, h.a.help)
	}
	// The stage hears the clock while another tab is shown (for the bell),
	// and so does the desk.
	h.send(tickMsg{})
	if desk.ticks != 1 {
		t.Errorf("the desk got %d ticks", desk.ticks)
	}
	h.press("shift+tab")
	mustContain(t, h.view(), "[Stage]")
	h.press("tab", "tab")
	mustContain(t, h.view(), "[Stage]")
	h.press("tab", "ctrl+c")
	if !h.quit {
		t.Fatal("ctrl+c did not quit from a search box")
	}
}
