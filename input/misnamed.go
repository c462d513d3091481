package input

import (
	"io/fs"
	"os"
	"path"
	"slices"
	"strings"

	"eventday/i18n"
)

// Misnamed explains a file missing from dir under its name want by the file
// there in its place: Windows hides a file's extension, so a roster saved
// as "roster.csv" by a dialog that adds ".csv" becomes roster.csv.csv, and
// Notepad makes event.yaml event.yaml.txt; others write Roster.CSV, or
// event.yml. The *Error names the file as label, says what to rename and
// wraps fs.ErrNotExist; it is nil when dir holds nothing like want.
func Misnamed(dir, want, label string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil
	}
	var names []string
	for _, e := range entries {
		if !e.IsDir() && e.Name() != want {
			names = append(names, e.Name())
		}
	}
	slices.Sort(names)
	// A name that differs only in case or spelling of the extension is
	// the likelier mistake; then one with an extension too many.
	notFound := func(msg Msg, name string) error {
		return &Error{File: label, Err: &message{msg: msg, args: []any{name, want}, cause: fs.ErrNotExist}}
	}
	for _, name := range names {
		if sameName(name, want) {
			return notFound(func(t *i18n.Text) string { return t.Files.Lookalike }, name)
		}
	}
	for _, name := range names {
		ext := path.Ext(name)
		if extraExtensions[strings.ToLower(ext)] && sameName(strings.TrimSuffix(name, ext), want) {
			return notFound(func(t *i18n.Text) string { return t.Files.LookalikeExtension }, name)
		}
	}
	return nil
}

// extraExtensions are the extensions a save dialog or an editor adds to a
// name that has one already.
var extraExtensions = map[string]bool{".csv": true, ".txt": true, ".yaml": true, ".yml": true}

// sameName reports whether name is want but for case, or but for .yml
// written for .yaml.
func sameName(name, want string) bool {
	if strings.EqualFold(name, want) {
		return true
	}
	stem, ok := strings.CutSuffix(want, ".yaml")
	return ok && strings.EqualFold(name, stem+".yml")
}
