package checkin

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"eventday/i18n"
	"eventday/input"
	"eventday/program"
)

// RosterFile is the roster's name in an event folder.
const RosterFile = "roster.csv"

// RosterWorkbook is the roster's name in an event folder when it is an
// Excel workbook.
const RosterWorkbook = "roster.xlsx"

// Roster is the people expected, in file order.
type Roster struct {
	People []Person
	// Warnings are what reading the file passed over without refusing it:
	// columns eventday does not use.
	Warnings input.Errors
	byID     map[string]int
	byAct    map[string][]int
}

// rosterColumns are roster.csv's columns, in English and Chinese.
func rosterColumns() []input.Column {
	return []input.Column{
		{Name: "name", Aliases: []string{"姓名", "名字"}, Required: true},
		{Name: "category", Aliases: []string{"类别", "类型"}},
		{Name: "group", Aliases: []string{"楼栋", "分组", "单位"}},
		{Name: "phone", Aliases: []string{"电话", "手机", "手机号", "手机号码", "联系电话"}},
		{Name: "act", Aliases: []string{"节目"}},
		{Name: "note", Aliases: []string{"备注"}},
	}
}

// NewRoster builds a roster from people whose IDs are already set; it is how
// a demo or a test makes one without a file. People sharing an ID are an
// error.
func NewRoster(people []Person) (*Roster, error) {
	r := &Roster{People: people}
	if err := r.index(); err != nil {
		return nil, err
	}
	return r, nil
}

func (r *Roster) index() error {
	r.byID = make(map[string]int, len(r.People))
	r.byAct = map[string][]int{}
	for i, p := range r.People {
		if j, dup := r.byID[p.ID]; dup {
			return fmt.Errorf("people %d and %d share the ID %s", j+1, i+1, p.ID)
		}
		r.byID[p.ID] = i
		if p.ActID != "" {
			r.byAct[p.ActID] = append(r.byAct[p.ActID], i)
		}
	}
	return nil
}

// ParseRoster reads roster.csv's bytes (UTF-8 with or without BOM, or
// GB18030) against the programme's acts. Every problem is reported, each
// with its line, as input.Errors.
func ParseRoster(file string, data []byte, acts []program.Act) (*Roster, error) {
	rows, warnings, err := input.ReadCSV(file, data, rosterColumns())
	var errs input.Errors
	errs.Add(err)

	actByKey := map[string]string{}
	var actNames []string
	// An ID wins over another act's title of the same text, and the exact
	// text over the same in other case ("TaiChi" for the act "taichi").
	for _, fold := range []bool{false, true} {
		for _, key := range []func(program.Act) string{
			func(a program.Act) string { return a.ID },
			func(a program.Act) string { return a.Title },
		} {
			for _, a := range acts {
				k := key(a)
				if fold {
					k = strings.ToLower(k)
				} else {
					actNames = append(actNames, k)
				}
				if _, taken := actByKey[k]; !taken {
					actByKey[k] = a.ID
				}
			}
		}
	}

	r := &Roster{People: make([]Person, 0, len(rows)), Warnings: warnings}
	firstLine := map[string]int{}
	for _, row := range rows {
		p := Person{
			Name:     row.Get("name"),
			Category: row.Get("category"),
			Group:    row.Get("group"),
			Note:     row.Get("note"),
			Line:     row.Line,
		}
		ok := true
		if p.Name == "" {
			errs.Add(input.InColumn(file, row.Line, row.Label("name"), func(t *i18n.Text) string { return t.Files.NameEmpty }))
			ok = false
		}
		if n := utf8.RuneCountInString(p.Name); n > MaxName {
			// Refused here rather than on the day: signin takes no
			// longer name, so this person could not be signed in.
			errs.Add(input.InColumn(file, row.Line, row.Label("name"), func(t *i18n.Text) string { return t.Files.NameTooLong }, n, MaxName))
			ok = false
		}
		phone, err := NormalizePhone(row.Get("phone"))
		if err != nil {
			errs.Add(&input.Error{File: file, Line: row.Line, Column: row.Label("phone"), Err: err})
			ok = false
		}
		p.Phone = phone
		if act := row.Get("act"); act != "" {
			id, found := actByKey[act]
			if !found {
				id, found = actByKey[strings.ToLower(act)]
			}
			if !found {
				column := row.Label("act")
				if near := input.Suggest(act, actNames); near != "" {
					errs.Add(input.InColumn(file, row.Line, column, func(t *i18n.Text) string { return t.Files.NoActNear }, act, near))
				} else {
					errs.Add(input.InColumn(file, row.Line, column, func(t *i18n.Text) string { return t.Files.NoAct }, act))
				}
				ok = false
			}
			p.ActID = id
		}
		if !ok {
			continue
		}
		p.ID = PersonID(p.Name, p.Group, p.Phone)
		if line, dup := firstLine[p.ID]; dup {
			errs.Add(input.Problem(file, row.Line, func(t *i18n.Text) string { return t.Files.SamePerson },
				describe(p), line, sameWhat(row), row.Label("group"), row.Label("phone")))
			continue
		}
		firstLine[p.ID] = row.Line
		r.People = append(r.People, p)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	if err := r.index(); err != nil {
		// Unreachable: IDs were checked row by row above.
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return r, nil
}

func describe(p Person) string {
	s := fmt.Sprintf("%q", p.Name)
	if p.Group != "" {
		s += fmt.Sprintf(" (%s)", p.Group)
	}
	return s
}

// sameWhat names the columns two rows share to be the same person, as
// the file's header writes them.
func sameWhat(row input.Row) i18n.Localized {
	return input.List(row.Label("name"), row.Label("group"), row.Label("phone"))
}

// LoadRoster reads dir/roster.csv, or dir/roster.xlsx as Excel or WPS
// saves it; a folder with both is refused, since either could be the one
// kept up to date. A folder without one has an empty roster: an event may
// count anonymous heads and walk-ins only. But a folder with a file that
// was meant to be it (roster.csv.csv, Roster.CSV) is refused, with the name
// to give that file: an event without the roster it was given would find
// nobody at the desk.
func LoadRoster(dir string, acts []program.Act) (*Roster, error) {
	var found []string
	var data []byte
	for _, name := range []string{RosterFile, RosterWorkbook} {
		b, err := os.ReadFile(filepath.Join(dir, name))
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, input.CannotRead(name, err)
		}
		found, data = append(found, name), b
	}
	switch len(found) {
	case 0:
		for _, name := range []string{RosterFile, RosterWorkbook} {
			if err := input.Misnamed(dir, name, name); err != nil {
				return nil, err
			}
		}
		r, _ := NewRoster(nil)
		return r, nil
	case 2:
		return nil, input.Problem(RosterFile, 0, func(t *i18n.Text) string { return t.Files.TwoRosters }, RosterWorkbook)
	}
	return ParseRoster(found[0], data, acts)
}

// Categories lists the roster's categories, each once, in the order the
// roster first has them: the choices of the walk-in form.
func (r *Roster) Categories() []string {
	var out []string
	for _, p := range r.People {
		if p.Category != "" && !slices.Contains(out, p.Category) {
			out = append(out, p.Category)
		}
	}
	return out
}

// Len is the number of people on the roster.
func (r *Roster) Len() int { return len(r.People) }

// Person returns the person with the ID.
func (r *Roster) Person(id string) (*Person, bool) {
	i, ok := r.byID[id]
	if !ok {
		return nil, false
	}
	return &r.People[i], true
}

// Performers returns the people linked to the act, in roster order.
func (r *Roster) Performers(actID string) []*Person {
	idx := r.byAct[actID]
	out := make([]*Person, len(idx))
	for i, j := range idx {
		out[i] = &r.People[j]
	}
	return out
}

// Index builds the search index over the roster.
func (r *Roster) Index() *Index { return NewIndex(r.People) }
