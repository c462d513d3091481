package checkin

import (
	"strings"
	"testing"
)

// FuzzReadSheet: any bytes give rows and problems, never a panic;
// every problem is one line that names the sheet, and every row kept has
// something to sign in.
func FuzzReadSheet(f *testing.F) {
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
	f.Fuzz(func(tt *testing.T, data []byte) {
		rows, warnings, errs := ReadSheet("sheet.csv", data)
		for _, e := range append(errs, warnings...) {
			msg := e.Error()
			if strings.ContainsAny(msg, "\n\r") || !strings.HasPrefix(msg, "sheet.csv") {
				tt.Fatalf("problem %q is not one line naming the sheet", msg)
			}
		}
		for _, r := range rows {
			if r.Row.Line < 2 {
				tt.Fatalf("row at line %d: the header is line 1 or later", r.Row.Line)
			}
			if r.Name == "" && r.Party == 0 && !r.Bad {
				tt.Fatalf("line %d kept with nothing to sign in", r.Row.Line)
			}
			if r.Absent && (r.Name == "" || r.Time != "" || r.Party != 0 || r.Row.Get("signed") != "") {
				tt.Fatalf("line %d counted as not arrived with something filled in", r.Row.Line)
			}
			if r.Party < 0 || r.Party > 99 {
				tt.Fatalf("line %d: party %d", r.Row.Line, r.Party)
			}
		}
	})
}
