package station

import (
	"net/netip"
	"regexp"
	"testing"
	"time"
)

func TestNewPIN(t *testing.T) {
	seen := map[string]bool{}
	for range 50 {
		pin, err := NewPIN()
		if err != nil {
			t.Fatal(err)
		}
		if !regexp.MustCompile(`^[0-9]{6}$`).MatchString(pin) {
			t.Fatalf("PIN %q is not six digits", pin)
		}
		seen[pin] = true
	}
	if len(seen) < 45 {
		t.Errorf("50 PINs, only %d different: not random", len(seen))
	}
}

func TestPINGuard(t *testing.T) {
	now := time.Date(2026, 5, 1, 14, 0, 0, 0, time.UTC)
	g := newPINGuard("123456", func() time.Time { return now })
	a := netip.MustParseAddr("192.168.1.23")
	b := netip.MustParseAddr("192.168.1.24")

	if ok, blocked := g.check(a, " １２３４５６ "); !ok || blocked {
		t.Fatalf("full-width digits with spaces around: ok %v blocked %v", ok, blocked)
	}
	for i := range maxWrongPINs {
		now = now.Add(time.Second)
		if ok, blocked := g.check(a, "000000"); ok || blocked {
			t.Fatalf("wrong PIN %d: ok %v blocked %v", i+1, ok, blocked)
		}
	}
	now = now.Add(time.Second)
	if ok, blocked := g.check(a, "123456"); ok || !blocked {
		t.Fatalf("the right PIN after %d wrong ones in a minute: ok %v blocked %v, want refused unread", maxWrongPINs, ok, blocked)
	}
	if !g.blocked(a) {
		t.Error("blocked(a) is false after five wrong PINs")
	}
	if ok, _ := g.check(b, "123456"); !ok {
		t.Error("another address is refused for a's wrong PINs")
	}
	// The first wrong PIN was at 14:00:01: one minute later one try is back.
	now = time.Date(2026, 5, 1, 14, 1, 1, 0, time.UTC)
	if ok, blocked := g.check(a, "123456"); !ok || blocked {
		t.Errorf("a minute after the first wrong PIN: ok %v blocked %v", ok, blocked)
	}

	// An IPv6 machine picks new addresses in its /64 at will: they count
	// as one.
	v6 := netip.MustParseAddr("2001:db8:1:2::10")
	for i := range maxWrongPINs {
		g.check(netip.MustParseAddr("2001:db8:1:2::"+string(rune('a'+i))), "999999")
	}
	if !g.blocked(v6) {
		t.Error("five wrong PINs from five addresses of one /64 do not block it")
	}
	if g.blocked(netip.MustParseAddr("2001:db8:1:3::10")) {
		t.Error("the next /64 is blocked too")
	}
}

func TestPINGuardForgets(t *testing.T) {
	now := time.Date(2026, 5, 1, 14, 0, 0, 0, time.UTC)
	g := newPINGuard("123456", func() time.Time { return now })
	for i := range 200 {
		g.check(netip.AddrFrom4([4]byte{10, 0, byte(i / 256), byte(i)}), "0")
	}
	now = now.Add(2 * time.Minute)
	g.check(netip.MustParseAddr("10.1.0.1"), "0")
	if n := len(g.wrong); n > 1 {
		t.Errorf("after two minutes %d addresses are remembered, want only the newest", n)
	}
}

func TestValidPIN(t *testing.T) {
	for pin, want := range map[string]bool{"1234": true, "123456789012": true, "123": false, "1234567890123": false, "12a4": false, "": false} {
		if got := validPIN(pin); got != want {
			t.Errorf("validPIN(%q) = %v", pin, got)
		}
	}
}
