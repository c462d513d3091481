package input

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"
)

func TestErrorString(t *testing.T) {
	tests := []struct {
		err  *Error
		want string
	}{
		{&Error{File: "event.yaml", Line: 12, Field: "acts[3].duration", Err: errors.New("must be more than zero")}, "event.yaml:12: acts[3].duration: must be more than zero"},
		{&Error{File: "roster.csv", Line: 1, Err: errors.New(`unknown column "nmae"`)}, `roster.csv:1: unknown column "nmae"`},
		{&Error{File: "event.yaml", Field: "acts", Err: errors.New("missing")}, "event.yaml: acts: missing"},
		{&Error{File: "event.yaml", Err: errors.New("empty")}, "event.yaml: empty"},
		{&Error{Line: 3, Err: errors.New("bad")}, "line 3: bad"},
		{&Error{File: "a.csv", Line: 2}, "a.csv:2: invalid"},
		{&Error{File: "a.csv", Line: 2, Err: errors.New("two\nlines\r")}, `a.csv:2: two\nlines\r`},
		{&Error{File: "a.csv", Field: "column \x1b[31m", Err: errors.New("tab\there\u0085")}, `a.csv: column \u001b[31m: tab\there\u0085`},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

func TestErrors(t *testing.T) {
	var es Errors
	if es.Err() != nil {
		t.Fatal("empty Errors.Err() is not nil")
	}
	es.Add(&Error{File: "event.yaml", Line: 9, Field: "acts[2].title", Err: errors.New("missing")})
	es.Add(nil)
	es.Add(Errors{{File: "acts.csv", Line: 4, Field: "column 时长", Err: errors.New("must be more than zero")}, {File: "acts.csv", Line: 2, Err: errors.New("x")}})
	es.Add(&Error{File: "event.yaml", Line: 3, Field: "event.date", Err: fmt.Errorf("cannot read %w", fs.ErrNotExist)})
	es.Add(errors.New("plain"))
	err := es.Err()
	want := "event.yaml:3: event.date: cannot read file does not exist\n" +
		"event.yaml:9: acts[2].title: missing\n" +
		"acts.csv:2: x\n" +
		"acts.csv:4: column 时长: must be more than zero\n" +
		"plain"
	if err.Error() != want {
		t.Errorf("Error()\n got: %s\nwant: %s", err, want)
	}
	if !errors.Is(err, fs.ErrNotExist) {
		t.Error("errors.Is does not reach a wrapped cause")
	}
	var one *Error
	if !errors.As(err, &one) || one.Line != 3 {
		t.Errorf("errors.As(*Error) = %v, want the line 3 problem", one)
	}
}
