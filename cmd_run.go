package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"eventday/i18n"
	"eventday/live"
	"eventday/report"
	"eventday/tui"
)

func newRunCmd(t *i18n.Text, stderr io.Writer) *cobra.Command {
	c := &t.CLI
	return &cobra.Command{
		Use:     "run " + c.DirArg,
		Short:   c.RunShort,
		Long:    c.RunLong,
		Example: c.RunExample,
		Args:    oneDir(c, c.RunExample),
		// A signal ends the app as a quit does: the terminal is given back
		// and the logs are closed.
		Annotations: map[string]string{stopsItself: "yes"},
		RunE: func(cmd *cobra.Command, args []string) error {
			return openAndRun(cmd.Context(), t, "run", args[0], nil, stderr)
		},
	}
}

// openAndRun opens the event folder dir for command (run, demo) and runs
// the full-screen app on it until the user quits or ctx is done (a signal,
// the terminal closed). notices are lines to show in the app at start; the
// folder's warnings (a torn journal line set aside) are added to them and
// also printed on stderr, where they outlive the app's screen.
func openAndRun(ctx context.Context, t *i18n.Text, command, dir string, notices []string, stderr io.Writer) error {
	c := &t.CLI
	ev, err := live.Open(dir, live.Options{Command: command})
	var held *live.LockedError
	if errors.As(err, &held) {
		return &failure{exitFailure, lockedError(t, held, true)}
	}
	if err != nil {
		return fromLive(t, dir, err)
	}
	for _, w := range ev.Warnings() {
		text := fmt.Sprintf(c.Warning, warningText(&t.Logs, w, ev.Programme(), tailSetAside))
		printLines(stderr, "eventday: ", text)
		notices = append(notices, text)
	}
	notices = append(notices, printFileWarnings(stderr, t, ev.FileWarnings())...)
	export := func() ([]string, error) {
		// The export reads the folder from disk, as `eventday export`
		// does, so that the files hold what the journals hold.
		f, err := live.Read(dir)
		if err != nil {
			return nil, err
		}
		out, err := report.ExportFolder(dir)
		if err != nil {
			return nil, localize(t, err)
		}
		return report.WriteFiles(ctx, out, report.NewAttendance(f, time.Now()), report.Formats(), t.Lang)
	}
	err = tui.Run(ev, tui.Options{Lang: t.Lang, Notice: strings.Join(notices, " · "), Export: export, Context: ctx})
	if cerr := ev.Close(); cerr != nil {
		err = errors.Join(err, cerr)
	}
	if stop := stopped(ctx, &t.Folder, t.Folder.StoppedApp); stop != nil {
		return stop
	}
	if err != nil {
		return &failure{exitFailure, err}
	}
	return nil
}
