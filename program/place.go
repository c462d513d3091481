package program

import (
	"fmt"
	"strconv"
	"strings"

	"eventday/i18n"
)

// place is where in event.yaml a problem is: a key at the top of the file,
// a key under event:, an act of the list under acts:, or a key of that
// act. The zero place is the file as a whole.
type place struct {
	act    int    // the act, counted from 1 as a volunteer counts; 0 for none
	parent string // "event" for a key under event:
	key    string // as the file writes it; "" for the act itself
}

// String spells the place as the file does: acts[2].duration, event.date.
func (p place) String() string { return p.In(english) }

// In names the place in t's language, each key with what it means where
// the language needs that said ("第 2 个节目的 duration（时长）"), so that
// the reader finds the line and the key to change.
func (p place) In(t *i18n.Text) string {
	key := keyWords(t, p.key)
	switch {
	case p.act > 0 && p.key == "":
		return fmt.Sprintf(t.Plan.Act, p.act)
	case p.act > 0:
		return fmt.Sprintf(t.Plan.ActKey, p.act, key)
	case p.parent != "" && p.key == "":
		return keyWords(t, p.parent)
	case p.parent != "":
		return fmt.Sprintf(t.Plan.EventKey, key)
	}
	return key
}

// up is the place that holds keys under p: the event block for a key under
// event:, the act for a key of an act, the file for a key at the top.
func (p place) up() place {
	if p.parent != "" {
		return place{key: p.parent}
	}
	return place{act: p.act}
}

// keyWords names a key of event.yaml in t's language; a key eventday does
// not know is named as the file writes it, kept to one line.
func keyWords(t *i18n.Text, key string) string {
	k := &t.Keys
	switch key {
	case "event":
		return k.Event
	case "acts":
		return k.Acts
	case "acts_csv":
		return k.ActsCSV
	case "name":
		return k.Name
	case "date":
		return k.Date
	case "venue":
		return k.Venue
	case "start":
		return k.Start
	case "timezone":
		return k.Timezone
	case "capacity":
		return k.Capacity
	case "call_ahead":
		return k.CallAhead
	case "id":
		return k.ID
	case "title":
		return k.Title
	case "performers":
		return k.Performers
	case "duration":
		return k.Duration
	case "intro":
		return k.Intro
	case "notes":
		return k.Notes
	case "contact":
		return k.Contact
	}
	return fieldName(key)
}

// fieldName keeps an unknown key readable in a message without letting
// line breaks or control characters through.
func fieldName(key string) string {
	q := strconv.Quote(key)
	if q[1:len(q)-1] == key && !strings.ContainsAny(key, " .:") && key != "" {
		return key
	}
	return q
}

// actRef is how a message about one act points at another: by its place
// in event.yaml, or by its line in an act spreadsheet (act is 0).
type actRef struct {
	act, line int
}

// In says the act in t's language.
func (r actRef) In(t *i18n.Text) string {
	if r.act > 0 {
		return fmt.Sprintf(t.Plan.RefAct, r.act, r.line)
	}
	return fmt.Sprintf(t.Plan.RefLine, r.line)
}
