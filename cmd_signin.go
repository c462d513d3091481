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
	return newSigninCmdFor(t, stdout, stderr, nil)
}

// owned is the event of the app that holds the folder, for a signin
// handed to it (see handover.go), and the sheet that signin read.
type owned struct {
	event *live.Event
	sheet []byte
}

// newSigninCmdFor is signin on its own (owner nil), or run by the app
// that holds the folder for a signin that handed it its command.
func newSigninCmdFor(t *i18n.Text, stdout, stderr io.Writer, owner *owned) *cobra.Command {
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
			return (&signer{ctx: cmd.Context(), cmd: cmd, owner: owner, text: t, t: s, cli: &t.CLI, logs: &t.Logs, flags: f, stdout: stdout, stderr: stderr}).run(args[0])
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
	cmd    *cobra.Command  // its command line, to hand to the app
	owner  *owned          // the app's event, when the app runs it
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

func (s *signer) run(dir string) error {
	f := &s.flags
	var sheet *checkin.Sheet
	var errs, sheetWarnings input.Errors
	var data []byte
	if f.from != "" {
		var err error
		if s.owner != nil {
			data = s.owner.sheet
		} else if data, err = os.ReadFile(f.from); err != nil {
			return badInput(input.CannotRead(f.from, err))
		}
		sheet = &checkin.Sheet{File: f.from, WalkIn: f.walkIn, Category: f.category}
		sheet.Rows, sheetWarnings, errs = checkin.ReadSheet(f.from, data)
	}

	event, err := s.open(dir, data)
	if event == nil {
		return err
	}
	if s.owner == nil {
		defer event.Close()
	}
	s.event, s.plan = event, event.Plan()
	for _, w := range event.Warnings() {
		printLines(s.stderr, "eventday: ", fmt.Sprintf(s.cli.Warning, w.Text(s.text, s.plan, false)))
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

	var entries []checkin.Entry
	switch {
	case sheet != nil:
		checked, absent, problems := sheet.Entries(s.plan, event.Now(), at, event.Named)
		errs = append(errs, problems...)
		if len(errs) > 0 {
			return badInput(errors.Join(errs.Err(), fmt.Errorf(s.t.Invalid, f.from, len(errs))))
		}
		s.absent = absent
		var allIn bool
		if entries, allIn = s.pending(checked); allIn {
			return nil
		}
	case f.anonymous > 0:
		entries = []checkin.Entry{{Party: f.anonymous, At: at}}
	default:
		e, err := s.nameEntry(at)
		if err != nil {
			return badInput(err)
		}
		entries = []checkin.Entry{e}
	}
	if err := event.TypeInAt(s.ctx, f.desk, entries, f.again, s.done); err != nil {
		return s.typeInError(err)
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
func (s *signer) nameEntry(at time.Time) (checkin.Entry, error) {
	f := &s.flags
	party := max(f.party, 1)
	if f.walkIn {
		return checkin.Entry{WalkIn: true, Name: f.name, Category: f.category, Group: f.group, Phone: f.phone, Party: party, At: at}, nil
	}
	l := checkin.LookUp(s.event.Named(f.name), f.group)
	switch l.Problem() {
	case checkin.NameFound:
		return checkin.Entry{Person: l.Found[0], Name: f.name, Party: party, At: at}, nil
	case checkin.NameSeveral:
		return checkin.Entry{}, fmt.Errorf(s.t.Several, len(l.Found), input.Excerpt(f.name), checkin.Groups(l.Found).In(s.text))
	case checkin.NameNotInGroup:
		return checkin.Entry{}, fmt.Errorf(s.t.NoneInGroup, input.Excerpt(f.name), input.Shorten(f.group), checkin.Groups(l.All).In(s.text))
	}
	if near := s.near(f.name); near != "" {
		return checkin.Entry{}, fmt.Errorf(s.t.NotOnRosterNear, input.Excerpt(f.name), near)
	}
	return checkin.Entry{}, fmt.Errorf(s.t.NotOnRoster, input.Excerpt(f.name))
}

// near lists up to three names a mistyped name may have meant.
func (s *signer) near(name string) string {
	var names []string
	for _, m := range s.event.Search(name, 3) {
		names = append(names, input.Excerpt(m.Person.Name))
	}
	return strings.Join(names, s.t.ListSep)
}

// pending leaves out the entries of a sheet an earlier run wrote whole,
// and says how many that was. allIn: every row is in, so there is nothing
// to do (and that is said instead of a total).
func (s *signer) pending(entries []checkin.Entry) (rest []checkin.Entry, allIn bool) {
	rest = s.event.Pending(entries)
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

// done prints the line of what was written for an entry, once it is on
// disk, and counts it.
func (s *signer) done(o live.Outcome) {
	rec, when := o.Record, checkin.When(o.Record.At, s.plan)
	switch o.Kind {
	case live.Skipped:
		fmt.Fprintf(s.stdout, s.t.Skipped+"\n", o.Entry.Place, input.Excerpt(o.In.Name), checkin.When(o.In.At, s.plan), input.Excerpt(o.In.Desk))
		s.skipped++
		return
	case live.SignedIn:
		fmt.Fprintf(s.stdout, s.t.Signed+"\n", input.Excerpt(rec.Name), when, rec.Seq)
	case live.Companions:
		fmt.Fprintf(s.stdout, s.t.Companions+"\n", rec.Party, input.Excerpt(o.Entry.Person.Name), when, rec.Seq)
	case live.WalkedIn:
		fmt.Fprintf(s.stdout, s.t.SignedWalk+"\n", input.Excerpt(rec.Name), rec.Party, when, rec.Seq)
	case live.Counted:
		fmt.Fprintf(s.stdout, s.t.Counted+"\n", rec.Party, when, rec.Seq)
	}
	s.written++
	if !rec.Reentry {
		s.heads += rec.Party
	}
}

// typeInError turns what stopped the writing of the entries into what the
// user reads and the exit code it earns: a signal, or an entry that could
// not be written. For a sheet it adds how far the writing got.
func (s *signer) typeInError(err error) error {
	var te *live.TypeInError
	if !errors.As(err, &te) {
		return &failure{exitFailure, err}
	}
	sheet := s.flags.from != ""
	if errors.Is(te.Err, context.Canceled) {
		format, args := s.text.Folder.Stopped, []any(nil)
		if sheet {
			format, args = s.text.Folder.StoppedSignin, []any{s.written, te.Entry.Line}
		}
		if stop := stopped(s.ctx, &s.text.Folder, format, args...); stop != nil {
			return stop
		}
	}
	err = s.writeError(te.Entry, te.Err)
	if sheet {
		return withNote(err, fmt.Errorf(s.t.Stopped, s.written, te.Entry.Line))
	}
	return err
}

// writeError turns an entry that could not be written into what the user
// reads and the exit code it earns.
func (s *signer) writeError(e *checkin.Entry, err error) error {
	var in *checkin.AlreadySignedInError
	var notSaved *checkin.NotSavedError
	var unknown *checkin.UnknownNameError
	switch {
	case errors.As(err, &in):
		return badInput(fmt.Errorf(s.t.AlreadyIn, input.Excerpt(in.Name), checkin.When(in.At, s.plan), input.Excerpt(in.Desk), in.Seq))
	case errors.As(err, &notSaved):
		return &failure{exitFailure, fmt.Errorf(s.t.NotSaved, notSaved.Reason())}
	case errors.Is(err, live.ErrFuture):
		return badInput(fmt.Errorf(s.t.Future, checkin.When(e.At, s.plan), checkin.When(s.event.Now(), s.plan)))
	case errors.Is(err, checkin.ErrParty), errors.Is(err, checkin.ErrPhone), errors.Is(err, checkin.ErrNoName), errors.Is(err, checkin.ErrNameTooLong):
		if e.Place != "" {
			err = fmt.Errorf("%s: %w", e.Place, err)
		}
		return badInput(err)
	case errors.As(err, &unknown):
		return &failure{exitFailure, fmt.Errorf(s.t.NotOnRoster, input.Excerpt(unknown.Name))}
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

// open opens the event folder dir for writing, and closes it when the
// command ends. When the app holds it on this computer, the command is
// handed to the app, with the sheet read (data), and event is nil: err is
// then how the app's run of it ended. The app's own run (s.owner) writes
// through the app's event.
func (s *signer) open(dir string, data []byte) (event *live.Event, err error) {
	if s.owner != nil {
		return s.owner.event, nil
	}
	event, err = live.Open(dir, live.Options{Desk: s.flags.desk, Command: "signin"})
	var held *live.LockedError
	if errors.As(err, &held) && held.Holder != nil && held.Holder.Command != "signin" {
		// An app that has just taken the folder starts listening a moment
		// later.
		var wait time.Duration
		if time.Since(held.Holder.Since) < 10*time.Second {
			wait = 3 * time.Second
		}
		if ok, herr := handOver(s.ctx, dir, wait, s.text, s.cmd, data, s.stdout, s.stderr); ok {
			return nil, herr
		}
		if wait > 0 {
			// Waited for an app that never listened: it may have gone.
			event, err = live.Open(dir, live.Options{Desk: s.flags.desk, Command: "signin"})
		}
	}
	var other *live.OriginError
	if errors.As(err, &other) && other.Want == "" {
		// A desk laptop's folder: its entries are that desk's, wherever
		// they are typed, and go to the hub when its app runs again.
		event, err = live.Open(dir, live.Options{Desk: s.flags.desk, Command: "signin", Origin: other.Found})
	}
	if err != nil {
		return nil, s.openError(dir, err)
	}
	return event, nil
}

// openError explains why the event could not be opened for writing.
func (s *signer) openError(dir string, err error) error {
	var held *live.LockedError
	switch {
	case errors.Is(err, live.ErrBadInput):
		return badInput(withRepairHints(s.logs, dir, err))
	case errors.As(err, &held):
		return &failure{exitFailure, lockedError(s.text, held, false)}
	}
	return &failure{exitFailure, fmt.Errorf(s.t.CannotOpen, dir, checkin.SystemWords(err))}
}
