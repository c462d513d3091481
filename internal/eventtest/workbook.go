package eventtest

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// Workbook writes a CSV text as Excel would save the same table: an .xlsx
// file whose first sheet has each record on the row of the line it starts
// on, every cell text; a byte order mark is dropped, as Excel drops it.
func Workbook(tb testing.TB, csvText string) []byte {
	tb.Helper()
	f := excelize.NewFile()
	defer f.Close()
	sheet := f.GetSheetName(0)
	for _, rec := range records(csvText) {
		for i, cell := range rec.cells {
			ref, err := excelize.CoordinatesToCellName(i+1, rec.line)
			if err != nil {
				tb.Fatal(err)
			}
			if err := f.SetCellStr(sheet, ref, cell); err != nil {
				tb.Fatal(err)
			}
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// PlainWorkbook is Workbook written as the smallest workbook a reader of
// .xlsx takes: one sheet of inline strings, stored without compression. It
// is cheap enough to build for each input of a fuzz target.
func PlainWorkbook(csvText string) []byte {
	var sheet bytes.Buffer
	sheet.WriteString(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`)
	for _, rec := range records(csvText) {
		fmt.Fprintf(&sheet, `<row r="%d">`, rec.line)
		for c, cell := range rec.cells {
			ref, _ := excelize.CoordinatesToCellName(c+1, rec.line)
			fmt.Fprintf(&sheet, `<c r="%s" t="inlineStr"><is><t xml:space="preserve">`, ref)
			xml.EscapeText(&sheet, []byte(cell))
			sheet.WriteString(`</t></is></c>`)
		}
		sheet.WriteString(`</row>`)
	}
	sheet.WriteString(`</sheetData></worksheet>`)
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	w, _ := z.CreateHeader(&zip.FileHeader{Name: "xl/worksheets/sheet1.xml", Method: zip.Store})
	w.Write(sheet.Bytes())
	z.Close()
	return b.Bytes()
}

// record is a CSV record and the line it starts on.
type record struct {
	line  int
	cells []string
}

// records reads a CSV text as far as it reads.
func records(csvText string) []record {
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(csvText, "\uFEFF")))
	r.FieldsPerRecord = -1
	var out []record
	for {
		rec, err := r.Read()
		if err != nil {
			return out
		}
		line, _ := r.FieldPos(0)
		out = append(out, record{line, rec})
	}
}

// ReadsAlike says whether a CSV text reads the same as PlainWorkbook of
// it: printable UTF-8 on lines that end in LF, with no quotes and no byte
// order mark, so that its records are its lines.
func ReadsAlike(csvText string) bool {
	if !utf8.ValidString(csvText) || strings.HasPrefix(csvText, "\uFEFF") {
		return false
	}
	return !strings.ContainsFunc(csvText, func(r rune) bool { return r != '\n' && (r == '"' || !unicode.IsPrint(r)) })
}
