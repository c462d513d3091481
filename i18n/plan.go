package i18n

// Plan holds what eventday says about event.yaml and the durations of the
// acts: what is wrong in it and how to fix it, for an organiser who edits
// the file alone in Notepad. The file and the line come before each text
// ("event.yaml:8: "), and the key after them ("acts[2].duration: ") when
// the problem is in one, so a text says only what is wrong there.
type Plan struct {
	// Where in the file: the keys of an act and of the event block, for
	// the place before a text. The keys themselves are in Keys.
	Act      string // %d: the act, counted from 1
	ActKey   string // %d: the act, counted from 1; %s: its key (Keys)
	EventKey string // %s: the key under event: (Keys)

	// The file as a whole.
	Empty          string
	NotMapping     string
	Unreadable     string
	ReaderFailed   string
	SecondDocument string
	Alias          string

	// Keys.
	KeyNotWord     string // %s: a key that may be there
	UnknownKey     string // %s: the keys that may be there (a list)
	UnknownKeyNear string // %q: the key meant
	NotText        string
	NotTextList    string

	// event:
	EventMissing    string
	EventNotMapping string
	NameMissing     string
	NameEmpty       string
	DateMissing     string
	DateEmpty       string
	NotDate         string // %q: the value
	NotRealDate     string // %q: the value
	StartMissing    string
	TimeEmpty       string
	NotTime         string // %q: the value
	Hours           string // %q: the value
	Minutes         string // %q: the value
	BadZone         string // %q: the value
	NotWholeNumber  string // %q: the value
	Negative        string

	// acts: and acts_csv:
	ActsMissing     string
	BothActs        string // %d: the line acts: is on
	ActsNotList     string
	NoActs          string
	ActNotMapping   string
	ActEmpty        string
	TitleMissing    string
	TitleEmpty      string
	DurationMissing string
	SheetEmpty      string
	CannotReadSheet string // %s: the spreadsheet's name; %s: why (Files.NotFound …)
	NoSheetHere     string // %s: the spreadsheet's name

	// Two acts with one id.
	IDUsed       string // %q: the id; %s: the act that has it (RefAct or RefLine)
	TitleUsed    string // %q: the title; %s: the act that has it as id; %s: how to tell them apart (a Hint)
	RefAct       string // %d: the act, counted from 1; %d: its line
	RefLine      string // %d: the line of a spreadsheet
	HintID       string // event.yaml
	HintIDColumn string // a spreadsheet with an id column; %s: its header
	HintNoID     string // a spreadsheet without one, its headers in English
	HintNoIDZH   string // a spreadsheet without one, its headers in Chinese

	// Durations, as an act's duration: or call_ahead: or a spreadsheet's
	// column writes them.
	DurationEmpty   string
	DurationTooLong string
	NotPositive     string
	OverADay        string // %q: the value
	NoUnit          string // %q: the value; %s %s: the number, twice (5m, 5s)
	NotDuration     string // %q: the value
	TwoDigits       string // %q: the value
	Seconds60       string // %q: the value
	MinSec60        string // %q: the value

	// YAML that cannot be read, said as the mistake a person makes typing
	// it, with the line as the file has it: TheLine or TheLineAt puts a
	// cause after the place and the line after the cause.
	TheLine          string // %s: the cause; %s: the line, escaped
	TheLineAt        string // %s: the cause; %s: the line, escaped; %d: the character the mistake is at
	Tab              string
	FullWidthIndent  string
	FullWidthColon   string // %s: the key before it
	NoSpace          string // %s: the key; %s %s: the key and its value, written right
	NoColon          string // %s: the key; %s %s: the key and its value, written right
	NoColonAlone     string // %s: the key, twice
	DashNoSpace      string // %s: the key after the "-"
	ColonInText      string // %s: the key; %s %s: the key and its value in quotes
	QuoteOpen        string // %s: the key; %s: the quote; %s: the quote
	AfterQuote       string // %s: the key
	NotLinedUp       string // %s: the key; %s: the key above it; %d: its line; %d: the spaces before it
	DashAmongKeys    string // %s: the key above; %d: its line
	KeyAmongItems    string // %s: the key; %d: the line of the item above
	KeyTwice         string // %s: the key; %d: the line it is on first
	ReservedStart    string // %s: the character; %s %s: the key and its value in quotes
	BracketOpen      string // %s: the bracket opened; %s: the bracket that closes it
	SyntaxOther      string
	SyntaxOtherQuote string // the same, on a line holding a quote or a colon in its text
}

var planEN = Plan{
	Act:      "acts[%d]",
	ActKey:   "acts[%d].%s",
	EventKey: "event.%s",

	Empty:          "the file is empty; it must start with event: and then acts:",
	NotMapping:     "must start with event: and then acts:",
	Unreadable:     "cannot read this file as a programme",
	ReaderFailed:   "the YAML reader failed on this file (%v)",
	SecondDocument: "a second YAML document (after ---); one event a file",
	Alias:          "aliases (*name) are not supported; write the value out",

	KeyNotWord:     "a key here must be a plain word such as %s:",
	UnknownKey:     "unknown key (known here: %s)",
	UnknownKeyNear: "unknown key (did you mean %q?)",
	NotText:        "must be text, not a mapping",
	NotTextList:    "must be text, not a list",

	EventMissing:    "missing; the file must start with event: (name, date, start)",
	EventNotMapping: "must hold name:, date:, start: … indented under event:",
	NameMissing:     "missing; the event needs a name",
	NameEmpty:       "empty; the event needs a name",
	DateMissing:     "missing; write the day as date: YYYY-MM-DD",
	DateEmpty:       "empty; write the day as YYYY-MM-DD, e.g. 2026-05-01",
	NotDate:         "%q is not a date; write YYYY-MM-DD, e.g. 2026-05-01",
	NotRealDate:     "%q is not a real date",
	StartMissing:    `missing; write the planned start of the first act as start: "14:30"`,
	TimeEmpty:       `empty; write HH:MM, e.g. "14:30"`,
	NotTime:         "%q is not a time of day; write HH:MM, e.g. 14:30",
	Hours:           "%q: hours go from 00 to 23",
	Minutes:         "%q: minutes go from 00 to 59",
	BadZone:         "unknown time zone %q; write a name like Asia/Shanghai, or leave it out to use this computer's",
	NotWholeNumber:  "%q is not a whole number",
	Negative:        "must not be negative",

	ActsMissing:     "missing; list the acts under acts:, or name a spreadsheet with acts_csv:",
	BothActs:        "give either acts: or acts_csv:, not both (acts: is on line %d)",
	ActsNotList:     `must be a list of acts, each starting with "- title:"`,
	NoActs:          "no acts; list at least one",
	ActNotMapping:   "must be an act with title: and duration:",
	ActEmpty:        "empty; an act needs title: and duration:",
	TitleMissing:    "missing; every act needs a title",
	TitleEmpty:      "empty; every act needs a title",
	DurationMissing: "missing; write how long the act lasts, e.g. duration: 5m",
	SheetEmpty:      "empty; name the spreadsheet, e.g. acts_csv: acts.csv",
	CannotReadSheet: "cannot read %s: %s",
	NoSheetHere:     "cannot read %s here",

	IDUsed:       "%q is already used by %s",
	TitleUsed:    "%q is already used by %s; %s",
	RefAct:       "acts[%d] (line %d)",
	RefLine:      "line %d",
	HintID:       "add an id: to one of them to tell them apart",
	HintIDColumn: "give one of them an id in column %s",
	HintNoID:     "add a column id and give one of them an id",
	HintNoIDZH:   "add a column 编号 and give one of them an id",

	DurationEmpty:   "empty; write e.g. 5m, 90s, 1m30s or 4:30",
	DurationTooLong: "too long to be a duration; write e.g. 5m, 90s, 1m30s or 4:30",
	NotPositive:     "must be more than zero",
	OverADay:        "%q is longer than 24 hours",
	NoUnit:          "%q has no unit; write %sm for minutes or %ss for seconds",
	NotDuration:     "%q is not a duration; write e.g. 5m, 90s, 1m30s or 4:30",
	TwoDigits:       "%q: write two digits after a colon, e.g. 4:05",
	Seconds60:       "%q: seconds must be below 60 (minutes:seconds)",
	MinSec60:        "%q: minutes and seconds must be below 60 (hours:minutes:seconds)",

	TheLine:          `%s (the line: "%s")`,
	TheLineAt:        `%s (the line: "%s", at character %d)`,
	Tab:              "a tab at the start of the line; YAML indents with spaces only: replace the tab with spaces",
	FullWidthIndent:  "a Chinese full-width space (　) at the start of the line; indent with English spaces only",
	FullWidthColon:   "the colon after %s is a Chinese full-width colon (：); type an English colon (:) and a space",
	NoSpace:          "no space after the colon of %s:; write %s: %s",
	NoColon:          "no colon after %s; write %s: %s",
	NoColonAlone:     "no colon after %s; write %s:",
	DashNoSpace:      `no space after the "-"; write - %s:`,
	ColonInText:      `the text after %s: holds a colon and a space (": "), which YAML takes for another key; put the text in quotes: %s: %s`,
	QuoteOpen:        "the text of %s: starts with a quote (%s) that is never closed; end the text with %s too",
	AfterQuote:       "the text of %s: goes on after its closing quote; put the whole text inside the quotes",
	NotLinedUp:       "%s: is not lined up with %s: above it (line %d); put %d spaces before it, as there",
	DashAmongKeys:    `this line starts with "-" but the lines above it are keys (%s:, line %d); remove the "-", or move the line under acts:`,
	KeyAmongItems:    `%s: is lined up with the "-" of the act above it (line %d); line it up with that act's title:, or start a new act with "- "`,
	KeyTwice:         "%s: is here twice (first on line %d); keep one",
	ReservedStart:    "a text cannot start with %s in YAML; put the text in quotes: %s: %s",
	BracketOpen:      "the %s opened on this line is never closed with %s; close it, or put the text in quotes",
	SyntaxOther:      "this line cannot be read; check that it is lined up with the lines above it, and that it is written key: value",
	SyntaxOtherQuote: `this line cannot be read; check that it is lined up with the lines above it, and put a text holding ": " or a quote in quotes`,
}

var planZH = Plan{
	Act:      "第 %d 个节目",
	ActKey:   "第 %d 个节目的 %s",
	EventKey: "event 下的 %s",

	Empty:          "文件是空的；开头要写 event:，下面再写 acts:",
	NotMapping:     "文件开头要写 event:，下面再写 acts:",
	Unreadable:     "无法把这个文件读成节目单",
	ReaderFailed:   "YAML 读取程序读这个文件时出错（%v）",
	SecondDocument: "文件里有第二部分（在 --- 之后）；一个文件只写一场活动",
	Alias:          "不支持别名（*名称）；请把内容直接写出来",

	KeyNotWord:     "这里的项名要写成普通的词，例如 %s:",
	UnknownKey:     "eventday 不认识这一项（这里能写的有：%s）",
	UnknownKeyNear: "eventday 不认识这一项（是不是想写 %q？）",
	NotText:        "要写文字，不能再往下分项",
	NotTextList:    "要写文字，不能写成列表",

	EventMissing:    "缺少；文件开头要写 event:（下面写 name、date、start）",
	EventNotMapping: "event: 下面要缩进写 name:、date:、start: 等项",
	NameMissing:     "缺少；活动要有名称",
	NameEmpty:       "是空的；活动要有名称",
	DateMissing:     "缺少；请写上活动日期，格式为 date: YYYY-MM-DD（年-月-日）",
	DateEmpty:       "是空的；请按 YYYY-MM-DD（年-月-日）写日期，例如 2026-05-01",
	NotDate:         "%q 不是日期；请按 YYYY-MM-DD（年-月-日）写，例如 2026-05-01",
	NotRealDate:     "%q 这一天不存在",
	StartMissing:    `缺少；请写上第一个节目的计划开始时间，例如 start: "14:30"`,
	TimeEmpty:       `是空的；请按 时:分 写，例如 "14:30"`,
	NotTime:         "%q 不是时刻；请按 时:分 写，例如 14:30",
	Hours:           "%q：小时要在 00 到 23 之间",
	Minutes:         "%q：分钟要在 00 到 59 之间",
	BadZone:         "不认识的时区 %q；请写 Asia/Shanghai 这样的名称，或者删掉这一行，用这台电脑的时区",
	NotWholeNumber:  "%q 不是整数",
	Negative:        "不能是负数",

	ActsMissing:     "缺少；请在 acts: 下面列出节目，或者用 acts_csv: 写上节目表格的文件名",
	BothActs:        "acts: 和 acts_csv: 只能写一个（acts: 在第 %d 行）",
	ActsNotList:     `要写成节目的列表，每个节目以“- title:”开头`,
	NoActs:          "没有节目；请至少列出一个",
	ActNotMapping:   "要写成一个节目，包括 title: 和 duration:",
	ActEmpty:        "是空的；每个节目都要有 title: 和 duration:",
	TitleMissing:    "缺少；每个节目都要有名称",
	TitleEmpty:      "是空的；每个节目都要有名称",
	DurationMissing: "缺少；请写上节目的时长，例如 duration: 5m",
	SheetEmpty:      "是空的；请写上节目表格的文件名，例如 acts_csv: acts.csv",
	CannotReadSheet: "无法读取 %s：%s",
	NoSheetHere:     "这里无法读取 %s",

	IDUsed:       "%q 已经被%s用了",
	TitleUsed:    "%q 已经被%s用了；%s",
	RefAct:       "第 %d 个节目（第 %d 行）",
	RefLine:      "第 %d 行",
	HintID:       "请给其中一个加上 id:，把它们区分开",
	HintIDColumn: "请在“%s”列给其中一个填上编号",
	HintNoID:     "请加一列 id，给其中一个填上编号",
	HintNoIDZH:   "请加一列“编号”，给其中一个填上编号",

	DurationEmpty:   "是空的；请写成 5分钟、90秒、1分30秒、5m 或 4:30 这样",
	DurationTooLong: "太长了，不像时长；请写成 5分钟、90秒、1分30秒、5m 或 4:30 这样",
	NotPositive:     "必须大于零",
	OverADay:        "%q 超过了 24 小时",
	NoUnit:          "%q 没有单位；几分钟请写 %sm，几秒请写 %ss",
	NotDuration:     "%q 不是时长；请写成 5分钟、90秒、1分30秒、5m 或 4:30 这样",
	TwoDigits:       "%q：冒号后面要写两位数，例如 4:05",
	Seconds60:       "%q：秒数要小于 60（分:秒）",
	MinSec60:        "%q：分钟和秒数都要小于 60（时:分:秒）",

	TheLine:          `%s（这一行是："%s"）`,
	TheLineAt:        `%s（这一行是："%s"，错在第 %d 个字符）`,
	Tab:              "行首有 tab 键打出的空白；YAML 只能用空格缩进：请把它换成空格",
	FullWidthIndent:  "行首有中文全角空格（　）；缩进只能用英文空格",
	FullWidthColon:   "%s 后面的冒号是中文全角冒号“：”；请改成英文冒号“:”，后面再空一格",
	NoSpace:          "%s: 的冒号后面少了一个空格；请写成 %s: %s",
	NoColon:          "%s 后面少了冒号；请写成 %s: %s",
	NoColonAlone:     "%s 后面少了冒号；请写成 %s:",
	DashNoSpace:      `“-”后面少了一个空格；请写成 - %s:`,
	ColonInText:      `%s: 后面的文字里有“冒号加空格”（": "），YAML 会把它当成新的一项；请把这段文字放在引号里：%s: %s`,
	QuoteOpen:        "%s: 的文字以引号（%s）开头，却没有结束的引号；请在文字末尾也加上 %s",
	AfterQuote:       "%s: 的文字在结束的引号后面还有内容；请把整段文字都放在引号里",
	NotLinedUp:       "%s: 没有和上面的 %s:（第 %d 行）对齐；请在它前面也空 %d 个空格",
	DashAmongKeys:    `这一行以“-”开头，但上面几行是普通的项（%s:，第 %d 行）；请删掉“-”，或者把这一行移到 acts: 下面`,
	KeyAmongItems:    `%s: 和上面那个节目的“-”（第 %d 行）对齐了；请让它和那个节目的 title: 对齐，或者用“- ”开始一个新节目`,
	KeyTwice:         "%s: 写了两次（第 %d 行已经有了）；只留一个",
	ReservedStart:    "YAML 里的文字不能以 %s 开头；请把文字放在引号里：%s: %s",
	BracketOpen:      "这一行开始的 %s 没有用 %s 结束；请补上，或者把这段文字放在引号里",
	SyntaxOther:      "读不懂这一行；请检查它是否和上面的行对齐，是否写成了“项名: 内容”",
	SyntaxOtherQuote: `读不懂这一行；请检查它是否和上面的行对齐，含有“冒号加空格”或引号的文字要放在引号里`,
}

// Keys names the keys of event.yaml in a message about one: as the file
// writes them, and in Chinese with what they mean, so that a volunteer
// who reads no English knows which line to change.
type Keys struct {
	Event      string
	Acts       string
	ActsCSV    string
	Name       string
	Date       string
	Venue      string
	Start      string
	Timezone   string
	Capacity   string
	CallAhead  string
	ID         string
	Title      string
	Performers string
	Duration   string
	Intro      string
	Notes      string
	Contact    string
}

var keysEN = Keys{
	Event:      "event",
	Acts:       "acts",
	ActsCSV:    "acts_csv",
	Name:       "name",
	Date:       "date",
	Venue:      "venue",
	Start:      "start",
	Timezone:   "timezone",
	Capacity:   "capacity",
	CallAhead:  "call_ahead",
	ID:         "id",
	Title:      "title",
	Performers: "performers",
	Duration:   "duration",
	Intro:      "intro",
	Notes:      "notes",
	Contact:    "contact",
}

var keysZH = Keys{
	Event:      "event（活动信息）",
	Acts:       "acts（节目单）",
	ActsCSV:    "acts_csv（节目表格）",
	Name:       "name（名称）",
	Date:       "date（日期）",
	Venue:      "venue（地点）",
	Start:      "start（开始时间）",
	Timezone:   "timezone（时区）",
	Capacity:   "capacity（容纳人数）",
	CallAhead:  "call_ahead（提前多久叫人）",
	ID:         "id（编号）",
	Title:      "title（节目名称）",
	Performers: "performers（表演者）",
	Duration:   "duration（时长）",
	Intro:      "intro（串词）",
	Notes:      "notes（备注）",
	Contact:    "contact（联系方式）",
}
