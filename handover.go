package main

import (
	"bufio"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"eventday/checkin"
	"eventday/i18n"
	"eventday/live"
	"eventday/platform"
)

// While the app holds an event folder, "eventday signin" on the same
// computer hands its command to it through a local socket instead of being
// refused: the app writes the entries through its own event (so they go
// through the group commit with the desk's, and every screen hears of
// them at once), and sends back, line by line, what signin prints and its
// exit code.
//
// The socket is a Unix domain socket (Windows 10 and later have them too)
// in a folder only the user can open (mode 0700, owned by the user, not a
// link), named after the event folder, so one computer can run several
// events. Only the folder's owner listens, and it holds the folder's lock,
// so a socket file left by an owner that was killed is stale: the next
// owner removes it before listening.
//
// The conversation is one JSON object a line. signin sends a
// handRequest; the app answers with handMessages, what signin prints as it
// is printed, and last the exit code. A handStop from signin (ctrl+c)
// stops the command between two entries, as ctrl+c stops signin itself; a
// signin that goes away stops it too.

// handVersion is the version of the conversation. An app that does not
// speak the version of a request refuses it.
const handVersion = 1

// maxRequest is the largest request the app reads: a sheet of 100,000 rows
// is a few megabytes.
const maxRequest = 64 << 20

// handRequest is what signin sends: its command line without the folder,
// the language to answer in, and the sheet it read, for --from.
type handRequest struct {
	Version int      `json:"version"`
	Lang    string   `json:"lang"`
	Args    []string `json:"args"`
	Sheet   []byte   `json:"sheet,omitempty"`
}

// handMessage is a line the app sends back: text for signin's stdout or
// stderr, or, last, its exit code.
type handMessage struct {
	Out  string `json:"out,omitempty"`
	Err  string `json:"err,omitempty"`
	Exit *int   `json:"exit,omitempty"`
}

// handStop is what signin sends when it is stopped (ctrl+c).
type handStop struct {
	Stop bool `json:"stop"`
}

// handoverDir is the private folder of this user's sockets: in the
// session's runtime folder where there is one, else in the temporary
// folder (which on Windows is the user's own).
func handoverDir() string {
	base := os.Getenv("XDG_RUNTIME_DIR")
	if base == "" || !filepath.IsAbs(base) {
		base = os.TempDir()
	}
	name := "eventday"
	if uid := os.Getuid(); uid >= 0 {
		name = fmt.Sprintf("eventday-%d", uid)
	}
	return filepath.Join(base, name)
}

// handoverPath is the socket of the event folder dir: named by a hash of
// its absolute path, since a path may be longer than a socket's name can
// be.
func handoverPath(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(handoverDir(), hex.EncodeToString(sum[:12])+".sock"), nil
}

// errNotPrivate refuses a socket folder that another user could open.
var errNotPrivate = errors.New("the socket folder is not private to this user")

// checkPrivate makes sure the socket folder is the user's own and closed
// to others: a folder someone else made in a shared place is refused.
func checkPrivate(dir string) error {
	fi, err := os.Lstat(dir)
	if err != nil {
		return err
	}
	if !fi.IsDir() || !platform.OwnedByMe(fi) || platform.OpenToOthers(fi) {
		return fmt.Errorf("%s: %w", dir, errNotPrivate)
	}
	return nil
}

// handover is the app's end of the socket.
type handover struct {
	ln    net.Listener
	event *live.Event
	dir   string
	wg    sync.WaitGroup

	mu    sync.Mutex
	stops map[net.Conn]context.CancelCauseFunc // the commands under way
}

// appClosed is what stops a command under way when the app quits.
type appClosed struct{}

func (appClosed) String() string { return "the app was closed" }
func (appClosed) Signal()        {}

// listenHandover starts taking signin's commands for event, whose folder
// is dir. Call it only while holding the folder's lock. close stops
// listening, stops the commands under way and waits for them.
func listenHandover(event *live.Event, dir string) (*handover, error) {
	path, err := handoverPath(dir)
	if err != nil {
		return nil, err
	}
	if err := platform.PrivateDir(filepath.Dir(path)); err != nil {
		return nil, err
	}
	if err := checkPrivate(filepath.Dir(path)); err != nil {
		return nil, err
	}
	// The folder's lock is ours: a socket file here is one a killed owner
	// left behind.
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	ln, err := net.Listen("unix", path)
	if err != nil {
		return nil, err
	}
	if runtime.GOOS != "windows" {
		if err := os.Chmod(path, 0o600); err != nil {
			ln.Close()
			return nil, err
		}
	}
	h := &handover{ln: ln, event: event, dir: dir, stops: map[net.Conn]context.CancelCauseFunc{}}
	h.wg.Go(h.accept)
	return h, nil
}

func (h *handover) accept() {
	for {
		c, err := h.ln.Accept()
		if err != nil {
			return // closed
		}
		ctx, cancel := context.WithCancelCause(context.Background())
		h.mu.Lock()
		h.stops[c] = cancel
		h.mu.Unlock()
		h.wg.Go(func() {
			defer func() {
				h.mu.Lock()
				delete(h.stops, c)
				h.mu.Unlock()
				cancel(nil)
				c.Close()
			}()
			h.serve(ctx, cancel, c)
		})
	}
}

// close stops listening and ends the commands under way, which stop
// between two entries and tell signin the app was closed, and waits for
// them.
func (h *handover) close() {
	h.ln.Close()
	h.mu.Lock()
	for _, stop := range h.stops {
		stop(&stopSignal{appClosed{}})
	}
	h.mu.Unlock()
	h.wg.Wait()
}

// serve runs one signin's command on the app's event; stopping ctx (with
// cancel, or when the app closes) stops the command.
func (h *handover) serve(ctx context.Context, cancel context.CancelCauseFunc, c net.Conn) {
	out := &handWriter{enc: json.NewEncoder(c)}
	r := bufio.NewReader(io.LimitReader(c, maxRequest))
	c.SetReadDeadline(time.Now().Add(time.Minute))
	var req handRequest
	line, err := r.ReadBytes('\n')
	if err == nil {
		err = json.Unmarshal(line, &req)
	}
	t := i18n.For(i18n.FromEnv())
	if slices.Contains(i18n.Langs, req.Lang) {
		t = i18n.For(req.Lang)
	}
	s := &t.Signin
	switch {
	case err != nil:
		out.exit(t, badInput(fmt.Errorf(s.BadRequest, requestProblem(s, err))))
		return
	case req.Version != handVersion:
		out.exit(t, badInput(fmt.Errorf(s.BadRequest, fmt.Sprintf(s.RequestVersion, req.Version, handVersion))))
		return
	case !slices.Contains(i18n.Langs, req.Lang):
		out.exit(t, badInput(fmt.Errorf(s.BadRequest, fmt.Sprintf(s.RequestLang, req.Lang))))
		return
	}
	c.SetReadDeadline(time.Time{})

	// A stop, or signin gone, stops the command as ctrl+c does.
	go func() {
		r.ReadBytes('\n') // the stop, or nothing more to read
		cancel(&stopSignal{os.Interrupt})
	}()

	cmd := newSigninCmdFor(t, out.stream(false), out.stream(true), &owned{event: h.event, sheet: req.Sheet})
	cmd.SilenceErrors, cmd.SilenceUsage = true, true
	cmd.SetArgs(append([]string{h.dir}, req.Args...))
	err = cmd.ExecuteContext(ctx)
	out.exit(t, err)
}

// requestProblem says in a few words what is wrong with a request that
// cannot be read.
func requestProblem(s *i18n.Signin, err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf(s.RequestJSON, syn.Offset)
	case errors.As(err, &typ):
		return fmt.Sprintf(s.RequestField, typ.Field, typ.Type)
	case errors.Is(err, io.EOF):
		return s.RequestCut
	}
	return checkin.SystemWords(err)
}

// handWriter sends the app's answers to signin, one message a line.
type handWriter struct {
	mu  sync.Mutex
	enc *json.Encoder
}

// stream is an io.Writer whose writes reach signin's stdout (or stderr).
func (w *handWriter) stream(stderr bool) io.Writer {
	return writerFunc(func(p []byte) (int, error) {
		m := handMessage{Out: string(p)}
		if stderr {
			m = handMessage{Err: string(p)}
		}
		w.send(m)
		return len(p), nil
	})
}

// send writes m; a signin gone is not the command's failure: it goes on
// to its end, as the entries written are on disk anyway.
func (w *handWriter) send(m handMessage) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.enc.Encode(m)
}

// exit sends what err says and the exit code it earns, as main prints it.
func (w *handWriter) exit(t *i18n.Text, err error) {
	var b strings.Builder
	code := exitFor(&b, t, err, "eventday signin")
	if b.Len() > 0 {
		w.send(handMessage{Err: b.String()})
	}
	w.send(handMessage{Exit: &code})
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// handOver sends signin's command to the app holding dir and prints its
// answers. ok is false when no app listens for dir (an app of an older
// eventday, a rehearsal): signin is then refused as before. An app that
// took the folder a moment ago may not listen yet: signin waits for it up
// to wait.
func handOver(ctx context.Context, dir string, wait time.Duration, t *i18n.Text, cmd *cobra.Command, sheet []byte, stdout, stderr io.Writer) (ok bool, err error) {
	path, err := handoverPath(dir)
	if err != nil {
		return false, nil
	}
	if checkPrivate(filepath.Dir(path)) != nil {
		return false, nil
	}
	c, err := dialHandover(ctx, path, wait)
	if err != nil {
		return false, nil
	}
	defer c.Close()
	var args []string
	cmd.Flags().Visit(func(f *pflag.Flag) {
		if f.Name != "lang" && f.Name != "help" {
			args = append(args, "--"+f.Name+"="+f.Value.String())
		}
	})
	req, err := json.Marshal(handRequest{Version: handVersion, Lang: t.Lang, Args: args, Sheet: sheet})
	if err != nil {
		return true, err
	}
	if _, err := c.Write(append(req, '\n')); err != nil {
		return false, nil
	}
	stop := context.AfterFunc(ctx, func() {
		line, _ := json.Marshal(handStop{Stop: true})
		c.Write(append(line, '\n'))
	})
	defer stop()
	dec := json.NewDecoder(c)
	for {
		var m handMessage
		if err := dec.Decode(&m); err != nil {
			return true, &failure{exitFailure, fmt.Errorf(t.Signin.LostOwner, safeLine(dir))}
		}
		// The app made its text safe; a line is made safe again here,
		// whatever sent it.
		printSafe(stdout, m.Out)
		printSafe(stderr, m.Err)
		if m.Exit != nil {
			return true, &exited{*m.Exit}
		}
	}
}

// dialHandover connects to the socket at path, trying again for up to
// wait while nobody listens there yet.
func dialHandover(ctx context.Context, path string, wait time.Duration) (net.Conn, error) {
	give := time.Now().Add(wait)
	for {
		c, err := net.DialTimeout("unix", path, 5*time.Second)
		if err == nil || time.Now().After(give) || ctx.Err() != nil {
			return c, err
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// printSafe writes text to w, each line made safe for the terminal.
func printSafe(w io.Writer, text string) {
	for line := range strings.SplitAfterSeq(text, "\n") {
		if line == "" {
			continue
		}
		end := ""
		if strings.HasSuffix(line, "\n") {
			line, end = strings.TrimSuffix(line, "\n"), "\n"
		}
		fmt.Fprint(w, safeLine(line)+end)
	}
}

// exited is a command that has printed all it had to say and ends with
// code.
type exited struct{ code int }

func (e *exited) Error() string { return fmt.Sprintf("exit code %d", e.code) }
