package checkin

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// phoneGroupPeople are neighbours with phone numbers and groups: two of a
// building, a troupe, and a troupe signed in under its own name.
func phoneGroupPeople() []Person {
	return []Person{
		{Name: "何阿姨", Group: "何阿姨舞蹈队", Phone: "13901852273"},
		{Name: "黄阿英", Group: "3号楼", Phone: "13816620451"},
		{Name: "王兰", Group: "3号楼", Phone: "13761085678"},
		{Name: "李想", Group: "7号楼", Phone: "13812345678"},
		{Name: "孙秀英", Group: "夕阳红秧歌队", Phone: "13795320681"},
		{Name: "周桂兰", Group: "夕阳红秧歌队"},
		{Name: "夕阳红秧歌队", Group: "夕阳红秧歌队"},
		{Name: "3号楼舞蹈队", Group: "居委会"},
		{Name: "徐阳", Group: "1号楼", Phone: "+85212345678"},
		{Name: "赵六", Phone: "5678"},
		{Name: "钱七", Phone: "678"},
	}
}

func phoneGroupIndex() *Index {
	people := phoneGroupPeople()
	for i := range people {
		people[i].ID = fmt.Sprint("p", i)
	}
	return NewIndex(people)
}

func TestSearchPhoneAndGroup(t *testing.T) {
	ix := phoneGroupIndex()
	tests := []struct {
		query string
		want  []string
	}{
		// The last four digits, or more of the end of the number.
		{"5678", []string{"徐阳:phone", "李想:phone", "王兰:phone", "赵六:phone"}},
		{"45678", []string{"徐阳:phone", "李想:phone"}},
		{"85678", []string{"王兰:phone"}},
		{"13812345678", []string{"李想:phone"}},
		{"138 1234 5678", []string{"李想:phone"}},
		{"５６７８", []string{"徐阳:phone", "李想:phone", "王兰:phone", "赵六:phone"}},
		{"99995678", nil},
		{"0000005678", nil}, // longer than 赵六's whole number
		// Fewer than four digits is no phone: 钱七's 678 is not found.
		{"678", nil},
		{"0451", []string{"黄阿英:phone"}},
		{"1381", nil}, // the start of a number is not its end
		// A group, by its name or the start of it, in characters or pinyin:
		// after the names, each person once.
		{"夕阳红", []string{"夕阳红秧歌队:prefix", "周桂兰:group", "孙秀英:group"}},
		{"xyh", []string{"夕阳红秧歌队:initials", "周桂兰:group", "孙秀英:group"}},
		{"3号楼", []string{"3号楼舞蹈队:prefix", "王兰:group", "黄阿英:group"}},
		{"3hl", []string{"3号楼舞蹈队:initials", "王兰:group", "黄阿英:group"}},
		{"3haolou", []string{"3号楼舞蹈队:prefix", "王兰:group", "黄阿英:group"}},
		{"7号楼", []string{"李想:group"}},
		{"居委会", []string{"3号楼舞蹈队:group"}},
		// Only from the group's start (阳红 is in a name, not the start of
		// a group), and not on one character.
		{"阳红", []string{"夕阳红秧歌队:substring"}},
		{"号楼", []string{"3号楼舞蹈队:substring"}},
		{"7", nil},
		{"x", []string{"夕阳红秧歌队:prefix", "徐阳:prefix", "孙秀英:substring", "李想:substring", "3号楼舞蹈队:substring rare"}},
	}
	for _, tt := range tests {
		got := found(ix.Search(tt.query, 0))
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
		}
		for limit := 1; limit < len(tt.want); limit++ {
			if got := found(ix.Search(tt.query, limit)); !slices.Equal(got, tt.want[:limit]) {
				t.Errorf("Search(%q, %d) = %q, want %q", tt.query, limit, got, tt.want[:limit])
			}
		}
	}
}

// TestSearchGroupAfterNames: the people of a group fill only the room the
// names leave.
func TestSearchGroupAfterNames(t *testing.T) {
	var people []Person
	for i := range 30 {
		people = append(people, Person{ID: fmt.Sprint("a", i), Name: fmt.Sprintf("夕阳%02d", i)})
	}
	people = append(people, Person{ID: "b", Name: "孙秀英", Group: "夕阳红秧歌队"})
	ix := NewIndex(people)
	for _, limit := range []int{20, 30} {
		for _, m := range ix.Search("夕阳", limit) {
			if m.Kind == MatchGroup {
				t.Errorf("Search(夕阳, %d) lists %s of the group when the names fill the list", limit, m.Person.Name)
			}
		}
	}
	all := found(ix.Search("夕阳", 0))
	if len(all) != 31 || all[30] != "孙秀英:group" {
		t.Errorf("Search(夕阳) = %q, want the 30 names and then 孙秀英 by group", all)
	}
}

// TestSearchAddedByPhoneAndGroup: a walk-in is found by phone and group
// like everyone else, also when the groups were looked up before.
func TestSearchAddedByPhoneAndGroup(t *testing.T) {
	ix := phoneGroupIndex()
	if got := found(ix.Search("夕阳红", 0)); len(got) != 3 {
		t.Fatalf("Search(夕阳红) = %q before adding", got)
	}
	ix.Add(Person{ID: "w", Name: "吴美华", Group: "夕阳红秧歌队", Phone: "13600005678"})
	if got, want := found(ix.Search("夕阳红", 0)), []string{"夕阳红秧歌队:prefix", "吴美华:group", "周桂兰:group", "孙秀英:group"}; !slices.Equal(got, want) {
		t.Errorf("after Add, Search(夕阳红) = %q, want %q", got, want)
	}
	if got, want := found(ix.Search("05678", 0)), []string{"吴美华:phone"}; !slices.Equal(got, want) {
		t.Errorf("after Add, Search(05678) = %q, want %q", got, want)
	}
	ix.Add(Person{ID: "n", Name: "郑玉梅", Group: "9号楼"})
	if got, want := found(ix.Search("9号楼", 0)), []string{"郑玉梅:group"}; !slices.Equal(got, want) {
		t.Errorf("after adding a new group, Search(9号楼) = %q, want %q", got, want)
	}

	// A roster without groups, searched, then a walk-in with one.
	ix = NewIndex([]Person{{ID: "a", Name: "何阿姨"}, {ID: "b", Name: "黄阿英"}})
	if got := ix.Search("9号楼", 0); len(got) != 0 {
		t.Fatalf("Search(9号楼) = %q with nobody in a group", found(got))
	}
	ix.Add(Person{ID: "c", Name: "李想"})
	ix.Add(Person{ID: "d", Name: "王兰", Group: "9号楼"})
	ix.Add(Person{ID: "e", Name: "张三"})
	if got, want := found(ix.Search("9hl", 0)), []string{"王兰:group"}; !slices.Equal(got, want) {
		t.Errorf("after adding the first group, Search(9hl) = %q, want %q", got, want)
	}
}

// TestPhoneGroupAddedLikeIndexed: people added one by one are found by
// phone and group exactly as an index built with them from the start finds
// them.
func TestPhoneGroupAddedLikeIndexed(t *testing.T) {
	people := benchPeople(3000)
	for i := range people {
		people[i].Group = fmt.Sprintf("%d号楼", i%40+1)
		people[i].Phone = fmt.Sprintf("139%08d", i*7919%100000000)
	}
	whole := NewIndex(people)
	added := NewIndex(people[:500])
	for i, p := range people[500:] {
		added.Add(p)
		if i%100 == 0 {
			added.Search("3号楼", 20) // the groups, made before the next Add
		}
	}
	queries := []string{"3号楼", "3hl", "12号", "5678", "0000", "1234", "39000", "7919", "wang", "王"}
	for _, q := range queries {
		for _, limit := range []int{0, 1, 20} {
			got, want := added.Search(q, limit), whole.Search(q, limit)
			g, w := found(got), found(want)
			for i := range got {
				g[i] += "/" + got[i].Person.ID
			}
			for i := range want {
				w[i] += "/" + want[i].Person.ID
			}
			if !slices.Equal(g, w) {
				t.Fatalf("Search(%q, %d) after adding = %q, built at once %q", q, limit, g, w)
			}
		}
	}
}

// TestEntrySize: the phone's tail lives in what the entry's alignment
// leaves free, so finding people by phone costs the index no memory.
func TestEntrySize(t *testing.T) {
	if n := unsafe.Sizeof(entry{}); n != 24 {
		t.Errorf("an entry takes %d bytes, want 24", n)
	}
}

// benchPhoneGroupPeople is benchPeople with a phone each and a group each,
// a flat of its own as a committee's spreadsheet may give: as many groups
// as people, the most a table of groups can hold.
func benchPhoneGroupPeople(n int) []Person {
	people := benchPeople(n)
	for i := range people {
		people[i].Group = fmt.Sprintf("%d号楼%d室", i%60+1, i/60+101)
		people[i].Phone = fmt.Sprintf("13%09d", i*7919%1000000000)
	}
	return people
}

// BenchmarkSearchPhoneGroup is the desk's search for a phone's last digits
// and for a group, and for a name that leaves room for a group's people,
// over 20,000 people in as many groups.
func BenchmarkSearchPhoneGroup(b *testing.B) {
	ix := NewIndex(benchPhoneGroupPeople(20000))
	ix.Search("3号楼", 20) // the table of groups, made on the first search that needs it
	for _, q := range []string{"5678", "07919", "3号楼", "3hl", "3号楼101室", "夕阳红", "wangf"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = len(ix.Search(q, 20))
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}

// BenchmarkGroupTable is the making of the table of groups, which the
// first search that looks for a group pays, and the first after an Add.
func BenchmarkGroupTable(b *testing.B) {
	ix := NewIndex(benchPhoneGroupPeople(20000))
	b.ReportAllocs()
	for b.Loop() {
		ix.makeGroups()
	}
}

// TestSearchGroupsAtOnce: searches may run at the same time, also the
// first ones, which make the table of groups (run with -race).
func TestSearchGroupsAtOnce(t *testing.T) {
	ix := phoneGroupIndex()
	want := found(NewIndex(phoneGroupPeople()).Search("3hl", 0))
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if got := found(ix.Search("3hl", 0)); !slices.Equal(got, want) {
				t.Errorf("Search(3hl) = %q, want %q", got, want)
			}
		})
	}
	wg.Wait()
}

// TestSearchGroupMembersInOrder: the people of the groups a query names
// come in the order of results (by name, then roster order), whether few
// (sorted) or many (picked out of the index's order), walk-ins among them.
func TestSearchGroupMembersInOrder(t *testing.T) {
	people := benchPeople(600)
	for i := range people {
		people[i].Group = "3号楼"
		if i%10 == 0 {
			people[i].Group = "3号楼商铺"
		}
	}
	ix := NewIndex(people[:500])
	for _, p := range people[500:] {
		ix.Add(p)
	}
	for _, q := range []string{"3号楼", "3hl", "3号楼商", "3hlsp"} {
		var want []*Person
		for i := range people {
			if people[i].Group == "3号楼商铺" || !strings.Contains(q, "商") && !strings.Contains(q, "sp") {
				want = append(want, &people[i])
			}
		}
		slices.SortStableFunc(want, func(a, b *Person) int { return strings.Compare(a.Name, b.Name) })
		for _, limit := range []int{0, 20} {
			got := ix.Search(q, limit)
			w := want
			if limit > 0 {
				w = want[:limit]
			}
			if len(got) != len(w) {
				t.Fatalf("Search(%q, %d) found %d, want %d", q, limit, len(got), len(w))
			}
			for i, m := range got {
				if m.Kind != MatchGroup || m.Person.ID != w[i].ID {
					t.Fatalf("Search(%q, %d)[%d] = %s %s (%s), want %s %s", q, limit, i, m.Person.Name, m.Person.ID, m.Kind, w[i].Name, w[i].ID)
				}
			}
		}
	}
}
