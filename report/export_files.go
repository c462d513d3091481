package report

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/google/renameio/v2"
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
func Write(w io.Writer, a *Attendance, f Format, lang string) error {
	switch f {
	case JSON:
		return WriteJSON(w, a)
	case CSV:
		return WriteCSV(w, a, lang)
	case XLSX:
		return WriteXLSX(w, a, lang)
	}
	return fmt.Errorf("unknown export format %q", f)
}

// WriteFile writes a in format f to path atomically: the file is written
// beside its final name, flushed to disk, and renamed over it, so a crash
// during an export leaves the old file or the new one, never half a file.
func WriteFile(path string, a *Attendance, f Format, lang string) error {
	pf, err := renameio.NewPendingFile(path, renameio.WithTempDir(filepath.Dir(path)), renameio.WithPermissions(0o644))
	if err != nil {
		return err
	}
	defer pf.Cleanup() // removes the temporary file unless it was renamed
	if err := Write(pf, a, f, lang); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	if err := pf.CloseAtomicallyReplace(); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// WriteFiles writes a in each format into dir, creating it if needed, and
// returns the paths written. Each file is written atomically on its own.
func WriteFiles(dir string, a *Attendance, formats []Format, lang string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	for _, f := range formats {
		path := filepath.Join(dir, FileName(f))
		if err := WriteFile(path, a, f, lang); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}
