package tui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// This file is the list of this desk's sign-ins, where the volunteer
// chooses an earlier entry to take back (the wrong 王芳 five names ago)
// without undoing the right ones made since. ↓ on the empty box (or
// ctrl+u) goes into it, ↑/↓ choose, enter asks whether to undo the entry
// chosen, esc goes back to the box. Any other key is for the box: the next
// person has come, and their name is not lost.

// pickMost is how far back the list goes: far enough to mend a mistake
// made before twenty + and a troupe.
const pickMost = 100

// startPick moves the keys into the list, on the latest entry.
func (d *desk) startPick() {
	d.picking, d.pick = true, 0
	d.join = ""
	d.loadMine()
	d.gate()
}

// loadMine takes this desk's entries from the owner: only while the list
// is open, since no other frame shows them.
func (d *desk) loadMine() {
	d.mine = d.env.b.Mine(pickMost)
	d.learnShown()
	if len(d.mine) == 0 {
		d.picking = false
	}
}

// pickKey handles a key while the list has the keys.
func (d *desk) pickKey(msg tea.KeyPressMsg) tea.Cmd {
	k := d.keys
	switch {
	case key.Matches(msg, k.PickUp):
		if d.pick == 0 {
			d.picking = false // the box is above the list
		} else {
			d.pick--
		}
	case key.Matches(msg, k.PickDown):
		d.pick = min(d.pick+1, max(len(d.mine)-1, 0))
	case key.Matches(msg, k.PickPage):
		step := max(d.pickRows(), 1)
		if msg.String() == "pgup" {
			step = -step
		}
		d.pick = min(max(d.pick+step, 0), max(len(d.mine)-1, 0))
	case key.Matches(msg, k.PickUndo):
		d.setAsk(&question{kind: askUndo, entry: d.mine[d.pick]})
		return nil
	case key.Matches(msg, k.PickBack):
		d.picking = false
	default:
		d.picking = false
		d.gate()
		return d.key(msg)
	}
	d.gate()
	return nil
}

// keepPick keeps the entry seq chosen after a change to the event, or the
// place in the list when it went (undone at another station); an empty
// list gives the keys back to the box.
func (d *desk) keepPick(seq int64) {
	if !d.picking {
		d.mine = nil
		return
	}
	d.loadMine()
	mine := d.mine
	if len(mine) == 0 {
		return
	}
	for i, r := range mine {
		if r.Seq == seq {
			d.pick = i
			return
		}
	}
	d.pick = min(d.pick, len(mine)-1)
}

// pickRows is how many entries the list shows at once: a page.
func (d *desk) pickRows() int {
	l := d.layout()
	if l.lower > 0 {
		return l.lower - 1
	}
	return l.results - 1
}

// pickLines is the list in n lines of w cells: a title, then this desk's
// entries, newest first, the chosen one marked, scrolled to keep it in
// view.
func (d *desk) pickLines(w, n int) []string {
	sty, t := d.env.styles, d.env.t.Desk
	out := make([]string, 0, n)
	out = append(out, sty.PanelTitle.Render(cut(t.PickTitle, w)))
	rows := max(n-1, 0)
	mine := d.mine
	first := 0
	if d.pick >= rows {
		first = d.pick - rows + 1
	}
	shown := mine[min(first, len(mine)):min(first+rows, len(mine))]
	cells := make([][]string, len(shown))
	for i, r := range shown {
		cat := d.env.shown(r.Category)
		group := d.env.shown(r.Group)
		if r.Anonymous() || d.same[r.Name] {
			group = "" // no group, or it is in the name already
		}
		if r.Anonymous() {
			cat = ""
		}
		cells[i] = []string{hhmm(r.At.In(d.loc)), d.describe(r), cat, group}
	}
	widths := fitColumns(cells, []int{5, 24, 12, 16}, w-2, 2, []int{3, 2, 1})
	for i, c := range cells {
		line, style := "  ", sty.rows[rowPlain]
		if first+i == d.pick {
			line, style = "> ", sty.selected[rowPlain]
		}
		out = append(out, style.Render(cut(line+joinCells(c, widths, 2), w)))
	}
	for len(out) < n {
		out = append(out, "")
	}
	return out[:n]
}
