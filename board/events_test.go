package board

import (
	"bufio"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"eventday/program"
)

// event is one thing a stream said: a snapshot's JSON, or a comment.
type event struct {
	data, comment string
	at            time.Time // when its last line was read
}

// snapshot decodes the part of an event's JSON the tests look at.
func (e event) snapshot(t *testing.T) (s struct {
	Phase  string
	People int
	Live   *struct {
		Title string
		Over  bool
	}
}) {
	t.Helper()
	if err := json.Unmarshal([]byte(e.data), &s); err != nil {
		t.Fatalf("%v: %s", err, e.data)
	}
	return s
}

// stream is a reader of /events, as a page's EventSource reads it.
type stream struct {
	res    *http.Response
	events chan event // closed when the stream ends
	cancel func()
}

// client is an HTTP client of its own, whose connections a test can close.
func client() (*http.Client, func()) {
	// A stream that never flushes never sends its headers: give up on it.
	tr := &http.Transport{ResponseHeaderTimeout: 5 * time.Second}
	return &http.Client{Transport: tr}, tr.CloseIdleConnections
}

func openStream(t *testing.T, c *http.Client, url string) *stream {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	req.Header.Set("Accept", "text/event-stream")
	res, err := c.Do(req)
	if err != nil {
		cancel()
		t.Fatal(err)
	}
	s := &stream{res: res, events: make(chan event, 100), cancel: func() { cancel(); res.Body.Close() }}
	t.Cleanup(s.cancel)
	go func() {
		defer close(s.events)
		r := bufio.NewReader(res.Body)
		var e event
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return
			}
			line = strings.TrimSuffix(line, "\n")
			switch {
			case line == "":
				if e.data != "" || e.comment != "" {
					e.at = time.Now()
					s.events <- e
				}
				e = event{}
			case strings.HasPrefix(line, ":"):
				e.comment = strings.TrimSpace(line[1:])
			case strings.HasPrefix(line, "data: "):
				e.data += line[len("data: "):]
			}
		}
	}()
	return s
}

// next is the stream's next event, or false if none comes within d.
func (s *stream) next(d time.Duration) (event, bool) {
	select {
	case e, ok := <-s.events:
		return e, ok
	case <-time.After(d):
		return event{}, false
	}
}

// ends reports whether the stream ends within d, whatever it says before.
func (s *stream) ends(d time.Duration) bool {
	deadline := time.After(d)
	for {
		select {
		case _, ok := <-s.events:
			if !ok {
				return true
			}
		case <-deadline:
			return false
		}
	}
}

// must is the stream's next event, which must come within a second.
func (s *stream) must(t *testing.T) event {
	t.Helper()
	e, ok := s.next(time.Second)
	if !ok {
		t.Fatal("no event within a second")
	}
	return e
}

// serve runs the board of s on a server on 127.0.0.1.
func serve(t *testing.T, s Event, opts Options) (*Handler, *httptest.Server) {
	t.Helper()
	h := NewHandler(s, opts)
	srv := httptest.NewServer(h)
	t.Cleanup(func() { h.Close(); srv.Close() })
	return h, srv
}

// TestEventsGo: every GO made through the owner reaches a reader of the
// stream within a second, from the owner's signal alone (the ticker is
// set to an hour). The latencies are logged: go test -v -run TestEventsGo.
func TestEventsGo(t *testing.T) {
	s := openDemo(t)
	_, srv := serve(t, s, Options{Tick: time.Hour, KeepAlive: time.Hour})
	c, done := client()
	defer done()
	st := openStream(t, c, srv.URL+"/events")
	if ct, cc := st.res.Header.Get("Content-Type"), st.res.Header.Get("Cache-Control"); ct != "text/event-stream; charset=utf-8" || cc != "no-cache" {
		t.Errorf("Content-Type %q, Cache-Control %q", ct, cc)
	}
	if first := st.must(t).snapshot(t); first.Phase != "not-started" || first.Live != nil {
		t.Fatalf("first snapshot: %+v", first)
	}
	acts := s.Plan().Acts
	var fromCall, fromSaved []time.Duration
	for i := range len(acts) + 1 {
		s.clock.Set(at(14, 30+3*i, 0))
		t0 := time.Now()
		if _, err := s.Cue(program.Cue{Kind: program.KindGo}); err != nil {
			t.Fatal(err)
		}
		t1 := time.Now()
		e := st.must(t)
		got := e.snapshot(t)
		switch {
		case i < len(acts) && (got.Live == nil || got.Live.Title != acts[i].Title):
			t.Fatalf("GO %d: %+v, want %s live", i+1, got, acts[i].Title)
		case i == len(acts) && got.Phase != "over":
			t.Fatalf("the last GO: %+v, want the show over", got)
		}
		fromCall, fromSaved = append(fromCall, e.at.Sub(t0)), append(fromSaved, e.at.Sub(t1))
	}
	for _, d := range fromCall {
		if d >= time.Second {
			t.Errorf("a GO took %v to reach the reader", d)
		}
	}
	t.Logf("%d GOs, from the call to Cue to the reader: %s; from Cue's return (the cue on disk): %s",
		len(fromCall), spread(fromCall), spread(fromSaved))
}

// spread is the least, the median and the most of ds.
func spread(ds []time.Duration) string {
	ds = slices.Clone(ds)
	slices.Sort(ds)
	r := func(d time.Duration) string { return d.Round(10 * time.Microsecond).String() }
	return "min " + r(ds[0]) + ", median " + r(ds[len(ds)/2]) + ", max " + r(ds[len(ds)-1])
}

// TestEventsKeepAlive: a quiet stream sends a comment every KeepAlive.
func TestEventsKeepAlive(t *testing.T) {
	s := openDemo(t)
	_, srv := serve(t, s, Options{Tick: time.Hour, KeepAlive: 50 * time.Millisecond})
	c, done := client()
	defer done()
	st := openStream(t, c, srv.URL+"/events")
	st.must(t)
	for range 3 {
		if e := st.must(t); e.comment != "keep-alive" || e.data != "" {
			t.Fatalf("%+v, want a keep-alive comment", e)
		}
	}
}

// TestEventsClock: what the clock changes by itself reaches the stream by
// the ticker: the act running over, and the minute; while nothing
// changes, nothing is sent.
func TestEventsClock(t *testing.T) {
	s := openDemo(t)
	s.goAt(t, at(14, 30, 0))
	s.clock.Set(at(14, 30, 10))
	_, srv := serve(t, s, Options{Tick: 10 * time.Millisecond, KeepAlive: time.Hour})
	c, done := client()
	defer done()
	st := openStream(t, c, srv.URL+"/events")
	if got := st.must(t).snapshot(t); got.Live == nil || got.Live.Over {
		t.Fatalf("first: %+v", got)
	}
	if e, ok := st.next(200 * time.Millisecond); ok {
		t.Fatalf("sent with nothing changed: %+v", e)
	}
	s.clock.Set(at(14, 35, 0).Add(500 * time.Millisecond))
	if got := st.must(t).snapshot(t); got.Live == nil || !got.Live.Over {
		t.Fatalf("past the act's end: %+v", got)
	}

	// The show over: only the minute changes what the board shows. The
	// GOs come faster than the stream sends, and changes merge, so the
	// stream may say "on" a few times first, or "over" straight away.
	for i := range actsInShow {
		s.goAt(t, at(14, 36+i, 0))
	}
	for {
		got := st.must(t).snapshot(t)
		if got.Phase == "over" {
			break
		}
		if got.Phase != "on" {
			t.Fatalf("after the GOs: %+v", got)
		}
	}
	s.clock.Set(at(14, 50, 10))
	st.must(t)
	s.clock.Set(at(14, 50, 50))
	if e, ok := st.next(200 * time.Millisecond); ok {
		t.Fatalf("sent within the same minute: %+v", e)
	}
	s.clock.Set(at(14, 51, 0))
	if _, ok := st.next(time.Second); !ok {
		t.Fatal("nothing sent when the minute changed")
	}
}

// counted is the owner, counting the subscriptions open on it.
type counted struct {
	Event
	mu   sync.Mutex
	subs int
}

func (c *counted) Subscribe() (<-chan struct{}, func()) {
	ch, stop := c.Event.Subscribe()
	c.mu.Lock()
	c.subs++
	c.mu.Unlock()
	var once sync.Once
	return ch, func() {
		once.Do(func() {
			stop()
			c.mu.Lock()
			c.subs--
			c.mu.Unlock()
		})
	}
}

func (c *counted) open() int { c.mu.Lock(); defer c.mu.Unlock(); return c.subs }

// eventually waits up to 5 seconds for ok.
func eventually(ok func() bool) bool {
	for end := time.Now().Add(5 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if ok() {
			return true
		}
	}
	return ok()
}

// TestEventsReaderGone: a reader that goes away gives its subscription
// back, and leaves no goroutine behind; Close ends every stream.
func TestEventsReaderGone(t *testing.T) {
	s := openDemo(t)
	owner := &counted{Event: s}
	h, srv := serve(t, owner, Options{Tick: 10 * time.Millisecond, KeepAlive: 20 * time.Millisecond})
	c, done := client()
	before := runtime.NumGoroutine()
	var streams []*stream
	for range 5 {
		st := openStream(t, c, srv.URL+"/events")
		st.must(t)
		streams = append(streams, st)
	}
	s.goAt(t, at(14, 30, 0))
	for _, st := range streams {
		for e := st.must(t); e.data == ""; e = st.must(t) {
		}
	}
	during := runtime.NumGoroutine()
	if h.Streams() != 5 || owner.open() != 5 {
		t.Fatalf("%d streams, %d subscriptions open; want 5", h.Streams(), owner.open())
	}
	for _, st := range streams {
		st.cancel()
	}
	done()
	if !eventually(func() bool { return h.Streams() == 0 && owner.open() == 0 && runtime.NumGoroutine() <= before }) {
		t.Fatalf("after the readers left: %d streams, %d subscriptions, %d goroutines (%d before them)",
			h.Streams(), owner.open(), runtime.NumGoroutine(), before)
	}
	t.Logf("goroutines: %d before the readers, %d with 5 readers, %d after they left", before, during, runtime.NumGoroutine())

	// Close ends the streams open, and refuses new ones.
	st := openStream(t, c, srv.URL+"/events")
	st.must(t)
	h.Close()
	if !st.ends(2 * time.Second) {
		t.Fatal("a stream still open after Close")
	}
	if !eventually(func() bool { return h.Streams() == 0 && owner.open() == 0 }) {
		t.Fatalf("after Close: %d streams, %d subscriptions", h.Streams(), owner.open())
	}
	res, err := c.Get(srv.URL + "/events")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusServiceUnavailable {
		t.Errorf("a stream after Close: %d", res.StatusCode)
	}
}
