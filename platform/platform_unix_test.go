//go:build unix

package platform

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

func TestOpenFileRefusesFoldersAndPipes(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, ".eventday.lock")
	os.Mkdir(sub, 0o700)
	if _, err := OpenFile(sub, os.O_RDWR|os.O_CREATE, 0o600); !errors.Is(err, ErrNotPlain) {
		t.Errorf("a folder: %v, want it refused", err)
	}
	fifo := filepath.Join(dir, "attendance.jsonl.torn")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	// Opened for writing with nobody reading, a pipe would block forever.
	if _, err := OpenFile(fifo, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600); !errors.Is(err, ErrNotPlain) {
		t.Errorf("a named pipe: %v, want it refused", err)
	}
	if err := CheckPlain(fifo); !errors.Is(err, ErrNotPlain) {
		t.Errorf("CheckPlain of a pipe: %v", err)
	}
}

func TestOpenToOthers(t *testing.T) {
	path := filepath.Join(t.TempDir(), "key")
	os.WriteFile(path, nil, 0o600)
	for mode, want := range map[os.FileMode]bool{0o600: false, 0o400: false, 0o640: true, 0o604: true, 0o644: true} {
		if err := os.Chmod(path, mode); err != nil {
			t.Fatal(err)
		}
		fi, err := os.Stat(path)
		if err != nil {
			t.Fatal(err)
		}
		if got := OpenToOthers(fi); got != want {
			t.Errorf("mode %04o: OpenToOthers = %v", mode, got)
		}
	}
}
