package i18n

// CLI holds what the command line prints outside the full-screen app: the
// help of every command, the headings of cobra's usage text, and the
// messages of demo, init, run and check.
type CLI struct {
	RootShort   string
	RootLong    string
	RootExample string

	DemoShort   string
	DemoLong    string
	DemoExample string

	InitShort   string
	InitLong    string
	InitExample string

	RunShort   string
	RunLong    string
	RunExample string
	// The rehearsal: run's flags, the usage error of --fresh alone, and
	// the notice when a fresh rehearsal set the earlier one aside.
	RehearsalFlag  string
	FreshFlag      string
	FreshAlone     string
	RehearsalAgain string // %s: where the earlier rehearsal is kept

	CheckShort   string
	CheckLong    string
	CheckExample string

	HelpShort string // the help command
	HelpLong  string
	HelpFlag  string // -h, --help
	LangFlag  string // --lang

	// Headings of the usage text cobra prints under --help.
	UsageHeading       string
	ExamplesHeading    string
	CommandsHeading    string
	FlagsHeading       string
	GlobalFlagsHeading string
	MoreHelp           string // %s: the command path, e.g. "eventday"

	DirArg     string // the placeholder for the event folder in usage lines
	CommandArg string // the placeholder for a command in usage lines

	BadLang        string // %q: the value given; %s: the languages known
	UnknownCommand string // %q: the word given
	DidYouMean     string // %q: the word given; %s: the commands it may mean
	NotAFolder     string // %s: the path given
	NeedOneDir     string // %s: the command; %s: an example line
	NoArgs         string // %s: the command
	UnknownTopic   string // %q: what was asked for
	UsageHint      string // %s: the error; %s: the command path

	// What the command line's parser refuses, before a command runs.
	UnknownFlag      string // %s: the flag as typed
	UnknownFlagNear  string // %s: the flag as typed; %s: the flag meant
	UnknownShorthand string // %s: the letter's flag (-x); %s: the group it was typed in (-xv)
	FlagNeedsValue   string // %s: the flag
	FlagBadValue     string // %q: the value; %s: the flag
	FlagSwitch       string // %q: the value; %s: the flag, twice (a switch takes no value)
	FlagNumber       string // %q: the value; %s: the flag, which takes a whole number
	FlagSyntax       string // %s: what was typed

	DemoFolder string // %s: the folder the demo keeps its files in
	InitExists string // %s: the file already there
	InitDone   string // %s: the folder written
	InitNext   string // %s %s: the folder, twice (check, then run)
	Warning    string // %s: a warning from opening the folder

	VersionFlag string // --version
	VersionDev  string // %s: the commit a build that is not a release was made of
}

var cliEN = CLI{
	RootShort: "Run the day of a community event: the show's running order and the sign-in desk",
	RootLong: `eventday runs the day of a community event from one laptop backstage.
The stage manager cues the acts (who is on, who is next, who to call now),
the sign-in desk counts people, and every cue and sign-in is written to disk
before the screen shows it, so nothing is lost if the laptop crashes.

An event is a folder with event.yaml (the programme) and roster.csv (the
people expected). Try the built-in May Day show with "eventday demo", or
start your own with "eventday init FOLDER".`,
	RootExample: `  eventday demo
  eventday init mayday
  eventday check mayday
  eventday run mayday --lang zh`,

	DemoShort: "Run the built-in May Day show (no files needed)",
	DemoLong: `demo copies the built-in event (a neighbourhood May Day show: nine acts,
about sixty people on the roster) into a new temporary folder, tells you
where, and opens it as "run" would. Cues and sign-ins you make are kept in
that folder; run "eventday run FOLDER" on it to come back to them.`,
	DemoExample: `  eventday demo
  eventday demo --lang zh`,

	InitShort: "Write a sample event folder to edit",
	InitLong: `init writes event.yaml and roster.csv into FOLDER (created if needed): the
built-in May Day show, to edit into your own event. It never overwrites:
if FOLDER already holds an event.yaml or a roster.csv, init stops.`,
	InitExample: `  eventday init mayday
  eventday init ~/events/2026-05-01`,

	RunShort: "Open an event folder: stage and sign-in desk",
	RunLong: `run opens the event in FOLDER full-screen. It reads event.yaml and
roster.csv, replays show.jsonl and attendance.jsonl (so after a crash the
show and the count are where they were), and locks the folder: a second
copy on the same folder is refused.

--rehearsal runs a rehearsal instead: the whole show and the desk, on
journals of its own in FOLDER/rehearsal/, so that show.jsonl and
attendance.jsonl stay untouched and export, report and check never count
it. Every screen says REHEARSAL. A rehearsal opened again goes on where it
was; --fresh starts it again from the top, keeping the earlier one aside
in FOLDER/rehearsal/earlier-DATE-TIME/. On a day other than the event's,
before the show has started, R on the Stage opens a rehearsal too.`,
	RunExample: `  eventday run mayday
  eventday run mayday --lang zh
  eventday run mayday --rehearsal
  eventday run mayday --rehearsal --fresh`,
	RehearsalFlag:  "run a rehearsal, on journals of its own in FOLDER/rehearsal/",
	FreshFlag:      "with --rehearsal: start the rehearsal again from the top (the earlier one is kept aside)",
	FreshAlone:     "--fresh starts a rehearsal again: use it with --rehearsal (the show's own record is never started again)",
	RehearsalAgain: "The rehearsal starts again from the top; the earlier one is kept in %s.",

	CheckShort: "Check an event folder without opening it",
	CheckLong: `check reads the files of FOLDER and prints every problem at once, one a
line, with the file, the line and the field. It changes nothing and takes no
lock, so it is safe while the event is open. When all is well it prints a
one-line summary.`,
	CheckExample: `  eventday check mayday`,

	HelpShort: "Help about any command",
	HelpLong:  `help shows the help of a command, as "eventday COMMAND --help" does.`,
	HelpFlag:  "show this help",
	LangFlag:  "language of the interface, `en|zh` (default: from LANG)",

	UsageHeading:       "Usage:",
	ExamplesHeading:    "Examples:",
	CommandsHeading:    "Commands:",
	FlagsHeading:       "Flags:",
	GlobalFlagsHeading: "Global flags:",
	MoreHelp:           `Use "%s COMMAND --help" for more about a command.`,

	DirArg:     "FOLDER",
	CommandArg: "COMMAND",

	BadLang:        "unknown language %q for --lang (use one of: %s)",
	UnknownCommand: "unknown command %q",
	DidYouMean:     "unknown command %q; did you mean %s?",
	NotAFolder:     "%s is not a folder",
	NeedOneDir:     "%s needs one event folder, for example: %s",
	NoArgs:         "%s takes no arguments",
	UnknownTopic:   "no help for %q: there is no such command",
	UsageHint:      `%s (see "%s --help")`,

	UnknownFlag:      "unknown flag: %s",
	UnknownFlagNear:  "unknown flag: %s (did you mean %s?)",
	UnknownShorthand: "unknown flag: %s (in %s)",
	FlagNeedsValue:   "%s needs an argument after it",
	FlagBadValue:     "%q is not a value %s takes",
	FlagSwitch:       "%q is not a value for %s: write %s alone, with no value",
	FlagNumber:       "%q is not a number: %s takes a whole number, e.g. 3",
	FlagSyntax:       "%s is not a flag: a flag is written --name",

	DemoFolder: "Demo event files are in %s",
	InitExists: "%s already exists; init never overwrites an event (choose another folder)",
	InitDone:   "Wrote event.yaml and roster.csv in %s.",
	InitNext:   "Edit them, then check with \"eventday check %s\" and open with \"eventday run %s\".",
	Warning:    "warning: %s",

	VersionFlag: "print the version and exit",
	VersionDev:  "dev (not a release; commit %s)",
}

var cliZH = CLI{
	RootShort: "社区活动当天用：节目单走台和签到台",
	RootLong: `eventday 在后台的一台笔记本上管好社区活动的当天。
舞台监督用它叫节目（谁在台上、下一个是谁、现在该叫谁候场），
签到台用它数人；每一次叫节目、每一次签到都先写进磁盘再显示，
电脑死机也不会丢。

一个活动就是一个文件夹，里面有 event.yaml（节目单）和 roster.csv
（预计到场的人）。用 "eventday demo" 试一试自带的五一汇演，
或用 "eventday init 文件夹" 开始准备自己的活动。`,
	RootExample: `  eventday demo
  eventday init mayday
  eventday check mayday
  eventday run mayday --lang zh`,

	DemoShort: "运行自带的五一汇演（不需要任何文件）",
	DemoLong: `demo 把自带的活动（一个社区的五一文艺汇演：九个节目，名单上六十来人）
复制到一个新的临时文件夹，告诉你在哪里，然后像 run 一样打开它。
你做的叫节目和签到都保存在那个文件夹里；之后用 "eventday run 文件夹" 可以接着用。`,
	DemoExample: `  eventday demo
  eventday demo --lang zh`,

	InitShort: "写一个示例活动文件夹，供修改",
	InitLong: `init 把 event.yaml 和 roster.csv 写进指定的文件夹（不存在就新建）：
内容是自带的五一汇演，改成你自己的活动即可。init 从不覆盖：
文件夹里已经有 event.yaml 或 roster.csv 时，init 什么也不写。`,
	InitExample: `  eventday init mayday
  eventday init ~/events/2026-05-01`,

	RunShort: "打开活动文件夹：舞台和签到台",
	RunLong: `run 全屏打开文件夹里的活动。它读取 event.yaml 和 roster.csv，
重放 show.jsonl 和 attendance.jsonl（所以死机重启后节目和人数都和原来一样），
并锁住文件夹：同一个文件夹不能同时打开第二份。

加 --rehearsal 就是排练：整场演出和签到台都能用，但记录写在
文件夹/rehearsal/ 里另外的日志中，show.jsonl 和 attendance.jsonl 一点不动，
export、report、check 也从不把排练算进去。排练时每个画面都标着“排练”。
再次打开排练会接着上次排；加 --fresh 则从头再排，上一次排练的记录另存在
文件夹/rehearsal/earlier-日期-时间/ 里。不在活动当天、演出还没开始时，
在舞台画面按 R 也能开始排练。`,
	RunExample: `  eventday run mayday
  eventday run mayday --lang zh
  eventday run mayday --rehearsal
  eventday run mayday --rehearsal --fresh`,
	RehearsalFlag:  "排练：记录写在 文件夹/rehearsal/ 里另外的日志中",
	FreshFlag:      "和 --rehearsal 一起用：从头再排（上一次排练的记录另存起来）",
	FreshAlone:     "--fresh 是让排练从头再来，要和 --rehearsal 一起用（正式演出的记录不能从头再来）",
	RehearsalAgain: "排练从头开始；上一次排练的记录另存在 %s。",

	CheckShort: "检查活动文件夹，不打开它",
	CheckLong: `check 读取文件夹里的文件，一次列出所有问题，每行一个，
写明文件、行号和字段。它不改任何东西，也不加锁，活动进行中也可以放心用。
没有问题时，它打印一行概况。`,
	CheckExample: `  eventday check mayday`,

	HelpShort: "查看任一命令的帮助",
	HelpLong:  `help 显示某个命令的帮助，和 "eventday 命令 --help" 一样。`,
	HelpFlag:  "显示帮助",
	LangFlag:  "界面语言，`en|zh`（默认按 LANG 环境变量）",

	UsageHeading:       "用法：",
	ExamplesHeading:    "示例：",
	CommandsHeading:    "命令：",
	FlagsHeading:       "选项：",
	GlobalFlagsHeading: "全局选项：",
	MoreHelp:           `用 "%s 命令 --help" 查看某个命令的详细说明。`,

	DirArg:     "文件夹",
	CommandArg: "命令",

	BadLang:        "--lang 不认识的语言 %q（可用：%s）",
	UnknownCommand: "没有命令 %q",
	DidYouMean:     "没有命令 %q；你是不是想用 %s？",
	NotAFolder:     "%s 不是文件夹",
	NeedOneDir:     "%s 需要一个活动文件夹，例如：%s",
	NoArgs:         "%s 不接受参数",
	UnknownTopic:   "没有 %q 的帮助：没有这个命令",
	UsageHint:      `%s（见 "%s --help"）`,

	UnknownFlag:      "没有 %s 这个选项",
	UnknownFlagNear:  "没有 %s 这个选项（是不是想写 %s？）",
	UnknownShorthand: "没有 %s 这个选项（在 %s 里）",
	FlagNeedsValue:   "%s 后面要跟一个值",
	FlagBadValue:     "%q 不能用作 %s 的值",
	FlagSwitch:       "%q 不能用作 %s 的值：%s 单独写就行，不跟值",
	FlagNumber:       "%q 不是数字：%s 后面要写一个整数，例如 3",
	FlagSyntax:       "%s 不是选项的写法：选项要写成 --名称",

	DemoFolder: "演示活动的文件在 %s",
	InitExists: "%s 已经存在；init 从不覆盖已有的活动（请换一个文件夹）",
	InitDone:   "已在 %s 写入 event.yaml 和 roster.csv。",
	InitNext:   "修改后用 \"eventday check %s\" 检查，用 \"eventday run %s\" 打开。",
	Warning:    "注意：%s",

	VersionFlag: "显示版本号后退出",
	VersionDev:  "dev（不是正式发布版；提交 %s）",
}
