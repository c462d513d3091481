package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"eventday/checkin"
)

// This file is a whole team signed in at once: a search finds a group of
// the roster (a dance troupe, a building) or the performers of an act as
// well as people, and enter on it asks whether to sign in those of it not
// here yet, each in an entry of their own.

// askTeam asks whether to sign in the team's members not in yet, or says
// that all of them are.
func (d *desk) askTeam(tm checkin.TeamMatch) tea.Cmd {
	if tm.In >= len(tm.Members) {
		d.say(fmt.Sprintf(d.env.t.Desk.TeamNone, d.env.shown(tm.Name), len(tm.Members)), true)
		d.clear()
		return nil
	}
	d.setAsk(&question{kind: askTeam, team: tm})
	return nil
}

// sayTeam says what a team's sign-in did: how many it signed in, or none
// when all were in by the time it was written, or how many before the
// disk refused the next (the banner says the rest).
func (d *desk) sayTeam(m deskDoneMsg) {
	t := d.env.t.Desk
	tm := m.asked.team
	name := d.env.shown(tm.Name)
	switch {
	case m.err != nil:
		d.say(fmt.Sprintf(t.TeamPartly, name, len(m.got)), false)
	case len(m.got) == 0:
		d.say(fmt.Sprintf(t.TeamNone, name, len(tm.Members)), true)
	default:
		d.say(fmt.Sprintf(t.TeamDone, name, len(m.got), len(tm.Members)), false)
		d.join = teamAct(tm)
	}
}

// teamAct is the act a team performs, when all of its members are its
// performers: the line under the box then says where they should go, as it
// does for one performer.
func teamAct(tm *checkin.Team) string {
	act := tm.Members[0].ActID
	for _, p := range tm.Members {
		if p.ActID != act {
			return ""
		}
	}
	return act
}

// teamCells are a team's cells in the results: its name, the word team
// with its size, and how many of it are here.
func (d *desk) teamCells(tm checkin.TeamMatch) []string {
	t := d.env.t.Desk
	here := fmt.Sprintf(t.TeamHere, tm.In)
	if tm.In >= len(tm.Members) {
		here = t.TeamAllIn
	}
	return []string{d.env.shown(tm.Name), fmt.Sprintf(t.TeamOf, len(tm.Members)), "", "", "", here}
}
