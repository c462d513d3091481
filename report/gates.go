package report

import (
	"fmt"
	"time"

	"eventday/checkin"
	"eventday/i18n"
)

// The sections of an event signed in at several gates: the people signed
// in at two gates that could not see each other (counted once, by the
// earlier entry), and the entries of each gate. A report of one laptop
// has neither.

// conflictLines says each conflict: who, and both entries' gate and time.
// The text is made safe and phone numbers masked.
func conflictLines(t *i18n.Text, cs []checkin.Conflict, loc *time.Location) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		who := shown(c.Counted.Name)
		if c.Counted.Group != "" {
			who = fmt.Sprintf(t.Gates.NameGroup, who, shown(c.Counted.Group))
		}
		out[i] = fmt.Sprintf(t.Gates.ConflictLine, who,
			shown(checkin.ShownGate(c.Counted.Origin, t)), hhmm(c.Counted.At, loc),
			shown(checkin.ShownGate(c.Again.Origin, t)), hhmm(c.Again.At, loc))
	}
	return out
}

// gateRows are the standing entries of each gate, when there are several.
func gateRows(t *i18n.Text, gates []checkin.OriginCount) []labelled {
	if len(gates) < 2 {
		return nil
	}
	rows := make([]labelled, len(gates))
	for i, g := range gates {
		rows[i] = labelled{shown(checkin.ShownGate(g.Origin, t)), g.Entries}
	}
	return rows
}

// gateSections adds the gates' sections to the terminal report.
func (w *textWriter) gateSections(t *i18n.Text, d Data, loc *time.Location) {
	if len(d.Conflicts) > 0 {
		w.heading(t.Gates.ConflictsTitle)
		for _, l := range conflictLines(t, d.Conflicts, loc) {
			w.para(indent + l)
		}
	}
	if rows := gateRows(t, d.Gates); rows != nil {
		w.heading(t.Gates.PerGateTitle)
		w.table(rows)
	}
}

// mdGateSections gives the gates' sections of the Markdown report.
func mdGateSections(t *i18n.Text, d Data, loc *time.Location) string {
	var s string
	if len(d.Conflicts) > 0 {
		s += "\n## " + t.Gates.ConflictsTitle + "\n\n"
		for _, l := range conflictLines(t, d.Conflicts, loc) {
			s += "- " + mdEscape(l) + "\n"
		}
	}
	if rows := gateRows(t, d.Gates); rows != nil {
		s += "\n## " + t.Gates.PerGateTitle + "\n\n"
		s += fmt.Sprintf("| %s | %s |\n| --- | ---: |\n", t.Gates.ColGate, t.Gates.ColEntries)
		for _, r := range rows {
			s += fmt.Sprintf("| %s | %d |\n", mdEscape(r.label), r.n)
		}
	}
	return s
}
