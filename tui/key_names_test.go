package tui

import (
	"reflect"
	"regexp"
	"strings"
	"testing"

	"charm.land/bubbles/v2/key"

	"eventday/i18n"
)

// helpKeys are the key names every binding of m (a key map) shows in the
// help bar.
func helpKeys(m any) []string {
	var out []string
	v := reflect.ValueOf(m)
	for i := range v.NumField() {
		if b, ok := v.Field(i).Interface().(key.Binding); ok {
			out = append(out, b.Help().Key)
		}
	}
	return out
}

// catalogTexts are every text of the catalog's parts the screens use.
func catalogTexts(t *i18n.Text) []string {
	var out []string
	for _, part := range []any{t.Common, t.Stage, t.Desk, t.Summary} {
		v := reflect.ValueOf(part)
		for i := range v.NumField() {
			if s, ok := v.Field(i).Interface().(string); ok {
				out = append(out, s)
			}
		}
	}
	return out
}

// The keys whose names are words (enter, space) are named the same way in
// the help bar and in every hint of a language: the Desk's hint says + 回车
// and its help bar 回车, not enter.
func TestKeyNamesAgree(t *testing.T) {
	en, zh := i18n.For("en"), i18n.For("zh")
	other := map[string]*i18n.Text{"en": zh, "zh": en}
	for _, lang := range []string{"en", "zh"} {
		tt := i18n.For(lang)
		names := []string{tt.Common.KeyEnter, tt.Common.KeySpace}
		foreign := []*regexp.Regexp{
			regexp.MustCompile(`(^|[^a-z])` + regexp.QuoteMeta(other[lang].Common.KeyEnter) + `($|[^a-z])`),
			regexp.MustCompile(`(^|[^a-z])` + regexp.QuoteMeta(other[lang].Common.KeySpace) + `($|[^a-z])`),
		}
		var labels []string
		for _, m := range []any{DefaultKeyMap(tt), DefaultStageKeyMap(tt), DefaultDeskKeys(tt), DefaultSummaryKeyMap(tt)} {
			labels = append(labels, helpKeys(m)...)
		}
		for _, s := range append(labels, catalogTexts(tt)...) {
			for _, f := range foreign {
				if f.MatchString(s) {
					t.Errorf("%s: %q names a key as the other language does (%s)", lang, s, f)
				}
			}
		}
		if k := DefaultDeskKeys(tt).SignIn.Help().Key; k != names[0] || !strings.Contains(tt.Desk.Hint, k) {
			t.Errorf("%s: the Desk signs in with %q in the help bar, and its hint says %q", lang, k, tt.Desk.Hint)
		}
		if k := DefaultStageKeyMap(tt).Go.Help().Key; k != names[1] || !strings.Contains(tt.Stage.StartHint, k) {
			t.Errorf("%s: the Stage starts an act with %q in the help bar, and its hint says %q", lang, k, tt.Stage.StartHint)
		}
	}
}

// The help bar as the Desk and the Stage draw it, with the names of their
// keys set as the box changes, says enter and space as the hints do.
func TestKeyNamesAgreeOnScreen(t *testing.T) {
	for _, lang := range []string{"en", "zh"} {
		tt := i18n.For(lang)
		other := i18n.For(map[string]string{"en": "zh", "zh": "en"}[lang])
		h, _ := newDeskHarness(t, lang, 160, 45)
		h.typeText("hay")
		bar := lastLine(h.view())
		if !strings.Contains(bar, tt.Common.KeyEnter+" ") || strings.Contains(bar, other.Common.KeyEnter+" ") {
			t.Errorf("%s: the Desk's help bar names enter otherwise than %q:\n%s", lang, tt.Common.KeyEnter, bar)
		}
		h.press("ctrl+u", "backspace", "backspace", "backspace")
		h.typeText("+")
		if bar := lastLine(h.view()); !strings.Contains(bar, tt.Common.KeyEnter+" ") {
			t.Errorf("%s: counting, the Desk's help bar names enter otherwise than %q:\n%s", lang, tt.Common.KeyEnter, bar)
		}
		b := notStarted(t)
		s := newHarnessOn(t, b, b, Options{Lang: lang}, 160, 45)
		if bar := lastLine(s.view()); !strings.HasPrefix(strings.TrimSpace(bar), tt.Common.KeySpace+" ") {
			t.Errorf("%s: the Stage's help bar names space otherwise than %q:\n%s", lang, tt.Common.KeySpace, bar)
		}
	}
}

func lastLine(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, "\n "), "\n")
	return lines[len(lines)-1]
}
