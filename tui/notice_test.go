package tui

import (
	"strings"
	"testing"
)

// A warning at start is shown whole, however long, on as many lines as it
// takes (the views give up those lines); the first key puts it away and
// gives the lines back.
func TestNoticesShownWhole(t *testing.T) {
	torn := "注意：attendance.jsonl:2：最后一行在死机时只写了一半（18 字节），已移到 attendance.jsonl.torn；其余记录都完好"
	demo := "演示活动的文件在 /tmp/eventday-demo-1234567890/幸福里社区五一文艺汇演"
	b := notStarted(t)
	h := newHarnessOn(t, b, b, Options{Lang: "zh", Notices: []string{torn, demo}}, 80, 24)
	screen := h.view()
	if lines := strings.Split(screen, "\n"); len(lines) != 24 {
		t.Fatalf("%d lines, want 24:\n%s", len(lines), screen)
	}
	// A line is broken at a space, and the space goes.
	joined := strings.NewReplacer("\n", "", " ", "").Replace(screen)
	for _, want := range []string{torn, demo} {
		if !strings.Contains(joined, strings.ReplaceAll(want, " ", "")) {
			t.Errorf("the notice %q is not shown whole:\n%s", want, screen)
		}
	}
	withNotices := h.stage().h
	h.press("?")
	h.press("?")
	after := h.view()
	if strings.Contains(after, "torn") || strings.Contains(after, "演示活动的文件") {
		t.Errorf("the notices stay after a key:\n%s", after)
	}
	if lines := strings.Split(after, "\n"); len(lines) != 24 {
		t.Fatalf("%d lines after a key, want 24:\n%s", len(lines), after)
	}
	if got := h.stage().h; got != 21 || withNotices >= got {
		t.Errorf("the Stage has %d lines with the notices and %d after, want fewer, then 21", withNotices, got)
	}
}
