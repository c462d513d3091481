package program

import (
	"fmt"
	"strings"

	"eventday/i18n"
	"eventday/input"
)

// actColumns are the columns of an act spreadsheet. The Chinese headers are
// the ones README.md lists plus the few near synonyms organisers use.
func actColumns() []input.Column {
	return []input.Column{
		{Name: "title", Aliases: []string{"节目", "节目名称", "标题"}, Required: true},
		{Name: "performers", Aliases: []string{"表演者", "演员", "表演单位"}},
		{Name: "duration", Aliases: []string{"时长"}, Required: true},
		{Name: "intro", Aliases: []string{"串词", "主持词"}},
		{Name: "notes", Aliases: []string{"备注"}},
		{Name: "contact", Aliases: []string{"联系方式", "联系电话", "电话"}},
		{Name: "id", Aliases: []string{"编号"}},
	}
}

// ParseActsCSV reads an act spreadsheet: one act a row under a header of
// title, performers, duration, intro, notes, contact, id (or 节目, 表演者,
// 时长, 串词, 备注, 联系方式, 编号), in UTF-8 with or without BOM or in
// GB18030/GBK. Every problem is reported at once as input.Errors naming the
// line and the column as the file's header spells it. Columns it does not
// know are left out; the programme's Warnings say which.
func ParseActsCSV(file string, data []byte) ([]Act, error) {
	acts, _, err := readActsCSV(file, data)
	return acts, err
}

// readActsCSV is ParseActsCSV with the warnings of reading the file.
func readActsCSV(file string, data []byte) (acts []Act, warnings input.Errors, err error) {
	rows, warnings, err := input.ReadCSV(file, data, actColumns())
	var errs input.Errors
	errs.Add(err)
	if err != nil && rows == nil {
		return nil, nil, errs.Err()
	}
	var drafts []actDraft
	for _, row := range rows {
		line := row.Line
		d := actDraft{
			act: Act{
				ID:         oneLine(row.Get("id")),
				Title:      oneLine(row.Get("title")),
				Performers: oneLine(row.Get("performers")),
				Intro:      strings.TrimSpace(row.Get("intro")),
				Notes:      strings.TrimSpace(row.Get("notes")),
				Contact:    oneLine(row.Get("contact")),
			},
			ref:         actRef{line: line},
			idLine:      line,
			idColumn:    row.Label("id"),
			titleLine:   line,
			titleColumn: row.Label("title"),
		}
		ok := true
		if d.act.Title == "" {
			errs.Add(input.InColumn(file, line, row.Label("title"), func(t *i18n.Text) string { return t.Files.TitleEmpty }))
			ok = false
		}
		dur, err := ParseDuration(row.Get("duration"))
		if err != nil {
			errs.Add(&input.Error{File: file, Line: line, Column: row.Label("duration"), Err: err})
			ok = false
		}
		d.act.Duration = dur
		if !ok {
			continue
		}
		d.idGiven = d.act.ID != ""
		if !d.idGiven {
			d.act.ID = d.act.Title
		}
		drafts = append(drafts, d)
	}
	if len(rows) == 0 && err == nil {
		errs.Add(input.Problem(file, 0, func(t *i18n.Text) string { return t.Files.NoActs }))
	}
	hint := func(t *i18n.Text) string { return t.Plan.HintNoID }
	if len(rows) > 0 {
		if rows[0].Has("id") {
			label := rows[0].Label("id")
			hint = func(t *i18n.Text) string { return fmt.Sprintf(t.Plan.HintIDColumn, label) }
		} else if !isASCII(rows[0].Label("title")) {
			hint = func(t *i18n.Text) string { return t.Plan.HintNoIDZH }
		}
	}
	checkUniqueIDs(file, drafts, hint, &errs)
	if err := errs.Err(); err != nil {
		return nil, nil, err
	}
	acts = make([]Act, len(drafts))
	for i, d := range drafts {
		acts[i] = d.act
	}
	return acts, warnings, nil
}

// actDraft is an act as read from a file together with where its parts came
// from, so that the checks both formats share can name the place.
type actDraft struct {
	act     Act
	ref     actRef // how another act's message points at this one
	idGiven bool   // false when the ID was taken from the title
	idLine  int
	// Where the id and the title are: keys of event.yaml, or columns of
	// a spreadsheet as its header writes them.
	idKey, titleKey       input.Key
	idColumn, titleColumn string
	titleLine             int
}

// at places a problem about the id (or the title) of the act, by its key
// or its column.
func (d actDraft) at(file string, id bool, msg input.Msg, args ...any) *input.Error {
	line, key, column := d.titleLine, d.titleKey, d.titleColumn
	if id {
		line, key, column = d.idLine, d.idKey, d.idColumn
	}
	if key != nil {
		return input.AtKey(file, line, key, msg, args...)
	}
	return input.InColumn(file, line, column, msg, args...)
}

// checkUniqueIDs reports every act whose ID an earlier act already uses. An
// act without an id takes its title as id, so two acts with the same title
// collide too; hint tells how to give one of them an id in this format.
func checkUniqueIDs(file string, drafts []actDraft, hint input.Msg, errs *input.Errors) {
	first := map[string]int{}
	for i, d := range drafts {
		j, dup := first[d.act.ID]
		if !dup {
			first[d.act.ID] = i
			continue
		}
		prev := drafts[j]
		if d.idGiven {
			errs.Add(d.at(file, true, func(t *i18n.Text) string { return t.Plan.IDUsed }, d.act.ID, prev.ref))
		} else {
			errs.Add(d.at(file, false, func(t *i18n.Text) string { return t.Plan.TitleUsed }, d.act.ID, prev.ref, input.Message(hint)))
		}
	}
}

// oneLine trims s and folds its runs of white space, line breaks included,
// into single spaces: a title or a name is shown on one line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
