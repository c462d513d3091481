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
	// common says the character is usually read so where it stands: 沈 is
	// shěn, and chén only in old texts; 单 starting a name is Shàn. A
	// match through a reading that is not common ranks below one through
	// readings that are (see Match.Rare), so that a quick "chen" and enter
	// signs in 陈, not 沈.
	common bool
}

// role is where a character stands in a name, which decides which of its
// readings are common.
type role uint8

const (
	// inName is any character of a name but the first, and every character
	// of a group.
	inName role = iota
	// asSurname is the first character of a name: a family name.
	asSurname
	// inCompound is the first character of a compound family name that
	// reads it otherwise than alone: 万 of 万俟 is Mò.
	inCompound
)

// readingCache computes each character's readings once per index: the
// pinyin library works through regular expressions, far too slow to run per
// character of 20,000 names, while the distinct characters are a few
// thousand.
type readingCache struct {
	args   pinyin.Args
	byRole [3]map[rune][]reading
}

func newReadingCache() *readingCache {
	args := pinyin.NewArgs()
	args.Heteronym = true
	args.Style = pinyin.Normal
	// No fallback: a character without pinyin is matched as itself.
	args.Fallback = func(rune, pinyin.Args) []string { return nil }
	c := &readingCache{args: args}
	for i := range c.byRole {
		c.byRole[i] = map[rune][]reading{}
	}
	return c
}

// readings returns r's readings where it stands, nil when r has no pinyin.
// A family name also takes the readings of a surname.
//
// Which are common: the pinyin library lists a character's most used
// reading first (its data puts Unihan's kMandarin, the reading most used in
// Mandarin, in front of the others), so that one, except where names read
// the character otherwise: a family name by its readings as a surname
// (单 Shàn, 曾 Zēng, 翟 Zhái, 万俟 Mòqí), and the few characters of given
// names that nameReading lists.
func (c *readingCache) readings(r rune, at role) []reading {
	m := c.byRole[at]
	if rs, ok := m[r]; ok {
		return rs
	}
	raw := pinyin.SinglePinyin(r, c.args)
	var common []string
	if len(raw) > 0 {
		common = raw[:1]
		switch at {
		case inName:
			if s := nameReading(r); s != "" {
				common = []string{s}
			}
		case asSurname, inCompound:
			sur := surnameReadings(r)
			compound, _ := compoundReading(r)
			if at == inCompound {
				common = []string{compound}
			} else if len(sur) > 0 {
				common = sur
			}
			// Every reading a surname may have stays one, common or not.
			raw = append(slices.Clone(raw), sur...)
			if compound != "" {
				raw = append(raw, compound)
			}
		}
	}
	var rs []reading
	add := func(s string, common bool) {
		if s == "" || !isASCIILower(s) {
			return
		}
		for i := range rs {
			if rs[i].s == s {
				rs[i].common = rs[i].common || common
				return
			}
		}
		rs = append(rs, reading{s: s, initial: initialLen(s), common: common})
	}
	for _, s := range raw {
		s = strings.ToLower(s)
		isCommon := slices.Contains(common, s)
		add(s, isCommon)
		// ü is typed as v by most input methods and as u by many people.
		if strings.ContainsRune(s, 'v') {
			add(strings.ReplaceAll(s, "v", "u"), isCommon)
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

// surnameReadings are the readings that characters take as family names,
// where the pinyin library lists another reading first or misses them: 单
// is dān as a word but Shàn as a surname, 解 is jiě but Xiè, and so on. A
// desk volunteer types what the person says their name sounds like. Where
// a character is a surname of two readings (乐 Yuè and Lè), both are
// listed.
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
		return []string{"yue", "le"}
	case '盖':
		return []string{"ge", "gai"}
	case '缪':
		return []string{"miao"}
	case '覃':
		return []string{"qin", "tan"}
	case '翟':
		return []string{"zhai"}
	case '尉':
		return []string{"wei"}
	case '秘':
		return []string{"bi"}
	case '种':
		return []string{"chong"}
	case '重':
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
		return []string{"he", "hei"}
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
	case '阚':
		return []string{"kan"}
	case '卜':
		return []string{"bu"}
	case '都':
		return []string{"du"}
	}
	return nil
}

// compoundSurnames are the compound family names that read their first
// character otherwise than it reads alone.
var compoundSurnames = [...]struct {
	first, second rune
	reading       string // of first
}{
	{'万', '俟', "mo"},    // Mòqí
	{'尉', '迟', "yu"},    // Yùchí
	{'单', '于', "chan"},  // Chányú
	{'长', '孙', "zhang"}, // Zhǎngsūn
	{'澹', '台', "tan"},   // Tántái
}

// compoundReading is how r reads as the first character of the compound
// family name it starts, and that name's second character; "" when r
// starts none.
func compoundReading(r rune) (reading string, second rune) {
	for _, c := range compoundSurnames {
		if c.first == r {
			return c.reading, c.second
		}
	}
	return "", 0
}

// nameReading is the reading a character usually has in a given name,
// where the pinyin library lists another first: 长 is zhǎng first, but
// 长顺 and 长青 are cháng; 卜 is bo first, which it is only in 萝卜, but
// 阿卜杜 is Ābǔdù.
func nameReading(r rune) string {
	switch r {
	case '长':
		return "chang"
	case '卜':
		return "bu"
	}
	return ""
}
