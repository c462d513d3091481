package paper

import (
	"testing"
	"time"

	"eventday/checkin"
	"eventday/live"
	"eventday/program"
)

// FuzzPapers renders every paper of an event whose name, act and roster
// person are whatever the fuzzer makes, signed in, and checks each page
// as TestHostileNamesStayInert does: only the paper's own elements and
// attributes, one style sheet and title, no control or bidi character.
func FuzzPapers(f *testing.F) {
	f.Add("何阿姨", "1号楼", "volunteer", "扇子舞《茉莉花》", "请欣赏！\n掌声送给她们")
	f.Add("<script>alert(1)</script>", "</style>", "志愿者", "</title><b>", "<!--\n-->")
	f.Add("\x1b[2J\u202e𠮷", "{{.Head}}", "honoree", "]]></svg>", "\r\n\u2028")
	f.Add("", "", "", "", "")
	f.Fuzz(func(t *testing.T, name, group, category, title, intro string) {
		plan := &program.Plan{
			Name: title, Date: "2026-05-01", Venue: group, Start: "14:30", Location: shanghai,
			Acts: []program.Act{{ID: "a", Title: title, Performers: name, Duration: 5 * time.Minute, Intro: intro, Notes: intro, Contact: name}},
		}
		p := checkin.Person{ID: checkin.PersonID(name, group, ""), Name: name, Category: category, Group: group, ActID: "a", Note: intro, Line: 2}
		roster, err := checkin.NewRoster([]checkin.Person{p})
		if err != nil {
			t.Skip()
		}
		att := checkin.NewAttendance(roster, shanghai)
		// A name the log refuses (too long, empty) is on the papers unsigned.
		_ = att.Apply(checkin.Record{Seq: 1, Kind: checkin.KindSignIn, At: printTime.Add(-3 * time.Hour),
			Person: p.ID, Name: name, Category: category, Group: group, Party: 1, Desk: "gate"})
		folder := &live.Folder{Plan: plan, Show: program.NewShow(plan).State(), Roster: roster, Attendance: att}
		for _, lang := range langs {
			for what, page := range papers(t, folder, lang, ByName) {
				inertPage(t, what+"/"+lang, page)
			}
		}
	})
}
