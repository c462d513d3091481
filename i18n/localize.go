package i18n

import (
	"io/fs"
	"strings"
)

// Localized is what words itself from the catalog in any of its languages:
// a problem in a file, a refusal of the folder, a damaged line of a log.
// Errors that are Localized carry what went wrong and its arguments, and
// take their words from the catalog only when they are said.
type Localized interface {
	In(t *Text) string
}

// Localize gives err's message in t's language: each error in it that
// words itself from the catalog (a Localized) is worded in that language,
// and the rest reads as err.Error() reads. It looks through wrapping,
// errors.Join and lists of errors, as long as each wrapper only adds to
// its cause's message. It is how every error reaches the user.
func Localize(err error, t *Text) string {
	if err == nil {
		return ""
	}
	if l, ok := err.(Localized); ok {
		return l.In(t)
	}
	if pe, ok := err.(*fs.PathError); ok {
		return pathError(pe, t)
	}
	msg := err.Error()
	switch u := err.(type) {
	case interface{ Unwrap() []error }:
		inner := u.Unwrap()
		parts := make([]string, 0, len(inner))
		for _, e := range inner {
			if e != nil {
				parts = append(parts, e.Error())
			}
		}
		if strings.Join(parts, "\n") != msg {
			return msg
		}
		parts = parts[:0]
		for _, e := range inner {
			if e != nil {
				parts = append(parts, Localize(e, t))
			}
		}
		return strings.Join(parts, "\n")
	case interface{ Unwrap() error }:
		inner := u.Unwrap()
		if inner == nil {
			return msg
		}
		if im := inner.Error(); im != "" && strings.HasSuffix(msg, im) {
			return msg[:len(msg)-len(im)] + Localize(inner, t)
		}
	}
	return msg
}
