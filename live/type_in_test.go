package live

import (
	"context"
	"errors"
	"slices"
	"testing"

	"eventday/checkin"
)

// TestTypeInOnce: a sheet typed in again writes only what it did not
// write before, a row's companions included; someone in already on a
// sheet is skipped, on the command line refused; a stopped context stops
// before the next entry.
func TestTypeInOnce(t *testing.T) {
	dir, c := deskDir(t), newClock()
	e := open(t, dir, c)
	defer e.Close()
	he := e.Named("何阿姨")[0]
	shan := e.Named("单小明")[0]
	sheet := []checkin.Entry{
		{Place: "sheet.csv:2", Line: 2, Person: he, Party: 3, Source: "sheet.csv:2#a"},
		{Place: "sheet.csv:3", Line: 3, Party: 2, Source: "sheet.csv:3#b"},
	}
	var got []OutcomeKind
	done := func(o Outcome) { got = append(got, o.Kind) }
	// The first run writes the person and stops before their companions
	// reach the disk: as a full disk would leave it.
	if _, err := e.SignInFrom(he, false, Origin{Source: "sheet.csv:2#a"}); err != nil {
		t.Fatal(err)
	}
	rest := e.Pending(sheet)
	if len(rest) != 2 {
		t.Fatalf("pending %d entries, want both (the first lacks its companions)", len(rest))
	}
	if err := e.TypeIn(context.Background(), rest, false, done); err != nil {
		t.Fatal(err)
	}
	if want := []OutcomeKind{Companions, Counted}; !slices.Equal(got, want) {
		t.Fatalf("outcomes %v, want %v", got, want)
	}
	if tot := e.DeskState().Totals; tot.People != 1+2+2 || tot.Entries != 3 {
		t.Fatalf("totals %+v, want 5 people in 3 entries", tot)
	}
	if rest := e.Pending(sheet); len(rest) != 0 {
		t.Fatalf("typed in twice: %d entries still pending", len(rest))
	}

	// Someone in already: skipped on a sheet, refused alone.
	got = nil
	if _, err := e.SignIn(shan, false); err != nil {
		t.Fatal(err)
	}
	row := checkin.Entry{Place: "sheet.csv:4", Line: 4, Person: shan, Party: 2, Source: "sheet.csv:4#c"}
	if err := e.TypeIn(context.Background(), []checkin.Entry{row}, false, done); err != nil || !slices.Equal(got, []OutcomeKind{Skipped}) {
		t.Fatalf("a row of someone in: %v, outcomes %v; want skipped", err, got)
	}
	var te *TypeInError
	err := e.TypeIn(context.Background(), []checkin.Entry{{Person: shan, Party: 1}}, false, done)
	if !errors.As(err, &te) || !errors.Is(err, checkin.ErrAlreadySignedIn) {
		t.Fatalf("someone in, from the command line: %v, want refused", err)
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	err = e.TypeIn(ctx, []checkin.Entry{{Party: 1}}, false, done)
	if !errors.As(err, &te) || !errors.Is(err, context.Canceled) || te.Entry.Party != 1 {
		t.Fatalf("stopped: %v", err)
	}
}
