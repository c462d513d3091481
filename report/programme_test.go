package report

import (
	"strings"
	"testing"

	"eventday/live"
	"eventday/program"
)

// TestProgrammeEditedOnTheDay: an act changed on the day is marked so in
// the export and in the report's note column; the others are not.
func TestProgrammeEditedOnTheDay(t *testing.T) {
	dir := newFolder(t)
	c := &clock{}
	c.Set(14, 0, 0)
	ev, err := live.Open(dir, live.Options{Now: c.Now, Desk: "east"})
	if err != nil {
		t.Fatal(err)
	}
	def := program.ActDef{Title: "扇子舞《茉莉花》（加长版）", Seconds: 600}
	if _, err := ev.Cue(program.Cue{Kind: program.KindEdit, Act: "fan", Def: &def}); err != nil {
		t.Fatal(err)
	}
	if err := ev.Close(); err != nil {
		t.Fatal(err)
	}
	d := FromFolder(read(t, dir))
	for _, r := range Programme(d, reportTime) {
		if r.Edited != (r.ID == "fan") {
			t.Errorf("act %s: edited %v", r.ID, r.Edited)
		}
		if r.ID == "fan" && (r.Title != def.Title || r.PlannedSeconds != 8*60) {
			t.Errorf("edited act: %+v (the plan is the printed length)", r)
		}
	}
	for _, lang := range langs {
		tr := i18nFor(lang)
		row := d.ProgrammeTable(lang, reportTime).Rows[1]
		if !strings.Contains(row[ColNote], tr.Edited) {
			t.Errorf("%s: note of the edited act %q", lang, row[ColNote])
		}
		if md := Markdown(d, lang, reportTime); !strings.Contains(md, tr.Edited) {
			t.Errorf("%s: the Markdown report does not say the act was changed", lang)
		}
	}
}
