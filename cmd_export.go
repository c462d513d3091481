package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"eventday/i18n"
	"eventday/live"
	"eventday/report"
)

func newExportCmd(t *i18n.Text, stdout, stderr io.Writer) *cobra.Command {
	r := &t.Report
	var format, out string
	cmd := &cobra.Command{
		Use:     "export " + t.CLI.DirArg,
		Short:   r.ExportShort,
		Long:    r.ExportLong,
		Example: r.ExportExample,
		Args:    oneDir(&t.CLI, r.ExportExample),
		RunE: func(_ *cobra.Command, args []string) error {
			return runExport(t, args[0], format, out, time.Now(), stdout, stderr)
		},
	}
	cmd.Flags().StringVar(&format, "format", "", r.ExportFormat)
	cmd.Flags().StringVarP(&out, "output", "o", "", r.ExportOut)
	return cmd
}

// runExport writes the attendance of the folder dir as made at now: every
// format into a folder, or one format into a file or onto stdout. It only
// reads the folder's logs, without its lock.
func runExport(t *i18n.Text, dir, format, out string, now time.Time, stdout, stderr io.Writer) error {
	r := &t.Report
	formats := report.Formats()
	switch {
	case format != "":
		f, err := parseFormat(r, format)
		if err != nil {
			return err
		}
		formats = []report.Format{f}
	case out != "" && out != "-":
		// "-o mayday.csv" says the format by its name.
		ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
		if slices.Contains(report.Formats(), report.Format(ext)) {
			formats = []report.Format{report.Format(ext)}
		}
	}
	if out == "-" && len(formats) != 1 {
		return badInput(fmt.Errorf(r.BadFormat, "", formatNames()))
	}

	folder, err := live.Read(dir)
	if err != nil {
		return fromLive(t, dir, err)
	}
	printWarnings(t, folder, stderr)
	a := report.NewAttendance(folder, now)

	if len(formats) > 1 {
		target := out
		if target == "" {
			target = filepath.Join(dir, report.ExportDir)
		}
		paths, err := report.WriteFiles(target, a, formats, t.Lang)
		for _, p := range paths {
			fmt.Fprintf(stdout, r.Wrote+"\n", p, a.Totals.People, len(a.Records))
		}
		if err != nil {
			return &failure{exitFailure, err}
		}
		return nil
	}

	f := formats[0]
	if out == "-" {
		if err := report.Write(stdout, a, f, t.Lang); err != nil {
			return &failure{exitFailure, err}
		}
		return nil
	}
	path := out
	if path == "" {
		path = filepath.Join(dir, report.ExportDir, report.FileName(f))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return &failure{exitFailure, err}
		}
	}
	if err := report.WriteFile(path, a, f, t.Lang); err != nil {
		return &failure{exitFailure, err}
	}
	fmt.Fprintf(stdout, r.Wrote+"\n", path, a.Totals.People, len(a.Records))
	return nil
}

// parseFormat reads --format of export.
func parseFormat(r *i18n.Report, s string) (report.Format, error) {
	f := report.Format(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(report.Formats(), f) {
		return "", badInput(fmt.Errorf(r.BadFormat, s, formatNames()))
	}
	return f, nil
}

func formatNames() string {
	names := make([]string, len(report.Formats()))
	for i, f := range report.Formats() {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}
