package export

import (
	"bytes"
	"encoding/json"
	"io"

	"eventday/inert"
)

// WriteJSON writes attendance.json: one indented document, UTF-8, with
// names as they are (no \u escapes for <, > or &, which are ordinary in a
// shop's name), except the controls a terminal would act on (DEL and
// U+0080–U+009F), which are escaped, so that the document shown in a
// terminal cannot drive it.
func WriteJSON(w io.Writer, x *Document) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(x); err != nil {
		return err
	}
	_, err := w.Write(inert.JSON(buf.Bytes()))
	return err
}
