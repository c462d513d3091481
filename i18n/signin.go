package i18n

// Signin holds what "eventday signin" says: its help, the line it prints
// for each entry written, and its refusals. Names reach these texts already
// made safe for a terminal.
type Signin struct {
	Short   string
	Long    string
	Example string

	// Flags.
	FlagName      string
	FlagAnonymous string
	FlagFrom      string
	FlagAt        string
	FlagAgain     string
	FlagWalkIn    string
	FlagCategory  string
	FlagGroup     string
	FlagParty     string
	FlagPhone     string
	FlagDesk      string

	// One line per entry written, printed once it is on disk.
	Signed     string // %s: name; %s: arrival time; %d: sequence number
	SignedWalk string // %s: name; %d: party; %s: arrival time; %d: sequence number
	Companions string // %d: people; %s: name; %s: arrival time; %d: sequence number
	Counted    string // %d: people; %s: arrival time; %d: sequence number
	Skipped    string // %s: the row ("paper.csv:4"); %s: name; %s: since; %s: desk
	Total      string // %d: entries written; %d: people in them; %d: people in now
	TotalSkip  string // %d: rows skipped because the person was in already
	NotArrived string // %d: rows with a name but no time, party or signature
	// A sheet typed in again: %d rows; %s: the sheet.
	SheetAllIn  string
	SheetSomeIn string // %d: rows in already; %d: rows; %s: the sheet; %d: rows to sign in

	// Refusals and failures.
	NeedWhat        string // none of --name, --anonymous, --from
	OneWhat         string // more than one of them
	OnlyWithName    string // %s: the flag given without --name
	OnlyWithWalkIn  string // %s: the flag given without --walk-in
	BadAnonymous    string // %d: the number given; %d: the most one entry takes
	BadParty        string // %d: the number given; %d: the most one entry takes
	NoDesk          string // --desk ""
	BadAt           string // %q: the value given; %s: the event's date
	AtNeedsDate     string // %q: the value given; %d: hours; %s: the event's time; %s: the value with a date
	Future          string // %s: the time given; %s: now
	NameTooLong     string // %d: the name's length in characters; %d: the most taken
	EmptyName       string
	NotOnRoster     string // %s: the name
	NotOnRosterNear string // %s: the name; %s: names near it
	Several         string // %d: how many; %s: the name; %s: their groups
	NoneInGroup     string // %s: the name; %s: the group given; %s: the groups there are
	NoGroup         string // how a person without a group is listed among groups
	ListSep         string // between items of a list in a message
	AlreadyIn       string // %s: name; %s: since; %s: desk; %d: sequence number
	Locked          string // %s: the folder; %s: who holds it
	CannotOpen      string // %s: the folder; %s: the cause
	NotSaved        string // %s: the cause
	Stopped         string // %d: entries written before the failure; %d: the first line not written
	Invalid         string // %s: the file; %d: how many problems

	// Handing the entries to the app that holds the folder.
	BadRequest     string // %s: what is wrong with the request, one of:
	RequestJSON    string // %d: the byte from which it is not JSON
	RequestField   string // %s: the field; %s: the type it should be
	RequestCut     string // it ends before its end of line
	RequestVersion string // %d: the request's version; %d: the one the app speaks
	RequestLang    string // %q: the language asked for
	LostOwner      string // %s: the folder
	HandoverOff    string // %s: the cause; shown in the app

	// Problems in a row of a paper sheet; the row and column are named
	// before them.
	RowBadTime     string // %q: the cell
	RowNeedsDate   string // %q: the cell; %d: hours; %s: the event's time; %s: the cell with a date
	RowBadParty    string // %q: the cell; %d: the most one entry takes
	RowNothing     string // a row with neither a name nor a party
	RowNotOnRoster string // %s: the name
	RowSeveral     string // %d: how many; %s: the name; %s: their groups
	RowFuture      string // %s: the time; %s: now
}

var signinEN = Signin{
	Short: "Sign people in without the full-screen app (a paper sheet typed in afterwards)",
	Long: `signin writes sign-ins into the event in FOLDER through the same log and
lock as the desk in "eventday run": a person on the roster by exact name
(--name), anonymous heads (--anonymous N), someone new (--name with
--walk-in), or a whole paper sign-in sheet (--from sheet.csv).

--at keeps the time people really arrived beside the time they were typed
in: HH:MM near the event (after midnight at an evening event, that is the
night after its date), or a date and time such as "2026-05-02 00:10".

A sheet has a header row and the columns name (or 姓名), and optionally
time (时间), party (人数), group (楼栋), category (类别), phone (电话),
note (备注). A row with no name and a party counts anonymous heads. Every
row is checked before anything is written; a bad row is named by its line
and nothing is written. Someone already signed in is refused (for a sheet:
reported and skipped) unless --again. A sheet typed in again writes only
the rows not in yet, so after a failure run the same command again.

While "eventday run" has the folder open on this computer, signin hands
its entries to it: they are written by the app and show on its screens at
once.

Each entry prints one line once it is on disk. Exit code 0: everything
written and flushed; 1: could not write (the folder is open in another
signin, read-only, or the disk is full); 2: bad input, nothing written.`,
	Example: `  eventday signin mayday --name 何阿姨
  eventday signin mayday --name 王芳 --group 3号楼 --at 14:32
  eventday signin mayday --anonymous 4
  eventday signin mayday --name "Mrs Lee" --walk-in --category resident --party 2
  eventday signin mayday --from sheet.csv --desk gate`,

	FlagName:      "sign in the person with this exact `NAME` (on the roster, or a walk-in from earlier)",
	FlagAnonymous: "count `N` people without names in one entry",
	FlagFrom:      "sign in every row of a paper sign-in sheet (`CSV` file)",
	FlagAt:        "when they really arrived: `HH:MM` near the event, or a date and time (default: now)",
	FlagAgain:     "sign in people who are in already (they left and came back)",
	FlagWalkIn:    "register a name that is not on the roster as a walk-in",
	FlagCategory:  "the walk-in's `CATEGORY` (resident, volunteer, ...)",
	FlagGroup:     "the person's `GROUP` (building, team): tells apart people with the same name",
	FlagParty:     "people in the party, the person included (`N`)",
	FlagPhone:     "the walk-in's `PHONE` number",
	FlagDesk:      "the `DESK` these sign-ins are recorded under (default: paper)",

	Signed:     "signed in %s at %s (#%d)",
	SignedWalk: "registered and signed in %s, party of %d, at %s (#%d)",
	Companions: "counted %d more with %s at %s (#%d)",
	Counted:    "counted %d without names at %s (#%d)",
	Skipped:    "%s: skipped %s: signed in already since %s at desk %s",
	Total:      "total: %d written, adding %d to the count; %d in now",
	TotalSkip:  "skipped: %d (signed in already; --again signs them in anyway)",
	NotArrived: "not arrived: %d (a name with no time, party or signature; write one of them to sign the person in)",

	SheetAllIn:  "all %d rows of %s are in already; nothing written",
	SheetSomeIn: "%d of the %d rows of %s are in already (typed in before); signing in the other %d",

	NeedWhat:        "say who to sign in: --name NAME, --anonymous N or --from SHEET.csv",
	OneWhat:         "use only one of --name, --anonymous and --from",
	OnlyWithName:    "%s goes with --name",
	OnlyWithWalkIn:  "%s is for a walk-in: add --walk-in",
	BadAnonymous:    "--anonymous %d: one entry counts 1 to %d people",
	BadParty:        "--party %d: one entry counts 1 to %d people",
	NoDesk:          "--desk needs a name",
	BadAt:           "--at %q: write HH:MM (near the event, on %s) or a date and time such as \"2026-05-01 14:32\"",
	AtNeedsDate:     "--at %q: which day is that? It is not within %d hours of the event (%s) nor of now; write the date too, e.g. --at \"%s\"",
	Future:          "%s is in the future (it is %s now); a sign-in is recorded after it happens",
	NameTooLong:     "the name is %d characters long; a name has at most %d",
	EmptyName:       "--name needs a name",
	NotOnRoster:     "%s is not on the roster; to register someone new add --walk-in (and --category, --group, --party, --phone if you know them)",
	NotOnRosterNear: "%s is not on the roster (did you mean %s?); to register someone new add --walk-in",
	Several:         "%d people are called %s (groups: %s); add --group to say which",
	NoneInGroup:     "nobody called %s is in group %q (groups: %s)",
	NoGroup:         "no group",
	ListSep:         ", ",
	AlreadyIn:       "%s is signed in already, since %s at desk %s (#%d); add --again if they came back in",
	Locked:          "%s is open in the app (%s): sign in at its desk, or quit it and run signin again; nothing was written",
	CannotOpen:      "cannot write in %s: %s; nothing was written",
	NotSaved:        "could not write the sign-in (%s); it is not recorded: fix that and run signin again",
	Stopped:         "%d entries were written before the failure; from line %d on nothing was written",
	Invalid:         "%s: %d problem(s); nothing was written",
	BadRequest:      "the app holding the folder could not read this request (%s); nothing was written",
	RequestJSON:     "not JSON at byte %d",
	RequestField:    "field %s is not a %s",
	RequestCut:      "it ended before its end of line",
	RequestVersion:  "version %d, this eventday speaks %d",
	RequestLang:     "language %q",
	LostOwner:       "the app holding %s stopped answering: each line printed above is on disk, the rest may not be; run signin again (a sheet typed in again writes only what is missing)",
	HandoverOff:     "signin on the command line cannot hand its entries to this app (%s): it is refused while the app is open",

	RowBadTime:     "%q is not a time; write HH:MM or a full time such as 2026-05-01T14:32:00+08:00",
	RowNeedsDate:   "%q: which day is that? It is not within %d hours of the event (%s) nor of now; write the date too, e.g. %s",
	RowBadParty:    "%q is not a number of people from 1 to %d",
	RowNothing:     "no name and no party: nothing to sign in",
	RowNotOnRoster: "%s is not on the roster; run with --walk-in to register the names not on it",
	RowSeveral:     "%d people are called %s (groups: %s); add a group column to say which",
	RowFuture:      "%s is in the future (it is %s now)",
}

var signinZH = Signin{
	Short: "不开全屏界面直接签到（例如事后录入纸质签到表）",
	Long: `signin 把签到写进文件夹里的活动，和 "eventday run" 的签到台用同一个记录和同一把锁：
按准确的姓名签到名单上的人（--name），匿名计人数（--anonymous N），
登记名单外的新来者（--name 加 --walk-in），或者整张纸质签到表（--from 签到表.csv）。

--at 记下实际到场的时间（录入时间另外保存）：写活动前后的 HH:MM
（晚间活动过了午夜的时间，算作活动日期的第二天凌晨），或日期加时间，如 "2026-05-02 00:10"。

签到表第一行是列名：姓名（或 name），可选 时间（time）、人数（party）、
楼栋（group）、类别（category）、电话（phone）、备注（note）。
没有姓名、只有人数的一行算匿名人数。写入前先检查每一行；有问题的行会写明行号，
这时什么也不写。已经签到的人会被拒绝（签到表里的会列出并跳过），除非加 --again。
同一张签到表再录一次，只写还没录入的行；所以出错之后，原样再运行一次即可。

如果这台电脑上的 "eventday run" 正打开着这个文件夹，signin 会把签到交给它来写，
界面上马上就能看到。

每写入一条，打印一行（此时已写到磁盘）。退出码 0：全部写入并已落盘；
1：写不进去（文件夹正被另一个 signin 占用、只读或磁盘已满）；2：输入有误，什么也没写。`,
	Example: `  eventday signin mayday --name 何阿姨
  eventday signin mayday --name 王芳 --group 3号楼 --at 14:32
  eventday signin mayday --anonymous 4
  eventday signin mayday --name 李太太 --walk-in --category 居民 --party 2
  eventday signin mayday --from 签到表.csv --desk 东门`,

	FlagName:      "签到这个`姓名`的人（完全一致；名单上的人，或之前登记过的来宾）",
	FlagAnonymous: "一条记录匿名计 `N` 人",
	FlagFrom:      "把纸质签到表（`CSV` 文件）的每一行都签到",
	FlagAt:        "实际到场时间：活动前后的 `HH:MM`，或日期加时间（默认：现在）",
	FlagAgain:     "已经签到的人也再签一次（离开后又回来）",
	FlagWalkIn:    "名单上没有的人，登记为现场来宾",
	FlagCategory:  "来宾的`类别`（居民、志愿者……）",
	FlagGroup:     "这个人的`楼栋`或队伍：用来区分同名的人",
	FlagParty:     "同行人数，含本人（`N`）",
	FlagPhone:     "来宾的`电话`",
	FlagDesk:      "这些签到记在哪个`签到台`名下（默认：paper）",

	Signed:     "已签到 %s，%s 到场（#%d）",
	SignedWalk: "已登记并签到 %s，一行 %d 人，%s 到场（#%d）",
	Companions: "另计 %d 人，与 %s 同行，%s 到场（#%d）",
	Counted:    "匿名计 %d 人，%s 到场（#%d）",
	Skipped:    "%s：跳过 %s：已于 %s 在签到台 %s 签到",
	Total:      "合计：写入 %d 条，人数增加 %d；现在共到场 %d 人",
	TotalSkip:  "跳过：%d 行（已经签到；加 --again 也会再签）",
	NotArrived: "未到场：%d 行（有姓名但没有到场时间、人数或签名；填上其中一项才会签到）",

	SheetAllIn:  "%d 行全部已经录入过了（%s）；这次什么也没写",
	SheetSomeIn: "已经录入过 %d 行（共 %d 行，%s）；现在录入其余 %d 行",

	NeedWhat:        "请说明给谁签到：--name 姓名、--anonymous N 或 --from 签到表.csv",
	OneWhat:         "--name、--anonymous 和 --from 只能用一个",
	OnlyWithName:    "%s 要和 --name 一起用",
	OnlyWithWalkIn:  "%s 是登记来宾用的：请加 --walk-in",
	BadAnonymous:    "--anonymous %d：一条记录只能计 1 到 %d 人",
	BadParty:        "--party %d：一条记录只能计 1 到 %d 人",
	NoDesk:          "--desk 需要一个名字",
	BadAt:           "--at %q：请写 HH:MM（活动前后，%s）或日期加时间，如 \"2026-05-01 14:32\"",
	AtNeedsDate:     "--at %q：是哪一天？它离活动时间超过 %d 小时（%s），离现在也是；请把日期也写上，如 --at \"%s\"",
	Future:          "%s 还没到（现在是 %s）；签到只能在到场之后记录",
	NameTooLong:     "姓名有 %d 个字符；姓名最多 %d 个字符",
	EmptyName:       "--name 需要一个姓名",
	NotOnRoster:     "%s 不在名单上；要登记新来的人请加 --walk-in（知道的话再加 --category、--group、--party、--phone）",
	NotOnRosterNear: "%s 不在名单上（是不是 %s？）；要登记新来的人请加 --walk-in",
	Several:         "有 %d 个人叫 %s（楼栋：%s）；请加 --group 说明是哪一位",
	NoneInGroup:     "没有叫 %s 的人在 %q（有：%s）",
	NoGroup:         "无楼栋",
	ListSep:         "、",
	AlreadyIn:       "%s 已经签到，时间 %s，签到台 %s（#%d）；如果是离开后又回来，请加 --again",
	Locked:          "%s 正在 eventday 界面里打开（%s）：请在它的签到台签到，或者退出它再运行 signin；什么也没写",
	CannotOpen:      "无法在 %s 写入：%s；什么也没写",
	NotSaved:        "签到没能写入（%s），没有记录下来：解决后再运行 signin",
	Stopped:         "出错前已写入 %d 条；从第 %d 行起都没有写入",
	Invalid:         "%s：%d 处问题；什么也没写",
	BadRequest:      "占用这个文件夹的 eventday 界面看不懂这次的请求（%s）；什么也没写",
	RequestJSON:     "从第 %d 个字节起不是 JSON",
	RequestField:    "字段 %s 应该是 %s",
	RequestCut:      "请求没发完就断了",
	RequestVersion:  "请求是第 %d 版，这个 eventday 只懂第 %d 版",
	RequestLang:     "不认识的语言 %q",
	LostOwner:       "占用 %s 的 eventday 界面中途没有回应了：上面打印出来的每一行都已存盘，其余的可能没有写入；请再运行一次 signin（同一张签到表再录一次，只写还没录入的行）",
	HandoverOff:     "命令行的 signin 无法把签到交给这个界面（%s）：界面开着的时候，signin 会被拒绝",

	RowBadTime:     "%q 不是时间；请写 HH:MM 或完整时间，如 2026-05-01T14:32:00+08:00",
	RowNeedsDate:   "%q：是哪一天？它离活动时间超过 %d 小时（%s），离现在也是；请把日期也写上，如 %s",
	RowBadParty:    "%q 不是 1 到 %d 之间的人数",
	RowNothing:     "没有姓名也没有人数：没有可签到的",
	RowNotOnRoster: "%s 不在名单上；加 --walk-in 运行可把名单外的人登记为来宾",
	RowSeveral:     "有 %d 个人叫 %s（楼栋：%s）；请加一列楼栋说明是哪一位",
	RowFuture:      "%s 还没到（现在是 %s）",
}
