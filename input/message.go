package input

import (
	"fmt"
	"strconv"
	"strings"

	"eventday/i18n"
)

// Msg picks the wording of a problem out of the catalog, as in
// func(t *i18n.Text) string { return t.Files.Empty }: the problem is found
// before anyone knows which language it will be read in.
type Msg func(*i18n.Text) string

// english is the catalog Error methods word their messages from.
var english = i18n.For("en")

// message is a problem's wording from the catalog and its arguments. An
// argument that is Localized is worded in the same language; errors among
// the arguments are what errors.Is and errors.As find under the message.
type message struct {
	msg   Msg
	args  []any
	cause error // found by errors.Is without being shown; nil for none
}

func (m *message) Error() string { return m.In(english) }

func (m *message) In(t *i18n.Text) string {
	args := make([]any, len(m.args))
	for i, a := range m.args {
		switch a := a.(type) {
		case i18n.Localized:
			args[i] = a.In(t)
		case error:
			args[i] = i18n.Localize(a, t)
		default:
			args[i] = a
		}
	}
	return fmt.Sprintf(m.msg(t), args...)
}

func (m *message) Unwrap() []error {
	var errs []error
	for _, a := range m.args {
		if err, ok := a.(error); ok {
			errs = append(errs, err)
		}
	}
	if m.cause != nil {
		errs = append(errs, m.cause)
	}
	return errs
}

// Message is a problem worded from the catalog that has no place yet: the
// caller that knows the file, the line or the key puts it in an *Error.
// An argument that is Localized is worded in the reader's language.
func Message(msg Msg, args ...any) error {
	return &message{msg: msg, args: args}
}

// MessageFor is Message for a problem that errors.Is finds as cause,
// without the cause being shown.
func MessageFor(cause error, msg Msg, args ...any) error {
	return &message{msg: msg, args: args, cause: cause}
}

// Problem builds an *Error worded from the catalog: msg with args, as
// fmt.Sprintf would put them.
func Problem(file string, line int, msg Msg, args ...any) *Error {
	return &Error{File: file, Line: line, Err: &message{msg: msg, args: args}}
}

// InField builds an *Error about a field of a line: a key of a file, or a
// column named as the file's header writes it ("人数: ...").
func InField(file string, line int, field string, msg Msg, args ...any) *Error {
	return &Error{File: file, Line: line, Field: field, Err: &message{msg: msg, args: args}}
}

// Key is a place in a file of keys (event.yaml) that says itself in the
// reader's language; String gives it as the file spells it.
type Key interface {
	i18n.Localized
	String() string
}

// AtKey builds an *Error about a key of a file: Field spells it as the
// file does, and the message names it in the reader's language.
func AtKey(file string, line int, key Key, msg Msg, args ...any) *Error {
	return &Error{File: file, Line: line, Field: key.String(), Key: key, Err: &message{msg: msg, args: args}}
}

// InColumn builds an *Error about a cell of a spreadsheet: the column is
// named as the file's header writes it ("column 电话: ...").
func InColumn(file string, line int, column string, msg Msg, args ...any) *Error {
	return &Error{File: file, Line: line, Column: column, Err: &message{msg: msg, args: args}}
}

// list is a list of names for a message: joined the way the language
// joins them, and cut short after a few when it is long.
type list struct {
	items []string
	short bool // at most listShown items, then how many more
}

// List is a list of names for a message, joined the way the reader's
// language joins them ("a, b" or "a、b").
func List(items ...string) i18n.Localized { return list{items: items} }

// listShown is how many items a long list shows: a header of 10,000
// columns gets one line, not a screenful.
const listShown = 3

func (l list) In(t *i18n.Text) string {
	items := l.items
	more := 0
	if l.short && len(items) > listShown+1 {
		items, more = items[:listShown], len(items)-listShown
	}
	text := strings.Join(items, t.Files.ListSep)
	if more > 0 {
		text = fmt.Sprintf(t.Files.AndMore, text, count(more))
	}
	return text
}

// count writes n with a comma between thousands, as 9,997: easier to read
// than 9997 in English and in Chinese alike.
func count(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, c := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	return b.String()
}
