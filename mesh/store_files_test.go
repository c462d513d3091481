//go:build linux

package mesh

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"testing"
	"time"

	"eventday/checkin"
)

func openStore(origin, dir string) (*fakeStore, error) {
	s, err := loadStore(origin, dir)
	if err != nil {
		return nil, err
	}
	if s.ownFile, err = os.OpenFile(dir+"/own.jsonl", os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err != nil {
		return nil, err
	}
	if s.gotFile, err = os.OpenFile(dir+"/got.jsonl", os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644); err != nil {
		return nil, err
	}
	return s, nil
}

// loadStore reads a store's files, as another process left them.
func loadStore(origin, dir string) (*fakeStore, error) {
	s := newStore(origin)
	for _, name := range []string{"own.jsonl", "got.jsonl"} {
		recs, err := readJSONL(dir + "/" + name)
		if err != nil {
			return nil, err
		}
		for _, r := range recs {
			if name == "own.jsonl" {
				s.own = append(s.own, r)
				continue
			}
			k := key{r.Desk, r.Seq}
			if s.got[k] {
				s.offeredTwice++
				return s, fmt.Errorf("%s/%s: %v twice", dir, name, k)
			}
			s.got[k] = true
		}
	}
	return s, nil
}

// readJSONL reads the complete lines of a store's file; a line cut short
// by a kill is not a record yet.
func readJSONL(path string) ([]checkin.Record, error) {
	b, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []checkin.Record
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		r, err := checkin.Decode(sc.Bytes())
		if err != nil {
			break // the last line, cut short
		}
		out = append(out, r)
	}
	return out, nil
}

// covers reports whether the store has at least the records 1..target[origin]
// of each origin.
func (s *fakeStore) covers(target map[string]int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for origin, n := range target {
		if origin == s.origin {
			if len(s.own) < n {
				return false
			}
			continue
		}
		for seq := 1; seq <= n; seq++ {
			if !s.got[key{token(origin), int64(seq)}] {
				return false
			}
		}
	}
	return true
}

func (s *fakeStore) close() {
	if s.ownFile != nil {
		s.ownFile.Close()
		s.gotFile.Close()
	}
}

// writer signs in at a store every few milliseconds until stopped.
type writer struct {
	stop chan struct{}
	done chan struct{}
}

func startWriter(t testing.TB, s *fakeStore, every time.Duration) *writer {
	w := &writer{stop: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(w.done)
		tick := time.NewTicker(every)
		defer tick.Stop()
		for {
			select {
			case <-w.stop:
				return
			case <-tick.C:
				if err := s.signIn(1); err != nil {
					t.Error(err)
					return
				}
			}
		}
	}()
	return w
}

func (w *writer) halt() {
	select {
	case <-w.stop:
	default:
		close(w.stop)
	}
	<-w.done
}
