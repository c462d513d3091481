package main

import (
	"strings"
	"testing"

	"eventday/i18n"
)

// FuzzReadPaperSheet: any bytes give rows and problems, never a panic;
// every problem is one line that names the sheet, and every row kept has
// something to sign in.
func FuzzReadPaperSheet(f *testing.F) {
	for _, s := range []string{
		"name\n何阿姨\n",
		"\ufeff姓名,时间,人数\n何阿姨,14:32,\n,14:35,4\n",
		"name,time,party,group,category,phone,note\nA,14:00,2,1号楼,resident,13912345678,x\n",
		"name,party\n,\n,0\n,100\nB,abc\n",
		"nmae\nx\n",
		"name,\"time\nx,\"14:00\n",
		"name\n\x1b[2J\n",
		"\ufeff序号,姓名,楼栋,类别,人数,到场时间,签名\r\n1,何阿姨,,,,,\r\n2,,,,,,\r\n3,王芳,,,,14:00,√\r\n4,沈桂英,,,2,,\r\n",
		"\xb0\xa1,\xb0\xa2\n",
		"",
	} {
		f.Add([]byte(s))
	}
	t := &i18n.For("en").Signin
	f.Fuzz(func(tt *testing.T, data []byte) {
		rows, warnings, errs := readPaperSheet("sheet.csv", data, t)
		for _, e := range append(errs, warnings...) {
			msg := e.Error()
			if strings.ContainsAny(msg, "\n\r") || !strings.HasPrefix(msg, "sheet.csv") {
				tt.Fatalf("problem %q is not one line naming the sheet", msg)
			}
		}
		for _, r := range rows {
			if r.row.Line < 2 {
				tt.Fatalf("row at line %d: the header is line 1 or later", r.row.Line)
			}
			if r.name == "" && r.party == 0 && !r.bad {
				tt.Fatalf("line %d kept with nothing to sign in", r.row.Line)
			}
			if r.absent && (r.name == "" || r.time != "" || r.party != 0 || r.row.Get("signed") != "") {
				tt.Fatalf("line %d counted as not arrived with something filled in", r.row.Line)
			}
			if r.party < 0 || r.party > 99 {
				tt.Fatalf("line %d: party %d", r.row.Line, r.party)
			}
		}
	})
}
