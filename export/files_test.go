package export

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/live"
	"eventday/platform"
	"eventday/program"
)

const sampleYAML = `event:
  name: 幸福里社区五一文艺汇演
  date: 2026-05-01
  start: "14:30"
  timezone: Asia/Shanghai
acts:
  - id: choir
    title: 童声合唱《春天在哪里》
    duration: 5m
`

// sample is the export of a small day: two entries at the gate, made from
// plain data as any owner of an event hands it over.
func sample(t *testing.T) *Document {
	t.Helper()
	plan, err := program.ParsePlan("event.yaml", []byte(sampleYAML), nil)
	if err != nil {
		t.Fatal(err)
	}
	at := time.Date(2026, 5, 1, 14, 10, 0, 0, plan.Location)
	att := checkin.NewAttendance(nil, plan.Location)
	for _, n := range []int{3, 1} {
		rec, err := att.Anonymous(n, "gate", at)
		if err == nil {
			err = att.Apply(rec)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	return New(program.NewShow(plan).State(), nil, att, at.Add(time.Hour))
}

// encoded is x in format f, as report writes it.
func encoded(t *testing.T, x *Document, f Format) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, x, f, "en"); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestWriteFilesWhileOpen writes every format into the export folder of an
// event folder another eventday holds open: the export only reads the
// logs, and writes beside them.
func TestWriteFilesWhileOpen(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "event.yaml"), []byte(sampleYAML), 0o600); err != nil {
		t.Fatal(err)
	}
	event, err := live.Open(dir, live.Options{Desk: "east"})
	if err != nil {
		t.Fatal(err)
	}
	defer event.Close()
	out, err := Folder(dir)
	if err != nil {
		t.Fatal(err)
	}
	paths, err := WriteFiles(context.Background(), out, sample(t), Formats(), "zh")
	if err != nil || len(paths) != 3 {
		t.Fatalf("WriteFiles while the folder is open: %v, %v", paths, err)
	}
	entries, _ := os.ReadDir(out)
	var names []string
	for _, e := range entries {
		if fi, err := e.Info(); err != nil || fi.Size() == 0 {
			t.Errorf("%s: %v", e.Name(), err)
		}
		names = append(names, e.Name())
	}
	if !slices.Equal(names, []string{"attendance.csv", "attendance.json", "attendance.xlsx"}) {
		t.Errorf("export folder holds %q", names)
	}
}

// TestWriteFileAtomic: a write that fails leaves the file as it was and no
// temporary file behind; one that succeeds replaces it whole.
func TestWriteFileAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "attendance.json")
	old := []byte("the export of yesterday\n")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	x := sample(t)
	if err := WriteFile(context.Background(), path, x, Format("pdf"), "en"); err == nil {
		t.Fatal("an unknown format was written")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Errorf("a failed export changed the file: %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a failed export left %d files", len(entries))
	}
	if err := WriteFile(context.Background(), path, x, JSON, "en"); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !json.Valid(got) || !bytes.Equal(got, encoded(t, x, JSON)) {
		t.Error("the file is not the whole new export")
	}
	// The export holds what the logs hold, phone numbers in full: it is as
	// private as they are.
	if fi, _ := os.Stat(path); runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("export file mode %v, want 0600 like the logs", fi.Mode())
	}
}

// TestWriteFileStopped: an export whose context is done (ctrl+c) before its
// file is complete leaves the old file as it was and nothing beside it.
func TestWriteFileStopped(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "attendance.xlsx")
	old := []byte("the export of yesterday\n")
	os.WriteFile(path, old, 0o600)
	x := sample(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := WriteFile(ctx, path, x, XLSX, "en"); !errors.Is(err, context.Canceled) {
		t.Fatalf("a stopped export: %v, want context.Canceled", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, old) {
		t.Errorf("a stopped export changed the file: %q", got)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("a stopped export left %d files", len(entries))
	}
	paths, err := WriteFiles(ctx, filepath.Join(dir, "more"), x, Formats(), "en")
	if len(paths) != 0 || !errors.Is(err, context.Canceled) {
		t.Errorf("WriteFiles after a stop: %v, %v", paths, err)
	}
}

// TestFolderPrivate: the event's export folder is made private to the
// user (0700), also when an older eventday made it open to others, and one
// that is a link out of the event folder is refused.
func TestFolderPrivate(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix modes; the folder's access list protects it")
	}
	dir := t.TempDir()
	out, err := Folder(dir)
	if err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o700 {
		t.Errorf("new export folder mode %v, want 0700", fi.Mode().Perm())
	}
	os.Chmod(out, 0o755)
	if _, err := Folder(dir); err != nil {
		t.Fatal(err)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o700 {
		t.Errorf("old export folder mode %v, want 0700", fi.Mode().Perm())
	}
	other := t.TempDir()
	os.Chmod(other, 0o755)
	linked := t.TempDir()
	os.Symlink(other, filepath.Join(linked, Dir))
	if _, err := Folder(linked); !errors.Is(err, platform.ErrNotPlain) {
		t.Errorf("an export folder that is a link: %v, want it refused", err)
	}
	if fi, _ := os.Stat(other); fi.Mode().Perm() != 0o755 {
		t.Errorf("the folder the link points at was changed to %v", fi.Mode().Perm())
	}
}
