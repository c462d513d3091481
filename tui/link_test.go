package tui

import (
	"strings"
	"testing"
	"time"
)

// TestDeskLinkHeader: a desk laptop's header says whether its entries are
// reaching the hub, since when it is offline and how many wait, in either
// language, whole even at 80 columns with a long event name (the event's
// name gives way first), and the big number says it counts every gate.
func TestDeskLinkHeader(t *testing.T) {
	plan := mayDay()
	plan.Name = strings.Repeat("幸福里社区", 8)
	at := time.Date(2025, 5, 1, 14, 40, 0, 0, plan.Location)
	lost := time.Date(2025, 5, 1, 14, 32, 0, 0, plan.Location)
	for _, tt := range []struct {
		lang  string
		state LinkState
		want  []string
	}{
		{"en", LinkState{Connected: true, Since: lost}, []string{"hub: connected"}},
		{"en", LinkState{Since: lost, Waiting: 3}, []string{"offline since 14:32 · 3 waiting to reach the hub"}},
		{"en", LinkState{Connected: true, Since: lost, Waiting: 2}, []string{"hub: connected", "2 waiting to reach the hub"}},
		{"en", LinkState{Refused: true}, []string{"the hub refused the PIN"}},
		{"en", LinkState{Waiting: 1}, []string{"hub: connecting… · 1 waiting to reach the hub"}},
		{"zh", LinkState{Since: lost, Waiting: 3}, []string{"14:32 起断网 · 3 条尚未送到总台"}},
		{"zh", LinkState{Connected: true}, []string{"总台：已连接"}},
	} {
		b := newFakeBackend(plan, at)
		state := tt.state
		changes := make(chan struct{})
		link := &Link{State: func() LinkState { return state }, Changes: changes}
		h := newHarnessOn(t, b, b, Options{Lang: tt.lang, Link: link}, 80, 24)
		h.press("tab")
		h.send(linkChangedMsg{})
		header := strings.Split(h.view(), "\n")[0]
		for _, w := range tt.want {
			if !strings.Contains(header, w) {
				t.Errorf("%s %+v: header %q does not say %q", tt.lang, tt.state, header, w)
			}
		}
		title := h.a.env.t.Hub.AllGates
		if !strings.Contains(h.view(), title) {
			t.Errorf("%s: the totals do not say %q:\n%s", tt.lang, title, h.view())
		}
	}
}

// TestDeskLinkFollows: the header changes when the link does, and a desk
// without a link (one laptop) says nothing of a hub.
func TestDeskLinkFollows(t *testing.T) {
	plan := mayDay()
	at := time.Date(2025, 5, 1, 14, 40, 0, 0, plan.Location)
	b := newFakeBackend(plan, at)
	state := LinkState{Connected: true, Since: at}
	link := &Link{State: func() LinkState { return state }, Changes: make(chan struct{})}
	h := newHarnessOn(t, b, b, Options{Lang: "en", Link: link}, 100, 30)
	h.press("tab")
	if header := strings.Split(h.view(), "\n")[0]; !strings.Contains(header, "hub: connected") {
		t.Fatalf("header %q", header)
	}
	state = LinkState{Since: at.Add(-3 * time.Minute), Waiting: 7}
	h.send(linkChangedMsg{})
	if header := strings.Split(h.view(), "\n")[0]; !strings.Contains(header, "offline since 14:37 · 7 waiting") {
		t.Errorf("after the link was lost, header %q", header)
	}

	alone := newHarness(t, newFakeBackend(plan, at), "en", 100, 30)
	alone.press("tab")
	if v := alone.view(); strings.Contains(v, "hub") || strings.Contains(v, "all gates") {
		t.Errorf("a desk of one laptop speaks of a hub:\n%s", v)
	}
}

// TestStationsDeskLaptops: the host's Stations tab says how a desk laptop
// joins and lists each one with its last contact and the entries of it
// that have arrived.
func TestStationsDeskLaptops(t *testing.T) {
	plan := mayDay()
	at := time.Date(2025, 5, 1, 14, 40, 0, 0, plan.Location)
	desks := []DeskLaptop{
		{Name: "east", Connected: true, LastContact: at, Entries: 12},
		{Name: "west", LastContact: time.Date(2025, 5, 1, 14, 5, 0, 0, plan.Location), Entries: 3},
		{Name: "north"},
	}
	for _, tt := range []struct {
		lang string
		w, h int
		want []string
	}{
		{"en", 100, 30, []string{"eventday run FOLDER --join 192.168.1.20:7422 --desk NAME", "east", "connected", "12", "west", "at 14:05", "north", "desk laptops: 1"}},
		{"zh", 100, 30, []string{"eventday run 文件夹 --join 192.168.1.20:7422 --desk 名字", "east", "已连接", "west", "14:05", "签到台笔记本：1 台"}},
		{"en", 80, 24, []string{"--join 192.168.1.20:7422", "east", "connected", "west"}},
	} {
		b := newFakeBackend(plan, at)
		host := &Hosting{
			Connect: []ConnectAt{{Addr: "192.168.1.20", Stage: "ssh -p 2222 stage@192.168.1.20", Desk: "ssh -p 2222 desk-east@192.168.1.20", Board: "ssh -p 2222 board@192.168.1.20"}},
			PIN:     "135790",
			Hub:     &HubInfo{Port: "7422", Addrs: []string{"192.168.1.20"}, Desks: func() []DeskLaptop { return desks }},
		}
		h := newHarnessOn(t, b, b, Options{Lang: tt.lang, Hosting: host}, tt.w, tt.h)
		h.press("shift+tab")
		v := h.view()
		checkFits(t, v, tt.w, tt.h)
		for _, w := range tt.want {
			if !strings.Contains(v, w) {
				t.Errorf("%s %dx%d: the tab does not say %q:\n%s", tt.lang, tt.w, tt.h, w, v)
			}
		}
	}
	// No desk laptop yet: the tab says so.
	b := newFakeBackend(plan, at)
	host := &Hosting{PIN: "135790", Hub: &HubInfo{Port: "7422", Desks: func() []DeskLaptop { return nil }}}
	h := newHarnessOn(t, b, b, Options{Lang: "en", Hosting: host}, 100, 30)
	h.press("shift+tab")
	if v := h.view(); !strings.Contains(v, "No desk laptop has joined yet.") {
		t.Errorf("no desk laptops, and the tab says:\n%s", v)
	}
}
