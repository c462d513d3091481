package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/journal"
	"eventday/live"
	"eventday/program"
)

// fromLive classifies an error of the live package about the folder dir:
// the folder's files are wrong (2), or the machine or another process is in
// the way (1). A damaged log is said in the user's language, followed by
// the one command that mends it.
func fromLive(t *i18n.Text, dir string, err error) error {
	if errors.Is(err, live.ErrBadInput) {
		return &failure{exitBadInput, damageMessage(&t.Logs, dir, err)}
	}
	return &failure{exitFailure, err}
}

// damageMessage says err, in which each *live.DamageError is told in the
// catalog's words, and adds how to carry on for each log that has one.
func damageMessage(l *i18n.Logs, dir string, err error) error {
	var hints []error
	hinted := map[string]bool{}
	var say func(error) error
	say = func(err error) error {
		if many, ok := err.(interface{ Unwrap() []error }); ok {
			var out []error
			for _, e := range many.Unwrap() {
				out = append(out, say(e))
			}
			return errors.Join(out...)
		}
		var d *live.DamageError
		if !errors.As(err, &d) {
			return err
		}
		if !d.Programme && !hinted[d.File] {
			hinted[d.File] = true
			hint := l.RepairHint
			if d.File == live.ShowLog {
				hint = l.RepairHintShow
			}
			hints = append(hints, fmt.Errorf(hint, repairCommand(dir), d.File, d.File+live.DamagedSuffix))
		}
		if errors.Is(d.Err, live.ErrLineTooLong) {
			return fmt.Errorf(l.LineTooLong, d.File, d.Line, d.Size, journal.MaxLine)
		}
		return err
	}
	return errors.Join(append([]error{say(err)}, hints...)...)
}

// repairCommand is the command line that repairs the folder dir, quoted
// for a shell when the folder's name needs it.
func repairCommand(dir string) string {
	if strings.ContainsAny(dir, " \t'\"$&|;<>()*?[]#~`!{}") {
		dir = `"` + strings.ReplaceAll(dir, `"`, `\"`) + `"`
	}
	return "eventday repair " + dir
}

// How a warning about a log's last line is told: the start set it aside,
// a read left it out, or check says what the next start will do.
const (
	tailSetAside = iota
	tailLeftOut
	tailNextStart
)

// warningText says w in the catalog's words; times are shown on the
// clock of the event plan.
func warningText(l *i18n.Logs, w live.Warning, plan *program.Plan, tail int) string {
	aside := w.File + journal.SetAsideSuffix
	switch w.Kind {
	case live.TornTail, live.UnreadableTail:
		formats := [2][3]string{
			{l.TornSetAside, l.TornLeftOut, l.TornNextStart},
			{l.UnreadableSetAside, l.UnreadableLeftOut, l.UnreadableNextStart},
		}
		kind := 0
		if w.Kind == live.UnreadableTail {
			kind = 1
		}
		return fmt.Sprintf(formats[kind][tail], w.File, w.Line, w.Bytes, aside)
	case live.FutureTime:
		if w.Count > 1 {
			return fmt.Sprintf(l.FutureRun, w.File, w.Line, checkin.When(w.At, plan), checkin.When(w.Than, plan), w.Count, w.Last)
		}
		return fmt.Sprintf(l.Future, w.File, w.Line, checkin.When(w.At, plan), checkin.When(w.Than, plan))
	case live.ClockBack:
		return fmt.Sprintf(l.ClockBack, w.File, w.Line, checkin.When(w.At, plan), w.Other, checkin.When(w.Than, plan))
	}
	return fmt.Sprintf("%s:%d", w.File, w.Line)
}

// printWarnings tells on stderr what reading the folder left out: a torn
// last line, most often a write in progress in the open app.
func printWarnings(t *i18n.Text, f *live.Folder, stderr io.Writer) {
	for _, w := range f.Warnings {
		printLines(stderr, "eventday: ", fmt.Sprintf(t.CLI.Warning, warningText(&t.Logs, w, f.Plan, tailLeftOut)))
	}
}
