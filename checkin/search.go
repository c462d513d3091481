package checkin

import (
	"cmp"
	"math/bits"
	"slices"
	"unicode"

	"golang.org/x/text/width"
)

// MatchKind says how a query matched a name; the order of the constants is
// the order of the results.
type MatchKind uint8

const (
	// MatchExact: the query is the whole name, its whole pinyin (with or
	// without spaces) or all its initials: "何阿姨", "heayi", "hay".
	MatchExact MatchKind = iota
	// MatchPrefix: the query starts the name or its pinyin: "何阿", "hea",
	// "he a".
	MatchPrefix
	// MatchInitials: the query starts the initials ("ha"), or mixes initials
	// and syllables from the first character on ("hayi").
	MatchInitials
	// MatchSubstring: the query matches from a later character on: "阿姨",
	// "ayi".
	MatchSubstring
)

var matchKindNames = [...]string{"exact", "prefix", "initials", "substring"}

// String names the kind in English for tests and logs.
func (k MatchKind) String() string {
	if int(k) < len(matchKindNames) {
		return matchKindNames[k]
	}
	return "unknown"
}

// Match is one search result.
type Match struct {
	Person *Person
	Kind   MatchKind
}

// maxQuery is the longest query, in characters, that Search considers: the
// matcher tracks query positions in a 64-bit set. No name is that long.
const maxQuery = 63

type tokenKind uint8

const (
	// tokHan is a character with pinyin: typed as itself or as its pinyin.
	tokHan tokenKind = iota
	// tokLiteral is a letter or digit without pinyin (Latin, or a rare
	// character): typed as itself, case-insensitive.
	tokLiteral
	// tokSkip is a space or punctuation: typed as itself or skipped.
	tokSkip
)

// token is one character of a name as the matcher sees it.
type token struct {
	r    rune // folded to lower case and half width
	kind tokenKind
	// inWord marks a literal after another literal: the "o" of "Tom" is not
	// an initial, the "3" of "3号楼" is.
	inWord bool
	// firsts has a bit for the first letter of each reading: most readings
	// are ruled out by one test.
	firsts   uint32
	readings []reading // for tokHan; shared with every other use of the character
}

// entry is one person in the index.
type entry struct {
	person int32 // index in Index.people
	tokens []token
	// sig has a bit for every letter, digit and (hashed) other character
	// that can be typed to match the name; a query with a bit outside it
	// cannot match, which rules out most of a big roster without matching.
	sig uint64
}

// Index answers searches over a roster. It is built once; Search does not
// change it, so any number of views may search at the same time, but Add
// must not run alongside a Search.
type Index struct {
	people []Person
	// entries are in the order of results within one kind: by name, then by
	// roster position. A search reads them front to back.
	entries []entry
	cache   *readingCache
}

// NewIndex indexes people for Search. The people are copied.
func NewIndex(people []Person) *Index {
	ix := &Index{
		people:  slices.Clone(people),
		entries: make([]entry, len(people)),
		cache:   newReadingCache(),
	}
	// One allocation for every token of every name.
	total := 0
	for _, p := range people {
		total += len(p.Name)
	}
	arena := make([]token, 0, total)
	for i := range ix.people {
		start := len(arena)
		arena = ix.tokenize(arena, ix.people[i].Name)
		ix.entries[i] = makeEntry(int32(i), arena[start:len(arena):len(arena)])
	}
	slices.SortFunc(ix.entries, ix.compare)
	return ix
}

// Add indexes one more person, a walk-in, so a second visit finds them. A
// person whose ID is indexed already is not added again (a walk-in undone and
// registered anew).
func (ix *Index) Add(p Person) {
	for i := range ix.people {
		if ix.people[i].ID == p.ID {
			return
		}
	}
	e := makeEntry(int32(len(ix.people)), ix.tokenize(nil, p.Name))
	ix.people = append(ix.people, p)
	at, _ := slices.BinarySearchFunc(ix.entries, e, ix.compare)
	ix.entries = slices.Insert(ix.entries, at, e)
}

// Named returns the people whose name is exactly name, in roster order
// (walk-ins after): signin finds the person --name or a paper sheet means
// this way, for a name of any length, where a search takes no query
// beyond maxQuery characters.
func (ix *Index) Named(name string) []*Person {
	i, _ := slices.BinarySearchFunc(ix.entries, name, func(e entry, name string) int {
		return cmp.Compare(ix.people[e.person].Name, name)
	})
	var out []*Person
	for ; i < len(ix.entries) && ix.people[ix.entries[i].person].Name == name; i++ {
		out = append(out, &ix.people[ix.entries[i].person])
	}
	return out
}

// Len is the number of people indexed.
func (ix *Index) Len() int { return len(ix.people) }

func (ix *Index) compare(a, b entry) int {
	if c := cmp.Compare(ix.people[a.person].Name, ix.people[b.person].Name); c != 0 {
		return c
	}
	return cmp.Compare(a.person, b.person)
}

func (ix *Index) tokenize(dst []token, name string) []token {
	first := true
	for _, r := range name {
		f := foldRune(r)
		t := token{r: f}
		switch rs := ix.cache.readings(r, first); {
		case len(rs) > 0:
			t.kind, t.readings = tokHan, rs
			for _, rd := range rs {
				t.firsts |= 1 << (rd.s[0] - 'a')
			}
		case unicode.IsLetter(f) || unicode.IsDigit(f):
			t.kind = tokLiteral
			t.inWord = len(dst) > 0 && dst[len(dst)-1].kind == tokLiteral && !first
		default:
			t.kind = tokSkip
		}
		if !unicode.IsSpace(r) {
			first = false
		}
		dst = append(dst, t)
	}
	return dst
}

func makeEntry(person int32, tokens []token) entry {
	e := entry{person: person, tokens: tokens}
	for _, t := range tokens {
		e.sig |= sigBit(t.r)
		for _, rd := range t.readings {
			for i := 0; i < len(rd.s); i++ {
				e.sig |= sigBit(rune(rd.s[i]))
			}
		}
	}
	return e
}

func sigBit(r rune) uint64 {
	switch {
	case r >= 'a' && r <= 'z':
		return 1 << (r - 'a')
	case r >= '0' && r <= '9':
		return 1 << (26 + r - '0')
	}
	return 1 << (36 + uint(r)%28)
}

// foldRune makes full-width forms half-width and letters lower-case, so
// "Ｔｏｍ" and "tom" are typed alike, and spells ü as v as pinyin keyboards
// do, in names and queries alike.
func foldRune(r rune) rune {
	if f := width.LookupRune(r).Folded(); f != 0 {
		r = f
	}
	r = unicode.ToLower(r)
	if r == 'ü' {
		r = 'v'
	}
	return r
}

// normalizeQuery folds the query as names are folded and drops spaces and apostrophes, which only separate syllables ("he a",
// "xi'an").
func normalizeQuery(s string) []rune {
	q := make([]rune, 0, len(s))
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\'' || r == '’' {
			continue
		}
		q = append(q, foldRune(r))
	}
	return q
}

// Search returns the people whose names match query, best first: exact,
// then prefix, then initials, then substring; within a kind by name, then by
// roster order. At most limit results are returned (all when limit <= 0).
// An empty query matches nobody: the roster is not for browsing.
func (ix *Index) Search(query string, limit int) []Match {
	q := normalizeQuery(query)
	if len(q) == 0 || len(q) > maxQuery {
		return nil
	}
	var qsig uint64
	for _, r := range q {
		qsig |= sigBit(r)
	}
	var kinds [4][]int32
	for i := range ix.entries {
		e := &ix.entries[i]
		if e.sig&qsig != qsig {
			continue
		}
		// Once a screenful matches from the first character, a match from a
		// later one cannot make the list, and looking for one is most of the
		// cost of a common letter.
		anywhere := limit <= 0 || len(kinds[MatchExact])+len(kinds[MatchPrefix])+len(kinds[MatchInitials]) < limit
		k, ok := matchTokens(e.tokens, q, anywhere)
		if !ok || (limit > 0 && len(kinds[k]) >= limit) {
			continue
		}
		kinds[k] = append(kinds[k], e.person)
		if limit > 0 && len(kinds[MatchExact]) >= limit {
			// Nothing later can outrank a full set of exact matches.
			break
		}
	}
	var out []Match
	for k, list := range kinds {
		for _, i := range list {
			if limit > 0 && len(out) >= limit {
				return out
			}
			out = append(out, Match{Person: &ix.people[i], Kind: MatchKind(k)})
		}
	}
	return out
}

// Path properties tracked by the matcher, one bit each. A bit set at query
// position p means some way of typing the name's characters so far consumed
// exactly q[:p] and had that property.
const (
	pathFull     uint8 = 1 << iota // from the first character, every character typed in full
	pathInitials                   // from the first character, every character typed as its initial
	pathStart                      // from the first character, any mix
	pathAny                        // from any character, any mix
)

// matchTokens reports whether q matches the name and how well. It walks the
// name a character at a time, keeping the set of query positions reachable
// so far, so a name whose characters have several readings costs the sum of
// the readings, not their product.
//
// With anywhere false it looks only for matches from the first character.
func matchTokens(toks []token, q []rune, anywhere bool) (MatchKind, bool) {
	L := len(q)
	var bufA, bufB [maxQuery + 1]uint8
	cur, next := &bufA, &bufB
	var curAct, nextAct uint64 // positions with a nonzero bit set
	cur[0] = pathFull | pathInitials | pathStart | pathAny
	curAct = 1
	var done uint8 // properties of the ways that consumed all of q
	for ti := range toks {
		t := &toks[ti]
		if ti > 0 && anywhere {
			// A substring match may start at any character.
			cur[0] |= pathAny
			curAct |= 1
		}
		if curAct == 0 {
			break
		}
		for act := curAct; act != 0; act &= act - 1 {
			p := bits.TrailingZeros64(act)
			b := cur[p]
			var c rune = -1
			if p < L {
				c = q[p]
			}
			switch t.kind {
			case tokSkip:
				next[p] |= b
				nextAct |= 1 << uint(p)
				if c == t.r {
					next[p+1] |= b
					nextAct |= 1 << uint(p+1)
				}
			case tokLiteral:
				if c == t.r {
					if t.inWord {
						b &^= pathInitials
					}
					next[p+1] |= b
					nextAct |= 1 << uint(p+1)
				}
			case tokHan:
				if c == t.r {
					// The character itself counts as typed in full.
					next[p+1] |= b &^ pathInitials
					nextAct |= 1 << uint(p+1)
					continue
				}
				if c < 'a' || c > 'z' || t.firsts&(1<<uint(c-'a')) == 0 {
					continue
				}
				for ri := range t.readings {
					rd := &t.readings[ri]
					s := rd.s
					n := 0
					for n < len(s) && p+n < L && q[p+n] == rune(s[n]) {
						n++
					}
					for k := 1; k <= n; k++ {
						m := pathStart | pathAny
						if k == len(s) {
							m |= pathFull
						}
						if k == 1 || k == int(rd.initial) {
							m |= pathInitials
						}
						if p+k == L {
							// The last syllable may be cut short and still be
							// a prefix of the pinyin: "hea", "heay".
							done |= b & (m | pathFull)
						}
						next[p+k] |= b & m
						nextAct |= 1 << uint(p+k)
					}
				}
			}
		}
		for act := curAct; act != 0; act &= act - 1 {
			cur[bits.TrailingZeros64(act)] = 0
		}
		cur, next = next, cur
		curAct, nextAct = nextAct, 0
		if curAct&(1<<uint(L)) != 0 {
			done |= cur[L]
		}
	}
	final := cur[L]
	switch {
	case final&(pathFull|pathInitials) != 0:
		return MatchExact, true
	case done&pathFull != 0:
		return MatchPrefix, true
	case done&(pathInitials|pathStart) != 0:
		return MatchInitials, true
	case done&pathAny != 0:
		return MatchSubstring, true
	}
	return 0, false
}
