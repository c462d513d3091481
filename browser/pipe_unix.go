//go:build !windows

package browser

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
)

// startWithPipe starts the browser with the DevTools pipe on its file
// descriptors 3 (it reads) and 4 (it writes).
func startWithPipe(cmd *exec.Cmd) (*devtools, error) {
	toBrowser, in, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	out, fromBrowser, err := os.Pipe()
	if err != nil {
		toBrowser.Close()
		in.Close()
		return nil, err
	}
	cmd.ExtraFiles = []*os.File{toBrowser, fromBrowser}
	err = cmd.Start()
	// The browser has its ends now; ours are in and out.
	toBrowser.Close()
	fromBrowser.Close()
	if err != nil {
		in.Close()
		out.Close()
		return nil, err
	}
	d := newDevtools(in, out)
	d.close = func() { in.Close(); out.Close() }
	return d, nil
}

// newDevtools speaks the protocol over w and r, the pipe startWithPipe
// made: only there can the browser be given one.
func newDevtools(w io.Writer, r io.Reader) *devtools {
	d := &devtools{w: w, replies: map[int]chan devtoolsMsg{}, loads: map[string]*loads{}, done: make(chan struct{})}
	go d.read(r)
	return d
}

// read hands each reply to its caller and notes each page load, until the
// pipe closes.
func (d *devtools) read(r io.Reader) {
	br := bufio.NewReader(r)
	for {
		b, err := br.ReadBytes(0)
		if err != nil {
			d.mu.Lock()
			d.err = fmt.Errorf("the browser closed its DevTools pipe: %w", err)
			d.mu.Unlock()
			close(d.done)
			return
		}
		var m devtoolsMsg
		if json.Unmarshal(b[:len(b)-1], &m) != nil {
			continue
		}
		d.mu.Lock()
		switch {
		case m.ID != 0:
			if ch, ok := d.replies[m.ID]; ok {
				ch <- m
				delete(d.replies, m.ID)
			}
		case m.Method == "Page.lifecycleEvent":
			var ev struct{ Name, LoaderID string }
			if json.Unmarshal(m.Params, &ev) == nil && ev.Name == "load" {
				l := d.loadsOf(m.SessionID)
				l.seen[ev.LoaderID] = true
				select {
				case l.news <- struct{}{}:
				default:
				}
			}
		}
		d.mu.Unlock()
	}
}
