package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"eventday/i18n"
	"eventday/live"
)

// fromLive classifies an error of the live package about the folder dir:
// the folder's files are wrong (2), or the machine or another process is in
// the way (1). A damaged log is followed by the one command that mends it.
func fromLive(t *i18n.Text, dir string, err error) error {
	if errors.Is(err, live.ErrBadInput) {
		return &failure{exitBadInput, withRepairHints(&t.Logs, dir, err)}
	}
	return &failure{exitFailure, err}
}

// withRepairHints is err followed, for each log damaged in it, by the
// one command that mends it and what that command will do.
func withRepairHints(l *i18n.Logs, dir string, err error) error {
	var hints []error
	hinted := map[string]bool{}
	var walk func(error)
	walk = func(err error) {
		if many, ok := err.(interface{ Unwrap() []error }); ok {
			for _, e := range many.Unwrap() {
				walk(e)
			}
			return
		}
		var d *live.DamageError
		if !errors.As(err, &d) || d.Programme || hinted[d.File] {
			return
		}
		hinted[d.File] = true
		hint := l.RepairHint
		if d.File == live.ShowLog {
			hint = l.RepairHintShow
		}
		hints = append(hints, fmt.Errorf(hint, repairCommand(dir), d.File, d.File+live.DamagedSuffix))
	}
	walk(err)
	return errors.Join(append([]error{err}, hints...)...)
}

// repairCommand is the command line that repairs the folder dir, quoted
// for a shell when the folder's name needs it.
func repairCommand(dir string) string {
	if strings.ContainsAny(dir, " \t'\"$&|;<>()*?[]#~`!{}") {
		dir = `"` + strings.ReplaceAll(dir, `"`, `\"`) + `"`
	}
	return "eventday repair " + dir
}

// printWarnings tells on stderr what reading the folder left out: a torn
// last line, most often a write in progress in the open app.
func printWarnings(t *i18n.Text, f *live.Folder, stderr io.Writer) {
	for _, w := range f.Warnings {
		printLines(stderr, "eventday: ", fmt.Sprintf(t.CLI.Warning, w.Text(t, f.Plan, false)))
	}
}
