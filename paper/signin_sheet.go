package paper

import (
	"encoding/csv"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/live"
)

// By is how the sign-in sheet groups the roster.
type By string

// The groupings of the sign-in sheet.
const (
	ByGroup    By = "group"    // by building, team or unit: the roster's group
	ByCategory By = "category" // performers, volunteers, residents…
	ByName     By = "name"     // one list, by name
)

// Bys lists the groupings, the default first.
func Bys() []By { return []By{ByGroup, ByCategory, ByName} }

// RowsPerPage is how many rows one page of the sign-in sheet holds under
// its heading; the style sheet gives the rows the height for it. Each
// group fills its last page with blank rows for walk-ins, at least
// MinBlank of them, so a group of n people takes ceil((n+MinBlank)/25)
// pages, and the sheet ends with one page of blank rows.
const (
	RowsPerPage = 25
	MinBlank    = 3
)

// SigninSheet is the sign-in sheet (签到表): the roster grouped by building
// or category, each group on pages of its own, with columns for the time
// of arrival and a signature, blank rows for walk-ins at the end of each
// group, and a last page of blank rows. Its columns are those "eventday
// signin --from" reads, and WriteCSV writes it as the spreadsheet to type
// it back. Phone numbers and roster notes stay off it: everyone at the
// gate sees it.
type SigninSheet struct {
	Head   head
	T      *i18n.Paper
	Hint   string
	Groups []sheetGroup
	// Columns are the headings of the paper, the same words as the
	// spreadsheet's header.
	Columns []string
}

// sheetGroup is the people of one building or category.
type sheetGroup struct {
	Name   string // made safe for the page
	Rows   []sheetRow
	Blank  []struct{} // as many blank rows
	Break  bool       // starts on a new page
	people []sheetRow
}

// sheetRow is a person on the sheet.
type sheetRow struct {
	No       int
	Name     string // made safe for the page
	Group    string
	Category string
	person   *checkin.Person
	key      string
}

// NewSigninSheet makes the sign-in sheet of a folder's roster in lang,
// grouped by by, as of now.
func NewSigninSheet(f *live.Folder, by By, lang string, now time.Time) *SigninSheet {
	t := i18n.For(lang)
	p := &t.Paper
	s := &SigninSheet{
		Head:    newHead(t, p.SigninSheet, f.Plan, now),
		T:       p,
		Hint:    p.SheetHint,
		Columns: []string{p.ColNo, p.ColName, p.ColGroup, p.ColCategory, p.ColParty, p.ColArrived, p.ColSigned},
	}
	groups := map[string]*sheetGroup{}
	var order []string
	if f.Roster != nil {
		for i := range f.Roster.People {
			who := &f.Roster.People[i]
			row := sheetRow{
				Name: masked(who.Name), Group: masked(who.Group), Category: masked(who.Category),
				person: who, key: sortKey(who.Name),
			}
			var name string
			switch by {
			case ByCategory:
				name = row.Category
				if name == "" {
					name = p.NoCategory
				}
			case ByName:
				name = p.Everyone
			default:
				name = row.Group
				if name == "" {
					name = p.NoGroup
				}
			}
			g := groups[name]
			if g == nil {
				g = &sheetGroup{Name: name}
				groups[name] = g
				order = append(order, name)
			}
			g.people = append(g.people, row)
		}
	}
	// Buildings and categories in the order people count them; a group
	// without a name last.
	slices.SortFunc(order, func(a, b string) int {
		if ea, eb := a == p.NoGroup || a == p.NoCategory, b == p.NoGroup || b == p.NoCategory; ea != eb {
			if ea {
				return 1
			}
			return -1
		}
		return byKey(a, b)
	})
	no := 0
	for i, name := range order {
		g := groups[name]
		slices.SortStableFunc(g.people, func(a, b sheetRow) int {
			if c := compareKeys(a.key, b.key); c != 0 {
				return c
			}
			return strings.Compare(a.Name, b.Name)
		})
		for _, r := range g.people {
			no++
			r.No = no
			g.Rows = append(g.Rows, r)
		}
		g.Blank = make([]struct{}, blankRows(len(g.Rows)))
		g.Break = i > 0
		s.Groups = append(s.Groups, *g)
	}
	s.Groups = append(s.Groups, sheetGroup{Name: p.WalkIns, Blank: make([]struct{}, RowsPerPage), Break: len(s.Groups) > 0})
	return s
}

// blankRows is how many blank rows follow a group of n people: enough to
// fill its last page, and at least MinBlank.
func blankRows(n int) int {
	blank := (RowsPerPage - n%RowsPerPage) % RowsPerPage
	if blank < MinBlank {
		blank += RowsPerPage
	}
	return blank
}

// Pages is how many pages the sheet prints on.
func (s *SigninSheet) Pages() int {
	n := 0
	for _, g := range s.Groups {
		n += (len(g.Rows) + len(g.Blank) + RowsPerPage - 1) / RowsPerPage
	}
	return n
}

// Write writes the sign-in sheet as one HTML page.
func (s *SigninSheet) Write(w io.Writer) error { return render(w, "signin_sheet.tmpl", s) }

// WriteCSV writes the sheet as a spreadsheet to type it back into: the
// same columns under the same headings, one row a person in the order of
// the paper, numbered as on it, with their name, group and category as on
// the roster (so that "eventday signin --from" finds each of them) and the
// time, party and signature left empty. A row typed back counts as an
// arrival only once it has a time, a party or a mark under the signature
// column; walk-ins go at the end. UTF-8 with a BOM and CRLF line ends, as
// Excel and WPS open it.
func (s *SigninSheet) WriteCSV(w io.Writer) error {
	if _, err := io.WriteString(w, "\uFEFF"); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	if err := cw.Write(s.Columns); err != nil {
		return err
	}
	for _, g := range s.Groups {
		for _, r := range g.Rows {
			p := r.person
			if err := cw.Write([]string{strconv.Itoa(r.No), cell(p.Name), cell(p.Group), cell(p.Category), "", "", ""}); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// cell keeps a spreadsheet from running a name as a formula: a cell that
// starts with = + - or @ (or their full-width forms) gets a tab in front,
// which Excel and WPS show as nothing and "signin --from" trims, so the
// name still matches the roster's. Control characters are not touched:
// the name must come back as the roster has it.
func cell(s string) string {
	if s == "" {
		return s
	}
	switch []rune(s)[0] {
	case '=', '+', '-', '@', '＝', '＋', '－', '＠':
		return "\t" + s
	}
	return s
}

// ParseBy reads the grouping of the sign-in sheet; empty is ByGroup.
func ParseBy(s string) (By, bool) {
	b := By(strings.ToLower(strings.TrimSpace(s)))
	if b == "" {
		return ByGroup, true
	}
	return b, slices.Contains(Bys(), b)
}
