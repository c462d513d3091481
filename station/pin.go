package station

import (
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"fmt"
	"math/big"
	"net/netip"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/width"
)

// A PIN is tried at most maxWrongPINs times wrong in wrongPINWindow from one
// address; a sixth try is refused unread until the oldest of them is a
// minute old. Six digits and five tries a minute make a million PINs take a
// year and more to guess from one address.
const (
	maxWrongPINs   = 5
	wrongPINWindow = time.Minute
)

// NewPIN returns a fresh random PIN of six digits, for a host that was given
// none.
func NewPIN() (string, error) {
	n, err := rand.Int(rand.Reader, big.NewInt(1_000_000))
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%06d", n.Int64()), nil
}

// normalPIN is a PIN as typed, made comparable: spaces around it dropped and
// full-width digits, which a Chinese input method types, made ASCII.
func normalPIN(typed string) string {
	return width.Narrow.String(strings.TrimSpace(typed))
}

// validPIN reports whether pin, normalised, is 4 to 12 digits.
func validPIN(pin string) bool {
	if len(pin) < 4 || len(pin) > 12 {
		return false
	}
	return strings.Trim(pin, "0123456789") == ""
}

// pinGuard checks PINs and counts the wrong ones of each address.
type pinGuard struct {
	want [sha256.Size]byte // the PIN's hash, so that every comparison takes as long
	now  func() time.Time

	mu    sync.Mutex
	wrong map[netip.Prefix][]time.Time // the times of the wrong PINs of the last minute
}

func newPINGuard(pin string, now func() time.Time) *pinGuard {
	return &pinGuard{want: sha256.Sum256([]byte(pin)), now: now, wrong: map[netip.Prefix][]time.Time{}}
}

// source is what the wrong PINs are counted by: the IPv4 address, or the
// /64 of an IPv6 one, since a machine picks its IPv6 addresses in its /64
// at will.
func source(ip netip.Addr) netip.Prefix {
	ip = ip.Unmap()
	if ip.Is6() {
		p, _ := ip.Prefix(64)
		return p
	}
	return netip.PrefixFrom(ip, ip.BitLen())
}

// recent drops the wrong PINs of src older than a minute and returns those
// left. mu is held.
func (g *pinGuard) recent(src netip.Prefix, now time.Time) []time.Time {
	times := g.wrong[src]
	i := 0
	for i < len(times) && now.Sub(times[i]) >= wrongPINWindow {
		i++
	}
	times = times[i:]
	if len(times) == 0 {
		delete(g.wrong, src)
	} else {
		g.wrong[src] = times
	}
	return times
}

// blocked reports whether ip has used up its wrong PINs for now.
func (g *pinGuard) blocked(ip netip.Addr) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return len(g.recent(source(ip), g.now())) >= maxWrongPINs
}

// check compares typed with the PIN in constant time, unless ip is blocked:
// then typed is not even looked at. A wrong PIN counts against ip.
func (g *pinGuard) check(ip netip.Addr, typed string) (ok, blocked bool) {
	got := sha256.Sum256([]byte(normalPIN(typed)))
	g.mu.Lock()
	defer g.mu.Unlock()
	now := g.now()
	src := source(ip)
	if len(g.recent(src, now)) >= maxWrongPINs {
		return false, true
	}
	if subtle.ConstantTimeCompare(got[:], g.want[:]) == 1 {
		return true, false
	}
	g.wrong[src] = append(g.wrong[src], now)
	g.forget(now)
	return false, false
}

// forget drops the addresses whose wrong PINs are all older than a minute,
// now and then, so that the map stays as small as the last minute's
// guessers. mu is held.
func (g *pinGuard) forget(now time.Time) {
	if len(g.wrong) < 64 {
		return
	}
	for src := range g.wrong {
		g.recent(src, now)
	}
}
