package checkin

import (
	"slices"
	"strings"
	"unicode"

	"eventday/program"
)

// Team is people on the roster who arrive together: those who share a
// group (a dance troupe, a kindergarten class, a building), or the
// performers of an act. The desk signs in a whole team with one key, each
// member in an entry of their own.
type Team struct {
	// ID is "group:" and the group, or "act:" and the act's ID.
	ID string
	// Name is the group, or for the performers of an act who share no
	// group the act's performers as the programme writes them (its title
	// when it names none).
	Name string
	// Also are other names the team is found by: the title and the
	// performers of the act the team performs.
	Also []string
	// Members are the team's people, in roster order.
	Members []*Person
}

// Teams lists the roster's teams of two people to MaxParty: each group, in
// the order the roster first names it, then the performers of each act who
// are not all of one group already. An act whose performers are exactly a
// group adds its title and performers to that group's names, so that
// 扇子舞 finds the troupe that dances it. A bigger group (every resident of
// a tower block) does not arrive at once, and a slip must not sign in
// hundreds.
func (r *Roster) Teams(acts []program.Act) []Team {
	// Most groups of a big roster are one household or one flat: count
	// first, and make teams only of the groups that are teams, so that a
	// start at 20,000 people does not make 20,000 of them to throw away.
	size := make(map[string]int, len(r.People))
	for i := range r.People {
		if g := strings.TrimSpace(r.People[i].Group); g != "" {
			size[g]++
		}
	}
	var teams []Team
	byGroup := map[string]int{}
	for i := range r.People {
		p := &r.People[i]
		g := strings.TrimSpace(p.Group)
		if n := size[g]; g == "" || n < 2 || n > MaxParty {
			continue
		}
		t, ok := byGroup[g]
		if !ok {
			t = len(teams)
			byGroup[g] = t
			teams = append(teams, Team{ID: "group:" + g, Name: g, Members: make([]*Person, 0, size[g])})
		}
		teams[t].Members = append(teams[t].Members, p)
	}
	for _, a := range acts {
		members := r.Performers(a.ID)
		if len(members) < 2 || len(members) > MaxParty {
			continue
		}
		names := actNames(a)
		if i := slices.IndexFunc(teams, func(t Team) bool { return slices.Equal(t.Members, members) }); i >= 0 {
			for _, n := range names {
				if n != teams[i].Name && !slices.Contains(teams[i].Also, n) {
					teams[i].Also = append(teams[i].Also, n)
				}
			}
			continue
		}
		teams = append(teams, Team{ID: "act:" + a.ID, Name: names[0], Also: names[1:], Members: members})
	}
	return teams
}

// actNames are the names an act's performers are found by: the performers
// as written, then the title.
func actNames(a program.Act) []string {
	var names []string
	for _, n := range []string{a.Performers, a.Title} {
		if n = strings.TrimSpace(n); n != "" && !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		names = append(names, a.ID)
	}
	return names
}

// TeamIndex finds teams by any of their names, in characters or pinyin,
// full or initials, as Index finds people.
type TeamIndex struct {
	teams []Team
	byID  map[string]int
	ix    *Index
}

// NewTeamIndex indexes teams for Search.
func NewTeamIndex(teams []Team) *TeamIndex {
	var names []Person
	byID := make(map[string]int, len(teams))
	for i, t := range teams {
		byID[t.ID] = i
		names = append(names, Person{ID: t.ID, Name: t.Name})
		for _, n := range t.Also {
			names = append(names, Person{ID: t.ID, Name: n})
		}
	}
	return &TeamIndex{teams: teams, byID: byID, ix: NewIndex(names)}
}

// Search returns the teams one of whose names matches query, best first,
// each once, at most limit (all when limit <= 0). Pinyin must match from a
// name's first character: typed from a later one it finds too much (ha,
// the start of 何阿姨, is the reading of 号 in every 3号楼), whereas
// characters typed are meant (寿星 finds 春季出生的寿星们).
func (t *TeamIndex) Search(query string, limit int) []*Team {
	han := strings.IndexFunc(query, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0
	var out []*Team
	for _, m := range t.ix.Search(query, 0) {
		if m.Kind == MatchSubstring && !han {
			continue
		}
		i, ok := t.byID[m.Person.ID]
		if !ok || slices.Contains(out, &t.teams[i]) {
			continue
		}
		out = append(out, &t.teams[i])
		if limit > 0 && len(out) == limit {
			break
		}
	}
	return out
}

// Team returns the team with the ID.
func (t *TeamIndex) Team(id string) (*Team, bool) {
	i, ok := t.byID[id]
	if !ok {
		return nil, false
	}
	return &t.teams[i], true
}
