package i18n

import (
	"reflect"
	"testing"

	"eventday/i18n/i18ntest"
)

// TestChineseHasNoEnglish fails when a Chinese text of the catalog holds an
// English sentence: a flag, a file, a key of event.yaml or a key of the
// keyboard may stay as it is typed, what the text says may not.
func TestChineseHasNoEnglish(t *testing.T) {
	// The keys of event.yaml and the columns of the spreadsheets, which
	// a Chinese text names as the file writes them.
	fileWords := []string{
		"name", "date", "venue", "start", "timezone", "capacity", "call_ahead", "acts_csv", "acts", "title",
		"performers", "duration", "intro", "notes", "contact", "category", "phone", "group", "act", "id",
		"time", "party", "note",
		// Values and names typed as they are: a version, a format, a desk's
		// name, an example of pinyin, an environment variable, commands
		// and programs.
		"dev", "text", "md", "Markdown", "xlsx", "paper", "desk", "east", "hay", "LANG",
		"Word", "chmod", "OpenSSH", "keygen", "pub", "id_ed25519",
		"xls", "authorized_keys", "http", "gates",
		// The user names of the stations, typed as they are at ssh.
		"stage", "board",
	}
	var walk func(path string, v reflect.Value)
	n := 0
	walk = func(path string, v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := range v.NumField() {
				walk(path+"."+v.Type().Field(i).Name, v.Field(i))
			}
		case reflect.String:
			n++
			if left := i18ntest.English(v.String(), "", fileWords...); left != nil {
				t.Errorf("%s: English %q left in %q", path, left, v.String())
			}
		}
	}
	walk("Text", reflect.ValueOf(chinese()))
	if n < 5 {
		t.Fatalf("walked only %d texts", n)
	}
}
