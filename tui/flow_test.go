package tui

import (
	"bytes"
	"io"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"eventday/program"
)

func waitFor(t *testing.T, tm *teatest.TestModel, what string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(what))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// TestFlowGoThenQuit runs the real bubbletea program: GO puts the first act
// on stage, q asks because it is live, y quits.
func TestFlowGoThenQuit(t *testing.T) {
	b := notStarted(t)
	a := New(b, Options{Lang: "en", Notices: []string{"Demo event files are in /tmp/demo"}})
	defer a.Close()
	tm := teatest.NewTestModel(t, a, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, "Demo event files are in /tmp/demo")
	tm.Send(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	waitFor(t, tm, "LIVE")
	tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
	waitFor(t, tm, "Quit anyway?")
	tm.Send(tea.KeyPressMsg{Code: 'y', Text: "y"})
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	if onStage := b.Show().Live(); onStage == nil || onStage.ID != "choir" {
		t.Fatalf("live after the flow = %+v", onStage)
	}
}

// TestFlowChangeFromElsewhere: a cue made by another station (straight on
// the backend) reaches the screen through Subscribe, with no key pressed.
func TestFlowChangeFromElsewhere(t *testing.T) {
	b := notStarted(t)
	a := New(b, Options{Lang: "zh"})
	defer a.Close()
	tm := teatest.NewTestModel(t, a, teatest.WithInitialTermSize(100, 30))
	waitFor(t, tm, "未开始")
	if _, err := b.Cue(program.Cue{Kind: program.KindGo}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, tm, "演出中")
	tm.Send(tea.KeyPressMsg{Code: 'h', Text: "h"})
	waitFor(t, tm, "暂停中")
	if !b.Show().Holding() {
		t.Error("h did not reach the backend")
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}

// TestFlowNoColorOutput: what the program writes to a NO_COLOR terminal
// (colour profile Ascii) holds no colour escapes, renderer included; on a
// 256-colour terminal the same run has colours, so the check is not empty.
func TestFlowNoColorOutput(t *testing.T) {
	run := func(p colorprofile.Profile) string {
		a := New(liveShow(t), Options{Lang: "en"})
		defer a.Close()
		tm := teatest.NewTestModel(t, a, teatest.WithInitialTermSize(120, 40),
			teatest.WithProgramOptions(tea.WithColorProfile(p)))
		// Nothing reads the output before the end, so all of it is checked.
		time.Sleep(100 * time.Millisecond)
		tm.Send(tea.KeyPressMsg{Code: 'q', Text: "q"})
		tm.Send(tea.KeyPressMsg{Code: 'y', Text: "y"})
		tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
		out, err := io.ReadAll(tm.FinalOutput(t))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(out, []byte("LIVE")) {
			t.Fatalf("the screen was never drawn: %q", out)
		}
		return string(out)
	}
	if codes := colourCodes(run(colorprofile.Ascii)); len(codes) > 0 {
		t.Errorf("colour escapes written with NO_COLOR: %q", codes)
	}
	if codes := colourCodes(run(colorprofile.ANSI256)); len(codes) == 0 {
		t.Error("no colours written to a 256-colour terminal: the check above proves nothing")
	}
}
