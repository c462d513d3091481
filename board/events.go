package board

import (
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strconv"
	"time"
)

// writeTimeout is how long one write to a page may take before the page is
// taken for gone: a television that drops off the network mid-write would
// otherwise hold its stream, and its subscription, until the connection
// times out, which can be many minutes.
const writeTimeout = 20 * time.Second

// retryAfter is how long a page that lost its stream waits before it asks
// again (the browser's EventSource does it by itself).
const retryAfter = 3 * time.Second

// events streams the board: the snapshot at once, then a snapshot each
// time the page would otherwise be wrong (see stale). The owner's signal
// says when the show or the desk changed; the ticker finds what the clock
// changes by itself, which nothing signals: an act running over, a call
// falling due, the minute. A snapshot of the sample show costs about 7 µs
// (BenchmarkOf), so looking every second costs nothing worth saving.
func (h *Handler) events(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Type", "text/event-stream; charset=utf-8")
	hd.Set("Cache-Control", "no-cache")
	if r.Method == http.MethodHead {
		return
	}
	if !h.open() {
		http.Error(w, http.StatusText(http.StatusServiceUnavailable), http.StatusServiceUnavailable)
		return
	}
	defer h.release()
	changes, stop := h.event.Subscribe()
	defer stop()

	rc := http.NewResponseController(w)
	quiet := time.NewTimer(h.opts.KeepAlive)
	defer quiet.Stop()
	write := func(s string) error {
		quiet.Reset(h.opts.KeepAlive)
		if err := rc.SetWriteDeadline(time.Now().Add(writeTimeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return err
		}
		if _, err := io.WriteString(w, s); err != nil {
			return err
		}
		return rc.Flush()
	}
	var last Snapshot
	send := func(s Snapshot) error {
		b, err := json.Marshal(s)
		if err != nil {
			return err
		}
		last = s
		// The JSON holds no line break (encoding/json escapes U+2028 and
		// U+2029 too), so it is one data line.
		return write("data: " + string(b) + "\n\n")
	}
	if err := write("retry: " + strconv.FormatInt(retryAfter.Milliseconds(), 10) + "\n"); err != nil {
		return
	}
	if err := send(Of(h.event)); err != nil {
		return
	}
	tick := time.NewTicker(h.opts.Tick)
	defer tick.Stop()
	for {
		var err error
		select {
		case <-r.Context().Done():
			return
		case <-h.done:
			return
		case _, ok := <-changes:
			if !ok {
				changes = nil
				continue
			}
			err = h.sendIfStale(last, send)
		case <-tick.C:
			err = h.sendIfStale(last, send)
		case <-quiet.C:
			err = write(": keep-alive\n\n")
		}
		if err != nil {
			return
		}
	}
}

// sendIfStale sends the board now if a page that got last would be wrong.
func (h *Handler) sendIfStale(last Snapshot, send func(Snapshot) error) error {
	if s := Of(h.event); stale(last, s) {
		return send(s)
	}
	return nil
}

// open counts a stream in, unless the handler is closed.
func (h *Handler) open() bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.closed {
		return false
	}
	h.streams++
	return true
}

// release counts a stream out.
func (h *Handler) release() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.streams--
}
