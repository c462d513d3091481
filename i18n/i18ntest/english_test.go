package i18ntest

import (
	"slices"
	"testing"
)

// The check must catch the English that today's loaders leave in a
// Chinese message, and let through what a Chinese message rightly holds.
func TestEnglish(t *testing.T) {
	for _, tt := range []struct {
		text, from string
		allowed    []string
		want       []string
	}{
		{`bad/event.yaml:5: event.date: "2026-13-01" is not a real date`, "", []string{"date"}, []string{"is", "not", "real"}},
		{`eventday: bad/event.yaml:16: acts[1].duration: "five minutes" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`, "",
			[]string{"acts", "duration"}, []string{"is", "not", "write", "or"}},
		{`eventday: nonexist/event.yaml: cannot read: no such file or directory`, "", nil, []string{"cannot", "read", "no", "such", "file", "or", "directory"}},
		{`eventday: unknown flag: --bogus（见 "eventday check --help"）`, "", nil, []string{"unknown", "flag"}},
		{`roster.csv:2: column 电话: "12" is not a phone number: it has 2 digits`, "name,电话", nil, []string{"column", "is", "not", "phone", "number", "it", "has", "digits"}},
		// What a Chinese message may hold.
		{`bad/event.yaml:16: 第 1 个节目的 duration（时长）："five minutes" 不是时长；请写成 5m、90s、1m30s 或 4:30 这样`, "", []string{"duration"}, nil},
		{`roster.csv:1: 这些列 eventday 用不到：Nom、Prénom`, "电话,Nom,Prénom", nil, nil},
		{`event.yaml:7: 第 1 个节目的 durtion：eventday 不认识这一项（是不是想写 “duration”？）`, "  - title: 合唱\n    durtion: 5m", nil, nil},
		{`参数 --party 要跟一个数字，例如 --party 3（见 "eventday signin --help"）`, "", nil, nil},
		{`event.yaml:3: 日期要写成 YYYY-MM-DD，例如 2026-05-01`, "", nil, nil},
		// A file's words do not excuse a sentence's.
		{`x.csv:1: it is`, "it is", nil, []string{"it", "is"}},
	} {
		if got := English(tt.text, tt.from, tt.allowed...); !slices.Equal(got, tt.want) {
			t.Errorf("English(%q)\n got: %q\nwant: %q", tt.text, got, tt.want)
		}
	}
}
