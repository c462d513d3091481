package tui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"eventday/checkin"
	"eventday/i18n"
)

// question is what the desk asks before a write that is not to be taken
// for granted: counting someone in already again, signing in a whole
// team, taking back an earlier entry. The next key answers it, and
// whatever the answer, the box is cleared for the next person.
type question struct {
	kind questionKind
	// askAgain: the person in already, and how many came back with them.
	match      checkin.DeskMatch
	companions int
	team       checkin.TeamMatch // askTeam
	entry      checkin.Record    // askUndo
	// typed is the box when it was asked, put back when the disk refuses
	// the write the yes asked for.
	typed string
}

type questionKind int

const (
	askAgain questionKind = iota
	askTeam
	askUndo
)

// keys are the help texts of yes and no for the question.
func (q *question) keys(t *i18n.Text) (yes, no string) {
	switch q.kind {
	case askTeam:
		return t.Desk.KeyTeam, t.Desk.KeyKeepTeam
	case askUndo:
		return t.Desk.KeyUndoIt, t.Desk.KeyKeep
	}
	return t.Desk.KeyAgain, t.Desk.KeyCancel
}

// setAsk asks q.
func (d *desk) setAsk(q *question) {
	q.typed = d.box.Value()
	d.ask = q
	d.gate()
}

// questionText is the question, for the line under the box.
func (d *desk) questionText() string {
	t := d.env.t.Desk
	q := d.ask
	switch q.kind {
	case askTeam:
		tm := q.team
		return fmt.Sprintf(t.AskTeam, d.env.shown(tm.Name), len(tm.Members)-tm.In, tm.In)
	case askUndo:
		return fmt.Sprintf(t.AskUndo, d.describe(q.entry), hhmm(q.entry.At.In(d.loc)))
	}
	p, in := q.match.Person, q.match.SignedIn
	who, at, desk := d.label(p.Name, p.Group), hhmm(in.At.In(d.loc)), d.env.shown(in.Desk)
	if q.companions > 0 {
		return fmt.Sprintf(t.AlreadyInWith, who, at, desk, q.companions)
	}
	return fmt.Sprintf(t.AlreadyIn, who, at, desk)
}

// answer takes the key that answers the question; any other key leaves it
// asked. After a yes or a no the box is empty: what was typed is done with.
// A no to undoing an entry goes back to the list, to choose another.
func (d *desk) answer(msg tea.KeyPressMsg) tea.Cmd {
	k := d.keys
	q := d.ask
	yes := key.Matches(msg, k.Yes)
	if !yes && !key.Matches(msg, k.No) {
		return nil
	}
	d.ask = nil
	t := d.env.t.Desk
	var cmd tea.Cmd
	switch q.kind {
	case askAgain:
		d.clear()
		if yes {
			cmd = d.send(deskAction{kind: actAgain, person: q.match.Person, n: q.companions + 1, typed: q.typed})
		} else {
			d.say(t.Cancelled, false)
		}
	case askTeam:
		d.clear()
		if yes {
			cmd = d.send(deskAction{kind: actTeam, team: q.team.Team, typed: q.typed})
		} else {
			d.say(fmt.Sprintf(t.TeamKept, d.env.shown(q.team.Name)), false)
		}
	case askUndo:
		if yes {
			d.picking = false
			cmd = d.send(deskAction{kind: actUndoEntry, entry: q.entry})
		} else {
			d.say(fmt.Sprintf(t.UndoKept, d.describe(q.entry)), false)
		}
	}
	d.gate()
	return cmd
}
