package board

import (
	"bytes"
	"encoding/json"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"eventday/i18n"
	"eventday/program"
)

// The acts of the May Day show, as the board shows them.
const (
	choir      = "童声合唱《春天在哪里》"
	choirWho   = "阳光幼儿园大班小朋友（周老师带队）"
	fanDance   = "扇子舞《茉莉花》"
	fanWho     = "何阿姨和夕阳红舞蹈队"
	sponsors   = "感谢赞助商"
	eventName  = "幸福里社区五一文艺汇演"
	actsInShow = 9
)

// TestTakeBeforeStart: ten minutes before the printed start, nothing is
// live, the first act is expected at 14:30 and is to be called now; with
// nobody of it signed in, the call says so, and once one of them has, it
// is a call to the waiting area.
func TestTakeBeforeStart(t *testing.T) {
	s := openDemo(t)
	b := s.take()
	if b.Event != eventName || !b.Now.Equal(at(14, 20, 0)) || b.Now.Location().String() != "Asia/Shanghai" {
		t.Errorf("event %q at %v", b.Event, b.Now)
	}
	if b.Phase != program.NotStarted || b.Live != nil || !b.Ended.IsZero() {
		t.Errorf("phase %v, live %+v, ended %v", b.Phase, b.Live, b.Ended)
	}
	if b.Next == nil || b.Next.Title != choir || b.Next.Performers != choirWho || !b.Next.Expected.Equal(at(14, 30, 0)) {
		t.Fatalf("next %+v", b.Next)
	}
	want := []Call{{Kind: program.NotHere, Title: choir, Performers: choirWho, In: 10 * time.Minute}}
	if !slices.Equal(b.Calls, want) {
		t.Errorf("calls %+v, want %+v", b.Calls, want)
	}
	if b.People != 0 || b.Capacity != 150 {
		t.Errorf("%d people of %d", b.People, b.Capacity)
	}

	s.signIn(t, "周雅琴")
	b = s.take()
	want[0].Kind = program.CallNow
	if !slices.Equal(b.Calls, want) || b.People != 1 {
		t.Errorf("after a sign-in: calls %+v, %d people", b.Calls, b.People)
	}
	if m := b.Calls[0].Minutes(); m != 10 {
		t.Errorf("on in about %d min, want 10", m)
	}
}

// TestTakeLive: an act live two minutes and a quarter in: its time, the
// next act expected when it ends, and the next act called.
func TestTakeLive(t *testing.T) {
	s := openDemo(t)
	s.signIn(t, "何阿姨")
	s.goAt(t, at(14, 30, 0))
	s.clock.Set(at(14, 32, 15).Add(500 * time.Millisecond))
	b := s.take()
	want := LiveAct{Title: choir, Performers: choirWho, Length: 5 * time.Minute,
		Elapsed: 2*time.Minute + 15500*time.Millisecond, Remaining: 2*time.Minute + 44500*time.Millisecond}
	if b.Phase != program.Running || b.Live == nil || *b.Live != want {
		t.Fatalf("phase %v, live %+v, want %+v", b.Phase, b.Live, want)
	}
	if b.Next == nil || b.Next.Title != fanDance || !b.Next.Expected.Equal(at(14, 35, 0)) {
		t.Errorf("next %+v", b.Next)
	}
	// The square dance is expected at 14:43, more than call_ahead away.
	calls := []Call{{Kind: program.CallNow, Title: fanDance, Performers: fanWho, In: 2*time.Minute + 44500*time.Millisecond}}
	if !slices.Equal(b.Calls, calls) || b.Calls[0].Minutes() != 3 {
		t.Errorf("calls %+v, want %+v", b.Calls, calls)
	}
	w := Say(b, &i18n.For("en").Board)
	if w.NowTime != "2:45 left" || w.NowSpan != "2:15 of 5:00" || w.Over || w.Class != "on" {
		t.Errorf("the words: %q, %q, over %v, class %q", w.NowTime, w.NowSpan, w.Over, w.Class)
	}

	s.cue(t, at(14, 33, 0), program.Cue{Kind: program.KindCalled, Act: "fan-dance"})
	b = s.take()
	if len(b.Calls) == 0 || b.Calls[0].Kind != program.ToWings {
		t.Errorf("a called act: calls %+v, want it to the wings", b.Calls)
	}
}

// TestTakeOverrun: past its length the live act overruns, by how much,
// and the next act is expected as soon as it ends, which is now.
func TestTakeOverrun(t *testing.T) {
	s := openDemo(t)
	s.goAt(t, at(14, 30, 0))
	s.clock.Set(at(14, 36, 30))
	b := s.take()
	if b.Live == nil || !b.Live.Over || b.Live.Remaining != -90*time.Second || b.Live.Elapsed != 390*time.Second {
		t.Fatalf("live %+v", b.Live)
	}
	if b.Next == nil || !b.Next.Expected.Equal(at(14, 36, 30)) {
		t.Errorf("next %+v, want expected now", b.Next)
	}
	for lang, want := range map[string]string{"en": "+1:30 over", "zh": "超时 +1:30"} {
		if w := Say(b, &i18n.For(lang).Board); w.NowTime != want || !w.Over {
			t.Errorf("%s: %q, over %v; want %q", lang, w.NowTime, w.Over, want)
		}
	}
	// At its last moment the act is not yet over; at its end it is.
	s.clock.Set(at(14, 34, 59).Add(999 * time.Millisecond))
	if b := s.take(); b.Live.Over || Say(b, &i18n.For("en").Board).NowTime != "0:01 left" {
		t.Errorf("a millisecond before the end: %+v", b.Live)
	}
	s.clock.Set(at(14, 35, 0))
	if b := s.take(); !b.Live.Over {
		t.Errorf("at the end: %+v", b.Live)
	}
}

// TestTakeOnHold: on hold the live act's time stands still.
func TestTakeOnHold(t *testing.T) {
	s := openDemo(t)
	s.goAt(t, at(14, 30, 0))
	s.cue(t, at(14, 33, 0), program.Cue{Kind: program.KindHold})
	s.clock.Set(at(14, 40, 0))
	b := s.take()
	if b.Phase != program.OnHold || b.Live == nil || b.Live.Elapsed != 3*time.Minute || b.Live.Remaining != 2*time.Minute || b.Live.Over {
		t.Fatalf("phase %v, live %+v", b.Phase, b.Live)
	}
	if w := Say(b, &i18n.For("zh").Board); w.Phase != "暂停中" || w.Class != "hold" {
		t.Errorf("the words: %q, class %q", w.Phase, w.Class)
	}
	s.cue(t, at(14, 41, 0), program.Cue{Kind: program.KindResume})
	s.clock.Set(at(14, 42, 0))
	if b := s.take(); b.Phase != program.Running || b.Live.Elapsed != 4*time.Minute {
		t.Errorf("resumed: phase %v, live %+v", b.Phase, b.Live)
	}
}

// TestTakeFinished: after the GO that ends the last act the board says
// when the show ended, and has nothing live, next or to call.
func TestTakeFinished(t *testing.T) {
	s := openDemo(t)
	for i := range actsInShow + 1 {
		s.goAt(t, at(14, 30+i, 0))
	}
	s.clock.Set(at(14, 45, 0))
	b := s.take()
	if b.Phase != program.Over || !b.Ended.Equal(at(14, 39, 0)) || b.Live != nil || b.Next != nil || len(b.Calls) != 0 {
		t.Fatalf("%+v", b)
	}
	if got := Say(b, &i18n.For("en").Board).NowNone; got != "The show ended at 14:39. Thank you!" {
		t.Errorf("%q", got)
	}
	// The act before: the last one is live and nothing is next.
	s2 := openDemo(t)
	for i := range actsInShow {
		s2.goAt(t, at(14, 30+i, 0))
	}
	if b := s2.take(); b.Live == nil || b.Live.Title != sponsors || b.Next != nil ||
		Say(b, &i18n.For("zh").Board).NextNone != "没有下一个节目了" {
		t.Errorf("the last act: %+v", b)
	}
}

// phoneRun is what could be read as a phone number: seven digits or more,
// maybe with spaces or dashes between them.
var phoneRun = regexp.MustCompile(`[0-9０-９](?:[ -]?[0-9０-９]){6,}`)

// TestNoPhonesNoPrivateText: phone numbers in the event's name, an act's
// title and its performers are masked in everything the board sends, and
// nothing of the MC's lines, the notes, the contacts or the roster is in it.
func TestNoPhonesNoPrivateText(t *testing.T) {
	s := openDemo(t,
		"name: 幸福里社区五一文艺汇演", "name: 幸福里汇演 热线 021-5555 0451",
		"performers: 阳光幼儿园大班小朋友（周老师带队）", "performers: 周老师 13816620451 带队",
		"title: 扇子舞《茉莉花》", "title: 扇子舞 联系 139-0185-2273",
	)
	s.signIn(t, "周雅琴")
	s.signIn(t, "王小雨")
	s.goAt(t, at(14, 30, 0))
	s.clock.Set(at(14, 34, 0))
	b := s.take()
	if b.Live == nil || b.Live.Performers != "周老师 138****0451 带队" || b.Next == nil || b.Next.Title != "扇子舞 联系 139****2273" {
		t.Fatalf("live %+v, next %+v", b.Live, b.Next)
	}
	everything := sent(t, b)
	for where, text := range everything {
		// The moment, 2026-05-01T14:34:00, is the JSON's own.
		text = strings.ReplaceAll(text, b.Now.Format(time.RFC3339), "")
		if m := phoneRun.FindString(text); m != "" {
			t.Errorf("%s: a phone number %q", where, m)
		}
	}
	prog := s.Plan()
	var shownTexts strings.Builder
	for _, a := range prog.Acts {
		shownTexts.WriteString(a.Title + a.Performers + "\n")
	}
	var private []string
	for _, a := range prog.Acts {
		private = append(private, strings.Fields(a.Intro)...)
		private = append(private, a.Notes, a.Contact)
	}
	for _, name := range []string{"周雅琴", "王小雨", "单子涵", "gate"} {
		if !strings.Contains(shownTexts.String(), name) {
			private = append(private, name)
		}
	}
	for where, text := range everything {
		for _, p := range private {
			if p != "" && strings.Contains(text, p) {
				t.Errorf("%s: has %q, which the board does not show", where, p)
			}
		}
	}
}

// sent is everything the board sends of b: its JSON, its page and its
// text, in both languages.
func sent(t *testing.T, b Snapshot) map[string]string {
	t.Helper()
	js, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	// The JSON's texts; its numbers are counts and milliseconds.
	var v any
	if err := json.Unmarshal(js, &v); err != nil {
		t.Fatal(err)
	}
	out := map[string]string{"json": strings.Join(stringsIn(v), "\n")}
	for _, lang := range i18n.Langs {
		var page bytes.Buffer
		if err := Page(&page, b, i18n.For(lang)); err != nil {
			t.Fatal(err)
		}
		out["page "+lang] = page.String()
		out["text "+lang] = Text(b, i18n.For(lang), 80)
	}
	return out
}

// stringsIn is every string in a decoded JSON value.
func stringsIn(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			out = append(out, stringsIn(x)...)
		}
		return out
	case map[string]any:
		var out []string
		for _, x := range v {
			out = append(out, stringsIn(x)...)
		}
		return out
	}
	return nil
}
