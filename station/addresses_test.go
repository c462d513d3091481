package station

import (
	"net"
	"net/netip"
	"slices"
	"testing"
)

func addrs(s ...string) []netip.Addr {
	var out []netip.Addr
	for _, a := range s {
		out = append(out, netip.MustParseAddr(a))
	}
	return out
}

func TestLANAddresses(t *testing.T) {
	up := net.FlagUp | net.FlagBroadcast | net.FlagMulticast
	ifs := []netInterface{
		{"lo", net.FlagUp | net.FlagLoopback, addrs("127.0.0.1", "::1")},
		{"wlan0", up, addrs("fe80::1c2d:3eff:fe4f:5a6b", "2001:db8:1:2::20", "192.168.1.20")},
		{"docker0", up, addrs("172.17.0.1")},
		{"br-3f2a1b", up, addrs("172.18.0.1")},
		{"veth12ab", up, addrs("fe80::2")},
		{"eth0", up, addrs("10.0.0.5", "::ffff:10.0.0.5", "169.254.10.10")},
		{"eth1", up &^ net.FlagUp, addrs("10.9.9.9")},
		{"tun0", net.FlagUp | net.FlagPointToPoint, addrs("10.8.0.2")},
		{"vEthernet (WSL)", up, addrs("172.20.0.1")},
		{"VirtualBox Host-Only Network", up, addrs("192.168.56.1")},
		{"VMware Network Adapter VMnet8", up, addrs("192.168.200.1")},
		{"Wi-Fi", up, addrs("192.168.1.21", "192.168.1.20")},
	}
	got := lanAddresses(ifs)
	want := addrs("192.168.1.20", "10.0.0.5", "192.168.1.21", "2001:db8:1:2::20")
	if !slices.Equal(got, want) {
		t.Errorf("got %v\nwant %v", got, want)
	}
	if got := lanAddresses(ifs[:1]); len(got) != 0 {
		t.Errorf("loopback only: got %v", got)
	}
}

func TestConnectLine(t *testing.T) {
	for _, c := range []struct {
		user, addr string
		port       int
		want       string
	}{
		{"desk-east", "192.168.1.20", 2222, "ssh -p 2222 desk-east@192.168.1.20"},
		{"stage", "2001:db8::20", 2222, "ssh -p 2222 stage@2001:db8::20"},
		{"board", "192.168.1.20", 22, "ssh board@192.168.1.20"},
		{"desk-东门", "10.0.0.5", 2223, "ssh -p 2223 desk-东门@10.0.0.5"},
	} {
		if got := ConnectLine(c.user, netip.MustParseAddr(c.addr), c.port); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
}
