package paper

import (
	"strings"
	"unicode"

	"github.com/mozillazg/go-pinyin"
)

// pinyinArgs reads a Chinese character as its first pinyin and keeps any
// other character as it is, so that a list of Chinese and Latin names
// sorts the way a volunteer looks a name up: 陈 among the c's, Tom李 among
// the t's.
var pinyinArgs = func() pinyin.Args {
	a := pinyin.NewArgs()
	a.Fallback = func(r rune, _ pinyin.Args) []string { return []string{string(unicode.ToLower(r))} }
	return a
}()

// sortKey is the text a name or a building sorts by: its pinyin, lower
// case, syllables apart.
func sortKey(s string) string {
	return strings.Join(pinyin.LazyPinyin(s, pinyinArgs), " ")
}

// compareKeys orders two sort keys as people count: 2号楼 before 10号楼,
// with runs of digits compared by their value.
func compareKeys(a, b string) int {
	for a != "" && b != "" {
		da, db := digits(a), digits(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if len(na) != len(nb) {
				return cmpInt(len(na), len(nb))
			}
			if c := strings.Compare(na, nb); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmpInt(int(a[0]), int(b[0]))
		}
		a, b = a[1:], b[1:]
	}
	return cmpInt(len(a), len(b))
}

// digits is the length of the run of ASCII digits s starts with.
func digits(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// byKey compares two texts by their sort keys, then as written, so that
// the order never depends on where they started.
func byKey(a, b string) int {
	if c := compareKeys(sortKey(a), sortKey(b)); c != 0 {
		return c
	}
	return strings.Compare(a, b)
}
