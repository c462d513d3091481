package input

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"testing"

	"eventday/i18n"
	"eventday/i18n/i18ntest"
)

// A problem reads in the language it is shown in, through whatever
// wrapped it on the way up, and keeps its place and its cause.
func TestLocalize(t *testing.T) {
	var es Errors
	es.Add(InColumn("roster.csv", 3, "姓名", func(t *i18n.Text) string { return t.Files.NameEmpty }))
	es.Add(Problem("roster.csv", 1, func(t *i18n.Text) string { return t.Files.MissingOr }, "name", List("姓名", "名字")))
	es.Add(&Error{File: "roster.csv", Line: 4, Column: "电话", Err: fmt.Errorf("%q: %w", "x", fs.ErrInvalid)})
	err := fmt.Errorf("opening: %w", errors.Join(es.Err(), errors.New("plain")))
	zh := i18n.For("zh")
	want := "opening: roster.csv:1: 缺少 \"name\" 列（也可以叫 姓名、名字）\n" +
		"roster.csv:3: “姓名”列：姓名是空的\n" +
		"roster.csv:4: “电话”列：\"x\": invalid argument\n" +
		"plain"
	if got := i18n.Localize(err, zh); got != want {
		t.Errorf("i18n.Localize(zh)\n got: %s\nwant: %s", got, want)
	}
	wantEN := "opening: roster.csv:1: missing column \"name\" (or 姓名, 名字)\n" +
		"roster.csv:3: column 姓名: the name is empty\n" +
		"roster.csv:4: column 电话: \"x\": invalid argument\n" +
		"plain"
	if got := err.Error(); got != wantEN {
		t.Errorf("Error()\n got: %s\nwant: %s", got, wantEN)
	}
	if got := i18n.Localize(err, i18n.For("en")); got != wantEN {
		t.Errorf("i18n.Localize(en)\n got: %s\nwant: %s", got, wantEN)
	}
	if !errors.Is(err, fs.ErrInvalid) {
		t.Error("the cause is lost")
	}
	// A wrapper that rewords its cause is left as it reads.
	other := fmt.Errorf("%w", es[0])
	odd := &rewording{other}
	if got := i18n.Localize(odd, zh); got != odd.Error() {
		t.Errorf("Localize of a rewording wrapper = %q, want its own message", got)
	}
	if i18n.Localize(nil, zh) != "" {
		t.Error("i18n.Localize(nil) is not empty")
	}
}

type rewording struct{ err error }

func (r *rewording) Error() string { return "something else" }
func (r *rewording) Unwrap() error { return r.err }

// Every problem in a message is worded in Chinese when it is shown in
// Chinese; a csv syntax error keeps encoding/csv's error as its cause.
func TestReadCSVInChinese(t *testing.T) {
	zh := i18n.For("zh")
	for _, tt := range []struct {
		in, want string
	}{
		{"", "roster.csv: 文件是空的；第一行要写各列的名称"},
		{"name,电活\nx,1\n", `roster.csv:1: 不认识的列 "电活"（是不是 "电话"？）`},
		{"name,\"A\"B\n", `roster.csv:1: 结束引号后面还有文字；带引号的格子里，引号要写成 ""`},
		{"name\nA,x\n", `roster.csv:2: 第 2 格（"x"）超出了表头的 1 列；格子里有逗号时，要把整个格子用引号括起来`},
		{"电话,Nom,Prénom\n1,x,y\n", "roster.csv:1: 缺少 \"name\" 列（也可以叫 姓名）\n" +
			"roster.csv:1: 这些列 eventday 用不到：Nom、Prénom（它认识的列：name/姓名、category/类别、phone/电话）"},
		{"name\nRen\xe9e\n", `roster.csv:2: 这个文件既不是 UTF-8，也不是 GBK/GB18030，eventday 只认这两种编码（按 GBK 读，这一行会变成 "Ren閑"）；请把它存为 UTF-8：Excel 里“另存为”选“CSV UTF-8 (逗号分隔)”，WPS 或记事本里保存时把编码选为 UTF-8`},
	} {
		_, _, err := ReadCSV("roster.csv", []byte(tt.in), testColumns)
		if got := i18n.Localize(err, zh); got != tt.want {
			t.Errorf("ReadCSV(%q) in Chinese\n got: %s\nwant: %s", tt.in, got, tt.want)
		}
	}
	many := "name"
	for i := range 10000 {
		many += fmt.Sprintf(",列%d", i+1)
	}
	_, warnings, _ := ReadCSV("roster.csv", []byte(many+"\nA\n"), testColumns)
	if got, want := warnings.In(zh), "roster.csv:1: 这些列 eventday 用不到，已忽略：列1、列2、列3，以及另外 9,997 列"; got != want {
		t.Errorf("warning in Chinese\n got: %s\nwant: %s", got, want)
	}
	_, warnings, _ = ReadCSV("roster.csv", []byte("姓名,微信\n何阿姨,x\n"), testColumns)
	if got, want := warnings.In(zh), "roster.csv:1: “微信”这一列 eventday 用不到，已忽略"; got != want {
		t.Errorf("warning in Chinese\n got: %s\nwant: %s", got, want)
	}
	_, _, err := ReadCSV("roster.csv", []byte("name,\"A\"B\n"), testColumns)
	if !errors.Is(err, csv.ErrQuote) {
		t.Errorf("the csv error is lost from %v", err)
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 9997: "9,997", 1234567: "1,234,567", -1234: "-1,234"} {
		if got := count(n); got != want {
			t.Errorf("count(%d) = %q, want %q", n, got, want)
		}
	}
}

// Every problem ReadCSV and DecodeFile find reads in Chinese when shown in
// Chinese.
func TestCSVErrorsInChinese(t *testing.T) {
	zh := i18n.For("zh")
	var columns []string
	for _, c := range testColumns {
		columns = append(append(columns, c.Name), c.Aliases...)
	}
	for _, tt := range csvErrorCases {
		_, _, err := ReadCSV("roster.csv", []byte(tt.in), testColumns)
		said := i18n.Localize(err, zh)
		if said == err.Error() {
			t.Errorf("%s: the same in Chinese as in English: %s", tt.name, said)
		}
		for line := range strings.SplitSeq(said, "\n") {
			if left := i18ntest.English(line, tt.in, columns...); left != nil {
				t.Errorf("%s: English %q left in\n%s", tt.name, left, line)
			}
		}
	}
}
