package report

import (
	"eventday/inert"

	"eventday/checkin"
)

// shown is text from a file as the report shows it: on one line, safe for a
// terminal, phone numbers masked.
func shown(s string) string { return checkin.MaskPhones(inert.Text(s)) }
