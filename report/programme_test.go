package report

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"eventday/i18n"
	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/live/livetest"
	"eventday/program"
)

// TestProgrammeEditedOnTheDay: an act changed on the day is marked so in
// the export and in the report's note column; the others are not.
func TestProgrammeEditedOnTheDay(t *testing.T) {
	dir := livetest.NewFolder(t)
	c := eventtest.NewClock(time.Time{})
	c.SetDay(14, 0, 0)
	event, err := live.Open(dir, live.Options{Now: c.Now, Desk: "east"})
	if err != nil {
		t.Fatal(err)
	}
	def := program.ActDef{Title: "扇子舞《茉莉花》（加长版）", Seconds: 600}
	if _, err := event.Cue(program.Cue{Kind: program.KindEdit, Act: "fan", Def: &def}); err != nil {
		t.Fatal(err)
	}
	// Another act gets new lines for the MC only, which the report does
	// not show: its note says it was changed all the same.
	show := event.Show()
	choir := program.DefOf(show.Acts[show.Find("choir")].Act)
	choir.Intro = "新的串词"
	if _, err := event.Cue(program.Cue{Kind: program.KindEdit, Act: "choir", Def: &choir}); err != nil {
		t.Fatal(err)
	}
	if err := event.Close(); err != nil {
		t.Fatal(err)
	}
	d := folderData(livetest.Read(t, dir))
	for _, r := range Programme(d, livetest.ReportTime) {
		if r.Edited != (r.ID == "fan" || r.ID == "choir") {
			t.Errorf("act %s: edited %v", r.ID, r.Edited)
		}
		if r.ID == "fan" && (r.Title != def.Title || r.PlannedSeconds != 8*60) {
			t.Errorf("edited act: %+v (the plan is the printed length)", r)
		}
	}
	for _, lang := range i18n.Langs {
		tr := &i18n.For(lang).Report
		rows := d.ProgrammeTable(lang, livetest.ReportTime).Rows
		retitled := fmt.Sprintf(tr.Retitled, "扇子舞《茉莉花》")
		longer := fmt.Sprintf(tr.LengthChanged, "8:00", "10:00")
		if note := rows[1][ColNote]; !strings.Contains(note, retitled) || !strings.Contains(note, longer) {
			t.Errorf("%s: note of the retitled, longer act %q", lang, note)
		}
		if note := rows[0][ColNote]; !strings.Contains(note, tr.Edited) {
			t.Errorf("%s: note of the act with new lines for the MC %q", lang, note)
		}
		if md := Markdown(d, lang, livetest.ReportTime); !strings.Contains(md, longer) || !strings.Contains(md, tr.Edited) {
			t.Errorf("%s: the Markdown report does not say the acts were changed", lang)
		}
	}
}
