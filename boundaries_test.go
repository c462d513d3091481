package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestPlainPackagesTouchNoFiles holds the module's boundary: the views
// (tui), the show (program), the attendance (checkin), the report
// (report) and the board (board) work on plain data, and only the packages that own files (live,
// journal, platform, export, and mesh with the engine it embeds) read or
// write them; mesh itself reaches the event through an interface. A view that needs
// something of the event asks the owner through an interface it defines,
// so that the compiler, not a reviewer, keeps files out of it. The views
// do not encode spreadsheets either: the xlsx library stays out of tui.
func TestPlainPackagesTouchNoFiles(t *testing.T) {
	touchFiles := []string{
		"eventday/live", "eventday/journal", "eventday/platform", "eventday/export", "eventday/mesh",
		"github.com/gofrs/flock", "github.com/google/renameio", "github.com/nats-io",
	}
	forbidden := map[string][]string{
		"eventday/tui":     append(touchFiles, "github.com/xuri/excelize"),
		"eventday/program": touchFiles,
		"eventday/checkin": touchFiles,
		"eventday/report":  touchFiles,
		"eventday/board":   touchFiles,
		// The engine that carries entries between laptops reaches the
		// event through an interface of its own, never its owner.
		"eventday/mesh": {"eventday/live", "eventday/tui", "eventday/journal"},
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list the packages' imports: %v", err)
	}
	args := []string{"list", "-f", `{{.ImportPath}} {{join .Deps " "}}`}
	for pkg := range forbidden {
		args = append(args, pkg)
	}
	out, err := exec.Command(goTool, args...).Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	seen := 0
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		pkg, deps, _ := strings.Cut(line, " ")
		seen++
		for _, dep := range strings.Fields(deps) {
			for _, f := range forbidden[pkg] {
				if dep == f || strings.HasPrefix(dep, f+"/") {
					t.Errorf("%s imports %s (directly or through another package), which it must not", pkg, dep)
				}
			}
		}
	}
	if seen != len(forbidden) {
		t.Fatalf("go list listed %d packages, want %d:\n%s", seen, len(forbidden), out)
	}
}

// TestHelpersOnlyInTests: the packages that make events, names and clocks
// for tests are imported by tests (and by one another) only; the program
// built for the volunteers carries none of them.
func TestHelpersOnlyInTests(t *testing.T) {
	helpers := map[string]bool{
		"eventday/internal/eventtest": true, "eventday/live/livetest": true, "eventday/cells/cellstest": true,
		"eventday/i18n/i18ntest": true, "eventday/station/stationtest": true,
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to list the packages' imports: %v", err)
	}
	out, err := exec.Command(goTool, "list", "-f", `{{.ImportPath}} {{join .Imports " "}}`, "eventday/...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for line := range strings.SplitSeq(strings.TrimSpace(string(out)), "\n") {
		pkg, imports, _ := strings.Cut(line, " ")
		if helpers[pkg] {
			continue
		}
		for _, imp := range strings.Fields(imports) {
			if helpers[imp] {
				t.Errorf("%s imports the test helper %s outside its tests", pkg, imp)
			}
		}
	}
}
