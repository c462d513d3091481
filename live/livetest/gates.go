package livetest

import (
	"testing"
	"time"

	"eventday/internal/eventtest"
	"eventday/live"
)

// GatesTime is when GatesFolder's event is reported on.
var GatesTime = eventtest.Day(14, 42, 0)

// GatesFolder is an event signed in at two gates: the host and desk east
// each signed in 何阿姨 while they could not see each other (east at 14:20,
// the host at 14:25), and some heads without names; east's records then
// reached the host. It returns the host's folder, closed.
func GatesFolder(t testing.TB) string {
	t.Helper()
	c := eventtest.NewClock(time.Time{})
	east, host := NewFolder(t), NewFolder(t)
	g, err := live.Open(east, live.Options{Now: c.Now, Desk: "east-1", Origin: "east"})
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close()
	h, err := live.Open(host, live.Options{Now: c.Now, Desk: "west"})
	if err != nil {
		t.Fatal(err)
	}
	defer h.Close()
	steps := []struct {
		h, m int
		do   func() error
	}{
		{14, 20, func() error { _, err := g.SignIn(g.Search("何阿姨", 1)[0].Person, false); return err }},
		{14, 21, func() error { _, err := g.Anonymous(3); return err }},
		{14, 25, func() error { _, err := h.SignIn(h.Search("何阿姨", 1)[0].Person, false); return err }},
		{14, 26, func() error { _, err := h.Anonymous(2); return err }},
	}
	for _, s := range steps {
		c.SetDay(s.h, s.m, 0)
		if err := s.do(); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.Receive(g.Own(0, g.OwnCount())); err != nil {
		t.Fatal(err)
	}
	return host
}
