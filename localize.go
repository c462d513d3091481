package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"eventday/i18n"
	"eventday/input"
	"eventday/live"
	"eventday/platform"
	"eventday/program"
)

// localize gives err in the language of t where eventday knows what it
// means: a link where a file of the folder's own should be, an act
// spreadsheet outside the folder. The rest of err, and any error wrapped in
// words of its own, is left as it is.
func localize(t *i18n.Text, err error) error {
	if text, ok := localized(&t.Folder, err); ok {
		return errors.New(text)
	}
	return err
}

// localized is err's message with the errors it knows said in f's
// language, and whether any was. It looks inside wrappers only as long as
// they add no words of their own (errors.Join, input.Errors, the exit-code
// wrappers), so nothing of the message is lost.
func localized(f *i18n.Folder, err error) (string, bool) {
	switch e := err.(type) {
	case *platform.NotPlainError:
		if e.Link {
			return fmt.Sprintf(f.NotPlainLink, safeLine(e.Path)), true
		}
		return fmt.Sprintf(f.NotPlain, safeLine(e.Path)), true
	case *input.Error:
		var out *program.OutsideFolderError
		if errors.As(e.Err, &out) {
			c := *e
			c.Err = fmt.Errorf(f.OutsideFolder, out.Name)
			return c.Error(), true
		}
		return e.Error(), false
	}
	switch w := err.(type) {
	case interface{ Unwrap() []error }:
		var plain, texts []string
		changed := false
		for _, inner := range w.Unwrap() {
			text, ok := localized(f, inner)
			plain, texts = append(plain, inner.Error()), append(texts, text)
			changed = changed || ok
		}
		if changed && strings.Join(plain, "\n") == err.Error() {
			return strings.Join(texts, "\n"), true
		}
	case interface{ Unwrap() error }:
		if inner := w.Unwrap(); inner != nil && inner.Error() == err.Error() {
			return localized(f, inner)
		}
	}
	return err.Error(), false
}

// lockedError says that the folder is held, naming the holder, in the words
// the refused command needs: signin's (app is false) or the app's.
func lockedError(t *i18n.Text, le *live.LockedError, app bool) error {
	f := &t.Folder
	dir := safeLine(le.Dir)
	who := holder(t, le)
	switch h := le.Holder; {
	case h == nil && app:
		return fmt.Errorf(f.RunLockedOther, dir, who)
	case h == nil:
		return fmt.Errorf(f.SigninLockedOther, dir, who)
	case app && h.Command != "signin":
		return fmt.Errorf(f.RunLockedApp, dir, who)
	case app:
		return fmt.Errorf(f.RunLockedSignin, dir, who)
	case h.Command != "signin":
		return fmt.Errorf(t.Signin.Locked, dir, who)
	}
	return fmt.Errorf(f.SigninLockedSignin, dir, who)
}

// holder says who holds the folder, as its lock file says: the command,
// its process, the computer and since when, or the lock file's own words
// when they are in an older form.
func holder(t *i18n.Text, le *live.LockedError) string {
	f := &t.Folder
	h := le.Holder
	if h == nil {
		if who := input.Excerpt(le.Text); who != "" {
			return who
		}
		return f.HolderUnknown
	}
	return fmt.Sprintf(f.Holder, input.Excerpt(h.Command), h.PID, input.Excerpt(h.Host), since(h.Since, time.Now()))
}

// since writes when a holder took the folder, on the clock of t's zone (the
// event's): the time alone on the day of now, the date too on another.
func since(t, now time.Time) string {
	if t.Format(time.DateOnly) == now.In(t.Location()).Format(time.DateOnly) {
		return t.Format("15:04")
	}
	return t.Format("2006-01-02 15:04")
}
