package tui

import (
	"strings"
	"testing"
	"time"

	"eventday/program"
)

// rowOf is the running order's line of the act titled title.
func rowOf(t testing.TB, screen, title string) string {
	t.Helper()
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, title) && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, ">")) && !strings.HasPrefix(l, "│") {
			return l
		}
	}
	t.Fatalf("no row for %q:\n%s", title, screen)
	return ""
}

func TestPresenceColumn(t *testing.T) {
	for _, c := range []struct {
		lang  string
		col   string
		cells map[string]string // title: the cell that must be on its row
	}{
		{"en", "Here", map[string]string{"小品《楼道里的灯》": "all here", "太极拳表演": "none yet", "春季生日会": "5/9", "秧歌": "all here"}},
		{"zh", "到场", map[string]string{"小品《楼道里的灯》": "全到", "太极拳表演": "无人到", "春季生日会": "5/9", "秧歌": "全到"}},
	} {
		h := newHarness(t, liveShow(t), c.lang, 80, 30)
		screen := h.view()
		mustContain(t, screen, c.col)
		for title, cell := range c.cells {
			if row := rowOf(t, screen, title); !strings.Contains(row, " "+cell+" ") {
				t.Errorf("%s: row of %s lacks %q: %q", c.lang, title, cell, row)
			}
		}
		// A finished act and an act nobody on the roster belongs to show
		// nothing: the finale's row has no count, the choir's (done) none.
		for _, title := range []string{"大合唱《歌唱祖国》", "幼儿园合唱《春天在哪里》"} {
			row := rowOf(t, screen, title)
			for _, cell := range c.cells {
				if strings.Contains(row, cell) {
					t.Errorf("%s: row of %s shows %q: %q", c.lang, title, cell, row)
				}
			}
		}
		checkFits(t, screen, 80, 30)
	}
}

func TestPresenceColumnFollowsTheDesk(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 80, 24)
	if strings.Contains(h.view(), "Here") {
		t.Fatalf("a presence column with nobody on the roster:\n%s", h.view())
	}
	h.b.setPresence(map[string]program.Presence{"fan": {Arrived: 2, Expected: 8}})
	h.send(changedMsg{})
	screen := h.view()
	mustContain(t, screen, "Here")
	if row := rowOf(t, screen, "扇子舞"); !strings.Contains(row, "2/8") {
		t.Errorf("fan dance row: %q, want 2/8", row)
	}
	h.b.setPresence(map[string]program.Presence{"fan": {Arrived: 8, Expected: 8}})
	h.send(changedMsg{})
	if row := rowOf(t, h.view(), "扇子舞"); !strings.Contains(row, "all here") {
		t.Errorf("fan dance row: %q, want all here", row)
	}
}

// TestPresenceColumnGivesWay: on a narrow screen the title keeps its room
// and the column goes.
func TestPresenceColumnGivesWay(t *testing.T) {
	for _, w := range []int{40, 50, 60, 70, 100, 160} {
		h := newHarness(t, liveShow(t), "en", w, 24)
		screen := h.view()
		checkFits(t, screen, w, 24)
		c := h.stage().columns()
		if c.here > 0 && c.title < minTitle {
			t.Errorf("width %d: title %d cells beside the presence column", w, c.title)
		}
		if w >= 60 && c.here == 0 {
			t.Errorf("width %d: no presence column", w)
		}
	}
}

func TestNextPanelWarnsAndSuggests(t *testing.T) {
	h := newHarness(t, liveShow(t), "en", 80, 24)
	mustContain(t, h.view(), "! Nobody here yet: 0 of 6 signed in", "m: move up, all here: 秧歌", "m move up who is here")

	// Someone of tai chi arrives: no warning, no suggestion, m does nothing.
	p := joinedPresence()
	p["taichi"] = program.Presence{Arrived: 2, Expected: 6}
	h.b.setPresence(p)
	h.send(changedMsg{})
	screen := h.view()
	mustContain(t, screen, "Here: 2 of 6")
	if strings.Contains(screen, "Nobody here") || strings.Contains(screen, "all here: 秧歌") || strings.Contains(screen, "m move up") {
		t.Errorf("warning or suggestion with people here:\n%s", screen)
	}
	cues := h.b.cues
	h.press("m")
	if h.b.cues != cues {
		t.Fatal("m sent a cue with nothing to move up")
	}
	mustContain(t, h.view(), "Nothing to move up")

	// Nobody here and no later act all here: the warning, and no move.
	p["taichi"] = program.Presence{Expected: 6}
	p["yangge"] = program.Presence{Arrived: 11, Expected: 12}
	h.b.setPresence(p)
	h.send(changedMsg{})
	mustContain(t, h.view(), "! Nobody here yet: 0 of 6 signed in", "No later act has everyone here yet.")

	// All of tai chi here.
	p["taichi"] = program.Presence{Arrived: 6, Expected: 6}
	h.b.setPresence(p)
	h.send(changedMsg{})
	mustContain(t, h.view(), "All 6 here")
}

func TestNextPanelWarnsInChinese(t *testing.T) {
	h := newHarness(t, liveShow(t), "zh", 80, 24)
	mustContain(t, h.view(), "! 还没有人签到：共 6 人", "m：提前已全到的 秧歌", "m 提前已到的")
}

// TestNextLineWarnsWhenShort: the one-line Next panel of a short window
// still says nobody is here.
func TestNextLineWarnsWhenShort(t *testing.T) {
	h := newHarness(t, liveShow(t), "en", 80, 12)
	if l, _ := h.stage().layout(); !l.compact {
		t.Fatal("80x12 is not the one-line layout")
	}
	mustContain(t, h.view(), "NEXT 太极拳表演 · called · ! nobody here")
}

func TestMoveHereAndUndo(t *testing.T) {
	h := newHarness(t, liveShow(t), "en", 80, 24)
	cues := h.b.cues
	h.press("m")
	if h.b.cues != cues+1 {
		t.Fatalf("m wrote %d cues, want 1", h.b.cues-cues)
	}
	show := h.b.Show()
	if i := show.NextIdx(); i < 0 || show.Acts[i].ID != "yangge" {
		t.Fatalf("after m the act on standby is %+v, want the yangge", show.Acts[i])
	}
	if got := show.Find("taichi"); got != 4 {
		t.Errorf("tai chi at %d after m, want 4 (one down)", got)
	}
	if h.stage().selID != "yangge" {
		t.Errorf("selection on %q after m, want the act moved up", h.stage().selID)
	}
	screen := h.view()
	mustContain(t, screen, "秧歌 moved up", "NEXT · 4 of 9", "All 12 here")
	if strings.Contains(screen, "Nobody here yet") {
		t.Errorf("still warning after the move:\n%s", screen)
	}

	h.press("u")
	show = h.b.Show()
	if got := show.Find("yangge"); got != 6 {
		t.Fatalf("yangge at %d after u, want back at 6", got)
	}
	if show.Acts[show.NextIdx()].ID != "taichi" {
		t.Fatalf("tai chi not back on standby after u")
	}
	mustContain(t, h.view(), "Undid the last cue (秧歌 moved up)", "! Nobody here yet")
}

// notHereShow is the programme before the start with nobody of the choir
// (on first, with a phone number for its teacher) signed in.
func notHereShow(t testing.TB) *fakeBackend {
	b := notStarted(t)
	b.presence = map[string]program.Presence{"choir": {Expected: 12}, "fan": {Arrived: 3, Expected: 8}}
	return b
}

func TestNotHereAlertMasksThePhone(t *testing.T) {
	for _, c := range []struct{ lang, want string }{
		{"en", "! 阳光幼儿园大班: nobody here, on in ~5 min · Contact: 王老师 138****1111"},
		{"zh", "! 阳光幼儿园大班 还没有人签到，约 5 分钟后上场 · 联系：王老师 138****1111"},
	} {
		h := newHarness(t, notHereShow(t), c.lang, 120, 40)
		screen := h.view()
		mustContain(t, screen, c.want)
		if strings.Contains(screen, "13800001111") {
			t.Errorf("%s: the full number is on screen before p:\n%s", c.lang, screen)
		}
	}
}

// TestNotHereAlertKeepsTheNumber: on a narrow screen a long list of
// performers gives way so that the number stays on the alert line.
func TestNotHereAlertKeepsTheNumber(t *testing.T) {
	plan := mayDay()
	plan.Acts[0].Performers = "阳光幼儿园大班小朋友（周老师带队，家长陪同）"
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 13, 55, 0, 0, plan.Location))
	b.presence = map[string]program.Presence{"choir": {Expected: 12}}
	h := newHarness(t, b, "en", 80, 24)
	screen := h.view()
	mustContain(t, screen, "! 阳光幼", "…: nobody here, on in ~5 min · Contact: 王老师 138****1111 · +1 more")
	checkFits(t, screen, 80, 24)
}

// TestContactKeepsTheNumber: in a narrow Next panel a long contact loses
// its name, not its number.
func TestContactKeepsTheNumber(t *testing.T) {
	plan := mayDay()
	plan.Acts[0].Contact = "何阿姨（何秀兰，夕阳红舞蹈队队长） 13901852273"
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 13, 55, 0, 0, plan.Location))
	h := newHarness(t, b, "en", 80, 24)
	mustContain(t, h.view(), "Contact: 何阿姨（何秀兰，夕阳… 139****2273 │")
	h.press("p")
	mustContain(t, h.view(), "Contact: 何阿姨（何秀兰，夕阳… 13901852273 │")
	for _, c := range []struct {
		contact string
		w       int
		want    string
	}{
		{"王老师 13800001111", 40, "王老师 138****1111"},
		{"王老师 13800001111 (after 6pm)", 20, "王老师 138****1111"},
		{"13800001111 (after 6pm)", 12, "138****1111"},
		{"王老师 13800001111", 8, "138****…"},
		{"a very long name with no number at all", 12, "a very long…"},
	} {
		a := &program.ActState{Act: program.Act{ID: "x", Contact: c.contact}}
		if got := h.stage().contactFit(a, c.w); got != c.want {
			t.Errorf("contactFit(%q, %d) = %q, want %q", c.contact, c.w, got, c.want)
		}
	}
}

func TestNextPanelOnePerformer(t *testing.T) {
	b := notStarted(t)
	b.presence = map[string]program.Presence{"choir": {Arrived: 1, Expected: 1}}
	h := newHarness(t, b, "en", 80, 24)
	mustContain(t, h.view(), "Signed in")
}

func TestPhoneKeyShowsTheNumberForAWhile(t *testing.T) {
	h := newHarness(t, notHereShow(t), "en", 120, 40)
	h.press("p") // the choir, on standby, is selected
	screen := h.view()
	mustContain(t, screen, "幼儿园合唱《春天在哪里》: 王老师 13800001111", "Contact: 王老师 13800001111")
	if strings.Contains(screen, "138****1111") {
		t.Errorf("a masked number beside the one shown:\n%s", screen)
	}
	h.tick(5 * time.Second)
	mustContain(t, h.view(), "王老师 13800001111")
	h.tick(5 * time.Second)
	screen = h.view()
	if strings.Contains(screen, "13800001111") {
		t.Errorf("the number is still shown after %s:\n%s", revealFor, screen)
	}
	mustContain(t, screen, "138****1111")
}

// TestPhoneKeyFollowsTheAlert: with an act without a number selected, p
// shows the number of the act the alert says nobody of is here.
func TestPhoneKeyFollowsTheAlert(t *testing.T) {
	h := newHarness(t, notHereShow(t), "en", 120, 40)
	h.press("down") // the fan dance: no contact
	h.press("p")
	mustContain(t, h.view(), "幼儿园合唱《春天在哪里》: 王老师 13800001111")

	// Without the alert, p on an act without a number says so.
	h2 := newHarness(t, notStarted(t), "en", 120, 40)
	h2.press("down", "p")
	mustContain(t, h2.view(), "No phone number for this act.")
	if strings.Contains(h2.view(), "p show phone") {
		t.Error("help offers p with no number to show")
	}
}

// phonesInText is the May Day show with phone numbers in the fan dance's
// performers, intro and notes, and none in its contact.
func phonesInText(t testing.TB) *fakeBackend {
	t.Helper()
	plan := mayDay()
	fan := &plan.Acts[1]
	fan.Performers = "何阿姨舞蹈队（联系人2 13800000002）"
	fan.Intro = "掌声欢迎何阿姨舞蹈队。\n有事找音响师小李 13912345678。"
	fan.Notes = "音响 13700001234；音乐第2首"
	fan.Contact = ""
	return newFakeBackend(plan, time.Date(2025, 5, 1, 13, 55, 0, 0, plan.Location))
}

// TestPhonesInActTextMasked: a phone number in an act's performers, intro
// or notes is masked wherever the Stage draws it, as the contact is, and
// p shows them whole for a while.
func TestPhonesInActTextMasked(t *testing.T) {
	whole := []string{"13800000002", "13912345678", "13700001234"}
	for _, size := range [][2]int{{120, 40}, {80, 24}} {
		w, ht := size[0], size[1]
		h := newHarness(t, phonesInText(t), "en", w, ht)
		h.press("space") // the choir goes on; the fan dance stands by, selected
		screen := h.view()
		for _, n := range whole {
			if strings.Contains(screen, n) {
				t.Errorf("%dx%d: %s on screen before p:\n%s", w, ht, n, screen)
			}
		}
		mustContain(t, screen, "联系人2 138****00", "Notes: 音响 137****1234；")
		if w == 120 {
			mustContain(t, screen, "Intro: 掌声欢迎何阿姨舞蹈队。", "有事找音响师小李 139****5678。")
		}
		checkFits(t, screen, w, ht)

		h.press("p")
		screen = h.view()
		mustContain(t, screen, "扇子舞: 音响 13700001234；音乐第2首", "Notes: 音响 13700001234；", "联系人2 1380000")
		if w == 120 {
			mustContain(t, screen, "有事找音响师小李 13912345678。", "何阿姨舞蹈队（联系人2 13800000002）")
		}
		h.tick(revealFor)
		screen = h.view()
		for _, n := range whole {
			if strings.Contains(screen, n) {
				t.Errorf("%dx%d: %s still on screen %s after p:\n%s", w, ht, n, revealFor, screen)
			}
		}
	}
}

// TestPhoneInIncidentNoteMasked: the incident notes under the panels mask
// a number as well.
func TestPhoneInIncidentNoteMasked(t *testing.T) {
	h := newHarness(t, notStarted(t), "en", 120, 40)
	h.press("i")
	h.typeText("王老师改号 13800001111")
	h.press("enter")
	screen := h.view()
	mustContain(t, screen, "Incident notes", "王老师改号 138****1111")
	if strings.Contains(screen, "13800001111") {
		t.Errorf("the note's number is on screen whole:\n%s", screen)
	}
}
