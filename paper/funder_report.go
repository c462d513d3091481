package paper

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/live"
	"eventday/report"
)

// Report is the report for the funder: what "eventday report" says, as a
// page to print or to paste into Word or WPS with its tables intact, and
// more of what a funder reads: attendance by building, who of the people
// invited came, the performers of each act, the volunteers, honorees and
// sponsors, the arrivals as a chart, and the programme as it really ran.
// It gives the numbers a funder reads and none of the desk's own (entries,
// entries undone). Names and notes have their phone numbers masked.
type Report struct {
	Head       head
	T          *i18n.Paper
	Totals     []figure
	ByCategory []figure
	ByGroup    []figure
	Invited    []invitedRow
	ShowAbsent bool
	Absent     []personRow
	Acts       []actPresence
	Volunteers []personRow
	Honorees   []personRow
	Sponsors   []personRow
	Chart      *chart
	Arrivals   []figure
	Show       report.ProgrammeTable
}

// figure is a labelled number of a table.
type figure struct {
	Label string
	Value string
	Sub   bool // a part of the row above
}

// invitedRow is how many people of a category on the roster came.
type invitedRow struct {
	Category string
	Invited  int
	Came     int
	Share    string
	Total    bool
}

// personRow is someone named in the report.
type personRow struct {
	Name, Group, Category, Note string
}

// actPresence is how many of an act's performers on the roster came.
type actPresence struct {
	Title string
	Here  string
	Who   string
}

// NewReport makes the report for the funder of a folder in lang as of now;
// absent says whether it lists the people invited who did not come.
func NewReport(f *live.Folder, lang string, now time.Time, absent bool) *Report {
	t := i18n.For(lang)
	p, r := &t.Paper, &t.Report
	d := report.DataOf(f.Show, f.Attendance)
	loc := f.Plan.Location
	rp := &Report{Head: newHead(t, p.Report, f.Plan, now), T: p, ShowAbsent: absent, Show: d.ProgrammeTable(lang, now)}

	tot := d.Totals
	rp.Totals = append(rp.Totals, figure{Label: p.People, Value: strconv.Itoa(tot.People)})
	if c := f.Plan.Capacity; c > 0 {
		rp.Totals = append(rp.Totals,
			figure{Label: p.Capacity, Value: strconv.Itoa(c)},
			figure{Label: p.OfCapacity, Value: percent(tot.People, c)})
	}
	rp.Totals = append(rp.Totals,
		figure{Label: p.Named, Value: strconv.Itoa(tot.Named)},
		figure{Label: p.WalkInsCount, Value: strconv.Itoa(tot.WalkIns), Sub: true},
		figure{Label: p.Anonymous, Value: strconv.Itoa(tot.Anonymous)})
	for _, c := range d.ByCategory {
		label := masked(c.Category)
		if c.Category == "" {
			label = r.NoCategory
		}
		rp.ByCategory = append(rp.ByCategory, figure{Label: label, Value: strconv.Itoa(c.People)})
	}
	rp.ByGroup = byGroup(f.Attendance, p)

	in := func(who *checkin.Person) bool { _, ok := f.Attendance.Status(who.ID); return ok }
	var people []checkin.Person
	if f.Roster != nil {
		people = f.Roster.People
	}
	rp.Invited, rp.Absent = invited(people, in, p)
	rp.Acts = performers(f, d, in, r, p)
	// Walk-ins who came as volunteers or honorees are named too.
	present := slices.Clone(people)
	present = append(present, f.Attendance.WalkIns()...)
	for i := range present {
		who := &present[i]
		row := personRow{Name: masked(who.Name), Group: masked(who.Group), Category: masked(who.Category), Note: masked(who.Note)}
		switch roleOf(who.Category) {
		case volunteer:
			if in(who) {
				rp.Volunteers = append(rp.Volunteers, row)
			}
		case honoree:
			if in(who) {
				rp.Honorees = append(rp.Honorees, row)
			}
		case sponsor:
			if who.Line > 0 { // the roster's sponsors, whether they came or not
				rp.Sponsors = append(rp.Sponsors, row)
			}
		}
	}

	qs := report.Quarters(d.Arrivals)
	labels := report.ArrivalLabels(qs, loc)
	for i, q := range qs {
		rp.Arrivals = append(rp.Arrivals, figure{Label: labels[i], Value: strconv.Itoa(q.People)})
	}
	rp.Chart = newChart(qs, loc, p)
	return rp
}

// Write writes the report as one HTML page.
func (rp *Report) Write(w io.Writer) error { return render(w, "report.tmpl", rp) }

// percent is n of total as a whole percentage.
func percent(n, total int) string {
	if total <= 0 {
		return ""
	}
	return strconv.Itoa((n*100+total/2)/total) + "%"
}

// byGroup counts the people who came by the roster's group (a building),
// as the totals count them: a party in full, a person once however often
// they came back in. The groups go in the order people count them (2号楼
// before 10号楼); people without a group and anonymous heads come last.
func byGroup(att *checkin.Attendance, p *i18n.Paper) []figure {
	counts := map[string]int{}
	seen := map[string]bool{}
	for _, rec := range att.Records() {
		if rec.Kind != checkin.KindSignIn || att.UndoneIn(rec.Origin, rec.Seq) {
			continue
		}
		label := masked(rec.Group)
		switch {
		case rec.Anonymous():
			label = p.Anonymous
		case seen[rec.Person]:
			continue
		case label == "":
			label = p.NoGroup
		}
		if !rec.Anonymous() {
			seen[rec.Person] = true
		}
		counts[label] += rec.Party
	}
	out := make([]figure, 0, len(counts))
	for label := range counts {
		out = append(out, figure{Label: label})
	}
	last := func(label string) int {
		switch label {
		case p.NoGroup:
			return 1
		case p.Anonymous:
			return 2
		}
		return 0
	}
	slices.SortFunc(out, func(a, b figure) int {
		if c := cmp.Compare(last(a.Label), last(b.Label)); c != 0 {
			return c
		}
		return byKey(a.Label, b.Label)
	})
	for i := range out {
		out[i].Value = strconv.Itoa(counts[out[i].Label])
	}
	return out
}

// invited counts, by category in the roster's order, how many of the
// people on the roster came, and lists those who did not.
func invited(people []checkin.Person, in func(*checkin.Person) bool, p *i18n.Paper) ([]invitedRow, []personRow) {
	var rows []invitedRow
	at := map[string]int{}
	var absent []personRow
	total := invitedRow{Category: p.AllInvited, Total: true}
	for i := range people {
		who := &people[i]
		cat := masked(who.Category)
		if cat == "" {
			cat = p.NoCategory
		}
		j, ok := at[cat]
		if !ok {
			j = len(rows)
			at[cat] = j
			rows = append(rows, invitedRow{Category: cat})
		}
		rows[j].Invited++
		total.Invited++
		if in(who) {
			rows[j].Came++
			total.Came++
		} else {
			absent = append(absent, personRow{Name: masked(who.Name), Group: masked(who.Group), Category: cat})
		}
	}
	if len(rows) == 0 {
		return nil, nil
	}
	rows = append(rows, total)
	for i := range rows {
		rows[i].Share = percent(rows[i].Came, rows[i].Invited)
	}
	slices.SortStableFunc(absent, func(a, b personRow) int { return cmp.Compare(at[a.Category], at[b.Category]) })
	return rows, absent
}

// performers says for each act with performers on the roster how many of
// them came, and who.
func performers(f *live.Folder, d report.Data, in func(*checkin.Person) bool, r *i18n.Report, p *i18n.Paper) []actPresence {
	if f.Roster == nil {
		return nil
	}
	var out []actPresence
	for _, a := range d.Show.Acts {
		linked := f.Roster.Performers(a.ID)
		if len(linked) == 0 {
			continue
		}
		var here []string
		for _, who := range linked {
			if in(who) {
				here = append(here, masked(who.Name))
			}
		}
		out = append(out, actPresence{
			Title: masked(a.Title),
			Here:  fmt.Sprintf(p.HereOf, len(here), len(linked)),
			Who:   strings.Join(here, r.ListSep),
		})
	}
	return out
}
