package i18n

// Paper holds what "eventday print" says and what its papers say: the
// command's help and messages, and every heading and label of the run
// sheet, the sign-in sheet and the report for the funder.
type Paper struct {
	Short   string
	Long    string
	Example string

	FlagRunSheet    string
	FlagSigninSheet string
	FlagReport      string
	FlagBy          string
	FlagOut         string
	FlagPDF         string
	FlagNoAbsent    string

	BadBy     string // %q: the value given; %s: the values known
	Wrote     string // %s: what the paper is; %s: the file
	NoBrowser string // %s: a file written
	PDFFailed string // %s: the browser; %s: what went wrong

	// On every page.
	PageOf  string // the footer: %[1]s: the page's number; %[2]s: how many pages
	Printed string // %s: when the paper was made

	// The run sheet.
	RunSheet      string
	RunOrder      string
	Script        string
	StartLine     string // %s: planned start of the first act
	CallAhead     string // %s: how long ahead performers are called
	EndLine       string // %s: the planned length of the show; %s: its planned end
	ColTime       string // planned start
	ColActual     string // actual start
	ColAct        string
	ColPerformers string
	ColLength     string
	ColContact    string
	ColNotes      string
	OnRoster      string // %s: the roster's names of an act's performers
	NoLines       string

	// The sign-in sheet and its spreadsheet to type it back.
	SigninSheet string
	SheetCSV    string // the sign-in sheet as a spreadsheet
	SheetHint   string
	ColNo       string
	ColName     string
	ColGroup    string
	ColCategory string
	ColParty    string
	ColArrived  string
	ColSigned   string
	NoGroup     string
	NoCategory  string
	Everyone    string // the one group of a sheet by name
	WalkIns     string // the last page, of blank rows

	// The report for the funder.
	Report        string
	HeadTotals    string
	People        string
	Capacity      string
	OfCapacity    string // share of the capacity
	Named         string
	WalkInsCount  string
	Anonymous     string
	HeadByCat     string
	HeadByGroup   string
	ColPeople     string
	NoneYet       string
	HeadInvited   string
	InvitedIntro  string
	ColInvited    string
	ColCame       string
	ColShare      string
	AllInvited    string
	HeadAbsent    string
	AllCame       string
	HeadActs      string
	ColHere       string
	ColWho        string
	HereOf        string // %d: performers here; %d: on the roster for the act
	HeadVolunteer string
	ColRole       string
	ColNote       string
	HeadHonorees  string
	HeadSponsors  string
	ColGave       string
	HeadArrivals  string
	AxisTime      string
	AxisPeople    string
	ColFrom       string
	HeadShow      string
	HeadNotes     string
	NoNotes       string
	Nobody        string
}

var paperEN = Paper{
	Short: "Write the papers to print: run sheet, sign-in sheet, report for the funder",
	Long: `print writes print-ready pages of the event in FOLDER, by default into
FOLDER/print/ (it holds names and phone numbers: only you can read it):

  runsheet.html      the running order with times, performers, contacts,
                     notes, and the MC's lines in full, for the crew
  signin-sheet.html  the roster by building (or category, or name), with
                     columns for the time and a signature and blank rows
                     for walk-ins; signin-sheet.csv is the same sheet as a
                     spreadsheet, to type it back with "eventday signin
                     FOLDER --from signin-sheet.csv"
  report.html        the report for the funder, to print or to paste into
                     Word or WPS with its tables

With no choice, all three. Each is one HTML file, A4, with page numbers.
With --pdf, eventday also makes a PDF of each with Chrome, Chromium or
Edge if one is installed; without one, open the HTML file in a browser
and press Ctrl+P.

print only reads, so it works while eventday has the folder open.`,
	Example: `  eventday print mayday
  eventday print mayday --signin-sheet --by category
  eventday print mayday --report --no-absent --pdf -o ~/Desktop/mayday`,

	FlagRunSheet:    "the run sheet: running order and the MC's lines",
	FlagSigninSheet: "the sign-in sheet, and its spreadsheet to type it back",
	FlagReport:      "the report for the funder",
	FlagBy:          "group the sign-in sheet by `group|category|name` (default group: the building)",
	FlagOut:         "write into `FOLDER` (default FOLDER/print)",
	FlagPDF:         "also make PDFs with Chrome, Chromium or Edge, if installed",
	FlagNoAbsent:    "leave out of the report the list of people invited who did not come",

	BadBy:     "--by %q: use one of %s",
	Wrote:     "Wrote %s: %s",
	NoBrowser: "No Chrome, Chromium or Edge was found to make PDFs. Open %s in a browser, press Ctrl+P (⌘P on a Mac) and choose a printer or \"Save as PDF\".",
	PDFFailed: "could not make the PDFs with %s: %s; the HTML files are written",

	PageOf:  "Page %[1]s of %[2]s",
	Printed: "Printed %s",

	RunSheet:      "Run sheet",
	RunOrder:      "Running order",
	Script:        "The MC's lines",
	StartLine:     "First act at %s",
	CallAhead:     "call performers %s ahead",
	EndLine:       "Planned length %s, end at %s",
	ColTime:       "Time",
	ColActual:     "Actual",
	ColAct:        "Act",
	ColPerformers: "Performers",
	ColLength:     "Length",
	ColContact:    "Contact",
	ColNotes:      "Notes (props, microphones, track)",
	OnRoster:      "On the roster: %s",
	NoLines:       "(no lines written)",

	SigninSheet: "Sign-in sheet",
	SheetCSV:    "Sign-in sheet to type back",
	SheetHint:   "Please write the time you arrive and sign. If others came with you, write how many you are under Party.",
	ColNo:       "No.",
	ColName:     "Name",
	ColGroup:    "Group",
	ColCategory: "Category",
	ColParty:    "Party",
	ColArrived:  "Time",
	ColSigned:   "Signed",
	NoGroup:     "(no group)",
	NoCategory:  "(no category)",
	Everyone:    "Everyone, by name",
	WalkIns:     "Walk-ins",

	Report:        "Event report",
	HeadTotals:    "Attendance",
	People:        "People who came",
	Capacity:      "Capacity",
	OfCapacity:    "Share of capacity",
	Named:         "Signed in by name (with those who came with them)",
	WalkInsCount:  "of them not on the list beforehand",
	Anonymous:     "Counted at the gate without names",
	HeadByCat:     "By category",
	HeadByGroup:   "By building or group",
	ColPeople:     "People",
	NoneYet:       "Nobody has signed in.",
	HeadInvited:   "People invited who came",
	InvitedIntro:  "Of the people on the list beforehand, by category.",
	ColInvited:    "Invited",
	ColCame:       "Came",
	ColShare:      "Share",
	AllInvited:    "All",
	HeadAbsent:    "Invited but did not come",
	AllCame:       "Everyone invited came.",
	HeadActs:      "Performers present, by act",
	ColHere:       "Present",
	ColWho:        "Who",
	HereOf:        "%d of %d",
	HeadVolunteer: "Volunteers who came",
	ColRole:       "Role",
	ColNote:       "Note",
	HeadHonorees:  "Birthday honorees who came",
	HeadSponsors:  "Sponsors",
	ColGave:       "Support",
	HeadArrivals:  "Arrivals per 15 minutes",
	AxisTime:      "Time",
	AxisPeople:    "People",
	ColFrom:       "From",
	HeadShow:      "The programme as it ran",
	HeadNotes:     "Incident notes",
	NoNotes:       "None.",
	Nobody:        "Nobody.",
}

var paperZH = Paper{
	Short: "生成要打印的材料：节目单、签到表、给资助方的活动报告",
	Long: `print 把文件夹里活动的材料生成为可直接打印的页面，默认写到 文件夹/print/
（里面有姓名和电话，只有你自己能读）：

  runsheet.html      节目单和串词本：节目顺序、时间、表演者、联系人、备注，
                     以及主持人的全部串词，给后台工作人员用
  signin-sheet.html  签到表：名单按楼栋（或类别、或姓名）排列，留有到场时间
                     和签名栏，以及给现场登记的人用的空行；signin-sheet.csv
                     是同一张表的表格文件，事后录入后用
                     “eventday signin 文件夹 --from signin-sheet.csv”签到
  report.html        给资助方的活动报告，可直接打印，也可连同表格一起
                     粘贴到 Word 或 WPS 里

不指定时三份都生成。每份是一个 HTML 文件，A4 纸，带页码。
加 --pdf 时，如果装有 Chrome、Chromium 或 Edge，还会用它为每份生成 PDF；
没有的话，用浏览器打开 HTML 文件，按 Ctrl+P 打印即可。

print 只读，活动进行中也能用。`,
	Example: `  eventday print mayday
  eventday print mayday --signin-sheet --by category
  eventday print mayday --report --no-absent --pdf -o ~/Desktop/mayday`,

	FlagRunSheet:    "节目单：节目顺序和主持串词",
	FlagSigninSheet: "签到表，以及事后录入用的表格文件",
	FlagReport:      "给资助方的活动报告",
	FlagBy:          "签到表按 `group|category|name` 分组（默认 group：按楼栋）",
	FlagOut:         "写到 `文件夹`（默认 文件夹/print）",
	FlagPDF:         "如果装有 Chrome、Chromium 或 Edge，同时生成 PDF",
	FlagNoAbsent:    "活动报告中不列出受邀未到场人员的名单",

	BadBy:     "--by %q：请用 %s 之一",
	Wrote:     "已生成%s：%s",
	NoBrowser: "没有找到可生成 PDF 的 Chrome、Chromium 或 Edge。请用浏览器打开 %s，按 Ctrl+P（Mac 上按 ⌘P），选择打印机或“另存为 PDF”。",
	PDFFailed: "无法用 %s 生成 PDF：%s；HTML 文件已生成",

	PageOf:  "第 %[1]s 页，共 %[2]s 页",
	Printed: "打印于 %s",

	RunSheet:      "节目单",
	RunOrder:      "节目顺序",
	Script:        "主持串词",
	StartLine:     "第一个节目 %s 开始",
	CallAhead:     "提前 %s叫场",
	EndLine:       "计划时长 %s，%s 结束",
	ColTime:       "时间",
	ColActual:     "实际",
	ColAct:        "节目",
	ColPerformers: "表演者",
	ColLength:     "时长",
	ColContact:    "联系人",
	ColNotes:      "备注（道具、话筒、伴奏）",
	OnRoster:      "名单：%s",
	NoLines:       "（没有写串词）",

	SigninSheet: "签到表",
	SheetCSV:    "签到表录入模板",
	SheetHint:   "请填写到场时间并签名。有同行的家人朋友，请在“人数”栏写上一共几位。",
	ColNo:       "序号",
	ColName:     "姓名",
	ColGroup:    "楼栋",
	ColCategory: "类别",
	ColParty:    "人数",
	ColArrived:  "到场时间",
	ColSigned:   "签名",
	NoGroup:     "（未填楼栋）",
	NoCategory:  "（未填类别）",
	Everyone:    "全部人员（按姓名）",
	WalkIns:     "现场登记",

	Report:        "活动报告",
	HeadTotals:    "到场人数",
	People:        "到场总人数",
	Capacity:      "场地容量",
	OfCapacity:    "占容量",
	Named:         "实名签到（含同行人员）",
	WalkInsCount:  "其中现场登记",
	Anonymous:     "入口不记名计数",
	HeadByCat:     "按类别",
	HeadByGroup:   "按楼栋",
	ColPeople:     "人数",
	NoneYet:       "还没有人签到。",
	HeadInvited:   "受邀人员到场情况",
	InvitedIntro:  "事先列入名单的人员，按类别统计。",
	ColInvited:    "受邀",
	ColCame:       "到场",
	ColShare:      "到场率",
	AllInvited:    "合计",
	HeadAbsent:    "受邀未到场人员",
	AllCame:       "受邀人员全部到场。",
	HeadActs:      "各节目表演者到场情况",
	ColHere:       "到场",
	ColWho:        "到场表演者",
	HereOf:        "%d / %d",
	HeadVolunteer: "到场志愿者",
	ColRole:       "分工",
	ColNote:       "备注",
	HeadHonorees:  "到场寿星",
	HeadSponsors:  "赞助商",
	ColGave:       "赞助内容",
	HeadArrivals:  "每 15 分钟到场人数",
	AxisTime:      "时间",
	AxisPeople:    "人数",
	ColFrom:       "时段",
	HeadShow:      "节目实际进行情况",
	HeadNotes:     "事件记录",
	NoNotes:       "无。",
	Nobody:        "无。",
}
