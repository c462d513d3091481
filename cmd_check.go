package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"eventday/i18n"
	"eventday/live"
)

func newCheckCmd(t *i18n.Text, stdout, stderr io.Writer) *cobra.Command {
	c := &t.CLI
	return &cobra.Command{
		Use:     "check " + c.DirArg,
		Short:   c.CheckShort,
		Long:    c.CheckLong,
		Example: c.CheckExample,
		Args:    oneDir(c, c.CheckExample),
		RunE: func(_ *cobra.Command, args []string) error {
			return runCheck(t, args[0], time.Now(), stdout, stderr)
		},
	}
}

// maxDoubts is how many times of one log check lists.
const maxDoubts = 10

// runCheck reads the folder dir as an export would and prints a one-line
// summary, then a line for each last line the next start will set aside and
// for each time in the logs a person should look at (see live.TimeDoubts),
// as of now; what reading the event's files passed over goes to stderr.
func runCheck(t *i18n.Text, dir string, now time.Time, stdout, stderr io.Writer) error {
	f, err := live.Read(dir)
	if err != nil {
		return fromLive(t, dir, err)
	}
	printFileWarnings(stderr, t, f.FileWarnings())
	l := &t.Logs
	lines := []string{fmt.Sprintf(l.CheckSummary, f.Plan.Name, len(f.Plan.Acts), f.Show.Seq, f.Roster.Len(), f.Attendance.Totals().People)}
	for _, w := range f.Warnings {
		lines = append(lines, w.Text(t, f.Plan, true))
	}
	// A log written on two laptops whose clocks disagree steps back
	// again and again: the first few say what to look at.
	// The logs in the order their doubts come: the cues, attendance.jsonl,
	// then the journals of the records of other gates.
	listed := map[string]int{}
	var files []string
	for _, w := range f.TimeDoubts(now) {
		if listed[w.File] == 0 {
			files = append(files, w.File)
		}
		if listed[w.File]++; listed[w.File] <= maxDoubts {
			lines = append(lines, w.Text(t, f.Plan, true))
		}
	}
	for _, file := range files {
		if n := listed[file] - maxDoubts; n > 0 {
			lines = append(lines, fmt.Sprintf(l.MoreDoubts, file, n))
		}
	}
	// The summary quotes event.yaml (the event's name).
	printLines(stdout, "", strings.Join(lines, "\n"))
	return nil
}
