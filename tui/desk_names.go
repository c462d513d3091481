package tui

import (
	"fmt"
	"strings"

	"eventday/checkin"
)

// This file is how the desk names people. Two residents called 王芳 are
// told apart by their group (building) wherever the desk names one of
// them: in the results, the questions, the message line and the lists of
// sign-ins. A party says how many came (王建平 +3).

// learn finds out whether two people or more (on the roster or among the
// walk-ins) are called name, once per name until the event changes. It
// asks the event's owner, so it runs in Update, never while drawing.
func (d *desk) learn(name string) {
	if name == "" {
		return
	}
	if _, ok := d.same[name]; ok {
		return
	}
	d.same[name] = len(d.env.b.Named(name)) > 1
}

// learnShown learns the names of the sign-ins on screen.
func (d *desk) learnShown() {
	for _, rs := range [][]checkin.Record{d.ds.Recent, d.mine} {
		for _, r := range rs {
			d.learn(r.Name)
		}
	}
}

// label is a person's name, with their group when someone else has the
// same name.
func (d *desk) label(name, group string) string {
	s := d.env.shown(name)
	if d.same[name] && strings.TrimSpace(group) != "" {
		s = fmt.Sprintf(d.env.t.Desk.NameGroup, s, d.env.shown(group))
	}
	return s
}

// describe names a sign-in in a list: the person, with those who came with
// them (王建平 +3), or the anonymous heads.
func (d *desk) describe(r checkin.Record) string {
	if r.Anonymous() {
		return fmt.Sprintf(d.env.t.Desk.Anonymous, r.Party)
	}
	s := d.label(r.Name, r.Group)
	if r.Party > 1 {
		s += " " + fmt.Sprintf(d.env.t.Desk.Companions, r.Party-1)
	}
	return s
}

// describeAll is describe for the message line, where a party also says
// how many people it is: 王建平 +3 (4 people).
func (d *desk) describeAll(r checkin.Record) string {
	if r.Anonymous() || r.Party <= 1 {
		return d.describe(r)
	}
	return fmt.Sprintf(d.env.t.Desk.PartyOf, d.label(r.Name, r.Group), r.Party-1, r.Party)
}
