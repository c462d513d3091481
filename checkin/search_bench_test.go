package checkin

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/mozillazg/go-pinyin"
	"github.com/sahilm/fuzzy"
)

// Common surnames (the polyphonic ones among them) and characters of given
// names, to make rosters that look like a Chinese neighbourhood's.
const (
	benchSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇查朴区乐"
	benchGiven    = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红玲建国文辉力志成海燕鹏飞云春梅雪丹晨阳宇浩然欣怡子涵梓轩佳琪思雨欣妍一诺俊杰宏斌亮波林凤琴淑珍兰芬秀珍德福永庆长顺宝山金凤翠花阿姨"
)

// benchNames makes n names of two or three characters, the same every run.
func benchNames(n int) []string {
	rng := rand.New(rand.NewPCG(2025, 5))
	sur := []rune(benchSurnames)
	giv := []rune(benchGiven)
	names := make([]string, n)
	for i := range names {
		var b strings.Builder
		b.WriteRune(sur[rng.IntN(len(sur))])
		for range 1 + rng.IntN(2) {
			b.WriteRune(giv[rng.IntN(len(giv))])
		}
		names[i] = b.String()
	}
	return names
}

func benchPeople(n int) []Person {
	names := benchNames(n)
	people := make([]Person, n)
	for i, name := range names {
		people[i] = Person{ID: fmt.Sprintf("p%d", i), Name: name, Line: i + 2}
	}
	return people
}

// benchQueries are keystrokes at the desk: one letter, a few letters of
// pinyin, initials, characters.
var benchQueries = []string{"w", "wa", "wang", "wangf", "wf", "zhangw", "hay", "王", "王芳", "shan"}

func BenchmarkSearch(b *testing.B) {
	ix := NewIndex(benchPeople(20000))
	for _, q := range benchQueries {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = len(ix.Search(q, 20))
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}

// BenchmarkSearchAll asks for every match, not the 20 a screen shows.
func BenchmarkSearchAll(b *testing.B) {
	ix := NewIndex(benchPeople(20000))
	for _, q := range []string{"w", "wangf", "王"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = len(ix.Search(q, 0))
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}

// BenchmarkFuzzyNames is the matcher the bubbles list uses, over the names as
// they are: it cannot find anything by pinyin.
func BenchmarkFuzzyNames(b *testing.B) {
	benchFuzzy(b, benchNames(20000))
}

// benchFuzzy runs the desk's queries through the fuzzy matcher over hay.
func benchFuzzy(b *testing.B, hay []string) {
	for _, q := range benchQueries {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = len(fuzzy.Find(q, hay))
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}

// BenchmarkFuzzyPinyin gives the fuzzy matcher a fair chance: each string is
// the name, its pinyin and its initials (first readings only, so no
// polyphonic surnames).
func BenchmarkFuzzyPinyin(b *testing.B) {
	names := benchNames(20000)
	args := pinyin.NewArgs()
	hay := make([]string, len(names))
	for i, n := range names {
		py := pinyin.LazyPinyin(n, args)
		var ini strings.Builder
		for _, s := range py {
			ini.WriteByte(s[0])
		}
		hay[i] = n + " " + strings.Join(py, "") + " " + ini.String()
	}
	benchFuzzy(b, hay)
}

func BenchmarkNewIndex(b *testing.B) {
	people := benchPeople(20000)
	b.ReportAllocs()
	for b.Loop() {
		NewIndex(people)
	}
}
