package input

import "testing"

func TestSuggest(t *testing.T) {
	known := []string{"title", "performers", "duration", "intro", "notes", "contact", "id"}
	tests := map[string]string{
		"durtion":   "duration",
		"Duration":  "duration",
		"titel":     "title",
		"perfomers": "performers",
		"note":      "notes",
		"contacts":  "contact",
		"ID":        "id",
		"colour":    "",
		"":          "",
		"xyzzy":     "",
	}
	for in, want := range tests {
		if got := Suggest(in, known); got != want {
			t.Errorf("Suggest(%q) = %q, want %q", in, got, want)
		}
	}
	if got := Suggest("nmae", []string{"name", "phone"}); got != "name" {
		t.Errorf("Suggest(nmae) = %q, want name (a swap is one slip)", got)
	}
}
