package export

import (
	"time"

	"eventday/live"
)

// folderExport is the export of a folder read from disk, made at now.
func folderExport(f *live.Folder, now time.Time) *Document {
	return New(f.Show, f.Roster, f.Attendance, now)
}
