package station

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"

	gossh "golang.org/x/crypto/ssh"

	"eventday/i18n"
	"eventday/inert"
)

// maxKeysFile bounds what is read of an authorized keys file: a thousand
// keys are a few hundred kilobytes.
const maxKeysFile = 4 << 20

// keyring is the public keys that let a station in without the PIN.
type keyring struct {
	keys map[string]bool // by the key's wire form
}

// allows reports whether key is one of the ring's.
func (k *keyring) allows(key gossh.PublicKey) bool {
	return k != nil && key != nil && k.keys[string(key.Marshal())]
}

// readAuthorizedKeys reads an authorized keys file in OpenSSH's format: one
// public key a line, as ssh-keygen writes it into a .pub file; blank lines
// and lines starting with # are skipped. Options in front of a key (from=,
// command=) would restrict what eventday cannot restrict, so a line with
// them is refused rather than read as a key that may do anything.
func readAuthorizedKeys(path string, t *i18n.Station) (*keyring, error) {
	shown := inert.Escaped(path)
	f, err := os.Open(path)
	if err != nil {
		return nil, inputError(fmt.Sprintf(t.KeysRead, shown, why(err)), err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxKeysFile))
	if err != nil {
		return nil, inputError(fmt.Sprintf(t.KeysRead, shown, why(err)), err)
	}
	ring := &keyring{keys: map[string]bool{}}
	for n, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		key, _, options, _, err := gossh.ParseAuthorizedKey(line)
		if err != nil {
			return nil, inputError(fmt.Sprintf(t.KeysLine, shown, n+1, err), err)
		}
		if len(options) > 0 {
			return nil, inputError(fmt.Sprintf(t.KeysOptions, shown, n+1, inert.Escaped(strings.Join(options, ","))), nil)
		}
		ring.keys[string(key.Marshal())] = true
	}
	if len(ring.keys) == 0 {
		return nil, inputError(fmt.Sprintf(t.KeysNone, shown), nil)
	}
	return ring, nil
}
