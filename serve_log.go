package main

import (
	"io"
	"log"
	"log/slog"
	"os"
	"path/filepath"

	"eventday/platform"
)

// maxServeLog is how large the log of serve grows before the next start
// sets it aside (as serve.log.old, over the one before) and begins anew.
const maxServeLog = 4 << 20

// quietHost sends what would otherwise be printed on the host's terminal
// while its app is full screen to a log file in the user's cache folder
// (eventday/serve.log), so that nothing ever writes over the host's
// screen: the SSH library's log and the web server's (both through the
// standard loggers), and the report of a station's screen that panicked,
// which bubbletea writes to os.Stderr. When no log file can be made, all
// of it is thrown away. It returns the log's path ("" for none) and a
// function that puts everything back.
func quietHost() (path string, restore func()) {
	var w io.Writer = io.Discard
	f, path := openServeLog()
	if f != nil {
		w = f
	}
	oldSlog, oldOut, oldFlags, oldStderr := slog.Default(), log.Writer(), log.Flags(), os.Stderr
	slog.SetDefault(slog.New(slog.NewTextHandler(w, nil)))
	if f != nil {
		os.Stderr = f
	} else if null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0); err == nil {
		os.Stderr = null
	}
	return path, func() {
		slog.SetDefault(oldSlog)
		log.SetOutput(oldOut)
		log.SetFlags(oldFlags)
		if os.Stderr != oldStderr {
			os.Stderr.Close()
			os.Stderr = oldStderr
		}
	}
}

// openServeLog opens eventday/serve.log in the user's cache folder for
// appending, in a folder private to the user; nil when it cannot.
func openServeLog() (*os.File, string) {
	cache, err := os.UserCacheDir()
	if err != nil {
		return nil, ""
	}
	dir := filepath.Join(cache, "eventday")
	if err := os.MkdirAll(cache, 0o700); err != nil {
		return nil, ""
	}
	if err := platform.PrivateDir(dir); err != nil {
		return nil, ""
	}
	path := filepath.Join(dir, "serve.log")
	if fi, err := os.Lstat(path); err == nil && fi.Mode().IsRegular() && fi.Size() > maxServeLog {
		os.Rename(path, path+".old")
	}
	f, err := platform.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return nil, ""
	}
	return f, path
}
