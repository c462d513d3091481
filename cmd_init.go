package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/spf13/cobra"

	"eventday/checkin"
	"eventday/demo"
	"eventday/i18n"
)

func newInitCmd(t *i18n.Text, stdout io.Writer) *cobra.Command {
	c := &t.CLI
	return &cobra.Command{
		Use:     "init " + c.DirArg,
		Short:   c.InitShort,
		Long:    c.InitLong,
		Example: c.InitExample,
		Args:    oneDir(c, c.InitExample),
		RunE: func(_ *cobra.Command, args []string) error {
			dir := args[0]
			if err := writeSample(t, dir); err != nil {
				return err
			}
			fmt.Fprintf(stdout, c.InitDone+"\n", dir)
			fmt.Fprintf(stdout, c.InitNext+"\n", dir, dir)
			return nil
		},
	}
}

// writeSample writes the built-in event into dir in t's language, creating
// dir if needed. It never overwrites: when any sample file is already there,
// or a roster of another format, it writes nothing and fails with exit code 2.
func writeSample(t *i18n.Text, dir string) error {
	c := &t.CLI
	if fi, err := os.Stat(dir); err == nil && !fi.IsDir() {
		return badInput(fmt.Errorf(c.NotAFolder, dir))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return &failure{exitFailure, err}
	}
	// A roster.xlsx beside the sample's roster.csv would make the folder
	// refuse to open: which of the two is the roster?
	for _, name := range slices.Concat(demo.Files, []string{checkin.RosterWorkbook}) {
		path := filepath.Join(dir, name)
		_, err := os.Lstat(path)
		if err == nil {
			return badInput(fmt.Errorf(c.InitExists, path))
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return &failure{exitFailure, err}
		}
	}
	for _, name := range demo.Files {
		data, err := demo.File(name, t)
		if err != nil {
			return &failure{exitFailure, err}
		}
		if err := createFile(filepath.Join(dir, name), data); err != nil {
			if errors.Is(err, fs.ErrExist) {
				// Someone wrote it between the check and now.
				return badInput(fmt.Errorf(c.InitExists, filepath.Join(dir, name)))
			}
			return &failure{exitFailure, err}
		}
	}
	return nil
}

// createFile writes data to a new file at path and syncs it; O_EXCL makes
// sure no existing file is ever truncated.
func createFile(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
