package input

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"eventday/i18n"
)

func TestMisnamed(t *testing.T) {
	const hidden = " (Windows hides the last part of a file's name, so it may look right already)"
	tests := []struct {
		name   string
		files  []string // a name ending in / is a folder
		file   string   // the file looked for
		want   string   // "" for none
		wantZH string   // "" to leave out
	}{
		{"roster.csv.csv", []string{"roster.csv.csv"}, "roster.csv",
			"roster.csv: not found, but roster.csv.csv is here: rename it to roster.csv" + hidden,
			"roster.csv: 找不到；但这里有 roster.csv.csv，请把它改名为 roster.csv（Windows 会隐藏文件名最后的扩展名，所以它看上去可能已经是对的）"},
		{"Roster.CSV", []string{"Roster.CSV", "event.yaml"}, "roster.csv",
			"roster.csv: not found, but Roster.CSV is here: rename it to roster.csv",
			"roster.csv: 找不到；但这里有 Roster.CSV，请把它改名为 roster.csv"},
		{"roster.csv.txt", []string{"roster.csv.txt"}, "roster.csv", "roster.csv: not found, but roster.csv.txt is here: rename it to roster.csv" + hidden, ""},
		{"case wins over an extension too many", []string{"roster.csv.csv", "ROSTER.csv"}, "roster.csv", "roster.csv: not found, but ROSTER.csv is here: rename it to roster.csv", ""},
		{"event.yaml.txt", []string{"event.yaml.txt"}, "event.yaml", "event.yaml: not found, but event.yaml.txt is here: rename it to event.yaml" + hidden, ""},
		{"Event.yml", []string{"Event.yml"}, "event.yaml", "event.yaml: not found, but Event.yml is here: rename it to event.yaml", ""},
		{"event.yml", []string{"event.yml", "roster.csv"}, "event.yaml", "event.yaml: not found, but event.yml is here: rename it to event.yaml", ""},
		{"event.yml.txt", []string{"event.yml.txt"}, "event.yaml", "event.yaml: not found, but event.yml.txt is here: rename it to event.yaml" + hidden, ""},
		{"nothing like it", []string{"roster.xlsx", "rooster.csv", "event.yaml"}, "roster.csv", "", ""},
		{"a folder of that name", []string{"Roster.CSV/"}, "roster.csv", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			for _, f := range tt.files {
				p := filepath.Join(dir, f)
				if strings.HasSuffix(f, "/") {
					os.Mkdir(p, 0o755)
				} else {
					os.WriteFile(p, []byte("x"), 0o644)
				}
			}
			err := Misnamed(dir, tt.file, tt.file)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Misnamed = %v, want nil", err)
				}
				return
			}
			if err == nil || err.Error() != tt.want {
				t.Errorf("Misnamed\n got: %v\nwant: %s", err, tt.want)
			}
			if tt.wantZH != "" {
				if zh := i18n.Localize(err, i18n.For("zh")); zh != tt.wantZH {
					t.Errorf("in Chinese\n got: %s\nwant: %s", zh, tt.wantZH)
				}
			}
		})
	}
	if err := Misnamed(filepath.Join(t.TempDir(), "gone"), "roster.csv", "roster.csv"); err != nil {
		t.Errorf("a folder that is not there: %v", err)
	}
}
