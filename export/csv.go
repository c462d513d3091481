package export

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
	"time"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/inert"
)

// bom starts attendance.csv so that Excel and WPS read it as UTF-8; without
// it a Chinese Windows reads the names as GBK and shows mojibake.
const bom = "\ufeff"

// timeLayout is how a time is written in a cell: local to the event, to the
// second, in the form spreadsheets recognise as a date and time.
const timeLayout = "2006-01-02 15:04:05"

// formulaStart holds the characters that make a spreadsheet read a cell as a
// formula (and the full-width forms a Chinese input method types).
const formulaStart = "=+-@＝＋－＠"

// csvCell makes text from a file safe as a CSV cell: on one line, and never
// read as a formula. A cell that would start one (after any spaces) gets a
// leading apostrophe, which the spreadsheet shows, so the reader sees that
// the cell was changed and the name stays readable.
func csvCell(s string) string {
	s = inert.Text(s)
	if t := strings.TrimLeft(s, " "); t != "" && strings.ContainsRune(formulaStart, []rune(t)[0]) {
		return "'" + s
	}
	return s
}

// phoneCell keeps a phone number as text: Excel and WPS read a cell of
// eleven digits as a number and show 1.38123E+10; a leading tab, which they
// keep and do not show, makes it text.
func phoneCell(phone string) string {
	if phone == "" {
		return ""
	}
	return "\t" + phone
}

// columns are the headers of the sign-in rows of x, in the CSV and the
// xlsx: with the gate last when the event was signed in at several.
func columns(t *i18n.Text, x *Document) []string {
	r := &t.Report
	cols := []string{
		r.ColSeq, r.ColArrived, r.ColName, r.ColType, r.ColCategory, r.ColGroup,
		r.ColPhone, r.ColParty, r.ColAct, r.ColReentry, r.ColDesk, r.ColRecorded,
	}
	if len(x.Gates) > 0 {
		cols = append(cols, t.Gates.ColGate)
	}
	return cols
}

// Column indexes of the sign-in rows, for the xlsx's types and widths.
const (
	colSeq = iota
	colArrived
	colName
	colType
	colCategory
	colGroup
	colPhone
	colParty
	colAct
	colReentry
	colDesk
	colRecorded
	colGate // only when the event was signed in at several gates
)

// row gives a sign-in's cells as plain text, before any CSV escaping: n
// of them, the gate's only when n has room for it.
func row(all *i18n.Text, r *AttendeeRow, n int) []string {
	t := &all.Report
	cells := make([]string, n)
	cells[colSeq] = strconv.FormatInt(r.Seq, 10)
	cells[colArrived] = r.At.Format(timeLayout)
	cells[colName] = r.Name
	cells[colType] = typeName(t, r.Type)
	cells[colCategory] = r.Category
	cells[colGroup] = r.Group
	cells[colPhone] = r.Phone
	cells[colParty] = strconv.Itoa(r.Party)
	cells[colAct] = r.Act
	if r.Reentry {
		cells[colReentry] = t.Yes
	}
	cells[colDesk] = r.Desk
	if r.RecordedAt != nil {
		cells[colRecorded] = r.RecordedAt.Format(timeLayout)
	}
	if n > colGate {
		cells[colGate] = r.Gate
		if r.Gate == checkin.HostOrigin {
			cells[colGate] = all.Gates.Host
		}
	}
	return cells
}

func typeName(t *i18n.Report, typ string) string {
	switch typ {
	case TypeWalkIn:
		return t.TypeWalkIn
	case TypeAnonymous:
		return t.TypeAnon
	}
	return t.TypeRoster
}

// WriteCSV writes attendance.csv: UTF-8 with a BOM, a header in lang, one
// row a sign-in that counts, CRLF line ends as RFC 4180 has them, no line
// break inside a cell, no cell a spreadsheet would run as a formula, and
// phone numbers kept as text.
func WriteCSV(w io.Writer, x *Document, lang string) error {
	t := i18n.For(lang)
	if _, err := io.WriteString(w, bom); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	head := columns(t, x)
	if err := cw.Write(head); err != nil {
		return err
	}
	for i := range x.Records {
		cells := row(t, &x.Records[i], len(head))
		for c := range cells {
			if c == colPhone {
				cells[c] = phoneCell(inert.Text(cells[c]))
			} else {
				cells[c] = csvCell(cells[c])
			}
		}
		if err := cw.Write(cells); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// wallClock is t's wall-clock reading in its own zone as a UTC time: a
// spreadsheet has no zones, and excelize converts a time.Time by its
// instant.
func wallClock(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
}
