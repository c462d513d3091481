package board

import (
	"encoding/json"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"eventday/i18n"
)

// Options configure the board's web page.
type Options struct {
	// Lang is the page's language ("en" or "zh") when neither ?lang= nor
	// the browser's Accept-Language picks one; "" means English.
	Lang string
	// Tick is how often an open page's stream looks for what the clock
	// changes by itself (an act running over, a call falling due, the
	// minute); 0 means a second.
	Tick time.Duration
	// KeepAlive is how long a stream may stay quiet before it sends a
	// comment, so that a television or a proxy keeps it open; 0 means
	// 15 seconds.
	KeepAlive time.Duration
}

// Handler serves the board on the web, read-only:
//
//	GET /            the page, for a television's browser
//	GET /events      the board as server-sent events: one snapshot as JSON
//	                 at once, then one for each change
//	GET /board.json  the board now, as JSON
type Handler struct {
	event Event
	opts  Options

	mu      sync.Mutex
	streams int
	done    chan struct{} // closed by Close
	closed  bool
}

// NewHandler serves the board of the open event.
func NewHandler(event Event, opts Options) *Handler {
	if opts.Tick <= 0 {
		opts.Tick = time.Second
	}
	if opts.KeepAlive <= 0 {
		opts.KeepAlive = 15 * time.Second
	}
	return &Handler{event: event, opts: opts, done: make(chan struct{})}
}

// Close ends every open stream and refuses streams asked for after it
// (503): an http.Server waits for its requests to end before it shuts
// down, and a stream never ends by itself, so register Close with the
// server's RegisterOnShutdown.
func (h *Handler) Close() {
	h.mu.Lock()
	defer h.mu.Unlock()
	if !h.closed {
		h.closed = true
		close(h.done)
	}
}

// Streams is how many pages are open on the board now.
func (h *Handler) Streams() int {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.streams
}

// ServeHTTP answers GET and HEAD on the board's three addresses; anything
// else is refused.
func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Content-Security-Policy", contentPolicy)
	hd.Set("X-Frame-Options", "DENY")
	hd.Set("Referrer-Policy", "no-referrer")
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		hd.Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case "/":
		h.page(w, r)
	case "/events":
		h.events(w, r)
	case "/board.json":
		hd.Set("Content-Type", "application/json")
		hd.Set("Cache-Control", "no-store")
		b, err := json.Marshal(Of(h.event))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		hd.Set("Content-Length", strconv.Itoa(len(b)+1))
		w.Write(append(b, '\n'))
	default:
		http.Error(w, i18n.For(h.lang(r)).Board.NotFound, http.StatusNotFound)
	}
}

// lang is the page's language: ?lang=, else the first of English and
// Chinese the browser accepts, else the handler's own.
func (h *Handler) lang(r *http.Request) string {
	switch l := r.URL.Query().Get("lang"); l {
	case "en", "zh":
		return l
	}
	if l := acceptedLang(r.Header.Get("Accept-Language")); l != "" {
		return l
	}
	return i18n.For(h.opts.Lang).Lang
}

// acceptedLang is "zh" or "en", whichever of them an Accept-Language
// header ranks first (zh-CN, zh-TW and the like as zh, as the catalog
// takes them), or "" for neither.
func acceptedLang(header string) string {
	best, bestQ := "", 0.0
	for _, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		if v, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			f, err := strconv.ParseFloat(v, 64)
			if err != nil {
				continue
			}
			q = f
		}
		primary, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(tag)), "-")
		if (primary == "zh" || primary == "en") && q > bestQ {
			best, bestQ = primary, q
		}
	}
	return best
}
