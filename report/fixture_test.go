package report

import (
	"eventday/live"
)

// folderData is the report's data of a folder read from disk.
func folderData(f *live.Folder) Data { return DataOf(f.Show, f.Attendance) }
