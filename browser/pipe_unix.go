//go:build !windows

package browser

import (
	"os"
	"os/exec"
)

// startWithPipe starts the browser with the DevTools pipe on its file
// descriptors 3 (it reads) and 4 (it writes).
func startWithPipe(cmd *exec.Cmd) (*devtools, error) {
	toBrowser, in, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	out, fromBrowser, err := os.Pipe()
	if err != nil {
		toBrowser.Close()
		in.Close()
		return nil, err
	}
	cmd.ExtraFiles = []*os.File{toBrowser, fromBrowser}
	err = cmd.Start()
	// The browser has its ends now; ours are in and out.
	toBrowser.Close()
	fromBrowser.Close()
	if err != nil {
		in.Close()
		out.Close()
		return nil, err
	}
	d := newDevtools(in, out)
	d.close = func() { in.Close(); out.Close() }
	return d, nil
}
