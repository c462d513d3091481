// Package stationtest helps tests drive the stations' SSH server with the
// real OpenSSH client. It is for tests only.
package stationtest

import (
	"fmt"
	"strings"
)

// OpenSSHCommand is the shell command that connects OpenSSH's ssh to the
// stations' server on 127.0.0.1:port as user, with a known_hosts of the
// test's own, no config file, no keys and no agent, so that the PIN is the
// only way in. The client's LANG goes with it. After ssh ends, the pane
// stays with "[ssh exited N]", to be read.
func OpenSSHCommand(knownHosts, user string, port int) string {
	return strings.Join([]string{
		"env -u SSH_AUTH_SOCK ssh -F /dev/null",
		"-o UserKnownHostsFile=" + knownHosts,
		"-o GlobalKnownHostsFile=/dev/null",
		"-o StrictHostKeyChecking=accept-new",
		"-o PubkeyAuthentication=no",
		"-o SendEnv=LANG",
		fmt.Sprintf("-p %d %s@127.0.0.1", port, user),
		"; echo \"[ssh exited $?]\"; sleep 600",
	}, " ")
}
