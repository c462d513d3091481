package tui

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/exp/golden"
)

// TestStageGolden pins the Stage screen at the two sizes people will use,
// in both languages, with the fixed programme and clock of liveShow.
func TestStageGolden(t *testing.T) {
	for _, size := range []struct{ w, h int }{{80, 24}, {120, 40}, {160, 45}} {
		for _, lang := range []string{"en", "zh"} {
			t.Run(fmt.Sprintf("%dx%d_%s", size.w, size.h, lang), func(t *testing.T) {
				h := newHarness(t, liveShow(t), lang, size.w, size.h)
				screen := h.view()
				checkFits(t, screen, size.w, size.h)
				golden.RequireEqual(t, screen)
			})
		}
	}
}
