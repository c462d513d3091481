package program

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"eventday/internal/eventtest"
)

// TestActsFileStaysInFolder: acts_csv may name a spreadsheet in the event
// folder (a link to another file in it included), and nothing outside it:
// an absolute path, a path climbing out with "..", or a link leading out is
// refused without the file being read, so nothing of it (here its private
// first line) reaches the message.
func TestActsFileStaysInFolder(t *testing.T) {
	base := t.TempDir()
	dir := filepath.Join(base, "event")
	os.Mkdir(dir, 0o755)
	outside := filepath.Join(base, "secret.csv")
	os.WriteFile(outside, []byte("root:x:0:0:PRIVATE\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "acts.csv"), []byte("title,duration\nChoir,5m\n"), 0o644)
	os.Mkdir(filepath.Join(dir, "sheets"), 0o755)
	os.WriteFile(filepath.Join(dir, "sheets", "acts.csv"), []byte("title,duration\nChoir,5m\n"), 0o644)
	links := runtime.GOOS != "windows"
	if links {
		os.Symlink(outside, filepath.Join(dir, "out.csv"))
		os.Symlink("acts.csv", filepath.Join(dir, "in.csv"))
		os.Symlink(base, filepath.Join(dir, "up"))
	}
	for _, tc := range []struct {
		name   string
		inside bool
		link   bool
	}{
		{"acts.csv", true, false},
		{"sheets/acts.csv", true, false},
		{"in.csv", true, true},
		{outside, false, false},
		{"../secret.csv", false, false},
		{"sheets/../../secret.csv", false, false},
		{"out.csv", false, true},
		{"up/secret.csv", false, true},
	} {
		if tc.link && !links {
			continue
		}
		os.WriteFile(filepath.Join(dir, EventFile), []byte(withEvent("acts_csv: "+tc.name)), 0o644)
		plan, err := LoadPlan(dir)
		if tc.inside {
			if err != nil {
				t.Errorf("acts_csv: %s: %v", tc.name, err)
			} else if plan.ActsFile != tc.name || len(plan.Acts) != 1 {
				t.Errorf("acts_csv: %s: ActsFile %q, %d acts", tc.name, plan.ActsFile, len(plan.Acts))
			}
			continue
		}
		var out *OutsideFolderError
		if !errors.As(err, &out) || out.Name != tc.name {
			t.Errorf("acts_csv: %s: got %v, want an OutsideFolderError", tc.name, err)
		}
		if err != nil && strings.Contains(err.Error(), "PRIVATE") {
			t.Errorf("acts_csv: %s: the message quotes the file outside: %v", tc.name, err)
		}
	}
}

// TestActsWorkbook: acts_csv may name the act list as Excel or WPS saves
// it, and a mistake in it is placed at its row, as in a CSV file.
func TestActsWorkbook(t *testing.T) {
	dir := t.TempDir()
	sheet, err := os.ReadFile(filepath.Join("testdata", "sheet", "acts.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "acts.xlsx"), eventtest.Workbook(t, string(sheet)), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, EventFile), []byte(withEvent("acts_csv: acts.xlsx")), 0o644); err != nil {
		t.Fatal(err)
	}
	plan, err := LoadPlan(dir)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ParseActsCSV("acts.csv", sheet)
	if err != nil {
		t.Fatal(err)
	}
	if plan.ActsFile != "acts.xlsx" || !reflect.DeepEqual(plan.Acts, want) {
		t.Errorf("acts.xlsx: ActsFile %q, acts %+v; want the acts of acts.csv, %+v", plan.ActsFile, plan.Acts, want)
	}

	broken := strings.Replace(string(sheet), ",3m,", ",3,", 1)
	if err := os.WriteFile(filepath.Join(dir, "acts.xlsx"), eventtest.Workbook(t, broken), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = LoadPlan(dir)
	_, wantErr := ParseActsCSV("acts.csv", []byte(broken))
	if err == nil || wantErr == nil || !strings.Contains(err.Error(), strings.ReplaceAll(wantErr.Error(), "acts.csv", "acts.xlsx")) {
		t.Errorf("a broken acts.xlsx: %v; want the CSV file's message, %v", err, wantErr)
	}
}
