package export

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"eventday/platform"
)

// Dir is the folder inside the event folder the export writes to by
// default.
const Dir = "export"

// WriteFile writes x in format f to path atomically: the file is written
// beside its final name, flushed to disk, and renamed over it, so a crash
// during an export leaves the old file or the new one, never half a file.
// The file is private to the user (mode 0600, like the logs it comes from).
// A partial file an export killed earlier left beside path is removed.
// When ctx is done before the file is complete, nothing at path changes.
func WriteFile(ctx context.Context, path string, x *Document, f Format, lang string) error {
	err := platform.Replace(path, func(w io.Writer) error {
		if err := Write(stopWriter{ctx, w}, x, f, lang); err != nil {
			return err
		}
		return ctx.Err()
	})
	if err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// stopWriter fails every write once ctx is done, so that an export asked
// to stop ends without finishing its file.
type stopWriter struct {
	ctx context.Context
	w   io.Writer
}

func (s stopWriter) Write(p []byte) (int, error) {
	if err := s.ctx.Err(); err != nil {
		return 0, err
	}
	return s.w.Write(p)
}

// WriteFiles writes x in each format into dir, creating it (mode 0700) if
// needed, and returns the paths written. Each file is written atomically on
// its own; when ctx is done the files not yet complete are not written.
func WriteFiles(ctx context.Context, dir string, x *Document, formats []Format, lang string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	var paths []string
	for _, f := range formats {
		if err := ctx.Err(); err != nil {
			return paths, err
		}
		path := filepath.Join(dir, FileName(f))
		if err := WriteFile(ctx, path, x, f, lang); err != nil {
			return paths, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

// Folder makes the event folder's export folder, eventDir/export, as
// private as its logs (mode 0700, and so made if an older eventday left it
// open to others), and returns its path. One that is a link is refused with
// a platform.NotPlainError: the exports of the event stay in its folder.
func Folder(eventDir string) (string, error) {
	dir := filepath.Join(eventDir, Dir)
	return dir, platform.PrivateDir(dir)
}
