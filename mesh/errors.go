package mesh

import (
	"fmt"

	"eventday/i18n"
	"eventday/inert"
)

// Problem is what went wrong, in terms a user can act on.
type Problem int

const (
	// PortInUse: the hub's port is taken by another program.
	PortInUse Problem = iota + 1
	// HubUnreachable: no answer from the hub.
	HubUnreachable
	// PINRefused: the hub refused the desk's PIN.
	PINRefused
	// NameTaken: another desk already joined the hub under this name.
	NameTaken
	// BadName: the desk's name cannot be used.
	BadName
	// HubFiles: the hub could not read the event's files.
	HubFiles
	// Engine: the embedded server failed.
	Engine
)

// Error is a mesh failure a user can read; match it with errors.Is against
// the Err values (ErrPINRefused, ...), which compare the Problem only.
type Error struct {
	Kind Problem
	Addr string // the hub's address or the port, where it matters
	Name string // the desk's name, where it matters
	Err  error  // the cause, for the log
}

// The problems as values for errors.Is.
var (
	ErrPortInUse      = &Error{Kind: PortInUse}
	ErrHubUnreachable = &Error{Kind: HubUnreachable}
	ErrPINRefused     = &Error{Kind: PINRefused}
	ErrNameTaken      = &Error{Kind: NameTaken}
	ErrBadName        = &Error{Kind: BadName}
	ErrHubFiles       = &Error{Kind: HubFiles}
	ErrEngine         = &Error{Kind: Engine}
)

func (e *Error) Error() string {
	var what string
	switch e.Kind {
	case PortInUse:
		what = "port " + e.Addr + " is in use"
	case HubUnreachable:
		what = "no answer from the hub at " + e.Addr
	case PINRefused:
		what = "the hub at " + e.Addr + " refused the PIN"
	case NameTaken:
		what = fmt.Sprintf("another desk is already called %q", e.Name)
	case BadName:
		what = fmt.Sprintf("%q cannot be a desk's name", e.Name)
	case HubFiles:
		what = "the hub could not read the event's files"
	default:
		what = "the mesh failed"
	}
	if e.Err != nil {
		return "mesh: " + what + ": " + e.Err.Error()
	}
	return "mesh: " + what
}

// Unwrap gives the cause.
func (e *Error) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrPINRefused) and the like true.
func (e *Error) Is(target error) bool {
	t, ok := target.(*Error)
	return ok && t.Kind == e.Kind && t.Addr == "" && t.Name == "" && t.Err == nil
}

// In says it in t's language.
func (e *Error) In(t *i18n.Text) string {
	m := t.Mesh
	addr, name := inert.Escaped(e.Addr), inert.Escaped(e.Name)
	switch e.Kind {
	case PortInUse:
		return fmt.Sprintf(m.PortInUse, addr)
	case HubUnreachable:
		return fmt.Sprintf(m.HubUnreachable, addr)
	case PINRefused:
		return fmt.Sprintf(m.PINRefused, addr)
	case NameTaken:
		return fmt.Sprintf(m.NameTaken, name)
	case BadName:
		return fmt.Sprintf(m.BadName, name)
	case HubFiles:
		return m.HubFiles
	}
	if e.Err != nil {
		return fmt.Sprintf(m.Engine, inert.Escaped(e.Err.Error()))
	}
	return fmt.Sprintf(m.Engine, "?")
}
