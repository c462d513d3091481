package input

import (
	"archive/zip"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"eventday/internal/eventtest"
)

// TestReadWorkbookAsCSV: a roster saved from Excel reads as the same roster
// saved as CSV, each row on its line.
func TestReadWorkbookAsCSV(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "roster_utf8.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := ReadCSV("roster.csv", data, testColumns)
	if err != nil {
		t.Fatal(err)
	}
	got, _, err := ReadCSV("roster.xlsx", eventtest.Workbook(t, string(data)), testColumns)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) || len(got) == 0 {
		t.Fatalf("%d rows from the workbook, %d from the CSV file", len(got), len(want))
	}
	for i := range want {
		for _, c := range testColumns {
			if got[i].Line != want[i].Line || got[i].Get(c.Name) != want[i].Get(c.Name) {
				t.Errorf("row %d, %s: line %d %q from the workbook, line %d %q from the CSV file", i, c.Name, got[i].Line, got[i].Get(c.Name), want[i].Line, want[i].Get(c.Name))
			}
		}
	}
}

// TestReadWorkbookCells: what Excel keeps apart from what it shows is read
// as shown: a duration typed as 4:30 (kept as a fraction of a day), a phone
// number typed as a number, a name with a phonetic guide; the first sheet
// is the leftmost tab, whatever its part is called.
func TestReadWorkbookCells(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if _, err := f.NewSheet("名单"); err != nil {
		t.Fatal(err)
	}
	if err := f.MoveSheet("名单", "Sheet1"); err != nil {
		t.Fatal(err)
	}
	set := func(ref string, v any) {
		t.Helper()
		if err := f.SetCellValue("名单", ref, v); err != nil {
			t.Fatal(err)
		}
	}
	style := func(ref string, s *excelize.Style) {
		t.Helper()
		id, err := f.NewStyle(s)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.SetCellStyle("名单", ref, ref, id); err != nil {
			t.Fatal(err)
		}
	}
	custom := "[h]:mm:ss"
	for ref, v := range map[string]any{
		"A1": "姓名", "B1": "类别", "C1": "电话",
		"A2": "何阿姨", "B2": 0.1875, "C2": 13816620451,
		"A4": "Tom李", "B4": 1.0 / 24 / 60 * 62.5, "C4": "",
		"A5": true, "B5": 0.5,
	} {
		set(ref, v)
	}
	style("B2", &excelize.Style{NumFmt: 20})
	style("B4", &excelize.Style{CustomNumFmt: &custom})
	if err := f.SetCellRichText("名单", "A4", []excelize.RichTextRun{{Text: "Tom"}, {Text: "李"}}); err != nil {
		t.Fatal(err)
	}
	if err := f.SetCellValue("Sheet1", "A1", "not this sheet"); err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		t.Fatal(err)
	}
	rows, _, err := ReadCSV("roster.xlsx", b.Bytes(), testColumns)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		got = append(got, strings.Join([]string{r.Get("name"), r.Get("category"), r.Get("phone")}, "|"))
	}
	want := []string{"何阿姨|4:30|13816620451", "Tom李|1:02:30|", "TRUE|0.5|"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
	if rows[1].Line != 4 {
		t.Errorf("Tom李 is on line %d, want row 4", rows[1].Line)
	}
}

// workbook zips the parts of a minimal workbook: the sheet's XML, and the
// shared strings and styles when not empty.
func workbook(t testing.TB, sheet, shared, styles string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for name, text := range map[string]string{
		"xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": shared, "xl/styles.xml": styles,
	} {
		if text == "" {
			continue
		}
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(text)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// sheetXML wraps rows in a worksheet.
func sheetXML(rows string) string {
	return `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>` + rows + `</sheetData></worksheet>`
}

// TestReadWorkbookBroken: a workbook eventday cannot read says so in one
// line naming the file, and what to do, in both languages.
func TestReadWorkbookBroken(t *testing.T) {
	good := eventtest.Workbook(t, "name,phone\nA,1\n")
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"an Excel 97-2003 file", append([]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, make([]byte, 512)...),
			`roster.xlsx: an Excel 97-2003 workbook (.xls), or one saved with a password, which eventday does not read; open it in Excel or WPS and save it without a password as "Excel Workbook (.xlsx)"`},
		{"cut short", good[:len(good)/2],
			"roster.xlsx: looks like an Excel workbook but cannot be read as one (it may be damaged or cut short); open it in Excel or WPS and save it again as an Excel workbook (.xlsx)"},
		{"no sheet", workbook(t, "", `<sst><si><t>a</t></si></sst>`, ""),
			"roster.xlsx: looks like an Excel workbook but cannot be read as one (it may be damaged or cut short); open it in Excel or WPS and save it again as an Excel workbook (.xlsx)"},
		{"a string that is not there", workbook(t, sheetXML(`<row r="1"><c r="A1" t="s"><v>7</v></c></row>`), `<sst><si><t>name</t></si></sst>`, ""),
			"roster.xlsx: looks like an Excel workbook but cannot be read as one (it may be damaged or cut short); open it in Excel or WPS and save it again as an Excel workbook (.xlsx)"},
		{"an empty sheet", workbook(t, sheetXML(`<row r="1"><c r="A1" s="1"/></row>`), "", ""),
			"roster.xlsx: the workbook's first sheet is empty; put the list on the first sheet, its first row naming the columns"},
		{"a cell beyond the header", workbook(t, sheetXML(`<row r="3"><c r="A3" t="inlineStr"><is><t>name</t></is></c></row><row r="9"><c r="A9" t="inlineStr"><is><t>A</t></is></c><c r="D9"><v>5</v></c></row>`), "", ""),
			`roster.xlsx:9: cell 4 ("5") is beyond the header's 1 columns; name its column in the first row, or delete it`},
		{"the same mistakes as in a CSV file, on the same lines", eventtest.Workbook(t, "nmae,phone\nA,1\n"),
			`roster.xlsx:1: unknown column "nmae" (did you mean "name"?)` + "\n" + `roster.xlsx:1: missing column "name" (or 姓名)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ReadCSV("roster.xlsx", tt.data, testColumns)
			if err == nil {
				t.Fatal("no error")
			}
			if err.Error() != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", err, tt.want)
			}
			var ie *Error
			if !errors.As(err, &ie) || ie.File != "roster.xlsx" {
				t.Errorf("%v is not an input error naming roster.xlsx", err)
			}
		})
	}
}

// TestReadWorkbookTooBig: a sheet whose cells would fill the memory is
// refused before they do.
func TestReadWorkbookTooBig(t *testing.T) {
	var rows strings.Builder
	for i := 1; i <= 100; i++ {
		rows.WriteString(`<row><c r="XFD1"><v>1</v></c></row>`)
	}
	_, _, err := ReadCSV("roster.xlsx", workbook(t, sheetXML(rows.String()), "", ""), testColumns)
	if err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("a sheet of 100 rows 16384 cells wide: %v", err)
	}
}

func FuzzReadWorkbook(f *testing.F) {
	f.Add(sheetXML(`<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row><row r="2"><c r="A2" t="inlineStr"><is><r><t>何</t></r><rPh><t>he</t></rPh><r><t>阿姨</t></r></is></c><c r="B2" s="1"><v>0.1875</v></c></row>`),
		`<sst><si><t>姓名</t></si><si><t>电话</t></si></sst>`,
		`<styleSheet><numFmts><numFmt numFmtId="164" formatCode="mm:ss"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`)
	f.Add(sheetXML(`<row><c><v>1</v></c><c t="b"><v>1</v></c></row><row><c t="str"><v>x</v></c></row>`), "", "")
	f.Add(sheetXML(`<row r="2"><c r="A2" t="e"><v>#N/A</v></c></row><row r="1"/>`), "<sst/>", "<styleSheet/>")
	f.Fuzz(func(t *testing.T, sheet, shared, styles string) {
		rows, warnings, err := ReadCSV("in.xlsx", workbook(t, sheet, shared, styles), testColumns)
		checkRead(t, "in.xlsx", rows, warnings, err)
	})
}
