package i18n

// Files holds what eventday says about the files people give it (event.yaml,
// roster.csv, an act spreadsheet, a paper sign-in sheet): what is wrong and
// how to fix it. The file, the line and the column come before each text
// ("roster.csv:3: "), so a text says only what is wrong there.
type Files struct {
	Column       string // how a problem names the column it is in; %s: the column's header as the file writes it
	Then         string // after the key or the column a problem is in, before what is wrong
	ListSep      string // between the items of a list
	AndMore      string // a list of columns cut short; %s: the columns shown; %s: how many more
	MoreProblems string // after the first problems of a file; %s: how many more there are

	// Encodings.
	UTF16           string
	DamagedUTF8     string // %02X: the byte
	UnknownEncoding string // %q: the line the problem is on, as GBK would read it

	// A workbook (.xlsx) in place of a CSV file.
	NotWorkbook string
	OldExcel    string
	SheetTooBig string
	EmptySheet  string
	// BeyondHeaderSheet is BeyondHeader in a workbook, where no comma
	// moves a cell; the same arguments.
	BeyondHeaderSheet string

	// A file that is not where it should be.
	Lookalike          string // %s: the file that is there; %s: the name it must have
	LookalikeExtension string // the same, when the file has an extension too many; %s: the file; %s: the name

	// The header row of a spreadsheet.
	Empty         string
	NoHeader      string
	NearColumn    string // %q: the header; %q: the column it is one slip from
	Twice         string // %q: the header; %d: the column that means the same; %q: its header
	TwiceMore     string // %q: the header; %s: how many times the column is there
	Missing       string // %q: the column
	MissingOr     string // %q: the column; %s: its other names
	Unused        string // %s: the column: not one eventday uses, and ignored
	UnusedMany    string // %s: the columns (a list)
	UnusedKnown   string // the header is wrong too; %s: the column; %s: the columns eventday knows
	UnusedKnownTo string // the same for several; %s: the columns; %s: the columns eventday knows

	// The cells of a row.
	BeyondHeader   string // %d: the cell's position; %q: the cell; %d: the header's columns
	UnderNoName    string // %d: the cell's position; %q: the cell
	BareQuote      string
	QuoteNotClosed string // %d: the line where reading stopped
	QuoteOpen      string
	AfterQuote     string

	// roster.csv.
	TwoRosters  string // %s: the roster's other file, there too
	NameEmpty   string
	NameTooLong string // %d: the name's length in characters; %d: the most a name may have
	NoAct       string // %q: the act
	NoActNear   string // %q: the act; %q: the act it is one slip from
	SamePerson  string // %s: the person; %d: the line they are on already; %s: the columns that are the same; %s %s: the columns that tell people apart

	// An act spreadsheet.
	TitleEmpty string
	NoActs     string

	// A phone number.
	PhoneChars  string // %q: the number as written
	PhoneDigits string // %q: the number as written; %d: its digits; %d %d: how many a number has

	// A header typed with a Chinese input method.
	FullWidthCommas  string
	FullWidthCommaIn string // %s %s: the columns on either side of it

	// A file that cannot be read, and why, in words rather than the
	// system's.
	CannotRead      string // %s: why
	NotFound        string
	NoFolder        string
	NoPermission    string
	IsFolder        string
	Denied          string
	Exists          string
	NotFolderInPath string
	DiskFull        string
	ReadOnly        string
	NoParent        string // a folder made where the folder to hold it is not
	NotFoundPath    string // a file, or the folder that would hold it, is not there
	OtherReason     string // %s: the system's own words

	// A file the system would not read or write, wherever it is.
	PathFailed string // %s: what was done (OpRead …); %s: the file; %s: why (NotFound …)
	OpOpen     string
	OpRead     string
	OpWrite    string
	OpMkdir    string
	OpRename   string
	OpRemove   string
	OpCheck    string
	OpOther    string
}

var filesEN = Files{
	Column:       "column %s",
	Then:         ": ",
	ListSep:      ", ",
	AndMore:      "%s and %s more",
	MoreProblems: "%s more problems are not shown; fix these and check again",

	UTF16:           `the file is UTF-16 (Excel's "Unicode text"); save it as "CSV UTF-8" or plain CSV`,
	DamagedUTF8:     `a byte that is not UTF-8 (0x%02X), in a file that otherwise is; retype this line or save the file again in UTF-8 (read as GBK, every Chinese name would be garbled)`,
	UnknownEncoding: `the file is neither UTF-8 nor GBK/GB18030, the two encodings eventday reads (read as GBK, this line would say %q); save it as UTF-8: in Excel, Save As "CSV UTF-8 (Comma delimited)"; in WPS or Notepad, choose UTF-8 as the encoding when saving`,

	NotWorkbook:       "looks like an Excel workbook but cannot be read as one (it may be damaged or cut short); open it in Excel or WPS and save it again as an Excel workbook (.xlsx)",
	OldExcel:          `an Excel 97-2003 workbook (.xls), or one saved with a password, which eventday does not read; open it in Excel or WPS and save it without a password as "Excel Workbook (.xlsx)"`,
	SheetTooBig:       "the workbook's first sheet is too large to read; keep the list on the first sheet and delete what else is there",
	EmptySheet:        "the workbook's first sheet is empty; put the list on the first sheet, its first row naming the columns",
	BeyondHeaderSheet: "cell %d (%q) is beyond the header's %d columns; name its column in the first row, or delete it",

	Lookalike:          "not found, but %s is here: rename it to %s",
	LookalikeExtension: "not found, but %s is here: rename it to %s (Windows hides the last part of a file's name, so it may look right already)",

	Empty:         "the file is empty; its first line must name the columns",
	NoHeader:      "no header row; the first line must name the columns",
	NearColumn:    "unknown column %q (did you mean %q?)",
	Twice:         "column %q is there twice: column %d (%q) means the same",
	TwiceMore:     "column %q is there %s times; keep one",
	Missing:       "missing column %q",
	MissingOr:     "missing column %q (or %s)",
	Unused:        "column %s is not used by eventday and was ignored",
	UnusedMany:    "columns %s are not used by eventday and were ignored",
	UnusedKnown:   "column %s is not one eventday uses (it knows %s)",
	UnusedKnownTo: "columns %s are not ones eventday uses (it knows %s)",

	BeyondHeader:   "cell %d (%q) is beyond the header's %d columns; a cell holding a comma must be in quotes",
	UnderNoName:    "cell %d (%q) is under a column with no name in the header",
	BareQuote:      `stray quote (") in a cell; put the whole cell in quotes and write "" for each quote inside it`,
	QuoteNotClosed: "a quoted cell starting on this line is not closed properly (reading stopped at line %d)",
	QuoteOpen:      "a quoted cell starting on this line is never closed; the file ends inside it",
	AfterQuote:     `text after a closing quote; inside a quoted cell write "" for a quote`,

	TwoRosters:  "%s is here too; keep one of the two as the roster, and move the other out of the folder",
	NameEmpty:   "the name is empty",
	NameTooLong: "the name is %d characters long; a name has at most %d",
	NoAct:       "no act %q in the programme",
	NoActNear:   "no act %q in the programme (did you mean %q?)",
	SamePerson:  "%s is already on line %d with the same %s; add a %s or %s to tell them apart",

	TitleEmpty: "empty; every act needs a title",
	NoActs:     "no acts; write one act a row under the header",

	PhoneChars:  "%q is not a phone number: only digits, spaces, dashes and a leading +86 are allowed",
	PhoneDigits: "%q is not a phone number: it has %d digits, and a phone number has %d to %d",

	FullWidthCommas:  "the commas between the columns are Chinese full-width commas (，); type English commas (,) between them",
	FullWidthCommaIn: "between %s and %s is a Chinese full-width comma (，); type an English comma (,)",

	CannotRead:      "cannot read: %s",
	NotFound:        "there is no such file",
	NoFolder:        "there is no such folder",
	NoPermission:    "permission denied: this user may not read it",
	IsFolder:        "it is a folder, not a file",
	Denied:          "permission denied",
	Exists:          "it is there already",
	NotFolderInPath: "a part of the path is a file, not a folder",
	DiskFull:        "the disk is full",
	ReadOnly:        "the disk is read-only",
	NoParent:        "the folder that would hold it is not there",
	NotFoundPath:    "it, or the folder that holds it, is not there",
	OtherReason:     "%s",

	PathFailed: "cannot %s %s: %s",
	OpOpen:     "open",
	OpRead:     "read",
	OpWrite:    "write",
	OpMkdir:    "make the folder",
	OpRename:   "rename",
	OpRemove:   "remove",
	OpCheck:    "check",
	OpOther:    "use",
}

var filesZH = Files{
	Column:       "“%s”列",
	Then:         "：",
	ListSep:      "、",
	AndMore:      "%s，以及另外 %s 列",
	MoreProblems: "另有 %s 个问题没有列出；先改好上面这些，再检查一遍",

	UTF16:           `这个文件是 UTF-16 编码（Excel 的“Unicode 文本”）；请另存为“CSV UTF-8”或普通 CSV`,
	DamagedUTF8:     `这一行有一个不是 UTF-8 的字节（0x%02X），而文件的其余部分都是 UTF-8；请重新输入这一行，或把文件重新存为 UTF-8（如果按 GBK 读，所有中文名字都会变成乱码）`,
	UnknownEncoding: `这个文件既不是 UTF-8，也不是 GBK/GB18030，eventday 只认这两种编码（按 GBK 读，这一行会变成 %q）；请把它存为 UTF-8：Excel 里“另存为”选“CSV UTF-8 (逗号分隔)”，WPS 或记事本里保存时把编码选为 UTF-8`,

	NotWorkbook:       "看起来是 Excel 表格，但读不出来（文件可能已损坏或不完整）；请用 Excel 或 WPS 打开，重新保存为 Excel 工作簿（.xlsx）",
	OldExcel:          `这是 Excel 97-2003 表格（.xls），或设了密码的表格，eventday 读不了；请用 Excel 或 WPS 打开，不设密码，另存为“Excel 工作簿（.xlsx）”`,
	SheetTooBig:       "表格的第一张工作表太大，读不了；请把名单放在第一张工作表上，删掉其他内容",
	EmptySheet:        "表格的第一张工作表是空的；请把名单放在第一张工作表上，第一行写各列的名称",
	BeyondHeaderSheet: "第 %d 格（%q）超出了表头的 %d 列；请在第一行给这一列写上名称，或者删掉它",

	Lookalike:          "找不到；但这里有 %s，请把它改名为 %s",
	LookalikeExtension: "找不到；但这里有 %s，请把它改名为 %s（Windows 会隐藏文件名最后的扩展名，所以它看上去可能已经是对的）",

	Empty:         "文件是空的；第一行要写各列的名称",
	NoHeader:      "没有表头；第一行要写各列的名称",
	NearColumn:    "不认识的列 %q（是不是 %q？）",
	Twice:         "列 %q 重复了：第 %d 列（%q）是同一列",
	TwiceMore:     "列 %q 出现了 %s 次；只留一列",
	Missing:       "缺少 %q 列",
	MissingOr:     "缺少 %q 列（也可以叫 %s）",
	Unused:        "“%s”这一列 eventday 用不到，已忽略",
	UnusedMany:    "这些列 eventday 用不到，已忽略：%s",
	UnusedKnown:   "“%s”这一列 eventday 用不到（它认识的列：%s）",
	UnusedKnownTo: "这些列 eventday 用不到：%s（它认识的列：%s）",

	BeyondHeader:   "第 %d 格（%q）超出了表头的 %d 列；格子里有逗号时，要把整个格子用引号括起来",
	UnderNoName:    "第 %d 格（%q）所在的列在表头里没有名称",
	BareQuote:      `格子里有多余的引号（"）；请把整个格子用引号括起来，里面的每个引号写成 ""`,
	QuoteNotClosed: "从这一行开始的带引号的格子没有正确结束（读到第 %d 行时停下）",
	QuoteOpen:      "从这一行开始的带引号的格子一直到文件末尾都没有结束",
	AfterQuote:     `结束引号后面还有文字；带引号的格子里，引号要写成 ""`,

	TwoRosters:  "这里还有一个 %s；名单只能有一个，请把另一个移出这个文件夹",
	NameEmpty:   "姓名是空的",
	NameTooLong: "姓名有 %d 个字符；姓名最多 %d 个字符",
	NoAct:       "节目单里没有 %q 这个节目",
	NoActNear:   "节目单里没有 %q 这个节目（是不是 %q？）",
	SamePerson:  "%s 在第 %d 行已经有了，%s 都相同；请填上 %s 或 %s 来区分",

	TitleEmpty: "是空的；每个节目都要有名称",
	NoActs:     "没有节目；请在表头下面每行写一个节目",

	PhoneChars:  "%q 不是电话号码：只能有数字、空格、短横线，开头可以有 +86",
	PhoneDigits: "%q 不是电话号码：它有 %d 位数字，电话号码应有 %d 到 %d 位",

	FullWidthCommas:  "表头各列之间的逗号是中文全角逗号“，”；请改成英文逗号“,”",
	FullWidthCommaIn: "%s 和 %s 之间是中文全角逗号“，”；请改成英文逗号“,”",

	CannotRead:      "无法读取：%s",
	NotFound:        "没有这个文件",
	NoFolder:        "没有这个文件夹",
	NoPermission:    "没有权限：当前用户不能读取它",
	IsFolder:        "这是一个文件夹，不是文件",
	Denied:          "没有权限",
	Exists:          "它已经存在",
	NotFolderInPath: "路径里有一段是文件，不是文件夹",
	DiskFull:        "磁盘已满",
	ReadOnly:        "磁盘是只读的",
	NoParent:        "要放它的文件夹不存在",
	NotFoundPath:    "它不存在，或者放它的文件夹不存在",
	OtherReason:     "系统报告：%s",

	PathFailed: "无法%s %s：%s",
	OpOpen:     "打开",
	OpRead:     "读取",
	OpWrite:    "写入",
	OpMkdir:    "创建文件夹",
	OpRename:   "改名",
	OpRemove:   "删除",
	OpCheck:    "查看",
	OpOther:    "使用",
}
