package program

import (
	"strings"
	"testing"

	"eventday/i18n"
	"eventday/i18n/i18ntest"
)

// fileWords are the words of event.yaml and of an act spreadsheet that a
// Chinese message names as the file writes them.
func fileWords() []string {
	words := append(append(topKeys(), eventKeys()...), actKeys()...)
	for _, c := range actColumns() {
		words = append(words, c.Name)
		words = append(words, c.Aliases...)
	}
	return words
}

// noEnglish fails when a line of err said in Chinese holds an English
// sentence, or when err reads the same in both languages.
func noEnglish(t *testing.T, what string, err error, from string) {
	t.Helper()
	zh := i18n.Localize(err, i18n.For("zh"))
	if zh == err.Error() {
		t.Errorf("%s: the same in Chinese as in English: %s", what, zh)
	}
	for line := range strings.SplitSeq(zh, "\n") {
		if left := i18ntest.English(line, from, fileWords()...); left != nil {
			t.Errorf("%s: English %q left in\n%s", what, left, line)
		}
	}
}

// Every problem the loaders find in event.yaml, in an act spreadsheet and
// in a duration reads in Chinese when shown in Chinese.
func TestPlanErrorsInChinese(t *testing.T) {
	for _, tt := range planErrorCases(t) {
		_, err := ParsePlan("event.yaml", []byte(tt.yaml), mapFiles(tt.files))
		from := tt.yaml
		for _, f := range tt.files {
			from += "\n" + f
		}
		noEnglish(t, tt.name, err, from)
	}
	for _, tt := range actsCSVErrorCases {
		_, err := ParseActsCSV("acts.csv", []byte(tt.csv))
		noEnglish(t, tt.name, err, tt.csv)
	}
	for _, tt := range durationErrorCases {
		_, err := ParseDuration(tt.in)
		noEnglish(t, tt.in, err, tt.in)
	}
}
