package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"eventday/i18n"
	"eventday/live"
	"eventday/report"
	"eventday/tui"
)

func newRunCmd(c *i18n.CLI, lang string, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:     "run " + c.DirArg,
		Short:   c.RunShort,
		Long:    c.RunLong,
		Example: c.RunExample,
		Args:    oneDir(c, c.RunExample),
		RunE: func(_ *cobra.Command, args []string) error {
			return openAndRun(c, lang, args[0], nil, stderr)
		},
	}
}

// openAndRun opens the event folder dir and runs the full-screen app on it
// until the user quits. notices are lines to show in the app at start;
// the folder's warnings (a torn journal line set aside) are added to them
// and also printed on stderr, where they outlive the app's screen.
func openAndRun(c *i18n.CLI, lang, dir string, notices []string, stderr io.Writer) error {
	t := i18n.For(lang)
	ev, err := live.Open(dir, live.Options{})
	if err != nil {
		return fromLive(t, dir, err)
	}
	for _, w := range ev.Warnings() {
		text := fmt.Sprintf(c.Warning, warningText(&t.Logs, w, ev.Programme(), tailSetAside))
		printLines(stderr, "eventday: ", text)
		notices = append(notices, text)
	}
	export := func() ([]string, error) {
		// The export reads the folder from disk, as `eventday export`
		// does, so that the files hold what the journals hold.
		f, err := live.Read(dir)
		if err != nil {
			return nil, err
		}
		return report.WriteFiles(filepath.Join(dir, report.ExportDir), report.NewAttendance(f, time.Now()), report.Formats(), lang)
	}
	err = tui.Run(ev, tui.Options{Lang: lang, Notice: strings.Join(notices, " · "), Export: export})
	if cerr := ev.Close(); cerr != nil {
		err = errors.Join(err, cerr)
	}
	if err != nil {
		return &failure{exitFailure, err}
	}
	return nil
}
