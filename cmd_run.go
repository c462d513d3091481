package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"eventday/i18n"
	"eventday/live"
	"eventday/report"
	"eventday/tui"
)

func newRunCmd(c *i18n.CLI, lang string, stderr io.Writer) *cobra.Command {
	var mode runMode
	cmd := &cobra.Command{
		Use:     "run " + c.DirArg,
		Short:   c.RunShort,
		Long:    c.RunLong,
		Example: c.RunExample,
		Args:    oneDir(c, c.RunExample),
		RunE: func(_ *cobra.Command, args []string) error {
			if mode.fresh && !mode.rehearsal {
				return errors.New(c.FreshAlone)
			}
			return openAndRun(c, lang, args[0], mode, nil, stderr)
		},
	}
	cmd.Flags().BoolVar(&mode.rehearsal, "rehearsal", false, c.RehearsalFlag)
	cmd.Flags().BoolVar(&mode.fresh, "fresh", false, c.FreshFlag)
	return cmd
}

// runMode is how run opens the folder: for the show, or for a rehearsal
// on journals of its own (fresh: started again from the top).
type runMode struct {
	rehearsal, fresh bool
}

// openAndRun opens the event folder dir and runs the full-screen app on it
// until the user quits. notices are lines to show in the app at start;
// the folder's warnings (a torn journal line set aside, a column of the
// roster left out) are added to them and also printed on stderr, where
// they outlive the app's screen. When the user asks the app for a
// rehearsal (R), the folder is opened again for it.
func openAndRun(c *i18n.CLI, lang, dir string, mode runMode, notices []string, stderr io.Writer) error {
	for {
		next, err := openAndRunOnce(c, lang, dir, mode, notices, stderr)
		if err != nil || next == nil {
			return err
		}
		mode, notices = *next, nil
	}
}

// openAndRunOnce opens the folder in mode and runs the app until it quits;
// it returns the mode to open the folder in again, or nil when the user
// quit.
func openAndRunOnce(c *i18n.CLI, lang, dir string, mode runMode, notices []string, stderr io.Writer) (*runMode, error) {
	ev, err := live.Open(dir, live.Options{Rehearsal: mode.rehearsal, Fresh: mode.fresh})
	if err != nil {
		return nil, fromLive(err)
	}
	for _, w := range ev.Warnings() {
		fmt.Fprintf(stderr, "eventday: "+c.Warning+"\n", w)
		notices = append(notices, fmt.Sprintf(c.Warning, w))
	}
	notices = append(notices, printFileWarnings(stderr, i18n.For(lang), ev.FileWarnings())...)
	if aside := ev.SetAside(); aside != "" {
		if rel, err := filepath.Rel(dir, aside); err == nil {
			aside = rel
		}
		notices = append(notices, fmt.Sprintf(c.RehearsalAgain, aside))
	}
	var export func() ([]string, error)
	if !mode.rehearsal {
		// A rehearsal is not exported: export reads the show's journals.
		export = func() ([]string, error) {
			// The export reads the folder from disk, as `eventday export`
			// does, so that the files hold what the journals hold.
			f, err := live.Read(dir)
			if err != nil {
				return nil, err
			}
			return report.WriteFiles(filepath.Join(dir, report.ExportDir), report.NewAttendance(f, time.Now()), report.Formats(), lang)
		}
	}
	// R in the app asks for a rehearsal; it is told so from one of the
	// app's commands, and read here once the app has quit.
	var next atomic.Pointer[runMode]
	rehearse := func(fresh bool) { next.Store(&runMode{rehearsal: true, fresh: fresh}) }
	err = tui.Run(ev, tui.Options{Lang: lang, Notice: strings.Join(notices, " · "), Export: export,
		Rehearsal: mode.rehearsal, Rehearse: rehearse})
	if cerr := ev.Close(); cerr != nil {
		err = errors.Join(err, cerr)
	}
	if err != nil {
		return nil, &failure{exitFailure, err}
	}
	return next.Load(), nil
}
