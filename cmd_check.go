package main

import (
	"io"

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
			summary, warnings, err := live.Check(args[0])
			if err != nil {
				return fromLive(err)
			}
			printFileWarnings(stderr, t, warnings)
			// The summary quotes event.yaml (the event's name).
			printLines(stdout, "", summary)
			return nil
		},
	}
}
