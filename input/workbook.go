package input

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"strconv"
	"strings"

	"eventday/i18n"
)

// A workbook is read here with the standard library alone rather than a
// spreadsheet library: the views import this package, and a roster or an act
// list needs only the first sheet's text, not formulas, charts or styles
// beyond telling a time of day from a number.

// Limits that keep a damaged or hostile workbook from filling the memory: a
// sheet of a large event (20,000 people) unpacks to a few megabytes.
const (
	maxPart  = 64 << 20 // bytes of one unpacked part of the workbook
	maxCells = 1 << 20  // cells of the sheet, counting the empty ones before a cell
	maxCol   = 16384    // Excel's last column, XFD
)

// isWorkbook says whether data is a zip archive, as an .xlsx file is.
func isWorkbook(data []byte) bool { return bytes.HasPrefix(data, []byte("PK\x03\x04")) }

// isOldExcel says whether data is an OLE compound file: Excel 97-2003's
// .xls, or an .xlsx saved with a password.
func isOldExcel(data []byte) bool {
	return bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
}

// readSheet is ReadCSV for a workbook.
func readSheet(file string, data []byte, cols []Column) (rows []Row, warnings Errors, err error) {
	if isOldExcel(data) {
		return nil, nil, Problem(file, 0, func(t *i18n.Text) string { return t.Files.OldExcel })
	}
	records, err := sheetRecords(data)
	if err != nil {
		var big *tooBigError
		if errors.As(err, &big) {
			return nil, nil, Problem(file, 0, func(t *i18n.Text) string { return t.Files.SheetTooBig })
		}
		return nil, nil, &Error{File: file, Err: &message{msg: func(t *i18n.Text) string { return t.Files.NotWorkbook }, cause: err}}
	}
	if len(records) == 0 {
		return nil, nil, Problem(file, 0, func(t *i18n.Text) string { return t.Files.EmptySheet })
	}
	tb := &table{file: file, cols: cols, sheet: true}
	for _, r := range records {
		tb.add(r.row, r.cells)
	}
	return tb.end()
}

// sheetRecord is a row of a sheet that has something in it.
type sheetRecord struct {
	row   int // counted from 1, as Excel shows it
	cells []string
}

// tooBigError is a workbook over the limits above.
type tooBigError struct{ what string }

func (e *tooBigError) Error() string { return e.what + " is too large" }

// sheetRecords reads the text of the workbook's first sheet, row by row.
func sheetRecords(data []byte) ([]sheetRecord, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, err
	}
	parts := map[string]*zip.File{}
	for _, f := range z.File {
		parts[strings.TrimPrefix(f.Name, "/")] = f
	}
	read := func(name string) ([]byte, error) {
		f, ok := parts[name]
		if !ok {
			return nil, nil
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, maxPart+1))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		if len(b) > maxPart {
			return nil, &tooBigError{name}
		}
		return b, nil
	}
	sheetName, err := firstSheet(read)
	if err != nil {
		return nil, err
	}
	sheet, err := read(sheetName)
	if err != nil {
		return nil, err
	}
	if sheet == nil {
		return nil, fmt.Errorf("no worksheet %s", sheetName)
	}
	sst, err := read("xl/sharedStrings.xml")
	if err != nil {
		return nil, err
	}
	shared, err := sharedStrings(sst)
	if err != nil {
		return nil, fmt.Errorf("xl/sharedStrings.xml: %w", err)
	}
	st, err := read("xl/styles.xml")
	if err != nil {
		return nil, err
	}
	times, err := timeStyles(st)
	if err != nil {
		return nil, fmt.Errorf("xl/styles.xml: %w", err)
	}
	records, err := sheetRows(sheet, shared, times)
	if err != nil {
		var big *tooBigError
		if errors.As(err, &big) {
			return nil, err
		}
		return nil, fmt.Errorf("%s: %w", sheetName, err)
	}
	return records, nil
}

// firstSheet finds the part of the first sheet in the workbook's order
// (the leftmost tab), which need not be sheet1.xml once sheets are moved.
func firstSheet(read func(string) ([]byte, error)) (string, error) {
	const fallback = "xl/worksheets/sheet1.xml"
	wb, err := read("xl/workbook.xml")
	if err != nil || wb == nil {
		return fallback, err
	}
	var book struct {
		Sheets []struct {
			Attrs []xml.Attr `xml:",any,attr"`
		} `xml:"sheets>sheet"`
	}
	if err := xml.Unmarshal(wb, &book); err != nil {
		return "", fmt.Errorf("xl/workbook.xml: %w", err)
	}
	if len(book.Sheets) == 0 {
		return fallback, nil
	}
	id := ""
	for _, a := range book.Sheets[0].Attrs {
		if a.Name.Local == "id" && a.Name.Space != "" {
			id = a.Value
		}
	}
	rels, err := read("xl/_rels/workbook.xml.rels")
	if err != nil || rels == nil || id == "" {
		return fallback, err
	}
	var r struct {
		Rels []struct {
			ID     string `xml:"Id,attr"`
			Target string `xml:"Target,attr"`
		} `xml:"Relationship"`
	}
	if err := xml.Unmarshal(rels, &r); err != nil {
		return "", fmt.Errorf("xl/_rels/workbook.xml.rels: %w", err)
	}
	for _, rel := range r.Rels {
		if rel.ID != id {
			continue
		}
		if strings.HasPrefix(rel.Target, "/") {
			return strings.TrimPrefix(rel.Target, "/"), nil
		}
		return path.Join("xl", rel.Target), nil
	}
	return fallback, nil
}

// richText gathers the text of a string item (<si> or <is>): its <t>
// elements, plain or in runs, without the phonetic guides (<rPh>) that an
// East Asian Excel adds to names.
func richText(d *xml.Decoder, end xml.Name) (string, error) {
	var b strings.Builder
	inT, phonetic := false, 0
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "t":
				inT = true
			case "rPh":
				phonetic++
			}
		case xml.EndElement:
			switch {
			case tok.Name == end:
				return b.String(), nil
			case tok.Name.Local == "t":
				inT = false
			case tok.Name.Local == "rPh":
				phonetic--
			}
		case xml.CharData:
			if inT && phonetic == 0 {
				b.Write(tok)
			}
		}
	}
}

// sharedStrings reads the workbook's table of strings, which the cells of
// type "s" point into.
func sharedStrings(data []byte) ([]string, error) {
	if data == nil {
		return nil, nil
	}
	var out []string
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		if se, ok := tok.(xml.StartElement); ok && se.Name.Local == "si" {
			s, err := richText(d, se.Name)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	}
}

// timeFormat is how a number shown as a time of day is written out.
type timeFormat int

const (
	notTime    timeFormat = iota
	hourMin               // 4:30, as Excel shows "4:30" typed into a cell
	hourMinSec            // 1:02:30
	minSec                // 04:30
)

// builtinTimes are Excel's built-in number formats that show a time of day.
var builtinTimes = map[int]timeFormat{18: hourMin, 19: hourMinSec, 20: hourMin, 21: hourMinSec, 45: minSec, 46: hourMinSec, 47: minSec}

// timeStyles says, for each cell style, whether it shows a number as a time:
// "4:30" typed into Excel is kept as 0.1875 of a day and shown as 4:30, and
// the volunteer means what is shown.
func timeStyles(data []byte) ([]timeFormat, error) {
	if data == nil {
		return nil, nil
	}
	var st struct {
		NumFmts []struct {
			ID   int    `xml:"numFmtId,attr"`
			Code string `xml:"formatCode,attr"`
		} `xml:"numFmts>numFmt"`
		Xfs []struct {
			NumFmt int `xml:"numFmtId,attr"`
		} `xml:"cellXfs>xf"`
	}
	if err := xml.Unmarshal(data, &st); err != nil {
		return nil, err
	}
	custom := map[int]timeFormat{}
	for _, f := range st.NumFmts {
		custom[f.ID] = codeTime(f.Code)
	}
	out := make([]timeFormat, len(st.Xfs))
	for i, xf := range st.Xfs {
		if f, ok := custom[xf.NumFmt]; ok {
			out[i] = f
		} else {
			out[i] = builtinTimes[xf.NumFmt]
		}
	}
	return out, nil
}

// codeTime reads a custom number format: a time when it has hours or
// seconds and no date.
func codeTime(code string) timeFormat {
	var b strings.Builder
	quoted := false
	for _, r := range strings.ToLower(code) {
		switch {
		case r == '"':
			quoted = !quoted
		case !quoted:
			b.WriteRune(r)
		}
	}
	c := b.String()
	if i := strings.IndexByte(c, ';'); i >= 0 {
		c = c[:i]
	}
	if strings.ContainsAny(c, "yd") {
		return notTime
	}
	h, s := strings.Contains(c, "h"), strings.Contains(c, "s")
	switch {
	case h && s:
		return hourMinSec
	case h:
		return hourMin
	case s:
		return minSec
	}
	return notTime
}

// number writes a number cell as it reads: a phone number in full, not
// 1.3816620451E10; a time as the cell shows it.
func number(v string, f timeFormat) string {
	x, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		return v
	}
	if f == notTime || x < 0 || x >= 1e6 {
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	secs := int64(math.Round(x * 86400))
	h, m, s := secs/3600, secs/60%60, secs%60
	switch f {
	case hourMinSec:
		return fmt.Sprintf("%d:%02d:%02d", h, m, s)
	case minSec:
		return fmt.Sprintf("%02d:%02d", h*60+m, s)
	}
	return fmt.Sprintf("%d:%02d", h, m)
}

// cellColumn reads the column of a cell reference ("C12" is 3), 0 when
// there is none.
func cellColumn(ref string) int {
	col := 0
	for _, r := range ref {
		if r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		if r < 'A' || r > 'Z' {
			break
		}
		col = col*26 + int(r-'A'+1)
		if col > maxCol {
			return maxCol + 1
		}
	}
	return col
}

// sheetRows reads a worksheet's rows that have text in them.
func sheetRows(data []byte, shared []string, times []timeFormat) ([]sheetRecord, error) {
	var out []sheetRecord
	d := xml.NewDecoder(bytes.NewReader(data))
	row, col, cells := 0, 0, 0
	var cur *sheetRecord
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "row":
			next := row + 1
			if r := attr(se, "r"); r != "" {
				n, err := strconv.Atoi(r)
				if err != nil || n < 1 {
					return nil, fmt.Errorf("row %q", r)
				}
				next = n
			}
			if next <= row {
				return nil, fmt.Errorf("row %d after row %d", next, row)
			}
			row, col, cur = next, 0, nil
		case "c":
			col++
			if ref := attr(se, "r"); ref != "" {
				col = cellColumn(ref)
			}
			if col < 1 || col > maxCol {
				return nil, fmt.Errorf("cell %q", attr(se, "r"))
			}
			text, err := cellText(d, se, shared, times)
			if err != nil {
				return nil, err
			}
			if strings.TrimSpace(text) == "" {
				// A space left in a cell is not text a row holds.
				continue
			}
			if row == 0 {
				row = 1
			}
			if cur == nil {
				out = append(out, sheetRecord{row: row})
				cur = &out[len(out)-1]
			}
			if col <= len(cur.cells) {
				return nil, fmt.Errorf("cell %q twice", attr(se, "r"))
			}
			cells += col - len(cur.cells)
			if cells > maxCells {
				return nil, &tooBigError{"the sheet"}
			}
			for len(cur.cells) < col-1 {
				cur.cells = append(cur.cells, "")
			}
			cur.cells = append(cur.cells, text)
		}
	}
}

// cellText reads the cell that starts at se, up to its end, as text.
func cellText(d *xml.Decoder, se xml.StartElement, shared []string, times []timeFormat) (string, error) {
	kind := attr(se, "t")
	style, _ := strconv.Atoi(attr(se, "s"))
	var v string
	inV := false
	for {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "v":
				inV = true
			case "is":
				s, err := richText(d, tok.Name)
				if err != nil {
					return "", err
				}
				v += s
			}
		case xml.EndElement:
			if tok.Name.Local == "v" {
				inV = false
			}
			if tok.Name == se.Name {
				return cellValue(kind, v, style, shared, times)
			}
		case xml.CharData:
			if inV {
				v += string(tok)
			}
		}
	}
}

// cellValue turns a cell's stored value into the text it shows.
func cellValue(kind, v string, style int, shared []string, times []timeFormat) (string, error) {
	switch kind {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(shared) {
			return "", fmt.Errorf("no shared string %q", v)
		}
		return shared[i], nil
	case "b":
		if strings.TrimSpace(v) == "1" {
			return "TRUE", nil
		}
		return "FALSE", nil
	case "", "n":
		if v == "" {
			return "", nil
		}
		f := notTime
		if style >= 0 && style < len(times) {
			f = times[style]
		}
		return number(v, f), nil
	}
	// inlineStr, str (a formula's text), e (#N/A), d (an ISO date).
	return v, nil
}

// attr returns the value of the element's attribute named local.
func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}
