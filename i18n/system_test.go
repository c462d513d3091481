package i18n

import (
	"fmt"
	"io/fs"
	"syscall"
	"testing"
)

// A file the system would not read or write is said in the reader's
// language, wrapped or not, with what was done and why in words.
func TestPathErrorsInWords(t *testing.T) {
	en, zh := For("en"), For("zh")
	for _, tt := range []struct {
		err    error
		en, zh string
	}{
		{&fs.PathError{Op: "mkdir", Path: "out/x", Err: syscall.ENOENT},
			"cannot make the folder out/x: the folder that would hold it is not there", "无法创建文件夹 out/x：要放它的文件夹不存在"},
		{fmt.Errorf("export: %w", &fs.PathError{Op: "write", Path: "a.csv", Err: syscall.ENOSPC}),
			"export: cannot write a.csv: the disk is full", "export: 无法写入 a.csv：磁盘已满"},
		{&fs.PathError{Op: "open", Path: "a/b.csv", Err: syscall.ENOENT},
			"cannot open a/b.csv: it, or the folder that holds it, is not there", "无法打开 a/b.csv：它不存在，或者放它的文件夹不存在"},
		{&fs.PathError{Op: "open", Path: "a.csv", Err: syscall.EACCES},
			"cannot open a.csv: permission denied", "无法打开 a.csv：没有权限"},
		{&fs.PathError{Op: "rename", Path: "a.csv", Err: syscall.EROFS},
			"cannot rename a.csv: the disk is read-only", "无法改名 a.csv：磁盘是只读的"},
	} {
		if got := Localize(tt.err, en); got != tt.en {
			t.Errorf("en: %q, want %q", got, tt.en)
		}
		if got := Localize(tt.err, zh); got != tt.zh {
			t.Errorf("zh: %q, want %q", got, tt.zh)
		}
	}
}
