package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"eventday/export"
	"eventday/i18n"
	"eventday/live"
	"eventday/platform"
)

func newExportCmd(t *i18n.Text, stdout, stderr io.Writer) *cobra.Command {
	r := &t.Report
	var format, out string
	cmd := &cobra.Command{
		Use:     "export " + t.CLI.DirArg,
		Short:   r.ExportShort,
		Long:    r.ExportLong,
		Example: r.ExportExample,
		Args:    oneDir(&t.CLI, r.ExportExample),
		// Stopped by ctrl+c, it leaves each file whole or as it was.
		Annotations: map[string]string{stopsItself: "yes"},
		RunE: func(cmd *cobra.Command, args []string) error {
			return runExport(cmd.Context(), t, args[0], format, out, time.Now(), stdout, stderr)
		},
	}
	cmd.Flags().StringVar(&format, "format", "", r.ExportFormat)
	cmd.Flags().StringVarP(&out, "output", "o", "", r.ExportOut)
	return cmd
}

// runExport writes the attendance of the folder dir as made at now: every
// format into a folder, or one format into a file or onto stdout. It only
// reads the folder's logs, without its lock, and never writes over one of
// the folder's own files.
func runExport(ctx context.Context, t *i18n.Text, dir, format, out string, now time.Time, stdout, stderr io.Writer) error {
	r := &t.Report
	formats := export.Formats()
	switch {
	case format != "":
		f, err := parseFormat(r, format)
		if err != nil {
			return err
		}
		formats = []export.Format{f}
	case out != "" && out != "-":
		// "-o mayday.csv" says the format by its name.
		ext := strings.TrimPrefix(strings.ToLower(filepath.Ext(out)), ".")
		if slices.Contains(export.Formats(), export.Format(ext)) {
			formats = []export.Format{export.Format(ext)}
		}
	}
	if out == "-" && len(formats) != 1 {
		return badInput(fmt.Errorf(r.BadFormat, "", formatNames()))
	}

	folder, err := live.Read(dir)
	if err != nil {
		return fromLive(t, dir, err)
	}
	printWarnings(t, folder, stderr)
	x := export.New(folder.Show, folder.Roster, folder.Attendance, now)

	if out == "-" {
		if err := export.Write(stdout, x, formats[0], t.Lang); err != nil {
			return &failure{exitFailure, err}
		}
		return nil
	}
	target, files, err := exportTargets(t, folder, out, formats)
	if err != nil {
		return err
	}
	var written []string
	if len(formats) > 1 {
		written, err = export.WriteFiles(ctx, target, x, formats, t.Lang)
	} else if err = export.WriteFile(ctx, files[0], x, formats[0], t.Lang); err == nil {
		written = files
	}
	for _, p := range written {
		fmt.Fprintf(stdout, r.Wrote+"\n", p, x.Totals.People, len(x.Records))
	}
	if stop := exportStopped(ctx, t, len(written)); stop != nil {
		return stop
	}
	if err != nil {
		if platform.InUse(err) && len(written) < len(files) {
			return &failure{exitFailure, fmt.Errorf(t.Folder.InUse, safeLine(files[len(written)]))}
		}
		return &failure{exitFailure, err}
	}
	return nil
}

// exportTargets works out where an export goes, before anything is written:
// the folder for several formats (target) and every file to write (files).
// A file that is one of the event folder's own files (its logs, its
// roster, the lock), however the path reaches it, is refused: exit code 2,
// nothing written. The default folder, FOLDER/export, is made private.
func exportTargets(t *i18n.Text, folder *live.Folder, out string, formats []export.Format) (target string, files []string, err error) {
	if out != "" {
		if err := refuseOwn(t, folder, out); err != nil {
			return "", nil, err
		}
	}
	if len(formats) == 1 && out != "" {
		return "", []string{out}, nil
	}
	target = out
	if target == "" {
		if target, err = export.Folder(folder.Dir); err != nil {
			if errors.Is(err, platform.ErrNotPlain) {
				return "", nil, badInput(err)
			}
			return "", nil, &failure{exitFailure, err}
		}
	}
	for _, f := range formats {
		p := filepath.Join(target, export.FileName(f))
		if err := refuseOwn(t, folder, p); err != nil {
			return "", nil, err
		}
		files = append(files, p)
	}
	return target, files, nil
}

// refuseOwn refuses to write the export to path when it is one of the event
// folder's own files.
func refuseOwn(t *i18n.Text, folder *live.Folder, path string) error {
	if own, ok := folder.Owns(path); ok {
		return badInput(fmt.Errorf(t.Folder.OwnFile, safeLine(path), safeLine(own)))
	}
	return nil
}

// exportStopped is the failure of an export stopped by a signal: nothing
// was written, or only the files already listed.
func exportStopped(ctx context.Context, t *i18n.Text, written int) error {
	if written > 0 {
		return stopped(ctx, &t.Folder, t.Folder.StoppedMore)
	}
	return stopped(ctx, &t.Folder, t.Folder.Stopped)
}

// parseFormat reads --format of export.
func parseFormat(r *i18n.Report, s string) (export.Format, error) {
	f := export.Format(strings.ToLower(strings.TrimSpace(s)))
	if !slices.Contains(export.Formats(), f) {
		return "", badInput(fmt.Errorf(r.BadFormat, s, formatNames()))
	}
	return f, nil
}

func formatNames() string {
	names := make([]string, len(export.Formats()))
	for i, f := range export.Formats() {
		names[i] = string(f)
	}
	return strings.Join(names, ", ")
}
