package station

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	gossh "golang.org/x/crypto/ssh"

	"eventday/i18n"
	"eventday/inert"
	"eventday/platform"
)

// maxHostKeyFile bounds what is read of a host key file: an RSA key of
// 16384 bits is under 13 kilobytes.
const maxHostKeyFile = 64 << 10

// HostKey is the server's own key. Stations remember its public half in
// their known_hosts the first time they connect, and warn when it changes,
// so it is made once and kept.
type HostKey struct {
	Path   string // the key's file
	signer gossh.Signer
}

// Fingerprint is the key's SHA-256 fingerprint as ssh-keygen -l and the
// ssh client's first-connection question show it: "SHA256:" and 43
// characters of base64.
func (k *HostKey) Fingerprint() string {
	return gossh.FingerprintSHA256(k.signer.PublicKey())
}

// DefaultHostKeyPath is where the host key is kept unless --host-key says
// otherwise: eventday/ssh_host_ed25519 in the user's config folder
// (~/.config on Linux, ~/Library/Application Support on a Mac,
// %AppData% on Windows), so that it outlives every event folder.
func DefaultHostKeyPath() (string, error) {
	dir, err := os.UserConfigDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "eventday", "ssh_host_ed25519"), nil
}

// LoadHostKey reads the host key at path, or makes a new Ed25519 key there
// (mode 0600, in OpenSSH's format, as ssh-keygen writes one) when there is
// none. A path that is a link, or not a plain file, is refused, as is a key
// other users may read; a new key's folder is made private (0700) when
// eventday makes it. t says what goes wrong in the host's language.
func LoadHostKey(path string, t *i18n.Station) (*HostKey, error) {
	k, err := readHostKey(path, t)
	if !errors.Is(err, fs.ErrNotExist) {
		return k, err
	}
	if err := makeHostKey(path); err != nil && !errors.Is(err, fs.ErrExist) {
		var np *platform.NotPlainError
		if errors.As(err, &np) {
			return nil, inputError(fmt.Sprintf(t.HostKeyLink, inert.Escaped(path)), err)
		}
		return nil, machineError(fmt.Sprintf(t.HostKeyMake, inert.Escaped(path), why(err)), err)
	}
	// Read back what is on disk: the key just made, or one another
	// eventday made meanwhile.
	return readHostKey(path, t)
}

// readHostKey reads the key at path; a missing file is fs.ErrNotExist as
// it is.
func readHostKey(path string, t *i18n.Station) (*HostKey, error) {
	shown := inert.Escaped(path)
	f, err := platform.OpenFile(path, os.O_RDONLY, 0)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	var np *platform.NotPlainError
	if errors.As(err, &np) {
		return nil, inputError(fmt.Sprintf(t.HostKeyLink, shown), err)
	}
	if err != nil {
		return nil, machineError(fmt.Sprintf(t.HostKeyBad, shown, why(err)), err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, machineError(fmt.Sprintf(t.HostKeyBad, shown, why(err)), err)
	}
	if platform.OpenToOthers(fi) {
		return nil, inputError(fmt.Sprintf(t.HostKeyOpen, shown, fmt.Sprintf("%04o", fi.Mode().Perm()), shown), nil)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxHostKeyFile))
	if err != nil {
		return nil, machineError(fmt.Sprintf(t.HostKeyBad, shown, why(err)), err)
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, inputError(fmt.Sprintf(t.HostKeyBad, shown, err), err)
	}
	return &HostKey{Path: path, signer: signer}, nil
}

// makeHostKey writes a new Ed25519 key at path, never over a file that is
// there: two eventdays starting at once keep the first one's key. The key
// is on disk (fsync) before it is used, so that a power cut cannot leave
// stations trusting a key that is gone.
func makeHostKey(path string) (err error) {
	if err := makeKeyFolder(filepath.Dir(path)); err != nil {
		return err
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	block, err := gossh.MarshalPrivateKey(priv, "eventday host key")
	if err != nil {
		return err
	}
	f, err := platform.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(path)
		}
	}()
	if err = pem.Encode(f, block); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	return platform.SyncDir(filepath.Dir(path))
}

// makeKeyFolder makes the folder of a new host key: its parents as the
// user's folders are (the config folder of a new account may not be there
// yet), itself private to the user, since it holds a private key.
func makeKeyFolder(dir string) error {
	if _, err := os.Lstat(dir); err == nil {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(dir), 0o700); err != nil {
		return err
	}
	return platform.PrivateDir(dir)
}
