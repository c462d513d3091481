package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"sync/atomic"

	"eventday/i18n"
	"eventday/platform"
)

// stopSignal is the cause a quit signal cancels a command's context with.
type stopSignal struct{ sig os.Signal }

func (s *stopSignal) Error() string { return "stopped by " + s.sig.String() }

// stopsItself marks, in a command's annotations, a command that watches its
// context and stops by itself at a quit signal, leaving nothing half-written
// (signin, export, the app). Any other command is ended where it is: it has
// nothing to finish.
const stopsItself = "stops-itself"

// quitWatch turns the quit signals (ctrl+c, the terminal closing, kill)
// into the cancelling of a command's context.
type quitWatch struct {
	ctx      context.Context
	graceful atomic.Bool // the running command stops by itself
	done     func()
}

// watchQuit starts watching for quit signals. At the first one ctx is
// cancelled with a *stopSignal as its cause; a command that does not stop by
// itself is ended there with the stopped message on stderr. The next signal
// has its default effect again, so a second ctrl+c ends even a command that
// is slow to stop. A signal the program was started with ignored (nohup)
// stays ignored.
func watchQuit(t *i18n.Text, stderr io.Writer) *quitWatch {
	ctx, cancel := context.WithCancelCause(context.Background())
	w := &quitWatch{ctx: ctx}
	var sigs []os.Signal
	for _, s := range platform.QuitSignals() {
		if !signal.Ignored(s) {
			sigs = append(sigs, s)
		}
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, sigs...)
	finished := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			signal.Stop(ch)
			cancel(&stopSignal{sig})
			if !w.graceful.Load() {
				printError(stderr, t, fmt.Errorf(t.Folder.Stopped, stopReason(&t.Folder, sig)))
				os.Exit(platform.StopCode(sig))
			}
		case <-finished:
		}
	}()
	w.done = func() {
		signal.Stop(ch)
		close(finished)
		cancel(nil)
	}
	return w
}

// stopCause is the signal that stopped ctx, or nil.
func stopCause(ctx context.Context) *stopSignal {
	var s *stopSignal
	if errors.As(context.Cause(ctx), &s) {
		return s
	}
	return nil
}

// stopReason says in words what the signal was.
func stopReason(f *i18n.Folder, sig os.Signal) string {
	switch {
	case platform.Interrupt(sig):
		return f.ByInterrupt
	case platform.Hangup(sig):
		return f.ByHangup
	case sig == appClosed{}:
		return f.ByAppClosed
	}
	return f.ByOther
}

// stopped is the failure of a command that a quit signal stopped, with
// the exit code a shell gives it (130 for ctrl+c) and the message format
// (one of the Files.Stopped texts) filled with what stopped it and args.
// It is nil when ctx was not stopped.
func stopped(ctx context.Context, f *i18n.Folder, format string, args ...any) error {
	s := stopCause(ctx)
	if s == nil {
		return nil
	}
	args = append([]any{stopReason(f, s.sig)}, args...)
	return &failure{platform.StopCode(s.sig), fmt.Errorf(format, args...)}
}
