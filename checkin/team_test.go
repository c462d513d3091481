package checkin

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"eventday/program"
)

const teamRoster = `name,category,group,phone,act,note
何阿姨,performer,夕阳红舞蹈队,13901852273,fan,
曾凤英,performer,夕阳红舞蹈队,,fan,
查玉梅,performer,夕阳红舞蹈队,,fan,
吴建国,performer,5号楼,,sketch,
乐振华,performer,2号楼,,sketch,
王建平,resident,1号楼,,,
陈美华,resident,1号楼,,,
朱长青,performer,6号楼,,erhu,
林峰,performer,林峰武术社,,,
`

var teamActs = []program.Act{
	{ID: "fan", Title: "扇子舞《茉莉花》", Performers: "何阿姨和夕阳红舞蹈队"},
	{ID: "sketch", Title: "小品《楼道里的灯》", Performers: "吴建国、乐振华"},
	{ID: "erhu", Title: "二胡独奏", Performers: "朱长青"},
}

func TestTeams(t *testing.T) {
	r, err := ParseRoster("roster.csv", []byte(teamRoster), teamActs)
	if err != nil {
		t.Fatal(err)
	}
	teams := r.Teams(teamActs)
	var got []string
	for _, tm := range teams {
		var names []string
		for _, p := range tm.Members {
			names = append(names, p.Name)
		}
		got = append(got, tm.ID+"|"+tm.Name+"|"+strings.Join(tm.Also, ",")+"|"+strings.Join(names, ","))
	}
	want := []string{
		// The troupe is found by its act too; the act is not a second team.
		"group:夕阳红舞蹈队|夕阳红舞蹈队|何阿姨和夕阳红舞蹈队,扇子舞《茉莉花》|何阿姨,曾凤英,查玉梅",
		"group:1号楼|1号楼||王建平,陈美华",
		// Performers from two buildings are a team by their act.
		"act:sketch|吴建国、乐振华|小品《楼道里的灯》|吴建国,乐振华",
		// A group or an act of one is no team.
	}
	if !slices.Equal(got, want) {
		t.Errorf("teams:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	ix := NewTeamIndex(teams)
	for _, c := range []struct{ query, want string }{
		{"夕阳红", "group:夕阳红舞蹈队"},
		{"xyh", "group:夕阳红舞蹈队"},
		{"扇子舞", "group:夕阳红舞蹈队"},
		{"何阿姨", "group:夕阳红舞蹈队"}, // once, though two of its names match
		{"小品", "act:sketch"},
		{"1号", "group:1号楼"},
		{"王建平", ""},
		// Pinyin from a later character finds nothing; characters do.
		{"hao", ""},
		{"号楼", "group:1号楼"},
		{"舞蹈队", "group:夕阳红舞蹈队"},
		{"wudao", ""},
	} {
		var ids []string
		for _, tm := range ix.Search(c.query, 5) {
			ids = append(ids, tm.ID)
		}
		if strings.Join(ids, ",") != c.want {
			t.Errorf("search %q: %v, want %s", c.query, ids, c.want)
		}
	}
	if tm, ok := ix.Team("act:sketch"); !ok || len(tm.Members) != 2 {
		t.Errorf("Team(act:sketch) = %+v, %v", tm, ok)
	}
	if _, ok := ix.Team("group:nobody"); ok {
		t.Error("Team found a team that is not there")
	}

	// A group of more than MaxParty is no team.
	var big strings.Builder
	big.WriteString("name,category,group,phone,act,note\n")
	for i := range MaxParty + 1 {
		fmt.Fprintf(&big, "居民%03d,resident,1号楼,,,\n", i)
	}
	r, err = ParseRoster("roster.csv", []byte(big.String()), nil)
	if err != nil {
		t.Fatal(err)
	}
	if teams := r.Teams(nil); len(teams) != 0 {
		t.Errorf("a building of %d is a team: %v", MaxParty+1, teams[0].ID)
	}
}

// BenchmarkTeams is the teams of a roster of 20,000 whose groups are
// flats (one or two people each), made while the app starts: it must cost
// little beside the replay it runs alongside.
func BenchmarkTeams(b *testing.B) {
	people := make([]Person, 20000)
	for i := range people {
		people[i] = Person{ID: fmt.Sprint(i), Name: fmt.Sprintf("居民%05d", i), Group: fmt.Sprintf("%d号楼%d室", i%60+1, i/120+101)}
	}
	r, err := NewRoster(people)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		NewTeamIndex(r.Teams(nil))
	}
}
