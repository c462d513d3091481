package mesh

import (
	"bytes"
	"fmt"
	"os"
	"sync"
	"time"

	"eventday/checkin"
)

// key is a record's identity: its origin (the desk field, in these tests,
// since the record carries no origin of its own) and its sequence number.
type key struct {
	origin string
	seq    int64
}

// fakeStore is an event as the mesh sees it: its own records in order and
// the records of others, each once. With files, it keeps both in JSONL
// files, synced before a record counts, as the journal does.
type fakeStore struct {
	origin string

	mu           sync.Mutex
	own          []checkin.Record
	got          map[key]bool
	offeredTwice int // records Receive was given that it already had
	subs         map[int]chan struct{}
	nextSub      int
	ownFile      *os.File
	gotFile      *os.File
	failReceive  error
}

func newStore(origin string) *fakeStore {
	return &fakeStore{origin: origin, got: map[key]bool{}, subs: map[int]chan struct{}{}}
}

// openStore is a store kept in dir's own.jsonl and got.jsonl, read back
// from them if they exist.
func appendLines(f *os.File, recs []checkin.Record) error {
	var buf bytes.Buffer
	for _, r := range recs {
		line, err := checkin.Encode(r)
		if err != nil {
			return err
		}
		buf.Write(line)
		buf.WriteByte('\n')
	}
	if _, err := f.Write(buf.Bytes()); err != nil {
		return err
	}
	return f.Sync()
}

func (s *fakeStore) Origin() string { return s.origin }

func (s *fakeStore) OwnCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.own)
}

func (s *fakeStore) Own(from, max int) []checkin.Record {
	s.mu.Lock()
	defer s.mu.Unlock()
	if from >= len(s.own) {
		return nil
	}
	end := min(len(s.own), from+max)
	return append([]checkin.Record(nil), s.own[from:end]...)
}

func (s *fakeStore) Receive(recs []checkin.Record) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.failReceive != nil {
		return s.failReceive
	}
	var fresh []checkin.Record
	for _, r := range recs {
		k := key{r.Desk, r.Seq}
		if r.Desk == token(s.origin) {
			panic(fmt.Sprintf("store %q received its own record %v", s.origin, k))
		}
		if s.got[k] {
			s.offeredTwice++
			continue
		}
		fresh = append(fresh, r)
	}
	if s.gotFile != nil && len(fresh) > 0 {
		if err := appendLines(s.gotFile, fresh); err != nil {
			return err
		}
	}
	for _, r := range fresh {
		s.got[key{r.Desk, r.Seq}] = true
	}
	s.notify()
	return nil
}

func (s *fakeStore) Subscribe() (<-chan struct{}, func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	ch := make(chan struct{}, 1)
	id := s.nextSub
	s.nextSub++
	s.subs[id] = ch
	return ch, func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		delete(s.subs, id)
	}
}

func (s *fakeStore) notify() {
	for _, ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default:
		}
	}
}

// signIn writes n new own records, as the desk's journal would.
func (s *fakeStore) signIn(n int) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	var recs []checkin.Record
	for range n {
		recs = append(recs, checkin.Record{
			Seq: int64(len(s.own) + len(recs) + 1), At: time.Now(),
			Kind: checkin.KindSignIn, Party: 1, Desk: token(s.origin),
		})
	}
	if s.ownFile != nil {
		if err := appendLines(s.ownFile, recs); err != nil {
			return err
		}
	}
	s.own = append(s.own, recs...)
	s.notify()
	return nil
}

// has counts the records of origin the store has: its own, or received.
func (s *fakeStore) has(origin string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	if origin == s.origin {
		return len(s.own)
	}
	n := 0
	for k := range s.got {
		if k.origin == token(origin) {
			n++
		}
	}
	return n
}

// complete reports whether the store has exactly want[origin] records of
// each origin, numbered 1..want.
func (s *fakeStore) complete(want map[string]int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	total := 0
	for origin, n := range want {
		if origin == s.origin {
			if len(s.own) != n {
				return false
			}
			continue
		}
		total += n
		for seq := 1; seq <= n; seq++ {
			if !s.got[key{token(origin), int64(seq)}] {
				return false
			}
		}
	}
	return len(s.got) == total
}
