package mesh

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"sort"
	"sync"
	"testing"
	"time"
)

const testPIN = "4321"

// node is a running hub or desk and its store, for the tests.
type testNode interface {
	Close() error
	Attach(Store) error
}

func startTestHub(t testing.TB, dir, listen string, files func() ([]File, error)) *Hub {
	t.Helper()
	h, err := StartHub(HubConfig{Listen: listen, PIN: testPIN, Dir: dir, Files: files})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h.Close() })
	return h
}

func startTestDesk(t testing.TB, hub, name, pin, dir string) *Desk {
	t.Helper()
	d, err := StartDesk(DeskConfig{Hub: hub, Name: name, PIN: pin, Dir: dir})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// waitFor polls cond (the tests may poll; the package does not) until it
// holds or the time is up, and says how long it took.
func waitFor(t testing.TB, within time.Duration, what string, cond func() bool) time.Duration {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > within {
			t.Fatalf("after %s: %s", within, what)
		}
		time.Sleep(10 * time.Millisecond)
	}
	return time.Since(start)
}

// wants is what every store must end with: each origin's own count.
func wants(stores ...*fakeStore) map[string]int {
	m := map[string]int{}
	for _, s := range stores {
		m[s.origin] = s.OwnCount()
	}
	return m
}

func allComplete(stores ...*fakeStore) bool {
	w := wants(stores...)
	for _, s := range stores {
		if !s.complete(w) {
			return false
		}
	}
	return true
}

func describe(stores ...*fakeStore) string {
	out := ""
	for _, s := range stores {
		out += fmt.Sprintf(" [%s own=%d", token(s.origin), s.OwnCount())
		for _, o := range stores {
			if o != s {
				out += fmt.Sprintf(" %s=%d", token(o.origin), s.has(o.origin))
			}
		}
		out += "]"
	}
	return out
}

// streamMsgs is how many messages a node's stream holds: with every record
// once, the sum of the own counts.
func streamMsgs(t testing.TB, n *node, stream string) uint64 {
	t.Helper()
	ctx, cancel := n.ctx()
	defer cancel()
	st, err := n.js.Stream(ctx, stream)
	if err != nil {
		t.Fatal(err)
	}
	info, err := st.Info(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return info.State.Msgs
}

// checkOnce checks that the engine's merged streams hold every record once:
// as many messages as records, and every store complete.
func checkOnce(t testing.TB, hub *Hub, desks []*Desk, stores ...*fakeStore) {
	t.Helper()
	total := 0
	for _, s := range stores {
		total += s.OwnCount()
	}
	// The desks' own records come back through ALL after the stores are
	// complete; more messages than records is a record stored twice.
	nodes := map[string]*node{"hub ATT": hub.node}
	streams := map[string]string{"hub ATT": allStream}
	for _, d := range desks {
		nodes[d.cfg.Name+" ALL"] = d.node
		streams[d.cfg.Name+" ALL"] = mirrorStream
	}
	for name, n := range nodes {
		var got uint64
		waitFor(t, 10*time.Second, fmt.Sprintf("%s holds %d messages", name, total), func() bool {
			got = streamMsgs(t, n, streams[name])
			return got >= uint64(total)
		})
		if got != uint64(total) {
			t.Errorf("%s holds %d messages, want %d", name, got, total)
		}
	}
	twice := 0
	for _, s := range stores {
		twice += s.offeredTwice
	}
	t.Logf("records %d; offered twice to a store (and skipped): %d", total, twice)
}

func TestRecordsReachEveryNodeOnce(t *testing.T) {
	files := []File{{Name: "roster.csv", Data: make([]byte, 3<<20)}, {Name: "event.yaml", Data: []byte("name: x\n")}}
	hub := startTestHub(t, t.TempDir(), "127.0.0.1:0", func() ([]File, error) { return files, nil })
	hs := newStore("")
	addr := hub.Addr().String()
	east := startTestDesk(t, addr, "east", testPIN, t.TempDir())
	west := startTestDesk(t, addr, "west", testPIN, t.TempDir())

	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	got, err := east.Files(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "roster.csv" || len(got[0].Data) != 3<<20 || string(got[1].Data) != "name: x\n" {
		t.Fatalf("files: got %d files", len(got))
	}

	es, ws := newStore("east"), newStore("west")
	// Records written before the nodes attach are carried too.
	for _, s := range []*fakeStore{hs, es, ws} {
		if err := s.signIn(30); err != nil {
			t.Fatal(err)
		}
	}
	for _, a := range []struct {
		n testNode
		s *fakeStore
	}{{hub, hs}, {east, es}, {west, ws}} {
		if err := a.n.Attach(a.s); err != nil {
			t.Fatal(err)
		}
	}
	for _, s := range []*fakeStore{hs, es, ws} {
		if err := s.signIn(20); err != nil {
			t.Fatal(err)
		}
	}
	waitFor(t, 30*time.Second, "every record at every node", func() bool { return allComplete(hs, es, ws) })
	checkOnce(t, hub, []*Desk{east, west}, hs, es, ws)

	waitFor(t, 10*time.Second, "desks waiting 0", func() bool {
		return east.Status().Waiting == 0 && west.Status().Waiting == 0
	})
	if st := east.Status(); !st.Connected || st.Err != nil {
		t.Errorf("east's status: %+v", st)
	}
	var names []string
	for _, d := range hub.Desks() {
		if d.Connected {
			names = append(names, d.Name)
		}
	}
	if !slices.Equal(names, []string{"east", "west"}) {
		t.Errorf("hub's connected desks: %v", hub.Desks())
	}

	// Joining again changes nothing: still one source per desk.
	east.join()
	if st := east.Status(); st.Err != nil {
		t.Fatal(st.Err)
	}
	ctx2, cancel2 := hub.ctx()
	defer cancel2()
	st, err := hub.js.Stream(ctx2, allStream)
	if err != nil {
		t.Fatal(err)
	}
	var srcs []string
	for _, s := range st.CachedInfo().Config.Sources {
		srcs = append(srcs, s.Name)
	}
	sort.Strings(srcs)
	if !slices.Equal(srcs, []string{"ATT_east", "ATT_host", "ATT_west"}) {
		t.Errorf("ATT's sources after a second join: %v", srcs)
	}
}

func TestWrongPINIsReported(t *testing.T) {
	hub := startTestHub(t, t.TempDir(), "127.0.0.1:0", nil)
	d := startTestDesk(t, hub.Addr().String(), "east", "0000", t.TempDir())
	deadline := time.After(15 * time.Second)
	for !errors.Is(d.Status().Err, ErrPINRefused) {
		select {
		case <-d.Changes():
		case <-deadline:
			t.Fatalf("status after 15 s: %+v", d.Status())
		}
	}
	if d.Status().Connected {
		t.Error("connected with a wrong PIN")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	if _, err := d.Files(ctx); !errors.Is(err, ErrPINRefused) {
		t.Errorf("files with a wrong PIN: %v", err)
	}
}

func TestNameTakenIsReported(t *testing.T) {
	hub := startTestHub(t, t.TempDir(), "127.0.0.1:0", nil)
	a := startTestDesk(t, hub.Addr().String(), "east", testPIN, t.TempDir())
	waitFor(t, 15*time.Second, "first desk joined", func() bool {
		return len(hub.Desks()) == 1 && a.Status().Connected
	})
	a.Close()
	b := startTestDesk(t, hub.Addr().String(), "east", testPIN, t.TempDir())
	deadline := time.After(15 * time.Second)
	for !errors.Is(b.Status().Err, ErrNameTaken) {
		select {
		case <-b.Changes():
		case <-deadline:
			t.Fatalf("status after 15 s: %+v", b.Status())
		}
	}
}

func TestPortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	dir := t.TempDir()
	_, err = StartHub(HubConfig{Listen: ln.Addr().String(), PIN: testPIN, Dir: dir})
	if !errors.Is(err, ErrPortInUse) {
		t.Fatalf("got %v, want the port in use", err)
	}
}

func TestBadDeskName(t *testing.T) {
	for _, name := range []string{"", "host", "a.b", "東門", "a b", "a*", "East", "a_b", "-a"} {
		_, err := StartDesk(DeskConfig{Hub: "127.0.0.1:1", Name: name, PIN: testPIN, Dir: t.TempDir()})
		if !errors.Is(err, ErrBadName) {
			t.Errorf("%q: got %v", name, err)
		}
	}
}

// A desk closed and started again with the same folder goes on where it
// stopped: nothing twice, nothing missing.
func TestDeskRestartResumes(t *testing.T) {
	// Most of its time is the engine's timers: the slow tests wait
	// side by side.
	t.Parallel()
	hub := startTestHub(t, t.TempDir(), "127.0.0.1:0", nil)
	hs, es := newStore(""), newStore("east")
	if err := hub.Attach(hs); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	east := startTestDesk(t, hub.Addr().String(), "east", testPIN, dir)
	if err := east.Attach(es); err != nil {
		t.Fatal(err)
	}
	hs.signIn(40)
	es.signIn(40)
	waitFor(t, 30*time.Second, "first round", func() bool { return allComplete(hs, es) })
	east.Close()
	hs.signIn(25) // while the desk is off
	es.signIn(25) // written by the desk's journal before its node starts
	east = startTestDesk(t, hub.Addr().String(), "east", testPIN, dir)
	if st := east.Status(); st.Waiting != 0 {
		t.Errorf("before attaching, waiting %d", st.Waiting)
	}
	if err := east.Attach(es); err != nil {
		t.Fatal(err)
	}
	waitFor(t, 30*time.Second, "after the restart"+describe(hs, es), func() bool { return allComplete(hs, es) })
	checkOnce(t, hub, []*Desk{east}, hs, es)
	waitFor(t, 10*time.Second, "waiting 0", func() bool { return east.Status().Waiting == 0 })
}

var _ = sync.Mutex{}
