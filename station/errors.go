package station

import (
	"errors"
	"io/fs"
)

// SetupError is why the server cannot start, said in the host's language
// in one line: a port in use, a host key or a key file it cannot use, a
// PIN that is not one.
type SetupError struct {
	Text  string // the message, whole
	Input bool   // the fix is in what the user gave (a flag, a file), not in the machine
	Err   error  // the cause, if there is one
}

// Error is the message, whole.
func (e *SetupError) Error() string { return e.Text }

// Unwrap gives the cause, for errors.Is and errors.As.
func (e *SetupError) Unwrap() error { return e.Err }

func inputError(text string, err error) error {
	return &SetupError{Text: text, Input: true, Err: err}
}

func machineError(text string, err error) error {
	return &SetupError{Text: text, Err: err}
}

// why is err without the path a *fs.PathError repeats: the messages name
// the file themselves.
func why(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
