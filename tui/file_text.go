package tui

import (
	"eventday/checkin"
	"eventday/inert"
)

// shown is text from the event's files (a title, a name, a note) as the
// screen shows it: on one line, safe for a terminal, and with every phone
// number masked (138****5678) by the rule the desk and the report use. The
// Stage's p shows an act's numbers whole for a while (stage.actText); the
// edit form shows an act's fields as they are, to be edited.
func shown(s string) string { return checkin.MaskPhones(inert.Text(s)) }

// maxShown is how many texts env.shown remembers: every title, name and
// note on a screen many times over.
const maxShown = 4096

// shown is the package's shown, remembered: a frame draws the same titles,
// names and notes as the frame a second before, and looking for phone
// numbers in them again each time would make a frame cost more for an
// event whose texts hold numbers.
func (e *env) shown(s string) string {
	if v, ok := e.texts[s]; ok {
		return v
	}
	if e.texts == nil || len(e.texts) >= maxShown {
		e.texts = make(map[string]string, 64)
	}
	v := shown(s)
	e.texts[s] = v
	return v
}
