package paper

import (
	"testing"
	"time"

	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/program"
)

var langs = []string{"en", "zh"}

var shanghai = eventtest.Shanghai

// printTime is when the tests print: the evening of the show.
var printTime = time.Date(2026, 5, 1, 17, 30, 0, 0, shanghai)

// playedDemo is the May Day show after the day: performers, volunteers,
// honorees, a sponsor and residents signed in over an hour (one with
// family, anonymous heads, a walk-in volunteer), and the show run with an
// overrun, an act changed on the spot, a skip, a no-show, an act added on
// the day, a hold and an incident note.
func playedDemo(t testing.TB) *live.Folder {
	t.Helper()
	dir := eventtest.DemoFolder(t, "")
	c := eventtest.NewClock(time.Time{})
	c.SetDay(13, 50, 0)
	event, err := live.Open(dir, live.Options{Now: c.Now, Desk: "gate"})
	if err != nil {
		t.Fatal(err)
	}
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	signIn := func(hh, mm int, names ...string) {
		t.Helper()
		c.SetDay(hh, mm, 0)
		for _, n := range names {
			found := event.Named(n)
			if len(found) != 1 {
				t.Fatalf("%s: %d people", n, len(found))
			}
			_, err := event.SignIn(found[0], false)
			must("sign in "+n, err)
		}
	}
	cue := func(hh, mm int, c2 program.Cue) {
		t.Helper()
		c.SetDay(hh, mm, 0)
		_, err := event.Cue(c2)
		must("cue "+string(c2.Kind), err)
	}
	signIn(13, 50, "邹敏", "陶静", "叶子轩", "Tom李", "贺佳")
	signIn(14, 0, "周雅琴", "王小雨", "单子涵", "陈一一", "区嘉怡", "刘子墨")
	c.SetDay(14, 5, 0)
	_, err = event.Anonymous(6)
	must("anonymous", err)
	signIn(14, 8, "何阿姨", "曾凤英", "查玉梅", "仇桂芝", "黄美玲")
	signIn(14, 12, "刘翠兰", "解红梅", "罗桂香", "吴建国", "乐振华", "徐晓燕")
	_, err = event.WalkIn("孙志红", "volunteer", "2号楼", 1, "")
	must("walk-in", err)
	signIn(14, 20, "林峰", "高宇航", "朱长青", "沈桂英", "许凤珍", "彭秀云", "钱晓红", "丁建华")
	signIn(14, 24, "王建平", "李国庆", "张桂兰", "刘志强", "周淑华", "胡志华")
	c.SetDay(14, 26, 0)
	_, err = event.Anonymous(4)
	must("anonymous", err)

	cue(14, 31, program.Cue{Kind: program.KindGo})
	cue(14, 37, program.Cue{Kind: program.KindGo}) // the choir ran 6 minutes
	signIn(14, 40, "杨秀英", "吴丽娟")
	cue(14, 41, program.Cue{Kind: program.KindHold})
	cue(14, 42, program.Cue{Kind: program.KindResume})
	cue(14, 46, program.Cue{Kind: program.KindGo})
	cue(14, 47, program.Cue{Kind: program.KindNote, Text: "二号话筒没电，换了备用电池"})
	cue(14, 48, program.Cue{Kind: program.KindNoShow, Act: "tai-chi"})
	def := program.ActDef{Title: "小品《楼道里的灯》", Performers: "吴建国、乐振华", Seconds: 480,
		Intro: "楼道灯坏了，该找谁？\n请欣赏小品《楼道里的灯》！"}
	cue(14, 49, program.Cue{Kind: program.KindEdit, Act: "sketch", Def: &def})
	cue(14, 50, program.Cue{Kind: program.KindAdd, After: "square-dance", Def: &program.ActDef{Title: "快板《夸夸幸福里》", Seconds: 180}})
	cue(14, 52, program.Cue{Kind: program.KindGo})
	cue(14, 55, program.Cue{Kind: program.KindGo})
	cue(15, 4, program.Cue{Kind: program.KindGo})
	cue(15, 10, program.Cue{Kind: program.KindSkip, Act: "erhu"})
	cue(15, 11, program.Cue{Kind: program.KindGo})
	cue(15, 24, program.Cue{Kind: program.KindGo})
	cue(15, 31, program.Cue{Kind: program.KindGo})
	must("close", event.Close())
	f, err := live.Read(dir)
	must("read", err)
	return f
}
