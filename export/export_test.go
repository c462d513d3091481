package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/exp/golden"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/xuri/excelize/v2"

	"eventday/cells"
	"eventday/checkin"
	"eventday/i18n"
	"eventday/inert"
	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/live/livetest"
)

func export(t *testing.T, x *Document, f Format, lang string) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, x, f, lang); err != nil {
		t.Fatalf("%s %s: %v", f, lang, err)
	}
	return b.Bytes()
}

// TestGoldenJSON pins attendance.json for the fixed event and log. Its keys
// are the same in every language, so there is one golden file.
func TestGoldenJSON(t *testing.T) {
	x := folderExport(livetest.Read(t, livetest.PlayedFolder(t)), livetest.ReportTime)
	out := export(t, x, JSON, "en")
	golden.RequireEqual(t, out)
	if zh := export(t, x, JSON, "zh"); !bytes.Equal(zh, out) {
		t.Error("attendance.json differs between languages")
	}
}

func TestGoldenCSV(t *testing.T) {
	x := folderExport(livetest.Read(t, livetest.PlayedFolder(t)), livetest.ReportTime)
	for _, lang := range i18n.Langs {
		t.Run(lang, func(t *testing.T) { golden.RequireEqual(t, export(t, x, CSV, lang)) })
	}
}

// TestGoldenGates pins the export of an event signed in at two gates
// (livetest.GatesFolder): each record says its gate, and the entries of
// each gate are listed; the export of one laptop has neither.
func TestGoldenGates(t *testing.T) {
	x := folderExport(livetest.Read(t, livetest.GatesFolder(t)), livetest.GatesTime)
	t.Run("json", func(t *testing.T) { golden.RequireEqual(t, export(t, x, JSON, "en")) })
	for _, lang := range i18n.Langs {
		t.Run("csv/"+lang, func(t *testing.T) { golden.RequireEqual(t, export(t, x, CSV, lang)) })
	}
	export(t, x, XLSX, "zh")
}

// TestGoldenXLSX pins the workbook as text: each sheet's column widths and
// each cell's shown value and type.
func TestGoldenXLSX(t *testing.T) {
	x := folderExport(livetest.Read(t, livetest.PlayedFolder(t)), livetest.ReportTime)
	for _, lang := range i18n.Langs {
		t.Run(lang, func(t *testing.T) { golden.RequireEqual(t, dumpXLSX(t, export(t, x, XLSX, lang))) })
	}
}

var cellTypes = map[excelize.CellType]string{
	excelize.CellTypeUnset: "n", excelize.CellTypeNumber: "n", excelize.CellTypeBool: "b",
	excelize.CellTypeDate: "d", excelize.CellTypeError: "e", excelize.CellTypeFormula: "f",
	excelize.CellTypeInlineString: "s", excelize.CellTypeSharedString: "s",
}

func openXLSX(t *testing.T, data []byte) *excelize.File {
	t.Helper()
	f, err := excelize.OpenReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func dumpXLSX(t *testing.T, data []byte) string {
	t.Helper()
	f := openXLSX(t, data)
	var b strings.Builder
	for _, sheet := range f.GetSheetList() {
		fmt.Fprintf(&b, "== %s\n", sheet)
		rows, err := f.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		cols := 0
		for _, r := range rows {
			cols = max(cols, len(r))
		}
		b.WriteString("widths:")
		for c := 1; c <= cols; c++ {
			name, _ := excelize.ColumnNumberToName(c)
			w, err := f.GetColWidth(sheet, name)
			if err != nil {
				t.Fatal(err)
			}
			fmt.Fprintf(&b, " %s=%g", name, w)
		}
		b.WriteString("\n")
		for r, row := range rows {
			for c, v := range row {
				cell, _ := excelize.CoordinatesToCellName(c+1, r+1)
				typ, err := f.GetCellType(sheet, cell)
				if err != nil {
					t.Fatal(err)
				}
				if c > 0 {
					b.WriteString(" | ")
				}
				if v != "" {
					fmt.Fprintf(&b, "%s<%s>", v, cellTypes[typ])
				}
			}
			b.WriteString("\n")
		}
	}
	return b.String()
}

// TestCSVReadBack reads attendance.csv back as a program would and finds
// every record that counts, cell by cell.
func TestCSVReadBack(t *testing.T) {
	f := livetest.Read(t, livetest.PlayedFolder(t))
	x := New(f.Show, f.Roster, f.Attendance, livetest.ReportTime)
	data := export(t, x, CSV, "zh")
	if !bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatalf("first bytes % x, want the UTF-8 BOM", data[:3])
	}
	rows, err := csv.NewReader(bytes.NewReader(data[3:])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"序号", "签到时间", "姓名", "方式", "类别", "楼栋", "电话", "人数", "节目", "再次入场", "签到台", "补录时间"}; !slices.Equal(rows[0], want) {
		t.Errorf("header %q, want %q", rows[0], want)
	}
	var want []checkin.Record
	for _, r := range f.Attendance.Records() {
		if r.Kind == checkin.KindSignIn && !f.Attendance.Undone(r.Seq) {
			want = append(want, r)
		}
	}
	if len(rows)-1 != len(want) || len(want) != 10 {
		t.Fatalf("%d rows, want %d sign-ins that count (10)", len(rows)-1, len(want))
	}
	// What a file's text becomes in a cell: on one line, controls visible.
	flat := strings.NewReplacer("\n", " ", "\x1b", "\uFFFD", "\x07", "\uFFFD").Replace
	for i, r := range want {
		row := rows[i+1]
		p, _ := f.Roster.Person(r.Person)
		phone := r.Phone
		if phone == "" && p != nil {
			phone = p.Phone
		}
		name := row[colName]
		if r.Name != "" && strings.ContainsAny(r.Name[:1], "=+-@") {
			if !strings.HasPrefix(name, "'") {
				t.Errorf("seq %d: name cell %q not neutralised", r.Seq, name)
			}
			name = name[1:]
		}
		got := []string{row[colSeq], row[colArrived], name, row[colCategory], row[colGroup], row[colPhone], row[colParty], row[colDesk]}
		exp := []string{strconv.FormatInt(r.Seq, 10), r.At.In(eventtest.Shanghai).Format("2006-01-02 15:04:05"), flat(r.Name), r.Category,
			flat(r.Group), "\t" + phone, strconv.Itoa(r.Party), r.Desk}
		if phone == "" {
			exp[5] = ""
		}
		if !slices.Equal(got, exp) {
			t.Errorf("seq %d:\n got %q\nwant %q", r.Seq, got, exp)
		}
		if (row[colReentry] == "是") != r.Reentry {
			t.Errorf("seq %d: re-entry cell %q, record says %v", r.Seq, row[colReentry], r.Reentry)
		}
		if (row[colRecorded] != "") != (r.RecordedAt != nil) {
			t.Errorf("seq %d: recorded-at cell %q, record has %v", r.Seq, row[colRecorded], r.RecordedAt)
		}
	}
	for _, row := range rows {
		for _, cell := range row {
			if strings.ContainsAny(cell, "\r\n\x1b\x07") {
				t.Errorf("cell %q holds a line break or a control character", cell)
			}
		}
	}
}

func TestCSVCell(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"何阿姨", "何阿姨"},
		{"Tom李", "Tom李"},
		{"", ""},
		{"=1+1", "'=1+1"},
		{`=HYPERLINK("http://x","y")`, `'=HYPERLINK("http://x","y")`},
		{"+86 138", "'+86 138"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"  =cmd|' /C calc'!A0", "'  =cmd|' /C calc'!A0"},
		{"＝1+1", "'＝1+1"},
		{"a=b", "a=b"},
		{"王-建平", "王-建平"},
		{"1号楼\n2单元", "1号楼 2单元"},
		{"1号楼\r\n2单元", "1号楼 2单元"},
		{"a\rb\vc\fd\u2028e\u2029f\u0085g", "a b c d e f g"},
		{"\n=1+1", "' =1+1"},
		{"\t=1+1", "' =1+1"},
		{"沈\x1b]0;x\x07桂英", "沈\uFFFD]0;x\uFFFD桂英"},
		{"bad \xff byte", "bad \uFFFD byte"},
		{"rtl\u202eevil", "rtl\uFFFDevil"},
	} {
		if got := csvCell(tc.in); got != tc.want {
			t.Errorf("csvCell(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := phoneCell("13812345678"); got != "\t13812345678" {
		t.Errorf("phoneCell = %q", got)
	}
	if got := phoneCell(""); got != "" {
		t.Errorf("phoneCell of no phone = %q, want empty", got)
	}
}

// FuzzCSVCell checks, for any text, that its cell is on one line, valid
// UTF-8, free of controls, never starts a formula, and survives a CSV round
// trip unchanged.
func FuzzCSVCell(f *testing.F) {
	for _, s := range []string{"=1+1", "何阿姨", "a\nb", " @x", "\x1b[31m", "\xff", "－1", "\"quoted\",comma"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cell := csvCell(s)
		if !utf8.ValidString(cell) {
			t.Fatalf("%q: invalid UTF-8", cell)
		}
		for _, r := range cell {
			if inert.Dangerous(r) || inert.LineBreak(r) || r == '\t' {
				t.Fatalf("csvCell(%q) = %q holds %U", s, cell, r)
			}
		}
		if tr := strings.TrimLeft(cell, " "); tr != "" && strings.ContainsRune(formulaStart, []rune(tr)[0]) {
			t.Fatalf("csvCell(%q) = %q starts a formula", s, cell)
		}
		var b bytes.Buffer
		w := csv.NewWriter(&b)
		if err := w.Write([]string{cell, "x"}); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		back, err := csv.NewReader(&b).Read()
		if err != nil || len(back) != 2 || back[0] != cell {
			t.Fatalf("round trip of %q: %q, %v", cell, back, err)
		}
	})
}

// TestXLSXReadBack opens attendance.xlsx with excelize: phone numbers are
// text cells with their digits whole, the totals sheet has the totals, and
// the name column is wide enough for the longest Chinese name, and the
// programme sheet has an act a row with its real start as a time.
func TestXLSXReadBack(t *testing.T) {
	x := folderExport(livetest.Read(t, livetest.PlayedFolder(t)), livetest.ReportTime)
	for _, lang := range i18n.Langs {
		tr := &i18n.For(lang).Report
		book := openXLSX(t, export(t, x, XLSX, lang))
		if got := book.GetSheetList(); !slices.Equal(got, []string{tr.SheetRecords, tr.SheetTotals, tr.SheetShow}) {
			t.Fatalf("%s: sheets %q", lang, got)
		}
		show, err := book.GetRows(tr.SheetShow)
		if err != nil {
			t.Fatal(err)
		}
		if len(show) != 1+len(x.Programme) || show[1][1] != "童声合唱《春天在哪里》" || show[1][4] != "2026-05-01 14:32:00" {
			t.Errorf("%s: programme sheet %q", lang, show)
		}
		sheet := tr.SheetRecords
		rows, err := book.GetRows(sheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(rows) != len(x.Records)+1 {
			t.Fatalf("%s: %d rows, want %d", lang, len(rows), len(x.Records)+1)
		}
		for i, r := range x.Records {
			cell, _ := excelize.CoordinatesToCellName(colPhone+1, i+2)
			v, _ := book.GetCellValue(sheet, cell)
			if v != r.Phone {
				t.Errorf("%s %s: phone %q, want %q", lang, cell, v, r.Phone)
			}
			if r.Phone == "" {
				continue
			}
			typ, _ := book.GetCellType(sheet, cell)
			if typ != excelize.CellTypeInlineString && typ != excelize.CellTypeSharedString {
				t.Errorf("%s %s: phone cell of type %v, want text", lang, cell, typ)
			}
			name, _ := excelize.CoordinatesToCellName(colName+1, i+2)
			if v, _ := book.GetCellValue(sheet, name); v != inert.Text(r.Name) {
				t.Errorf("%s %s: name %q, want %q (kept as text, not neutralised)", lang, name, v, inert.Text(r.Name))
			}
		}
		col, _ := excelize.ColumnNumberToName(colName + 1)
		w, _ := book.GetColWidth(sheet, col)
		for _, r := range x.Records {
			if float64(cells.Width(inert.Text(r.Name))) > w {
				t.Errorf("%s: name column %g wide, too narrow for %q", lang, w, r.Name)
			}
		}

		totals := map[string]string{}
		trows, err := book.GetRows(tr.SheetTotals)
		if err != nil {
			t.Fatal(err)
		}
		for _, row := range trows {
			if len(row) >= 2 {
				if _, dup := totals[row[0]]; !dup {
					totals[row[0]] = row[1]
				}
			}
		}
		want := map[string]int{tr.People: 14, tr.Named: 9, tr.WalkIns: 3, tr.Anonymous: 5, tr.Entries: 10, tr.Undone: 1, tr.Capacity: 150, "resident": 5, tr.NoCategory: 5}
		for k, n := range want {
			if totals[k] != strconv.Itoa(n) {
				t.Errorf("%s: totals sheet %s = %q, want %d", lang, k, totals[k], n)
			}
		}
		if totals[tr.EventName] != "幸福里社区五一文艺汇演" || totals[tr.MadeAt] != "2026-05-01 17:00:00" {
			t.Errorf("%s: totals sheet event %q, made %q", lang, totals[tr.EventName], totals[tr.MadeAt])
		}
	}
}

// TestJSONAgainstSchema validates attendance.json, for the played event and
// for an empty one, against attendance.schema.json with a JSON Schema
// (2020-12) validator, and checks that the validator does reject a
// document that breaks the schema.
func TestJSONAgainstSchema(t *testing.T) {
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	schema, err := c.Compile("attendance.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	validate := func(data []byte) error {
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		return schema.Validate(inst)
	}
	for name, dir := range map[string]string{"played": livetest.PlayedFolder(t), "empty": livetest.NewFolder(t), "gates": livetest.GatesFolder(t)} {
		data := export(t, folderExport(livetest.Read(t, dir), livetest.ReportTime), JSON, "en")
		if err := validate(data); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}

	var doc map[string]any
	if err := json.Unmarshal(export(t, folderExport(livetest.Read(t, livetest.PlayedFolder(t)), livetest.ReportTime), JSON, "en"), &doc); err != nil {
		t.Fatal(err)
	}
	for what, spoil := range map[string]func(){
		"totals missing":     func() { delete(doc, "totals") },
		"party as a string":  func() { doc["records"].([]any)[0].(map[string]any)["party"] = "1" },
		"a field not listed": func() { doc["extra"] = true },
		"an act's status unknown": func() {
			doc["programme"].([]any)[0].(map[string]any)["status"] = "cancelled"
		},
		"programme missing": func() { delete(doc, "programme") },
		"a time without zone": func() {
			doc["records"].([]any)[0].(map[string]any)["at"] = "2026-05-01 14:02:00"
		},
	} {
		saved, _ := json.Marshal(doc)
		spoil()
		bad, _ := json.Marshal(doc)
		if err := validate(bad); err == nil {
			t.Errorf("%s: the schema accepted it", what)
		}
		json.Unmarshal(saved, &doc)
	}
}

// TestExportEmptyFolder: a folder without attendance.jsonl (and without
// show.jsonl) exports zero totals and no records, not an error.
func TestExportEmptyFolder(t *testing.T) {
	dir := livetest.NewFolder(t)
	x := folderExport(livetest.Read(t, dir), livetest.ReportTime)
	if x.Totals != (Totals{}) || len(x.Records) != 0 || len(x.Arrivals) != 0 || len(x.ByCategory) != 0 {
		t.Errorf("empty folder: %+v", x)
	}
	js := string(export(t, x, JSON, "en"))
	for _, key := range []string{`"records": []`, `"arrivals": []`, `"by_category": []`, `"people": 0`} {
		if !strings.Contains(js, key) {
			t.Errorf("attendance.json lacks %s:\n%s", key, js)
		}
	}
	rows, err := csv.NewReader(bytes.NewReader(export(t, x, CSV, "en")[3:])).ReadAll()
	if err != nil || len(rows) != 1 {
		t.Errorf("attendance.csv of an empty log: %d rows, %v", len(rows), err)
	}
}

// TestExportWhileOpen exports while another eventday holds the folder's lock
// and a sign-in line is half written: the export succeeds, leaves the torn
// line out with a warning, and the open event goes on undisturbed.
func TestExportWhileOpen(t *testing.T) {
	dir := livetest.PlayedFolder(t)
	event, err := live.Open(dir, live.Options{Desk: "east"})
	if err != nil {
		t.Fatal(err)
	}
	defer event.Close()
	if _, err := live.Open(dir, live.Options{}); !errors.Is(err, live.ErrLocked) {
		t.Fatalf("a second Open: %v, want the folder locked", err)
	}
	log, err := os.OpenFile(filepath.Join(dir, checkin.AttendanceFile), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := log.WriteString(`{"seq":13,"at":"2026-05-01T15:2`); err != nil {
		t.Fatal(err)
	}
	log.Close()

	f := livetest.Read(t, dir)
	if len(f.Warnings) != 1 || f.Warnings[0].File != checkin.AttendanceFile || f.Warnings[0].Kind != live.TornTail {
		t.Errorf("warnings %+v, want one about the torn line", f.Warnings)
	}
	x := New(f.Show, f.Roster, f.Attendance, livetest.ReportTime)
	if len(x.Records) != 10 || x.Totals.People != 14 {
		t.Errorf("export while open: %d records, %d people; want 10, 14", len(x.Records), x.Totals.People)
	}
	if event.DeskState().Totals.People != 14 {
		t.Errorf("the open event's count changed: %d", event.DeskState().Totals.People)
	}
}
