package tui

import (
	"fmt"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Link is a desk laptop's link to the hub (run --join), as its Desk shows
// it: whether the hub is reachable, since when, and how many of this
// desk's entries have not reached it yet. The command line fills it in
// from the engine that carries the entries; the view knows nothing of it.
type Link struct {
	// State is the link now.
	State func() LinkState
	// Changes signals each time the state changes.
	Changes <-chan struct{}
}

// LinkState is a desk laptop's link to the hub at one moment.
type LinkState struct {
	// Connected: the hub is reachable now.
	Connected bool
	// Since is when the link was last made or lost; zero before it was
	// ever made.
	Since time.Time
	// Waiting is this desk's entries the hub does not have yet.
	Waiting int
	// Refused: the hub refused the PIN.
	Refused bool
}

// linkChangedMsg says the desk laptop's link to the hub changed.
type linkChangedMsg struct{}

// Init waits for the link to the hub to change, on a desk laptop.
func (d *desk) Init() tea.Cmd {
	if d.env.link == nil {
		return nil
	}
	return waitSignal(d.env.link.Changes, linkChangedMsg{})
}

// readLink takes the link's state again.
func (d *desk) readLink() {
	if d.env.link != nil && d.env.link.State != nil {
		d.link = d.env.link.State()
	}
}

// linkText is what the header says of the link to the hub, styled: the
// desk laptop's volunteer sees at a glance whether the entries are
// reaching the host, and that nothing is lost when they are not.
func (d *desk) linkText() string {
	sty, t := d.env.styles, d.env.t.Hub
	l := d.link
	switch {
	case l.Refused:
		return sty.Refusal.Render(t.Refused)
	case l.Connected && l.Waiting == 0:
		return sty.Confirm.Render(t.Connected)
	case l.Connected:
		return sty.Confirm.Render(t.Connected) + sty.Faint.Render(" · ") + sty.Late.Render(fmt.Sprintf(t.Waiting, l.Waiting))
	case l.Since.IsZero():
		text := t.Joining
		if l.Waiting > 0 {
			text += " · " + fmt.Sprintf(t.Waiting, l.Waiting)
		}
		return sty.Late.Render(text)
	}
	text := fmt.Sprintf(t.OfflineSince, hhmm(l.Since.In(d.loc)))
	if l.Waiting > 0 {
		text += " · " + fmt.Sprintf(t.Waiting, l.Waiting)
	}
	return sty.Late.Render(text)
}
