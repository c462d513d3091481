package checkin

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"eventday/i18n"
	"eventday/input"
	"eventday/internal/eventtest"
	"eventday/program"

	"golang.org/x/text/encoding/simplifiedchinese"
)

var testActs = []program.Act{
	{ID: "choir", Title: "幼儿园合唱"},
	{ID: "taichi", Title: "太极拳"},
	{ID: "sketch", Title: "小品"},
}

const rosterEN = `name,category,group,phone,act,note
何阿姨,performer,3号楼,138 1234 5678,taichi,领队
单田芳,volunteer,5号楼,+86-139-0000-1111,,
Tom李,performer,,,幼儿园合唱,
王芳,resident,3号楼,,,
王芳,resident,7号楼,,,
`

const rosterZH = "姓名,类别,楼栋,电话,节目,备注\r\n" +
	"何阿姨,performer,3号楼,138 1234 5678,taichi,领队\r\n" +
	"单田芳,volunteer,5号楼,+86-139-0000-1111,,\r\n" +
	"Tom李,performer,,,幼儿园合唱,\r\n" +
	"王芳,resident,3号楼,,,\r\n" +
	"\r\n" +
	"王芳,resident,7号楼,,,\r\n"

func gb18030(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestParseRosterEncodings(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"utf8 english header", []byte(rosterEN)},
		{"utf8 bom english header", append([]byte("\uFEFF"), rosterEN...)},
		{"utf8 chinese header", []byte(rosterZH)},
		{"utf8 bom chinese header", append([]byte("\uFEFF"), rosterZH...)},
		{"gb18030 chinese header", gb18030(t, rosterZH)},
		{"gb18030 english header", gb18030(t, rosterEN)},
	}
	want := []Person{
		{Name: "何阿姨", Category: "performer", Group: "3号楼", Phone: "13812345678", ActID: "taichi", Note: "领队"},
		{Name: "单田芳", Category: "volunteer", Group: "5号楼", Phone: "13900001111"},
		{Name: "Tom李", Category: "performer", ActID: "choir"},
		{Name: "王芳", Category: "resident", Group: "3号楼"},
		{Name: "王芳", Category: "resident", Group: "7号楼"},
	}
	for i := range want {
		want[i].ID = PersonID(want[i].Name, want[i].Group, want[i].Phone)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRoster("roster.csv", tt.data, testActs)
			if err != nil {
				t.Fatal(err)
			}
			if r.Len() != len(want) {
				t.Fatalf("got %d people, want %d", r.Len(), len(want))
			}
			for i, p := range r.People {
				if p.Line == 0 {
					t.Errorf("person %d has no line", i)
				}
				p.Line = 0
				if p != want[i] {
					t.Errorf("person %d = %+v, want %+v", i, p, want[i])
				}
			}
			if p, ok := r.Person(want[0].ID); !ok || p.Name != "何阿姨" {
				t.Errorf("Person(%s) = %v, %v", want[0].ID, p, ok)
			}
			perf := r.Performers("taichi")
			if len(perf) != 1 || perf[0].Name != "何阿姨" {
				t.Errorf("Performers(taichi) = %v", perf)
			}
			if got := r.Index().Search("hay", 0); len(got) != 1 || got[0].Person.Name != "何阿姨" {
				t.Errorf("Search(hay) over the roster = %v", found(got))
			}
		})
	}
}

// IDs depend on name, group and phone only: reordering rows, editing other
// rows or a person's note or category keeps them.
func TestRosterIDsAreStable(t *testing.T) {
	a, err := ParseRoster("roster.csv", []byte(rosterEN), testActs)
	if err != nil {
		t.Fatal(err)
	}
	edited := `姓名,备注,类别,楼栋,电话
王芳,new note,volunteer,7号楼,
新人,,,,
何阿姨,,performer,3号楼,+86 13812345678
`
	b, err := ParseRoster("roster.csv", []byte(edited), testActs)
	if err != nil {
		t.Fatal(err)
	}
	ids := func(r *Roster) map[string]string {
		m := map[string]string{}
		for _, p := range r.People {
			m[p.Name+"/"+p.Group] = p.ID
		}
		return m
	}
	before, after := ids(a), ids(b)
	for _, k := range []string{"王芳/7号楼", "何阿姨/3号楼"} {
		if before[k] == "" || before[k] != after[k] {
			t.Errorf("ID of %s changed from %q to %q", k, before[k], after[k])
		}
	}
	if before["王芳/3号楼"] == before["王芳/7号楼"] {
		t.Error("two people named 王芳 in different buildings share an ID")
	}
}

// rosterErrorCases are broken rosters and what eventday says about each, in English.
var rosterErrorCases = []struct {
	name string
	data string
	want string
}{
	{
		"unknown act, chinese header",
		"姓名,节目\n何阿姨,太极拳\n李四,太级\n",
		`roster.csv:3: column 节目: no act "太级" in the programme`,
	},
	{
		"unknown act, a slip",
		"name,act\nTom,taichii\nAnn,太极\n",
		`roster.csv:2: column act: no act "taichii" in the programme (did you mean "taichi"?)` + "\n" +
			`roster.csv:3: column act: no act "太极" in the programme (did you mean "太极拳"?)`,
	},
	{
		"unknown act, english header",
		"name,act\nTom,kung fu\n",
		`roster.csv:2: column act: no act "kung fu" in the programme`,
	},
	{
		"bad phone",
		"姓名,电话\n何阿姨,138-1234-567a\n",
		`roster.csv:2: column 电话: "138-1234-567a" is not a phone number: only digits, spaces, dashes and a leading +86 are allowed`,
	},
	{
		"short phone",
		"name,phone\nHe,12\n",
		`roster.csv:2: column phone: "12" is not a phone number: it has 2 digits, and a phone number has 3 to 15`,
	},
	{
		"empty name",
		"姓名,类别\n,volunteer\n",
		`roster.csv:2: column 姓名: the name is empty`,
	},
	{
		"identical rows",
		"姓名,楼栋,电话\n王芳,3号楼,\n李四,,\n王芳,3号楼,\n",
		`roster.csv:4: "王芳" (3号楼) is already on line 2 with the same 姓名, 楼栋, 电话; add a 楼栋 or 电话 to tell them apart`,
	},
	{
		"same person with another note",
		"name,note\nTom,a\nTom,b\n",
		`roster.csv:3: "Tom" is already on line 2 with the same name, group, phone; add a group or phone to tell them apart`,
	},
	{
		"same phone written two ways",
		"name,phone\nTom,13812345678\nTom,+86 138-1234-5678\n",
		`roster.csv:3: "Tom" is already on line 2 with the same name, group, phone; add a group or phone to tell them apart`,
	},
	{
		"several problems, all reported in line order",
		"姓名,电话,节目\n甲,abc,\n乙,,无此节目\n,,\n丙,,\n",
		"roster.csv:2: column 电话: \"abc\" is not a phone number: only digits, spaces, dashes and a leading +86 are allowed\n" +
			`roster.csv:3: column 节目: no act "无此节目" in the programme`,
	},
	{
		"missing name column",
		"类别,电话\nvolunteer,13812345678\n",
		`roster.csv:1: missing column "name" (or 姓名, 名字)`,
	},
	{
		"a name longer than signin takes",
		"姓名,楼栋\n" + strings.Repeat("长", MaxName+1) + ",1号楼\n" + strings.Repeat("名", MaxName) + ",2号楼\n",
		`roster.csv:2: column 姓名: the name is 101 characters long; a name has at most 100`,
	},
	{
		"a name of 10,000 characters",
		"name\n" + strings.Repeat("x", 10000) + "\n",
		`roster.csv:2: column name: the name is 10000 characters long; a name has at most 100`,
	},
	{
		"a column one slip from a known one",
		"nmae,email\nTom,t@example.com\n",
		`roster.csv:1: unknown column "nmae" (did you mean "name"?)` + "\n" +
			`roster.csv:1: missing column "name" (or 姓名, 名字)` + "\n" +
			`roster.csv:1: column email is not one eventday uses (it knows name/姓名, category/类别, group/楼栋, phone/电话, act/节目, note/备注)`,
	},
	{
		"Windows-1252",
		"name,group\r\nRen\xe9e Dupont,Block 1\r\n",
		`roster.csv:2: the file is neither UTF-8 nor GBK/GB18030, the two encodings eventday reads (read as GBK, this line would say "Ren閑 Dupont,Block 1"); save it as UTF-8: in Excel, Save As "CSV UTF-8 (Comma delimited)"; in WPS or Notepad, choose UTF-8 as the encoding when saving`,
	},
	{
		"a stray byte in a short UTF-8 roster",
		"姓名,楼栋\n何阿姨,3号楼\n王\xff芳,1号楼\n",
		`roster.csv:3: a byte that is not UTF-8 (0xFF), in a file that otherwise is; retype this line or save the file again in UTF-8 (read as GBK, every Chinese name would be garbled)`,
	},
	{
		"CR line ends, a bad phone on line 3",
		"name,note,phone\rBob,came early,\rAnn,,12\r",
		`roster.csv:3: column phone: "12" is not a phone number: it has 2 digits, and a phone number has 3 to 15`,
	},
}

// csvOnly are the mistakes of rosterErrorCases that only a CSV text can make
// (in its encoding and line ends), not a workbook.
var csvOnly = map[string]bool{"Windows-1252": true, "a stray byte in a short UTF-8 roster": true, "CR line ends, a bad phone on line 3": true}

func TestParseRosterErrors(t *testing.T) {
	for _, tt := range rosterErrorCases {
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRoster("roster.csv", []byte(tt.data), testActs)
			if err == nil {
				t.Fatalf("no error; roster %+v", r.People)
			}
			if err.Error() != tt.want {
				t.Errorf("error:\n%s\nwant:\n%s", err, tt.want)
			}
			var ie *input.Error
			if !errors.As(err, &ie) || ie.File != "roster.csv" {
				t.Errorf("error %v is not an input.Error naming roster.csv", err)
			}
		})
	}
}

// TestParseRosterWorkbookErrors: a roster kept in Excel or WPS gets the
// same messages as the same roster saved as CSV, on the same rows.
func TestParseRosterWorkbookErrors(t *testing.T) {
	for _, tt := range rosterErrorCases {
		if csvOnly[tt.name] {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			r, err := ParseRoster("roster.xlsx", eventtest.Workbook(t, tt.data), testActs)
			if err == nil {
				t.Fatalf("no error; roster %+v", r.People)
			}
			if want := strings.ReplaceAll(tt.want, "roster.csv:", "roster.xlsx:"); err.Error() != want {
				t.Errorf("error:\n%s\nwant:\n%s", err, want)
			}
			var ie *input.Error
			if !errors.As(err, &ie) || ie.File != "roster.xlsx" {
				t.Errorf("error %v is not an input.Error naming roster.xlsx", err)
			}
		})
	}
}

// Columns a roster does not need are left out with a warning, and the
// roster reads as if they were not there.
func TestParseRosterUnusedColumns(t *testing.T) {
	r, err := ParseRoster("roster.csv", []byte("姓名,email,楼栋,微信\n何阿姨,he@example.com,3号楼,heayi\n王芳,,1号楼,\n"), testActs)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := r.Warnings.Error(), "roster.csv:1: columns email, 微信 are not used by eventday and were ignored"; got != want {
		t.Errorf("warnings\n got: %s\nwant: %s", got, want)
	}
	if r.Len() != 2 || r.People[0].Name != "何阿姨" || r.People[0].Group != "3号楼" || r.People[0].Note != "" {
		t.Errorf("people = %+v", r.People)
	}
	plain, err := ParseRoster("roster.csv", []byte(rosterEN), testActs)
	if err != nil || plain.Warnings != nil {
		t.Errorf("a roster of known columns: warnings %v, error %v", plain.Warnings, err)
	}
}

// Excel for Mac ends lines with CR alone: the roster reads as any other.
func TestParseRosterCRLineEnds(t *testing.T) {
	r, err := ParseRoster("roster.csv", []byte(strings.ReplaceAll(rosterEN, "\n", "\r")), testActs)
	if err != nil {
		t.Fatal(err)
	}
	if r.Len() != 5 || r.People[0].Note != "领队" || r.People[4].Line != 6 {
		t.Errorf("people = %+v", r.People)
	}
}

// A name the roster takes can be signed in by exact name, however long.
func TestRosterLongNameIsFound(t *testing.T) {
	long := strings.Repeat("长", MaxName)
	r, err := ParseRoster("roster.csv", []byte("name,group\n"+long+",1号楼\n"+long+",2号楼\n何阿姨,\n"), testActs)
	if err != nil {
		t.Fatal(err)
	}
	ix := r.Index()
	if got := ix.Named(long); len(got) != 2 || got[0].Group != "1号楼" || got[1].Group != "2号楼" {
		t.Errorf("Named(long) = %v", got)
	}
	if got := ix.Named("何阿姨"); len(got) != 1 {
		t.Errorf("Named(何阿姨) = %v", got)
	}
	if got := ix.Named("何阿"); len(got) != 0 {
		t.Errorf("Named(何阿) = %v, want nobody: the name must be exact", got)
	}
	// A walk-in added after the index was made is found too, after the
	// roster's people of the same name.
	ix.Add(Person{ID: "w1", Name: "何阿姨", Group: "门口"})
	if got := ix.Named("何阿姨"); len(got) != 2 || got[1].ID != "w1" {
		t.Errorf("Named(何阿姨) after a walk-in = %v, want the roster's then the walk-in", got)
	}
}

func TestParseRosterActByIDOrTitle(t *testing.T) {
	acts := []program.Act{{ID: "a1", Title: "小品"}, {ID: "小品", Title: "Tai Chi"}, {ID: "x", Title: "a1"}}
	r, err := ParseRoster("roster.csv", []byte("name,act\n甲,a1\n乙,小品\n丙,TAI CHI\n丁,A1\n"), acts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range r.People {
		got = append(got, p.ActID)
	}
	// An ID wins over a title; exact text over other case.
	if want := []string{"a1", "小品", "小品", "a1"}; !slices.Equal(got, want) {
		t.Errorf("acts = %q, want %q", got, want)
	}
}

func TestParseRosterPhoneErrorWrapsErrPhone(t *testing.T) {
	_, err := ParseRoster("roster.csv", []byte("name,phone\nTom,x\n"), nil)
	if !errors.Is(err, ErrPhone) {
		t.Errorf("error %v does not wrap ErrPhone", err)
	}
}

func TestLoadRoster(t *testing.T) {
	dir := t.TempDir()
	r, err := LoadRoster(dir, testActs)
	if err != nil {
		t.Fatalf("missing roster.csv: %v", err)
	}
	if r.Len() != 0 || len(r.Index().Search("a", 0)) != 0 {
		t.Errorf("missing roster.csv gave %d people", r.Len())
	}
	if err := os.WriteFile(filepath.Join(dir, RosterFile), gb18030(t, rosterZH), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err = LoadRoster(dir, testActs)
	if err != nil {
		t.Fatal(err)
	}
	names := make([]string, r.Len())
	for i, p := range r.People {
		names[i] = p.Name
	}
	if want := []string{"何阿姨", "单田芳", "Tom李", "王芳", "王芳"}; !slices.Equal(names, want) {
		t.Errorf("names = %q, want %q", names, want)
	}
	if err := os.WriteFile(filepath.Join(dir, RosterFile), []byte("name,act\nX,nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadRoster(dir, testActs); err == nil || !strings.HasPrefix(err.Error(), "roster.csv:2: ") {
		t.Errorf("bad roster.csv: error %v, want one placed at roster.csv:2", err)
	}
}

// TestLoadRosterWorkbook: roster.xlsx is the roster when it is the only
// one; beside roster.csv it is refused, since either could be the one kept
// up to date.
func TestLoadRosterWorkbook(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, RosterWorkbook), eventtest.Workbook(t, rosterZH), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := LoadRoster(dir, testActs)
	if err != nil {
		t.Fatal(err)
	}
	fromCSV, err := ParseRoster("roster.csv", []byte(rosterZH), testActs)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(r.People, fromCSV.People) {
		t.Errorf("roster.xlsx gave %+v\nroster.csv gives %+v", r.People, fromCSV.People)
	}

	if err := os.WriteFile(filepath.Join(dir, RosterFile), []byte(rosterEN), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadRoster(dir, testActs)
	if want := "roster.csv: roster.xlsx is here too; keep one of the two as the roster, and move the other out of the folder"; err == nil || err.Error() != want {
		t.Errorf("both rosters: %v, want %s", err, want)
	}

	if err := os.Remove(filepath.Join(dir, RosterFile)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, RosterWorkbook), eventtest.Workbook(t, "name,act\nX,nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := LoadRoster(dir, testActs); err == nil || !strings.HasPrefix(err.Error(), "roster.xlsx:2: column act: ") {
		t.Errorf("bad roster.xlsx: error %v, want one placed at roster.xlsx:2", err)
	}
}

// A folder without roster.csv but with a file meant to be it is refused,
// naming the file to rename; without anything like it, the roster is
// empty.
func TestLoadRosterMisnamed(t *testing.T) {
	for _, tt := range []struct{ file, want string }{
		{"roster.csv.csv", "roster.csv: not found, but roster.csv.csv is here: rename it to roster.csv (Windows hides the last part of a file's name, so it may look right already)"},
		{"Roster.CSV", "roster.csv: not found, but Roster.CSV is here: rename it to roster.csv"},
		{"roster.ods", ""},
	} {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, tt.file), []byte(rosterEN), 0o644); err != nil {
			t.Fatal(err)
		}
		r, err := LoadRoster(dir, testActs)
		switch {
		case tt.want == "" && (err != nil || r.Len() != 0):
			t.Errorf("%s: roster %v, error %v; want an empty roster", tt.file, r, err)
		case tt.want != "" && (err == nil || err.Error() != tt.want):
			t.Errorf("%s: error %v, want %s", tt.file, err, tt.want)
		}
	}
}

func FuzzParseRoster(f *testing.F) {
	f.Add([]byte(rosterEN))
	f.Add([]byte(rosterZH))
	f.Add([]byte("\uFEFF姓名,电话\n何阿姨,+86 138\n"))
	f.Add([]byte("name,act\n\"a,b\",太极拳\n"))
	f.Add([]byte("name\n\"unclosed\n"))
	f.Add([]byte{0xba, 0xce, ',', 0xff, '\n'})
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := ParseRoster("roster.csv", data, testActs)
		checkRoster(t, "roster.csv", r, err)
	})
}

// FuzzParseRosterWorkbook is FuzzParseRoster for a roster kept in Excel:
// the table is fuzzed as CSV text and read as a workbook, which must read
// as the same text saved as CSV when that text is plain enough for both.
func FuzzParseRosterWorkbook(f *testing.F) {
	f.Add(rosterEN)
	f.Add(strings.ReplaceAll(rosterZH, "\r", ""))
	f.Add("姓名,电话\n何阿姨,+86 138\n")
	f.Add("name,act\nTom,taichii\n\nAnn,太极,x\n")
	f.Fuzz(func(t *testing.T, text string) {
		r, err := ParseRoster("roster.xlsx", eventtest.PlainWorkbook(text), testActs)
		checkRoster(t, "roster.xlsx", r, err)
		if !eventtest.ReadsAlike(text) {
			return
		}
		fromCSV, csvErr := ParseRoster("roster.csv", []byte(text), testActs)
		switch {
		case (err == nil) != (csvErr == nil):
			t.Fatalf("as a workbook: %v\nas CSV: %v", err, csvErr)
		case err == nil && !slices.Equal(r.People, fromCSV.People):
			t.Fatalf("as a workbook: %+v\nas CSV: %+v", r.People, fromCSV.People)
		// A sheet does not keep an empty cell, so it cannot tell a cell
		// under an empty header from one beyond the header, nor a table
		// of empty cells from no table.
		case err != nil && !strings.Contains(err.Error(), "beyond the header") && !strings.Contains(err.Error(), "first sheet is empty") &&
			err.Error() != strings.ReplaceAll(csvErr.Error(), "roster.csv:", "roster.xlsx:"):
			t.Fatalf("as a workbook: %v\nas CSV: %v", err, csvErr)
		}
	})
}

// checkRoster holds what ParseRoster promises of any file: an error or a
// roster, the error's lines naming the file; people with a name, a unique
// ID and a normal phone, each found by their name.
func checkRoster(t *testing.T, file string, r *Roster, err error) {
	t.Helper()
	if err != nil {
		if r != nil {
			t.Fatal("an error and a roster")
		}
		for _, line := range strings.Split(err.Error(), "\n") {
			if !strings.HasPrefix(line, file+":") {
				t.Fatalf("error line %q does not name the file", line)
			}
		}
		return
	}
	seen := map[string]bool{}
	for _, p := range r.People {
		if p.Name == "" || p.ID == "" || seen[p.ID] {
			t.Fatalf("bad person %+v", p)
		}
		seen[p.ID] = true
		if p.Phone != "" {
			if again, err := NormalizePhone(p.Phone); err != nil || again != p.Phone {
				t.Fatalf("phone %q is not normal: %q, %v", p.Phone, again, err)
			}
		}
		if got, ok := r.Person(p.ID); !ok || got.ID != p.ID {
			t.Fatalf("Person(%s) = %v, %v", p.ID, got, ok)
		}
	}
	r.Index().Search("a", 5)
	for _, w := range r.Warnings {
		if msg := w.Error(); !strings.HasPrefix(msg, file+":") || strings.ContainsAny(msg, "\r\n") {
			t.Fatalf("warning %q is not one line naming the file", msg)
		}
	}
	ix := r.Index()
	for _, p := range r.People {
		if utf8.RuneCountInString(p.Name) > MaxName {
			t.Fatalf("a name of %d characters", utf8.RuneCountInString(p.Name))
		}
		if got := ix.Named(p.Name); !slices.ContainsFunc(got, func(q *Person) bool { return q.ID == p.ID }) {
			t.Fatalf("%q cannot be found by its name", p.Name)
		}
	}
}

// TestPersonIDStaysTheSame pins IDs made by earlier versions: attendance.jsonl
// keeps them, so a different hash would orphan every sign-in of a day
// already under way. The long name does not fit PersonID's stack buffer.
func TestPersonIDStaysTheSame(t *testing.T) {
	for _, c := range []struct{ name, group, phone, want string }{
		{"何阿姨", "3号楼", "13912342273", "pcea347ac393c"},
		{" Tom李 ", "", "", "pa7fa90103133"},
		{strings.Repeat("长", 60), "9号楼201室", "+4915112345678", "p9dbf880787bf"},
	} {
		if got := PersonID(c.name, c.group, c.phone); got != c.want {
			t.Errorf("PersonID(%q, %q, %q) = %s, want %s", c.name, c.group, c.phone, got, c.want)
		}
	}
}

// A roster.csv that is there but cannot be read is refused saying why in
// words, in the reader's language.
func TestLoadRosterUnreadable(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, RosterFile), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err := LoadRoster(dir, nil)
	if want := "roster.csv: cannot read: it is a folder, not a file"; err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
	if zh := i18n.Localize(err, i18n.For("zh")); zh != "roster.csv: 无法读取：这是一个文件夹，不是文件" {
		t.Errorf("in Chinese: %s", zh)
	}
}
