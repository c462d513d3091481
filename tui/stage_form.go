package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/huh/v2"

	"eventday/inert"
	"eventday/program"
)

// actForm is the edit/add form: a huh form over the fields of an act. The
// MC's intro and the notes are written on several lines in the file, and
// are edited so: each in a box of a few lines (a huh Text field), where
// enter goes on to the next field as everywhere in the form and ctrl+j
// (or alt+enter) starts a new line.
type actForm struct {
	*formHost
	v     *actFields
	orig  actFields // the act's fields as in the file, when editing
	edit  string    // the act edited, or "" when adding
	after string    // the act the new one follows, or "" for the end
}

// actFields are the form's values; huh writes into them through pointers,
// so they live on the heap apart from the stage.
type actFields struct {
	title, performers, duration, intro, notes, contact string
}

// newActForm builds the form to edit a, or to add an act after `after` when
// a is nil. Text from the file is made inert before it is put in a field.
func newActForm(e *env, a, after *program.ActState, w int) *actForm {
	t := e.t.Stage
	af := &actForm{v: &actFields{}}
	title := t.FormAddEnd
	if a != nil {
		af.edit = a.ID
		af.orig = actFields{
			title: a.Title, performers: a.Performers, duration: mmss(a.Duration),
			intro: a.Intro, notes: a.Notes, contact: a.Contact,
		}
		af.v = &actFields{
			title: inert.Text(a.Title), performers: inert.Text(a.Performers), duration: mmss(a.Duration),
			intro: inertLines(a.Intro), notes: inertLines(a.Notes), contact: inert.Text(a.Contact),
		}
		title = fmt.Sprintf(t.FormEdit, inert.Text(a.Title))
	} else if after != nil {
		af.after = after.ID
		title = fmt.Sprintf(t.FormAdd, inert.Text(after.Title))
	}
	lw := labelWidth(t.FieldTitle, t.FieldPerformers, t.FieldDuration, t.FieldIntro, t.FieldNotes, t.FieldContact)
	input := func(label string, v *string) *huh.Input {
		in := inlineInput(label, lw).CharLimit(program.MaxNote)
		// The width goes in before the value: a text box measures its
		// value against its width only when the value is set, and a long
		// intro set first would spill over the lines below.
		in.WithWidth(w)
		return in.Value(v)
	}
	// A box of several lines: its label above it, as huh draws a Text.
	text := func(label string, lines int, v *string) *huh.Text {
		tx := huh.NewText().Title(label).Lines(lines).CharLimit(program.MaxNote).ExternalEditor(false)
		tx.WithWidth(w)
		return tx.Value(v)
	}
	needTitle := func(s string) error {
		if strings.TrimSpace(s) == "" {
			return fmt.Errorf("%s", t.NeedTitle)
		}
		return nil
	}
	duration := func(s string) error {
		if _, err := program.ParseDuration(s); err != nil {
			return fmt.Errorf("%s", t.BadDuration)
		}
		return nil
	}
	group := huh.NewGroup(
		input(t.FieldTitle, &af.v.title).Validate(needTitle),
		input(t.FieldPerformers, &af.v.performers),
		input(t.FieldDuration, &af.v.duration).Validate(duration),
		text(t.FieldIntro, introLines, &af.v.intro),
		text(t.FieldNotes, notesLines, &af.v.notes),
		input(t.FieldContact, &af.v.contact),
	).Title(title)

	af.formHost = newFormHost(e, group)
	return af
}

// The lines of the intro's and the notes' boxes in the form.
const introLines, notesLines = 3, 2

// formSize is the inside of the box the form is drawn in: as wide as is
// useful, and as high as the form's title, four one-line fields and the
// intro's and notes' boxes with their labels (an error under them is drawn
// beyond this height and the box grows for it).
func (s *stage) formSize() (int, int) {
	const formLines = 2 + 4 + 1 + introLines + 1 + notesLines
	return max(min(s.w, 76)-4, 10), max(min(s.h-4, formLines), 3)
}

// formKeys are the keys the help bar shows while the form is open: ctrl+j
// only in a box of several lines, where it starts a new one.
func (s *stage) formKeys() []key.Binding {
	k := s.env.keys
	if s.form != nil {
		if _, ok := s.form.f.GetFocusedField().(*huh.Text); ok {
			return []key.Binding{k.Next, k.NewLine, k.Back, k.Cancel}
		}
	}
	return []key.Binding{k.Next, k.Back, k.Cancel}
}

// inertLines is text whose line breaks mean something, made safe and kept
// on its lines, for a box of several lines.
func inertLines(s string) string { return strings.Join(inert.Lines(s), "\n") }

// cue turns the filled form into an edit or add cue.
func (af *actForm) cue() (program.Cue, error) {
	d, err := program.ParseDuration(af.v.duration)
	if err != nil {
		return program.Cue{}, fmt.Errorf("duration %q: %w", af.v.duration, err)
	}
	// A field left as it was keeps the file's text, line breaks in an
	// intro included, rather than the one-line form the field showed.
	keep := func(v, orig string, shown func(string) string) string {
		if af.edit != "" && v == shown(orig) {
			return orig
		}
		return strings.TrimSpace(v)
	}
	def := &program.ActDef{
		Title:      keep(af.v.title, af.orig.title, inert.Text),
		Performers: keep(af.v.performers, af.orig.performers, inert.Text),
		Seconds:    int(d / time.Second),
		Intro:      keep(af.v.intro, af.orig.intro, inertLines),
		Notes:      keep(af.v.notes, af.orig.notes, inertLines),
		Contact:    keep(af.v.contact, af.orig.contact, inert.Text),
	}
	if af.edit != "" {
		return program.Cue{Kind: program.KindEdit, Act: af.edit, Def: def}, nil
	}
	return program.Cue{Kind: program.KindAdd, After: af.after, Def: def}, nil
}

// trimNote is the note as saved: one line, no space around it.
func trimNote(s string) string {
	return strings.TrimSpace(strings.Join(strings.Fields(s), " "))
}
