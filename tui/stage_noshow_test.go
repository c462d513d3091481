package tui

import (
	"strings"
	"testing"

	"eventday/program"
)

// TestNoShowArrivalIsSaid: when a performer of an act marked no-show
// signs in at the desk, the Stage says who and for which act, whatever
// view is in front: its tab is marked until the stage manager comes back,
// the alert line says it until b puts the act back or esc lets it be.
func TestNoShowArrivalIsSaid(t *testing.T) {
	for _, tc := range []struct{ lang, tab, said, keys string }{
		{"en", " Stage!", " of 武术表演 (no-show) has just signed in: put it back? b yes, esc no", "b put the act back"},
		{"zh", " 舞台!", " 刚刚签到，武术表演 已标为未到：放回节目单吗？b 放回，esc 不放", "b 放回节目单"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			b := liveShowOf(t, mayDay11())
			b.must(t, program.Cue{Kind: program.KindNoShow, Act: "wushu"})
			h := newHarness(t, b, tc.lang, 80, 24)
			h.press("tab") // at the Desk when it happens
			name := b.signInPerformer("wushu")
			h.send(changedMsg{})
			top := strings.Split(h.view(), "\n")[0]
			if !strings.Contains(top, tc.tab) {
				t.Errorf("the Stage's tab is not marked at the Desk: %q", top)
			}
			h.press("shift+tab")
			screen := h.view()
			mustContain(t, screen, "! "+name+tc.said, tc.keys)
			if strings.Contains(strings.Split(screen, "\n")[0], tc.tab) {
				t.Error("the Stage's tab is still marked with the Stage in front")
			}
			h.press("l") // the list of calls says it first
			if lines := strings.Split(h.view(), "\n"); !strings.HasPrefix(lines[4], "! "+name) {
				t.Errorf("the list of calls does not start with the arrival: %q", lines[4])
			}
			h.press("esc")

			h.press("b")
			if got := statusOf(t, b, "wushu"); got != program.Waiting {
				t.Fatalf("after b: %v, want the act back (waiting)", got)
			}
			if strings.Contains(h.view(), name+tc.said) {
				t.Error("the alert stays after the act is back")
			}
		})
	}
}

// TestNoShowArrivalLetBe: esc takes the alert away and leaves the act out;
// a sign-in before the act was marked no-show is not news.
func TestNoShowArrivalLetBe(t *testing.T) {
	b := liveShowOf(t, mayDay11())
	early := b.signInPerformer("wushu")
	b.must(t, program.Cue{Kind: program.KindNoShow, Act: "wushu"})
	h := newHarness(t, b, "en", 80, 24)
	if strings.Contains(h.view(), early+" of 武术表演 (no-show) has just signed in") {
		t.Fatal("a sign-in before the act was marked no-show is said as news")
	}
	name := b.signInPerformer("wushu")
	h.send(changedMsg{})
	mustContain(t, h.view(), name+" of 武术表演 (no-show) has just signed in")
	h.press("esc")
	if strings.Contains(h.view(), "has just signed in") {
		t.Error("esc did not take the alert away")
	}
	if got := statusOf(t, b, "wushu"); got != program.NoShow {
		t.Errorf("esc changed the act: %v", got)
	}
	h.press("b")
	mustContain(t, h.view(), "Nobody of an act marked no-show has signed in since.")
}
