package program

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"eventday/internal/eventtest"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// actsCSVErrorCases are broken act spreadsheets and what eventday says about each, in English.
var actsCSVErrorCases = []struct {
	name string
	csv  string
	want string
}{
	{"empty file", "", `acts.csv: the file is empty; its first line must name the columns`},
	{"header only", "节目,时长\r\n", `acts.csv: no acts; write one act a row under the header`},
	{"missing duration column", "节目,表演者\n合唱,幼儿园\n", `acts.csv:1: missing column "duration" (or 时长)`},
	{"typo in a column", "title,durtion\na,5m\n", `acts.csv:1: unknown column "durtion" (did you mean "duration"?)` + "\n" +
		`acts.csv:1: missing column "duration" (or 时长)`},
	{"the same column twice", "title,节目,时长\na,b,5m\n", `acts.csv:1: column "节目" is there twice: column 1 ("title") means the same`},
	{"empty title and bad durations", "节目,时长\n,5m\n合唱,0\n舞蹈,5\n小品,\n太极,-1m\n武术,4:60\n", `acts.csv:2: column 节目: empty; every act needs a title` + "\n" +
		`acts.csv:3: column 时长: must be more than zero` + "\n" +
		`acts.csv:4: column 时长: "5" has no unit; write 5m for minutes or 5s for seconds` + "\n" +
		`acts.csv:5: column 时长: empty; write e.g. 5m, 90s, 1m30s or 4:30` + "\n" +
		`acts.csv:6: column 时长: must be more than zero` + "\n" +
		`acts.csv:7: column 时长: "4:60": seconds must be below 60 (minutes:seconds)`},
	{"duplicate id", "title,duration,id\na,5m,choir\nb,5m,\nc,5m,choir\n", `acts.csv:4: column id: "choir" is already used by line 2`},
	{"duplicate title without id column", "title,duration\na,5m\na,4m\n", `acts.csv:3: column title: "a" is already used by line 2; add a column id and give one of them an id`},
	{"duplicate title with an id column", "节目,时长,编号\n合唱,5m,\n合唱,4m,\n", `acts.csv:3: column 节目: "合唱" is already used by line 2; give one of them an id in column 编号`},
	{"title that is an earlier id", "节目,时长,编号\n幼儿园合唱,5m,合唱\n合唱,4m,\n", `acts.csv:3: column 节目: "合唱" is already used by line 2; give one of them an id in column 编号`},
	{"syntax error and a bad row", "节目,时长\n\"合唱\"幼儿园,5m\n舞蹈,5\n", `acts.csv:2: text after a closing quote; inside a quoted cell write "" for a quote` + "\n" +
		`acts.csv:3: column 时长: "5" has no unit; write 5m for minutes or 5s for seconds`},
	{"a multi-line cell moves the line count", "节目,串词,时长\n合唱,\"第一行\n第二行\",5m\n舞蹈,,soon\n", `acts.csv:4: column 时长: "soon" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"more cells than columns", "title,duration\na,5m,extra\n", `acts.csv:2: cell 3 ("extra") is beyond the header's 2 columns; a cell holding a comma must be in quotes`},
	{"CR line ends, a bad duration on line 3", "节目,时长,备注\r合唱,5m,\r舞蹈,5,红扇子\r", `acts.csv:3: column 时长: "5" has no unit; write 5m for minutes or 5s for seconds`},
	{"columns not used and no duration", "节目,演出时间,负责人\n合唱,14:30,周老师\n", `acts.csv:1: missing column "duration" (or 时长)` + "\n" +
		`acts.csv:1: columns 演出时间, 负责人 are not ones eventday uses (it knows title/节目, performers/表演者, duration/时长, intro/串词, notes/备注, contact/联系方式, id/编号)`},
	{"Windows-1252", "title,duration\r\nCaf\xe9 song,5m\r\n", `acts.csv:2: the file is neither UTF-8 nor GBK/GB18030, the two encodings eventday reads (read as GBK, this line would say "Caf� song,5m"); save it as UTF-8: in Excel, Save As "CSV UTF-8 (Comma delimited)"; in WPS or Notepad, choose UTF-8 as the encoding when saving`},
}

func TestParseActsCSVErrors(t *testing.T) {
	for _, tt := range actsCSVErrorCases {
		t.Run(tt.name, func(t *testing.T) {
			acts, err := ParseActsCSV("acts.csv", []byte(tt.csv))
			if err == nil {
				t.Fatalf("no error (acts %+v), want:\n%s", acts, tt.want)
			}
			if acts != nil {
				t.Errorf("acts %+v returned with an error", acts)
			}
			if got := err.Error(); got != tt.want {
				t.Errorf("error\n got: %s\nwant: %s", got, tt.want)
			}
		})
	}
}

// TestParseActsWorkbookErrors: an act list kept in Excel or WPS gets the
// same messages as the same list saved as CSV, on the same rows, but for
// what only a CSV text can get wrong (quotes, encodings, line ends) and
// what a workbook says in its own words.
func TestParseActsWorkbookErrors(t *testing.T) {
	csvOnly := map[string]bool{"syntax error and a bad row": true, "a multi-line cell moves the line count": true, "CR line ends, a bad duration on line 3": true, "Windows-1252": true}
	own := map[string]string{
		"empty file":              "acts.xlsx: the workbook's first sheet is empty; put the list on the first sheet, its first row naming the columns",
		"more cells than columns": `acts.xlsx:2: cell 3 ("extra") is beyond the header's 2 columns; name its column in the first row, or delete it`,
	}
	for _, tt := range actsCSVErrorCases {
		if csvOnly[tt.name] {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			acts, err := ParseActsCSV("acts.xlsx", eventtest.Workbook(t, tt.csv))
			if err == nil {
				t.Fatalf("no error (acts %+v)", acts)
			}
			want, ok := own[tt.name]
			if !ok {
				want = strings.ReplaceAll(tt.want, "acts.csv", "acts.xlsx")
			}
			if got := err.Error(); got != want {
				t.Errorf("error\n got: %s\nwant: %s", got, want)
			}
		})
	}
}

// Excel on a Chinese Windows saves "CSV" as GBK; a mistake in such a file
// must still be reported at its line, with the column named in Chinese.
func TestParseActsCSVGBKErrorNamesLine(t *testing.T) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().String("节目,表演者,时长\r\n合唱,幼儿园,5分钟\r\n舞蹈,舞蹈队,五分钟左右\r\n")
	if err != nil {
		t.Fatal(err)
	}
	_, err = ParseActsCSV("acts.csv", []byte(gbk))
	want := `acts.csv:3: column 时长: "五分钟左右" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

// The same mistake in a file Excel saved as GBK, read from disk.
func TestParseActsCSVGBKFixture(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "acts_gbk_bad.csv"))
	if err != nil {
		t.Fatal(err)
	}
	_, err = ParseActsCSV("acts_gbk_bad.csv", data)
	want := `acts_gbk_bad.csv:4: column 时长: "十分钟左右" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`
	if err == nil || err.Error() != want {
		t.Errorf("error = %v, want %s", err, want)
	}
}

func TestParseActsCSVEncodings(t *testing.T) {
	utf8BOM, err := os.ReadFile(filepath.Join("testdata", "sheet", "acts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	want := []Act{
		{ID: "choir", Title: "幼儿园小合唱《春天在哪里》", Performers: "阳光幼儿园大班", Duration: 5 * time.Minute,
			Intro: "小朋友们带来了春天的歌声，\n掌声欢迎！", Notes: "4 个手持麦", Contact: "13812345678"},
		{ID: "切蛋糕", Title: "切蛋糕", Performers: "寿星们", Duration: 3 * time.Minute, Notes: "蛋糕, 刀"},
	}
	plain := utf8BOM[3:]
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes(plain)
	if err != nil {
		t.Fatal(err)
	}
	gb18030, err := simplifiedchinese.GB18030.NewEncoder().Bytes(plain)
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"UTF-8 with BOM": utf8BOM, "UTF-8": plain, "GBK": gbk, "GB18030": gb18030} {
		acts, err := ParseActsCSV("acts.csv", data)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if !reflect.DeepEqual(acts, want) {
			t.Errorf("%s: acts\n got: %+v\nwant: %+v", name, acts, want)
		}
	}
}

// A column the programme does not use is left out, with a warning.
func TestReadActsCSVWarnings(t *testing.T) {
	acts, warnings, err := readActsCSV("acts.csv", []byte("节目,时长,音乐\n合唱,5m,01.mp3\n"))
	if err != nil || len(acts) != 1 || acts[0].Title != "合唱" {
		t.Fatalf("acts %+v, error %v", acts, err)
	}
	if got, want := warnings.Error(), "acts.csv:1: column 音乐 is not used by eventday and was ignored"; got != want {
		t.Errorf("warnings\n got: %s\nwant: %s", got, want)
	}
}

func TestParseActsCSVEnglishHeader(t *testing.T) {
	in := "Title, Performers, Duration, Intro, Notes, Contact, ID\n" +
		"Kindergarten choir, Sunshine class, 4:30, , 4 mics, 13812345678, choir\n" +
		"Tai chi,Morning group,6m,,,,\n"
	acts, err := ParseActsCSV("acts.csv", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []Act{
		{ID: "choir", Title: "Kindergarten choir", Performers: "Sunshine class", Duration: 4*time.Minute + 30*time.Second, Notes: "4 mics", Contact: "13812345678"},
		{ID: "Tai chi", Title: "Tai chi", Performers: "Morning group", Duration: 6 * time.Minute},
	}
	if !reflect.DeepEqual(acts, want) {
		t.Errorf("acts\n got: %+v\nwant: %+v", acts, want)
	}
}

// FuzzParseActsWorkbook is FuzzParseActsCSV for an act list kept in
// Excel: the table is fuzzed as CSV text and read as a workbook, which must
// read as the same text saved as CSV when that text is plain enough for
// both.
func FuzzParseActsWorkbook(f *testing.F) {
	f.Add("title,duration,id\na,5m,x\nb,4:30,x\nc,0,\n")
	f.Add("节目,时长\n合唱,5分钟\n\n合唱,1分30秒\n")
	f.Add("编号,节目,时长,备注\nchoir,合唱,5m,a,b\n")
	f.Fuzz(func(t *testing.T, text string) {
		acts, err := ParseActsCSV("acts.xlsx", eventtest.PlainWorkbook(text))
		if err != nil {
			checkFileErrors(t, err, "acts.xlsx")
		} else {
			checkEvent(t, acts)
		}
		if !eventtest.ReadsAlike(text) {
			return
		}
		fromCSV, csvErr := ParseActsCSV("acts.csv", []byte(text))
		switch {
		case (err == nil) != (csvErr == nil):
			t.Fatalf("as a workbook: %v\nas CSV: %v", err, csvErr)
		case err == nil && !reflect.DeepEqual(acts, fromCSV):
			t.Fatalf("as a workbook: %+v\nas CSV: %+v", acts, fromCSV)
		// A sheet does not keep an empty cell, so it cannot tell a cell
		// under an empty header from one beyond the header, nor a table
		// of empty cells from no table.
		case err != nil && !strings.Contains(err.Error(), "beyond the header") && !strings.Contains(err.Error(), "first sheet is empty") &&
			err.Error() != strings.ReplaceAll(csvErr.Error(), "acts.csv", "acts.xlsx"):
			t.Fatalf("as a workbook: %v\nas CSV: %v", err, csvErr)
		}
	})
}

func FuzzParseActsCSV(f *testing.F) {
	sheet, err := os.ReadFile(filepath.Join("testdata", "sheet", "acts.csv"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(sheet)
	f.Add([]byte("title,duration,id\na,5m,x\nb,4:30,x\nc,0,\n"))
	f.Add([]byte("节目,时长\n合唱,5分钟\n合唱,1分30秒\n"))
	f.Add([]byte("\xbd\xda\xc4\xbf,\xca\xb1\xb3\xa4\r\n\xba\xcf\xb3\xaa,5m\r\n"))
	f.Add([]byte("title,duration\n\"a\nb\",5m\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		acts, err := ParseActsCSV("acts.csv", data)
		if err != nil {
			checkFileErrors(t, err, "acts.csv")
			return
		}
		checkEvent(t, acts)
	})
}
