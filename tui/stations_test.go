package tui

import (
	"strings"
	"testing"
	"time"
)

// TestStationsHostKeyHintWhole: the hint beside the host key's fingerprint
// says that both sides must match; a window too narrow for it beside the
// fingerprint gets it whole on the line under, never cut.
func TestStationsHostKeyHintWhole(t *testing.T) {
	const fingerprint = "SHA256:rxGSiVjJr5m64VA1vAT6PJFn7YcK/Tvh++cQrdIx8N0"
	for _, tt := range []struct {
		lang   string
		w      int
		beside bool
	}{
		{"zh", 100, false},
		{"en", 100, false},
		{"zh", 160, true},
		{"en", 160, true},
	} {
		plan := mayDay()
		b := newFakeBackend(plan, time.Date(2025, 5, 1, 14, 0, 0, 0, plan.Location))
		host := &Hosting{
			Connect:     []ConnectAt{{Addr: "192.168.1.20", Stage: "ssh -p 2222 stage@192.168.1.20", Desk: "ssh -p 2222 desk-east@192.168.1.20", Board: "ssh -p 2222 board@192.168.1.20"}},
			PIN:         "135790",
			Fingerprint: fingerprint,
		}
		h := newHarnessOn(t, b, b, Options{Lang: tt.lang, Hosting: host}, tt.w, 30)
		h.press("shift+tab")
		hint := h.a.env.t.Serve.HostKeyHint
		var keyLine, next string
		lines := strings.Split(h.view(), "\n")
		for i, l := range lines {
			if strings.Contains(l, fingerprint) && i+1 < len(lines) {
				keyLine, next = l, lines[i+1]
			}
		}
		if keyLine == "" {
			t.Fatalf("%s %d: no line with the fingerprint in\n%s", tt.lang, tt.w, h.view())
		}
		if got := strings.Contains(keyLine, hint); got != tt.beside {
			t.Errorf("%s %d: hint beside the fingerprint %v, want %v:\n%s\n%s", tt.lang, tt.w, got, tt.beside, keyLine, next)
		}
		if !tt.beside && !strings.Contains(next, hint) {
			t.Errorf("%s %d: the hint is not whole under the fingerprint:\n%s\n%s", tt.lang, tt.w, keyLine, next)
		}
	}
}
