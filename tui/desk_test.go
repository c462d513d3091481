package tui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/golden"

	"eventday/checkin"
)

// deskPeople is the test roster: performers linked to the May Day acts, a
// volunteer, residents, two names that "hay" both finds, two people called
// 王芳, a resident who comes with family, and a troupe of four.
func deskPeople() []checkin.Person {
	return []checkin.Person{
		{Name: "何阿姨", Category: "performer", Group: "何阿姨舞蹈队", Phone: "13901852273", ActID: "fan"},
		{Name: "黄阿英", Category: "resident", Group: "3号楼", Phone: "13816620451"},
		{Name: "张大爷", Category: "performer", Group: "5号楼", Phone: "13917745102", ActID: "song"},
		{Name: "王芳", Category: "volunteer", Group: "居委会", Phone: "13661208837"},
		{Name: "赵师傅", Category: "performer", Group: "太极拳队", Phone: "13900002222", ActID: "taichi"},
		{Name: "李想", Category: "resident", Group: "7号楼"},
		{Name: "单志刚", Category: "performer", Group: "太极拳队", Phone: "13816725590", ActID: "taichi"},
		{Name: "王芳", Category: "resident", Group: "3号楼", Phone: "13761084429"},
		{Name: "王建平", Category: "resident", Group: "1号楼", Phone: "13916352208"},
		{Name: "孙秀英", Category: "performer", Group: "夕阳红秧歌队", Phone: "13795320681", ActID: "yangge"},
		{Name: "周桂兰", Category: "performer", Group: "夕阳红秧歌队", ActID: "yangge"},
		{Name: "吴美华", Category: "performer", Group: "夕阳红秧歌队", ActID: "yangge"},
		{Name: "郑玉梅", Category: "performer", Group: "夕阳红秧歌队", Phone: "13564078112", ActID: "yangge"},
	}
}

// newDeskHarness builds the app on a working desk at 14:17:30 on the day,
// with the Desk tab shown, as newHarness does for the Stage.
func newDeskHarness(t testing.TB, lang string, w, h int) (*harness, *deskFake) {
	t.Helper()
	plan := mayDay()
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 14, 17, 30, 0, plan.Location))
	df := newDeskFake(t, b, deskPeople())
	df.capacity = 150
	hs := deskHarness(t, df, lang, w, h)
	return hs, df
}

func deskHarness(t testing.TB, df *deskFake, lang string, w, h int) *harness {
	t.Helper()
	a := New(df, Options{Lang: lang})
	t.Cleanup(a.Close)
	a.mode = colourPlain
	a.restyle()
	hs := &harness{t: t, a: a, b: df.fakeBackend}
	hs.send(styleMsg{})
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	hs.press("tab")
	hs.send(styleMsg{}) // a bare styleMsg reaches the tab shown only
	return hs
}

// desk is the Desk view inside the app.
func (h *harness) desk() *desk { return h.a.views[1].(*desk) }

func ctrl(r rune) tea.KeyPressMsg { return tea.KeyPressMsg{Code: r, Mod: tea.ModCtrl} }

// fixedLog signs in a few people over the afternoon: the golden state.
func fixedLog(t testing.TB, df *deskFake) {
	t.Helper()
	plan := mayDay()
	at := func(hh, mm int) { df.clock.Set(time.Date(2025, 5, 1, hh, mm, 0, 0, plan.Location)) }
	people := df.roster.People
	steps := []struct {
		hh, mm int
		do     func() (checkin.Record, error)
	}{
		{13, 31, func() (checkin.Record, error) { return df.SignIn(&people[3], false) }},
		{13, 38, func() (checkin.Record, error) { return df.Anonymous(3) }},
		{13, 44, func() (checkin.Record, error) { return df.SignIn(&people[2], false) }},
		{13, 47, func() (checkin.Record, error) { return df.SignIn(&people[0], false) }},
		{13, 58, func() (checkin.Record, error) { return df.WalkIn("李先生", "resident", "2号楼", 2, "13371628095") }},
		{14, 5, func() (checkin.Record, error) { return df.Anonymous(1) }},
		{14, 12, func() (checkin.Record, error) { return df.Anonymous(6) }},
	}
	for _, s := range steps {
		at(s.hh, s.mm)
		if _, err := s.do(); err != nil {
			t.Fatal(err)
		}
	}
	at(14, 17)
	df.advance(30 * time.Second)
}

// underBox is the line under the search box, as drawn.
func (h *harness) underBox() string { return h.desk().underBox() }

func TestDeskSearchAndSignIn(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	mustContain(t, h.view(), "Find:", "hay finds 何阿姨", "+ count people", "ctrl+c quit")
	if s := h.view(); strings.Contains(s, "张大爷") {
		t.Fatalf("an empty box shows people:\n%s", s)
	}
	h.typeText("hay")
	screen := h.view()
	mustContain(t, screen, "> 何阿姨", "performer", "何阿姨舞蹈队", "139****2273", "扇子舞", "黄阿英", "enter sign in")
	if strings.Contains(screen, "13901852273") {
		t.Errorf("a phone number is shown whole:\n%s", screen)
	}
	h.press("enter")
	if tot := df.totals(); tot.People != 1 || tot.Named != 1 || tot.Entries != 1 {
		t.Fatalf("after enter: %+v", tot)
	}
	if v := h.desk().box.Value(); v != "" {
		t.Errorf("the box still holds %q", v)
	}
	mustContain(t, h.view(), "signed in: 何阿姨", "named 1 · anonymous 0", "14:17  何阿姨  performer  gate")
}

func TestDeskArrowsChoose(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	h.typeText("hay")
	h.press("down")
	mustContain(t, h.view(), "> 黄阿英")
	h.press("down") // stays on the last
	h.press("up", "down", "enter")
	rec, ok := df.att.Find(1)
	if !ok || rec.Name != "黄阿英" {
		t.Fatalf("signed in %+v, want 黄阿英", rec)
	}
}

func TestDeskAlreadyInAsks(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	h.typeText("hay")
	h.press("enter")
	h.b.advance(3 * time.Minute)
	h.typeText("hay")
	mustContain(t, h.view(), "✓ 14:17 gate")
	h.press("enter")
	if df.writes != 1 {
		t.Fatalf("enter on someone in already wrote %d records", df.writes)
	}
	screen := h.view()
	mustContain(t, screen, "何阿姨 is in already: since 14:17 at desk gate. Count again?", "enter/y count again", "esc/n cancel")
	h.typeText("x") // neither answer: the question stays
	mustContain(t, h.view(), "Count again?")
	h.press("n")
	if df.writes != 1 {
		t.Fatalf("n wrote a record")
	}
	mustContain(t, h.view(), "not counted again")
	if h.desk().ask != nil {
		t.Fatal("the question is still asked")
	}
	// The answer ends what was typed: the next name starts afresh.
	if v := h.desk().box.Value(); v != "" {
		t.Fatalf("after n the box holds %q", v)
	}

	// y (or enter) counts them again: an entry, not another person.
	h.typeText("hay")
	h.press("enter")
	h.press("y")
	tot := df.totals()
	if df.writes != 2 || tot.People != 1 || tot.Entries != 2 {
		t.Fatalf("after y: %d writes, %+v", df.writes, tot)
	}
	mustContain(t, h.view(), "in again: 何阿姨")
	h.typeText("hay")
	h.press("enter", "enter")
	if df.writes != 3 {
		t.Fatalf("enter did not answer the question: %d writes", df.writes)
	}
	h.typeText("hay")
	mustContain(t, h.view(), "✓ 14:17 gate ×3")
}

func TestDeskPlusCountsOneHead(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	h.press("+")
	mustContain(t, h.view(), "Find: +", "enter: one person · or type how many, then enter",
		"enter count", "+ count 1, next", "esc clear")
	// No timer: however long the volunteer takes, + alone counts nobody.
	for range 10 {
		h.tick(time.Second)
	}
	if df.writes != 0 {
		t.Fatalf("a lone + counted %d entries without enter", df.writes)
	}
	h.press("enter")
	if tot := df.totals(); tot.People != 1 || tot.Anonymous != 1 || df.writes != 1 {
		t.Fatalf("+ enter counted %+v in %d writes", tot, df.writes)
	}
	mustContain(t, h.view(), "counted: 1")
	if v := h.desk().box.Value(); v != "" {
		t.Errorf("the box holds %q", v)
	}

	// + + + enter: three people, one entry each, fast at the gate. Each
	// second + counts the waiting one and starts another.
	h.press("+", "+")
	if df.writes != 2 || h.desk().box.Value() != "+" {
		t.Fatalf("+ +: %d writes, box %q; want 2 and a waiting +", df.writes, h.desk().box.Value())
	}
	h.press("+", "enter")
	if tot := df.totals(); tot.People != 4 || tot.Entries != 4 || df.writes != 4 {
		t.Fatalf("+ + + enter: %+v in %d writes", tot, df.writes)
	}
	for i := int64(2); i <= 4; i++ {
		if rec, ok := df.att.Find(i); !ok || rec.Party != 1 {
			t.Errorf("entry %d: %+v, want one anonymous head", i, rec)
		}
	}

	// ctrl+z while + waits takes the + back and undoes nothing written.
	h.press("+")
	h.send(ctrl('z'))
	if tot := df.totals(); tot.People != 4 || df.writes != 4 {
		t.Fatalf("ctrl+z on a waiting +: %+v", tot)
	}
	mustContain(t, h.view(), "+ taken back; nothing counted")
	if v := h.desk().box.Value(); v != "" {
		t.Errorf("ctrl+z left %q in the box", v)
	}
	// So does esc.
	h.press("+", "esc")
	h.tick(5 * time.Second)
	if v := h.desk().box.Value(); v != "" || df.writes != 4 {
		t.Fatalf("esc on a waiting +: box %q, %d writes", v, df.writes)
	}
	// The full-width ＋ of a Chinese input method is a + too.
	h.send(tea.KeyPressMsg{Code: '＋', Text: "＋"})
	h.press("enter")
	if df.totals().People != 5 {
		t.Fatalf("＋ enter: %+v", df.totals())
	}
}

// TestDeskSlowPlusN: a volunteer who takes their time over the 4 of +4
// counts a party of four, never a head and then a 4.
func TestDeskSlowPlusN(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	h.press("+")
	h.tick(3 * time.Second)
	h.tick(3 * time.Second)
	h.typeText("4")
	mustContain(t, h.view(), "enter counts 4", "enter count")
	h.tick(10 * time.Second)
	if df.writes != 0 {
		t.Fatal("+4 counted before enter")
	}
	// + on +4 is a typo, not a second party: it is flagged, nothing counted.
	h.press("+")
	mustContain(t, h.view(), "type a number from 1 to 99 after +; nothing counted")
	h.press("backspace", "enter")
	tot := df.totals()
	if tot.People != 4 || tot.Anonymous != 4 || tot.Entries != 1 || df.writes != 1 {
		t.Fatalf("+ … 4 enter: %+v in %d writes", tot, df.writes)
	}
}

func TestDeskPlusNCountsAParty(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	h.typeText("+4")
	mustContain(t, h.view(), "enter counts 4", "enter count")
	if df.writes != 0 {
		t.Fatal("+4 counted before enter")
	}
	h.press("enter")
	tot := df.totals()
	if tot.People != 4 || tot.Anonymous != 4 || tot.Entries != 1 {
		t.Fatalf("+4 enter: %+v", tot)
	}
	mustContain(t, h.view(), "counted: 4")
	// Full-width, as a Chinese input method may type them.
	h.typeText("＋１２")
	h.press("enter")
	if tot := df.totals(); tot.People != 16 {
		t.Fatalf("＋１２: %+v", tot)
	}
	// 99 is the most one entry counts.
	h.typeText("+99")
	h.press("enter")
	if tot := df.totals(); tot.People != 115 {
		t.Fatalf("+99: %+v", tot)
	}
}

func TestDeskBadCountsCountNothing(t *testing.T) {
	for _, typed := range []string{"+0", "+100", "+abc", "+-3", "+4a", "+ 4 4"} {
		t.Run(typed, func(t *testing.T) {
			h, df := newDeskHarness(t, "en", 80, 24)
			h.typeText(typed)
			want := "type a number from 1 to 99 after +; nothing counted"
			mustContain(t, h.view(), want)
			if !strings.Contains(h.underBox(), want) {
				t.Errorf("nothing under the box for %s: %q", typed, h.underBox())
			}
			h.press("enter")
			if df.writes != 0 {
				t.Fatalf("%s enter wrote %d records", typed, df.writes)
			}
			// Refused and cleared: the message says why, and the next
			// count is not typed after the wrong one.
			if !strings.Contains(h.a.message(), want) {
				t.Errorf("no message for %s: %q", typed, h.a.message())
			}
			if v := h.desk().box.Value(); v != "" {
				t.Errorf("after the refusal the box holds %q", v)
			}
			h.typeText("+2")
			h.press("enter")
			if df.totals().People != 2 {
				t.Fatalf("after mending: %+v", df.totals())
			}
		})
	}
}

func TestDeskUndo(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	h.send(ctrl('z'))
	mustContain(t, h.view(), "nothing to undo at this desk")

	h.typeText("hay")
	h.press("enter")
	h.send(ctrl('z'))
	if tot := df.totals(); tot.People != 0 || tot.Undone != 1 {
		t.Fatalf("after ctrl+z: %+v", tot)
	}
	mustContain(t, h.view(), "undid: 何阿姨")

	h.typeText("+4")
	h.press("enter")
	h.send(ctrl('z'))
	mustContain(t, h.view(), "undid: 4 anonymous")
	if tot := df.totals(); tot.People != 0 {
		t.Fatalf("after the second ctrl+z: %+v", tot)
	}
}

func TestDeskEscClears(t *testing.T) {
	h, _ := newDeskHarness(t, "en", 80, 24)
	h.typeText("hay")
	h.press("esc")
	d := h.desk()
	if d.box.Value() != "" || len(d.results) != 0 {
		t.Fatalf("esc left %q and %d results", d.box.Value(), len(d.results))
	}
	screen := h.view()
	mustContain(t, screen, "hay finds 何阿姨")
	if strings.Contains(screen, "> 何阿姨") {
		t.Fatalf("results still shown:\n%s", screen)
	}
	// On an empty box esc does nothing, and is not text either.
	h.press("esc")
	if d.box.Value() != "" {
		t.Fatalf("esc typed %q", d.box.Value())
	}
}

func TestDeskNotSavedBanner(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	df.setFail(true)
	h.typeText("+4")
	h.press("enter")
	screen := h.view()
	checkFits(t, screen, 80, 24)
	mustContain(t, screen, "NOT SAVED — nothing was counted", "no space left on device", "named 0 · anonymous 0")
	if tot := df.totals(); tot.People != 0 || df.writes != 0 {
		t.Fatalf("a failed write counted: %+v", tot)
	}
	// What was typed is back in the box, to try again with enter.
	if v := h.desk().box.Value(); v != "+4" {
		t.Fatalf("the box holds %q after the failure, want +4", v)
	}
	// The banner stays through other keys and failed writes.
	h.press("esc")
	h.typeText("hay")
	h.press("enter")
	if v := h.desk().box.Value(); v != "hay" {
		t.Fatalf("the box holds %q after the failure, want hay", v)
	}
	h.press("esc")
	h.tick(time.Second)
	mustContain(t, h.view(), "NOT SAVED")
	// The next write that succeeds takes it away.
	df.setFail(false)
	h.typeText("+4")
	h.press("enter")
	screen = h.view()
	if strings.Contains(screen, "NOT SAVED") {
		t.Fatalf("the banner stayed after a good write:\n%s", screen)
	}
	mustContain(t, screen, "counted: 4", "named 0 · anonymous 4")
}

func TestDeskWalkInResult(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	d := h.desk()
	h.run(d.send(deskAction{kind: actWalkIn, walkIn: walkInFields{name: " 钱阿姨 ", category: "resident", group: "9号楼", party: "3", phone: "138 1234 5678"}}), 0)
	tot := df.totals()
	if tot.People != 3 || tot.WalkIns != 3 {
		t.Fatalf("walk-in of 3: %+v", tot)
	}
	mustContain(t, h.view(), "walk-in signed in: 钱阿姨 +2 (3 people)")
	// They are found again, phone masked, marked in.
	h.typeText("qay")
	mustContain(t, h.view(), "> 钱阿姨", "138****5678", "✓ 14:17 gate")
	// Registering them again is refused, saying when they came.
	h.press("esc")
	h.run(d.send(deskAction{kind: actWalkIn, walkIn: walkInFields{name: "钱阿姨", category: "resident", group: "9号楼", party: "1", phone: "13812345678"}}), 0)
	mustContain(t, h.view(), "钱阿姨 is in already: since 14:17 at desk gate")
	if df.writes != 1 {
		t.Fatalf("%d writes", df.writes)
	}
}

// TestDeskWalkInForm fills the form through huh the way a volunteer would.
func TestDeskWalkInForm(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	h.typeText("钱阿")
	h.send(ctrl('n'))
	d := h.desk()
	if d.Focus() != focusForm {
		t.Fatal("ctrl+n opened no form")
	}
	screen := h.view()
	checkFits(t, screen, 80, 24)
	mustContain(t, screen, "Walk-in (not on the roster)", "Name", "Category", "Group or building", "People in all (them too)", "Phone (optional)", "钱阿")
	// A walk-in is a resident until the volunteer says otherwise, though
	// the roster's first category is performer.
	if c := d.form.v.category; c != "resident" {
		t.Errorf("the form starts at category %q, want resident", c)
	}
	h.typeText("姨")
	h.press("enter") // category
	h.press("right") // resident → volunteer, the roster's next
	h.press("enter") // group
	h.typeText("9号楼")
	h.press("enter") // party
	h.press("backspace")
	h.typeText("0")
	h.press("enter") // refused: 0
	if d.form == nil || df.writes != 0 {
		t.Fatal("a party of 0 was accepted")
	}
	mustContain(t, h.view(), "a number from 1 to 99")
	h.press("backspace")
	h.typeText("2")
	h.press("enter") // phone
	h.typeText("138-1234-567x")
	h.press("enter")
	mustContain(t, h.view(), "digits only")
	for range 4 {
		h.press("backspace")
	}
	h.typeText("5678")
	h.press("enter")
	if d.form != nil || d.Focus() != focusText {
		t.Fatalf("the form is still open:\n%s", h.view())
	}
	tot := df.totals()
	if tot.People != 2 || tot.WalkIns != 2 {
		t.Fatalf("after the form: %+v", tot)
	}
	rec, _ := df.att.Find(1)
	if rec.Name != "钱阿姨" || rec.Group != "9号楼" || rec.Phone != "13812345678" || rec.Category != "volunteer" || rec.Party != 2 {
		t.Errorf("written: %+v", rec)
	}
	// The next walk-in at this desk starts where the last one ended.
	h.send(ctrl('n'))
	if c := d.form.v.category; c != "volunteer" {
		t.Errorf("the next form starts at %q, want the last chosen, volunteer", c)
	}
	h.press("esc")

	// esc closes the form and writes nothing.
	h.send(ctrl('n'))
	h.typeText("孙")
	h.press("esc")
	if d.form != nil || df.writes != 1 {
		t.Fatal("esc did not cancel the form")
	}

	// A party typed after the name comes into the form as its size.
	h.press("esc")
	h.typeText("孙阿姨+2")
	h.send(ctrl('n'))
	if d.form == nil || d.form.v.name != "孙阿姨" || d.form.v.party != "3" {
		t.Fatalf("the form from 孙阿姨+2: %+v", d.form.v)
	}
}

// TestDeskWalkInChinese: on a Chinese roster whose first category is 演员,
// a walk-in starts as 居民, the roster's own word for residents, and the
// party field says that it counts the walk-in too.
func TestDeskWalkInChinese(t *testing.T) {
	plan := mayDay()
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 14, 17, 30, 0, plan.Location))
	people := deskPeople()
	zh := map[string]string{"performer": "演员", "resident": "居民", "volunteer": "志愿者"}
	for i := range people {
		people[i].Category = zh[people[i].Category]
	}
	df := newDeskFake(t, b, people)
	h := deskHarness(t, df, "zh", 80, 24)
	h.typeText("钱阿姨+1")
	h.send(ctrl('n'))
	d := h.desk()
	if d.form == nil {
		t.Fatal("ctrl+n opened no form")
	}
	screen := h.view()
	checkFits(t, screen, 80, 24)
	mustContain(t, screen, "共几人（含本人）", "居民")
	if c := d.form.v.category; c != "居民" {
		t.Errorf("the form starts at category %q, want 居民", c)
	}
	for range 5 {
		h.press("enter")
	}
	rec, ok := df.att.Find(1)
	if !ok || rec.Name != "钱阿姨" || rec.Category != "居民" || rec.Party != 2 {
		t.Errorf("written: %+v (%v)", rec, ok)
	}
}

func TestWalkInCategories(t *testing.T) {
	for _, c := range []struct {
		roster   []string
		zh       bool
		want     string
		resident int
	}{
		{nil, false, "resident,other", 0},
		{nil, true, "居民,其他", 0},
		{[]string{"performer", "Resident"}, true, "performer,Resident,other", 1},
		{[]string{"演员", "居民"}, false, "演员,居民,其他", 1},
		{[]string{"演员", "志愿者"}, true, "演员,志愿者,居民,其他", 2},
	} {
		res, other := "resident", "other"
		if c.zh {
			res, other = "居民", "其他"
		}
		got, resident := walkInCategories(c.roster, c.zh, res, other)
		if strings.Join(got, ",") != c.want || resident != c.resident {
			t.Errorf("%v zh=%v: %v, residents at %d; want %s, at %d", c.roster, c.zh, got, resident, c.want, c.resident)
		}
	}
}

func TestDeskTypedTextAndPaste(t *testing.T) {
	h, _ := newDeskHarness(t, "zh", 80, 24)
	// q and ? are letters of a search, not quit and help.
	h.typeText("q?")
	if h.quit || h.a.help || h.desk().box.Value() != "q?" {
		t.Fatalf("q? typed: quit %v help %v box %q", h.quit, h.a.help, h.desk().box.Value())
	}
	h.press("esc")
	// An input method commits characters as one key with text.
	h.send(tea.KeyPressMsg{Code: tea.KeyExtended, Text: "何阿"})
	mustContain(t, h.view(), "> 何阿姨")
	h.press("esc")
	h.send(tea.PasteMsg{Content: "张\x1b[31m大\u202e"})
	if v := h.desk().box.Value(); strings.ContainsAny(v, "\x1b\u202e") {
		t.Fatalf("pasted escapes reached the box: %q", v)
	}
	h.press("esc")
	h.send(tea.PasteMsg{Content: "单志"})
	mustContain(t, h.view(), "> 单志刚", "太极拳表演")
}

func TestDeskFitsEverySize(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		h, df := newDeskHarness(t, lang, 80, 24)
		fixedLog(t, df)
		df.setFail(true)
		h.typeText("+3")
		h.press("enter", "esc")
		h.typeText("ha")
		for w := 30; w <= 200; w += 7 {
			for hh := 6; hh <= 60; hh += 5 {
				h.send(tea.WindowSizeMsg{Width: w, Height: hh})
				screen := h.view()
				checkFits(t, screen, w, hh)
				if w >= minWidth && hh >= minHeight {
					if n := strings.Count(screen, "\n") + 1; n != hh {
						t.Errorf("%s %dx%d: %d lines", lang, w, hh, n)
					}
					mustContain(t, screen, "何阿姨")
				}
			}
		}
	}
}

// TestDeskAnswerReachesAnotherTab: the answer to a write comes back while
// the volunteer has switched to another tab; the Desk still shows what was
// done, and the writes queued behind it go on without waiting for a clock.
func TestDeskAnswerReachesAnotherTab(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	h.typeText("单志")
	_, cmd := h.a.Update(keyMsg("enter"))
	h.press("tab") // to the Summary before the answer
	if h.a.active == 1 {
		t.Fatal("tab did not leave the Desk")
	}
	h.run(cmd, 0) // the answer arrives while the Summary is shown
	if df.totals().People != 1 {
		t.Fatal("the write did not happen")
	}
	h.press("shift+tab")
	screen := h.view()
	mustContain(t, screen, "signed in: 单志刚", "太极拳表演 — on in about 19 min")
	if d := h.desk(); !d.writes.idle() {
		t.Fatalf("the desk still waits for answer %d", d.writes.flying)
	}
	// The next writes go out at once, with no clock to wait for.
	h.typeText("+3")
	h.press("enter")
	h.typeText("+2")
	h.press("enter")
	if tot := df.totals(); tot.People != 6 || df.writes != 3 {
		t.Fatalf("writes after the tab switch: %+v in %d writes", tot, df.writes)
	}
	mustContain(t, h.view(), "counted: 2")
}

// requireDeskScreen checks a Desk screen drawn with colours off, exactly
// w×h, against its golden file.
func requireDeskScreen(t *testing.T, screen string, w, h int) {
	t.Helper()
	checkFits(t, screen, w, h)
	if n := strings.Count(screen, "\n") + 1; n != h {
		t.Errorf("%d lines, want %d", n, h)
	}
	if strings.ContainsAny(screen, "\x1b\a") {
		t.Errorf("escape codes with colours off: %q", screen)
	}
	golden.RequireEqual(t, screen)
}

// TestDeskGolden pins the Desk screen in both languages: the fixed log of
// the afternoon, "ha" typed, at 14:17:30, colours off.
func TestDeskGolden(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}, {160, 45}} {
		for _, lang := range []string{"en", "zh"} {
			t.Run(fmt.Sprintf("%dx%d_%s", size.w, size.h, lang), func(t *testing.T) {
				h, df := newDeskHarness(t, lang, size.w, size.h)
				fixedLog(t, df)
				h.send(changedMsg{})
				h.typeText("ha")
				requireDeskScreen(t, h.view(), size.w, size.h)
			})
		}
	}
}

// TestDeskNoColor: with NO_COLOR's profile the Desk draws bold and reverse
// only, the banner and the chosen row included; with colours it has some.
func TestDeskNoColor(t *testing.T) {
	screen := func(p colorprofile.Profile) string {
		h, df := newDeskHarness(t, "zh", 100, 30)
		fixedLog(t, df)
		h.send(tea.ColorProfileMsg{Profile: p})
		df.setFail(true)
		h.typeText("+2")
		h.press("enter", "esc")
		h.typeText("hay")
		s := h.view()
		h.press("enter") // the question about 何阿姨
		s += h.view()
		return s
	}
	if codes := colourCodes(screen(colorprofile.Ascii)); len(codes) > 0 {
		t.Errorf("NO_COLOR: colour escapes on the Desk: %q", codes)
	}
	s := screen(colorprofile.ANSI256)
	if codes := colourCodes(s); len(codes) == 0 {
		t.Error("a 256-colour terminal got no colours on the Desk")
	}
	mustContain(t, ansiStrip(s), "未保存 —— 本次没有计入", "何阿姨 已经签到：13:47 在签到台 gate。再次入场？")
}

// TestDeskEscapesInDataAreInert: control characters and escape sequences
// in the roster reach the screen as U+FFFD, never as themselves.
func TestDeskEscapesInDataAreInert(t *testing.T) {
	plan := mayDay()
	b := newFakeBackend(plan, time.Date(2025, 5, 1, 14, 0, 0, 0, plan.Location))
	people := deskPeople()
	people[0].Name = "何阿姨" + hostile
	people[0].Group = "\x9b2J\u202e楼"
	people[0].Category = hostile
	df := newDeskFake(t, b, people)
	if _, err := df.SignIn(&df.roster.People[0], false); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []colourMode{colourPlain, colourNone, colourFull} {
		h := deskHarness(t, df, "en", 120, 40)
		h.a.mode = mode
		h.a.restyle()
		h.send(styleMsg{})
		h.typeText("何阿")
		screens := []string{h.view()}
		h.press("enter") // in already: the question names them
		screens = append(screens, h.view())
		h.press("y") // the message names them
		screens = append(screens, h.view())
		for _, s := range screens {
			if strings.ContainsAny(s, "\a\u009b\u202e") || strings.Contains(sgr.ReplaceAllString(s, ""), "\x1b") {
				t.Fatalf("mode %d: an escape from the data reached the screen: %q", mode, s)
			}
			if mode == colourPlain && strings.Contains(s, "\x1b") {
				t.Fatalf("escape codes with styling off: %q", s)
			}
		}
		mustContain(t, screens[0], "何阿姨\uFFFD[31mred")
	}
}

// TestDeskHelpOnEmptyBox: ? opens the full help on the Desk as everywhere
// else while the box is empty (no name starts with ?), and is text once
// something is typed.
func TestDeskHelpOnEmptyBox(t *testing.T) {
	h, _ := newDeskHarness(t, "en", 120, 40)
	mustContain(t, h.view(), "? more keys", "ctrl+c quit")
	h.press("?")
	screen := h.view()
	mustContain(t, screen, "walk-in", "undo", "close help")
	checkFits(t, screen, 120, 40)
	h.press("w") // closes the help; not typed unseen
	if h.a.help || h.desk().box.Value() != "" {
		t.Fatalf("after a key in the full help: help %v, box %q", h.a.help, h.desk().box.Value())
	}
	h.typeText("wa")
	if s := h.view(); strings.Contains(s, "? more keys") {
		t.Errorf("the help bar offers ? while the box holds text:\n%s", s)
	}
	h.press("?")
	if h.a.help || h.desk().box.Value() != "wa?" {
		t.Fatalf("? after text: help %v, box %q; want it typed", h.a.help, h.desk().box.Value())
	}
	// At 80 columns tab and ctrl+c keep their place and ? makes room.
	h80, _ := newDeskHarness(t, "en", 80, 24)
	mustContain(t, h80.view(), "ctrl+z undo", "tab next view", "ctrl+c quit")
	h80.press("?")
	if !h80.a.help {
		t.Error("? on an empty box at 80 columns did not open the help")
	}
}
