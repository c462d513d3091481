package export

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"eventday/cells"
	"eventday/i18n"
	"eventday/inert"
	"eventday/report"
)

// Column widths in the xlsx, in Excel's units (about one Latin digit of the
// default font; a Chinese character takes two).
const (
	minColWidth = 6
	maxColWidth = 60
	colPadding  = 2
)

// textFormat is Excel's built-in number format "@": the cell is text, so a
// phone number typed into it later stays text too.
const textFormat = 49

// timeFormat is how the time cells show.
const timeFormat = "yyyy-mm-dd hh:mm:ss"

// WriteXLSX writes attendance.xlsx: a sheet of the same rows as the CSV, with
// the times as real date-times (the event's wall clock), phone numbers and
// names as text, and every column wide enough for its longest cell, Chinese
// included; and a sheet of the totals, people by category and arrivals per
// 15 minutes. In a workbook a text cell is never a formula, so the cells are
// kept as they are, only on one line.
func WriteXLSX(w io.Writer, x *Document, lang string) (err error) {
	t := &i18n.For(lang).Report
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}()
	sty, err := newStyles(f)
	if err != nil {
		return err
	}
	if err := f.SetSheetName(f.GetSheetName(0), t.SheetRecords); err != nil {
		return err
	}
	if err := writeRecords(f, i18n.For(lang), x, sty); err != nil {
		return fmt.Errorf("sheet %s: %w", t.SheetRecords, err)
	}
	if _, err := f.NewSheet(t.SheetTotals); err != nil {
		return err
	}
	if err := writeTotals(f, t, x, sty); err != nil {
		return fmt.Errorf("sheet %s: %w", t.SheetTotals, err)
	}
	if _, err := f.NewSheet(t.SheetShow); err != nil {
		return err
	}
	if err := writeProgramme(f, t, x, sty); err != nil {
		return fmt.Errorf("sheet %s: %w", t.SheetShow, err)
	}
	f.SetActiveSheet(0)
	return f.Write(w)
}

type styles struct{ head, text, time int }

func newStyles(f *excelize.File) (styles, error) {
	var s styles
	var err error
	if s.head, err = f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}, NumFmt: textFormat}); err != nil {
		return s, err
	}
	if s.text, err = f.NewStyle(&excelize.Style{NumFmt: textFormat}); err != nil {
		return s, err
	}
	format := timeFormat
	if s.time, err = f.NewStyle(&excelize.Style{CustomNumFmt: &format}); err != nil {
		return s, err
	}
	return s, nil
}

// colWidth is the width a column needs for its widest cell.
func colWidth(widest int) float64 {
	return float64(min(max(widest+colPadding, minColWidth), maxColWidth))
}

func writeRecords(f *excelize.File, all *i18n.Text, x *Document, sty styles) error {
	t := &all.Report
	head := columns(all, x)
	rows := make([][]string, len(x.Records))
	widest := make([]int, len(head))
	for c, h := range head {
		widest[c] = cells.Width(h)
	}
	for i := range x.Records {
		rows[i] = row(all, &x.Records[i], len(head))
		for c, v := range rows[i] {
			rows[i][c] = inert.Text(v)
			widest[c] = max(widest[c], cells.Width(rows[i][c]))
		}
	}
	sw, err := f.NewStreamWriter(t.SheetRecords)
	if err != nil {
		return err
	}
	for c := range len(head) {
		if err := sw.SetColWidth(c+1, c+1, colWidth(widest[c])); err != nil {
			return err
		}
	}
	// A phone number typed into the sheet later stays text too.
	if err := sw.SetColStyle(colPhone+1, colPhone+1, sty.text); err != nil {
		return err
	}
	// The header stays in view while the rows scroll.
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	values := make([]any, len(head))
	for c, h := range head {
		values[c] = excelize.Cell{StyleID: sty.head, Value: h}
	}
	if err := sw.SetRow("A1", values); err != nil {
		return err
	}
	for i := range x.Records {
		r := &x.Records[i]
		for c, v := range rows[i] {
			values[c] = nil // an empty cell, not an empty string
			if v != "" {
				values[c] = excelize.Cell{StyleID: sty.text, Value: v}
			}
		}
		values[colSeq] = r.Seq
		values[colParty] = r.Party
		values[colArrived] = excelize.Cell{StyleID: sty.time, Value: wallClock(r.At)}
		if r.RecordedAt != nil {
			values[colRecorded] = excelize.Cell{StyleID: sty.time, Value: wallClock(*r.RecordedAt)}
		}
		cell, err := excelize.CoordinatesToCellName(1, i+2)
		if err != nil {
			return err
		}
		if err := sw.SetRow(cell, values); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// grid is a sheet's cells as rows of strings, ints and times, with the
// rows to set in bold.
type grid struct {
	rows [][]any
	bold map[int]bool
}

func (g *grid) add(bold bool, cells ...any) {
	if bold {
		if g.bold == nil {
			g.bold = map[int]bool{}
		}
		g.bold[len(g.rows)] = true
	}
	g.rows = append(g.rows, cells)
}

// writeTotals fills the totals sheet: the event and the counts as item and
// value, then people by category, then arrivals per 15 minutes.
func writeTotals(f *excelize.File, t *i18n.Report, x *Document, sty styles) error {
	var g grid
	add := g.add
	tot := x.Totals
	add(true, t.ColItem, t.ColValue)
	add(false, t.EventName, x.Event.Name)
	add(false, t.EventDate, x.Event.Date)
	add(false, t.EventVenue, x.Event.Venue)
	add(false, t.MadeAt, wallClock(x.GeneratedAt))
	add(false, t.People, tot.People)
	if x.Event.Capacity > 0 {
		add(false, t.Capacity, x.Event.Capacity)
	}
	add(false, t.Named, tot.Named)
	add(false, t.WalkIns, tot.WalkIns)
	add(false, t.Anonymous, tot.Anonymous)
	add(false, t.Entries, tot.Entries)
	add(false, t.Undone, tot.Undone)
	add(false)
	add(true, t.ColCategory, t.ColCount)
	for _, c := range x.ByCategory {
		name := c.Category
		if name == "" {
			name = t.NoCategory
		}
		add(false, name, c.People)
	}
	add(false)
	add(true, t.ColFrom, t.ColTo, t.ColCount)
	for _, q := range x.Arrivals {
		add(false, wallClock(q.From), wallClock(q.To), q.Count)
	}
	return writeGrid(f, t.SheetTotals, &g, sty)
}

// writeProgramme fills the sheet of the programme as it really ran: one row
// an act, in the running order of the day, with its planned and actual start
// as times and its lengths as minutes:seconds.
func writeProgramme(f *excelize.File, t *i18n.Report, x *Document, sty styles) error {
	var g grid
	g.add(true, t.ColNo, t.ColAct, t.ColStatus, t.ColPlanned, t.ColStart, t.ColLength, t.ColRan, t.ColDiff, t.ColHeld, t.ColNote)
	status := map[string]string{
		report.StatusDone: t.StDone, report.StatusSkipped: t.StSkipped, report.StatusNoShow: t.StNoShow,
		report.StatusOnStage: t.StLive, report.StatusToCome: t.StToCome,
	}
	for _, r := range x.Programme {
		row := []any{r.Position, r.Title, status[r.Status], nil, nil, report.Length(time.Duration(r.PlannedSeconds) * time.Second), nil, nil, nil, nil}
		if r.PlannedStart != nil {
			row[3] = wallClock(*r.PlannedStart)
		}
		if r.ActualStart != nil {
			row[4] = wallClock(*r.ActualStart)
		}
		if r.ActualSeconds != nil {
			ran := time.Duration(*r.ActualSeconds) * time.Second
			row[6] = report.Length(ran)
			if r.Status == report.StatusDone {
				row[7] = report.Signed(ran - time.Duration(r.PlannedSeconds)*time.Second)
			}
		}
		if r.HeldSeconds > 0 {
			row[8] = report.Length(time.Duration(r.HeldSeconds) * time.Second)
		}
		var notes []string
		if r.Added {
			notes = append(notes, t.Added)
		}
		if r.Edited {
			notes = append(notes, t.Edited)
		}
		if r.GivenSeconds != 0 && r.ActualStart != nil {
			notes = append(notes, fmt.Sprintf(t.Given, report.Signed(time.Duration(r.GivenSeconds)*time.Second)))
		}
		if len(notes) > 0 {
			row[9] = strings.Join(notes, t.ListSep)
		}
		g.add(false, row...)
	}
	return writeGrid(f, t.SheetShow, &g, sty)
}

// writeGrid writes g's cells into sheet: strings as text, ints as numbers,
// times as date-times; every column as wide as its widest cell.
func writeGrid(f *excelize.File, sheet string, g *grid, sty styles) error {
	widest := []int{}
	for r, cellsOfRow := range g.rows {
		for len(widest) < len(cellsOfRow) {
			widest = append(widest, 0)
		}
		for c, v := range cellsOfRow {
			name, err := excelize.CoordinatesToCellName(c+1, r+1)
			if err != nil {
				return err
			}
			style := sty.text
			switch v := v.(type) {
			case nil:
				continue // an empty cell, not an empty string
			case string:
				v = inert.Text(v)
				widest[c] = max(widest[c], cells.Width(v))
				err = f.SetCellStr(sheet, name, v)
			case int:
				style = 0
				widest[c] = max(widest[c], len(fmt.Sprint(v)))
				err = f.SetCellInt(sheet, name, int64(v))
			default: // a time
				style = sty.time
				widest[c] = max(widest[c], len(timeLayout))
				err = f.SetCellValue(sheet, name, v)
			}
			if err != nil {
				return err
			}
			if g.bold[r] {
				style = sty.head
			}
			if style != 0 {
				if err := f.SetCellStyle(sheet, name, name, style); err != nil {
					return err
				}
			}
		}
	}
	for c, w := range widest {
		col, err := excelize.ColumnNumberToName(c + 1)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, col, col, colWidth(w)); err != nil {
			return err
		}
	}
	return nil
}
