package tui

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"

	"eventday/program"
)

// rehearsalHarness is the app on b with R wired to asked, which records
// each wish for a rehearsal (true: from the top).
func rehearsalHarness(t *testing.T, b *fakeBackend, rehearsal bool, lang string, asked *[]bool) *harness {
	t.Helper()
	opts := Options{Lang: lang, Rehearsal: rehearsal, Rehearse: func(fresh bool) { *asked = append(*asked, fresh) }}
	return newHarnessOn(t, b, b, opts, 80, 24)
}

// TestRehearsalSaysSoOnEveryScreen: in a rehearsal the top line of every
// view starts with the tag, reversed so that it stands out with colour and
// without; the Summary does not export it.
func TestRehearsalSaysSoOnEveryScreen(t *testing.T) {
	for _, tc := range []struct{ lang, tag, noExport string }{
		{"en", " REHEARSAL ", "A rehearsal is not exported"},
		{"zh", " 排练 ", "排练不导出"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			var asked []bool
			h := rehearsalHarness(t, liveShow(t), true, tc.lang, &asked)
			for range 3 {
				if top := strings.Split(h.view(), "\n")[0]; !strings.HasPrefix(top, tc.tag) {
					t.Errorf("view %d: top line %q does not start with %q", h.a.active, top, tc.tag)
				}
				h.press("tab")
			}
			h.press("tab", "tab", "x")
			mustContain(t, h.view(), tc.noExport)
			for _, p := range []colorprofile.Profile{colorprofile.Ascii, colorprofile.ANSI256} {
				h.send(tea.ColorProfileMsg{Profile: p})
				top := strings.Split(h.view(), "\n")[0]
				m := regexp.MustCompile(`\x1b\[([0-9;]*)m` + regexp.QuoteMeta(tc.tag)).FindStringSubmatch(top)
				if m == nil || !slices.Contains(strings.Split(m[1], ";"), "7") {
					t.Errorf("profile %v: the tag is not reversed: %q", p, top)
				}
			}
		})
	}
}

// TestRehearsalOfferedOffTheDay: on another day than the event's, before
// the show, the first screen offers R for a rehearsal, and R asks for one;
// on the event's day, or once the show has started, R says why not.
func TestRehearsalOfferedOffTheDay(t *testing.T) {
	plan := mayDay()
	b := newFakeBackend(plan, time.Date(2025, 4, 28, 19, 30, 0, 0, plan.Location))
	var asked []bool
	h := rehearsalHarness(t, b, false, "zh", &asked)
	mustContain(t, h.view(), "今天不是活动日（2025-05-01）：按 R 开始排练，排练不记入正式记录", "R 排练")
	h.press("R")
	if len(asked) != 1 || asked[0] || !h.quit {
		t.Fatalf("R off the event day: asked %v, quit %v; want one rehearsal, not fresh, and the app to quit", asked, h.quit)
	}

	asked = nil
	onTheDay := rehearsalHarness(t, notStarted(t), false, "en", &asked)
	if strings.Contains(onTheDay.view(), "starts a rehearsal") {
		t.Error("a rehearsal is offered on the event's day")
	}
	onTheDay.press("R")
	mustContain(t, onTheDay.view(), "Today is the event day: R is not offered")
	onTheDay.press("space")
	onTheDay.b.advance(3 * time.Second)
	onTheDay.press("R")
	mustContain(t, onTheDay.view(), "The show has started: this is its record.")
	if len(asked) != 0 || onTheDay.quit {
		t.Errorf("R on the event's day asked for a rehearsal (%v) or quit (%v)", asked, onTheDay.quit)
	}
}

// TestRehearsalStartsAgain: in a rehearsal R asks whether to start it again
// from the top; n goes on, y starts it again.
func TestRehearsalStartsAgain(t *testing.T) {
	b := notStarted(t)
	b.must(t, program.Cue{Kind: program.KindGo})
	var asked []bool
	h := rehearsalHarness(t, b, true, "en", &asked)
	mustContain(t, h.view(), "Rehearsal, not the show's record: timed from the first GO · R starts it again")
	h.press("R")
	mustContain(t, h.view(), "Rehearse again from the top? This run is kept aside.  y start again · n go on")
	h.press("space") // not an answer: the question stays, nothing happens
	h.press("n")
	if len(asked) != 0 || h.quit {
		t.Fatalf("n: asked %v, quit %v", asked, h.quit)
	}
	if b.Show().LiveIdx != 0 {
		t.Error("space during the question moved the show on")
	}
	h.press("R", "y")
	if len(asked) != 1 || !asked[0] || !h.quit {
		t.Fatalf("R y: asked %v, quit %v; want a fresh rehearsal and the app to quit", asked, h.quit)
	}
}
