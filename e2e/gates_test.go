//go:build unix

package e2e

import (
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"eventday/checkin"
	"eventday/program"
)

// cutProxy is a TCP proxy on 127.0.0.1 to a hub's port, which the test
// cuts (every connection dropped, new ones refused) and mends: the
// network between a desk laptop and the hub, going down and coming back.
type cutProxy struct {
	ln    net.Listener
	to    string
	mu    sync.Mutex
	cut   bool
	conns []net.Conn
}

func newCutProxy(t *testing.T, to string) *cutProxy {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &cutProxy{ln: ln, to: to}
	t.Cleanup(func() { ln.Close(); p.setCut(true) })
	go p.serve()
	return p
}

func (p *cutProxy) addr() string { return p.ln.Addr().String() }

func (p *cutProxy) serve() {
	for {
		c, err := p.ln.Accept()
		if err != nil {
			return
		}
		p.mu.Lock()
		if p.cut {
			p.mu.Unlock()
			c.Close()
			continue
		}
		up, err := net.Dial("tcp", p.to)
		if err != nil {
			p.mu.Unlock()
			c.Close()
			continue
		}
		p.conns = append(p.conns, c, up)
		p.mu.Unlock()
		go func() { io.Copy(up, c); up.Close() }()
		go func() { io.Copy(c, up); c.Close() }()
	}
}

// setCut cuts the link (every connection closed, new ones refused) or
// mends it.
func (p *cutProxy) setCut(cut bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.cut = cut
	if cut {
		for _, c := range p.conns {
			c.Close()
		}
		p.conns = nil
	}
}

// joinDesk starts a desk laptop on an empty folder, joined to the hub
// through addr: it opens on its Desk (the show is cued at the host).
func joinDesk(t *testing.T, tm *tmux, dir, addr, name string) *session {
	t.Helper()
	s := tm.start(t, "run", dir, "--join", addr, "--desk", name, "--pin", servePIN)
	s.waitText(t, name+"'s Desk, connected", "["+en.Common.TabDesk+"]", "desk "+name, en.Hub.Connected)
	return s
}

// signInName types a name at a Desk and waits for the acknowledgement;
// again answers yes to the question of someone in already.
func signInName(t *testing.T, s *session, name string) {
	t.Helper()
	s.keys(t, "-l", name)
	s.waitText(t, name+" found", "> "+name)
	s.keys(t, "Enter")
	signed := fmt.Sprintf(en.Desk.Signed, name)
	s.waitText(t, "the line "+signed, signed)
}

// TestDeskLaptopsMergeAfterACut: serve --hub and two desk laptops that
// join it on empty folders (they fetch the event), each behind a proxy
// the test cuts. Sign-ins on both desks while they are cut off, the same
// person at both among them; once the links are back the three screens
// show the same totals, the person counts once, and the host's folder
// holds every entry of each desk exactly once.
func TestDeskLaptopsMergeAfterACut(t *testing.T) {
	tm := newTmux(t)
	dir, port, hubPort := initEvent(t), freePort(t), freePort(t)
	host := tm.start(t, "serve", dir, "--ssh", fmt.Sprintf("127.0.0.1:%d", port), "--http", "",
		"--pin", servePIN, "--host-key", filepath.Join(t.TempDir(), "host_key"),
		"--hub", "--hub-listen", fmt.Sprintf("127.0.0.1:%d", hubPort))
	host.waitText(t, "the host's Stage", firstAct)
	hubAddr := fmt.Sprintf("127.0.0.1:%d", hubPort)
	eastLink, westLink := newCutProxy(t, hubAddr), newCutProxy(t, hubAddr)
	eastDir, westDir := filepath.Join(t.TempDir(), "east"), filepath.Join(t.TempDir(), "west")
	east := joinDesk(t, tm, eastDir, eastLink.addr(), "east")
	west := joinDesk(t, tm, westDir, westLink.addr(), "west")
	for _, d := range []string{eastDir, westDir} {
		if _, err := os.Stat(filepath.Join(d, program.EventFile)); err != nil {
			t.Fatalf("the desk laptop did not fetch the event: %v", err)
		}
	}
	var people []string
	for _, p := range peopleToType(t, dir, 3) {
		people = append(people, p.Name)
	}
	host.keys(t, "Tab")
	host.waitText(t, "the host's Desk", "["+en.Common.TabDesk+"]")

	// Connected: an entry at each desk reaches every screen.
	signInName(t, east, people[0])
	signInName(t, west, people[1])
	both := fmt.Sprintf(en.Desk.Breakdown, 2, 0, 0)
	for _, s := range []*session{host, east, west} {
		s.waitText(t, "two named in, on every screen", both)
	}

	// Cut off: each desk goes on, and says what waits.
	eastLink.setCut(true)
	westLink.setCut(true)
	east.waitText(t, "east offline", "offline since")
	west.waitText(t, "west offline", "offline since")
	signInName(t, east, people[2])
	signInName(t, west, people[2]) // the same person at the other gate
	west.keys(t, "-l", "+3")
	west.keys(t, "Enter")
	west.waitText(t, "west counted 3", fmt.Sprintf(en.Desk.Counted, 3))
	east.waitText(t, "east's entry waiting", fmt.Sprintf(en.Hub.Waiting, 1))
	west.waitText(t, "west's entries waiting", fmt.Sprintf(en.Hub.Waiting, 2))
	host.waitText(t, "the host still at two", both)

	// Back: the entries meet; the person of both gates counts once.
	eastLink.setCut(false)
	westLink.setCut(false)
	all := fmt.Sprintf(en.Desk.Breakdown, 3, 3, 0)
	for _, s := range []*session{host, east, west} {
		s.waitText(t, "every entry on every screen", all)
	}
	east.waitFor(t, "nothing waiting at east", func(screen string) bool { return !strings.Contains(screen, "waiting") })
	west.waitFor(t, "nothing waiting at west", func(screen string) bool { return !strings.Contains(screen, "waiting") })

	// The host's folder holds each desk's entries once, as the desks wrote them.
	for _, d := range []struct{ name, dir string }{{"east", eastDir}, {"west", westDir}} {
		own := attendance(t, d.dir)
		got := readRecords(t, filepath.Join(dir, "gates", d.name+".jsonl"))
		if len(got) != len(own) {
			t.Errorf("the host has %d of %s's %d entries", len(got), d.name, len(own))
		}
		for i := range min(len(got), len(own)) {
			if got[i].Seq != own[i].Seq || got[i].Origin != d.name || got[i].Person != own[i].Person {
				t.Errorf("%s's entry %d at the host: %+v, the desk wrote %+v", d.name, i+1, got[i], own[i])
			}
		}
	}
	// The report, from the host's files, lists the person of both gates.
	out, err := exec.Command(binary, "--lang", "en", "report", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("report: %v\n%s", err, out)
	}
	report := string(out)
	if !strings.Contains(report, en.Gates.ConflictsTitle) || !strings.Contains(report, people[2]) {
		t.Errorf("the report does not list %s under %q:\n%s", people[2], en.Gates.ConflictsTitle, report)
	}
	for _, s := range []*session{east, west, host} {
		s.keys(t, "C-c")
	}
}

// peopleToType picks n people of the demo roster whom the search puts
// first when their name is typed in full, and who are no act's performers
// (so that no act's line follows their sign-in).
func peopleToType(t *testing.T, dir string, n int) []checkin.Person {
	t.Helper()
	plan, err := program.LoadPlan(dir)
	if err != nil {
		t.Fatal(err)
	}
	roster, err := checkin.LoadRoster(dir, plan.Acts)
	if err != nil {
		t.Fatal(err)
	}
	ix := roster.Index()
	var people []checkin.Person
	for _, p := range roster.People {
		if p.ActID != "" || len(people) == n {
			continue
		}
		if ms := ix.Search(p.Name, 2); len(ms) > 0 && ms[0].Person.ID == p.ID {
			people = append(people, p)
		}
	}
	if len(people) < n {
		t.Fatalf("the demo roster has %d people the test can sign in by name", len(people))
	}
	return people
}
