package tui

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"eventday/program"
)

// signInAs types a name, signs in the first person found, and returns the
// line under the box.
func (h *harness) signInAs(name string) string {
	h.t.Helper()
	h.typeText(name)
	h.press("enter")
	if !strings.Contains(h.a.message(), name) {
		h.t.Fatalf("signing in %s: the message line says %q", name, h.a.message())
	}
	return h.underBox()
}

// TestDeskJoinOnIn: a performer signed in is told their act and when it is
// expected on, from the show's expected start, in both languages; the
// minutes count down with the clock.
func TestDeskJoinOnIn(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"en", "太极拳表演 — on in about 19 min: please go to the waiting area"},
		{"zh", "太极拳表演 — 约 19 分钟后上场：请到候场区"},
	} {
		t.Run(c.lang, func(t *testing.T) {
			h, _ := newDeskHarness(t, c.lang, 80, 24)
			// At 14:17:30 nothing has started: the choir (5 min), the fan
			// dance (6) and the sketch (8) come first, so tai chi is
			// expected on at 14:36:30.
			if got := h.signInAs("赵师傅"); got != c.want {
				t.Fatalf("under the box %q, want %q", got, c.want)
			}
			screen := h.view()
			checkFits(t, screen, 80, 24)
			mustContain(t, screen, c.want)
		})
	}
}

// TestDeskJoinCountsDown: the minutes follow the show's clock, and a cue
// from the stage changes what the performer is told.
func TestDeskJoinCountsDown(t *testing.T) {
	h, df := newDeskHarness(t, "en", 100, 30)
	df.must(t, program.Cue{Kind: program.KindGo}) // the choir, 14:17:30
	h.send(changedMsg{})
	mustContain(t, h.signInAs("单志刚"), "太极拳表演 — on in about 19 min")
	h.tick(2 * time.Minute)
	mustContain(t, h.underBox(), "太极拳表演 — on in about 17 min")
	// The choir runs over: tai chi slides later with it, and stays 14
	// minutes (the fan dance and the sketch) away while the choir sings on.
	h.tick(5 * time.Minute)
	mustContain(t, h.underBox(), "on in about 14 min")
	h.tick(time.Minute)
	mustContain(t, h.underBox(), "on in about 14 min")

	// The stage calls tai chi: go to the wings.
	df.must(t, program.Cue{Kind: program.KindCalled, Act: "taichi"})
	h.send(changedMsg{})
	mustContain(t, h.underBox(), "太极拳表演 — being called (on in about 14 min): please go to the wings now")

	// Typing the next name takes the line back for the search.
	h.typeText("w")
	if strings.Contains(h.underBox(), "太极拳表演") {
		t.Fatalf("the join stayed while a name is typed: %q", h.underBox())
	}
	h.press("esc")
	mustContain(t, h.underBox(), "hay finds 何阿姨")
}

// TestDeskJoinStatuses: live, on in a moment, done, skipped and no-show
// acts each tell the volunteer something different.
func TestDeskJoinStatuses(t *testing.T) {
	plan := mayDay()
	start := time.Date(2025, 5, 1, 14, 0, 0, 0, plan.Location)
	b := newFakeBackend(plan, start)
	df := newDeskFake(t, b, deskPeople())
	h := deskHarness(t, df, "en", 100, 30)
	goAfter := func(d time.Duration) {
		b.advance(d)
		b.must(t, program.Cue{Kind: program.KindGo})
		h.send(changedMsg{})
	}
	b.must(t, program.Cue{Kind: program.KindGo}) // the choir at 14:00
	b.advance(5*time.Minute - 20*time.Second)
	h.send(changedMsg{})
	// The choir has 20 s left: the fan dance is on next, in under a minute.
	mustContain(t, h.signInAs("何阿姨"), "扇子舞 — on any moment: please go to the wings now")

	goAfter(20 * time.Second) // the fan dance
	goAfter(6 * time.Minute)  // the sketch
	goAfter(8 * time.Minute)  // tai chi
	mustContain(t, h.signInAs("赵师傅"), "太极拳表演 — on stage now — go to the stage!")

	// 赵师傅 in again, now that the act is over.
	goAfter(6 * time.Minute) // wushu
	h.typeText("赵师傅")
	h.press("enter", "y")
	mustContain(t, h.a.message(), "in again: 赵师傅")
	mustContain(t, h.underBox(), "太极拳表演 — their act is over")

	b.must(t, program.Cue{Kind: program.KindSkip, Act: "song"})
	h.send(changedMsg{})
	mustContain(t, h.signInAs("张大爷"), "独唱《我和我的祖国》 — their act was skipped — tell the stage manager")

	// No-show: the stage gave up on the act, and here is its performer.
	b.must(t, program.Cue{Kind: program.KindRestore, Act: "song"}, program.Cue{Kind: program.KindNoShow, Act: "song"})
	h.send(changedMsg{})
	mustContain(t, h.underBox(), "their act was marked no-show — tell the stage manager")

	// A walk-in and an anonymous count have no act: no join line.
	h.typeText("+2")
	h.press("enter")
	if got := h.underBox(); strings.Contains(got, "—") {
		t.Fatalf("a count left the join line: %q", got)
	}
	// Nor has someone who is not a performer.
	if got := h.signInAs("王芳"); strings.Contains(got, "—") {
		t.Fatalf("a volunteer got a join line: %q", got)
	}
}

// TestDeskJoinFits: a long title gives way to what the performer should
// do, at every width.
func TestDeskJoinFits(t *testing.T) {
	plan := mayDay()
	plan.Acts[3].Title = strings.Repeat("太极拳", 20)
	for _, lang := range []string{"en", "zh"} {
		b := newFakeBackend(plan, time.Date(2025, 5, 1, 14, 17, 30, 0, plan.Location))
		df := newDeskFake(t, b, deskPeople())
		h := deskHarness(t, df, lang, 80, 24)
		h.signInAs("单志刚")
		h.signInAs("赵师傅")
		want := "please go to the waiting area"
		if lang == "zh" {
			want = "请到候场区"
		}
		for w := minWidth; w <= 120; w += 3 {
			h.send(tea.WindowSizeMsg{Width: w, Height: 24})
			line := h.underBox()
			if width(line) > w {
				t.Errorf("%s %d: the join line is %d cells: %q", lang, w, width(line), line)
			}
			if w >= 70 && !strings.Contains(line, want) {
				t.Errorf("%s %d: the join line lost what to do: %q", lang, w, line)
			}
			checkFits(t, h.view(), w, 24)
		}
	}
}
