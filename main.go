// Command eventday runs the day of a community event from one laptop
// backstage: the stage manager's running order and the sign-in desk, over an
// event folder whose journals survive a crash. See README.md.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"eventday/i18n"
	"eventday/input"
)

// Exit codes, as the README documents them.
const (
	exitOK       = 0
	exitFailure  = 1 // the machine failed, or the folder is open elsewhere
	exitBadInput = 2 // the user's files or command line are wrong
)

func main() {
	os.Exit(runWatched(os.Args[1:], os.Stdout, os.Stderr, true))
}

// run is the whole program short of the process: it parses args, runs the
// command, prints any error on stderr and returns the exit code. Tests call
// it directly.
func run(args []string, stdout, stderr io.Writer) int {
	return runWatched(args, stdout, stderr, false)
}

// runWatched is run, and with watch the quit signals stop the command (see
// watchQuit); only the process itself watches them.
func runWatched(args []string, stdout, stderr io.Writer, watch bool) int {
	lang, err := langFromArgs(args, i18n.FromEnv())
	t := i18n.For(lang)
	if err != nil {
		printError(stderr, t, fmt.Errorf(t.CLI.UsageHint, err, "eventday"))
		return exitBadInput
	}
	ctx := context.Background()
	root := newRootCmd(t, stdout, stderr)
	if watch {
		w := watchQuit(t, stderr)
		defer w.done()
		ctx = w.ctx
		root.PersistentPreRun = func(cmd *cobra.Command, _ []string) {
			w.graceful.Store(cmd.Annotations[stopsItself] != "")
		}
	}
	root.SetArgs(args)
	cmd, err := root.ExecuteContextC(ctx)
	return exitFor(stderr, t, err, cmd.CommandPath())
}

// exitFor prints what err, returned by the command at path, says on
// stderr and returns the exit code it earns.
func exitFor(stderr io.Writer, t *i18n.Text, err error, path string) int {
	if err == nil {
		return exitOK
	}
	var f *failure
	var e *exited
	switch {
	case errors.As(err, &f):
		printError(stderr, t, f.err)
		return f.code
	case errors.As(err, &e):
		return e.code // it said what it had to
	}
	// Anything else comes from cobra's parsing before a command ran: an
	// unknown flag, a wrong number of arguments. Point at the help.
	printError(stderr, t, fmt.Errorf(t.CLI.UsageHint, err, path))
	return exitBadInput
}

// langFromArgs finds --lang in args before cobra runs, because the help
// texts are built in the chosen language. An unknown value is an error.
func langFromArgs(args []string, fallback string) (string, error) {
	lang := fallback
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			return lang, nil
		case a == "--lang" && i+1 < len(args):
			lang = args[i+1]
			i++
		case strings.HasPrefix(a, "--lang="):
			lang = strings.TrimPrefix(a, "--lang=")
		default:
			continue
		}
		if !slices.Contains(i18n.Langs, lang) {
			t := i18n.For(fallback)
			return fallback, fmt.Errorf(t.CLI.BadLang, lang, strings.Join(i18n.Langs, ", "))
		}
	}
	return lang, nil
}

// failure is an error from a command's own work, with the exit code it
// earns. Errors that are not failures come from parsing the command line.
type failure struct {
	code int
	err  error
}

func (f *failure) Error() string { return f.err.Error() }
func (f *failure) Unwrap() error { return f.err }

// badInput is a failure caused by what the user gave: exit code 2.
func badInput(err error) error { return &failure{exitBadInput, err} }

// printError writes err on stderr in t's language, one "eventday: " line
// per line of its message, so that a folder with five problems shows five
// lines. Whatever a file smuggled into a message (an escape sequence, a
// bidi override) is written as an escape, never sent to the terminal.
func printError(w io.Writer, t *i18n.Text, err error) {
	printLines(w, "eventday: ", i18n.Localize(err, t))
}

// printFileWarnings writes what reading the event's files passed over, one
// "eventday: warning: " line each, and returns those lines without the
// prefix, for the app to show too.
func printFileWarnings(w io.Writer, t *i18n.Text, warnings input.Errors) []string {
	var lines []string
	for _, warning := range warnings {
		line := fmt.Sprintf(t.CLI.Warning, warning.In(t))
		printLines(w, "eventday: ", line)
		lines = append(lines, line)
	}
	return lines
}

// printLines writes text one line at a time behind prefix, each made safe
// for the terminal; blank lines are left out.
func printLines(w io.Writer, prefix, text string) {
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			fmt.Fprintf(w, "%s%s\n", prefix, safeLine(line))
		}
	}
}
