package tui

import (
	"strings"
	"testing"
	"time"

	"eventday/program"
)

// notStarted is the May Day programme before the first GO, at 13:55 on the
// event's day.
func notStarted(t testing.TB) *fakeBackend {
	plan := mayDay()
	return newFakeBackend(plan, time.Date(2025, 5, 1, 13, 55, 0, 0, plan.Location))
}

func statusOf(t testing.TB, b *fakeBackend, id string) program.Status {
	t.Helper()
	show := b.Show()
	i := show.Find(id)
	if i < 0 {
		t.Fatalf("act %q not found", id)
	}
	return show.Acts[i].Status
}

func mustContain(t testing.TB, screen string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(screen, w) {
			t.Errorf("screen lacks %q:\n%s", w, screen)
		}
	}
}

func TestGoStartsTheStandbyAct(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	mustContain(t, h.view(), "not started", "space starts 幼儿园合唱")
	h.press("space")
	show := h.b.Show()
	if onStage := show.Live(); onStage == nil || onStage.ID != "choir" {
		t.Fatalf("live = %+v, want the choir", onStage)
	}
	mustContain(t, h.view(), "LIVE", "GO: 幼儿园合唱《春天在哪里》 is on stage", "NOW · 1 of 9")
	// The selection moved on to the new act on standby.
	if got := h.stage().selID; got != "fan" {
		t.Errorf("selection on %q after GO, want the next act (fan)", got)
	}
}

func TestDoubleGoIsIgnoredAndSaid(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("space", "space")
	if onStage := h.b.Show().Live(); onStage == nil || onStage.ID != "choir" {
		t.Fatalf("a double tap moved the show on: live = %+v", onStage)
	}
	mustContain(t, h.view(), "Second GO within 2 seconds ignored.")
	h.b.advance(3 * time.Second)
	h.press("space")
	if onStage := h.b.Show().Live(); onStage == nil || onStage.ID != "fan" {
		t.Fatalf("GO after 3 s: live = %+v, want fan", onStage)
	}
}

func TestDoubleGoInChinese(t *testing.T) {
	h := newHarness(t, notStarted(t), "zh", 80, 24)
	h.press("space", "space")
	mustContain(t, h.view(), "两秒内的第二次开始已忽略。")
}

func TestSkipAndRestore(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("down", "down") // the sketch
	h.press("s")
	if got := statusOf(t, h.b, "sketch"); got != program.Skipped {
		t.Fatalf("after s: %v, want skipped", got)
	}
	mustContain(t, h.view(), "skipped", "小品《楼道里的灯》 skipped")
	h.press("s")
	if got := statusOf(t, h.b, "sketch"); got != program.Waiting {
		t.Fatalf("after s again: %v, want waiting", got)
	}
	h.press("n")
	if got := statusOf(t, h.b, "sketch"); got != program.NoShow {
		t.Fatalf("after n: %v, want no-show", got)
	}
	h.press("n")
	if got := statusOf(t, h.b, "sketch"); got != program.Waiting {
		t.Fatalf("after n again: %v, want waiting", got)
	}
}

func TestCalledAndReady(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("c")
	if got := statusOf(t, h.b, "choir"); got != program.Called {
		t.Fatalf("after c: %v", got)
	}
	h.press("r")
	if got := statusOf(t, h.b, "choir"); got != program.Ready {
		t.Fatalf("after r: %v", got)
	}
}

func TestKeyThatDoesNotApplySaysWhy(t *testing.T) {
	h := newHarness(t, liveShow(t), "en", 80, 24)
	cues := h.b.cues
	h.press("up", "up", "up") // the choir, done
	h.press("s")
	mustContain(t, h.view(), "That act is not waiting any more.")
	if h.b.cues != cues {
		t.Errorf("a key that does not apply sent a cue")
	}
	if h.stage().keys.Skip.Enabled() {
		t.Errorf("s is enabled on a finished act")
	}
}

func TestMoveFollowsTheAct(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("down", "down") // the sketch, third
	h.press("K")
	if show := h.b.Show(); show.Find("sketch") != 1 {
		t.Fatalf("after K the sketch is at %d, want 1", show.Find("sketch"))
	}
	if h.stage().sel != 1 || h.stage().selID != "sketch" {
		t.Errorf("selection did not follow: %d %q", h.stage().sel, h.stage().selID)
	}
	h.press("shift+down", "shift+down")
	if show := h.b.Show(); show.Find("sketch") != 3 {
		t.Fatalf("after two shift+down the sketch is at %d, want 3", show.Find("sketch"))
	}
	h.press("shift+up")
	if show := h.b.Show(); show.Find("sketch") != 2 {
		t.Fatalf("after shift+up the sketch is at %d, want 2", show.Find("sketch"))
	}
	h.press("J")
	if show := h.b.Show(); show.Find("sketch") != 3 {
		t.Fatalf("after J the sketch is at %d, want 3", show.Find("sketch"))
	}
}

func TestMoreAndLessTime(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	if h.stage().keys.More.Enabled() {
		t.Errorf("+ is enabled with nothing live")
	}
	h.press("+")
	mustContain(t, h.view(), "No act is on stage.")
	h.press("space", "+", "+")
	if got := h.b.Show().Live().Extra; got != 2*time.Minute {
		t.Fatalf("after ++ extra = %v", got)
	}
	mustContain(t, h.view(), "幼儿园合唱《春天在哪里》: +1 min", "7:00")
	h.press("-")
	if got := h.b.Show().Live().Extra; got != time.Minute {
		t.Fatalf("after - extra = %v", got)
	}
	// The choir, 6 min now, cannot go below a minute.
	h.press("-", "-", "-", "-", "-", "-")
	if got := h.b.Show().Live().Length(); got != time.Minute {
		t.Fatalf("length = %v, want the one-minute floor", got)
	}
	mustContain(t, h.view(), "An act lasts at least one minute.")
}

func TestHoldAndResume(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 120, 40)
	h.press("space")
	h.tick(time.Minute)
	h.press("h")
	if !h.b.Show().Holding() {
		t.Fatal("h did not hold the show")
	}
	mustContain(t, h.view(), "ON HOLD", "h resume")
	h.tick(2 * time.Minute)
	mustContain(t, h.view(), "1:00 of 5:00", "ON HOLD for 2:00")
	h.press("h")
	if h.b.Show().Holding() {
		t.Fatal("second h did not resume")
	}
	mustContain(t, h.view(), "The show goes on", "h hold")
}

func TestUndoSaysWhatWasUndone(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	if h.stage().keys.Undo.Enabled() {
		t.Error("u is enabled with nothing to undo")
	}
	h.press("space", "u")
	if h.b.Show().Live() != nil {
		t.Fatal("undo of the first GO left an act live")
	}
	mustContain(t, h.view(), "Undid the last cue (GO: 幼儿园合唱《春天在哪里》 is on stage)")
	h.press("s", "u") // the selection stayed on the fan dance
	if got := statusOf(t, h.b, "fan"); got != program.Waiting {
		t.Fatalf("undo of skip: %v", got)
	}
	mustContain(t, h.view(), "Undid the last cue (扇子舞 skipped)")
}

func TestUndoInChinese(t *testing.T) {
	h := newHarness(t, notStarted(t), "zh", 80, 24)
	h.press("space", "u")
	mustContain(t, h.view(), "已撤销上一步（幼儿园合唱《春天在哪里》 开始演出）")
}

func TestIncidentNote(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 120, 40)
	h.press("i")
	if h.a.focus() != focusInput {
		t.Fatalf("focus %v after i, want the note box", h.a.focus())
	}
	// Keys are text while the box has focus: q must not quit, space not GO.
	h.typeText("mic 2 dead, q space")
	h.press("space")
	if h.quit || h.b.Show().Live() != nil {
		t.Fatal("keys typed into the note acted on the show")
	}
	h.press("enter")
	notes := h.b.Show().Notes
	if len(notes) != 1 || notes[0].Text != "mic 2 dead, q space" {
		t.Fatalf("notes = %+v", notes)
	}
	mustContain(t, h.view(), "Incident note saved", "Incident notes", "mic 2 dead, q space")

	h.press("i")
	h.typeText("never mind")
	h.press("esc")
	if len(h.b.Show().Notes) != 1 || h.a.focus() != focusMain {
		t.Fatal("esc did not cancel the note")
	}
	h.press("i", "enter")
	mustContain(t, h.view(), "The incident note is empty: nothing saved.")
}

func TestEditFormThroughHuh(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("down") // the fan dance
	h.press("e")
	if h.a.focus() != focusForm {
		t.Fatalf("focus %v after e", h.a.focus())
	}
	mustContain(t, h.view(), "Edit 扇子舞", "Title", "何阿姨舞蹈队", "6:00")
	// Title: replace it.
	h.press("ctrl+u")
	h.typeText("红绸舞")
	h.press("enter")
	h.press("enter") // performers unchanged
	h.press("ctrl+u")
	h.typeText("7m")
	h.press("enter", "enter", "enter", "enter") // intro, notes, contact: submit
	if h.a.focus() != focusMain {
		t.Fatalf("form still open:\n%s", h.view())
	}
	show := h.b.Show()
	a := show.Acts[show.Find("fan")]
	if a.Title != "红绸舞" || a.Duration != 7*time.Minute || a.Performers != "何阿姨舞蹈队" || a.Intro != "掌声欢迎何阿姨舞蹈队。" {
		t.Fatalf("after edit: %+v", a.Act)
	}
	mustContain(t, h.view(), "红绸舞 changed", "红绸舞")
}

func TestAddFormAndValidation(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("a")
	mustContain(t, h.view(), "New act after 幼儿园合唱《春天在哪里》")
	h.press("enter") // empty title is refused
	mustContain(t, h.view(), "a title is needed")
	h.typeText("Lion dance")
	h.press("enter")
	h.typeText("Dragon club")
	h.press("enter")
	h.typeText("five minutes")
	h.press("enter")
	mustContain(t, h.view(), "not a duration")
	h.press("ctrl+u")
	h.typeText("4:30")
	h.press("enter", "enter", "enter", "enter")
	show := h.b.Show()
	if len(show.Acts) != 10 || show.Acts[1].Title != "Lion dance" || show.Acts[1].Duration != 270*time.Second || !show.Acts[1].Added {
		t.Fatalf("after add: %+v", show.Acts[1])
	}
	mustContain(t, h.view(), "Lion dance added")
}

func TestFormEscCancels(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("a")
	h.typeText("q")
	h.press("esc")
	if h.a.focus() != focusMain || h.quit || h.b.cues != 0 {
		t.Fatalf("esc: focus %v, quit %v, cues %d", h.a.focus(), h.quit, h.b.cues)
	}
}

func TestQuitAsksWhileLive(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("space", "q")
	if h.quit {
		t.Fatal("q quit at once with an act live")
	}
	mustContain(t, h.view(), "幼儿园合唱《春天在哪里》 is on stage. Quit anyway?", "y quit", "n stay")
	h.press("n")
	if h.quit || h.a.asking != "" {
		t.Fatal("n did not keep the app open")
	}
	h.press("ctrl+c", "y")
	if !h.quit {
		t.Fatal("y after ctrl+c did not quit")
	}
}

func TestQuitAtOnceWhenNothingLive(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("q")
	if !h.quit {
		t.Fatal("q did not quit with nothing live")
	}
}

func TestBellRingsOnceAtThePlannedEnd(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("space") // the choir: 5 min
	h.tick(time.Second)
	h.tick(4*time.Minute + 58*time.Second) // 4:59 in, 1 s left
	if h.bell != 0 {
		t.Fatalf("bell rang early (%d)", h.bell)
	}
	h.tick(time.Second) // exactly 5:00
	h.tick(time.Second)
	h.tick(time.Minute)
	if h.bell != 1 {
		t.Fatalf("bell rang %d times, want once", h.bell)
	}
	mustContain(t, h.view(), "OVER by 1:01")
}

func TestNoBellForAnActAlreadyOverAtStart(t *testing.T) {
	b := notStarted(t)
	b.must(t, program.Cue{Kind: program.KindGo})
	b.advance(10 * time.Minute) // the choir is 5 min over
	h := newHarness(t, b, "en", 80, 24)
	h.tick(time.Second)
	h.tick(time.Second)
	if h.bell != 0 {
		t.Fatalf("bell rang %d times for an act already over at start-up", h.bell)
	}
}

func TestChangesFromElsewhereShow(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.b.must(t, program.Cue{Kind: program.KindGo}) // another station
	h.send(changedMsg{})
	mustContain(t, h.view(), "LIVE", "NOW · 1 of 9")
}

func TestAnchoredAtFirstGoOffTheDay(t *testing.T) {
	plan := mayDay()
	b := newFakeBackend(plan, time.Date(2025, 4, 28, 19, 30, 0, 0, plan.Location)) // a rehearsal
	h := newHarness(t, b, "en", 120, 40)
	mustContain(t, h.view(), "Not the event day: timed from the first GO, not 14:00", "19:30")
}

func TestFullHelpFromTheSameKeyMap(t *testing.T) {
	h := newHarness(t, liveShow(t), "en", 80, 24)
	h.press("?")
	screen := h.view()
	mustContain(t, screen, "move down", "no-show", "+1 min", "add act", "next view")
	if strings.Contains(screen, "shift+↑") {
		t.Error("full help offers move up for an act below the live one")
	}
	// Nobody of tai chi is here and the yangge is all here: m applies.
	mustContain(t, screen, "move up who is here", "show phone")
	checkFits(t, screen, 80, 24)
	h.press("space") // closes help, does not GO
	if h.a.help || h.b.Show().Live().ID != "sketch" {
		t.Fatal("a key in the full help did more than close it")
	}
	// A disabled binding is not in the help: nothing to undo hides u.
	h2 := newHarness(t, notStarted(t), "en", 120, 40)
	if strings.Contains(h2.view(), "u undo") {
		t.Error("help bar offers undo with nothing to undo")
	}
}

func TestScrollKeepsSelectionInView(t *testing.T) {
	plan := mayDay()
	for i := range 60 {
		plan.Acts = append(plan.Acts, program.Act{ID: "x" + string(rune('A'+i%26)) + string(rune('a'+i/26)), Title: "加演节目", Duration: time.Minute})
	}
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 13, 0, 0, 0, plan.Location))
	h := newHarness(t, b, "en", 80, 24)
	for range 40 {
		h.press("j")
	}
	s := h.stage()
	l, _ := s.layout()
	rows := l.rows
	if s.sel < s.off || s.sel >= s.off+rows {
		t.Fatalf("selection %d outside rows %d..%d", s.sel, s.off, s.off+rows-1)
	}
	mustContain(t, h.view(), "> 41 waiting")
}

// A long intro stays on its own line of the form instead of pushing the
// fields under it out of the box.
func TestFormLongIntroStaysOnItsLine(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	h.press("down", "down", "down", "e") // tai chi, the longest intro
	screen := h.view()
	mustContain(t, screen, "Edit 太极拳表演", "Notes", "需要空场地", "Contact", "赵师傅 13900002222")
	checkFits(t, screen, 80, 24)
}

// TestMessagesReadAsSentences: what a cue did is said in a sentence of its
// own, never behind a label ("完成：开始：演出结束" nested two labels).
func TestMessagesReadAsSentences(t *testing.T) {
	for _, tc := range []struct{ lang, end, undo string }{
		{"en", "The last act is over: the show has ended", "Undid the last cue (The last act is over: the show has ended)"},
		{"zh", "最后一个节目已演完，演出结束", "已撤销上一步（最后一个节目已演完，演出结束）"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			b := notStarted(t)
			for range 9 {
				b.must(t, program.Cue{Kind: program.KindGo})
				b.advance(5 * time.Minute)
			}
			h := newHarness(t, b, tc.lang, 80, 24)
			h.press("space")
			if b.Show().Phase() != program.Over {
				t.Fatal("the last GO did not end the show")
			}
			screen := h.view()
			mustContain(t, screen, tc.end)
			for _, nested := range []string{"完成：", "Done: "} {
				if strings.Contains(screen, nested) {
					t.Errorf("the message nests a label %q:\n%s", nested, screen)
				}
			}
			h.press("u")
			mustContain(t, h.view(), tc.undo)
		})
	}
}

// TestIncidentNoteSaysWhatItRecords: i is an incident note in the help bar,
// the full help, the box's prompt and the log, not a bare "note".
func TestIncidentNoteSaysWhatItRecords(t *testing.T) {
	for _, tc := range []struct{ lang, key, prompt string }{
		{"en", "i incident note", "Incident note: "},
		{"zh", "i 事件记录", "事件记录："},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			h := newHarness(t, notStarted(t), tc.lang, 160, 45)
			mustContain(t, h.view(), tc.key)
			h.press("i")
			mustContain(t, h.view(), tc.prompt)
		})
	}
}

// TestFormEditsIntroOnSeveralLines: the intro is edited in a box of
// several lines, each line of the file on its own; ctrl+j starts a new
// line, enter goes on to the next field, and the lines are saved as typed.
func TestFormEditsIntroOnSeveralLines(t *testing.T) {
	plan := mayDay()
	plan.Acts[1].Intro = "掌声欢迎何阿姨舞蹈队。\n她们练了三个月！"
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 13, 55, 0, 0, plan.Location))
	h := newHarness(t, b, "zh", 80, 24)
	h.press("down", "e")
	screen := h.view()
	lines := strings.Split(screen, "\n")
	first, second := -1, -1
	for i, l := range lines {
		if strings.Contains(l, "掌声欢迎何阿姨舞蹈队。") {
			first = i
		}
		if strings.Contains(l, "她们练了三个月！") {
			second = i
		}
	}
	if first < 0 || second != first+1 {
		t.Fatalf("the intro's two lines are not on two lines of the form (%d, %d):\n%s", first, second, screen)
	}
	h.press("enter", "enter", "enter") // to the intro, the cursor at its end
	mustContain(t, h.view(), "ctrl+j 换行")
	h.typeText("大家")
	h.press("ctrl+j")
	h.typeText("一起拍手")
	h.press("enter", "enter", "enter") // notes, contact: submit
	if h.a.focus() != focusMain {
		t.Fatalf("form still open:\n%s", h.view())
	}
	show := b.Show()
	got := show.Acts[show.Find("fan")].Intro
	want := "掌声欢迎何阿姨舞蹈队。\n她们练了三个月！大家\n一起拍手"
	if got != want {
		t.Fatalf("intro saved as %q, want %q", got, want)
	}
}

// TestHeaderKeepsStateAndDrift: at 80 columns the header gives the show's
// state and drift their room, and the event's name what is left; the
// Summary keeps its clock.
func TestHeaderKeepsStateAndDrift(t *testing.T) {
	for _, tc := range []struct{ lang, want, summary string }{
		{"en", "14:17:30 · LIVE · 3 min early", "as of 14:17:30"},
		{"zh", "14:17:30 · 演出中 · 早 3 分钟", "截至 14:17:30"},
	} {
		t.Run(tc.lang, func(t *testing.T) {
			plan := mayDay()
			plan.Name = "幸福里社区二〇二五年五一劳动节文艺汇演暨春季生日会"
			h := newHarness(t, liveShowOf(t, plan), tc.lang, 80, 24)
			top := strings.Split(h.view(), "\n")[0]
			if !strings.HasSuffix(top, tc.want) || !strings.Contains(top, "幸福里") || !strings.Contains(top, "…") {
				t.Errorf("header %q: want the name cut and %q whole at its end", top, tc.want)
			}
			h.press("tab", "tab")
			top = strings.Split(h.view(), "\n")[0]
			if !strings.HasSuffix(top, tc.summary) {
				t.Errorf("Summary header %q: want %q whole at its end", top, tc.summary)
			}
		})
	}
}
