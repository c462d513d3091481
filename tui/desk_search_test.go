package tui

import (
	"strings"
	"testing"
	"time"

	"eventday/checkin"
)

// searchPeople are neighbours whose names a quick search must tell apart:
// 沈 is read shěn, chén only rarely; and two phones that end alike.
func searchPeople() []checkin.Person {
	return []checkin.Person{
		{Name: "沈桂英", Category: "resident", Group: "2号楼", Phone: "13801112222"},
		{Name: "陈一一", Category: "resident", Group: "5号楼", Phone: "13803334444"},
		{Name: "陈美华", Category: "performer", Group: "夕阳红秧歌队", Phone: "13812345678", ActID: "yangge"},
		{Name: "孙秀英", Category: "performer", Group: "夕阳红秧歌队", Phone: "13795320681", ActID: "yangge"},
		{Name: "李想", Category: "resident", Group: "7号楼", Phone: "13900001234"},
	}
}

// mustSignIn fails the test unless the desk's first entry signed in name.
func mustSignIn(t *testing.T, df *deskFake, what, name string) {
	t.Helper()
	if rec, ok := df.att.Find(1); !ok || rec.Name != name {
		t.Fatalf("%s signed in %+v, want %s", what, rec, name)
	}
}

func newSearchHarness(t *testing.T) (*harness, *deskFake) {
	t.Helper()
	ev := mayDay()
	b := newFakeBackend(ev, time.Date(2025, 5, 1, 14, 17, 30, 0, ev.Location))
	df := newDeskFake(t, b, searchPeople())
	return deskHarness(t, df, "en", 80, 24), df
}

// TestDeskChenSignsInChen: "chen" and enter signs in 陈, whose common
// reading it is, not 沈桂英, which sorts first by code point and reads chén
// only rarely; 沈桂英 is still listed, lower.
func TestDeskChenSignsInChen(t *testing.T) {
	h, df := newSearchHarness(t)
	h.typeText("chen")
	screen := h.view()
	mustContain(t, screen, "> 陈一一", "陈美华", "沈桂英")
	if i, j := strings.Index(screen, "陈美华"), strings.Index(screen, "沈桂英"); i < 0 || j < i {
		t.Errorf("沈桂英 is listed above 陈美华:\n%s", screen)
	}
	h.press("enter")
	mustSignIn(t, df, "chen and enter", "陈一一")
	h.typeText("shen")
	mustContain(t, h.view(), "> 沈桂英")
}

// TestDeskFindsByPhoneDigits: the last four digits of a phone number find
// its person, whose number is shown masked, never whole.
func TestDeskFindsByPhoneDigits(t *testing.T) {
	h, df := newSearchHarness(t)
	h.typeText("5678")
	screen := h.view()
	mustContain(t, screen, "> 陈美华", "138****5678")
	if strings.Contains(screen, "13812345678") {
		t.Errorf("a phone number is shown whole:\n%s", screen)
	}
	h.press("enter")
	mustSignIn(t, df, "5678 and enter", "陈美华")
	h.typeText("567")
	mustContain(t, h.view(), "nobody on the roster matches 567")
}

// TestDeskFindsByGroup: a group's name lists its people; when the group
// is a team, the team's row is chosen, so that enter asks to sign in the
// whole troupe, and the arrows reach each of its people.
func TestDeskFindsByGroup(t *testing.T) {
	h, df := newSearchHarness(t)
	h.typeText("7hl")
	mustContain(t, h.view(), "> 李想", "7号楼")
	h.press("esc")
	h.typeText("夕阳红")
	screen := h.view()
	mustContain(t, screen, "  孙秀英", "  陈美华", "> 夕阳红秧歌队  team of 2")
	if d := h.desk(); len(d.results) != 2 || len(d.teams) != 1 {
		t.Errorf("夕阳红 found %d people and %d teams, want its 2 people and its team:\n%s", len(d.results), len(d.teams), screen)
	}
	h.press("enter")
	mustContain(t, h.view(), "夕阳红秧歌队: sign in the 2 not here yet?")
	h.press("n")
	h.typeText("夕阳红")
	h.press("up", "enter") // the person above the team
	mustSignIn(t, df, "up and enter on 夕阳红", "陈美华")
}

// TestDeskGroupShownWhenNarrow: in a narrow window, someone found by their
// group keeps the group on their row, where it says why they are listed;
// the category gives way first.
func TestDeskGroupShownWhenNarrow(t *testing.T) {
	ev := mayDay()
	b := newFakeBackend(ev, time.Date(2025, 5, 1, 14, 17, 30, 0, ev.Location))
	people := append(searchPeople(), checkin.Person{Name: "欧阳娜娜", Category: "volunteer", Group: "幸福里小区7号楼", Phone: "13900004321"})
	h := deskHarness(t, newDeskFake(t, b, people), "en", 40, 20)
	h.typeText("xfl")
	screen := h.view()
	mustContain(t, screen, "> 欧阳娜娜  幸福里小区7号楼  139****4321")
	checkFits(t, screen, 40, 20)
}
