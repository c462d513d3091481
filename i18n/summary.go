package i18n

// Summary holds the texts of the Summary tab, around the run report (whose
// own texts are in Report).
type Summary struct {
	Generated string // %s: the clock time the report is as of (HH:MM:SS)
	Lines     string // %d %d %d: first and last line shown, lines in all

	Exporting    string
	Exported     string // %s %s: the folder, the files written in it
	FileSep      string // between the names of the files written
	ExportFailed string // %s: the error
	NoExport     string // the export key where the app was started without one
	// NoExportRehearsal is the export key in a rehearsal.
	NoExportRehearsal string
	ExportBusy        string // the export key while an export is being written

	KeyUp       string
	KeyDown     string
	KeyPageUp   string
	KeyPageDown string
	KeyTop      string
	KeyBottom   string
	KeyExport   string
}

var summaryEN = Summary{
	Generated: "as of %s",
	Lines:     "lines %d–%d of %d",

	Exporting:         "Exporting…",
	Exported:          "Exported to %s: %s",
	FileSep:           ", ",
	ExportFailed:      "Export failed: %s",
	NoExport:          "Export is not available here.",
	NoExportRehearsal: "A rehearsal is not exported: its cues and sign-ins are kept apart from the show's.",
	ExportBusy:        "An export is being written.",

	KeyUp:       "scroll up",
	KeyDown:     "scroll down",
	KeyPageUp:   "page up",
	KeyPageDown: "page down",
	KeyTop:      "top",
	KeyBottom:   "bottom",
	KeyExport:   "export files",
}

var summaryZH = Summary{
	Generated: "截至 %s",
	Lines:     "第 %d–%d 行，共 %d 行",

	Exporting:         "正在导出……",
	Exported:          "已导出到 %s：%s",
	FileSep:           "、",
	ExportFailed:      "导出失败：%s",
	NoExport:          "这里不能导出。",
	NoExportRehearsal: "排练不导出：排练的记录和正式演出的记录分开保存。",
	ExportBusy:        "正在导出，请稍候。",

	KeyUp:       "上滚",
	KeyDown:     "下滚",
	KeyPageUp:   "上一页",
	KeyPageDown: "下一页",
	KeyTop:      "开头",
	KeyBottom:   "结尾",
	KeyExport:   "导出文件",
}
