package tui

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	foldwidth "golang.org/x/text/width"

	"eventday/checkin"
	"eventday/inert"
)

// A party after a name: 王建平+3 (or wjp +3) signs in 王建平 and the three
// who came with him, in one entry of four. The + and the number may come
// before or after choosing the person with the arrows; the name before the
// + is what is searched.

// companions is what follows the + after a name.
type companions struct {
	typed bool   // a + follows the name
	text  string // what follows it, without spaces, digits folded to ASCII
	n     int    // how many came with the person, when ok
	ok    bool
}

// splitParty splits the box into the name searched and the party after it.
// A box starting with + is a count of heads, not a name (isCount).
func splitParty(v string) (string, companions) {
	i := strings.LastIndexAny(v, "+＋")
	if i <= 0 || strings.TrimSpace(v[:i]) == "" {
		return v, companions{}
	}
	_, size := utf8.DecodeRuneInString(v[i:])
	c := companions{typed: true, text: strings.TrimSpace(foldwidth.Fold.String(v[i+size:]))}
	n, err := strconv.Atoi(c.text)
	c.ok = err == nil && n >= 1 && n <= checkin.MaxParty-1 && c.text[0] != '+' && c.text[0] != '-'
	if c.ok {
		c.n = n
	}
	return v[:i], c
}

// partyError says why what follows + is no party.
func (d *desk) partyError(c companions) string {
	return fmt.Sprintf(d.env.t.Desk.BadCompanions, inert.Text(c.text), 1, checkin.MaxParty-1)
}

// partyLine is the line under the box while a party is typed after a name.
func (d *desk) partyLine(c companions) string {
	sty, t := d.env.styles, d.env.t.Desk
	switch {
	case c.text == "":
		return sty.Faint.Render(cut(fmt.Sprintf(t.PartyNoNumber, checkin.MaxParty-1), d.w))
	case !c.ok:
		return sty.Refusal.Render(cut(d.partyError(c), d.w))
	}
	m := d.chosen()
	if m == nil || m.In {
		// Someone in already is asked about first; the question says it.
		return ""
	}
	who := d.label(m.Person.Name, m.Person.Group) + " " + fmt.Sprintf(t.Companions, c.n)
	return sty.Alert.Render(cut(fmt.Sprintf(t.PartyHint, who, c.n+1), d.w))
}
