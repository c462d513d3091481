package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"

	"eventday/checkin"
	"eventday/export"
	"eventday/i18n"
	"eventday/live"
	"eventday/tui"
)

func newRunCmd(t *i18n.Text, stderr io.Writer) *cobra.Command {
	c := &t.CLI
	var mode runMode
	var j joinFlags
	cmd := &cobra.Command{
		Use:     "run " + c.DirArg,
		Short:   c.RunShort,
		Long:    c.RunLong,
		Example: c.RunExample,
		Args:    oneDir(c, c.RunExample),
		// A signal ends the app as a quit does: the terminal is given back
		// and the logs are closed.
		Annotations: map[string]string{stopsItself: "yes"},
		RunE: func(cmd *cobra.Command, args []string) error {
			if mode.fresh && !mode.rehearsal {
				return errors.New(c.FreshAlone)
			}
			if j.hub == "" && j.desk == "" {
				return openAndRun(cmd.Context(), t, "run", args[0], mode, nil, stderr, nil, nil)
			}
			g := &t.Hub
			switch {
			case j.desk == "":
				return errors.New(g.JoinNeedsDesk)
			case j.hub == "":
				return errors.New(g.DeskNeedsJoin)
			case mode.rehearsal:
				return errors.New(g.JoinRehearsal)
			}
			node, err := startDesk(cmd.Context(), t, args[0], j, cmd.InOrStdin(), stderr)
			if err != nil {
				return err
			}
			defer node.stop()
			return openAndRun(cmd.Context(), t, "run", args[0], mode, nil, stderr, nil, node)
		},
	}
	fl := cmd.Flags()
	fl.BoolVar(&mode.rehearsal, "rehearsal", false, c.RehearsalFlag)
	fl.BoolVar(&mode.fresh, "fresh", false, c.FreshFlag)
	fl.StringVar(&j.hub, "join", "", t.Hub.JoinFlag)
	fl.StringVar(&j.desk, "desk", "", t.Hub.DeskFlag)
	fl.StringVar(&j.pin, "pin", "", t.Hub.JoinPINFlag)
	return cmd
}

// runMode is how run opens the folder: for the show, or for a rehearsal
// on journals of its own (fresh: started again from the top).
type runMode struct {
	rehearsal, fresh bool
}

// openAndRun opens the event folder dir for command (run, demo, serve) and
// runs the full-screen app on it until the user quits or ctx is done (a
// signal, the terminal closed). notices are lines to show in the app at
// start; the folder's warnings (a torn journal line set aside, a column of
// the roster left out) are added to them and also printed on stderr, where
// they outlive the app's screen. When the user asks the app for a
// rehearsal (R), the folder is opened again for it. With stations (serve),
// other computers are let in while the app runs, and R is off: opening the
// folder again would cut every station off.
func openAndRun(ctx context.Context, t *i18n.Text, command, dir string, mode runMode, notices []string, stderr io.Writer, stations *stationHost, node gateNode) error {
	for {
		next, err := openAndRunOnce(ctx, t, command, dir, mode, notices, stderr, stations, node)
		if err != nil || next == nil {
			return err
		}
		mode, notices = *next, nil
	}
}

// openAndRunOnce opens the folder in mode and runs the app until it quits;
// it returns the mode to open the folder in again, or nil when the user
// quit.
func openAndRunOnce(ctx context.Context, t *i18n.Text, command, dir string, mode runMode, notices []string, stderr io.Writer, stations *stationHost, node gateNode) (*runMode, error) {
	c := &t.CLI
	opts := live.Options{Command: command, Rehearsal: mode.rehearsal, Fresh: mode.fresh}
	views := tui.AllViews
	if node != nil {
		opts.Origin = node.origin()
		if _, desk := node.(*deskNode); desk {
			// A desk laptop signs people in under its own name; the show
			// is cued at the host, whose cue log is the only one.
			opts.Desk, views = node.origin(), tui.DeskViews
		}
	}
	event, err := live.Open(dir, opts)
	var held *live.LockedError
	if errors.As(err, &held) {
		return nil, &failure{exitFailure, lockedError(t, held, true)}
	}
	if oerr := originError(t, err); oerr != nil {
		return nil, oerr
	}
	if err != nil {
		return nil, fromLive(t, dir, err)
	}
	for _, w := range event.Warnings() {
		text := fmt.Sprintf(c.Warning, w.Text(t, event.Plan(), false))
		printLines(stderr, "eventday: ", text)
		notices = append(notices, text)
	}
	notices = append(notices, printFileWarnings(stderr, t, event.FileWarnings())...)
	if aside := event.SetAside(); aside != "" {
		if rel, err := filepath.Rel(dir, aside); err == nil {
			aside = rel
		}
		notices = append(notices, fmt.Sprintf(c.RehearsalAgain, aside))
	}
	var hand *handover
	if (command == "run" || command == "serve") && !mode.rehearsal {
		// signin on this computer hands its entries to the app rather
		// than being refused; a rehearsal's journals are not the show's.
		var herr error
		if hand, herr = listenHandover(event, dir); herr != nil {
			text := fmt.Sprintf(t.Signin.HandoverOff, checkin.SystemWords(herr))
			printLines(stderr, "eventday: ", fmt.Sprintf(c.Warning, text))
			notices = append(notices, text)
		}
	}
	var exportAll func() ([]string, error)
	if !mode.rehearsal {
		// A rehearsal is not exported: export reads the show's journals.
		exportAll = func() ([]string, error) {
			// The export reads the folder from disk, as `eventday export`
			// does, so that the files hold what the journals hold.
			f, err := live.Read(dir)
			if err != nil {
				return nil, err
			}
			out, err := export.Folder(dir)
			if err != nil {
				return nil, err
			}
			return export.WriteFiles(ctx, out, export.New(f.Show, f.Roster, f.Attendance, time.Now()), export.Formats(), t.Lang)
		}
	}
	// R in the app asks for a rehearsal; it is told so from one of the
	// app's commands, and read here once the app has quit.
	var next atomic.Pointer[runMode]
	rehearse := func(fresh bool) { next.Store(&runMode{rehearsal: true, fresh: fresh}) }
	var hosting *tui.Hosting
	if stations != nil {
		rehearse = nil
		if hosting, err = stations.start(event, mode.rehearsal); err != nil {
			if hand != nil {
				hand.close()
			}
			event.Close()
			return nil, err
		}
	}
	var link *tui.Link
	if node != nil {
		// Another laptop's entries come in, this one's go out, from now
		// until the app quits; a rehearsal is not one of them.
		rehearse = nil
		if err := node.attach(event); err != nil {
			if hand != nil {
				hand.close()
			}
			event.Close()
			return nil, &failure{exitFailure, fmt.Errorf(t.Hub.StartFailed, checkin.SystemWords(err))}
		}
		switch n := node.(type) {
		case *deskNode:
			link = n.link()
		case *hubNode:
			if hosting != nil {
				hosting.Hub = n.info(event)
			}
		}
	}
	err = tui.Run(event, tui.Options{Lang: t.Lang, Notices: notices, Export: exportAll,
		Context: ctx, Rehearsal: mode.rehearsal, Rehearse: rehearse, Hosting: hosting, Link: link, Views: views})
	if node != nil {
		// The engine stops before the logs close: what it was handing in
		// is written or not, never half.
		node.stop()
	}
	if hand != nil {
		hand.close() // before the event it writes to
	}
	if stations != nil {
		// The stations end before the logs close: a write one of them has
		// started finishes first.
		stations.stop()
	}
	if cerr := event.Close(); cerr != nil {
		err = errors.Join(err, cerr)
	}
	if stop := stopped(ctx, &t.Folder, t.Folder.StoppedApp); stop != nil {
		return nil, stop
	}
	if err != nil {
		return nil, &failure{exitFailure, err}
	}
	return next.Load(), nil
}
