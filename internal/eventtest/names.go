package eventtest

import (
	"math/rand/v2"
	"strings"
)

// Surnames are common Chinese surnames, the polyphonic ones (单, 曾, 解,
// 仇, 查, 朴, 区, 乐) among them, and GivenChars characters of given
// names, some of them twice as they are in life: a roster made of them
// costs the search index what a neighbourhood's would.
const (
	Surnames   = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇查朴区乐"
	GivenChars = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红玲建国文辉力志成海燕鹏飞云春梅雪丹晨阳宇浩然欣怡子涵梓轩佳琪思雨欣妍一诺俊杰宏斌亮波林凤琴淑珍兰芬秀珍德福永庆长顺宝山金凤翠花阿姨"
)

var (
	surnames = []rune(Surnames)
	given    = []rune(GivenChars)
)

// Name draws a name from rng: a surname and one or two characters of a
// given name.
func Name(rng *rand.Rand) string {
	var b strings.Builder
	b.WriteRune(surnames[rng.IntN(len(surnames))])
	for range 1 + rng.IntN(2) {
		b.WriteRune(given[rng.IntN(len(given))])
	}
	return b.String()
}

// Names makes n names with a generator of their own seeded by seed1 and
// seed2: the same n names every run.
func Names(seed1, seed2 uint64, n int) []string {
	rng := rand.New(rand.NewPCG(seed1, seed2))
	names := make([]string, n)
	for i := range names {
		names[i] = Name(rng)
	}
	return names
}

// indexed are the twenty surnames and twenty characters NameAt takes its
// names from.
var indexed = struct{ surnames, given []rune }{
	[]rune("王李张刘陈杨黄赵周吴徐孙马朱胡郭何林高罗"),
	[]rune("芳伟娜秀敏静丽强磊军洋勇艳杰娟涛明超兰霞"),
}

// NameAt is the i-th name of a roster made by counting: 8,000 names of
// three characters from twenty common surnames, so that a surname finds
// many people and a full name a few, and then the same again.
func NameAt(i int) string {
	s, g := indexed.surnames, indexed.given
	n := len(s)
	return string(s[i%n]) + string(g[i/n%n]) + string(g[(i/n/n+7)%n])
}
