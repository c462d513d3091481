package station

import (
	"net"
	"net/netip"
	"strconv"
	"strings"
)

// netInterface is what the choice of addresses needs to know of a network
// interface; tests make up their own.
type netInterface struct {
	name  string
	flags net.Flags
	addrs []netip.Addr
}

// LANAddresses lists the addresses of this machine that a station on the
// same network can reach it at: IPv4 first, then global IPv6, in the order
// the system lists its interfaces. Loopback, link-local addresses, tunnels
// (VPNs) and the virtual networks of Docker, WSL, VirtualBox, VMware and
// the like are left out.
func LANAddresses() ([]netip.Addr, error) {
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, err
	}
	var list []netInterface
	for _, i := range ifs {
		addrs, err := i.Addrs()
		if err != nil {
			continue
		}
		ni := netInterface{name: i.Name, flags: i.Flags}
		for _, a := range addrs {
			if ipn, ok := a.(*net.IPNet); ok {
				if ip, ok := netip.AddrFromSlice(ipn.IP); ok {
					ni.addrs = append(ni.addrs, ip.Unmap())
				}
			}
		}
		list = append(list, ni)
	}
	return lanAddresses(list), nil
}

func lanAddresses(ifs []netInterface) []netip.Addr {
	var v4, v6 []netip.Addr
	seen := map[netip.Addr]bool{}
	for _, i := range ifs {
		if i.flags&net.FlagUp == 0 || i.flags&(net.FlagLoopback|net.FlagPointToPoint) != 0 || virtual(i.name) {
			continue
		}
		for _, ip := range i.addrs {
			ip = ip.Unmap()
			if seen[ip] || !ip.IsGlobalUnicast() {
				continue
			}
			seen[ip] = true
			if ip.Is4() {
				v4 = append(v4, ip)
			} else {
				v6 = append(v6, ip)
			}
		}
	}
	return append(v4, v6...)
}

// virtualNames are the interface names (their start, in lower case) of the
// networks inside this machine: containers, virtual machines, bridges and
// tunnels, on Linux, macOS and Windows. A station on the LAN cannot reach
// the host through any of them.
var virtualNames = []string{
	"docker", "br-", "veth", "virbr", "vboxnet", "vmnet", "cni", "flannel", "cali",
	"weave", "lxc", "lxd", "podman", "tailscale", "zt", "wg", "tun", "tap", "utun",
	"vethernet", "virtualbox", "vmware", "hyper-v", "bluetooth", "awdl", "llw",
}

func virtual(name string) bool {
	n := strings.ToLower(name)
	for _, v := range virtualNames {
		if strings.HasPrefix(n, v) {
			return true
		}
	}
	// Windows names its adapters in words: "VirtualBox Host-Only Network",
	// "vEthernet (WSL)", "VMware Network Adapter VMnet8".
	for _, w := range []string{"virtual", "vmware", "wsl", "hyper-v", "docker"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// ConnectLine is the command a station types to connect as user to the
// host at addr and port: "ssh -p 2222 desk-east@192.168.1.20" (no -p for
// port 22).
func ConnectLine(user string, addr netip.Addr, port int) string {
	var b strings.Builder
	b.WriteString("ssh ")
	if port != 22 {
		b.WriteString("-p " + strconv.Itoa(port) + " ")
	}
	b.WriteString(user + "@" + addr.String())
	return b.String()
}
