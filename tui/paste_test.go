package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestPasteIntoEveryTextBox: text pasted into a text box, and a Chinese
// input method's text that arrives as one key with several characters (as
// the Windows console gives it), is typed text in every box: the Desk's
// search, the walk-in form, the incident note and the act forms.
func TestPasteIntoEveryTextBox(t *testing.T) {
	for _, arrive := range []struct {
		name string
		msg  func(string) tea.Msg
	}{
		{"paste", func(s string) tea.Msg { return tea.PasteMsg{Content: s} }},
		{"input method", func(s string) tea.Msg { return tea.KeyPressMsg{Code: tea.KeyExtended, Text: s} }},
	} {
		t.Run(arrive.name+"/walk-in", func(t *testing.T) {
			h, _ := newDeskHarness(t, "zh", 80, 24)
			h.send(ctrl('n'))
			if h.desk().Focus() != focusForm {
				t.Fatal("ctrl+n opened no form")
			}
			h.send(arrive.msg("钱阿姨"))
			mustContain(t, h.view(), "钱阿姨")
		})
		t.Run(arrive.name+"/note", func(t *testing.T) {
			h := newHarness(t, notStarted(t), "zh", 80, 24)
			h.press("i")
			h.send(arrive.msg("二号话筒没声音"))
			h.press("enter")
			if notes := h.b.Show().Notes; len(notes) != 1 || notes[0].Text != "二号话筒没声音" {
				t.Fatalf("notes = %+v", notes)
			}
		})
		t.Run(arrive.name+"/add act", func(t *testing.T) {
			h := newHarness(t, notStarted(t), "zh", 80, 24)
			h.press("a")
			if h.a.focus() != focusForm {
				t.Fatalf("focus %v after a", h.a.focus())
			}
			h.send(arrive.msg("快板《夸家乡》"))
			if v := h.view(); !strings.Contains(v, "快板《夸家乡》") {
				t.Fatalf("the title typed is not in the form:\n%s", v)
			}
		})
	}
}
