// Package demo is the built-in event: the May Day show of a neighbourhood
// square (nine acts, about sixty people) that `eventday init` writes and
// `eventday demo` runs, in the reader's language.
//
// event.yaml and roster.csv beside this file are the one copy of the show,
// in English: File writes them for a reader of Chinese with the roster's
// header and categories and event.yaml's comments in Chinese, from the
// catalog. The names, the titles and the MC's lines are Chinese in both.
package demo

import (
	"bytes"
	"embed"
	"encoding/csv"
	"fmt"
	"slices"
	"strings"

	"eventday/i18n"
)

//go:embed event.yaml roster.csv
var files embed.FS

// Files are the sample's files, in the order init writes them.
var Files = []string{"event.yaml", "roster.csv"}

// english is the catalog the files beside this one are written in.
var english = i18n.For("en").Sample

// File returns the sample's file name as it is written for a reader of t's
// language.
func File(name string, t *i18n.Text) ([]byte, error) {
	data, err := files.ReadFile(name)
	if err != nil {
		return nil, err
	}
	switch name {
	case "event.yaml":
		return translateComments(data, english, t.Sample)
	case "roster.csv":
		roster, err := translateRoster(data, english, t.Sample)
		if err != nil {
			return nil, err
		}
		// Excel opens a CSV file without a byte order mark in the
		// computer's own encoding, which turns every Chinese name in it
		// into nonsense on a Chinese Windows; with the mark it reads UTF-8.
		return append([]byte("\uFEFF"), roster...), nil
	}
	return data, nil
}

// translateComments rewrites each comment of event.yaml from one language
// to the other: a line "# text", or a value followed by "  # text", where
// text may start with the key it explains ("- title: "). The YAML itself is
// left as it is, and so the column where each comment starts.
func translateComments(data []byte, from, to i18n.Sample) ([]byte, error) {
	words := map[string]string{}
	toComments := to.Comments()
	for i, c := range from.Comments() {
		words[c] = toComments[i]
	}
	lines := strings.Split(string(data), "\n")
	for i, line := range lines {
		at := strings.Index(line, "# ")
		if at < 0 || (at > 0 && line[at-1] != ' ') {
			continue
		}
		text := line[at+2:]
		said, ok := words[text]
		if !ok {
			return nil, fmt.Errorf("event.yaml:%d: the comment %q is not in the catalog", i+1, text)
		}
		lines[i] = line[:at+2] + said
	}
	return []byte(strings.Join(lines, "\n")), nil
}

// translateRoster rewrites roster.csv's header and categories from one
// language to the other.
func translateRoster(data []byte, from, to i18n.Sample) ([]byte, error) {
	records, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		return nil, fmt.Errorf("roster.csv: %w", err)
	}
	if len(records) == 0 || !slices.Equal(records[0], from.Columns()) {
		return nil, fmt.Errorf("roster.csv: the header is not %v", from.Columns())
	}
	category := map[string]string{}
	toCategories := to.Categories()
	for i, c := range from.Categories() {
		category[c] = toCategories[i]
	}
	records[0] = to.Columns()
	for i, rec := range records[1:] {
		c, ok := category[rec[1]]
		if !ok {
			return nil, fmt.Errorf("roster.csv:%d: the category %q is not in the catalog", i+2, rec[1])
		}
		rec[1] = c
	}
	var b bytes.Buffer
	w := csv.NewWriter(&b)
	if err := w.WriteAll(records); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
