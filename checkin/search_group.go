package checkin

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// groupTable finds people by their group (a building, a troupe): each
// group's name once, as tokens into a table of characters of its own, and
// each group's people.
type groupTable struct {
	charTable
	tokens []token
	// groups are the groups' names, a group's number being its place.
	groups []groupName
	// members are the people of each group, group after group, in roster
	// order: group i's are members[first[i]:first[i+1]].
	members, first []int32
}

// groupName is a group's name as its tokens, groupTable.tokens[start:start+n],
// and its signature (see entry).
type groupName struct {
	sig      uint64
	start, n uint32
}

// minGroupQuery is the fewest characters that look for a group: one letter
// would start half the groups of a roster.
const minGroupQuery = 2

// groupQuery reports whether q is long enough to look for a group.
func groupQuery(q []rune) bool { return len(q) >= minGroupQuery }

// groupIndex returns the table of groups, made on the first search that
// needs it rather than with the index: most searches of a big roster find
// a screenful of names and never look, and a roster whose groups are flats
// has as many groups as people. Add throws the table away, to be made
// again with the walk-in when next needed: a sheet of walk-ins added one
// by one, with no search between, makes it once.
func (ix *Index) groupIndex() *groupTable {
	ix.groupsMu.Lock()
	defer ix.groupsMu.Unlock()
	if ix.groups == nil {
		ix.groups = ix.makeGroups()
	}
	return ix.groups
}

func (ix *Index) makeGroups() *groupTable {
	g := &groupTable{charTable: newCharTable(ix.cache)}
	// Each person's group number, then the groups' people and tokens in
	// slices made to size: the table is made at a keystroke.
	ids := map[string]int32{}
	var names []string
	of := make([]int32, 0, ix.Len())
	runes, grouped := 0, 0
	for _, people := range append(slices.Clip(ix.given), ix.added) {
		for i := range people {
			name := strings.TrimSpace(people[i].Group)
			if name == "" {
				of = append(of, -1)
				continue
			}
			id, ok := ids[name]
			if !ok {
				id = int32(len(names))
				ids[name] = id
				names = append(names, name)
				runes += utf8.RuneCountInString(name)
			}
			of = append(of, id)
			grouped++
		}
	}
	if len(names) == 0 {
		return g
	}
	g.first = make([]int32, len(names)+1)
	for _, id := range of {
		if id >= 0 {
			g.first[id+1]++
		}
	}
	for i := range names {
		g.first[i+1] += g.first[i]
	}
	g.members = make([]int32, grouped)
	next := slices.Clone(g.first[:len(names)])
	for p, id := range of {
		if id >= 0 {
			g.members[next[id]] = int32(p)
			next[id]++
		}
	}
	g.tokens = make([]token, 0, runes)
	g.groups = make([]groupName, 0, len(names))
	for _, name := range names {
		e := groupName{start: uint32(len(g.tokens))}
		g.tokens, e.sig = g.appendTokens(g.tokens, name, false)
		e.n = uint32(len(g.tokens)) - e.start
		g.groups = append(g.groups, e)
	}
	return g
}

// fewMembers is the most people of the groups a query names that are put
// in order by sorting them; more are picked out of the index's own order,
// at the cost of a pass over it.
const fewMembers = 128

// groupMembers returns the people of the groups the query names, from
// their first character (exactly, a start, initials: "夕阳红", "3号楼",
// "3hl"), who are not in found already: in the order of results, at most
// room of them (all when room <= 0).
func (ix *Index) groupMembers(qy *query, found [][]int32, room int) []int32 {
	g := ix.groupIndex()
	var named []int32 // the groups the query names
	total := 0
	for i := range g.groups {
		e := &g.groups[i]
		if e.sig&qy.sig != qy.sig {
			continue
		}
		if _, _, ok := matchTokens(g.chars, g.tokens[e.start:e.start+e.n], qy.q, false); ok {
			named = append(named, int32(i))
			total += int(g.first[i+1] - g.first[i])
		}
	}
	if total == 0 {
		return nil
	}
	var taken []int32
	for _, l := range found {
		taken = append(taken, l...)
	}
	slices.Sort(taken)
	if total <= fewMembers {
		out := make([]int32, 0, total)
		for _, i := range named {
			for _, p := range g.members[g.first[i]:g.first[i+1]] {
				if _, dup := slices.BinarySearch(taken, p); !dup {
					out = append(out, p)
				}
			}
		}
		slices.SortFunc(out, func(a, b int32) int { return ix.compare(entry{person: a}, entry{person: b}) })
		if room > 0 && len(out) > room {
			out = out[:room]
		}
		return out
	}
	in := make([]uint64, (ix.Len()+63)/64) // a bit for each of their people
	for _, i := range named {
		for _, p := range g.members[g.first[i]:g.first[i+1]] {
			in[p/64] |= 1 << (p % 64)
		}
	}
	members := func(run []entry) []int32 {
		var out []int32
		for i := range run {
			p := run[i].person
			if in[p/64]&(1<<(p%64)) == 0 {
				continue
			}
			if _, dup := slices.BinarySearch(taken, p); dup {
				continue
			}
			out = append(out, p)
			if room > 0 && len(out) >= room {
				break
			}
		}
		return out
	}
	out := members(ix.entries)
	if len(ix.fresh) > 0 {
		out = ix.merge(out, members(ix.fresh))
		if room > 0 && len(out) > room {
			out = out[:room]
		}
	}
	return out
}
