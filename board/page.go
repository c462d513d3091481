package board

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"html/template"
	"net/http"
	"strconv"

	"eventday/i18n"
)

//go:embed page
var pageFiles embed.FS

// The page's style and script are inline, from these files, so that the
// page needs nothing but itself; the content security policy lets the
// browser run them and nothing else, by their hashes.
var (
	pageStyle  = mustRead("page/board.css")
	pageScript = mustRead("page/board.js")
	pageHTML   = template.Must(template.New("board.html").Parse(string(mustRead("page/board.html"))))
)

// contentPolicy allows the page its own style and script and its event
// stream, and nothing else: no other script, no frame, no form, no image,
// no font from anywhere.
var contentPolicy = "default-src 'none'; script-src " + hash(pageScript) + "; style-src " + hash(pageStyle) +
	"; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

func mustRead(name string) []byte {
	b, err := pageFiles.ReadFile(name)
	if err != nil {
		panic(err)
	}
	return b
}

// hash is a source's hash as a content security policy names it.
func hash(b []byte) string {
	sum := sha256.Sum256(b)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// pageData is what the page's template fills in.
type pageData struct {
	HTMLLang string
	T        *i18n.Board
	W        Words
	Style    template.CSS
	Script   template.JS
}

// page serves the page: the board as it is now, drawn by the server, in
// the reader's language; its script keeps it current from the event
// stream, and without a script it reloads itself every 5 seconds.
func (h *Handler) page(w http.ResponseWriter, r *http.Request) {
	var b bytes.Buffer
	if err := Page(&b, Of(h.event), i18n.For(h.lang(r))); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Cache-Control", "no-store")
	hd.Set("Content-Length", strconv.Itoa(b.Len()))
	w.Write(b.Bytes())
}

// Page writes the board's web page of s in t's language.
func Page(w *bytes.Buffer, s Snapshot, t *i18n.Text) error {
	lang := "en"
	if t.Lang == "zh" {
		lang = "zh-CN"
	}
	return pageHTML.Execute(w, pageData{
		HTMLLang: lang,
		T:        &t.Board,
		W:        Say(s, &t.Board),
		Style:    template.CSS(pageStyle),
		Script:   template.JS(pageScript),
	})
}
