package input

import (
	"errors"
	"io/fs"
	"os"

	"eventday/i18n"
)

// CannotRead is the problem of a file that could not be read at all: not
// there, not allowed, a folder. The reason is said in words; err stays
// reachable with errors.Is and errors.As.
func CannotRead(file string, err error) *Error {
	return Problem(file, 0, func(t *i18n.Text) string { return t.Files.CannotRead }, Reason(err))
}

// Reason is why a file could not be read, in the reader's language rather
// than the system's ("no such file or directory"), for a message that
// already names the file. It wraps err.
func Reason(err error) error {
	r := &reason{err: err}
	var pe *fs.PathError
	switch {
	case errors.Is(err, fs.ErrPermission):
		r.words = func(t *i18n.Text) string { return t.Files.NoPermission }
	case errors.As(err, &pe) && !errors.Is(err, fs.ErrNotExist):
		// Windows says "Incorrect function" when a folder is read as a
		// file: ask the folder itself.
		if st, serr := os.Stat(pe.Path); serr == nil && st.IsDir() {
			r.words = func(t *i18n.Text) string { return t.Files.IsFolder }
		}
	}
	return r
}

// reason is an error of the system said in words: words when reading
// asks for its own, otherwise the catalog's words for the system's error.
type reason struct {
	err   error
	words Msg
}

func (r *reason) Error() string { return r.In(english) }

func (r *reason) Unwrap() error { return r.err }

func (r *reason) In(t *i18n.Text) string {
	if r.words != nil {
		return r.words(t)
	}
	// The message around it names the file already.
	return i18n.Cause(r.err, t)
}
