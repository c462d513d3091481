package input

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"eventday/i18n"
	"eventday/inert"
)

// Error is one problem in an input file, placed as precisely as the file
// allows: the file, the line (0 when the problem is the whole file), the field
// or column, and what is wrong.
type Error struct {
	File  string
	Line  int
	Field string // where in the line: a key of event.yaml ("acts[2].title")
	// Key, when set, is Field in the reader's language ("第 2 个节目的
	// title（节目名称）"), for a reader who does not read the file's
	// English keys.
	Key i18n.Localized
	// Column is the spreadsheet column the problem is in, as the file's
	// header writes it ("电话"); it is named in the reader's language.
	Column string
	Err    error
}

// Error gives "file:line: field: message", leaving out the empty parts, in
// English. It is always one line, whatever text the file smuggled into the
// message, because `eventday check` prints one problem a line.
func (e *Error) Error() string { return e.In(english) }

// In is Error in t's language.
func (e *Error) In(t *i18n.Text) string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File)
		if e.Line > 0 {
			b.WriteString(":")
			b.WriteString(strconv.Itoa(e.Line))
		}
		b.WriteString(": ")
	} else if e.Line > 0 {
		fmt.Fprintf(&b, "line %d: ", e.Line)
	}
	switch {
	case e.Key != nil:
		b.WriteString(e.Key.In(t))
		b.WriteString(t.Files.Then)
	case e.Field != "":
		b.WriteString(e.Field)
		b.WriteString(t.Files.Then)
	}
	if e.Column != "" {
		fmt.Fprintf(&b, t.Files.Column, e.Column)
		b.WriteString(t.Files.Then)
	}
	if e.Err != nil {
		b.WriteString(i18n.Localize(e.Err, t))
	} else {
		b.WriteString("invalid")
	}
	// A message is one line, and an escape sequence smuggled into a file
	// reaches the screen as text, not as a command.
	return inert.Escaped(b.String())
}

// Unwrap gives the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errors is every problem found in one pass over the input, so a volunteer
// fixes them all at once instead of one per run.
type Errors []*Error

// Error gives one line per problem, in English, as In does.
func (es Errors) Error() string { return es.In(english) }

// shownPerFile is how many problems of one file are shown: a roster with a
// mistake on every one of its 10,000 lines is mended a screenful at a time.
const shownPerFile = 20

// In gives one line per problem in t's language: the first shownPerFile
// of each file, the last of them followed by a line saying how many more
// that file has.
func (es Errors) In(t *i18n.Text) string {
	total := map[string]int{}
	for _, e := range es {
		total[e.File]++
	}
	lines := make([]string, 0, len(es))
	shown := map[string]int{}
	for _, e := range es {
		if shown[e.File] == shownPerFile {
			continue
		}
		shown[e.File]++
		lines = append(lines, e.In(t))
		if n := total[e.File]; shown[e.File] == shownPerFile && n > shownPerFile {
			more := Problem(e.File, 0, func(t *i18n.Text) string { return t.Files.MoreProblems }, count(n-shownPerFile))
			lines = append(lines, more.In(t))
		}
	}
	return strings.Join(lines, "\n")
}

// Unwrap gives the problems to errors.Is and errors.As.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Add appends err: the problems of an Errors one by one, an *Error as it is,
// anything else as an Error with no place. A nil err adds nothing.
func (es *Errors) Add(err error) {
	if err == nil {
		return
	}
	var many Errors
	if errors.As(err, &many) {
		*es = append(*es, many...)
		return
	}
	var one *Error
	if errors.As(err, &one) {
		*es = append(*es, one)
		return
	}
	*es = append(*es, &Error{Err: err})
}

// Err returns nil when there is no problem, otherwise the problems ordered by
// line within each file (files in the order they first appear). Returning a
// plain nil here avoids the typed-nil trap of returning an empty Errors.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	fileRank := map[string]int{}
	for _, e := range es {
		if _, ok := fileRank[e.File]; !ok {
			fileRank[e.File] = len(fileRank)
		}
	}
	sorted := slices.Clone(es)
	slices.SortStableFunc(sorted, func(a, b *Error) int {
		if d := fileRank[a.File] - fileRank[b.File]; d != 0 {
			return d
		}
		return a.Line - b.Line
	})
	return sorted
}
