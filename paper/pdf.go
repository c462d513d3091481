package paper

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

// BrowserEnv names the environment variable that says which browser makes
// the PDFs, for a browser installed where eventday does not look.
const BrowserEnv = "EVENTDAY_BROWSER"

// browserNames are the Chromium-family browsers looked for on the PATH.
var browserNames = []string{
	"chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
	"microsoft-edge", "microsoft-edge-stable", "msedge", "chrome",
}

// browserPlaces are where Windows and macOS install them, PATH or not.
func browserPlaces() []string {
	switch runtime.GOOS {
	case "windows":
		var out []string
		for _, root := range []string{os.Getenv("ProgramFiles(x86)"), os.Getenv("ProgramFiles"), os.Getenv("LocalAppData")} {
			if root == "" {
				continue
			}
			out = append(out,
				filepath.Join(root, "Microsoft", "Edge", "Application", "msedge.exe"),
				filepath.Join(root, "Google", "Chrome", "Application", "chrome.exe"),
				filepath.Join(root, "Chromium", "Application", "chrome.exe"))
		}
		return out
	case "darwin":
		var out []string
		home, _ := os.UserHomeDir()
		for _, root := range []string{"/Applications", filepath.Join(home, "Applications")} {
			out = append(out,
				filepath.Join(root, "Google Chrome.app", "Contents", "MacOS", "Google Chrome"),
				filepath.Join(root, "Chromium.app", "Contents", "MacOS", "Chromium"),
				filepath.Join(root, "Microsoft Edge.app", "Contents", "MacOS", "Microsoft Edge"))
		}
		return out
	}
	return nil
}

// FindBrowser finds a Chromium-family browser to print with: the one
// EVENTDAY_BROWSER names, else the first on the PATH, else the first in
// its usual place. ok is false when there is none.
func FindBrowser() (path string, ok bool) {
	if p := os.Getenv(BrowserEnv); p != "" {
		if found, err := exec.LookPath(p); err == nil {
			return found, true
		}
		return "", false
	}
	for _, name := range browserNames {
		if found, err := exec.LookPath(name); err == nil {
			return found, true
		}
	}
	for _, p := range browserPlaces() {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, true
		}
	}
	return "", false
}

// pdfTimeout is how long one page may take to print before the browser
// is given up on.
const pdfTimeout = 2 * time.Minute

// PDFs prints each HTML file with the browser, headless, and returns the
// PDFs in the same order. One browser prints them all where it can be
// spoken to over a pipe (not on Windows, where Go cannot hand it one);
// otherwise, or if that fails, each page is printed by a browser of its
// own, side by side. Each browser has a fresh profile in a temporary
// folder that is removed after, with everything that reaches out to the
// network turned off: the pages need nothing from it. The page numbers
// are the pages' own (their @page footer), so the browser's header and
// footer are off.
func PDFs(ctx context.Context, browser string, htmlFiles []string) ([][]byte, error) {
	urls := make([]string, len(htmlFiles))
	for i, f := range htmlFiles {
		abs, err := filepath.Abs(f)
		if err != nil {
			return nil, err
		}
		urls[i] = fileURL(abs)
	}
	ctx, cancel := context.WithTimeout(ctx, pdfTimeout)
	defer cancel()
	if out, err := printThroughPipe(ctx, browser, urls); err == nil {
		return out, nil
	}
	out := make([][]byte, len(urls))
	errs := make([]error, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Go(func() {
			out[i], errs[i] = printOne(ctx, browser, u)
			if errs[i] != nil {
				errs[i] = fmt.Errorf("%s: %w", filepath.Base(htmlFiles[i]), errs[i])
			}
		})
	}
	wg.Wait()
	return out, errors.Join(errs...)
}

// browserArgs are the browser's switches for printing in the profile
// folder: headless, nothing that calls home, a profile of its own.
func browserArgs(profile string) []string {
	args := []string{
		"--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-default-apps", "--disable-features=Translate,MediaRouter,OptimizationHints",
		"--user-data-dir=" + profile,
	}
	if os.Geteuid() == 0 {
		// Chromium's sandbox refuses to run as root (Windows says -1).
		args = append(args, "--no-sandbox")
	}
	return args
}

// printThroughPipe prints every page with one browser, spoken to over its
// DevTools pipe, the pages side by side.
func printThroughPipe(ctx context.Context, browser string, urls []string) ([][]byte, error) {
	profile, err := os.MkdirTemp("", "eventday-print-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	cmd := exec.CommandContext(ctx, browser, append(browserArgs(profile), "--remote-debugging-pipe", "about:blank")...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	cmd.WaitDelay = 5 * time.Second
	d, err := startWithPipe(cmd)
	if err != nil {
		return nil, err
	}
	defer d.close()
	out := make([][]byte, len(urls))
	errs := make([]error, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Go(func() { out[i], errs[i] = d.print(ctx, u) })
	}
	wg.Wait()
	err = errors.Join(errs...)
	if cerr := d.call(ctx, "", "Browser.close", nil, nil); cerr != nil {
		cmd.Process.Kill()
	}
	if werr := cmd.Wait(); err == nil && werr != nil && ctx.Err() != nil {
		err = werr
	}
	if err != nil {
		return nil, fmt.Errorf("%w%s", err, lastLine(stderr.String()))
	}
	for i, pdf := range out {
		if !bytes.HasPrefix(pdf, []byte("%PDF")) {
			return nil, fmt.Errorf("%s: not a PDF", urls[i])
		}
	}
	return out, nil
}

// printOne prints one page with a browser of its own, by its command line.
func printOne(ctx context.Context, browser, url string) ([]byte, error) {
	profile, err := os.MkdirTemp("", "eventday-print-*")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(profile)
	pdf := filepath.Join(profile, "page.pdf")
	args := append(browserArgs(profile),
		// Chromium 111 and later, and the older spelling.
		"--no-pdf-header-footer", "--print-to-pdf-no-header",
		"--print-to-pdf="+pdf, url)
	cmd := exec.CommandContext(ctx, browser, args...)
	var stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stderr, &stderr
	cmd.WaitDelay = 5 * time.Second
	runErr := cmd.Run()
	data, err := os.ReadFile(pdf)
	if err == nil && bytes.HasPrefix(data, []byte("%PDF")) {
		return data, nil
	}
	if runErr == nil {
		runErr = errors.New("it wrote no PDF")
	}
	return nil, fmt.Errorf("%w%s", runErr, lastLine(stderr.String()))
}

// fileURL is the file: URL of an absolute path, C:\ and all on Windows.
func fileURL(abs string) string {
	p := filepath.ToSlash(abs)
	if !strings.HasPrefix(p, "/") {
		p = "/" + p
	}
	return (&url.URL{Scheme: "file", Path: p}).String()
}

// lastLine is the last line the browser said, which names its trouble.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if l := strings.TrimSpace(lines[len(lines)-1]); l != "" {
		return " (" + l + ")"
	}
	return ""
}
