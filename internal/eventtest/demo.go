package eventtest

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// DemoFiles are the files of the built-in May Day show, as eventday init
// writes them.
var DemoFiles = []string{"event.yaml", "roster.csv"}

// Demo reads a file of the built-in May Day show (demo/ at the root of the
// module).
func Demo(tb testing.TB, name string) []byte {
	tb.Helper()
	_, here, _, ok := runtime.Caller(0)
	if !ok {
		tb.Fatal("eventtest: cannot find the module's demo folder")
	}
	data, err := os.ReadFile(filepath.Join(filepath.Dir(here), "..", "..", "demo", name))
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// DemoFolder copies the built-in May Day show (nine acts, about sixty
// people) into a new temporary folder, with extraRoster appended to its
// roster, and returns the folder.
func DemoFolder(tb testing.TB, extraRoster string) string {
	tb.Helper()
	dir := tb.TempDir()
	for _, name := range DemoFiles {
		data := Demo(tb, name)
		if name == "roster.csv" {
			data = append(data, extraRoster...)
		}
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}
