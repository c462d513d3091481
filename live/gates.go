package live

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/journal"
	"eventday/platform"
)

// An event may be signed in at several gates, each a laptop that keeps
// signing people in on its own while the network is down: each writes its
// own records (of its origin, see checkin.Record) to its attendance.jsonl,
// and the records received from the other gates are kept beside it, one
// append-only journal per origin in GatesDir. Every command reads them all,
// so each counts every gate.

// GatesDir is the folder of an event folder that keeps the records
// received from other origins.
const GatesDir = "gates"

// GateFile is the name, in the event folder, of the journal of the records
// received from origin: gates/host.jsonl for the host ("").
func GateFile(origin string) string {
	return GatesDir + "/" + checkin.ShownOrigin(origin) + ".jsonl"
}

// OriginError refuses to open a folder as one origin when its
// attendance.jsonl holds the records of another: a desk's laptop opened as
// the host, or the other way round. Writing on would give the folder two
// origins' records in one log, and each gate would count the other's
// sign-ins twice. It matches ErrBadInput.
type OriginError struct {
	Found, Want string // "" the host
}

// Error gives the English message.
func (e *OriginError) Error() string { return e.In(i18n.For("en")) }

// In words the refusal in t's language.
func (e *OriginError) In(t *i18n.Text) string {
	g := &t.Gates
	switch {
	case e.Want == "":
		return fmt.Sprintf(g.OpenAsDesk, e.Found)
	case e.Found == "":
		return fmt.Sprintf(g.OpenAsHost, e.Want)
	}
	return fmt.Sprintf(g.OpenAsThat, e.Found, e.Want)
}

// Is makes errors.Is(err, ErrBadInput) true.
func (e *OriginError) Is(target error) bool { return target == ErrBadInput }

// checkOrigin refuses an attendance.jsonl (folded into att) that holds the
// records of an origin other than want.
func checkOrigin(att *checkin.Attendance, want string) error {
	for _, o := range att.Origins() {
		if o.Origin != want {
			return &OriginError{Found: o.Origin, Want: want}
		}
	}
	return nil
}

// gateError is a refusal about the gates, worded from the catalog.
type gateError struct {
	text func(*i18n.Gates) string
	arg  []any
}

func (e *gateError) Error() string { return e.In(i18n.For("en")) }

func (e *gateError) In(t *i18n.Text) string { return fmt.Sprintf(e.text(&t.Gates), e.arg...) }

// gateLog is one journal of gates/ as read.
type gateLog struct {
	origin string
	file   string // as messages name it: gates/east.jsonl
	c      *journal.Contents
}

// readGates replays the journals of the records received from other
// origins, in logs/gates, into att, after attendance.jsonl: each must hold
// the records of the origin it is named after, and with checkOwn none may
// be own's. It
// changes nothing on disk. No link is followed: a gates folder or journal
// that is a link is refused.
func readGates(logs string, att *checkin.Attendance, own string, checkOwn bool) ([]gateLog, error) {
	dir := filepath.Join(logs, GatesDir)
	fi, err := os.Lstat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		return nil, err
	case fi.Mode()&(fs.ModeSymlink|fs.ModeIrregular) != 0:
		return nil, bad(&platform.NotPlainError{Path: dir, Link: true})
	case !fi.IsDir():
		return nil, bad(&platform.NotPlainError{Path: dir})
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []gateLog
	for _, ent := range entries {
		name, ok := strings.CutSuffix(ent.Name(), ".jsonl")
		if !ok {
			continue // set-aside tails, backups
		}
		file := GatesDir + "/" + ent.Name()
		origin := name
		if name == checkin.HostOrigin {
			origin = ""
		} else if checkin.ValidOrigin(name) != nil {
			return nil, bad(&gateError{func(g *i18n.Gates) string { return g.BadGateFile }, []any{file}})
		}
		if checkOwn && origin == own {
			return nil, bad(&gateError{func(g *i18n.Gates) string { return g.OwnGateFile }, []any{file, checkin.ShownOrigin(own)}})
		}
		path := filepath.Join(dir, ent.Name())
		if err := platform.CheckPlain(path); err != nil {
			return nil, bad(err)
		}
		c, err := journal.Read(path)
		if err != nil {
			return nil, err
		}
		setAsideUnreadable(c)
		if err := withLong(damage(att.ReplayGate(file, origin, c.Lines)), file, c); err != nil {
			return nil, err
		}
		out = append(out, gateLog{origin: origin, file: file, c: c})
	}
	return out, nil
}

// gateFiles lists the journals of gates/ in the event folder dir, by the
// names messages give them, leaving out files named for no gate (the start
// refuses those) and anything unreadable (the start says why).
func gateFiles(dir string) []string {
	entries, err := os.ReadDir(filepath.Join(dir, GatesDir))
	if err != nil {
		return nil
	}
	var out []string
	for _, ent := range entries {
		if _, ok := gateOf(GatesDir + "/" + ent.Name()); ok && ent.Type().IsRegular() {
			out = append(out, GatesDir+"/"+ent.Name())
		}
	}
	return out
}

// gateOf gives the origin of the journal of gates/ named file
// (gates/east.jsonl), and false for a file that is no such journal.
func gateOf(file string) (string, bool) {
	rest, ok := strings.CutPrefix(file, GatesDir+"/")
	if !ok {
		return "", false
	}
	name, ok := strings.CutSuffix(rest, ".jsonl")
	switch {
	case !ok:
		return "", false
	case name == checkin.HostOrigin:
		return "", true
	case checkin.ValidOrigin(name) != nil:
		return "", false
	}
	return name, true
}
