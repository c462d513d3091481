package report

import (
	"encoding/json"
	"io"
)

// WriteJSON writes attendance.json: one indented document, UTF-8, with
// names as they are (no \u escapes for <, > or &, which are ordinary in a
// shop's name).
func WriteJSON(w io.Writer, a *Attendance) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(a)
}
