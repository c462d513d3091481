package report

import (
	"time"

	"eventday/live"
)

// folderData is the report's data of a folder read from disk.
func folderData(f *live.Folder) Data { return DataOf(f.Show, f.Attendance) }

// folderExport is the export of a folder read from disk, made at now.
func folderExport(f *live.Folder, now time.Time) *Export {
	return NewExport(f.Show, f.Roster, f.Attendance, now)
}
