package checkin

import (
	"slices"
	"strconv"
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
	var teams []Team
	byGroup := map[string]int{}
	for i := range r.People {
		p := &r.People[i]
		g := strings.TrimSpace(p.Group)
		if g == "" {
			continue
		}
		t, ok := byGroup[g]
		if !ok {
			t = len(teams)
			byGroup[g] = t
			teams = append(teams, Team{ID: "group:" + g, Name: g})
		}
		teams[t].Members = append(teams[t].Members, p)
	}
	teams = slices.DeleteFunc(teams, func(t Team) bool { return len(t.Members) < 2 || len(t.Members) > MaxParty })
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
	ix    *Index
}

// NewTeamIndex indexes teams for Search.
func NewTeamIndex(teams []Team) *TeamIndex {
	var names []Person
	for i, t := range teams {
		id := strconv.Itoa(i)
		for _, n := range append([]string{t.Name}, t.Also...) {
			names = append(names, Person{ID: id, Name: n})
		}
	}
	return &TeamIndex{teams: teams, ix: NewIndex(names)}
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
		i, err := strconv.Atoi(m.Person.ID)
		if err != nil || i < 0 || i >= len(t.teams) || slices.Contains(out, &t.teams[i]) {
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
	for i := range t.teams {
		if t.teams[i].ID == id {
			return &t.teams[i], true
		}
	}
	return nil, false
}
