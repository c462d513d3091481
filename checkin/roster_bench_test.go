package checkin

import (
	"bytes"
	"fmt"
	"testing"
)

// BenchmarkParseRoster reads a roster.csv of 20,000 people as a committee's
// spreadsheet has them: Chinese headers, a BOM, a phone for most, a note
// for some. It is read while the log replays at every start.
func BenchmarkParseRoster(b *testing.B) {
	var csv bytes.Buffer
	csv.WriteString("\ufeff姓名,类别,楼栋,电话,节目,备注\n")
	for i, p := range benchPeople(20000) {
		phone := ""
		if i%10 != 9 {
			phone = fmt.Sprintf("139-%04d-%04d", i/10000, i%10000)
		}
		category, act, note := "居民", "", ""
		switch i % 10 {
		case 0:
			category, act = "演员", testActs[i/10%len(testActs)].ID
		case 1:
			category, note = "志愿者", "负责引导"
		}
		fmt.Fprintf(&csv, "%s,%s,%d号楼%d室,%s,%s,%s\n", p.Name, category, 1+i%40, 100+i%300, phone, act, note)
	}
	data := csv.Bytes()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	var n int
	for b.Loop() {
		r, err := ParseRoster(RosterFile, data, testActs)
		if err != nil {
			b.Fatal(err)
		}
		n = r.Len()
	}
	b.ReportMetric(float64(n), "people")
}
