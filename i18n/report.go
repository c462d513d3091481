package i18n

// Report holds what the export and the run report say: the help of the
// export and report commands, their messages, the headings of the report
// (in the terminal, in Markdown and on the Summary tab), and the column
// headers of the CSV and xlsx exports, which follow the interface language.
type Report struct {
	ExportShort   string
	ExportLong    string
	ExportExample string
	ExportFormat  string // --format of export
	ExportOut     string // -o of export

	ReportShort   string
	ReportLong    string
	ReportExample string
	ReportFormat  string // --format of report

	BadFormat string // %q: the value given; %s: the formats known
	Wrote     string // %s: the file written; %d: people; %d: sign-ins in it

	// The report's header.
	Generated   string // %s: when the report was made
	PlanFromGo  string // the show ran on another day than event.date
	HeadPeople  string
	People      string
	Capacity    string
	Named       string
	WalkIns     string
	Anonymous   string
	Entries     string
	Undone      string
	HeadByCat   string
	NoCategory  string // the category of anonymous heads and of walk-ins without one
	HeadArrive  string
	NobodyYet   string
	HeadShow    string
	HeadNotes   string
	NoNotes     string
	NotStarted  string
	FirstAct    string // %s: actual start; %s: planned start; %s: Late, Early or OnTime
	ShowRan     string // %s: start; %s: end; %s: length; %s: planned length; %s: the difference, signed
	ShowRunning string // %s: start; %s: time so far; %s: planned length
	Late        string // %s: a length of time
	Early       string // %s: a length of time
	OnTime      string
	Overruns    string // %s: the acts with their overrun, comma-separated
	SkippedActs string // %s: the titles
	NoShowActs  string // %s: the titles
	Holds       string // %s: the total time on hold
	ListSep     string // between titles in a list
	Minutes     string // %d: whole minutes

	// The programme table.
	ColNo      string
	ColAct     string
	ColPlanned string // planned start
	ColStart   string // actual start
	ColLength  string // planned length
	ColRan     string // actual length
	ColDiff    string // actual against planned
	ColNote    string
	StSkipped  string
	StNoShow   string
	StLive     string
	StToCome   string
	StDone     string
	Added      string
	Edited     string // the act was changed on the day
	Given      string // %s: time given on the spot, signed
	Held       string // %s: time on hold
	// Changes made to an act on the day, with the edit form.
	LengthChanged string // %s %s: the printed length, the length set on the day
	Retitled      string // %s: the printed title

	// The details at the end of the report: the entries of the log, which
	// say nothing to a funder and are for whoever checks the record.
	HeadDetails   string
	DetailEntries string
	DetailUndone  string

	// Arrivals and the spreadsheet columns.
	ColFrom      string
	ColTo        string
	ColCount     string
	SheetRecords string
	SheetTotals  string
	SheetShow    string // the sheet of the programme as it ran
	ColStatus    string
	ColHeld      string
	ColSeq       string
	ColArrived   string
	ColName      string
	ColType      string
	ColCategory  string
	ColGroup     string
	ColPhone     string
	ColParty     string
	ColReentry   string
	ColDesk      string
	ColRecorded  string
	TypeRoster   string
	TypeWalkIn   string
	TypeAnon     string
	Yes          string
	ColItem      string
	ColValue     string
	EventName    string
	EventDate    string
	EventVenue   string
	MadeAt       string
}

var reportEN = Report{
	ExportShort: "Write the attendance log as JSON, CSV and Excel files",
	ExportLong: `export writes the attendance of the event in FOLDER, by default into
FOLDER/export/: attendance.json (one document: the event, the totals, people
by category, arrivals per 15 minutes and every sign-in that counts),
attendance.csv (one row a sign-in; opens in Excel and WPS with Chinese
intact) and attendance.xlsx (the same rows and a sheet of totals).

Each file is replaced whole or not at all. export only reads the logs, so
it works while eventday has the folder open, and on a show that never
started; a folder without attendance.jsonl exports zero totals.`,
	ExportExample: `  eventday export mayday
  eventday export mayday --format csv -o ~/Desktop/mayday.csv
  eventday export mayday --format json -o -`,
	ExportFormat: "write only this `json|csv|xlsx` format (default: all three)",
	ExportOut:    "write to `PATH`: a folder (default FOLDER/export), or with --format a file (- for standard output)",

	ReportShort: "Print the report: attendance and the programme as it ran",
	ReportLong: `report prints what happened at the event in FOLDER: the attendance totals
and by category, arrivals per 15 minutes as bars, and the programme as it
really ran (each act's planned and actual start and length, skipped and
no-show acts, overruns, the show's length against the plan) with the
incident notes. --format md prints the same as Markdown, to print or paste
into a report. Phone numbers are masked.

report only reads, so it works while eventday has the folder open.`,
	ReportExample: `  eventday report mayday
  eventday report mayday --format md > mayday-report.md`,
	ReportFormat: "print as `text|md`: for the terminal (default), or Markdown",

	BadFormat: "unknown format %q (use one of: %s)",
	Wrote:     "Wrote %s (%d people, %d sign-ins).",

	Generated:     "Report made %s",
	PlanFromGo:    "The show ran on another day than the event's date: planned times count from the first GO.",
	HeadPeople:    "Attendance",
	People:        "People",
	Capacity:      "Capacity",
	Named:         "Signed in by name",
	WalkIns:       "of them walk-ins",
	Anonymous:     "Counted without names",
	Entries:       "Sign-in entries",
	Undone:        "Entries undone",
	HeadByCat:     "By category",
	NoCategory:    "(none)",
	HeadArrive:    "Arrivals per 15 minutes",
	NobodyYet:     "Nobody has signed in.",
	HeadShow:      "The programme as it ran",
	HeadNotes:     "Incident notes",
	HeadDetails:   "Details of the record",
	DetailEntries: "Sign-in entries (a re-entry is one more)",
	DetailUndone:  "Entries undone at the desk (not counted)",
	NoNotes:       "None.",
	NotStarted:    "The show has not started.",
	FirstAct:      "First act on at %s (planned %s, %s).",
	ShowRan:       "The show ran %s–%s: %s against %s planned (%s).",
	ShowRunning:   "The show started at %s and is still running: %s so far, %s planned.",
	Late:          "%s late",
	Early:         "%s early",
	OnTime:        "on time",
	Overruns:      "Overran: %s.",
	SkippedActs:   "Skipped: %s.",
	NoShowActs:    "No-show: %s.",
	Holds:         "On hold for %s in all.",
	ListSep:       ", ",
	Minutes:       "%d min",

	ColNo:         "#",
	ColAct:        "Act",
	ColPlanned:    "Plan",
	ColStart:      "Actual",
	ColLength:     "Length",
	ColRan:        "Ran",
	ColDiff:       "+/-",
	ColNote:       "Note",
	StSkipped:     "skipped",
	StNoShow:      "no-show",
	StLive:        "on stage",
	StToCome:      "to come",
	StDone:        "done",
	Added:         "added",
	Edited:        "changed on the day",
	Given:         "%s given",
	Held:          "held %s",
	LengthChanged: "length changed on the day from %s to %s",
	Retitled:      "printed as %s",

	ColFrom:      "From",
	ColTo:        "To",
	ColCount:     "People",
	SheetRecords: "Sign-ins",
	SheetTotals:  "Totals",
	SheetShow:    "Programme",
	ColStatus:    "Status",
	ColHeld:      "On hold",
	ColSeq:       "Seq",
	ColArrived:   "Arrived",
	ColName:      "Name",
	ColType:      "Type",
	ColCategory:  "Category",
	ColGroup:     "Group",
	ColPhone:     "Phone",
	ColParty:     "Party",
	ColReentry:   "Re-entry",
	ColDesk:      "Desk",
	ColRecorded:  "Recorded at",
	TypeRoster:   "roster",
	TypeWalkIn:   "walk-in",
	TypeAnon:     "anonymous",
	Yes:          "yes",
	ColItem:      "Item",
	ColValue:     "Value",
	EventName:    "Event",
	EventDate:    "Date",
	EventVenue:   "Venue",
	MadeAt:       "Made at",
}

var reportZH = Report{
	ExportShort: "把签到记录导出为 JSON、CSV 和 Excel 文件",
	ExportLong: `export 导出文件夹里活动的签到情况，默认写到 文件夹/export/ 下：
attendance.json（一个文档：活动、合计、按类别人数、每 15 分钟到场人数和每一条有效签到），
attendance.csv（每行一条签到；用 Excel 和 WPS 打开中文不乱码）和
attendance.xlsx（同样的行，外加一张汇总表）。

每个文件要么整个换成新的，要么不动。export 只读日志，
所以活动进行中（eventday 正开着这个文件夹）也能用，演出没开始也能用；
没有 attendance.jsonl 的文件夹导出的合计为零。`,
	ExportExample: `  eventday export mayday
  eventday export mayday --format csv -o ~/Desktop/mayday.csv
  eventday export mayday --format json -o -`,
	ExportFormat: "只导出这一种格式 `json|csv|xlsx`（默认三种都导出）",
	ExportOut:    "写到`路径`：一个文件夹（默认 文件夹/export），配合 --format 时是一个文件（- 表示标准输出）",

	ReportShort: "打印活动报告：到场人数和节目实际进行情况",
	ReportLong: `report 打印文件夹里活动的情况：到场人数合计和按类别人数，
每 15 分钟到场人数（条形图），节目实际进行情况（每个节目计划和实际的开始时间与时长、
取消和未到场的节目、超时、整场演出与计划相比的时长）以及事件记录。
--format md 以 Markdown 格式输出同样内容，便于打印或粘贴进报告。电话号码会打码。

report 只读，活动进行中也能用。`,
	ReportExample: `  eventday report mayday
  eventday report mayday --format md > mayday-report.md`,
	ReportFormat: "输出格式 `text|md`：终端显示（默认），或 Markdown",

	BadFormat: "不认识的格式 %q（可用：%s）",
	Wrote:     "已写入 %s（%d 人，%d 条签到）。",

	Generated:     "报告生成于 %s",
	PlanFromGo:    "演出日期与活动日期不同：计划时间从第一个节目实际开始时起算。",
	HeadPeople:    "到场人数",
	People:        "总人数",
	Capacity:      "容量",
	Named:         "按姓名签到",
	WalkIns:       "其中现场登记",
	Anonymous:     "不记名计数",
	Entries:       "签到条数",
	Undone:        "已撤销条数",
	HeadByCat:     "按类别",
	NoCategory:    "（无类别）",
	HeadArrive:    "每 15 分钟到场人数",
	NobodyYet:     "还没有人签到。",
	HeadShow:      "节目实际进行情况",
	HeadNotes:     "事件记录",
	HeadDetails:   "记录明细",
	DetailEntries: "签到记录条数（重复入场也算一条）",
	DetailUndone:  "签到台撤销的条数（不计入）",
	NoNotes:       "无。",
	NotStarted:    "演出尚未开始。",
	FirstAct:      "第一个节目 %s 开始（计划 %s，%s）。",
	ShowRan:       "演出 %s–%s：共 %s，计划 %s（%s）。",
	ShowRunning:   "演出 %s 开始，仍在进行：已进行 %s，计划 %s。",
	Late:          "晚 %s",
	Early:         "早 %s",
	OnTime:        "准时",
	Overruns:      "超时：%s。",
	SkippedActs:   "取消：%s。",
	NoShowActs:    "未到场：%s。",
	Holds:         "共暂停 %s。",
	ListSep:       "、",
	Minutes:       "%d 分钟",

	ColNo:         "#",
	ColAct:        "节目",
	ColPlanned:    "计划",
	ColStart:      "实际",
	ColLength:     "计划时长",
	ColRan:        "实际时长",
	ColDiff:       "差",
	ColNote:       "备注",
	StSkipped:     "取消",
	StNoShow:      "未到场",
	StLive:        "正在表演",
	StToCome:      "未开始",
	StDone:        "已演出",
	Added:         "临时加演",
	Edited:        "现场修改",
	Given:         "临时加时 %s",
	Held:          "暂停 %s",
	LengthChanged: "当天时长由 %s 改为 %s",
	Retitled:      "节目单上原为 %s",

	ColFrom:      "起",
	ColTo:        "止",
	ColCount:     "人数",
	SheetRecords: "签到记录",
	SheetTotals:  "汇总",
	SheetShow:    "节目实况",
	ColStatus:    "状态",
	ColHeld:      "暂停时长",
	ColSeq:       "序号",
	ColArrived:   "签到时间",
	ColName:      "姓名",
	ColType:      "方式",
	ColCategory:  "类别",
	ColGroup:     "楼栋",
	ColPhone:     "电话",
	ColParty:     "人数",
	ColReentry:   "再次入场",
	ColDesk:      "签到台",
	ColRecorded:  "补录时间",
	TypeRoster:   "名单",
	TypeWalkIn:   "现场登记",
	TypeAnon:     "不记名",
	Yes:          "是",
	ColItem:      "项目",
	ColValue:     "数值",
	EventName:    "活动",
	EventDate:    "日期",
	EventVenue:   "地点",
	MadeAt:       "生成时间",
}
