package tui

import (
	"maps"
	"slices"
	"sync"
	"testing"
	"time"

	"eventday/internal/eventtest"
	"eventday/program"
)

// fakeBackend is an in-memory Backend on program.Show with a settable clock:
// what live.Event does, without the files.
type fakeBackend struct {
	mu    sync.Mutex
	show  *program.Show
	clock *eventtest.Clock
	subs  map[chan struct{}]bool
	cues  int // cues written

	// presence is who of each act has signed in, as live.Event works it
	// out from the desk's log for every Stage snapshot, and performers
	// their names.
	presence   map[string]program.Presence
	performers map[string][]program.Performer
}

func newFakeBackend(plan *program.Plan, now time.Time) *fakeBackend {
	return &fakeBackend{show: program.NewShow(plan), clock: eventtest.NewClock(now), subs: map[chan struct{}]bool{}}
}

func (f *fakeBackend) Now() time.Time { return f.clock.Now() }

func (f *fakeBackend) advance(d time.Duration) { f.clock.Add(d) }

func (f *fakeBackend) Show() *program.ShowState {
	f.mu.Lock()
	defer f.mu.Unlock()
	show := f.show.State()
	show.Presence = maps.Clone(f.presence)
	return show
}

// setPresence changes who has signed in, as sign-ins at the desk would, and
// tells the subscribers.
func (f *fakeBackend) setPresence(m map[string]program.Presence) {
	f.mu.Lock()
	f.presence = m
	f.mu.Unlock()
	f.notify()
}

func (f *fakeBackend) Cue(c program.Cue) (program.Cue, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	c = f.show.New(c, f.clock.Now())
	if err := f.show.Check(c); err != nil {
		return program.Cue{}, err
	}
	if err := f.show.Apply(c); err != nil {
		return program.Cue{}, err
	}
	f.cues++
	for ch := range f.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
	return c, nil
}

func (f *fakeBackend) Performers(actID string) []program.Performer {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.performers[actID])
}

// signInPerformer signs in one more performer of an act, as the desk
// would: the presence and the names change together, and the subscribers
// are told. It returns the name.
func (f *fakeBackend) signInPerformer(actID string) string {
	f.mu.Lock()
	var name string
	for i, p := range f.performers[actID] {
		if !p.In {
			f.performers[actID][i].In = true
			name = p.Name
			break
		}
	}
	p := f.presence[actID]
	p.Arrived++
	f.presence = maps.Clone(f.presence)
	f.presence[actID] = p
	f.mu.Unlock()
	f.notify()
	return name
}

func (f *fakeBackend) LastUndoable() (program.Cue, bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.show.LastUndoable()
}

func (f *fakeBackend) Subscribe() (<-chan struct{}, func()) {
	f.mu.Lock()
	defer f.mu.Unlock()
	ch := make(chan struct{}, 1)
	f.subs[ch] = true
	// Ending a subscription stops the signals and leaves the channel
	// open, as live.Event does: a reader waiting on it waits on.
	return ch, func() {
		f.mu.Lock()
		defer f.mu.Unlock()
		delete(f.subs, ch)
	}
}

// must applies cues to build a state for a test, failing on any refusal.
func (f *fakeBackend) must(t testing.TB, cues ...program.Cue) {
	t.Helper()
	for _, c := range cues {
		if _, err := f.Cue(c); err != nil {
			t.Fatalf("cue %+v: %v", c, err)
		}
	}
}

// mayDayYAML is the test programme, a May Day show of nine acts with
// Chinese titles on 2025-05-01 at 14:00 in Shanghai, as event.yaml writes
// it: the fake's plan, and the real owner's in the tests that open a
// folder.
const mayDayYAML = `event:
  name: 五一劳动节文艺汇演
  date: 2025-05-01
  venue: 社区广场
  start: "14:00"
  timezone: Asia/Shanghai
  call_ahead: 10m
acts:
  - id: choir
    title: 幼儿园合唱《春天在哪里》
    performers: 阳光幼儿园大班
    duration: 5m
    intro: 首先登场的是我们社区最小的演员们！
    notes: 儿童话筒两个
    contact: 王老师 13800001111
  - id: fan
    title: 扇子舞
    performers: 何阿姨舞蹈队
    duration: 6m
    intro: 掌声欢迎何阿姨舞蹈队。
    notes: 音乐第2首
  - id: sketch
    title: 小品《楼道里的灯》
    performers: 3号楼邻居
    duration: 8m
    intro: 接下来是一个发生在我们楼道里的故事。
    notes: 桌子一张，椅子两把
    contact: 李先生
  - id: taichi
    title: 太极拳表演
    performers: 太极拳队
    duration: 6m
    intro: 下面请欣赏太极拳队带来的表演，他们每天早上都在广场上练习，已经坚持了十年。
    notes: 需要空场地
    contact: 赵师傅 13900002222
  - id: wushu
    title: 武术表演
    performers: 少年武术班
    duration: 5m
    intro: 少年武术班的小朋友们来了！
    notes: 刀枪道具已检查
  - id: song
    title: 独唱《我和我的祖国》
    performers: 张大爷
    duration: 4m
    intro: 张大爷今年八十岁了。
  - id: yangge
    title: 秧歌
    performers: 夕阳红秧歌队
    duration: 7m
  - id: birthday
    title: 春季生日会
    performers: 全体寿星
    duration: 10m
    intro: 请春天出生的邻居们上台！
    notes: 蛋糕由面包房提供
  - id: finale
    title: 大合唱《歌唱祖国》
    performers: 全体演员
    duration: 5m
`

// mayDay is the test programme, read from mayDayYAML.
func mayDay() *program.Plan {
	plan, err := program.ParsePlan("event.yaml", []byte(mayDayYAML), nil)
	if err != nil {
		panic(err)
	}
	return plan
}

// liveShow is the golden state: the choir and fan dance done, the sketch
// live and running a little over, tai chi called, the song skipped, at
// 14:17:30 on the event's day. The desk has signed in every performer of
// the sketch, the song and the yangge, nobody yet of tai chi (on standby)
// or the wushu class, five of nine birthday honorees; the finale's
// performers are not on the roster.
func liveShow(t testing.TB) *fakeBackend {
	t.Helper()
	return liveShowOf(t, mayDay())
}

// liveShowOf is liveShow on another programme with the same first acts.
func liveShowOf(t testing.TB, plan *program.Plan) *fakeBackend {
	t.Helper()
	start := time.Date(2025, 5, 1, 14, 1, 0, 0, plan.Location)
	f := newFakeBackend(plan, start)
	f.must(t, program.Cue{Kind: program.KindGo}) // choir 14:01
	f.advance(5*time.Minute + 30*time.Second)
	f.must(t, program.Cue{Kind: program.KindGo}) // fan dance 14:06:30
	f.advance(6 * time.Minute)
	f.must(t, program.Cue{Kind: program.KindGo}) // sketch 14:12:30
	f.must(t, program.Cue{Kind: program.KindCalled, Act: "taichi"})
	f.must(t, program.Cue{Kind: program.KindSkip, Act: "song"})
	f.advance(2 * time.Minute)
	f.must(t, program.Cue{Kind: program.KindNote, Text: "音响右声道没声音，已换线"})
	f.advance(3 * time.Minute)
	f.presence = joinedPresence()
	f.performers = namesFor(f.presence)
	return f
}

// namesFor gives each act of presence its performers' names, those who
// have arrived first.
func namesFor(presence map[string]program.Presence) map[string][]program.Performer {
	surnames := []rune("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
	given := []string{"秀英", "建国", "桂兰", "志强", "淑珍", "文斌", "小红", "国华", "玉梅", "德明", "丽娟", "海涛"}
	out := make(map[string][]program.Performer, len(presence))
	n := 0
	ids := slices.Sorted(maps.Keys(presence))
	for _, id := range ids {
		p := presence[id]
		for i := range p.Expected {
			name := string(surnames[n%len(surnames)]) + given[n%len(given)]
			out[id] = append(out[id], program.Performer{Name: name, In: i < p.Arrived})
			n++
		}
	}
	return out
}

// mayDay11 is the May Day programme grown to eleven acts since it was
// printed: a poem and the thanks to the sponsors before the finale. Tai
// chi, on standby in liveShow, has the MC's lines in full, longer than a
// narrow Next panel holds, and its notes and performers say more.
func mayDay11() *program.Plan {
	plan := mayDay()
	m := time.Minute
	tc := &plan.Acts[3]
	tc.Performers = "幸福里太极拳队（郑文斌带队，十二位队员）"
	tc.Intro = "一招一式，刚柔相济。太极拳队的队员们风雨无阻，每天早上六点在这里练拳，已经坚持了十年。\n" +
		"最年长的队员今年八十一岁，最年轻的才四十出头。\n" +
		"有请太极拳队为大家表演二十四式太极拳，大家掌声欢迎！"
	tc.Notes = "伴奏带 05-太极音乐.mp3；需要舞台全部空出，先把立麦撤到两边；队员在台下右侧候场。"
	finale := plan.Acts[8]
	plan.Acts = append(plan.Acts[:8],
		program.Act{ID: "poem", Title: "诗朗诵《我爱我的家乡》", Performers: "幸福里老年大学朗诵班", Duration: 5 * m,
			Intro: "老年大学朗诵班的学员们平均年龄七十二岁。\n请大家安静聆听诗朗诵《我爱我的家乡》。", Notes: "2 支立麦", Contact: "陶静 13564427781"},
		program.Act{ID: "thanks", Title: "感谢赞助商", Performers: "甜心烘焙坊、幸福里物业公司、周边商户代表", Duration: 6 * m,
			Intro: "感谢甜心烘焙坊送来的生日蛋糕，感谢物业公司借出广场、搭好舞台！", Notes: "锦旗 3 面在签到桌下面", Contact: "丁建华 13918840527"},
		finale)
	return plan
}

// joinedPresence is liveShow's sign-ins by act.
func joinedPresence() map[string]program.Presence {
	return map[string]program.Presence{
		"choir":    {Arrived: 12, Expected: 12},
		"fan":      {Arrived: 6, Expected: 8},
		"sketch":   {Arrived: 3, Expected: 3},
		"taichi":   {Arrived: 0, Expected: 6},
		"wushu":    {Arrived: 0, Expected: 10},
		"song":     {Arrived: 1, Expected: 1},
		"yangge":   {Arrived: 12, Expected: 12},
		"birthday": {Arrived: 5, Expected: 9},
	}
}
