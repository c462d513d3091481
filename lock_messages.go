package main

import (
	"fmt"
	"time"

	"eventday/i18n"
	"eventday/input"
	"eventday/live"
)

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
