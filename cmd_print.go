package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"eventday/browser"
	"eventday/i18n"
	"eventday/live"
	"eventday/paper"
	"eventday/platform"
)

// printDir is the folder inside the event folder the papers go to.
const printDir = "print"

// The files print writes, the same in every language.
const (
	runSheetFile    = "runsheet.html"
	signinSheetFile = "signin-sheet.html"
	signinCSVFile   = "signin-sheet.csv"
	reportFile      = "report.html"
)

// printFlags are the command line of "eventday print".
type printFlags struct {
	runSheet, signinSheet, report bool
	by, out                       string
	pdf, noAbsent                 bool
}

func newPrintCmd(t *i18n.Text, stdout, stderr io.Writer) *cobra.Command {
	p := &t.Paper
	var f printFlags
	cmd := &cobra.Command{
		Use:     "print " + t.CLI.DirArg,
		Short:   p.Short,
		Long:    p.Long,
		Example: p.Example,
		Args:    oneDir(&t.CLI, p.Example),
		RunE: func(_ *cobra.Command, args []string) error {
			return runPrint(t, args[0], f, time.Now(), stdout, stderr)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&f.runSheet, "runsheet", false, p.FlagRunSheet)
	fl.BoolVar(&f.signinSheet, "signin-sheet", false, p.FlagSigninSheet)
	fl.BoolVar(&f.report, "report", false, p.FlagReport)
	// No default in the flag: cobra would print it in English.
	fl.StringVar(&f.by, "by", "", p.FlagBy)
	fl.StringVarP(&f.out, "output", "o", "", p.FlagOut)
	fl.BoolVar(&f.pdf, "pdf", false, p.FlagPDF)
	fl.BoolVar(&f.noAbsent, "no-absent", false, p.FlagNoAbsent)
	return cmd
}

// printed is one file print writes: what it is, for the message, and its
// name and bytes.
type printed struct {
	what, name string
	data       []byte
	page       bool // an HTML page, to make a PDF of
}

// runPrint writes the papers of the folder dir as of now. It only reads the
// folder's files and logs.
func runPrint(t *i18n.Text, dir string, f printFlags, now time.Time, stdout, stderr io.Writer) error {
	p := &t.Paper
	by, ok := paper.ParseBy(f.by)
	if !ok {
		names := make([]string, len(paper.Bys()))
		for i, b := range paper.Bys() {
			names[i] = string(b)
		}
		return badInput(fmt.Errorf(p.BadBy, f.by, strings.Join(names, ", ")))
	}
	if !f.runSheet && !f.signinSheet && !f.report {
		f.runSheet, f.signinSheet, f.report = true, true, true
	}
	folder, err := live.Read(dir)
	if err != nil {
		return fromLive(t, dir, err)
	}
	printWarnings(t, folder, stderr)

	var files []printed
	page := func(what, name string, write func(io.Writer) error) error {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			return err
		}
		files = append(files, printed{what: what, name: name, data: b.Bytes(), page: strings.HasSuffix(name, ".html")})
		return nil
	}
	var errs []error
	if f.runSheet {
		errs = append(errs, page(p.RunSheet, runSheetFile, paper.NewRunSheet(folder, t.Lang, now).Write))
	}
	if f.signinSheet {
		s := paper.NewSigninSheet(folder, by, t.Lang, now)
		errs = append(errs, page(p.SigninSheet, signinSheetFile, s.Write), page(p.SheetCSV, signinCSVFile, s.WriteCSV))
	}
	if f.report {
		errs = append(errs, page(p.Report, reportFile, paper.NewReport(folder, t.Lang, now, !f.noAbsent).Write))
	}
	if err := errors.Join(errs...); err != nil {
		return &failure{exitFailure, err}
	}

	target := f.out
	if target == "" {
		target = filepath.Join(dir, printDir)
	}
	if f.out == "" {
		// The folder is eventday's own: only the user may read it.
		if err := platform.PrivateDir(target); err != nil {
			return &failure{exitFailure, err}
		}
	} else if err := os.MkdirAll(target, 0o700); err != nil {
		return &failure{exitFailure, err}
	}
	var pages []string
	var whats []string
	for _, pf := range files {
		path := filepath.Join(target, pf.name)
		if err := writeFile(path, pf.data); err != nil {
			return &failure{exitFailure, err}
		}
		fmt.Fprintf(stdout, p.Wrote+"\n", pf.what, path)
		if pf.page {
			pages = append(pages, path)
			whats = append(whats, pf.what)
		}
	}
	if !f.pdf {
		return nil
	}
	path, ok := browser.Find()
	if !ok {
		fmt.Fprintf(stdout, p.NoBrowser+"\n", strings.Join(pages, ", "))
		return nil
	}
	pdfs, err := paper.PDFs(context.Background(), path, pages)
	for i, data := range pdfs {
		if data == nil {
			continue
		}
		path := strings.TrimSuffix(pages[i], ".html") + ".pdf"
		if werr := writeFile(path, data); werr != nil {
			return &failure{exitFailure, werr}
		}
		fmt.Fprintf(stdout, p.Wrote+"\n", whats[i]+" PDF", path)
	}
	if err != nil {
		return &failure{exitFailure, fmt.Errorf(p.PDFFailed, filepath.Base(path), err)}
	}
	return nil
}

// writeFile writes a paper as the exports are written: readable by the user
// alone (it holds names and phone numbers), and atomically, so a paper is
// the old one or the new one, never half of one.
func writeFile(path string, data []byte) error {
	if err := platform.Replace(path, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	}); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
