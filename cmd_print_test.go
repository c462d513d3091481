package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"eventday/browser"
	"eventday/export"
	"eventday/i18n"
	"eventday/live"
	"eventday/paper"
)

// demoDir writes the built-in May Day show into a new folder.
func demoDir(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "mayday")
	if code, _, errs := runCmd(t, "init", dir); code != exitOK {
		t.Fatalf("init: exit %d, %s", code, errs)
	}
	return dir
}

// TestPrintWritesThePapers: with no choice, print writes the three papers
// and the sign-in sheet's spreadsheet into FOLDER/print, readable by the
// user alone, and says where each went.
func TestPrintWritesThePapers(t *testing.T) {
	englishEnv(t)
	dir := demoDir(t)
	code, out, errs := runCmd(t, "print", dir)
	if code != exitOK || errs != "" {
		t.Fatalf("exit %d, stderr %q", code, errs)
	}
	folder := filepath.Join(dir, "print")
	want := "Wrote Run sheet: " + filepath.Join(folder, "runsheet.html") + "\n" +
		"Wrote Sign-in sheet: " + filepath.Join(folder, "signin-sheet.html") + "\n" +
		"Wrote Sign-in sheet to type back: " + filepath.Join(folder, "signin-sheet.csv") + "\n" +
		"Wrote Event report: " + filepath.Join(folder, "report.html") + "\n"
	if out != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", out, want)
	}
	entries, err := os.ReadDir(folder)
	if err != nil || len(entries) != 4 {
		t.Fatalf("print folder: %v, %v", entries, err)
	}
	if runtime.GOOS != "windows" {
		if fi, _ := os.Stat(folder); fi.Mode().Perm() != 0o700 {
			t.Errorf("print folder mode %v", fi.Mode().Perm())
		}
		for _, e := range entries {
			if fi, _ := e.Info(); fi.Mode().Perm() != 0o600 {
				t.Errorf("%s: mode %v", e.Name(), fi.Mode().Perm())
			}
		}
	}

	// One paper, somewhere else, in Chinese.
	other := filepath.Join(t.TempDir(), "papers")
	code, out, errs = runCmd(t, "print", dir, "--report", "-o", other, "--lang", "zh")
	if code != exitOK || errs != "" || out != "已生成活动报告："+filepath.Join(other, "report.html")+"\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	page, _ := os.ReadFile(filepath.Join(other, "report.html"))
	if !bytes.Contains(page, []byte(`<html lang="zh-CN">`)) || !bytes.Contains(page, []byte("受邀人员到场情况")) {
		t.Errorf("the Chinese report is not in Chinese")
	}
}

// TestPrintWithoutBrowser: --pdf where no browser can be found writes the
// HTML, says which file to open and print, and exits 0.
func TestPrintWithoutBrowser(t *testing.T) {
	englishEnv(t)
	t.Setenv(browser.Env, filepath.Join(t.TempDir(), "no-such-browser"))
	dir := demoDir(t)
	code, out, errs := runCmd(t, "print", dir, "--runsheet", "--pdf")
	page := filepath.Join(dir, "print", "runsheet.html")
	want := "Wrote Run sheet: " + page + "\n" +
		"No Chrome, Chromium or Edge was found to make PDFs. Open " + page + " in a browser, press Ctrl+P (⌘P on a Mac) and choose a printer or \"Save as PDF\".\n"
	if code != exitOK || errs != "" || out != want {
		t.Errorf("exit %d, stderr %q, stdout:\n%s\nwant:\n%s", code, errs, out, want)
	}
}

// TestPrintBadUsage: an unknown grouping is a usage error naming the
// ones there are, and nothing is written.
func TestPrintBadUsage(t *testing.T) {
	englishEnv(t)
	dir := demoDir(t)
	code, out, errs := runCmd(t, "print", dir, "--by", "floor")
	if code != exitBadInput || out != "" || errs != "eventday: --by \"floor\": use one of group, category, name\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	if _, err := os.Stat(filepath.Join(dir, "print")); !os.IsNotExist(err) {
		t.Errorf("a refused print wrote its folder: %v", err)
	}
	code, _, errs = runCmd(t, "print", filepath.Join(dir, "nowhere"))
	if code != exitBadInput || !strings.Contains(errs, "nowhere: there is no such folder") {
		t.Errorf("a folder without an event: exit %d, stderr %q", code, errs)
	}
}

// TestPrintedSheetRoundTrip: the sign-in sheet's spreadsheet of the demo,
// with ten rows filled in as a volunteer types them from paper (times, a
// party, a signature without a time, a walk-in added at the end), signs in
// exactly those people through "signin --from", and the report counts
// them and nobody else.
func TestPrintedSheetRoundTrip(t *testing.T) {
	for lang, head := range map[string]string{
		"zh": "序号,姓名,楼栋,类别,人数,到场时间,签名",
		"en": "No.,Name,Group,Category,Party,Time,Signed",
	} {
		t.Run(lang, func(t *testing.T) { roundTrip(t, lang, head) })
	}
}

func roundTrip(t *testing.T, lang, head string) {
	englishEnv(t)
	dir := demoDir(t)
	if code, _, errs := runCmd(t, "print", dir, "--signin-sheet", "--lang", lang); code != exitOK {
		t.Fatalf("print: exit %d, %s", code, errs)
	}
	data, err := os.ReadFile(filepath.Join(dir, "print", "signin-sheet.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\uFEFF"+head+"\r\n")) {
		t.Fatalf("the spreadsheet's head: %q", data[:min(len(data), 80)])
	}
	rows, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	roster, _ := os.ReadFile(filepath.Join(dir, "roster.csv"))
	if len(rows) != strings.Count(string(roster), "\n") {
		t.Fatalf("%d rows for a roster of %d lines", len(rows), strings.Count(string(roster), "\n"))
	}
	const colParty, colTime, colSigned = 4, 5, 6
	fill := map[string]func(r []string){
		"何阿姨":  func(r []string) { r[colTime] = "14:05" },
		"曾凤英":  func(r []string) { r[colTime] = "14:06" },
		"周雅琴":  func(r []string) { r[colTime] = "13:58" },
		"单子涵":  func(r []string) { r[colTime] = "14:01"; r[colParty] = "3" }, // with her parents
		"沈桂英":  func(r []string) { r[colTime] = "14:20" },
		"钱晓红":  func(r []string) { r[colTime] = "14:22" },
		"Tom李": func(r []string) { r[colTime] = "13:40" },
		"王建平":  func(r []string) { r[colTime] = "１４：３１" }, // full-width, as typed in Chinese
		"胡志华":  func(r []string) { r[colSigned] = "√" },   // signed, no time: --at
	}
	for _, r := range rows[1:] {
		if f, ok := fill[r[1]]; ok {
			f(r)
			delete(fill, r[1])
		}
	}
	if len(fill) != 0 {
		t.Fatalf("not on the sheet: %v", fill)
	}
	rows = append(rows, []string{"", "陌生人", "9号楼", "", "2", "14:40", "陌"})
	var b bytes.Buffer
	b.WriteString("\uFEFF")
	w := csv.NewWriter(&b)
	w.UseCRLF = true
	w.WriteAll(rows)
	sheet := filepath.Join(t.TempDir(), "typed.csv")
	os.WriteFile(sheet, b.Bytes(), 0o600)

	code, out, errs := runCmd(t, "signin", dir, "--from", sheet, "--walk-in", "--category", "resident", "--at", "14:30")
	if code != exitOK || errs != "" {
		t.Fatalf("signin: exit %d, stderr %q", code, errs)
	}
	notHere := len(rows) - 1 - 10
	if !strings.Contains(out, "total: 11 written, adding 13 to the count; 13 in now\n") ||
		!strings.HasSuffix(out, "not arrived: "+strconv.Itoa(notHere)+" (a name with no time, party or signature; write one of them to sign the person in)\n") {
		t.Errorf("signin said:\n%s", out)
	}
	f, err := live.Read(dir)
	if err != nil {
		t.Fatal(err)
	}
	tot := f.Attendance.Totals()
	if tot.People != 13 || tot.Named != 11 || tot.WalkIns != 2 || tot.Anonymous != 2 || tot.Entries != 11 {
		t.Errorf("totals %+v", tot)
	}
	x := export.New(f.Show, f.Roster, f.Attendance, time0())
	names := map[string]bool{}
	for _, r := range x.Records {
		names[r.Name] = true
	}
	for _, n := range []string{"何阿姨", "曾凤英", "周雅琴", "单子涵", "沈桂英", "钱晓红", "Tom李", "王建平", "胡志华", "陌生人"} {
		if !names[n] {
			t.Errorf("%s is not in the export", n)
		}
	}
	var page bytes.Buffer
	if err := paper.NewReport(f, "zh", time0(), true).Write(&page); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(page.String(), "<td>"+i18n.For("zh").Paper.People+"</td><td class=\"num\">13</td>") {
		t.Errorf("the report does not count 13 people")
	}
}

// time0 is when the round trip's report is made.
func time0() time.Time { return time.Date(2026, 5, 1, 18, 0, 0, 0, time.UTC) }

// TestPrintPDF: with a browser, --pdf writes a PDF beside the page, kept
// as privately as the page.
func TestPrintPDF(t *testing.T) {
	englishEnv(t)
	if _, ok := browser.Find(); !ok {
		if os.Getenv("EVENTDAY_REQUIRE_CHROMIUM") == "1" {
			t.Fatal("no Chromium to print with (EVENTDAY_REQUIRE_CHROMIUM=1)")
		}
		t.Skip("no Chromium, Chrome or Edge installed: --pdf is tested where one is")
	}
	dir := demoDir(t)
	code, out, errs := runCmd(t, "print", dir, "--report", "--pdf")
	pdf := filepath.Join(dir, "print", "report.pdf")
	if code != exitOK || errs != "" || !strings.HasSuffix(out, "Wrote Event report PDF: "+pdf+"\n") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
	}
	data, err := os.ReadFile(pdf)
	if err != nil || !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("report.pdf: %v", err)
	}
	if fi, _ := os.Stat(pdf); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("report.pdf: mode %v", fi.Mode().Perm())
	}
}
