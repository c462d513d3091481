package main

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"eventday/i18n"
	"eventday/live"
)

func newRepairCmd(t *i18n.Text, stdout io.Writer) *cobra.Command {
	l := &t.Logs
	return &cobra.Command{
		Use:     "repair " + t.CLI.DirArg,
		Short:   l.RepairShort,
		Long:    l.RepairLong,
		Example: l.RepairExample,
		Args:    oneDir(&t.CLI, l.RepairExample),
		RunE: func(_ *cobra.Command, args []string) error {
			return runRepair(t, args[0], time.Now(), stdout)
		},
	}
}

// runRepair repairs the logs of the folder dir (see live.Repair) and says,
// for each log, what it kept, what it set aside and where.
func runRepair(t *i18n.Text, dir string, now time.Time, stdout io.Writer) error {
	l := &t.Logs
	done, err := live.Repair(dir, now)
	var held *live.LockedError
	if errors.As(err, &held) {
		return &failure{exitFailure, fmt.Errorf(l.RepairLocked, safeLine(dir), holder(t, held))}
	}
	var lines []string
	for _, r := range done {
		switch {
		case len(r.Aside) == 0:
			lines = append(lines, fmt.Sprintf(l.NothingToRepair, r.File))
		case r.File == live.ShowLog:
			lines = append(lines, fmt.Sprintf(l.RepairedShow, r.File, r.Kept, len(r.Aside), lineList(l, r.Aside), r.Damaged, r.Backup))
		default:
			lines = append(lines, fmt.Sprintf(l.Repaired, r.File, r.Kept, len(r.Aside), lineList(l, r.Aside), r.Damaged, r.Backup))
		}
	}
	printLines(stdout, "", strings.Join(lines, "\n"))
	if err != nil {
		return fromLive(t, dir, err)
	}
	return nil
}

// lineList names the lines set aside: "line 57", "lines 57, 90", a run
// "lines 40–51", or the first few of a longer list.
func lineList(l *i18n.Logs, nos []int) string {
	if len(nos) == 1 {
		return fmt.Sprintf(l.LineOne, nos[0])
	}
	if run := nos[len(nos)-1] - nos[0] + 1; run == len(nos) && run > 2 {
		return fmt.Sprintf(l.Lines, fmt.Sprintf("%d–%d", nos[0], nos[len(nos)-1]))
	}
	const shownMost = 5
	var parts []string
	for _, n := range nos[:min(len(nos), shownMost)] {
		parts = append(parts, strconv.Itoa(n))
	}
	list := strings.Join(parts, l.LineSep)
	if len(nos) > shownMost {
		list = fmt.Sprintf(l.LinesMore, list)
	}
	return fmt.Sprintf(l.Lines, list)
}
