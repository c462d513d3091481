package main

import (
	"strconv"
	"strings"

	"golang.org/x/text/width"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/input"
)

// paperColumns are the columns of a paper sign-in sheet typed into a
// spreadsheet: who came, and optionally when, with how many, whether they
// signed, and what tells them apart or registers them as walk-ins. The
// number of the row on the printed sheet is read and left alone.
var paperColumns = []input.Column{
	{Name: "no", Aliases: []string{"no.", "#", "序号"}},
	{Name: "name", Aliases: []string{"姓名"}, Required: true},
	{Name: "time", Aliases: []string{"时间", "到场时间", "签到时间"}},
	{Name: "party", Aliases: []string{"人数"}},
	{Name: "group", Aliases: []string{"楼栋"}},
	{Name: "category", Aliases: []string{"类别"}},
	{Name: "phone", Aliases: []string{"电话"}},
	{Name: "signed", Aliases: []string{"signature", "签名", "签字", "签到"}},
	{Name: "note", Aliases: []string{"备注"}},
}

// paperRow is one row of a paper sheet as written, before it is checked
// against the event.
type paperRow struct {
	row   input.Row
	name  string
	time  string // as written; "" when the sheet gives none
	party int    // 0 when the sheet gives none
	// bad: a problem is reported already; the row is checked further, so
	// that every problem of the sheet is reported at once, but not written.
	bad bool
	// absent: a name on a sheet with a time or signature column, with
	// neither filled in nor a party: the printed roster of someone who did
	// not come. It is counted, not signed in.
	absent bool
}

// readPaperSheet reads a paper sign-in sheet's bytes (UTF-8 with or without
// BOM, or GB18030, as input.ReadCSV reads them). It checks what needs no
// event (the columns, the party sizes) and returns every row it could read
// with every problem found, each naming its line, and the columns it left
// out as warnings.
func readPaperSheet(file string, data []byte, t *i18n.Signin) ([]paperRow, input.Errors, input.Errors) {
	var errs input.Errors
	rows, warnings, err := input.ReadCSV(file, data, paperColumns)
	errs.Add(err)
	out := make([]paperRow, 0, len(rows))
	for _, r := range rows {
		pr := paperRow{row: r, name: r.Get("name"), time: r.Get("time")}
		if cell := r.Get("party"); cell != "" {
			n, err := strconv.Atoi(strings.TrimSpace(width.Narrow.String(cell)))
			if err != nil || n < 1 || n > checkin.MaxParty {
				errs.Addf(file, r.Line, r.Label("party"), t.RowBadParty, cut(cell), checkin.MaxParty)
				pr.bad = true
			} else {
				pr.party = n
			}
		}
		marked := pr.time != "" || r.Get("party") != "" || r.Get("signed") != ""
		switch {
		case pr.name == "" && !marked && r.Get("no") != "":
			continue // a numbered blank row of the printed sheet
		case pr.name == "" && r.Get("party") == "":
			errs.Addf(file, r.Line, "", "%s", t.RowNothing)
			continue
		}
		pr.absent = pr.name != "" && !marked && (r.Has("time") || r.Has("signed"))
		out = append(out, pr)
	}
	return out, warnings, errs
}
