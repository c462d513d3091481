package export

import (
	"fmt"
	"io"
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

// FileName is the name of the export file in format f: attendance.json,
// attendance.csv or attendance.xlsx.
func FileName(f Format) string { return "attendance." + string(f) }

// Write writes x in format f to w, with the headers of the CSV and the xlsx
// in lang.
func Write(w io.Writer, x *Document, f Format, lang string) error {
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
