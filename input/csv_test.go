package input

import (
	"encoding/csv"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

var testColumns = []Column{
	{Name: "name", Aliases: []string{"姓名"}, Required: true},
	{Name: "category", Aliases: []string{"类别"}},
	{Name: "phone", Aliases: []string{"电话"}},
}

// csvErrorCases are broken spreadsheets and what eventday says about each, in English.
var csvErrorCases = []struct {
	name string
	in   string
	want string
}{
	{"empty file", "", `roster.csv: the file is empty; its first line must name the columns`},
	{"only blank lines", "\n \n\r\n", `roster.csv: the file is empty; its first line must name the columns`},
	{"only commas", ",,,\n,,\n", `roster.csv: no header row; the first line must name the columns`},
	{"unknown column near miss", "nmae,phone\nx,1\n", `roster.csv:1: unknown column "nmae" (did you mean "name"?)` + "\n" +
		`roster.csv:1: missing column "name" (or 姓名)`},
	{"a column not used and no name column", "phone,shoe size\n1,x\n", `roster.csv:1: missing column "name" (or 姓名)` + "\n" +
		`roster.csv:1: column shoe size is not one eventday uses (it knows name/姓名, category/类别, phone/电话)`},
	{"columns not used and no name column", "电话,Nom,Prénom\n1,x,y\n", `roster.csv:1: missing column "name" (or 姓名)` + "\n" +
		`roster.csv:1: columns Nom, Prénom are not ones eventday uses (it knows name/姓名, category/类别, phone/电话)`},
	{"one slip from a known column, beside columns not used", "name,email,phnoe\nx,a@b,1\n", `roster.csv:1: unknown column "phnoe" (did you mean "phone"?)`},
	{"one slip in Chinese", "姓名,电活\n何阿姨,1\n", `roster.csv:1: unknown column "电活" (did you mean "电话"?)`},
	{"the same column 10,000 times", "name" + strings.Repeat(",name", 9999) + "\nx\n", `roster.csv:1: column "name" is there 10,000 times; keep one`},
	{"two columns twice", "name,phone,姓名,电话\nx,1,y,2\n", `roster.csv:1: column "姓名" is there twice: column 1 ("name") means the same` + "\n" +
		`roster.csv:1: column "电话" is there twice: column 2 ("phone") means the same`},
	{"the same slip 10,000 times", "name" + strings.Repeat(",phnoe", 10000) + "\nx\n", `roster.csv:1: unknown column "phnoe" (did you mean "phone"?)`},
	{"10,000 slips, 35 of them different", "name" + manyCells(10000, func(i int) string { return "phon" + string("abcdfghijklmnopqrstuvwxyz"[i%25]) }) + manyCells(10, func(i int) string { return fmt.Sprintf("nam%d", i) }) + "\nx\n",
		manyLines(20, func(i int) string {
			return fmt.Sprintf(`roster.csv:1: unknown column "phon%c" (did you mean "phone"?)`, "abcdfghijklmnopqrstuvwxyz"[i])
		}) + "\n" + `roster.csv: 15 more problems are not shown; fix these and check again`},
	{"a bad cell on every line", "name,phone\n" + strings.Repeat("A,1,x\n", 10000),
		manyLines(20, func(i int) string {
			return fmt.Sprintf(`roster.csv:%d: cell 3 ("x") is beyond the header's 2 columns; a cell holding a comma must be in quotes`, i+2)
		}) + "\n" + `roster.csv: 9,980 more problems are not shown; fix these and check again`},
	{"CR line ends, a bad cell on line 3", "name,phone\rA,1\rB,2,3\r", `roster.csv:3: cell 3 ("3") is beyond the header's 2 columns; a cell holding a comma must be in quotes`},
	{"mixed line ends, a bad cell on line 4", "name,phone\r\nA,1\rB,2\nC,3,4\r", `roster.csv:4: cell 3 ("4") is beyond the header's 2 columns; a cell holding a comma must be in quotes`},
	{"CR line ends, a quote left open", "name,phone\rA,1\r\"B,2\rC,3\r", `roster.csv:3: a quoted cell starting on this line is not closed properly (reading stopped at line 4)`},
	{"duplicate column via alias", "name,姓名\nx,y\n", `roster.csv:1: column "姓名" is there twice: column 1 ("name") means the same`},
	{"duplicate column same name", "Name, NAME \nx,y\n", `roster.csv:1: column "NAME" is there twice: column 1 ("Name") means the same`},
	{"missing required", "phone,category\n1,x\n", `roster.csv:1: missing column "name" (or 姓名)`},
	{"header after blank lines", "\n\nphone\n1\n", `roster.csv:3: missing column "name" (or 姓名)`},
	{"too many cells", "name,phone\nA,1\nB,2,3\nC,3,,,\n", `roster.csv:3: cell 3 ("3") is beyond the header's 2 columns; a cell holding a comma must be in quotes`},
	{"cell under nameless column", "name,,phone\nA,x,1\n", `roster.csv:2: cell 2 ("x") is under a column with no name in the header`},
	{"bare quote", "name,phone\nA \"B\",1\nC,2\n", `roster.csv:2: stray quote (") in a cell; put the whole cell in quotes and write "" for each quote inside it`},
	{"text after closing quote", "name,phone\n\"A\"B,1\n", `roster.csv:2: text after a closing quote; inside a quoted cell write "" for a quote`},
	{"unclosed quote", "name,phone\nA,1\n\"B,2\nC,3\n", `roster.csv:3: a quoted cell starting on this line is not closed properly (reading stopped at line 4)`},
	{"unclosed quote on the last line", "name,phone\nA,1\n\"B,2\n", `roster.csv:3: a quoted cell starting on this line is never closed; the file ends inside it`},
	{"unclosed quote without a last newline", "name,phone\nA,1\n\"B,2", `roster.csv:3: a quoted cell starting on this line is never closed; the file ends inside it`},
	{"text after closing quote, then doubled quotes", "name,phone\n\"A\"B,1\n\"C\"\"D\",2\n", `roster.csv:2: text after a closing quote; inside a quoted cell write "" for a quote`},
	{"bare quote in header", "na\"me,phone\nA,1\n", `roster.csv:1: stray quote (") in a cell; put the whole cell in quotes and write "" for each quote inside it`},
	{"every row problem at once", "name,phone\nA,1,x\nB \"b\",2\nC,3,y\n",
		`roster.csv:2: cell 3 ("x") is beyond the header's 2 columns; a cell holding a comma must be in quotes` + "\n" +
			`roster.csv:3: stray quote (") in a cell; put the whole cell in quotes and write "" for each quote inside it` + "\n" +
			`roster.csv:4: cell 3 ("y") is beyond the header's 2 columns; a cell holding a comma must be in quotes`},
	{"utf-16 from Excel's unicode text", "\xff\xfen\x00a\x00m\x00e\x00\n\x00", `roster.csv:1: the file is UTF-16 (Excel's "Unicode text"); save it as "CSV UTF-8" or plain CSV`},
	{"a header typed with full-width commas, the rows with English ones", "name，phone，category\nA,1,x\n",
		`roster.csv:1: the commas between the columns are Chinese full-width commas (，); type English commas (,) between them`},
	{"full-width commas throughout, one inside a cell too", "name，phone\nA，1\nB，C，2\n",
		`roster.csv:1: the commas between the columns are Chinese full-width commas (，); type English commas (,) between them`},
	{"one full-width comma among English ones", "name，电话,category\nA,1,x\n",
		`roster.csv:1: between name and 电话 is a Chinese full-width comma (，); type an English comma (,)`},
	{"control characters are quoted", "phone,nam\x1b\nA,1\n", `roster.csv:1: unknown column "nam\x1b" (did you mean "name"?)` + "\n" +
		`roster.csv:1: missing column "name" (or 姓名)`},
}

func TestReadCSVErrors(t *testing.T) {
	for _, tt := range csvErrorCases {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ReadCSV("roster.csv", []byte(tt.in), testColumns)
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

func TestReadCSVErrorsAreInputErrors(t *testing.T) {
	_, _, err := ReadCSV("roster.csv", []byte("name\n\"A\"B\n"), testColumns)
	var ie *Error
	if !errors.As(err, &ie) {
		t.Fatalf("errors.As(*Error) failed on %v", err)
	}
	if ie.File != "roster.csv" || ie.Line != 2 {
		t.Errorf("place = %s:%d, want roster.csv:2", ie.File, ie.Line)
	}
	if !errors.Is(err, csv.ErrQuote) {
		t.Errorf("errors.Is(err, csv.ErrQuote) = false for %v", err)
	}
}

func TestReadCSVKeepsGoodRowsBesideBadOnes(t *testing.T) {
	rows, _, err := ReadCSV("roster.csv", []byte("name,phone\nA,1\nB,2,3\nC,3\n"), testColumns)
	if err == nil {
		t.Fatal("no error")
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Get("name"))
	}
	if want := []string{"A", "C"}; !reflect.DeepEqual(got, want) {
		t.Errorf("rows = %v, want %v", got, want)
	}
	rows, _, err = ReadCSV("roster.csv", []byte("nmae\nA\n"), testColumns)
	if err == nil || rows != nil {
		t.Errorf("broken header: rows = %v, err = %v; want no rows and an error", rows, err)
	}
}

func TestReadCSVRows(t *testing.T) {
	in := "\uFEFF 姓名 ,电话,,\r\n" +
		"何阿姨, 13812345678 ,,\r\n" +
		",,,\r\n" +
		"\r\n" +
		"\"王, 小明\",\"139\r\n0000\"\r\n" +
		"\"Li \"\"Lee\"\"\"\r\n"
	rows, _, err := ReadCSV("roster.csv", []byte(in), testColumns)
	if err != nil {
		t.Fatal(err)
	}
	type got struct {
		Line  int
		Cells map[string]string
	}
	var gotRows []got
	for _, r := range rows {
		gotRows = append(gotRows, got{r.Line, cellsOf(r)})
	}
	want := []got{
		{2, map[string]string{"name": "何阿姨", "phone": "13812345678"}},
		{5, map[string]string{"name": "王, 小明", "phone": "139\n0000"}},
		{7, map[string]string{"name": `Li "Lee"`}},
	}
	if !reflect.DeepEqual(gotRows, want) {
		t.Errorf("rows\n got: %#v\nwant: %#v", gotRows, want)
	}
	if l := rows[0].Label("name"); l != "姓名" {
		t.Errorf("Label(name) = %q, want 姓名", l)
	}
	if rows[0].Has("category") || !rows[0].Has("phone") {
		t.Errorf("Has(category), Has(phone) = %v, %v; want false, true", rows[0].Has("category"), rows[0].Has("phone"))
	}
	if l := rows[0].Label("category"); l != "category" {
		t.Errorf("Label(category) = %q, want the column name for a column the file lacks", l)
	}
	if g := rows[0].Get("category"); g != "" {
		t.Errorf("Get(category) = %q, want empty", g)
	}
}

// The same table saved the ways Excel and WPS save it must read the same.
func TestReadCSVEncodings(t *testing.T) {
	const table = "姓名,类别,电话\r\n何阿姨,舞蹈队,13812345678\r\n单小燕,志愿者,\r\n曾·祖父𠀀,寿星,13900000000\r\n"
	gbk, err := simplifiedchinese.GBK.NewEncoder().String(strings.ReplaceAll(table, "𠀀", ""))
	if err != nil {
		t.Fatal(err)
	}
	gb18030, err := simplifiedchinese.GB18030.NewEncoder().String(table)
	if err != nil {
		t.Fatal(err)
	}
	want, _, err := ReadCSV("utf8.csv", []byte(table), testColumns)
	if err != nil {
		t.Fatal(err)
	}
	wantGBK, _, err := ReadCSV("utf8.csv", []byte(strings.ReplaceAll(table, "𠀀", "")), testColumns)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		data []byte
		want []Row
	}{
		{"UTF-8 with BOM", append([]byte("\xEF\xBB\xBF"), table...), want},
		{"GB18030", []byte(gb18030), want},
		{"GBK", []byte(gbk), wantGBK},
	} {
		got, _, err := ReadCSV(tc.name, tc.data, testColumns)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !reflect.DeepEqual(got, tc.want) {
			t.Errorf("%s: rows\n got: %v\nwant: %v", tc.name, got, tc.want)
		}
	}
}

func TestReadCSVGBKErrorNamesLine(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("姓名,电话\r\n何阿姨,1\r\n单小燕,2,多余\r\n")
	if err != nil {
		t.Fatal(err)
	}
	_, _, err = ReadCSV("roster.csv", []byte(gbk), testColumns)
	want := `roster.csv:3: cell 3 ("多余") is beyond the header's 2 columns; a cell holding a comma must be in quotes`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func FuzzReadCSV(f *testing.F) {
	f.Add([]byte("name,phone\nA,1\n"))
	f.Add([]byte("\xEF\xBB\xBF姓名,电话\r\n何阿姨,1\r\n"))
	f.Add([]byte("name,phone\n\"A,1\nB\"x,2\n"))
	f.Add([]byte("nmae,,phone,姓名\nA,x,1,2,3\n"))
	f.Add([]byte("\xd0\xd5\xc3\xfb\r\n\xba\xce\r\n"))
	f.Add([]byte("name,email,\"note\r\"\rA,a@b,\"x\ry\"\r"))
	f.Add([]byte("name,Ren\xe9e\nA,1\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, warnings, err := ReadCSV("in.csv", data, testColumns)
		checkRead(t, "in.csv", rows, warnings, err)
	})
}

// checkRead holds what ReadCSV promises of any file: problems that name
// it, each on one line, the unused columns in one warning, rows in the
// order of their lines with their cells trimmed.
func checkRead(t *testing.T, file string, rows []Row, warnings Errors, err error) {
	t.Helper()
	if len(warnings) > 1 {
		t.Errorf("%d warnings, want the unused columns on one line: %v", len(warnings), warnings)
	}
	if err != nil || len(warnings) > 0 {
		var es Errors
		if !errors.As(err, &es) {
			var one *Error
			if err != nil && !errors.As(err, &one) {
				t.Fatalf("error is not an input error: %T %v", err, err)
			}
			if one != nil {
				es = Errors{one}
			}
		}
		for _, e := range append(es, warnings...) {
			if e.File != file {
				t.Errorf("error does not name the file: %v", e)
			}
			if strings.ContainsAny(e.Error(), "\r\n") {
				t.Errorf("error spans lines: %q", e.Error())
			}
		}
	}
	last := 0
	for _, r := range rows {
		if r.Line <= last {
			t.Errorf("row lines not increasing: %d after %d", r.Line, last)
		}
		last = r.Line
		for name, c := range cellsOf(r) {
			if c != strings.TrimSpace(c) {
				t.Errorf("cell %s = %q not trimmed", name, c)
			}
		}
	}
}

// The same roster as saved by Excel and WPS on a Chinese Windows (GBK),
// by a UTF-8 editor, and by Excel's "CSV UTF-8" (BOM) must read the same.
func TestReadCSVFixtures(t *testing.T) {
	cols := append(append([]Column{}, testColumns...), Column{Name: "group", Aliases: []string{"楼栋"}})
	var first []Row
	for _, name := range []string{"roster_utf8.csv", "roster_gbk.csv", "roster_utf8_bom.csv"} {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		rows, _, err := ReadCSV(name, data, cols)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if first == nil {
			first = rows
			if len(rows) != 3 || rows[2].Get("name") != "曾 祖父" || rows[2].Get("group") != "1栋, 2单元" || rows[0].Get("phone") != "13812345678" {
				t.Fatalf("%s: rows %v", name, rows)
			}
			continue
		}
		if !reflect.DeepEqual(rows, first) {
			t.Errorf("%s: rows\n got: %v\nwant: %v", name, rows, first)
		}
	}
}

// manyLines joins n lines made by line(i).
func manyLines(n int, line func(i int) string) string {
	lines := make([]string, n)
	for i := range lines {
		lines[i] = line(i)
	}
	return strings.Join(lines, "\n")
}

// manyCells is n cells made by cell(i), each after a comma.
func manyCells(n int, cell func(i int) string) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("," + cell(i))
	}
	return b.String()
}

// cellsOf gives a row's cells by column name, as many as its record had.
func cellsOf(r Row) map[string]string {
	m := map[string]string{}
	for i, c := range r.cells {
		if i < len(r.head.names) && r.head.names[i] != "" {
			m[r.head.names[i]] = c
		}
	}
	return m
}

// Columns eventday does not use are left out, with one warning line for
// them all, and the rows read as if they were not there.
func TestReadCSVWarnings(t *testing.T) {
	many := "name"
	for i := range 10000 {
		many += fmt.Sprintf(",c%d", i+1)
	}
	tests := []struct {
		name, in string
		want     string
		rows     int
	}{
		{"one column", "name,email\nA,a@example.com\n", `roster.csv:1: column email is not used by eventday and was ignored`, 1},
		{"two columns", "email,姓名,微信,电话\na@b,何阿姨,heayi,13812345678\n", `roster.csv:1: columns email, 微信 are not used by eventday and were ignored`, 1},
		{"four columns are all named", "name,a,b,c,d\nA,1,2,3,4\n", `roster.csv:1: columns a, b, c, d are not used by eventday and were ignored`, 1},
		{"10,000 columns on one line", many + "\nA\n", `roster.csv:1: columns c1, c2, c3 and 9,997 more are not used by eventday and were ignored`, 1},
		{"the header after blank lines", "\n\nname,age\nA,80\n", `roster.csv:3: column age is not used by eventday and was ignored`, 1},
		{"the same unused column twice", "name,email,email\nA,x,y\n", `roster.csv:1: columns email, email are not used by eventday and were ignored`, 1},
		{"序号 is not a slip for a known column", "序号,姓名\n1,何阿姨\n2,王芳\n", `roster.csv:1: column 序号 is not used by eventday and was ignored`, 2},
		{"an escape sequence in a header", "name,\x1b[31mred\nA,1\n", `roster.csv:1: column \u001b[31mred is not used by eventday and was ignored`, 1},
		{"no column left out", "name,phone\nA,1\n", "", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, warnings, err := ReadCSV("roster.csv", []byte(tt.in), testColumns)
			if err != nil {
				t.Fatal(err)
			}
			if got := warnings.Error(); got != tt.want {
				t.Errorf("warnings\n got: %s\nwant: %s", got, tt.want)
			}
			if len(rows) != tt.rows {
				t.Errorf("%d rows, want %d", len(rows), tt.rows)
			}
			for _, r := range rows {
				for name := range cellsOf(r) {
					if !slices.ContainsFunc(testColumns, func(c Column) bool { return c.Name == name }) {
						t.Errorf("row %d has a cell under %q", r.Line, name)
					}
				}
			}
		})
	}
}

// Line ends of every kind end a row: LF, CRLF, and CR alone as Excel for
// Mac writes them, mixed in one file; a quoted cell with a CR in it stays
// one cell, with a line break.
func TestReadCSVLineEnds(t *testing.T) {
	type row struct {
		Line  int
		Cells map[string]string
	}
	want := []row{
		{2, map[string]string{"name": "何阿姨", "phone": "1"}},
		{3, map[string]string{"name": "Bob", "phone": "2"}},
	}
	for _, tt := range []struct {
		name, in string
		want     []row
	}{
		{"LF", "name,phone\n何阿姨,1\nBob,2\n", want},
		{"CRLF", "name,phone\r\n何阿姨,1\r\nBob,2\r\n", want},
		{"CR", "name,phone\r何阿姨,1\rBob,2\r", want},
		{"CR, no last line end", "name,phone\r何阿姨,1\rBob,2", want},
		{"mixed", "name,phone\r\n何阿姨,1\rBob,2\n", want},
		{"CR then a blank line", "name,phone\r\r何阿姨,1\r\r\nBob,2", []row{{3, want[0].Cells}, {5, want[1].Cells}}},
		{"CR in a quoted cell", "name,category\r\"何\r阿姨\",\"x\"\"\ry\"\rBob, \"z\r\"\r", []row{
			{2, map[string]string{"name": "何\n阿姨", "category": "x\"\ny"}},
			{5, map[string]string{"name": "Bob", "category": "z"}},
		}},
		{"CR after a stray quote", "name,phone\rA\"B,1\rC,2\r", []row{{3, map[string]string{"name": "C", "phone": "2"}}}},
		{"CRLF in a quoted cell", "name,category\r\n\"何\r\n阿姨\",x\r\nBob,z\r\n", []row{
			{2, map[string]string{"name": "何\n阿姨", "category": "x"}},
			{4, map[string]string{"name": "Bob", "category": "z"}},
		}},
		{"GBK with CR", "\xd0\xd5\xc3\xfb,phone\r\xba\xce\xb0\xa2\xd2\xcc,1\rBob,2\r", []row{
			{2, map[string]string{"name": "何阿姨", "phone": "1"}},
			{3, map[string]string{"name": "Bob", "phone": "2"}},
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cols := append(slices.Clone(testColumns), Column{Name: "note"})
			rows, _, _ := ReadCSV("roster.csv", []byte(tt.in), cols)
			var got []row
			for _, r := range rows {
				got = append(got, row{r.Line, cellsOf(r)})
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("rows\n got: %+v\nwant: %+v", got, tt.want)
			}
		})
	}
	// The file from the report: a note column, saved by Excel for Mac.
	rows, warnings, err := ReadCSV("roster.csv", []byte("name,note\rBob,came early\rAnn,\r"), append(slices.Clone(testColumns), Column{Name: "note"}))
	if err != nil || warnings != nil || len(rows) != 2 || rows[0].Get("note") != "came early" {
		t.Errorf("CR line ends: rows %v, warnings %v, error %v", rows, warnings, err)
	}
}

// A file typed with a Chinese input method separates its cells with
// full-width commas throughout: where no comma can be inside a cell it
// reads as commas.
func TestReadCSVFullWidthCommas(t *testing.T) {
	rows, warnings, err := ReadCSV("roster.csv", []byte("姓名，电话，类别\n何阿姨，138 1234 5678，居民\n\n周老师， ，演员\n"), testColumns)
	if err != nil || len(warnings) > 0 {
		t.Fatalf("err %v, warnings %v", err, warnings)
	}
	var got []string
	for _, r := range rows {
		got = append(got, r.Get("name")+"|"+r.Get("phone")+"|"+r.Get("category"))
	}
	if want := []string{"何阿姨|138 1234 5678|居民", "周老师||演员"}; !slices.Equal(got, want) {
		t.Errorf("rows %q, want %q", got, want)
	}
	// A full-width comma in a cell of a file with English commas stays.
	rows, _, err = ReadCSV("roster.csv", []byte("name,category\n何阿姨，王阿姨,居民\n"), testColumns)
	if err != nil || len(rows) != 1 || rows[0].Get("name") != "何阿姨，王阿姨" {
		t.Errorf("rows %v, err %v", rows, err)
	}
}
