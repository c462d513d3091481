package tui

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"

	tea "charm.land/bubbletea/v2"
	"charm.land/huh/v2"
	foldwidth "golang.org/x/text/width"

	"eventday/checkin"
)

// walkInForm is the walk-in form (ctrl+n): a huh form for someone who is
// not on the roster.
type walkInForm struct {
	*formHost
	v *walkInFields
}

// walkInFields are the form's values; huh writes into them through
// pointers, so they live on the heap apart from the desk.
type walkInFields struct {
	name, category, group, party, phone string
}

// partySize is the party field as a number; the form's check has made sure
// it is one.
func (w walkInFields) partySize() int {
	n, _ := parseParty(w.party)
	return n
}

// parseParty reads a party size from 1 to MaxParty, full-width digits
// included.
func parseParty(s string) (int, bool) {
	s = strings.TrimSpace(foldwidth.Fold.String(s))
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0, false
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > checkin.MaxParty {
		return 0, false
	}
	return n, true
}

// newWalkInForm builds the form. name is what the box held when it looks
// like a name rather than pinyin, so the volunteer need not type it twice;
// party is the party typed after it, 1 when none. The category starts at
// last, the one chosen for the walk-in before at this desk, and otherwise at
// resident: most people who walk in live here, and a category that has to
// be changed for each of them (the roster's first, often performer) would
// be left as it is in a rush and count residents as performers.
func newWalkInForm(e *env, categories []string, name string, party int, last string) *walkInForm {
	t := e.t.Desk
	wf := &walkInForm{v: &walkInFields{name: name, party: strconv.Itoa(party)}}
	lw := labelWidth(t.FieldName, t.FieldCategory, t.FieldGroup, t.FieldParty, t.FieldPhone)
	input := func(label string, v *string, limit int) *huh.Input {
		return inlineInput(label, lw).Value(v).CharLimit(limit)
	}
	needName := func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(t.NeedName)
		}
		return nil
	}
	checkParty := func(s string) error {
		if _, ok := parseParty(s); !ok {
			return fmt.Errorf(t.BadParty, 1, checkin.MaxParty)
		}
		return nil
	}
	phone := func(s string) error {
		if _, err := checkin.NormalizePhone(s); err != nil {
			return errors.New(t.BadPhone)
		}
		return nil
	}
	cats, resident := walkInCategories(categories, e.t.Lang == "zh", t.Resident, t.Other)
	wf.v.category = cats[resident]
	if slices.Contains(cats, last) {
		wf.v.category = last
	}
	options := make([]huh.Option[string], len(cats))
	for i, c := range cats {
		options[i] = huh.NewOption(e.shown(c), c)
	}
	group := huh.NewGroup(
		input(t.FieldName, &wf.v.name, checkin.MaxName).Validate(needName),
		huh.NewSelect[string]().Title(fit(t.FieldCategory, lw)+" ").Inline(true).Options(options...).Value(&wf.v.category),
		input(t.FieldGroup, &wf.v.group, 40),
		input(t.FieldParty, &wf.v.party, 3).Validate(checkParty),
		input(t.FieldPhone, &wf.v.phone, 20).Validate(phone),
	).Title(t.FormTitle)

	wf.formHost = newFormHost(e, group)
	return wf
}

// walkInCategories are the choices for a walk-in's category: the roster's,
// then resident and other unless the roster has them already. Those two are
// written in the roster's language (Chinese when any category is in Han
// characters, English when the roster has categories at all), else in the
// interface's, so that the counts by category do not split one category in
// two languages. resident is the index of the residents' choice, the
// roster's own when it has one.
func walkInCategories(roster []string, zhUI bool, resident, other string) (choices []string, residents int) {
	han, some := false, false
	for _, c := range roster {
		some = true
		for _, r := range c {
			if unicode.Is(unicode.Han, r) {
				han = true
			}
		}
	}
	extra := []string{resident, other}
	switch {
	case han && !zhUI:
		extra = []string{"居民", "其他"}
	case some && !han && zhUI:
		extra = []string{"resident", "other"}
	}
	out := append([]string(nil), roster...)
	for i, e := range extra {
		at := slices.IndexFunc(roster, func(c string) bool { return strings.EqualFold(strings.TrimSpace(c), e) })
		if at < 0 {
			at = len(out)
			out = append(out, e)
		}
		if i == 0 {
			residents = at
		}
	}
	return out, residents
}

// looksLikeName says whether the box's text is worth carrying into the
// walk-in form: characters, not pinyin typed to search.
func looksLikeName(q string) bool {
	for _, r := range q {
		if r > unicode.MaxASCII && unicode.IsLetter(r) {
			return true
		}
	}
	return false
}

// formSize is the inside of the box the form is drawn in.
func (d *desk) formSize() (int, int) {
	const formLines = 8
	return max(min(d.w, 76)-4, 10), max(min(d.h-3, formLines), 3)
}

// openForm opens the walk-in form, with the box's text as the name when it
// is one, and a party typed after it (钱阿姨+2) as the party size.
func (d *desk) openForm() tea.Cmd {
	name := ""
	typed, party := splitParty(d.box.Value())
	if q := strings.TrimSpace(typed); looksLikeName(q) && !isCount(q) {
		name = q
	}
	size := 1
	if party.ok {
		size = party.n + 1
	}
	d.form = newWalkInForm(d.env, d.env.b.Categories(), name, size, d.walkInCategory)
	d.focus = focusForm
	return d.form.open(d.formSize())
}

// updateForm hands a message to the form and registers the walk-in when it
// is filled in; esc closes it and nothing is written.
func (d *desk) updateForm(msg tea.Msg) tea.Cmd {
	cmd, done, saved := d.form.step(msg)
	if !done {
		return cmd
	}
	v := *d.form.v
	d.form, d.focus = nil, focusText
	if !saved {
		return nil
	}
	d.walkInCategory = v.category
	d.clear()
	return d.send(deskAction{kind: actWalkIn, walkIn: v})
}
