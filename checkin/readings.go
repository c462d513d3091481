package checkin

import (
	"slices"
	"strings"

	"github.com/mozillazg/go-pinyin"
)

// reading is one tone-less pinyin reading of a character, in lower-case
// ASCII, with ü written as v (and again, as a separate reading, as u).
type reading struct {
	s string
	// initial is the length of the reading's consonant initial (2 for zh, ch
	// and sh, else 1): typing "zh" for 张 counts as typing its initial.
	initial uint8
}

// readingCache computes each character's readings once per index: the
// pinyin library works through regular expressions, far too slow to run per
// character of 20,000 names, while the distinct characters are a few
// thousand.
type readingCache struct {
	args    pinyin.Args
	plain   map[rune][]reading
	surname map[rune][]reading
}

func newReadingCache() *readingCache {
	args := pinyin.NewArgs()
	args.Heteronym = true
	args.Style = pinyin.Normal
	// No fallback: a character without pinyin is matched as itself.
	args.Fallback = func(rune, pinyin.Args) []string { return nil }
	return &readingCache{args: args, plain: map[rune][]reading{}, surname: map[rune][]reading{}}
}

// readings returns r's readings, nil when r has no pinyin. asSurname adds the
// readings r takes as a family name, for the first character of a name.
func (c *readingCache) readings(r rune, asSurname bool) []reading {
	m := c.plain
	if asSurname {
		m = c.surname
	}
	if rs, ok := m[r]; ok {
		return rs
	}
	raw := pinyin.SinglePinyin(r, c.args)
	if asSurname && len(raw) > 0 {
		raw = append(slices.Clone(raw), surnameReadings(r)...)
	}
	var rs []reading
	add := func(s string) {
		if s == "" || !isASCIILower(s) {
			return
		}
		for _, have := range rs {
			if have.s == s {
				return
			}
		}
		rs = append(rs, reading{s: s, initial: initialLen(s)})
	}
	for _, s := range raw {
		s = strings.ToLower(s)
		add(s)
		// ü is typed as v by most input methods and as u by many people.
		if strings.ContainsRune(s, 'v') {
			add(strings.ReplaceAll(s, "v", "u"))
		}
	}
	m[r] = rs
	return rs
}

func isASCIILower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

func initialLen(s string) uint8 {
	if len(s) >= 2 && s[1] == 'h' && (s[0] == 'z' || s[0] == 'c' || s[0] == 's') {
		return 2
	}
	return 1
}

// surnameReadings are the readings that characters take as family names and
// that everyday readings miss or rank last: 单 is dān as a word but Shàn as a
// surname, 解 is jiě but Xiè, and so on. A desk volunteer types what the
// person says their name sounds like.
func surnameReadings(r rune) []string {
	switch r {
	case '单':
		return []string{"shan"}
	case '曾':
		return []string{"zeng"}
	case '解':
		return []string{"xie"}
	case '仇':
		return []string{"qiu"}
	case '查':
		return []string{"zha"}
	case '朴':
		return []string{"piao"}
	case '区':
		return []string{"ou"}
	case '乐':
		return []string{"yue"}
	case '盖':
		return []string{"ge"}
	case '缪':
		return []string{"miao"}
	case '覃':
		return []string{"qin"}
	case '翟':
		return []string{"zhai"}
	case '尉':
		return []string{"yu"}
	case '秘':
		return []string{"bi"}
	case '种':
		return []string{"chong"}
	case '员':
		return []string{"yun"}
	case '繁':
		return []string{"po"}
	case '句':
		return []string{"gou"}
	case '召':
		return []string{"shao"}
	case '冼', '洗':
		return []string{"xian"}
	case '莘':
		return []string{"shen"}
	case '隗':
		return []string{"wei"}
	case '黑':
		return []string{"he"}
	case '万':
		return []string{"mo"} // 万俟 Mòqí
	case '长':
		return []string{"chang"}
	case '薄':
		return []string{"bo"}
	case '藏':
		return []string{"zang"}
	case '折':
		return []string{"she"}
	case '禚':
		return []string{"zhuo"}
	}
	return nil
}
