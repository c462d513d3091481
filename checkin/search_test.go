package checkin

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// testNames is a roster of the names a neighbourhood desk meets: polyphonic
// surnames, Latin letters and digits, ü, compound surnames, and people who
// share a name.
var testNames = []string{
	"何阿姨", "何冰", "黄恩", "单田芳", "曾志伟", "解晓东", "仇立", "查良镛",
	"朴树", "区志明", "乐嘉", "Tom李", "3号楼舞蹈队", "吕布", "绿川",
	"张三", "欧阳娜娜", "王芳", "王芳", "阿卜杜·买买提", "李 明", "ＡＢＣ王", "Müller",
}

func testIndex(t testing.TB) *Index {
	t.Helper()
	people := make([]Person, len(testNames))
	for i, n := range testNames {
		people[i] = Person{ID: fmt.Sprintf("p%d", i), Name: n, Line: i + 2}
	}
	return NewIndex(people)
}

// found renders results as "name:kind", with " rare" for a match through a
// rare reading and the roster line for people who share a name.
func found(ms []Match) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = fmt.Sprintf("%s:%s", m.Person.Name, m.Kind)
		if m.Rare {
			out[i] += " rare"
		}
		if m.Person.Name == "王芳" {
			out[i] += fmt.Sprintf("@%d", m.Person.Line)
		}
	}
	return out
}

func TestSearch(t *testing.T) {
	ix := testIndex(t)
	tests := []struct {
		query string
		want  []string
	}{
		// What the desk types: characters, full pinyin, initials.
		{"hay", []string{"何阿姨:exact"}},
		{"何阿", []string{"何阿姨:prefix"}},
		{"何阿姨", []string{"何阿姨:exact"}},
		{"heayi", []string{"何阿姨:exact"}},
		{"HeAYi", []string{"何阿姨:exact"}},
		{"he a yi", []string{"何阿姨:exact"}},
		{"he a", []string{"何阿姨:prefix"}},
		{"hea", []string{"何阿姨:prefix"}},
		{"heay", []string{"何阿姨:prefix"}},
		{"ha", []string{"何阿姨:initials", "3号楼舞蹈队:substring"}}, // 号 hao
		{"hayi", []string{"何阿姨:initials"}},
		{"何ayi", []string{"何阿姨:exact"}},
		{"何ay", []string{"何阿姨:prefix"}},
		{"何a", []string{"何阿姨:prefix"}},
		{"何y", nil}, // 阿 cannot be skipped
		{"阿姨", []string{"何阿姨:substring"}},
		{"ayi", []string{"何阿姨:substring"}},
		// Exact initials outrank a prefix, as the ranking says.
		{"he", []string{"黄恩:exact", "何冰:prefix", "何阿姨:prefix"}},
		// Polyphonic surnames, read as surnames.
		{"shantianfang", []string{"单田芳:exact"}},
		{"stf", []string{"单田芳:exact"}},
		{"dantianfang", []string{"单田芳:exact rare"}}, // 单 starting a name is Shàn
		{"zengzhiwei", []string{"曾志伟:exact"}},
		{"zzw", []string{"曾志伟:exact"}},
		{"xiexiaodong", []string{"解晓东:exact"}},
		{"xxd", []string{"解晓东:exact"}},
		{"qiuli", []string{"仇立:exact"}},
		{"chouli", []string{"仇立:exact rare"}}, // 仇 starting a name is Qiú
		{"zhaliangyong", []string{"查良镛:exact"}},
		{"zly", []string{"查良镛:exact"}},
		{"piaoshu", []string{"朴树:exact"}},
		{"oz", []string{"区志明:initials"}},
		{"ouy", []string{"欧阳娜娜:prefix"}},
		{"ouzhiming", []string{"区志明:exact"}},
		{"yuejia", []string{"乐嘉:exact"}},
		{"lejia", []string{"乐嘉:exact"}},
		// ü as v and as u.
		{"lvbu", []string{"吕布:exact"}},
		{"lubu", []string{"吕布:exact"}},
		{"lübu", []string{"吕布:exact"}},
		{"lvc", []string{"绿川:prefix"}},
		{"lc", []string{"绿川:exact"}},
		// Latin letters and digits are themselves.
		{"tom", []string{"Tom李:prefix"}},
		{"TOML", []string{"Tom李:prefix"}},
		{"tomli", []string{"Tom李:exact"}},
		{"tom李", []string{"Tom李:exact"}},
		{"3", []string{"3号楼舞蹈队:prefix"}},
		{"3hl", []string{"3号楼舞蹈队:initials"}},
		{"abc", []string{"ＡＢＣ王:prefix"}},
		{"abcw", []string{"ＡＢＣ王:prefix"}},
		{"müller", []string{"Müller:exact"}},
		{"mvl", []string{"Müller:prefix"}},
		// Separators in names may be typed or left out.
		{"limi", []string{"李 明:prefix"}},
		{"li ming", []string{"李 明:exact"}},
		{"李 明", []string{"李 明:exact"}},
		{"abudu·mai", []string{"阿卜杜·买买提:prefix"}},
		{"abudumaimaiti", []string{"阿卜杜·买买提:exact"}},
		{"abdmmt", []string{"阿卜杜·买买提:exact"}},
		// Same name: both, in roster order.
		{"wangfang", []string{"王芳:exact@19", "王芳:exact@20"}},
		// Compound surname.
		{"ouyangnana", []string{"欧阳娜娜:exact"}},
		{"oynn", []string{"欧阳娜娜:exact"}},
		// Nothing.
		{"", nil},
		{"   ", nil},
		{"xyzzy", nil},
		{"何何", nil},
		{strings.Repeat("a", 200), nil},
	}
	for _, tt := range tests {
		got := found(ix.Search(tt.query, 0))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestSearchRankingOrder(t *testing.T) {
	people := []Person{
		{ID: "1", Name: "张海燕"},  // zhang hai yan
		{ID: "2", Name: "赵一"},   // zhao yi: "zh" is the initial of zhao
		{ID: "3", Name: "郑华"},   // zheng hua
		{ID: "4", Name: "周红雨"},  // zhou hong yu
		{ID: "5", Name: "小张华荫"}, // xiao zhang hua yin: matches from the 2nd character
		{ID: "6", Name: "zhy"},  // the whole name, in Latin letters
		{ID: "7", Name: "何力"},   // no z at all
	}
	ix := NewIndex(people)
	tests := []struct {
		query string
		want  []string
	}{
		// Ties are broken by name: Latin before Han, then by code point.
		{"zhy", []string{"zhy:exact", "周红雨:exact", "张海燕:exact", "赵一:exact", "小张华荫:substring"}},
		// 郑华 is exactly z+h; the others start with zh.
		{"zh", []string{"郑华:exact", "zhy:prefix", "周红雨:prefix", "张海燕:prefix", "赵一:prefix", "小张华荫:substring"}},
		{"zhao", []string{"赵一:prefix"}},
		{"zhaoy", []string{"赵一:prefix"}},
		{"zhaoyi", []string{"赵一:exact"}},
		{"zhangh", []string{"张海燕:prefix", "小张华荫:substring"}},
		{"zhanghy", []string{"张海燕:initials", "小张华荫:substring"}},
	}
	for _, tt := range tests {
		if got := found(ix.Search(tt.query, 0)); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
		}
	}
}

func TestSearchLimit(t *testing.T) {
	ix := testIndex(t)
	all := ix.Search("h", 0)
	if len(all) < 4 {
		t.Fatalf("Search(h) found %d, want several", len(all))
	}
	for limit := 1; limit <= len(all); limit++ {
		got := found(ix.Search("h", limit))
		if want := found(all[:limit]); !slices.Equal(got, want) {
			t.Errorf("Search(h, %d) = %q, want the first %d of the full list %q", limit, got, limit, want)
		}
	}
}

func TestSearchAdd(t *testing.T) {
	ix := testIndex(t)
	ix.Add(Person{ID: "w1", Name: "何小宝"})
	ix.Add(Person{ID: "w1", Name: "何小宝"})
	got := found(ix.Search("hxb", 0))
	if want := []string{"何小宝:exact"}; !slices.Equal(got, want) {
		t.Errorf("after Add, Search(hxb) = %q, want %q", got, want)
	}
	got = found(ix.Search("he", 0))
	want := []string{"黄恩:exact", "何冰:prefix", "何小宝:prefix", "何阿姨:prefix"}
	if !slices.Equal(got, want) {
		t.Errorf("after Add, Search(he) = %q, want %q", got, want)
	}
	if ix.Len() != len(testNames)+1 {
		t.Errorf("Len = %d, want %d", ix.Len(), len(testNames)+1)
	}
}

// TestAddedLikeIndexed adds a paper sheet of walk-ins one by one, more than
// are merged at a time, and finds them exactly as an index built with them
// from the start does: the same people, kinds and order, for a screenful and
// for every result.
func TestAddedLikeIndexed(t *testing.T) {
	people := benchPeople(3000)
	whole := NewIndex(people)
	added := NewIndex(people[:500])
	for _, p := range people[500:] {
		added.Add(p)
		added.Add(p) // a second time changes nothing
	}
	if added.Len() != whole.Len() {
		t.Fatalf("Len = %d after adding, %d built at once", added.Len(), whole.Len())
	}
	queries := append([]string{"王", "芳", "张伟", "zhangw"}, benchQueries...)
	for _, a := range "abcdefghijklmnopqrstuvwxyz" {
		queries = append(queries, string(a), string(a)+"a", string(a)+"i", string(a)+"h")
	}
	for _, q := range queries {
		for _, limit := range []int{0, 1, 20} {
			got, want := found(added.Search(q, limit)), found(whole.Search(q, limit))
			for i, m := range added.Search(q, limit) {
				got[i] += "/" + m.Person.ID
			}
			for i, m := range whole.Search(q, limit) {
				want[i] += "/" + m.Person.ID
			}
			if !slices.Equal(got, want) {
				t.Fatalf("Search(%q, %d) after adding = %q, built at once %q", q, limit, got, want)
			}
		}
	}
}

func TestMaskPhone(t *testing.T) {
	tests := []struct{ in, want string }{
		{"13812345678", "138****5678"},
		{"01012345678", "010****5678"},
		{"+85212345678", "+852****5678"},
		{"12345678", "12****78"},
		{"1234567", "*****67"},
		{"12345", "***45"},
		{"1234", "****"},
		{"110", "***"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := MaskPhone(tt.in); got != tt.want {
			t.Errorf("MaskPhone(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestNormalizePhone(t *testing.T) {
	tests := []struct{ in, want, err string }{
		{"13812345678", "13812345678", ""},
		{"138 1234 5678", "13812345678", ""},
		{"138-1234-5678", "13812345678", ""},
		{"+86 138 1234 5678", "13812345678", ""},
		{"+86-13812345678", "13812345678", ""},
		{"008613812345678", "13812345678", ""},
		{"１３８１２３４５６７８", "13812345678", ""},
		{"(010) 6512-3456", "01065123456", ""},
		{"+852 1234 5678", "+85212345678", ""},
		{"", "", ""},
		{"  ", "", ""},
		{"138-1234-567a", "", `"138-1234-567a" is not a phone number: only digits, spaces, dashes and a leading +86 are allowed`},
		{"12", "", `"12" is not a phone number: it has 2 digits`},
		{"1+2", "", `"1+2" is not a phone number: only digits, spaces, dashes and a leading +86 are allowed`},
		{"1234567890123456", "", `"1234567890123456" is not a phone number: it has 16 digits`},
	}
	for _, tt := range tests {
		got, err := NormalizePhone(tt.in)
		gotErr := ""
		if err != nil {
			gotErr = err.Error()
		}
		if got != tt.want || gotErr != tt.err {
			t.Errorf("NormalizePhone(%q) = %q, %q; want %q, %q", tt.in, got, gotErr, tt.want, tt.err)
		}
	}
}

func FuzzSearch(f *testing.F) {
	for _, q := range []string{"hay", "何阿", "he a", "tom李", "3", "lü", "zhy", "", "·", "\x00", "ＡＢＣ", "2273", "52273", "何阿姨舞"} {
		f.Add(q, "何阿姨")
	}
	f.Add("a", strings.Repeat("阿", 80))
	f.Add("Ü", "Müller")
	f.Add("chen", "沈桂英")
	f.Add("mo", "万俟元")
	const phone = "13901852273"
	f.Fuzz(func(t *testing.T, query, name string) {
		// The fuzzed name is also its person's group, so that a query may
		// find them both ways; they must still be listed once.
		ix := NewIndex([]Person{{ID: "x", Name: name, Group: name}, {ID: "y", Name: "何阿姨", Group: "何阿姨舞蹈队", Phone: phone}})
		all := ix.Search(query, 0)
		seen := map[string]bool{}
		for i, m := range all {
			if seen[m.Person.ID] {
				t.Fatalf("%s listed twice: %v", m.Person.ID, found(all))
			}
			seen[m.Person.ID] = true
			if i > 0 {
				a, b := all[i-1], m
				if b.Kind < a.Kind || (b.Kind == a.Kind && a.Rare && !b.Rare) {
					t.Fatalf("results out of order: %v", found(all))
				}
			}
		}
		if one := ix.Search(query, 1); len(all) > 0 && (len(one) != 1 || one[0] != all[0]) {
			t.Fatalf("limit 1 gave %v, want the first of %v", found(one), found(all))
		}
		// A phone's end, four digits or more, finds its person, and nothing
		// else is found by phone.
		q := normalizeQuery(query)
		digits := len(q) >= minPhoneDigits && !slices.ContainsFunc(q, func(r rune) bool { return r < '0' || r > '9' })
		ends := digits && strings.HasSuffix(phone, string(q))
		if ends && !seen["y"] {
			t.Fatalf("Search(%q) did not find the phone %s: %v", query, phone, found(all))
		}
		for _, m := range all {
			if m.Kind == MatchPhone && (!ends || m.Person.ID != "y") {
				t.Fatalf("Search(%q) found %s by phone", query, m.Person.ID)
			}
			if m.Kind == MatchGroup && len(q) < minGroupQuery {
				t.Fatalf("Search(%q) found %s by group on one character", query, m.Person.ID)
			}
		}
		// Typing the name itself finds it exactly, through the characters'
		// common readings, when it has anything to type and fits in a query.
		q = normalizeQuery(name)
		if len(q) == 0 || len(q) > maxQuery {
			return
		}
		for _, m := range ix.Search(name, 0) {
			if m.Person.ID == "x" {
				if m.Kind != MatchExact || m.Rare {
					t.Fatalf("Search(name %q) found it as %s (rare %v), want exact", name, m.Kind, m.Rare)
				}
				return
			}
		}
		t.Fatalf("Search(name %q) did not find it", name)
	})
}
