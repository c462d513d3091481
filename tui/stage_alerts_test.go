package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"eventday/program"
)

// callsShow is liveShowOf mayDay11 five minutes on: the sketch over its
// time, tai chi next and nobody of it here, the wushu class called for
// and nobody of it here either.
func callsShow(t testing.TB) *fakeBackend {
	t.Helper()
	b := liveShowOf(t, mayDay11())
	b.advance(5 * time.Minute)
	return b
}

// TestAlertLineKeepsTheCount: however long the first call's performers,
// the line says how many more there are and the key that lists them.
func TestAlertLineKeepsTheCount(t *testing.T) {
	for _, tc := range []struct{ lang, more string }{
		{"en", "· +1 more (l)"},
		{"zh", "· 另有 1 条（按 l 查看）"},
	} {
		h := newHarness(t, callsShow(t), tc.lang, 80, 24)
		h.tick(time.Second)
		lines := strings.Split(h.view(), "\n")
		if alert := lines[len(lines)-3]; !strings.HasSuffix(alert, tc.more) {
			t.Errorf("%s: alert line %q does not end with %q", tc.lang, alert, tc.more)
		}
	}
}

// TestCallsListSaysWhoIsMissing: l lists every call to make now, each with
// who of the act has not signed in yet by name; a sign-in at the desk
// takes the name off; other keys do nothing unseen; l or esc closes.
func TestCallsListSaysWhoIsMissing(t *testing.T) {
	b := callsShow(t)
	h := newHarness(t, b, "zh", 80, 24)
	h.tick(time.Second)
	taichi, wushu := b.Performers("taichi"), b.Performers("wushu")
	h.press("l")
	screen := h.view()
	mustContain(t, screen, "现在要叫的：2 条", "l/esc 关闭",
		"! 幸福里太极拳队（郑文斌带队，十二位队员） 到侧台候场，下一个上场", "已到 0/6，还没到："+taichi[0].Name+"、",
		"! 少年武术班 还没有人签到，约 6 分钟后上场", "已到 0/10，还没到："+wushu[0].Name+"、")
	for _, p := range append(taichi, wushu...) {
		if !strings.Contains(screen, p.Name) {
			t.Errorf("%s is not on the list of who is missing:\n%s", p.Name, screen)
		}
	}
	checkFits(t, screen, 80, 24)

	// The desk signs one of the wushu class in: the list follows.
	came := b.signInPerformer("wushu")
	h.send(changedMsg{})
	screen = h.view()
	mustContain(t, screen, "已到 1/10，还没到："+wushu[1].Name)
	if strings.Contains(screen, came) {
		t.Errorf("%s signed in but is still listed as missing:\n%s", came, screen)
	}

	// A key meant for the running order is not acted on unseen.
	h.press("space")
	if b.Show().LiveIdx != 2 {
		t.Fatal("space with the list open started the next act")
	}
	mustContain(t, h.view(), "提醒列表开着：按 l/esc 关闭。")
	h.press("esc")
	if h.stage().calls.open {
		t.Fatal("esc did not close the list")
	}
	h.press("l", "l")
	if h.stage().calls.open {
		t.Fatal("l did not close the list")
	}

	// Nothing to call once the show is over: l says so.
	over := notStarted(t)
	for range 10 {
		over.must(t, program.Cue{Kind: program.KindGo})
		over.advance(5 * time.Minute)
	}
	quiet := newHarness(t, over, "en", 80, 24)
	quiet.press("l")
	mustContain(t, quiet.view(), "No calls to make now.")
	if quiet.stage().calls.open {
		t.Error("l opened an empty list")
	}
}

// TestCallsListScrolls: a list longer than the screen scrolls and says
// how much more there is.
func TestCallsListScrolls(t *testing.T) {
	h := newHarness(t, callsShow(t), "en", 80, 12)
	h.tick(time.Second)
	h.press("l")
	mustContain(t, h.view(), "more lines below: ↓")
	for range 10 {
		h.press("down")
	}
	screen := h.view()
	mustContain(t, screen, "周秀英")
	checkFits(t, screen, 80, 12)
}

// TestCallsListGolden pins the list at 80x24 and 160x45 in both languages.
func TestCallsListGolden(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {160, 45}} {
		for _, lang := range []string{"en", "zh"} {
			t.Run(fmt.Sprintf("%dx%d_%s", size.w, size.h, lang), func(t *testing.T) {
				h := newHarness(t, callsShow(t), lang, size.w, size.h)
				h.tick(time.Second)
				h.press("l")
				screen := h.view()
				checkFits(t, screen, size.w, size.h)
				golden.RequireEqual(t, screen)
			})
		}
	}
}

// TestCallsListWordsEachCallWhole: where the alert line cuts a long list
// of performers for the contact, the list of calls says it whole.
func TestCallsListWordsEachCallWhole(t *testing.T) {
	plan := mayDay11()
	plan.Acts[4].Performers = "林峰武术社少年班（十位小学员与两位教练）"
	plan.Acts[4].Contact = "林峰教练（少年武术班） 18017263390"
	b := liveShowOf(t, plan)
	b.advance(5 * time.Minute)
	h := newHarness(t, b, "en", 80, 24)
	h.tick(time.Second)
	h.press("l")
	screen := h.view()
	mustContain(t, screen, "! 林峰武术社少年班（十位小学员与两位教练）: nobody here, on in ~6 min · Contact:", "林峰教练（少年武术班） 180****3390")
	checkFits(t, screen, 80, 24)
}
