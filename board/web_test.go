package board

import (
	"context"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"eventday/i18n"
)

// hostile is the May Day show with markup, a script, an escape sequence
// and a bidi override in its name, titles and performers.
func hostile(t *testing.T) demoEvent {
	s := openDemo(t,
		"name: 幸福里社区五一文艺汇演", `name: "</title><script>alert('name')</script>"`,
		"title: 童声合唱《春天在哪里》", `title: "<script>alert(1)</script> & \e[2J"`,
		"performers: 阳光幼儿园大班小朋友（周老师带队）", `performers: "\"><img src=x onerror=alert(2)> \u202e"`,
		"title: 扇子舞《茉莉花》", `title: "</script><script>alert(3)</script>"`,
		"performers: 何阿姨和夕阳红舞蹈队", `performers: "{{.T}} <!-- ]]> '\""`,
	)
	s.signIn(t, "何阿姨")
	s.goAt(t, at(14, 30, 0))
	s.clock.Set(at(14, 32, 0))
	return s
}

// get asks the handler for path and returns its answer.
func get(t *testing.T, h http.Handler, method, path string, header ...string) *http.Response {
	t.Helper()
	// A stream (or a handler that streams what it should refuse) ends
	// with the request's context.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	r := httptest.NewRequestWithContext(ctx, method, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		r.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w.Result()
}

func body(t *testing.T, res *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestPageGolden: the page of a live act, with hostile texts, at a fixed
// clock, in both languages.
func TestPageGolden(t *testing.T) {
	h := NewHandler(hostile(t), Options{})
	for _, lang := range i18n.Langs {
		t.Run(lang, func(t *testing.T) {
			res := get(t, h, "GET", "/?lang="+lang)
			if res.StatusCode != 200 || res.Header.Get("Content-Type") != "text/html; charset=utf-8" {
				t.Fatalf("%d %s", res.StatusCode, res.Header.Get("Content-Type"))
			}
			golden.RequireEqual(t, body(t, res))
		})
	}
}

// The elements and attributes the page is made of: anything else on it
// came from a file.
var (
	pageTags  = strings.Fields(`html head meta noscript title style body table tr td div span script`)
	pageAttrs = strings.Fields(`lang charset name content http-equiv class id type`)
)

// TestPageEscapes: markup in the event's texts is text on the page, an
// escape sequence or a bidi override is drawn as U+FFFD, and the page has
// its own elements, two scripts among them, and nothing else.
func TestPageEscapes(t *testing.T) {
	h := NewHandler(hostile(t), Options{})
	for _, lang := range i18n.Langs {
		text := checkPage(t, body(t, get(t, h, "GET", "/?lang="+lang)))
		for _, want := range []string{
			"</title><script>alert('name')</script>",
			"<script>alert(1)</script> & \uFFFD[2J",
			`"><img src=x onerror=alert(2)> ` + "\uFFFD",
			"</script><script>alert(3)</script>",
			`{{.T}} <!-- ]]> '"`,
		} {
			if !strings.Contains(text, want) {
				t.Errorf("%s: the page does not show %q as text", lang, want)
			}
		}
	}
}

// TestBoardJSON: /board.json is the snapshot now, its texts escaped for
// any HTML around it.
func TestBoardJSON(t *testing.T) {
	s := hostile(t)
	res := get(t, NewHandler(s, Options{}), "GET", "/board.json")
	b := body(t, res)
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("%d %s", res.StatusCode, res.Header.Get("Content-Type"))
	}
	if strings.ContainsAny(b, "<>") {
		t.Errorf("markup in the JSON: %s", b)
	}
	var got struct {
		Phase string
		Live  struct {
			Title       string
			RemainingMS int64 `json:"remaining_ms"`
		}
		Calls []struct{ Kind, Title string }
	}
	if err := json.Unmarshal([]byte(b), &got); err != nil {
		t.Fatal(err)
	}
	if got.Phase != "on" || got.Live.Title != "<script>alert(1)</script> & \uFFFD[2J" || got.Live.RemainingMS != 180000 ||
		len(got.Calls) != 1 || got.Calls[0].Kind != "call" {
		t.Errorf("%+v", got)
	}
}

// TestReadOnly: the board answers GET and HEAD on its three addresses;
// any other method is refused with 405, any other address is not found
// (there is no listing of anything), and no answer lets another site read
// the board.
func TestReadOnly(t *testing.T) {
	h := NewHandler(openDemo(t), Options{})
	for _, m := range []string{"POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE"} {
		for _, path := range []string{"/", "/events", "/board.json", "/nope"} {
			res := get(t, h, m, path, "Origin", "http://elsewhere.example")
			if res.StatusCode != http.StatusMethodNotAllowed || res.Header.Get("Allow") != "GET, HEAD" {
				t.Errorf("%s %s: %d, Allow %q", m, path, res.StatusCode, res.Header.Get("Allow"))
			}
		}
	}
	for _, path := range []string{"/page/", "/page/board.js", "/index.html", "/events/", "/board.json/", "/..", "//"} {
		res := get(t, h, "GET", path, "Accept-Language", "zh-CN")
		if b := body(t, res); res.StatusCode != 404 || !strings.Contains(b, i18n.For("zh").Board.NotFound) {
			t.Errorf("GET %s: %d %q", path, res.StatusCode, b)
		}
	}
	for _, path := range []string{"/", "/events", "/board.json", "/nope"} {
		for _, m := range []string{"GET", "HEAD"} {
			if m == "GET" && path == "/events" {
				continue // a stream; see events_test.go
			}
			res := get(t, h, m, path, "Origin", "http://elsewhere.example")
			hd := res.Header
			if hd.Get("X-Content-Type-Options") != "nosniff" || hd.Get("Content-Security-Policy") != contentPolicy {
				t.Errorf("%s %s: headers %v", m, path, hd)
			}
			for k := range hd {
				if strings.HasPrefix(k, "Access-Control-") {
					t.Errorf("%s %s: %s", m, path, k)
				}
			}
		}
	}
	// HEAD through a server, which sends no body for it, as a browser
	// sees it; a HEAD of the stream ends at once.
	srv := httptest.NewServer(h)
	defer srv.Close()
	for _, path := range []string{"/", "/events", "/board.json"} {
		res, err := srv.Client().Head(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		if b := body(t, res); res.StatusCode != 200 || b != "" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("HEAD %s: %d, body %q", path, res.StatusCode, b)
		}
		res.Body.Close()
	}
}

// TestContentPolicy: the policy allows the page's own script and style by
// their hashes, and nothing from anywhere else.
func TestContentPolicy(t *testing.T) {
	page := body(t, get(t, NewHandler(openDemo(t), Options{}), "GET", "/"))
	between := func(open, close string) string {
		i := strings.LastIndex(page, open)
		j := strings.Index(page[i:], close)
		if i < 0 || j < 0 {
			t.Fatalf("no %s in the page", open)
		}
		return page[i+len(open) : i+j]
	}
	for what, src := range map[string]string{"script-src": between("<script>", "</script>"), "style-src": between("<style>", "</style>")} {
		sum := sha256.Sum256([]byte(src))
		want := what + " 'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "';"
		if !strings.Contains(contentPolicy, want) {
			t.Errorf("the policy %q lacks %q", contentPolicy, want)
		}
	}
	for _, want := range []string{"default-src 'none'", "connect-src 'self'", "frame-ancestors 'none'"} {
		if !strings.Contains(contentPolicy, want) {
			t.Errorf("the policy %q lacks %q", contentPolicy, want)
		}
	}
	if strings.Contains(contentPolicy, "unsafe") || strings.Contains(contentPolicy, "*") {
		t.Errorf("the policy %q allows too much", contentPolicy)
	}
}

// TestLanguage: ?lang= first, then the browser's Accept-Language, then the
// handler's own language.
func TestLanguage(t *testing.T) {
	s := openDemo(t)
	for _, c := range []struct {
		own, query, accept, want string
	}{
		{"", "", "", "en"},
		{"zh", "", "", "zh"},
		{"zh", "", "fr-FR, de;q=0.8", "zh"},
		{"", "", "zh-CN,zh;q=0.9,en;q=0.8", "zh"},
		{"", "", "zh-TW", "zh"},
		{"zh", "", "fr, en;q=0.5", "en"},
		{"", "", "en;q=0.3, zh-Hans;q=0.8", "zh"},
		{"", "", "zh;q=0, en", "en"},
		{"", "", "zh;q=abc, en;q=0.1", "en"},
		{"en", "zh", "en", "zh"},
		{"zh", "en", "zh", "en"},
		{"", "xx", "zh", "zh"},
	} {
		h := NewHandler(s, Options{Lang: c.own})
		res := get(t, h, "GET", "/?lang="+c.query, "Accept-Language", c.accept)
		want := `<html lang="en">`
		if c.want == "zh" {
			want = `<html lang="zh-CN">`
		}
		if b := body(t, res); !strings.Contains(b, want) {
			t.Errorf("own %q, ?lang=%q, Accept-Language %q: want %s", c.own, c.query, c.accept, want)
		}
	}
}
