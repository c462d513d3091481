package i18n

import (
	"reflect"
	"regexp"
	"slices"
	"testing"
)

var verb = regexp.MustCompile(`%[-+# 0-9.]*[a-zA-Z%]`)

// TestCatalogComplete fails when a language leaves a text empty or when its
// format verbs differ from the English text, which would garble the screen.
func TestCatalogComplete(t *testing.T) {
	en, zh := reflect.ValueOf(english()), reflect.ValueOf(chinese())
	var n int
	var walk func(path string, a, b reflect.Value)
	walk = func(path string, a, b reflect.Value) {
		switch a.Kind() {
		case reflect.Struct:
			for i := range a.NumField() {
				walk(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i))
			}
		case reflect.String:
			n++
			if a.String() == "" {
				t.Errorf("%s: English text is empty", path)
			}
			if b.String() == "" {
				t.Errorf("%s: Chinese text is empty", path)
			}
			va, vb := verb.FindAllString(a.String(), -1), verb.FindAllString(b.String(), -1)
			if !slices.Equal(va, vb) {
				t.Errorf("%s: format verbs differ: en %q, zh %q", path, va, vb)
			}
		default:
			t.Errorf("%s: catalog fields must be strings or structs, not %s", path, a.Kind())
		}
	}
	walk("Text", en, zh)
	if n < 5 {
		t.Fatalf("walked only %d texts; the catalog walk is broken", n)
	}
}

func TestFor(t *testing.T) {
	for lang, want := range map[string]string{"zh": "zh", "zh_CN.UTF-8": "zh", "zh-TW": "zh", "en": "en", "en_US.UTF-8": "en", "": "en", "C": "en", "fr": "en"} {
		if got := For(lang).Lang; got != want {
			t.Errorf("For(%q).Lang = %q, want %q", lang, got, want)
		}
	}
}

func TestFromEnv(t *testing.T) {
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "zh_CN.UTF-8")
	if got := FromEnv(); got != "zh" {
		t.Errorf("LANG=zh_CN.UTF-8: got %q", got)
	}
	t.Setenv("LC_ALL", "en_GB.UTF-8")
	if got := FromEnv(); got != "en" {
		t.Errorf("LC_ALL overrides LANG: got %q", got)
	}
}
