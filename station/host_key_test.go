package station

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"eventday/i18n"
	"eventday/platform"
)

var en = &i18n.For("en").Station

func TestHostKeyMadeOnceAndKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config", "eventday", "ssh_host_ed25519")
	k1, err := LoadHostKey(path, en)
	if err != nil {
		t.Fatal(err)
	}
	fp := k1.Fingerprint()
	if !strings.HasPrefix(fp, "SHA256:") || len(fp) != len("SHA256:")+43 {
		t.Errorf("fingerprint %q is not SHA256: and 43 characters of base64", fp)
	}
	fi, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	di, err := os.Stat(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" {
		if fi.Mode().Perm() != 0o600 || di.Mode().Perm() != 0o700 {
			t.Errorf("key %v, folder %v; want 0600 and 0700", fi.Mode().Perm(), di.Mode().Perm())
		}
	}
	data, _ := os.ReadFile(path)
	if !strings.HasPrefix(string(data), "-----BEGIN OPENSSH PRIVATE KEY-----\n") {
		t.Errorf("key file does not start as OpenSSH writes one:\n%s", data)
	}

	// The next start reads the same key: the stations' known_hosts stay
	// right.
	k2, err := LoadHostKey(path, en)
	if err != nil {
		t.Fatal(err)
	}
	if k2.Fingerprint() != fp {
		t.Errorf("fingerprint changed on the second start: %s, then %s", fp, k2.Fingerprint())
	}
	after, _ := os.ReadFile(path)
	if string(after) != string(data) {
		t.Error("the second start rewrote the key file")
	}

	// OpenSSH's own tools read it, and see the same fingerprint.
	if _, err := exec.LookPath("ssh-keygen"); err != nil {
		t.Skip("ssh-keygen is not installed")
	}
	out, err := exec.Command("ssh-keygen", "-lf", path).CombinedOutput()
	if err != nil {
		t.Fatalf("ssh-keygen -lf: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), " "+fp+" ") {
		t.Errorf("ssh-keygen -lf says %q; we say %s", out, fp)
	}
}

func TestHostKeyRefusals(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good")
	if _, err := LoadHostKey(good, en); err != nil {
		t.Fatal(err)
	}

	link := filepath.Join(dir, "link")
	if err := os.Symlink(good, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	_, err := LoadHostKey(link, en)
	var se *SetupError
	if !errors.As(err, &se) || !errors.Is(err, platform.ErrNotPlain) || !se.Input {
		t.Errorf("a link: %v, want a SetupError for bad input around a NotPlainError", err)
	} else if want := "host key " + link + " is a link or not a plain file"; !strings.HasPrefix(err.Error(), want) {
		t.Errorf("a link: %q, want it to start %q", err, want)
	}

	if _, err := LoadHostKey(dir, en); !errors.Is(err, platform.ErrNotPlain) {
		t.Errorf("a folder: %v, want a NotPlainError", err)
	}

	bad := filepath.Join(dir, "bad")
	os.WriteFile(bad, []byte("not a key\n"), 0o600)
	_, err = LoadHostKey(bad, en)
	if err == nil || !strings.HasPrefix(err.Error(), "host key "+bad+" is not an SSH private key eventday can use (") {
		t.Errorf("not a key: %v", err)
	}
	if data, _ := os.ReadFile(bad); string(data) != "not a key\n" {
		t.Error("a file that is not a key was overwritten")
	}

	if runtime.GOOS != "windows" {
		open := filepath.Join(dir, "open")
		data, _ := os.ReadFile(good)
		os.WriteFile(open, data, 0o644)
		os.Chmod(open, 0o644)
		_, err = LoadHostKey(open, en)
		want := "host key " + open + " can be read by other users (mode 0644); make it private with: chmod 600 " + open
		if err == nil || err.Error() != want {
			t.Errorf("a key others can read: %v\nwant %s", err, want)
		}
	}
}
