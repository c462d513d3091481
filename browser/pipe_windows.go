package browser

import (
	"errors"
	"os/exec"
)

// startWithPipe cannot start the browser with a DevTools pipe on Windows,
// where Go hands a child no file descriptors beyond the standard three;
// each page is printed by a browser of its own instead.
func startWithPipe(*exec.Cmd) (*devtools, error) {
	return nil, errors.New("no DevTools pipe on Windows")
}
