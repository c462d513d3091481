package report

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"eventday/platform"
)

// Format is one of the export's file formats.
type Format string

// The export formats, in the order they are written.
const (
	JSON Format = "json"
	CSV  Format = "csv"
	XLSX Format = "xlsx"
)

// Formats lists every export format, in the order they are written.
func Formats() []Format { return []Format{JSON, CSV, XLSX} }

// ExportDir is the folder inside the event folder the export writes to by
// default.
const ExportDir = "export"

// FileName is the name of the export file in format f: attendance.json,
// attendance.csv or attendance.xlsx.
func FileName(f Format) string { return "attendance." + string(f) }

// Write writes a in format f to w, with the headers of the CSV and the xlsx
// in lang.
func Write(w io.Writer, x *Export, f Format, lang string) error {
	switch f {
	case JSON:
		return WriteJSON(w, x)
	case CSV:
		return WriteCSV(w, x, lang)
	case XLSX:
		return WriteXLSX(w, x, lang)
	}
	return fmt.Errorf("unknown export format %q", f)
}

// WriteFile writes a in format f to path atomically: the file is written
// beside its final name, flushed to disk, and renamed over it, so a crash
// during an export leaves the old file or the new one, never half a file.
// The file is private to the user (mode 0600, like the logs it comes from).
// A partial file an export killed earlier left beside path is removed.
// When ctx is done before the file is complete, nothing at path changes.
func WriteFile(ctx context.Context, path string, x *Export, f Format, lang string) error {
	err := platform.Replace(path, func(w io.Writer) error {
		if err := Write(stopWriter{ctx, w}, x, f, lang); err != nil {
			return err
		}
		return ctx.Err()
	})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// stopWriter fails every write once ctx is done, so that an export asked
// to stop ends without finishing its file.
type stopWriter struct {
	ctx context.Context
	w   io.Writer
}

func (s stopWriter) Write(p []byte) (int, error) {
	if err := s.ctx.Err(); err != nil {
		return 0, err
	}
	return s.w.Write(p)
}

// WriteFiles writes a in each format into dir, creating it (mode 0700) if
// needed, and returns the paths written. Each file is written atomically on
// its own; when ctx is done the files not yet complete are not written.
func WriteFiles(ctx context.Context, dir string, x *Export, formats []Format, lang string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	var paths []string
	for _, f := range formats {
		if err := ctx.Err(); err != nil {
			return paths, err
		}
		path := filepath.Join(dir, FileName(f))
		if err := WriteFile(ctx, path, x, f, lang); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// ExportFolder makes the event folder's export folder, eventDir/export, as
// private as its logs (mode 0700, and so made if an older eventday left it
// open to others), and returns its path. One that is a link is refused with
// a platform.NotPlainError: the exports of the event stay in its folder.
func ExportFolder(eventDir string) (string, error) {
	dir := filepath.Join(eventDir, ExportDir)
	return dir, platform.PrivateDir(dir)
}
