package board

import (
	"context"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
	"time"

	"eventday/browser"
	"eventday/i18n"
	"eventday/program"
)

// requireBrowserEnv, set to 1, turns the browser tests' skip into a
// failure where Chromium is missing: .ci/run sets it.
const requireBrowserEnv = "EVENTDAY_REQUIRE_CHROMIUM"

// shotsEnv names a folder to keep the screenshots of TestScreenshots in.
const shotsEnv = "EVENTDAY_BOARD_SHOTS"

// needBrowser finds Chromium, or skips (or fails, in CI).
func needBrowser(t *testing.T) string {
	t.Helper()
	if p, ok := browser.Find(); ok {
		return p
	}
	msg := "Chromium is not installed; on Debian: apt-get install -y --no-install-recommends chromium fonts-noto-cjk"
	if os.Getenv(requireBrowserEnv) == "1" {
		t.Fatal(msg + " (" + requireBrowserEnv + "=1)")
	}
	t.Skip(msg)
	return ""
}

// waitText waits until the JavaScript expression's value matches want,
// and returns when it did.
func waitText(t *testing.T, ctx context.Context, p *browser.Page, expr string, want *regexp.Regexp) time.Time {
	t.Helper()
	var got string
	for end := time.Now().Add(10 * time.Second); time.Now().Before(end); time.Sleep(10 * time.Millisecond) {
		if err := p.Eval(ctx, expr, &got); err != nil {
			t.Fatal(err)
		}
		if want.MatchString(got) {
			return time.Now()
		}
	}
	t.Fatalf("%s is %q, want %s", expr, got, want)
	return time.Time{}
}

// sameAsServer is a script that draws the board as the server draws it
// (the page fetched again, parsed and not run) and lists every element
// whose text or style differs from the page the script keeps.
const sameAsServer = `(function () {
	var x = new XMLHttpRequest();
	x.open("GET", location.href, false);
	x.send();
	var d = new DOMParser().parseFromString(x.responseText, "text/html"), out = [];
	var ids = ["event", "phase", "clock", "now-none", "now-act", "now-title", "now-who", "now-time", "now-span",
		"next-at", "next-none", "next-title", "next-who", "calls", "call-list", "people", "offline"];
	function differ(name, a, b) {
		if (a.className !== b.className || a.textContent !== b.textContent) {
			out.push(name + ": the script drew " + JSON.stringify([a.className, a.textContent]) +
				", the server " + JSON.stringify([b.className, b.textContent]));
		}
	}
	for (var i = 0; i < ids.length; i++) {
		differ(ids[i], document.getElementById(ids[i]), d.getElementById(ids[i]));
	}
	differ("body", document.body, d.body);
	return out.join("\n");
})()`

// sameAsServer checks that the page as its script draws it says what the
// server says.
func checkSameAsServer(t *testing.T, ctx context.Context, p *browser.Page, when string) {
	t.Helper()
	var diff string
	if err := p.Eval(ctx, sameAsServer, &diff); err != nil {
		t.Fatal(err)
	}
	if diff != "" {
		t.Errorf("%s:\n%s", when, diff)
	}
}

// TestPageInBrowser opens the page in headless Chromium, makes a GO
// through the owner while it is open and sees the live act's title on
// the page: it came by the event stream. On hold and before the start
// the page its script draws is the page the server draws; past the act's
// end the time left turns into a flashing time over.
func TestPageInBrowser(t *testing.T) {
	path := needBrowser(t)
	if runtime.GOOS == "windows" {
		t.Skip("no DevTools pipe to the browser on Windows")
	}
	s := openDemo(t)
	s.signIn(t, "周雅琴")
	s.clock.Set(at(14, 29, 30))
	h, srv := serve(t, s, Options{Tick: 20 * time.Millisecond})
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	b, err := browser.Start(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	p, err := b.Open(ctx, srv.URL+"/?lang=en")
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	if !eventually(func() bool { return h.Streams() == 1 }) {
		t.Fatalf("%d streams open; the page's script did not open one", h.Streams())
	}
	waitText(t, ctx, p, `document.getElementById("now-none").textContent + "|" + document.body.className`,
		regexp.MustCompile(`^The show has not started yet\|not-started$`))
	checkSameAsServer(t, ctx, p, "before the start")

	t0 := time.Now()
	s.goAt(t, at(14, 30, 0))
	seen := waitText(t, ctx, p, `document.getElementById("now-title").textContent`, regexp.MustCompile("^"+regexp.QuoteMeta(choir)+"$"))
	t.Logf("the GO was on the page %v after it was made (polled every 10 ms)", seen.Sub(t0).Round(time.Millisecond))
	// The owner's clock stands still and so the server sends nothing
	// more: the page counts the time left down by itself.
	waitText(t, ctx, p, `document.body.className + "|" + document.getElementById("now-time").textContent`,
		regexp.MustCompile(`^on\|4:5[0-7] left$`))

	s.cue(t, at(14, 32, 0), program.Cue{Kind: program.KindHold})
	waitText(t, ctx, p, `document.body.className + "|" + document.getElementById("phase").textContent`, regexp.MustCompile(`^hold\|ON HOLD$`))
	checkSameAsServer(t, ctx, p, "on hold")
	zh, err := b.Open(ctx, srv.URL+"/?lang=zh")
	if err != nil {
		t.Fatal(err)
	}
	defer zh.Close()
	if !eventually(func() bool { return h.Streams() == 2 }) {
		t.Fatalf("%d streams open, want 2", h.Streams())
	}
	waitText(t, ctx, zh, `document.getElementById("now-span").textContent`, regexp.MustCompile(`^已演 2:00，共 5:00$`))
	checkSameAsServer(t, ctx, zh, "on hold, in Chinese")

	s.cue(t, at(14, 32, 10), program.Cue{Kind: program.KindResume})
	s.clock.Set(at(14, 35, 30))
	waitText(t, ctx, p, `document.body.className + "|" + document.getElementById("now-time").textContent`,
		regexp.MustCompile(`^on over\|\+0:2\d over$`))
	var style string
	if err := p.Eval(ctx, `(function () {
		var s = getComputedStyle(document.getElementById("now-time")), b = getComputedStyle(document.body);
		return s.animationName + " " + s.animationIterationCount + " | " + b.backgroundColor;
	})()`, &style); err != nil {
		t.Fatal(err)
	}
	// The style sheet applied (the policy let it), the time over flashing.
	if style != "flash infinite | rgb(0, 0, 0)" {
		t.Errorf("the time over's style: %q", style)
	}
}

// TestScreenshots takes the page at 1280×720, as a television shows it,
// with an act live and with an act running over, in Chinese (and running
// over in English, whose words are longer), and checks the pictures are
// whole. EVENTDAY_BOARD_SHOTS=DIR keeps them in DIR.
func TestScreenshots(t *testing.T) {
	path := needBrowser(t)
	dir := os.Getenv(shotsEnv)
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s := openDemo(t)
	for _, name := range []string{"周雅琴", "王小雨", "何阿姨", "曾凤英"} {
		s.signIn(t, name)
	}
	s.goAt(t, at(14, 30, 0))
	_, srv := serve(t, s, Options{})
	for _, shot := range []struct {
		name string
		at   time.Time
		want string
	}{
		{"board-live-zh.png", at(14, 32, 15), "还剩 2:45"},
		{"board-overrun-zh.png", at(14, 36, 23), "超时 +1:23"},
		{"board-overrun-en.png", at(14, 42, 34), "+7:34 over"},
	} {
		s.clock.Set(shot.at)
		lang := strings.TrimSuffix(shot.name[strings.LastIndex(shot.name, "-")+1:], ".png")
		if w := Say(s.take(), &i18n.For(lang).Board); w.NowTime != shot.want {
			t.Fatalf("%s: the board says %q, want %q", shot.name, w.NowTime, shot.want)
		}
		file := filepath.Join(dir, shot.name)
		os.Remove(file)
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		err := browser.Run(ctx, path, "--hide-scrollbars", "--window-size=1280,720", "--screenshot="+file, srv.URL+"/?lang="+lang)
		cancel()
		if err != nil {
			t.Fatalf("%s: %v", shot.name, err)
		}
		f, err := os.Open(file)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", shot.name, err)
		}
		if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 720 {
			t.Errorf("%s is %dx%d", shot.name, b.Dx(), b.Dy())
		}
		t.Logf("%s", file)
	}
}
