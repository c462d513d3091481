// Package browser finds a Chromium-family browser (Chromium, Chrome, Edge)
// on the machine and runs it headless: to print the papers to PDF, and in
// tests to look at the board's web page as a television's browser would.
// The browser gets a profile of its own in a temporary folder, removed
// after, and everything in it that reaches out to the network is off.
package browser

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// Env names the environment variable that says which browser to run, for
// a browser installed where eventday does not look.
const Env = "EVENTDAY_BROWSER"

// names are the Chromium-family browsers looked for on the PATH.
var names = []string{
	"chromium", "chromium-browser", "google-chrome", "google-chrome-stable",
	"microsoft-edge", "microsoft-edge-stable", "msedge", "chrome",
}

// places are where Windows and macOS install them, PATH or not.
func places() []string {
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

// Find finds a Chromium-family browser: the one EVENTDAY_BROWSER names,
// else the first on the PATH, else the first in its usual place. ok is
// false when there is none.
func Find() (path string, ok bool) {
	if p := os.Getenv(Env); p != "" {
		if found, err := exec.LookPath(p); err == nil {
			return found, true
		}
		return "", false
	}
	for _, name := range names {
		if found, err := exec.LookPath(name); err == nil {
			return found, true
		}
	}
	for _, p := range places() {
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() {
			return p, true
		}
	}
	return "", false
}

// args are the browser's switches: headless, nothing that calls home, a
// profile of its own.
func args(profile string) []string {
	a := []string{
		"--headless", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--disable-extensions", "--disable-default-apps", "--disable-features=Translate,MediaRouter,OptimizationHints",
		"--user-data-dir=" + profile,
	}
	if os.Geteuid() == 0 {
		// Chromium's sandbox refuses to run as root (Windows says -1).
		a = append(a, "--no-sandbox")
	}
	return a
}

// waitDelay is how long a browser that was told to stop, or whose context
// ended, has to go before it is killed.
const waitDelay = 5 * time.Second

// Run runs the browser once, headless in a fresh profile, with the extra
// switches and address given (--print-to-pdf=FILE URL, --screenshot=FILE
// URL), and waits for it to end. An error ends with the last line the
// browser wrote, which names its trouble.
func Run(ctx context.Context, path string, extra ...string) error {
	profile, err := os.MkdirTemp("", "eventday-browser-*")
	if err != nil {
		return err
	}
	defer os.RemoveAll(profile)
	cmd := exec.CommandContext(ctx, path, append(args(profile), extra...)...)
	var said bytes.Buffer
	cmd.Stdout, cmd.Stderr = &said, &said
	cmd.WaitDelay = waitDelay
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("%w%s", err, lastLine(said.String()))
	}
	return nil
}

// Browser is a headless browser spoken to over its DevTools pipe: one
// browser for many pages.
type Browser struct {
	cmd     *exec.Cmd
	d       *devtools
	said    *bytes.Buffer
	profile string
}

// Start starts the browser at path, headless in a fresh profile, with its
// DevTools pipe open. It fails on Windows, where Go cannot hand the browser
// the pipe; Run works there.
func Start(ctx context.Context, path string) (*Browser, error) {
	profile, err := os.MkdirTemp("", "eventday-browser-*")
	if err != nil {
		return nil, err
	}
	cmd := exec.CommandContext(ctx, path, append(args(profile), "--remote-debugging-pipe", "about:blank")...)
	said := &bytes.Buffer{}
	cmd.Stdout, cmd.Stderr = said, said
	cmd.WaitDelay = waitDelay
	d, err := startWithPipe(cmd)
	if err != nil {
		os.RemoveAll(profile)
		return nil, err
	}
	return &Browser{cmd: cmd, d: d, said: said, profile: profile}, nil
}

// Close asks the browser to close, kills it if it does not answer, and
// removes its profile. It returns the last line the browser wrote, in
// parentheses after a space, or nothing: what to add to an error about it.
// What the browser was asked has answered by now, so how it ends tells
// nothing more.
func (b *Browser) Close() (said string) {
	ctx, cancel := context.WithTimeout(context.Background(), waitDelay)
	defer cancel()
	if err := b.d.call(ctx, "", "Browser.close", nil, nil); err != nil {
		b.cmd.Process.Kill()
	}
	b.cmd.Wait()
	b.d.close()
	os.RemoveAll(b.profile)
	return lastLine(b.said.String())
}

// Page is one tab of the browser.
type Page struct {
	b       *Browser
	target  string
	session string
}

// Open opens url in a new tab and waits until it has loaded.
func (b *Browser) Open(ctx context.Context, url string) (*Page, error) {
	var target struct{ TargetID string }
	if err := b.d.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return nil, err
	}
	p := &Page{b: b, target: target.TargetID}
	var attached struct{ SessionID string }
	if err := b.d.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		p.Close()
		return nil, err
	}
	p.session = attached.SessionID
	if err := p.Call(ctx, "Page.enable", nil, nil); err != nil {
		p.Close()
		return nil, err
	}
	if err := p.Call(ctx, "Page.setLifecycleEventsEnabled", map[string]any{"enabled": true}, nil); err != nil {
		p.Close()
		return nil, err
	}
	var nav struct {
		LoaderID  string
		ErrorText string
	}
	if err := p.Call(ctx, "Page.navigate", map[string]any{"url": url}, &nav); err != nil {
		p.Close()
		return nil, err
	}
	if nav.ErrorText != "" {
		p.Close()
		return nil, fmt.Errorf("%s: %s", url, nav.ErrorText)
	}
	if err := b.d.waitLoad(ctx, p.session, nav.LoaderID); err != nil {
		p.Close()
		return nil, err
	}
	return p, nil
}

// Call sends a DevTools command to the page and decodes its result into
// result, when not nil.
func (p *Page) Call(ctx context.Context, method string, params, result any) error {
	return p.b.d.call(ctx, p.session, method, params, result)
}

// Eval evaluates a JavaScript expression in the page and decodes its value
// (a string, a number, an object of them) into out.
func (p *Page) Eval(ctx context.Context, expr string, out any) error {
	var res struct {
		Result struct {
			Value any `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	if err := p.Call(ctx, "Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &res); err != nil {
		return err
	}
	if res.ExceptionDetails != nil {
		return fmt.Errorf("%s: %s", expr, res.ExceptionDetails.Text)
	}
	return remarshal(res.Result.Value, out)
}

// Close closes the tab.
func (p *Page) Close() {
	ctx, cancel := context.WithTimeout(context.Background(), waitDelay)
	defer cancel()
	p.b.d.call(ctx, "", "Target.closeTarget", map[string]any{"targetId": p.target}, nil)
}

// lastLine is the last line the browser said, in parentheses.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if l := strings.TrimSpace(lines[len(lines)-1]); l != "" {
		return " (" + l + ")"
	}
	return ""
}

// remarshal turns a value decoded as JSON into out, as if decoded into it.
func remarshal(v, out any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, out)
}
