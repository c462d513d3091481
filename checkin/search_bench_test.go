package checkin

import (
	"fmt"
	"strings"
	"testing"

	"github.com/mozillazg/go-pinyin"
	"github.com/sahilm/fuzzy"

	"eventday/internal/eventtest"
)

// benchNames makes n names of two or three characters, the same every run.
func benchNames(n int) []string { return eventtest.Names(2025, 5, n) }

func benchPeople(n int) []Person {
	names := benchNames(n)
	people := make([]Person, n)
	for i, name := range names {
		people[i] = Person{ID: fmt.Sprintf("p%d", i), Name: name, Line: i + 2}
	}
	return people
}

// benchQueries are keystrokes at the desk: one letter, a few letters of
// pinyin, initials, characters.
var benchQueries = []string{"w", "wa", "wang", "wangf", "wf", "zhangw", "hay", "王", "王芳", "shan"}

func BenchmarkSearch(b *testing.B) {
	ix := NewIndex(benchPeople(20000))
	for _, q := range benchQueries {
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

// BenchmarkSearchAll asks for every match, not the 20 a screen shows.
func BenchmarkSearchAll(b *testing.B) {
	ix := NewIndex(benchPeople(20000))
	for _, q := range []string{"w", "wangf", "王"} {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = len(ix.Search(q, 0))
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}

// BenchmarkFuzzyNames is the matcher the bubbles list uses, over the names as
// they are: it cannot find anything by pinyin.
func BenchmarkFuzzyNames(b *testing.B) {
	benchFuzzy(b, benchNames(20000))
}

// benchFuzzy runs the desk's queries through the fuzzy matcher over hay.
func benchFuzzy(b *testing.B, hay []string) {
	for _, q := range benchQueries {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			n := 0
			for b.Loop() {
				n = len(fuzzy.Find(q, hay))
			}
			b.ReportMetric(float64(n), "results")
		})
	}
}

// BenchmarkFuzzyPinyin gives the fuzzy matcher a fair chance: each string is
// the name, its pinyin and its initials (first readings only, so no
// polyphonic surnames).
func BenchmarkFuzzyPinyin(b *testing.B) {
	names := benchNames(20000)
	args := pinyin.NewArgs()
	hay := make([]string, len(names))
	for i, n := range names {
		py := pinyin.LazyPinyin(n, args)
		var ini strings.Builder
		for _, s := range py {
			ini.WriteByte(s[0])
		}
		hay[i] = n + " " + strings.Join(py, "") + " " + ini.String()
	}
	benchFuzzy(b, hay)
}

func BenchmarkNewIndex(b *testing.B) {
	people := benchPeople(20000)
	b.ReportAllocs()
	for b.Loop() {
		NewIndex(people)
	}
}
