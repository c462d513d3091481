package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"eventday/i18n"
	"eventday/live"
	"eventday/report"
)

// maxReportWidth is the widest the terminal report gets: wider lines only
// stretch the bars and the gaps.
const maxReportWidth = 100

func newReportCmd(t *i18n.Text, stdout, stderr io.Writer) *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:     "report " + t.CLI.DirArg,
		Short:   t.Report.ReportShort,
		Long:    t.Report.ReportLong,
		Example: t.Report.ReportExample,
		Args:    oneDir(&t.CLI, t.Report.ReportExample),
		RunE: func(_ *cobra.Command, args []string) error {
			return runReport(t, args[0], format, time.Now(), terminalWidth(stdout), stdout, stderr)
		},
	}
	// No default in the flag: cobra would print it as (default "text"),
	// English in a Chinese help; empty means text.
	cmd.Flags().StringVar(&format, "format", "", t.Report.ReportFormat)
	return cmd
}

// runReport prints the run report of the folder dir as of now, for a
// terminal width cells wide or as Markdown. It only reads the folder.
func runReport(t *i18n.Text, dir, format string, now time.Time, width int, stdout, stderr io.Writer) error {
	format = strings.ToLower(strings.TrimSpace(format))
	if format == "" {
		format = "text"
	}
	if format != "text" && format != "md" {
		return badInput(fmt.Errorf(t.Report.BadFormat, format, "text, md"))
	}
	folder, err := live.Read(dir)
	if err != nil {
		return fromLive(t, dir, err)
	}
	printWarnings(t, folder, stderr)
	d := report.DataOf(folder.Show, folder.Attendance)
	out := report.Text(d, t.Lang, now, width)
	if format == "md" {
		out = report.Markdown(d, t.Lang, now)
	}
	if _, err := io.WriteString(stdout, out); err != nil {
		return &failure{exitFailure, err}
	}
	return nil
}

// terminalWidth is the width of the terminal w writes to, at most
// maxReportWidth; DefaultWidth when w is a file or a pipe.
func terminalWidth(w io.Writer) int {
	if f, ok := w.(*os.File); ok && term.IsTerminal(f.Fd()) {
		if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
			return min(cols, maxReportWidth)
		}
	}
	return report.DefaultWidth
}
