package live

import (
	"bytes"
	"strings"
	"testing"

	"eventday/journal"
	"eventday/program"
)

// FuzzReplayShow feeds arbitrary show.jsonl bytes to the replay. It must
// never panic; an error must name the file and a line; a journal that
// replays must replay again, re-encoded, to the same state.
func FuzzReplayShow(f *testing.F) {
	f.Add([]byte(`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"go"}` + "\n"))
	f.Add([]byte(`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"skip","act":"fan"}` + "\n" +
		`{"seq":2,"at":"2026-05-01T14:31:00+08:00","kind":"undo","undoes":1}` + "\n"))
	f.Add([]byte(`{"seq":1,"at":"2026-05-01T14:30:00+08:00","kind":"add","after":"choir","def":{"title":"快板","seconds":60}}` + "\n" +
		`{"seq":2,"at":"2026-05-01T14:30:01+08:00","kind":"move","act":"added-1","delta":1}` + "\n" +
		`{"seq":3,"at":"2026-05-01T14:30:02+08:00","kind":"go"}` + "\n" +
		`{"seq":4,"at":"2026-05-01T14:30:03+08:00","kind":"hold"}` + "\n" +
		`{"seq":5,"at":"2026-05-01T14:30:04+08:00","kind":"time","delta":-60}` + "\n"))
	f.Add([]byte("{\"seq\":1,\"at\":\"2026-05-01T14:30:00+08:00\",\"kind\":\"note\",\"text\":\"\x1b[31m\"}\n{\"seq"))
	plan, err := program.ParsePlan("event.yaml", []byte(eventYAML), nil)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c := journal.Parse(data)
		replayed, err := ReplayShow(ShowLog, plan, c.Lines)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "show.jsonl:") {
				t.Fatalf("error without its place: %v", err)
			}
			return
		}
		show := replayed.State()
		if show.LiveIdx >= len(show.Acts) || (show.LiveIdx >= 0 && show.Acts[show.LiveIdx].Status != program.Live) {
			t.Fatalf("live index %d does not point at a live act", show.LiveIdx)
		}
		var buf bytes.Buffer
		for _, cue := range replayed.Cues() {
			line, err := program.EncodeCue(cue)
			if err != nil {
				t.Fatal(err)
			}
			buf.Write(line)
			buf.WriteByte('\n')
		}
		again, err := ReplayShow(ShowLog, plan, journal.Parse(buf.Bytes()).Lines)
		if err != nil {
			t.Fatalf("re-encoded journal does not replay: %v", err)
		}
		if again.State().Seq != show.Seq || again.State().LiveIdx != show.LiveIdx || len(again.State().Acts) != len(show.Acts) {
			t.Fatal("re-encoded journal replays to another state")
		}
	})
}
