package browser

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"sync"
)

// devtools speaks the browser's DevTools protocol over the pipe that
// --remote-debugging-pipe opens: JSON messages, each ended by a NUL byte.
// It is what lets one browser open many pages, rather than starting a
// browser for each.
type devtools struct {
	w       io.Writer
	wmu     sync.Mutex
	mu      sync.Mutex
	next    int
	replies map[int]chan devtoolsMsg
	loads   map[string]*loads // by session
	done    chan struct{}     // closed when the browser's pipe closes
	err     error
	close   func() // closes our ends of the pipe
}

// loads are the documents a page has finished loading, by loader.
type loads struct {
	seen map[string]bool
	news chan struct{} // a token after each load
}

// devtoolsMsg is a command's reply or an event.
type devtoolsMsg struct {
	ID        int             `json:"id,omitempty"`
	Method    string          `json:"method,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Params    json.RawMessage `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// loadsOf is the loads of a session; d.mu is held.
func (d *devtools) loadsOf(session string) *loads {
	l := d.loads[session]
	if l == nil {
		l = &loads{seen: map[string]bool{}, news: make(chan struct{}, 1)}
		d.loads[session] = l
	}
	return l
}

// call sends a command (to a page when session is set) and waits for its
// reply's result.
func (d *devtools) call(ctx context.Context, session, method string, params any, result any) error {
	reply := make(chan devtoolsMsg, 1)
	d.mu.Lock()
	if d.err != nil {
		d.mu.Unlock()
		return d.err
	}
	d.next++
	id := d.next
	d.replies[id] = reply
	d.mu.Unlock()
	msg, err := json.Marshal(struct {
		ID        int    `json:"id"`
		Method    string `json:"method"`
		SessionID string `json:"sessionId,omitempty"`
		Params    any    `json:"params,omitempty"`
	}{id, method, session, params})
	if err != nil {
		return err
	}
	d.wmu.Lock()
	_, err = d.w.Write(append(msg, 0))
	d.wmu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-reply:
		if m.Error != nil {
			return fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-d.done:
		return fmt.Errorf("%s: %w", method, d.err)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// waitLoad waits until the page of session has loaded the document of
// loader.
func (d *devtools) waitLoad(ctx context.Context, session, loader string) error {
	for {
		d.mu.Lock()
		l := d.loadsOf(session)
		seen := l.seen[loader]
		d.mu.Unlock()
		if seen {
			return nil
		}
		select {
		case <-l.news:
		case <-d.done:
			return d.err
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}
