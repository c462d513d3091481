package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"eventday/i18n"
)

func newDemoCmd(t *i18n.Text, stdout, stderr io.Writer) *cobra.Command {
	c := &t.CLI
	return &cobra.Command{
		Use:         "demo",
		Short:       c.DemoShort,
		Long:        c.DemoLong,
		Example:     c.DemoExample,
		Args:        noArgs(c),
		Annotations: map[string]string{stopsItself: "yes"},
		RunE: func(cmd *cobra.Command, _ []string) error {
			// A fresh folder every time, so the demo never meets an old
			// journal or a lock, and its files stay for a later "run".
			dir, err := os.MkdirTemp("", "eventday-demo-*")
			if err != nil {
				return &failure{exitFailure, err}
			}
			if err := writeSample(t, dir); err != nil {
				return err
			}
			where := fmt.Sprintf(c.DemoFolder, dir)
			fmt.Fprintln(stdout, where)
			return openAndRun(cmd.Context(), t, "demo", dir, runMode{}, []string{where}, stderr, nil, nil)
		},
	}
}
