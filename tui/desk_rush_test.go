package tui

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"eventday/checkin"
	"eventday/live"
)

// The desk during the arrival rush: the traps a volunteer falls into when
// people come faster than names can be typed.

// person is the roster person of the desk fake called name in group.
func (f *deskFake) person(t testing.TB, name, group string) *checkin.Person {
	t.Helper()
	for i := range f.roster.People {
		if p := &f.roster.People[i]; p.Name == name && p.Group == group {
			return p
		}
	}
	t.Fatalf("nobody called %s in %s", name, group)
	return nil
}

// TestDeskBoxEndsWithTheAnswer: a question answered, a refusal or a name
// that found nobody ends what was typed, so the next name is not typed
// after it (hay, then hay again, must not search hayhay).
func TestDeskBoxEndsWithTheAnswer(t *testing.T) {
	t.Run("nobody found", func(t *testing.T) {
		h, df := newDeskHarness(t, "en", 80, 24)
		h.typeText("hayy")
		mustContain(t, h.view(), "nobody on the roster matches hayy")
		h.press("enter")
		if v := h.desk().box.Value(); v != "" {
			t.Fatalf("enter on a name that found nobody left %q", v)
		}
		mustContain(t, h.view(), "nobody on the roster matches hayy; nobody signed in (ctrl+n registers a walk-in)")
		h.typeText("hay")
		if v := h.desk().box.Value(); v != "hay" {
			t.Fatalf("the next name: the box holds %q", v)
		}
		h.press("enter")
		if df.writes != 1 || df.totals().Named != 1 {
			t.Fatalf("%d writes, %+v", df.writes, df.totals())
		}
	})
	t.Run("in already, no", func(t *testing.T) {
		h, df := newDeskHarness(t, "en", 80, 24)
		if _, err := df.SignIn(df.person(t, "何阿姨", "何阿姨舞蹈队"), false); err != nil {
			t.Fatal(err)
		}
		h.send(changedMsg{})
		h.typeText("hay")
		h.press("enter", "n")
		h.typeText("zdy")
		if v := h.desk().box.Value(); v != "zdy" {
			t.Fatalf("after n the next name made %q", v)
		}
	})
	t.Run("refused by the owner", func(t *testing.T) {
		// A station without a desk name is refused every write: a
		// refusal, not a full disk, so what was typed is not put back.
		h, df := newDeskHarness(t, "en", 80, 24)
		df.name = ""
		h.typeText("hay")
		h.press("enter")
		mustContain(t, h.view(), "this station has no desk name")
		if v := h.desk().box.Value(); v != "" {
			t.Fatalf("after a refusal the box holds %q", v)
		}
	})
	t.Run("team, no", func(t *testing.T) {
		h, df := newDeskHarness(t, "en", 80, 24)
		h.typeText("夕阳红")
		h.press("enter", "n")
		mustContain(t, h.view(), "夕阳红秧歌队: nobody signed in")
		if v := h.desk().box.Value(); v != "" || df.writes != 0 {
			t.Fatalf("after n to the team: box %q, %d writes", v, df.writes)
		}
	})
	t.Run("not saved puts it back", func(t *testing.T) {
		// The one exception: the disk refused the write, and enter tries
		// again.
		h, df := newDeskHarness(t, "en", 80, 24)
		df.setFail(true)
		h.typeText("hay")
		h.press("enter")
		if v := h.desk().box.Value(); v != "hay" {
			t.Fatalf("after a failed write the box holds %q, want hay back", v)
		}
		df.setFail(false)
		h.press("enter")
		if df.writes != 1 {
			t.Fatalf("enter after the failure: %d writes", df.writes)
		}
	})
}

// TestDeskSharedNamesShowTheGroup: two people called 王芳 are told apart
// by their group wherever the desk names one of them: the results, the
// message, the lists of sign-ins, the question; someone whose name is
// theirs alone is named alone. A walk-in who shares a roster name counts.
func TestDeskSharedNamesShowTheGroup(t *testing.T) {
	h, df := newDeskHarness(t, "en", 100, 30)
	h.typeText("wangfang")
	mustContain(t, h.view(), "> 王芳 (居委会)", "  王芳 (3号楼)")
	h.press("down", "enter")
	screen := h.view()
	mustContain(t, screen, "signed in: 王芳 (3号楼)", "14:17  王芳 (3号楼)  resident")
	h.typeText("hay")
	h.press("enter")
	mustContain(t, h.view(), "signed in: 何阿姨\n")
	h.typeText("wangfang")
	h.press("down", "enter")
	mustContain(t, h.view(), "王芳 (3号楼) is in already: since 14:17 at desk gate. Count again?")
	h.press("n")
	// A walk-in called 李想, like the 李想 of 7号楼 on the roster.
	h.run(h.desk().send(deskAction{kind: actWalkIn, walkIn: walkInFields{name: "李想", category: "resident", group: "9号楼", party: "1"}}), 0)
	mustContain(t, h.view(), "walk-in signed in: 李想 (9号楼)")
	if df.writes != 3 {
		t.Fatalf("%d writes", df.writes)
	}
}

// TestDeskUndoAnEarlierEntry: the wrong 王芳 was signed in three entries
// ago; the volunteer goes down into the list of this desk's sign-ins,
// chooses her and undoes that entry alone.
func TestDeskUndoAnEarlierEntry(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	h.typeText("wangfang")
	h.press("down", "enter") // 王芳 of 3号楼, meant the other
	h.typeText("hay")
	h.press("enter")
	h.typeText("+4")
	h.press("enter")
	h.typeText("wangfang")
	h.press("enter") // the right one
	mustContain(t, h.view(), "↓ undo earlier")
	// Another desk's entry is not offered.
	df.mu.Lock()
	if rec, err := df.att.Anonymous(2, "side", df.Now()); err != nil || df.att.Apply(rec) != nil {
		t.Fatal(err)
	}
	df.mu.Unlock()
	h.send(changedMsg{})

	h.press("down")
	d := h.desk()
	if !d.picking {
		t.Fatal("↓ on the empty box did not go into the list")
	}
	screen := h.view()
	checkFits(t, screen, 80, 24)
	mustContain(t, screen, "Undo which sign-in? (this desk's)", "> 14:17  王芳 (居委会)", "enter undo this one", "esc back")
	if strings.Contains(screen, "2 anonymous") {
		t.Errorf("the list offers the side desk's entry:\n%s", screen)
	}
	h.press("down", "down", "down", "down") // the last stays chosen
	h.press("enter")
	mustContain(t, h.view(), "undo 王芳 (3号楼), signed in at 14:17?", "enter/y undo it", "esc/n keep it")
	h.press("n") // not that one after all: back in the list
	if !d.picking || d.ask != nil || df.writes != 4 {
		t.Fatalf("after n: picking %v, asking %v, %d writes", d.picking, d.ask != nil, df.writes)
	}
	mustContain(t, h.view(), "kept: 王芳 (3号楼)")
	h.press("enter", "y")
	if d.picking || df.writes != 5 {
		t.Fatalf("after y: picking %v, %d writes", d.picking, df.writes)
	}
	mustContain(t, h.view(), "undid: 王芳 (3号楼), signed in at 14:17")
	undo, _ := df.att.Find(6)
	if undo.Kind != checkin.KindUndo || undo.Undoes != 1 {
		t.Fatalf("the undo record: %+v", undo)
	}
	if tot := df.totals(); tot.People != 1+4+1+2 || tot.Undone != 1 {
		t.Fatalf("after undoing the wrong 王芳: %+v", tot)
	}
	// ctrl+u goes in too; esc comes back; a letter typed in the list is
	// the next name.
	h.send(ctrl('u'))
	if !d.picking {
		t.Fatal("ctrl+u did not go into the list")
	}
	h.press("esc")
	if d.picking {
		t.Fatal("esc did not leave the list")
	}
	h.press("down", "up")
	if d.picking {
		t.Fatal("↑ from the top of the list did not go back to the box")
	}
	h.press("down")
	h.typeText("zdy")
	if d.picking || d.box.Value() != "zdy" {
		t.Fatalf("typing in the list: picking %v, box %q", d.picking, d.box.Value())
	}
	// So does a paste.
	h.press("esc", "down")
	h.send(tea.PasteMsg{Content: "张大"})
	if d.picking || d.box.Value() != "张大" {
		t.Fatalf("a paste in the list: picking %v, box %q", d.picking, d.box.Value())
	}
	// ctrl+z still takes back the last entry.
	h.press("esc")
	h.send(ctrl('z'))
	mustContain(t, h.view(), "undid: 王芳 (居委会)")
	// The full help has both ways in.
	h.press("?")
	mustContain(t, h.view(), "↓      undo earlier", "ctrl+u undo earlier")
}

// TestDeskPartyAfterAName: 王建平 and three of his family are one entry of
// four, typed as +3 after his name, before or after choosing him.
func TestDeskPartyAfterAName(t *testing.T) {
	h, df := newDeskHarness(t, "en", 100, 30)
	h.typeText("wjp+")
	mustContain(t, h.view(), "type how many came with them (1 to 98), then enter")
	h.typeText("3")
	mustContain(t, h.view(), "> 王建平", "enter signs in 王建平 +3: 4 people in one entry")
	h.press("enter")
	rec, _ := df.att.Find(1)
	if df.writes != 1 || rec.Name != "王建平" || rec.Party != 4 || rec.Anonymous() {
		t.Fatalf("%d writes, %+v", df.writes, rec)
	}
	mustContain(t, h.view(), "signed in: 王建平 +3 (4 people)", "14:17  王建平 +3")
	if tot := df.totals(); tot.People != 4 || tot.Named != 4 || tot.Entries != 1 {
		t.Fatalf("totals %+v", tot)
	}

	// Chosen with the arrows first: the + keeps the choice.
	h.typeText("wangfang")
	h.press("down")
	h.typeText("+1")
	mustContain(t, h.view(), "> 王芳 (3号楼)", "enter signs in 王芳 (3号楼) +1: 2 people in one entry")
	h.press("enter")
	if rec, _ := df.att.Find(2); rec.Group != "3号楼" || rec.Party != 2 {
		t.Fatalf("the party went to %+v", rec)
	}

	// A number that is no party is refused, nothing written.
	for _, bad := range []string{"zdy+0", "zdy+99", "zdy+x", "zdy+"} {
		h.typeText(bad)
		h.press("enter")
		if df.writes != 2 || h.desk().box.Value() != "" {
			t.Fatalf("%s: %d writes, box %q", bad, df.writes, h.desk().box.Value())
		}
		if !strings.Contains(h.a.message(), "type how many came with them, 1 to 98; nobody signed in") {
			t.Errorf("%s: message %q", bad, h.a.message())
		}
	}

	// 王建平 went home and comes back with three more: asked, then the
	// re-entry and the three as heads of their own.
	h.typeText("wjp+3")
	h.press("enter")
	mustContain(t, h.view(), "王建平 is in already: since 14:17 at desk gate. Count again, and the 3 with them?")
	h.press("y")
	mustContain(t, h.view(), "in again: 王建平, and 3 with them counted")
	if tot := df.totals(); tot.People != 4+2+3 || tot.Entries != 4 {
		t.Fatalf("after the re-entry with three: %+v", tot)
	}
}

// TestDeskSignsInATeam: 夕阳红 finds the yangge troupe; enter asks whether
// to sign in those of it not here yet, each their own entry.
func TestDeskSignsInATeam(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	if _, err := df.SignIn(df.person(t, "周桂兰", "夕阳红秧歌队"), false); err != nil {
		t.Fatal(err)
	}
	h.send(changedMsg{})
	h.typeText("夕阳红")
	// The troupe's people are listed by their group, the team chosen.
	mustContain(t, h.view(), "> 夕阳红秧歌队  team of 4", "1 here", "  孙秀英")
	h.press("enter")
	mustContain(t, h.view(), "夕阳红秧歌队: sign in the 3 not here yet? (1 here already)", "enter/y sign them in", "esc/n cancel")
	if df.writes != 1 {
		t.Fatal("the question wrote")
	}
	h.press("y")
	// The troupe is the yangge's: where they should go is under the box.
	mustContain(t, h.view(), "夕阳红秧歌队: signed in 3; all 4 are here now", "秧歌 — on in about")
	if tot := df.totals(); tot.People != 4 || tot.Entries != 4 || df.writes != 4 {
		t.Fatalf("after the team: %+v in %d writes", tot, df.writes)
	}
	for seq := int64(2); seq <= 4; seq++ {
		if rec, _ := df.att.Find(seq); rec.Party != 1 || rec.Group != "夕阳红秧歌队" {
			t.Errorf("entry %d: %+v", seq, rec)
		}
	}
	// By the act's title too; all here now, so nothing to ask.
	h.typeText("秧歌")
	mustContain(t, h.view(), "夕阳红秧歌队  team of 4  ✓ all here")
	h.press("enter")
	mustContain(t, h.view(), "夕阳红秧歌队: all 4 are here already; nobody signed in")
	if df.writes != 4 || h.desk().box.Value() != "" {
		t.Fatalf("enter on a team all here: %d writes, box %q", df.writes, h.desk().box.Value())
	}
}

// TestDeskPlusRunSaysTheTotal: + pressed twenty times and enter counts
// twenty people in twenty entries, and the line says 20, not 1, however
// late the answers come; a pause starts a new run.
func TestDeskPlusRunSaysTheTotal(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	for range 20 {
		h.press("+")
	}
	h.press("enter")
	if tot := df.totals(); tot.People != 20 || tot.Entries != 20 || df.writes != 20 {
		t.Fatalf("20 + and enter: %+v in %d writes", tot, df.writes)
	}
	mustContain(t, h.view(), "counted: 1 · 20 in this run, since 14:17:30")

	h.tick(11 * time.Second)
	h.typeText("+3")
	h.press("enter")
	msg := h.a.message()
	if !strings.Contains(msg, "counted: 3") || strings.Contains(msg, "run") {
		t.Fatalf("after a pause: %q, want a new run", msg)
	}
	h.press("+", "+", "enter")
	mustContain(t, h.view(), "counted: 1 · 5 in this run, since 14:17:41")
	// A name signed in ends the run.
	h.typeText("hay")
	h.press("enter", "+", "enter")
	if msg := h.a.message(); !strings.Contains(msg, "counted: 1") || strings.Contains(msg, "run") {
		t.Fatalf("after a name: %q", msg)
	}

	// Answers held and handed in late, a write failing in the middle: the
	// run says what was written, each once.
	h2, df2 := newDeskHarness(t, "zh", 80, 24)
	h2.holdCommands()
	for range 12 {
		h2.press("+")
	}
	h2.press("enter")
	h2.deliverUntil(func() bool { return df2.writes == 5 })
	df2.setFail(true)
	h2.deliverUntil(func() bool { return h2.desk().banner != "" })
	df2.setFail(false)
	h2.deliverAll()
	tot := df2.totals()
	if tot.People != 11 || df2.writes != 11 {
		t.Fatalf("12 + with one failure: %+v in %d writes", tot, df2.writes)
	}
	// The failure started a new run: 5 before it, 6 after.
	mustContain(t, h2.view(), "已计入：1 人 · 本轮共 6 人（14:17:30 起）")
}

// TestDeskQuitAsksDuringTheRush: while people are being signed in here
// (the last sign-in at this desk less than ten minutes ago) ? then q asks
// first, as the Stage does while an act is live; later it quits at once.
func TestDeskQuitAsksDuringTheRush(t *testing.T) {
	h, df := newDeskHarness(t, "en", 80, 24)
	// Another desk's sign-ins are not this desk's rush.
	df.mu.Lock()
	if rec, err := df.att.Anonymous(2, "side", df.Now()); err != nil || df.att.Apply(rec) != nil {
		t.Fatal(err)
	}
	df.mu.Unlock()
	h.send(changedMsg{})
	if w := h.desk().QuitWarning(); w != "" {
		t.Fatalf("no sign-in here, yet %q", w)
	}
	h.typeText("hay")
	h.press("enter")
	h.tick(9 * time.Minute)
	h.press("?", "q")
	if h.quit || h.a.asking == "" {
		t.Fatalf("? q during the rush: quit %v, asking %q", h.quit, h.a.asking)
	}
	mustContain(t, h.view(), "People are arriving (last sign-in here 14:17). Quit anyway?  y quit • n stay")
	h.press("n")
	if h.quit || h.a.asking != "" {
		t.Fatal("n did not keep the app")
	}
	// From the Stage too: q there would close the desk as well.
	h.press("shift+tab")
	h.press("q")
	if h.quit || h.a.asking == "" {
		t.Fatal("q on the Stage during the rush quit at once")
	}
	h.press("n", "tab")
	h.tick(61 * time.Second)
	h.press("?", "q")
	if !h.quit {
		t.Fatalf("ten minutes after the last sign-in ? q did not quit: asking %q", h.a.asking)
	}
}

// rushEventYAML is the May Day show of liveShow as event.yaml, for the
// desk on a real event folder.
const rushEventYAML = `event:
  name: 五一劳动节文艺汇演
  date: 2025-05-01
  venue: 社区广场
  start: "14:00"
  timezone: Asia/Shanghai
  capacity: 150
acts:
  - id: fan
    title: 扇子舞
    performers: 何阿姨舞蹈队
    duration: 6m
  - id: yangge
    title: 秧歌
    performers: 夕阳红秧歌队
    duration: 7m
`

const rushRosterCSV = `name,category,group,phone,act,note
何阿姨,performer,何阿姨舞蹈队,13901852273,fan,
黄阿英,resident,3号楼,13816620451,,
王芳,volunteer,居委会,13661208837,,
王芳,resident,3号楼,13761084429,,
王建平,resident,1号楼,13916352208,,
孙秀英,performer,夕阳红秧歌队,13795320681,yangge,
周桂兰,performer,夕阳红秧歌队,,yangge,
吴美华,performer,夕阳红秧歌队,,yangge,
郑玉梅,performer,夕阳红秧歌队,13564078112,yangge,
`

// liveDesk is the app on the real owner, live.Event on a folder of its own,
// with the Desk shown and a clock the test moves.
type liveDesk struct {
	*harness
	event *live.Event
	dir   string
	mu    sync.Mutex
	now   time.Time
}

func newLiveDesk(t *testing.T, lang string, w, h int) *liveDesk {
	t.Helper()
	dir := t.TempDir()
	for name, data := range map[string]string{"event.yaml": rushEventYAML, "roster.csv": rushRosterCSV} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Skip("no time zone data")
	}
	ld := &liveDesk{dir: dir, now: time.Date(2025, 5, 1, 14, 17, 30, 0, loc)}
	event, err := live.Open(dir, live.Options{Desk: "gate", Now: func() time.Time {
		ld.mu.Lock()
		defer ld.mu.Unlock()
		return ld.now
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { event.Close() })
	ld.event = event
	ld.harness = newHarnessOn(t, event, nil, Options{Lang: lang}, w, h)
	ld.patience = 5 * time.Second // a write fsyncs
	ld.press("tab")
	ld.send(styleMsg{})
	return ld
}

// advance moves the clock and hands the app the tick, without the next
// tick it asks for: that one would wait for the wall clock.
func (ld *liveDesk) advance(d time.Duration) {
	ld.mu.Lock()
	ld.now = ld.now.Add(d)
	ld.mu.Unlock()
	ld.a.Update(tickMsg{})
}

// journal is attendance.jsonl as written.
func (ld *liveDesk) journal(t *testing.T) []checkin.Record {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(ld.dir, checkin.AttendanceFile))
	if err != nil {
		t.Fatal(err)
	}
	var out []checkin.Record
	for _, line := range strings.Split(strings.TrimSpace(string(data)), "\n") {
		var r checkin.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	return out
}

// rush is the afternoon of the golden screens, typed at the desk: the
// wrong 王芳, 何阿姨, 周桂兰 of the yangge troupe, twenty heads, the right
// 王芳, 王建平 with three of his family, and the rest of the troupe, a
// minute apart; until names the step to stop after, "" for all.
func (ld *liveDesk) rush(until string) {
	steps := []struct {
		name string
		do   func()
	}{
		{"", func() { ld.typeText("wangfang"); ld.press("down", "enter") }},
		{"", func() { ld.typeText("hay"); ld.press("enter") }},
		{"", func() { ld.typeText("zgl"); ld.press("enter") }}, // one of the troupe, early
		{"", func() {
			for range 20 {
				ld.press("+")
			}
			ld.press("enter")
		}},
		{"", func() { ld.typeText("wangfang"); ld.press("enter") }},
		{"party", func() { ld.typeText("wjp+3"); ld.press("enter") }},
		{"team", func() { ld.typeText("夕阳红"); ld.press("enter", "y") }},
	}
	for _, s := range steps {
		s.do()
		if until != "" && s.name == until {
			return
		}
		ld.advance(time.Minute)
	}
}

// TestDeskRushOnDisk: the afternoon on a real event folder; the log holds
// exactly what the screen said: 20 heads in 20 entries, 王建平's party of
// four in one, the troupe's four in four, and the undo of the wrong 王芳
// naming her entry.
func TestDeskRushOnDisk(t *testing.T) {
	ld := newLiveDesk(t, "en", 80, 24)
	ld.rush("")
	// Twenty-seven entries back, past the twenty heads: a page at a time.
	ld.press("down")
	for range 5 {
		ld.press("pgdown") // five entries a page at 80x24
	}
	ld.press("down")
	mustContain(t, ld.view(), "> 14:18  何阿姨")
	ld.press("pgdown", "pgup", "pgdown", "pgdown")
	mustContain(t, ld.view(), "> 14:17  王芳 (3号楼)")
	ld.press("enter", "y")
	mustContain(t, ld.view(), "undid: 王芳 (3号楼), signed in at 14:17", "named 10 · anonymous 20")
	recs := ld.journal(t)
	if len(recs) != 1+1+1+20+1+1+3+1 {
		t.Fatalf("%d records", len(recs))
	}
	heads := 0
	for _, r := range recs[3:23] {
		if r.Anonymous() && r.Party == 1 {
			heads++
		}
	}
	if heads != 20 {
		t.Errorf("%d single heads among the twenty", heads)
	}
	if r := recs[24]; r.Name != "王建平" || r.Party != 4 {
		t.Errorf("the party: %+v", r)
	}
	for _, r := range recs[25:28] {
		if r.Group != "夕阳红秧歌队" || r.Party != 1 {
			t.Errorf("the troupe: %+v", r)
		}
	}
	if u := recs[28]; u.Kind != checkin.KindUndo || u.Undoes != recs[0].Seq || recs[0].Group != "3号楼" {
		t.Errorf("the undo %+v of %+v", u, recs[0])
	}
	// What a restart reads is what the screen says.
	folder, err := live.Read(ld.dir)
	if err != nil {
		t.Fatal(err)
	}
	tot := folder.Attendance.Totals()
	if want := fmt.Sprintf("named %d · anonymous %d", tot.Named, tot.Anonymous); !strings.Contains(ld.view(), want) {
		t.Errorf("the screen does not say %q:\n%s", want, ld.view())
	}
	if tot.People != 1+20+1+4+4 {
		t.Errorf("the log counts %+v", tot)
	}
}

// TestDeskRushGolden pins the Desk during the rush at the two sizes
// volunteers use, in both languages: after 王建平's party, after the
// troupe, with the list of this desk's sign-ins open, its question asked,
// and a search for a shared name.
func TestDeskRushGolden(t *testing.T) {
	scenes := []struct {
		name string
		do   func(ld *liveDesk)
	}{
		{"party", func(ld *liveDesk) { ld.rush("party") }},
		{"team", func(ld *liveDesk) { ld.rush("team") }},
		{"undo_list", func(ld *liveDesk) {
			ld.rush("")
			ld.press("down", "down", "down")
		}},
		{"undo_question", func(ld *liveDesk) {
			ld.rush("")
			ld.press("down")
			for range 6 {
				ld.press("pgdown")
			}
			ld.press("enter")
		}},
		{"same_names", func(ld *liveDesk) {
			ld.rush("")
			ld.typeText("wangfang")
		}},
	}
	for _, sc := range scenes {
		for _, size := range []struct{ w, h int }{{80, 24}, {160, 45}} {
			for _, lang := range []string{"en", "zh"} {
				t.Run(fmt.Sprintf("%s/%dx%d_%s", sc.name, size.w, size.h, lang), func(t *testing.T) {
					ld := newLiveDesk(t, lang, size.w, size.h)
					sc.do(ld)
					requireDeskScreen(t, ld.view(), size.w, size.h)
				})
			}
		}
	}
}

// TestDeskPickFitsEverySize: the list of sign-ins and its question fit
// every size, on a short screen in place of the results.
func TestDeskPickFitsEverySize(t *testing.T) {
	h, df := newDeskHarness(t, "zh", 80, 24)
	fixedLog(t, df)
	h.send(changedMsg{})
	h.press("down", "down", "down")
	for w := 40; w <= 200; w += 9 {
		for hh := 10; hh <= 60; hh += 7 {
			h.send(tea.WindowSizeMsg{Width: w, Height: hh})
			screen := h.view()
			checkFits(t, screen, w, hh)
			mustContain(t, screen, "撤销哪一条？", "> 13:58  李先生 +1")
		}
	}
}
