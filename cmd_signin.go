package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/inert"
	"eventday/input"
	"eventday/live"
	"eventday/program"
)

// paperDesk is the desk signin records entries under unless told: most of
// them come from a paper sheet.
const paperDesk = "paper"

// signinFlags are the command line of "eventday signin".
type signinFlags struct {
	name      string
	anonymous int
	from      string
	at        string
	again     bool
	walkIn    bool
	category  string
	group     string
	party     int
	phone     string
	desk      string
}

func newSigninCmd(t *i18n.Text, stdout, stderr io.Writer) *cobra.Command {
	s := &t.Signin
	var f signinFlags
	cmd := &cobra.Command{
		Use:     "signin " + t.CLI.DirArg,
		Short:   s.Short,
		Long:    s.Long,
		Example: s.Example,
		Args:    oneDir(&t.CLI, s.Example),
		// Stopped by ctrl+c, it finishes the entry it is writing and says
		// how far it got.
		Annotations: map[string]string{stopsItself: "yes"},
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := f.check(cmd, t); err != nil {
				return badInput(err)
			}
			return (&signer{ctx: cmd.Context(), text: t, t: s, cli: &t.CLI, logs: &t.Logs, flags: f, stdout: stdout, stderr: stderr}).run(args[0])
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.name, "name", "", s.FlagName)
	fl.IntVar(&f.anonymous, "anonymous", 0, s.FlagAnonymous)
	fl.StringVar(&f.from, "from", "", s.FlagFrom)
	fl.StringVar(&f.at, "at", "", s.FlagAt)
	fl.BoolVar(&f.again, "again", false, s.FlagAgain)
	fl.BoolVar(&f.walkIn, "walk-in", false, s.FlagWalkIn)
	fl.StringVar(&f.category, "category", "", s.FlagCategory)
	fl.StringVar(&f.group, "group", "", s.FlagGroup)
	fl.IntVar(&f.party, "party", 0, s.FlagParty)
	fl.StringVar(&f.phone, "phone", "", s.FlagPhone)
	// The default is in the help text rather than here, where cobra would
	// print it in English whatever the language.
	fl.StringVar(&f.desk, "desk", "", s.FlagDesk)
	return cmd
}

// check refuses a command line that does not say one clear thing, before
// the event is opened.
func (f *signinFlags) check(cmd *cobra.Command, t *i18n.Text) error {
	s := &t.Signin
	set := cmd.Flags().Changed
	modes := 0
	for _, m := range []string{"name", "anonymous", "from"} {
		if set(m) {
			modes++
		}
	}
	switch {
	case modes == 0:
		return errors.New(s.NeedWhat)
	case modes > 1:
		return errors.New(s.OneWhat)
	}
	byName, sheet := set("name"), set("from")
	for _, only := range []struct {
		flag string
		ok   bool
		msg  string
	}{
		{"group", byName, s.OnlyWithName},
		{"party", byName, s.OnlyWithName},
		{"phone", byName, s.OnlyWithName},
		{"walk-in", byName || sheet, s.OnlyWithName},
		{"again", byName || sheet, s.OnlyWithName},
		{"category", f.walkIn, s.OnlyWithWalkIn},
		{"phone", f.walkIn, s.OnlyWithWalkIn},
	} {
		if set(only.flag) && !only.ok {
			return fmt.Errorf(only.msg, "--"+only.flag)
		}
	}
	f.name = strings.TrimSpace(f.name)
	f.desk = strings.TrimSpace(f.desk)
	if !set("desk") {
		f.desk = paperDesk
	}
	switch {
	case byName && f.name == "":
		return errors.New(s.EmptyName)
	case byName && runeCount(f.name) > checkin.MaxName:
		return fmt.Errorf(s.NameTooLong, runeCount(f.name), checkin.MaxName)
	case set("anonymous") && (f.anonymous < 1 || f.anonymous > checkin.MaxParty):
		return fmt.Errorf(s.BadAnonymous, f.anonymous, checkin.MaxParty)
	case set("party") && (f.party < 1 || f.party > checkin.MaxParty):
		return fmt.Errorf(s.BadParty, f.party, checkin.MaxParty)
	case f.desk == "":
		return errors.New(s.NoDesk)
	}
	// A name is typed, and what is typed holds no control character: the
	// desk's text box takes none either. One here would be stored in the
	// log and sent to every terminal that shows the name.
	for _, typed := range []struct{ flag, text string }{
		{"--name", f.name}, {"--category", f.category}, {"--group", f.group}, {"--phone", f.phone}, {"--desk", f.desk},
	} {
		if at, r, ok := controlChar(typed.text); ok {
			return fmt.Errorf(t.Folder.ControlChar, typed.flag, inert.Escaped(string(r)), at)
		}
	}
	return nil
}

// controlChar finds the first character in s that a terminal would act on
// (a control character, DEL, a bidirectional override) and its place,
// counted in characters from 1.
func controlChar(s string) (at int, r rune, ok bool) {
	for _, r := range s {
		at++
		if inert.Dangerous(r) {
			return at, r, true
		}
	}
	return 0, 0, false
}

// signer runs one "eventday signin".
type signer struct {
	ctx    context.Context // done when the user stops the command
	text   *i18n.Text
	t      *i18n.Signin
	cli    *i18n.CLI
	logs   *i18n.Logs
	flags  signinFlags
	stdout io.Writer
	stderr io.Writer

	event *live.Event
	plan  *program.Plan

	written, heads, skipped, absent int
}

// entry is one sign-in to write, checked against the event beforehand.
type entry struct {
	place string // "sheet.csv:4" for a row of a sheet; "" from the command line
	line  int    // the row's line; 0 from the command line

	person *checkin.Person // someone on the roster, or a walk-in from earlier
	walkIn bool            // register name as a walk-in
	name   string
	// For a walk-in.
	category, group, phone string
	// party counts the people in the entry: a person and their companions,
	// a walk-in's party, or anonymous heads when there is no name.
	party int
	at    time.Time // when they arrived; zero means now
	// source is where a row of a sheet came from (checkin.Record's
	// Source); "" from the command line.
	source string
}

func (s *signer) run(dir string) error {
	f := &s.flags
	var rows []checkin.SheetRow
	var errs, sheetWarnings input.Errors
	if f.from != "" {
		data, err := os.ReadFile(f.from)
		if err != nil {
			return badInput(fmt.Errorf(s.t.ReadSheet, err))
		}
		rows, sheetWarnings, errs = checkin.ReadSheet(f.from, data)
	}

	event, err := live.Open(dir, live.Options{Desk: f.desk, Command: "signin"})
	if err != nil {
		return s.openError(dir, err)
	}
	defer event.Close()
	s.event, s.plan = event, event.Plan()
	for _, w := range event.Warnings() {
		printLines(s.stderr, "eventday: ", fmt.Sprintf(s.cli.Warning, warningText(s.logs, w, s.plan, tailSetAside)))
	}
	printFileWarnings(s.stderr, s.text, append(event.FileWarnings(), sheetWarnings...))

	var at time.Time
	if f.at != "" {
		now := event.Now()
		var problem checkin.ArrivalProblem
		switch at, problem = checkin.ParseArrival(f.at, s.plan, now); problem {
		case checkin.ArrivalBad:
			return badInput(fmt.Errorf(s.t.BadAt, input.Shorten(f.at), s.plan.Date))
		case checkin.ArrivalNeedsDate:
			return badInput(fmt.Errorf(s.t.AtNeedsDate, input.Shorten(f.at), int(checkin.NearEvent/time.Hour), checkin.EventTime(s.plan), checkin.WithDate(f.at, s.plan)))
		}
		if at.After(now) {
			return badInput(fmt.Errorf(s.t.Future, checkin.When(at, s.plan), checkin.When(now, s.plan)))
		}
	}

	switch {
	case f.from != "":
		entries := s.sheetEntries(rows, at, &errs)
		if len(errs) > 0 {
			return badInput(errors.Join(errs.Err(), fmt.Errorf(s.t.Invalid, f.from, len(errs))))
		}
		entries, done := s.notYetIn(entries)
		if done {
			return nil
		}
		for _, e := range entries {
			if err := stopped(s.ctx, &s.text.Folder, s.text.Folder.StoppedSignin, s.written, e.line); err != nil {
				return err
			}
			if err := s.write(e); err != nil {
				return withNote(err, fmt.Errorf(s.t.Stopped, s.written, e.line))
			}
		}
	case f.anonymous > 0:
		if err := stopped(s.ctx, &s.text.Folder, s.text.Folder.Stopped); err != nil {
			return err
		}
		if err := s.write(entry{party: f.anonymous, at: at}); err != nil {
			return err
		}
	default:
		e, err := s.nameEntry(at)
		if err != nil {
			return badInput(err)
		}
		if err := stopped(s.ctx, &s.text.Folder, s.text.Folder.Stopped); err != nil {
			return err
		}
		if err := s.write(e); err != nil {
			return err
		}
	}
	fmt.Fprintf(s.stdout, s.t.Total+"\n", s.written, s.heads, event.DeskState().Totals.People)
	if s.skipped > 0 {
		fmt.Fprintf(s.stdout, s.t.TotalSkip+"\n", s.skipped)
	}
	if s.absent > 0 {
		fmt.Fprintf(s.stdout, s.t.NotArrived+"\n", s.absent)
	}
	return nil
}

// nameEntry finds the person --name means, or prepares the walk-in.
func (s *signer) nameEntry(at time.Time) (entry, error) {
	f := &s.flags
	party := max(f.party, 1)
	if f.walkIn {
		return entry{walkIn: true, name: f.name, category: f.category, group: f.group, phone: f.phone, party: party, at: at}, nil
	}
	found, all := s.people(f.name, f.group)
	switch {
	case len(found) == 1:
		return entry{person: found[0], name: f.name, party: party, at: at}, nil
	case len(found) > 1:
		return entry{}, fmt.Errorf(s.t.Several, len(found), input.Excerpt(f.name), s.groups(found))
	case len(all) > 0:
		return entry{}, fmt.Errorf(s.t.NoneInGroup, input.Excerpt(f.name), input.Shorten(f.group), s.groups(all))
	}
	if near := s.near(f.name); near != "" {
		return entry{}, fmt.Errorf(s.t.NotOnRosterNear, input.Excerpt(f.name), near)
	}
	return entry{}, fmt.Errorf(s.t.NotOnRoster, input.Excerpt(f.name))
}

// sheetEntries checks every row of a paper sheet against the event and
// adds each problem to errs, so that all of them are fixed in one go.
func (s *signer) sheetEntries(rows []checkin.SheetRow, defaultAt time.Time, errs *input.Errors) []entry {
	f := &s.flags
	now := s.event.Now()
	var out []entry
	for i, r := range rows {
		file, line := f.from, r.Row.Line
		e := entry{place: fmt.Sprintf("%s:%d", f.from, line), line: line, name: r.Name, party: max(r.Party, 1), at: defaultAt,
			source: checkin.SheetSource(f.from, rows, i)}
		ok := !r.Bad
		if r.Time != "" {
			t, problem := checkin.ParseArrival(r.Time, s.plan, now)
			switch {
			case problem == checkin.ArrivalBad:
				errs.Addf(file, line, r.Row.Label("time"), s.t.RowBadTime, input.Shorten(r.Time))
				ok = false
			case problem == checkin.ArrivalNeedsDate:
				errs.Addf(file, line, r.Row.Label("time"), s.t.RowNeedsDate, input.Shorten(r.Time), int(checkin.NearEvent/time.Hour), checkin.EventTime(s.plan), checkin.WithDate(r.Time, s.plan))
				ok = false
			case t.After(now):
				errs.Addf(file, line, r.Row.Label("time"), s.t.RowFuture, checkin.When(t, s.plan), checkin.When(now, s.plan))
				ok = false
			}
			e.at = t
		}
		if r.Name == "" {
			if ok {
				out = append(out, e)
			}
			continue
		}
		if n := runeCount(r.Name); n > checkin.MaxName {
			errs.Addf(file, line, r.Row.Label("name"), s.t.NameTooLong, n, checkin.MaxName)
			continue
		}
		if r.Absent {
			// A printed roster's row nobody filled in: they did not come.
			s.absent++
			continue
		}
		group := r.Row.Get("group")
		found, all := s.people(r.Name, group)
		switch {
		case len(found) == 1:
			e.person = found[0]
		case len(found) > 1:
			errs.Addf(file, line, r.Row.Label("name"), s.t.RowSeveral, len(found), input.Excerpt(r.Name), s.groups(found))
			ok = false
		case len(all) > 0 && !f.walkIn:
			errs.Addf(file, line, r.Row.Label("group"), s.t.NoneInGroup, input.Excerpt(r.Name), input.Shorten(group), s.groups(all))
			ok = false
		case f.walkIn:
			e.walkIn, e.group, e.phone = true, group, r.Row.Get("phone")
			e.category = r.Row.Get("category")
			if e.category == "" {
				e.category = f.category
			}
			if _, err := checkin.NormalizePhone(e.phone); err != nil {
				errs.Addf(file, line, r.Row.Label("phone"), "%s", err)
				ok = false
			}
		default:
			errs.Addf(file, line, r.Row.Label("name"), s.t.RowNotOnRoster, input.Excerpt(r.Name))
			ok = false
		}
		if ok {
			out = append(out, e)
		}
	}
	return out
}

// people finds who on the roster (or among earlier walk-ins) has exactly
// this name: found are those in group (all of them when group is empty),
// all are those of any group.
func (s *signer) people(name, group string) (found, all []*checkin.Person) {
	all = s.event.Named(name)
	for _, p := range all {
		if group == "" || p.Group == group {
			found = append(found, p)
		}
	}
	return found, all
}

// groups lists the groups of people who share a name, to tell them apart.
func (s *signer) groups(people []*checkin.Person) string {
	var gs []string
	for _, p := range people {
		g := input.Excerpt(p.Group)
		if p.Group == "" {
			g = s.t.NoGroup
		}
		gs = append(gs, g)
	}
	return strings.Join(gs, s.t.ListSep)
}

// near lists up to three names a mistyped name may have meant.
func (s *signer) near(name string) string {
	var names []string
	for _, m := range s.event.Search(name, 3) {
		names = append(names, input.Excerpt(m.Person.Name))
	}
	return strings.Join(names, s.t.ListSep)
}

// write makes one entry, printing a line for each record once it is on
// disk. Someone in already is skipped on a sheet, refused on its own. An
// entry of a sheet writes only what an earlier run of the same sheet did
// not: a row whose person is in from that run may still lack its
// companions.
func (s *signer) write(e entry) error {
	main, more := e.origins()
	switch {
	case e.person != nil:
		if !s.typedIn(main) {
			rec, err := s.event.SignInFrom(e.person, s.flags.again, main)
			if err != nil {
				return s.writeError(e, err)
			}
			s.done(rec, s.t.Signed, input.Excerpt(rec.Name), checkin.When(rec.At, s.plan), rec.Seq)
		}
		if s.companionsToWrite(e) {
			rec, err := s.event.AnonymousFrom(e.party-1, more)
			if err != nil {
				return s.writeError(e, err)
			}
			s.done(rec, s.t.Companions, rec.Party, input.Excerpt(e.person.Name), checkin.When(rec.At, s.plan), rec.Seq)
		}
	case s.typedIn(main):
		// Typed in by an earlier run: nothing to write.
	case e.walkIn:
		rec, err := s.event.WalkInFrom(e.name, e.category, e.group, e.party, e.phone, main)
		if errors.Is(err, checkin.ErrAlreadySignedIn) && s.flags.again {
			rec, err = s.walkInAgain(e, main)
		}
		if err != nil {
			return s.writeError(e, err)
		}
		s.done(rec, s.t.SignedWalk, input.Excerpt(rec.Name), rec.Party, checkin.When(rec.At, s.plan), rec.Seq)
	default:
		rec, err := s.event.AnonymousFrom(e.party, main)
		if err != nil {
			return s.writeError(e, err)
		}
		s.done(rec, s.t.Counted, rec.Party, checkin.When(rec.At, s.plan), rec.Seq)
	}
	return nil
}

// origins are where the entry's record comes from, and the record of the
// companions written with it: a row of a sheet writes two records for a
// person and their party, each known apart.
func (e entry) origins() (main, more live.Origin) {
	main, more = live.Origin{At: e.at, Source: e.source}, live.Origin{At: e.at}
	if e.source != "" {
		more.Source = e.source + checkin.CompanionsSuffix
	}
	return main, more
}

// typedIn reports whether the record of origin o is in the log already:
// an earlier run typed in the same row of the same sheet.
func (s *signer) typedIn(o live.Origin) bool {
	if o.Source == "" {
		return false
	}
	_, in := s.event.FromSource(checkin.SourceKey(o.Source))
	return in
}

// companionsToWrite reports whether the row of e, a person with others,
// still needs the entry of the others. A person on the roster and their
// party are two entries; a walk-in registered with their party is one, so
// when a later run finds the row's walk-in on the roster of the open event,
// the party came in with them.
func (s *signer) companionsToWrite(e entry) bool {
	if e.person == nil || e.party <= 1 {
		return false
	}
	main, more := e.origins()
	if main.Source != "" {
		if rec, in := s.event.FromSource(checkin.SourceKey(main.Source)); in && rec.Party >= e.party {
			return false
		}
	}
	return !s.typedIn(more)
}

// notYetIn leaves out the entries of a sheet an earlier run wrote whole,
// and says how many that was. done: every row is in, so there is nothing to
// do (and that is said instead of a total).
func (s *signer) notYetIn(entries []entry) (rest []entry, done bool) {
	for _, e := range entries {
		main, _ := e.origins()
		if !s.typedIn(main) || s.companionsToWrite(e) {
			rest = append(rest, e)
		}
	}
	sheet := filepath.Base(s.flags.from)
	switch in := len(entries) - len(rest); {
	case in == 0:
	case len(rest) == 0:
		fmt.Fprintf(s.stdout, s.t.SheetAllIn+"\n", len(entries), input.Excerpt(sheet))
		return nil, true
	default:
		fmt.Fprintf(s.stdout, s.t.SheetSomeIn+"\n", in, len(entries), input.Excerpt(sheet), len(rest))
	}
	return rest, false
}

// done prints the line of a record written and counts it.
func (s *signer) done(rec checkin.Record, format string, args ...any) {
	fmt.Fprintf(s.stdout, format+"\n", args...)
	s.written++
	if !rec.Reentry {
		s.heads += rec.Party
	}
}

// walkInAgain signs in once more a walk-in who is in already.
func (s *signer) walkInAgain(e entry, o live.Origin) (checkin.Record, error) {
	phone, err := checkin.NormalizePhone(e.phone)
	if err != nil {
		return checkin.Record{}, err
	}
	id := checkin.PersonID(strings.TrimSpace(e.name), strings.TrimSpace(e.group), phone)
	for _, p := range s.event.Named(strings.TrimSpace(e.name)) {
		if p.ID == id {
			return s.event.SignInFrom(p, true, o)
		}
	}
	return checkin.Record{}, fmt.Errorf(s.t.NotOnRoster, input.Excerpt(e.name))
}

// writeError turns a failed entry into what the user reads and the exit
// code it earns. Someone in already on a sheet is reported and skipped.
func (s *signer) writeError(e entry, err error) error {
	var in *checkin.AlreadySignedInError
	var notSaved *checkin.NotSavedError
	switch {
	case errors.As(err, &in) && e.place != "":
		fmt.Fprintf(s.stdout, s.t.Skipped+"\n", e.place, input.Excerpt(in.Name), checkin.When(in.At, s.plan), input.Excerpt(in.Desk))
		s.skipped++
		return nil
	case errors.As(err, &in):
		return badInput(fmt.Errorf(s.t.AlreadyIn, input.Excerpt(in.Name), checkin.When(in.At, s.plan), input.Excerpt(in.Desk), in.Seq))
	case errors.As(err, &notSaved):
		return &failure{exitFailure, fmt.Errorf(s.t.NotSaved, notSaved.Reason())}
	case errors.Is(err, live.ErrFuture):
		return badInput(fmt.Errorf(s.t.Future, checkin.When(e.at, s.plan), checkin.When(s.event.Now(), s.plan)))
	case errors.Is(err, checkin.ErrParty), errors.Is(err, checkin.ErrPhone), errors.Is(err, checkin.ErrNoName), errors.Is(err, checkin.ErrNameTooLong):
		if e.place != "" {
			err = fmt.Errorf("%s: %w", e.place, err)
		}
		return badInput(err)
	}
	return &failure{exitFailure, err}
}

// withNote adds a line to a command's error, keeping its exit code.
func withNote(err, note error) error {
	var f *failure
	if errors.As(err, &f) {
		return &failure{f.code, errors.Join(f.err, note)}
	}
	return errors.Join(err, note)
}

// openError explains why the event could not be opened for writing.
func (s *signer) openError(dir string, err error) error {
	var held *live.LockedError
	switch {
	case errors.Is(err, live.ErrBadInput):
		return badInput(damageMessage(s.logs, dir, err))
	case errors.As(err, &held):
		return &failure{exitFailure, lockedError(s.text, held, false)}
	}
	return &failure{exitFailure, fmt.Errorf(s.t.CannotOpen, dir, checkin.SystemWords(err))}
}
