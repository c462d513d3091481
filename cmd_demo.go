package main

import (
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"eventday/i18n"
)

func newDemoCmd(c *i18n.CLI, lang string, stdout, stderr io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:     "demo",
		Short:   c.DemoShort,
		Long:    c.DemoLong,
		Example: c.DemoExample,
		Args:    noArgs(c),
		RunE: func(_ *cobra.Command, _ []string) error {
			// A fresh folder every time, so the demo never meets an old
			// journal or a lock, and its files stay for a later "run".
			dir, err := os.MkdirTemp("", "eventday-demo-*")
			if err != nil {
				return &failure{exitFailure, err}
			}
			if err := writeSample(c, dir); err != nil {
				return err
			}
			where := fmt.Sprintf(c.DemoFolder, dir)
			fmt.Fprintln(stdout, where)
			return openAndRun(c, lang, dir, runMode{}, []string{where}, stderr)
		},
	}
}
