package checkin

import (
	"cmp"
	"math/bits"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

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
	// MatchPhone: the query is the last four digits or more of the
	// person's phone number: "5678" finds 138****5678.
	MatchPhone
	// MatchGroup: the query is the person's group, or its start, in
	// characters or pinyin: "夕阳红", "3号楼", "3hl". Names come first: the
	// people of a group fill what room the names leave.
	MatchGroup
)

var matchKindNames = [...]string{"exact", "prefix", "initials", "substring", "phone", "group"}

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
	// Rare says the name matched only through a reading that one of its
	// characters seldom has where it stands (沈 read chén; 单 read dān
	// starting a name, where it is Shàn). Within a kind, such matches come
	// after the others.
	Rare bool
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

// char is one character of the names indexed as the matcher sees it. The
// names of a big roster are made of a few thousand characters, so each is
// described once and a name is a list of indices (tokens) into them.
type char struct {
	r    rune // folded to lower case and half width
	kind tokenKind
	// firsts has a bit for the first letter of each reading: most readings
	// are ruled out by one test.
	firsts   uint32
	readings []reading // for tokHan; shared with every other use of the character
}

// charKey tells characters apart for the index's table of them: a name's
// first character also takes the readings of a surname, and counts them as
// its common ones.
type charKey struct {
	r    rune
	role role
}

// charTable describes each character once.
type charTable struct {
	chars   []char
	charIDs map[charKey]uint32
	cache   *readingCache
}

// token is one character of a name: the index of its char, and whether it
// is a literal after another literal (inWord): the "o" of "Tom" is not an
// initial, the "3" of "3号楼" is.
type token uint32

const tokenInWord token = 1 << 31

func (t token) char() uint32 { return uint32(t &^ tokenInWord) }
func (t token) inWord() bool { return t&tokenInWord != 0 }

// entry is one person in the index.
type entry struct {
	// sig has a bit for every letter, digit and (hashed) other character
	// that can be typed to match the name; a query with a bit outside it
	// cannot match, which rules out most of a big roster without matching.
	sig uint64
	// The name's tokens are Index.tokens[start:start+n].
	start, n uint32
	person   int32 // the person's number (see Index.person)
	// tail is the last four digits of the person's phone number as a
	// number, noTail without one: a search by phone compares it alone
	// for most people. It fills what the struct's alignment leaves free.
	tail uint16
}

// noTail is the tail of a person without a phone number of four digits.
const noTail = 0xffff

// Index answers searches over a roster. It is built once; Search does not
// change it, so any number of views may search at the same time, but Add
// must not run alongside a Search.
type Index struct {
	// given are the people NewIndex was given, list after list, and added
	// those Add indexed since; a person's number is their place in them
	// all, in that order.
	given [][]Person
	added []Person
	// entries are in the order of results within one kind: by name, then by
	// the person's number. A search reads them front to back.
	entries []entry
	// fresh are the entries of people added since entries was last merged
	// with them, in the same order; a search reads them too. Merging them
	// a batch at a time keeps adding a paper sheet of walk-ins linear.
	fresh  []entry
	tokens []token // every name's, one after another
	charTable
	// groups finds people by their group; made on the first search that
	// looks for a group, and again after an Add (see groupIndex).
	groupsMu sync.Mutex
	groups   *groupTable
}

// NewIndex indexes the people of every list for Search, in the order given.
// The index keeps the lists, not copies of them: a big roster is not held
// twice. The caller must not change them afterwards; Add never writes into
// them.
func NewIndex(lists ...[]Person) *Index {
	ix := &Index{charTable: newCharTable(newReadingCache())}
	n, total := 0, 0
	for _, people := range lists {
		ix.given = append(ix.given, slices.Clip(people))
		n += len(people)
		for _, p := range people {
			total += utf8.RuneCountInString(p.Name)
		}
	}
	// One allocation for every token of every name.
	ix.tokens = make([]token, 0, total)
	ix.entries = make([]entry, 0, n)
	for _, people := range ix.given {
		for i := range people {
			ix.entries = append(ix.entries, ix.makeEntry(int32(len(ix.entries)), &people[i]))
		}
	}
	slices.SortFunc(ix.entries, ix.compare)
	return ix
}

// freshMax is how many added people's entries wait before they are merged
// with the rest: an Add costs up to this many entries moved, a merge all of
// them.
const freshMax = 1024

// Add indexes one more person, a walk-in, so a second visit finds them. A
// person indexed already, under the same name and ID, is not added again
// (a walk-in undone and registered anew). An ID is made from the name, so
// the same ID under another name is another person or a forged one.
func (ix *Index) Add(p Person) {
	for _, run := range [][]entry{ix.entries, ix.fresh} {
		at, _ := slices.BinarySearchFunc(run, p.Name, func(e entry, name string) int {
			return cmp.Compare(ix.person(e.person).Name, name)
		})
		for ; at < len(run) && ix.person(run[at].person).Name == p.Name; at++ {
			if ix.person(run[at].person).ID == p.ID {
				return
			}
		}
	}
	ix.added = append(ix.added, p)
	ix.groupsMu.Lock()
	ix.groups = nil // made again, with p, when next needed
	ix.groupsMu.Unlock()
	e := ix.makeEntry(int32(ix.Len()), &p)
	at, _ := slices.BinarySearchFunc(ix.fresh, e, ix.compare)
	ix.fresh = slices.Insert(ix.fresh, at, e)
	if len(ix.fresh) < freshMax {
		return
	}
	// Merge from the back, so that nothing is moved twice.
	i, j := len(ix.entries)-1, len(ix.fresh)-1
	ix.entries = slices.Grow(ix.entries, len(ix.fresh))[:len(ix.entries)+len(ix.fresh)]
	for k := len(ix.entries) - 1; j >= 0; k-- {
		if i >= 0 && ix.compare(ix.entries[i], ix.fresh[j]) > 0 {
			ix.entries[k] = ix.entries[i]
			i--
		} else {
			ix.entries[k] = ix.fresh[j]
			j--
		}
	}
	ix.fresh = ix.fresh[:0]
}

// person returns the person numbered i.
func (ix *Index) person(i int32) *Person {
	for _, people := range ix.given {
		if int(i) < len(people) {
			return &people[i]
		}
		i -= int32(len(people))
	}
	return &ix.added[i]
}

// Named returns the people whose name is exactly name, in roster order
// (walk-ins after): signin finds the person --name or a paper sheet means
// this way, for a name of any length, where a search takes no query
// beyond maxQuery characters.
func (ix *Index) Named(name string) []*Person {
	var out []*Person
	// entries and fresh are each in name order; fresh holds the people
	// added since the last merge, walk-ins after the roster.
	for _, run := range [][]entry{ix.entries, ix.fresh} {
		i, _ := slices.BinarySearchFunc(run, name, func(e entry, name string) int {
			return cmp.Compare(ix.person(e.person).Name, name)
		})
		for ; i < len(run) && ix.person(run[i].person).Name == name; i++ {
			out = append(out, ix.person(run[i].person))
		}
	}
	return out
}

// Len is the number of people indexed.
func (ix *Index) Len() int { return len(ix.entries) + len(ix.fresh) }

func (ix *Index) compare(a, b entry) int {
	if c := cmp.Compare(ix.person(a.person).Name, ix.person(b.person).Name); c != 0 {
		return c
	}
	return cmp.Compare(a.person, b.person)
}

// nameTokens is the tokens of an entry's name.
func (ix *Index) nameTokens(e *entry) []token {
	return ix.tokens[e.start : e.start+e.n]
}

// makeEntry appends the tokens of the person's name to the index's and
// returns the person's entry.
func (ix *Index) makeEntry(person int32, p *Person) entry {
	e := entry{person: person, start: uint32(len(ix.tokens)), tail: phoneTail(p.Phone)}
	ix.tokens, e.sig = ix.appendTokens(ix.tokens, p.Name, true)
	e.n = uint32(len(ix.tokens)) - e.start
	return e
}

func newCharTable(cache *readingCache) charTable {
	return charTable{charIDs: map[charKey]uint32{}, cache: cache}
}

// appendTokens appends the tokens of name to toks and returns them with the
// name's signature. A person's name starts with a family name; a group's
// does not.
func (t *charTable) appendTokens(toks []token, name string, person bool) ([]token, uint64) {
	var sig uint64
	first := person
	prevLiteral := false
	for i, r := range name {
		at := inName
		if first {
			at = asSurname
			if _, second := compoundReading(r); second != 0 {
				if next, _ := utf8.DecodeRuneInString(name[i+utf8.RuneLen(r):]); next == second {
					at = inCompound
				}
			}
		}
		id := t.char(r, at)
		c := &t.chars[id]
		tok := token(id)
		if c.kind == tokLiteral && prevLiteral {
			tok |= tokenInWord
		}
		prevLiteral = c.kind == tokLiteral
		if !unicode.IsSpace(r) {
			first = false
		}
		toks = append(toks, tok)
		sig |= sigBit(c.r)
		for _, rd := range c.readings {
			for i := 0; i < len(rd.s); i++ {
				sig |= sigBit(rune(rd.s[i]))
			}
		}
	}
	return toks, sig
}

// char returns the index of r in the table of characters, adding it the
// first time. at says where r stands in the name.
func (t *charTable) char(r rune, at role) uint32 {
	k := charKey{r, at}
	if id, ok := t.charIDs[k]; ok {
		return id
	}
	c := char{r: foldRune(r)}
	switch rs := t.cache.readings(r, at); {
	case len(rs) > 0:
		c.kind, c.readings = tokHan, rs
		for _, rd := range rs {
			c.firsts |= 1 << (rd.s[0] - 'a')
		}
	case unicode.IsLetter(c.r) || unicode.IsDigit(c.r):
		c.kind = tokLiteral
	default:
		c.kind = tokSkip
	}
	id := uint32(len(t.chars))
	t.chars = append(t.chars, c)
	t.charIDs[k] = id
	return id
}

// phoneTail is the last four digits of a phone number as a number, noTail
// when it has fewer.
func phoneTail(phone string) uint16 {
	if len(phone) < 4 {
		return noTail
	}
	n := 0
	for i := len(phone) - 4; i < len(phone); i++ {
		d := phone[i]
		if d < '0' || d > '9' {
			return noTail
		}
		n = n*10 + int(d-'0')
	}
	return uint16(n)
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
// then prefix, then initials, then substring; within a kind those who
// match through their characters' common readings first (see Match.Rare),
// then by name, then by roster order. After the names come the people
// whose phone number ends in the query (four digits or more), then, in
// what room is left, the people of a group the query names (see
// MatchGroup). At most limit results are returned (all when limit <= 0).
// An empty query matches nobody: the roster is not for browsing.
func (ix *Index) Search(query string, limit int) []Match {
	q := normalizeQuery(query)
	if len(q) == 0 || len(q) > maxQuery {
		return nil
	}
	qy := newQuery(q)
	lists := ix.scan(ix.entries, &qy, limit)
	if len(ix.fresh) > 0 {
		// Each list holds the first limit matches of its run, so the first
		// limit of both together are among them.
		more := ix.scan(ix.fresh, &qy, limit)
		for i := range lists {
			lists[i] = ix.merge(lists[i], more[i])
		}
	}
	n := 0
	for _, l := range lists {
		n += len(l)
	}
	if groupQuery(q) && (limit <= 0 || n < limit) {
		lists[listGroup] = ix.groupMembers(&qy, lists[:listGroup], max(limit-n, 0))
	}
	var out []Match
	for i, list := range lists {
		kind, rare := listKind(i)
		for _, p := range list {
			if limit > 0 && len(out) >= limit {
				return out
			}
			out = append(out, Match{Person: ix.person(p), Kind: kind, Rare: rare})
		}
	}
	return out
}

// Search keeps the people it finds in lists, one for each rank: each kind
// of name match, common readings before rare ones, then phone, then
// group.
const (
	listPhone = 2 * int(MatchPhone)
	listGroup = listPhone + 1
	nLists    = listGroup + 1
)

// listOf is the list of a name match.
func listOf(k MatchKind, rare bool) int {
	if rare {
		return 2*int(k) + 1
	}
	return 2 * int(k)
}

// listKind is the kind of match a list holds.
func listKind(i int) (MatchKind, bool) {
	switch i {
	case listPhone:
		return MatchPhone, false
	case listGroup:
		return MatchGroup, false
	}
	return MatchKind(i / 2), i%2 == 1
}

// query is a search's query, with what the scan tests first.
type query struct {
	q   []rune
	sig uint64
	// tail is the query's last four digits when it is a phone's end (four
	// digits or more), else notPhone.
	tail uint16
}

// notPhone is the tail of a query that is no phone's end: no entry has it,
// so that such a query finds nobody by phone.
const notPhone = noTail - 1

// minPhoneDigits is the fewest digits that find a person by the end of
// their phone number: the last four, as people say them.
const minPhoneDigits = 4

func newQuery(q []rune) query {
	qy := query{q: q, tail: notPhone}
	digits := len(q) >= minPhoneDigits
	for _, r := range q {
		qy.sig |= sigBit(r)
		digits = digits && r >= '0' && r <= '9'
	}
	if digits {
		qy.tail = 0
		for _, r := range q[len(q)-minPhoneDigits:] {
			qy.tail = qy.tail*10 + uint16(r-'0')
		}
	}
	return qy
}

// phoneEnds reports whether the person's phone number ends in the query's
// digits, its last four being known to.
func (qy *query) phoneEnds(p *Person) bool {
	if len(qy.q) == minPhoneDigits {
		return true
	}
	if len(p.Phone) < len(qy.q) {
		return false
	}
	tail := p.Phone[len(p.Phone)-len(qy.q):]
	for i, r := range qy.q {
		if rune(tail[i]) != r {
			return false
		}
	}
	return true
}

// scan matches the query against a run of entries and returns the people
// who match, by list, in the run's order; at most limit in each when
// limit > 0.
func (ix *Index) scan(run []entry, qy *query, limit int) [nLists][]int32 {
	var out [nLists][]int32
	fromStart := 0 // matches from the first character
	sig, tail := qy.sig, qy.tail
	for i := 0; i < len(run); i++ {
		// Most people are ruled out by their signature (and their phone's
		// tail) alone: these loops, kept apart from the rest, stay in
		// registers, and a name's takes no look at phones.
		if tail == notPhone {
			for i < len(run) && run[i].sig&sig != sig {
				i++
			}
		} else {
			for i < len(run) && run[i].sig&sig != sig && run[i].tail != tail {
				i++
			}
		}
		if i == len(run) {
			break
		}
		e := &run[i]
		if e.sig&sig == sig {
			// Once a screenful matches from the first character, a match
			// from a later one cannot make the list, and looking for one is
			// most of the cost of a common letter.
			anywhere := limit <= 0 || fromStart < limit
			if k, rare, ok := matchTokens(ix.chars, ix.nameTokens(e), qy.q, anywhere); ok {
				if l := listOf(k, rare); limit <= 0 || len(out[l]) < limit {
					out[l] = append(out[l], e.person)
					if k < MatchSubstring {
						fromStart++
					}
				}
				if limit > 0 && len(out[0]) >= limit {
					// Nothing later can outrank a full set of exact matches
					// through common readings.
					break
				}
				continue
			}
		}
		if e.tail == tail && (limit <= 0 || len(out[listPhone]) < limit) && qy.phoneEnds(ix.person(e.person)) {
			out[listPhone] = append(out[listPhone], e.person)
		}
	}
	return out
}

// merge puts two lists of people, each in the order of results, into one.
func (ix *Index) merge(a, b []int32) []int32 {
	if len(b) == 0 {
		return a
	}
	out := make([]int32, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if ix.compare(entry{person: a[0]}, entry{person: b[0]}) <= 0 {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// Path properties tracked by the matcher, one bit each. A bit set at query
// position p means some way of typing the name's characters so far consumed
// exactly q[:p] and had that property. Each property has a twin, shifted
// left by commonShift, for the ways that read every character so far by a
// common reading (or typed it as itself).
const (
	pathFull     uint8 = 1 << iota // from the first character, every character typed in full
	pathInitials                   // from the first character, every character typed as its initial
	pathStart                      // from the first character, any mix
	pathAny                        // from any character, any mix

	commonShift = 4
)

// twins is the properties p and their twins for common readings.
func twins(p uint8) uint8 { return p | p<<commonShift }

// matchTokens reports whether q matches the name, how well, and whether
// only through a rare reading. It walks the name a character at a time,
// keeping the set of query positions reachable so far, so a name whose
// characters have several readings costs the sum of the readings, not
// their product.
//
// With anywhere false it looks only for matches from the first character.
func matchTokens(chars []char, toks []token, q []rune, anywhere bool) (kind MatchKind, rare, ok bool) {
	L := len(q)
	var bufA, bufB [maxQuery + 1]uint8
	cur, next := &bufA, &bufB
	var curAct, nextAct uint64 // positions with a nonzero bit set
	cur[0] = twins(pathFull | pathInitials | pathStart | pathAny)
	curAct = 1
	var done uint8 // properties of the ways that consumed all of q
	for ti, tok := range toks {
		t := &chars[tok.char()]
		if ti > 0 && anywhere {
			// A substring match may start at any character.
			cur[0] |= twins(pathAny)
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
					if tok.inWord() {
						b &^= twins(pathInitials)
					}
					next[p+1] |= b
					nextAct |= 1 << uint(p+1)
				}
			case tokHan:
				if c == t.r {
					// The character itself counts as typed in full.
					next[p+1] |= b &^ twins(pathInitials)
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
						// The last syllable may be cut short and still be a
						// prefix of the pinyin: "hea", "heay".
						last := m | pathFull
						if rd.common {
							m, last = twins(m), twins(last)
						}
						if p+k == L {
							done |= b & last
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
	// A common twin is set only with its property, so the property alone
	// says whether there is a match, and the twin whether a common one.
	final := cur[L]
	rareOf := func(have, want uint8) bool { return have&(want<<commonShift) == 0 }
	switch {
	case final&(pathFull|pathInitials) != 0:
		return MatchExact, rareOf(final, pathFull|pathInitials), true
	case done&pathFull != 0:
		return MatchPrefix, rareOf(done, pathFull), true
	case done&(pathInitials|pathStart) != 0:
		return MatchInitials, rareOf(done, pathInitials|pathStart), true
	case done&pathAny != 0:
		return MatchSubstring, rareOf(done, pathAny), true
	}
	return 0, false, false
}
