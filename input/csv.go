package input

import (
	"bytes"
	"encoding/csv"
	"errors"
	"io"
	"path"
	"slices"
	"strings"

	"eventday/i18n"
)

// Column is one column a CSV file may have. Name is the key rows are stored
// under; Aliases are other headers that mean the same (the Chinese ones).
type Column struct {
	Name     string
	Aliases  []string
	Required bool
}

// Row is one record of a CSV file.
type Row struct {
	// Line is the physical line where the record starts (a quoted cell may
	// hold line breaks, so records and lines can differ).
	Line int
	// cells are the record's trimmed cells by position, as many as the
	// record has; a map per row would cost more than the whole row on a
	// roster of thousands.
	cells []string
	// head is the file's header, shared by all its rows.
	head *header
}

// Get returns the cell of the named column, or "" when there is none.
func (r Row) Get(name string) string {
	if i, ok := r.head.position[name]; ok && i < len(r.cells) {
		return r.cells[i]
	}
	return ""
}

// Has reports whether the file has the named column.
func (r Row) Has(name string) bool {
	_, ok := r.head.position[name]
	return ok
}

// Label returns the column's header as the file wrote it ("时长" or
// "duration"), so an error names the column the way the volunteer sees it.
func (r Row) Label(name string) string {
	if l, ok := r.head.labels[name]; ok {
		return l
	}
	return name
}

// ReadCSV reads a CSV file with a header row: decoded as DecodeFile does,
// line ends of any kind (LF, CRLF, or CR alone as Excel for Mac writes
// them), header cells matched to cols by name or alias ignoring case and
// surrounding space, blank rows skipped, cells trimmed. A column that is
// none of cols is left out, and said so in warnings, unless its header is
// one slip from a known name: then it is a mistake. Every problem found is
// returned as Errors. When the header itself is wrong no rows are
// returned; when only some records are wrong the good rows are returned
// along with the error, so a caller can report their problems in the same
// pass.
//
// A workbook saved by Excel or WPS (.xlsx) is read the same way, from its
// first sheet, whatever the file is called: the lines are the sheet's rows.
// A file called .xlsx is read as a workbook whatever it holds, so that one
// that is not is refused as such.
func ReadCSV(file string, data []byte, cols []Column) (rows []Row, warnings Errors, err error) {
	if isWorkbook(data) || isOldExcel(data) || strings.EqualFold(path.Ext(file), ".xlsx") {
		return readSheet(file, data, cols)
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		// Excel's "Unicode text" is UTF-16 and tab-separated: read as
		// GB18030 it would load as nonsense rather than fail.
		return nil, nil, Problem(file, 1, func(t *i18n.Text) string { return t.Files.UTF16 })
	}
	text, err := DecodeFile(file, data)
	if err != nil {
		return nil, nil, err
	}
	if strings.TrimSpace(text) == "" {
		return nil, nil, Problem(file, 0, func(t *i18n.Text) string { return t.Files.Empty })
	}
	text = lineEnds(text)
	r := csv.NewReader(strings.NewReader(text))
	if fullWidthSeparated(text, cols) {
		r.Comma = '，'
	}
	r.FieldsPerRecord = -1
	// Hand-typed files put a space after the comma, and a quoted cell after
	// that space would otherwise be a syntax error.
	r.TrimLeadingSpace = true

	tb := &table{file: file, cols: cols}
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			tb.errs.Add(csvSyntaxError(file, text, err))
			if tb.h == nil {
				// Without a header the records after it cannot be read
				// meaningfully; the syntax error is the one thing to fix.
				return nil, nil, tb.errs.Err()
			}
			continue
		}
		line, _ := r.FieldPos(0)
		tb.add(line, rec)
	}
	return tb.end()
}

// table reads the records of a spreadsheet, a CSV file's or a workbook's,
// one at a time: the first that is not blank is the header, the rest are
// rows under it.
type table struct {
	file  string
	cols  []Column
	sheet bool // from a workbook: a cell is placed by its row, not a comma
	h     *header
	rows  []Row
	errs  Errors
}

// add reads the record on line (or row) line.
func (tb *table) add(line int, rec []string) {
	if blank(rec) {
		return
	}
	if tb.h == nil {
		tb.h = readHeader(tb.file, line, rec, tb.cols, &tb.errs)
		tb.h.sheet = tb.sheet
		return
	}
	if tb.h.broken {
		// Cells under a misnamed column would only repeat the header's
		// problem once per row.
		return
	}
	if row, ok := tb.h.row(tb.file, line, rec, &tb.errs); ok {
		tb.rows = append(tb.rows, row)
	}
}

// end returns what add has read, as ReadCSV does.
func (tb *table) end() (rows []Row, warnings Errors, err error) {
	if tb.h == nil {
		tb.errs.Add(Problem(tb.file, 0, func(t *i18n.Text) string { return t.Files.NoHeader }))
		return nil, nil, tb.errs.Err()
	}
	if tb.h.broken {
		return nil, nil, tb.errs.Err()
	}
	if len(tb.h.unused) > 0 {
		warnings.Add(tb.h.unusedWarning(tb.file))
	}
	return tb.rows, warnings, tb.errs.Err()
}

// lineEnds turns every CR that is not part of a CRLF into a line feed:
// encoding/csv ends lines at LF and CRLF only, and a file saved by Excel
// for Mac ends them with CR alone, which would read as one long line. A
// quoted cell with a line break in it stays one cell, its break now a line
// feed as a CRLF in a quoted cell becomes one; lines are then counted as
// an editor shows them.
func lineEnds(text string) string {
	if !strings.Contains(text, "\r") {
		return text
	}
	b := []byte(text)
	for i, c := range b {
		if c == '\r' && (i+1 == len(b) || b[i+1] != '\n') {
			b[i] = '\n'
		}
	}
	return string(b)
}

// fullWidthSeparated reports whether text is a CSV file typed with a
// Chinese input method, its cells separated by full-width commas
// (姓名，类别，楼栋) throughout: there is no English comma in it, the header
// names a known column between them, and no line holds more of them than
// the header does, so that none can be a comma inside a cell.
func fullWidthSeparated(text string, cols []Column) bool {
	if strings.Contains(text, ",") || !strings.Contains(text, "，") {
		return false
	}
	lines := strings.Split(text, "\n")
	first := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) != "" })
	head := lines[first]
	n := strings.Count(head, "，")
	if n == 0 || !slices.ContainsFunc(strings.Split(head, "，"), func(cell string) bool { return isColumn(cell, cols) }) {
		return false
	}
	for _, l := range lines[first+1:] {
		if strings.Count(l, "，") > n {
			return false
		}
	}
	return true
}

// isColumn reports whether a header cell names one of cols.
func isColumn(cell string, cols []Column) bool {
	cell = strings.TrimSpace(cell)
	for _, c := range cols {
		if strings.EqualFold(cell, c.Name) || slices.ContainsFunc(c.Aliases, func(a string) bool { return strings.EqualFold(cell, a) }) {
			return true
		}
	}
	return false
}

func blank(rec []string) bool {
	for _, c := range rec {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

// header maps the file's column positions to Column names.
type header struct {
	names    []string // by position; "" for a column with no name or not used
	position map[string]int
	labels   map[string]string
	unused   []string // the headers of the columns left out
	skip     []bool   // by position: the column is left out
	line     int
	broken   bool
	sheet    bool // the file is a workbook
}

// notSlips are headers that are one slip from a known column but mean
// something else: 序号 numbers the rows of most Chinese spreadsheets, and
// is not 编号 (an act's id).
var notSlips = map[string]bool{"序号": true}

func readHeader(file string, line int, rec []string, cols []Column, errs *Errors) *header {
	h := &header{names: make([]string, len(rec)), skip: make([]bool, len(rec)), position: map[string]int{}, labels: map[string]string{}, line: line}
	byLabel := map[string]string{}
	var known []string
	for _, c := range cols {
		byLabel[strings.ToLower(c.Name)] = c.Name
		known = append(known, c.Name)
		for _, a := range c.Aliases {
			byLabel[strings.ToLower(a)] = c.Name
			known = append(known, a)
		}
	}
	position := h.position
	// A header of thousands of columns is one line: each mistake in it is
	// said once, however often it is made.
	slips := map[string]bool{}
	copies := map[string]int{}       // by column: how many times it is there again
	copyLabel := map[string]string{} // by column: its header the second time
	var copied []string
	ranTogether := false // columns run together by full-width commas
	for i, cell := range rec {
		label := strings.TrimSpace(cell)
		if label == "" {
			continue
		}
		name, ok := byLabel[strings.ToLower(label)]
		if parts := strings.Split(label, "，"); !ok && len(parts) > 1 && slices.ContainsFunc(parts, func(p string) bool { return isColumn(p, cols) }) {
			// Columns a Chinese input method ran together, where the file
			// does not say alone which commas part them.
			h.broken, ranTogether = true, true
			if len(rec) == 1 {
				errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.FullWidthCommas }))
			} else {
				errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.FullWidthCommaIn }, strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])))
			}
			continue
		}
		if !ok {
			if s := nearest(label, known, 1); s != "" && !notSlips[label] {
				h.broken = true
				if !slips[label] {
					slips[label] = true
					errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.NearColumn }, label, s))
				}
				continue
			}
			h.skip[i] = true
			h.unused = append(h.unused, label)
			continue
		}
		if _, dup := position[name]; dup {
			h.broken = true
			if copies[name] == 0 {
				copied = append(copied, name)
				copyLabel[name] = label
			}
			copies[name]++
			continue
		}
		position[name] = i
		h.names[i] = name
		h.labels[name] = label
	}
	for _, name := range copied {
		if copies[name] == 1 {
			errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.Twice }, copyLabel[name], position[name]+1, h.labels[name]))
		} else {
			errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.TwiceMore }, h.labels[name], count(copies[name]+1)))
		}
	}
	missing := false
	for _, c := range cols {
		if _, ok := position[c.Name]; !c.Required || ok || ranTogether {
			continue
		}
		h.broken, missing = true, true
		if len(c.Aliases) > 0 {
			errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.MissingOr }, c.Name, list{items: c.Aliases}))
		} else {
			errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.Missing }, c.Name))
		}
	}
	if missing && len(h.unused) > 0 {
		// The columns left out may be the ones meant: name the ones known.
		unused := list{items: h.unused, short: true}
		if len(h.unused) == 1 {
			errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.UnusedKnown }, unused, columnList(cols)))
		} else {
			errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.UnusedKnownTo }, unused, columnList(cols)))
		}
	}
	return h
}

// unusedWarning says which columns were left out, on one line however
// many there are.
func (h *header) unusedWarning(file string) *Error {
	if len(h.unused) == 1 {
		return Problem(file, h.line, func(t *i18n.Text) string { return t.Files.Unused }, h.unused[0])
	}
	return Problem(file, h.line, func(t *i18n.Text) string { return t.Files.UnusedMany }, list{items: h.unused, short: true})
}

// columnList names the columns there may be, each with its first other
// name: "name/姓名, category/类别".
func columnList(cols []Column) list {
	var names []string
	for _, c := range cols {
		n := c.Name
		if len(c.Aliases) > 0 {
			n += "/" + c.Aliases[0]
		}
		names = append(names, n)
	}
	return list{items: names}
}

func (h *header) row(file string, line int, rec []string, errs *Errors) (Row, bool) {
	ok := true
	for i, cell := range rec {
		cell = strings.TrimSpace(cell)
		rec[i] = cell
		if i >= len(h.names) {
			// Excel pads rows with empty cells; only a cell with something
			// in it beyond the header is a mistake.
			if cell != "" {
				msg := func(t *i18n.Text) string { return t.Files.BeyondHeader }
				if h.sheet {
					msg = func(t *i18n.Text) string { return t.Files.BeyondHeaderSheet }
				}
				errs.Add(Problem(file, line, msg, i+1, cell, len(h.names)))
				ok = false
				break
			}
			continue
		}
		if h.names[i] == "" && !h.skip[i] && cell != "" {
			errs.Add(Problem(file, line, func(t *i18n.Text) string { return t.Files.UnderNoName }, i+1, cell))
			ok = false
		}
	}
	return Row{Line: line, cells: rec, head: h}, ok
}

// csvSyntaxError turns encoding/csv's message into one a volunteer with a
// text editor can act on. text is the whole file, as read.
func csvSyntaxError(file, text string, err error) *Error {
	var pe *csv.ParseError
	if !errors.As(err, &pe) {
		return &Error{File: file, Err: err}
	}
	explain := func(line int, msg Msg, args ...any) *Error {
		return &Error{File: file, Line: line, Err: &message{msg: msg, args: args, cause: pe}}
	}
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return explain(pe.Line, func(t *i18n.Text) string { return t.Files.BareQuote })
	case errors.Is(pe.Err, csv.ErrQuote) && pe.StartLine != pe.Line:
		return explain(pe.StartLine, func(t *i18n.Text) string { return t.Files.QuoteNotClosed }, pe.Line)
	case errors.Is(pe.Err, csv.ErrQuote) && opensQuote(text, pe.StartLine):
		// encoding/csv says the same for a cell left open on the last line
		// as for text after a closing quote.
		return explain(pe.StartLine, func(t *i18n.Text) string { return t.Files.QuoteOpen })
	case errors.Is(pe.Err, csv.ErrQuote):
		return explain(pe.Line, func(t *i18n.Text) string { return t.Files.AfterQuote })
	}
	return &Error{File: file, Line: pe.Line, Err: pe.Err}
}

// opensQuote reports whether text from line onwards (counted from 1) holds
// an odd number of quotes: one is opened that nothing closes, since a quote
// written inside a cell is doubled.
func opensQuote(text string, line int) bool {
	for ; line > 1; line-- {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			return false
		}
		text = text[i+1:]
	}
	return strings.Count(text, `"`)%2 == 1
}
