package checkin

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/text/width"

	"eventday/i18n"
	"eventday/input"
)

// sheetColumns are the columns of a paper sign-in sheet typed into a
// spreadsheet: who came, and optionally when, with how many, whether they
// signed, and what tells them apart or registers them as walk-ins. The
// number of the row on the printed sheet is read and left alone.
var sheetColumns = []input.Column{
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

// SheetRow is one row of a paper sheet as written, before it is checked
// against the event.
type SheetRow struct {
	Row   input.Row
	Name  string
	Time  string // as written; "" when the sheet gives none
	Party int    // 0 when the sheet gives none
	// Bad: a problem is reported already; the row is checked further, so
	// that every problem of the sheet is reported at once, but not written.
	Bad bool
	// Absent: a name on a sheet with a time or signature column, with
	// neither filled in nor a party: the printed roster of someone who did
	// not come. It is counted, not signed in.
	Absent bool
}

// ReadSheet reads a paper sign-in sheet's bytes (UTF-8 with or without
// BOM, or GB18030, as input.ReadCSV reads them). It checks what needs no
// event (the columns, the party sizes) and returns every row it could read
// with every problem found, each naming its line, and the columns it left
// out as warnings.
func ReadSheet(file string, data []byte) ([]SheetRow, input.Errors, input.Errors) {
	var errs input.Errors
	rows, warnings, err := input.ReadCSV(file, data, sheetColumns)
	errs.Add(err)
	out := make([]SheetRow, 0, len(rows))
	for _, r := range rows {
		pr := SheetRow{Row: r, Name: r.Get("name"), Time: r.Get("time")}
		if cell := r.Get("party"); cell != "" {
			n, err := strconv.Atoi(strings.TrimSpace(width.Narrow.String(cell)))
			if err != nil || n < 1 || n > MaxParty {
				errs.Add(input.InField(file, r.Line, r.Label("party"), func(t *i18n.Text) string { return t.Signin.RowBadParty }, input.Shorten(cell), MaxParty))
				pr.Bad = true
			} else {
				pr.Party = n
			}
		}
		marked := pr.Time != "" || r.Get("party") != "" || r.Get("signed") != ""
		switch {
		case pr.Name == "" && !marked && r.Get("no") != "":
			continue // a numbered blank row of the printed sheet
		case pr.Name == "" && r.Get("party") == "":
			errs.Add(input.InField(file, r.Line, "", func(t *i18n.Text) string { return t.Signin.RowNothing }))
			continue
		}
		pr.Absent = pr.Name != "" && !marked && (r.Has("time") || r.Has("signed"))
		out = append(out, pr)
	}
	return out, warnings, errs
}

// CompanionsSuffix tells apart the entry of a person's companions from the
// person's own, among the entries of one row of a sheet: it follows the
// row's source (see SheetSource).
const CompanionsSuffix = ".2"

// SheetSource is where the entry of rows[i] of the sheet file comes from, as
// a record keeps it: the sheet's name, the row's line and its key. The key
// is what finds the row again when the sheet is typed in once more (after
// a crash, a full disk, or a doubt): a hash of the row's line number, of
// the cells that make its entry (name, time, party, group, category,
// phone; not the note), and of those of the row above it.
//
// Why these: the sheet is often saved again between two runs (in another
// encoding, with a row or two added at the end, with notes), and each of
// its rows must still be known, so the key is not a hash of the whole file.
// The line number tells apart two identical rows ("5 people at 14:05"
// twice); the row above tells apart two different sheets that happen to
// have the same row on the same line, which the row alone would not, and a
// row taken for one already in is a sign-in lost. Editing a row makes it,
// and the row below it, new rows; adding a row in the middle makes every
// row below it new.
func SheetSource(file string, rows []SheetRow, i int) string {
	h := sha256.New()
	fmt.Fprintf(h, "%d\x00", rows[i].Row.Line)
	for _, r := range rows[max(i-1, 0) : i+1] {
		if i == 0 {
			h.Write([]byte("\x00")) // no row above the first
		}
		for _, col := range []string{"name", "time", "party", "group", "category", "phone"} {
			h.Write([]byte(r.Row.Get(col)))
			h.Write([]byte{0})
		}
	}
	name := filepath.Base(file)
	if n := []rune(name); len(n) > 64 {
		name = string(n[:64])
	}
	return fmt.Sprintf("%s:%d#%s", name, rows[i].Row.Line, hex.EncodeToString(h.Sum(nil)[:8]))
}
