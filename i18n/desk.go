package i18n

// Desk holds the texts of the sign-in desk's view.
type Desk struct {
	Title string

	// The header.
	HeaderDesk   string // %s: this station's desk name
	HeaderNoDesk string // the station has no desk name: sign-ins are refused

	// The search box and the line under it.
	Prompt    string
	Hint      string // under the empty box
	NoMatch   string // %s: the query
	Matches   string // %d: results shown; more may exist
	CountOne  string // the box holds a lone +, waiting for enter or a number
	CountN    string // %d: the party the box holds (+N)
	BadCount  string // %s: what was typed after +; %d %d: the smallest and largest count
	AlreadyIn string // %s: name; %s: when (HH:MM); %s: desk; and the question
	// AlreadyInWith is AlreadyIn for someone who came back with others:
	// %d: how many with them, counted in an entry of their own if yes.
	AlreadyInWith string

	// A party after a name (王建平+3): the person and those with them.
	PartyHint     string // %s: who, with +N; %d: people in the entry
	PartyNoNumber string // %d: the most who may come with someone
	BadCompanions string // %s: what was typed after +; %d %d: the fewest and most

	// A team: a group on the roster, or the performers of an act.
	TeamOf     string // %d: members; in the results' category column
	TeamHere   string // %d: members in already
	TeamAllIn  string // all of the team is in
	AskTeam    string // %s: the team; %d: not in yet; %d: in already
	TeamDone   string // %s: the team; %d: signed in now; %d: members
	TeamPartly string // %s: the team; %d: signed in before a write failed
	TeamNone   string // %s: the team; %d: members — all in already
	TeamKept   string // %s: the team — the question answered no

	// The list of this desk's sign-ins, to undo an earlier one.
	PickTitle string
	PickHint  string
	AskUndo   string // %s: who; %s: when (HH:MM)
	UndoKept  string // %s: who
	UndoGone  string // %s: who — undone already, by another station
	UndoThere string // %s: who; %s: the desk that signed them in

	// QuitRush asks before quitting while people are being signed in here.
	QuitRush string // %s: the last sign-in (HH:MM)

	// NameGroup names someone whose name another person shares.
	NameGroup string // %s: name; %s: group

	// The results.
	InMark string // %s: when (HH:MM); %s: desk

	// The counts.
	PeopleHere string
	Breakdown  string // %d named, %d anonymous, %d walk-ins
	Capacity   string // %d people; %d capacity; %d percent
	OverBy     string // %d: people over capacity
	NoCategory string // the category of anonymous heads
	Recent     string
	NobodyYet  string
	Arrivals   string // %d: the most people in one quarter hour shown
	ArrivalsNo string // the chart's title before anyone came
	Times      string // %d: how many entries someone has, after their sign-in time
	Companions string // %d: how many came with someone, after their name
	PartyOf    string // %s: who; %d: how many came with them; %d: people in the entry

	// What an action did, in the message line.
	Signed      string // %s: who
	SignedAgain string // %s: who
	AgainWith   string // %s: who; %d: how many with them, counted
	Counted     string // %d: heads
	CountedRun  string // %d: heads; %d: heads counted in this run; %s: since (HH:MM:SS)
	Registered  string // %s: who
	Undid       string // %s: what was undone (a name, or Anonymous); %s: when it was signed in (HH:MM)
	Anonymous   string // %d: heads counted without names
	NotSaved    string // %s: the error; stays on screen until a write succeeds
	NothingUndo string
	NoDesk      string
	AgainWalkIn string // %s: name; %s: when; %s: desk — a walk-in who is in already
	Refused     string // %s: the reason, in English from the program
	Cancelled   string
	NoOneFound  string // %s: the query — enter on a box that found nobody
	UndoPending string // ctrl+z while a lone + waits: the + is taken back
	OtherDesk   string // %s: name — signed in at another desk between search and enter

	// The join: under the empty box after a performer signs in, their act
	// (%s: its title) and where they should go now.
	ActOnIn    string // %d: minutes until the act's expected start
	ActOnSoon  string // expected on within the minute
	ActCalled  string // %d: minutes; the stage manager is calling the act already
	ActLive    string // the act is on stage now
	ActOver    string // the act is done
	ActSkipped string
	ActNoShow  string

	// The walk-in form.
	FormTitle     string
	FieldName     string
	FieldCategory string
	FieldGroup    string
	FieldParty    string // how many people the entry counts, the walk-in among them
	FieldPhone    string
	NeedName      string
	BadParty      string // %d %d: the smallest and largest party
	BadPhone      string
	Resident      string // the categories a walk-in can always have
	Other         string

	// The keys, for the help bar.
	KeyChoose   string
	KeySignIn   string
	KeyCount    string // enter when the box holds +N
	KeyHead     string
	KeyHeadNext string // + on a lone +: count that one and start another
	KeyWalkIn   string
	KeyUndo     string
	KeyClear    string
	KeyAgain    string
	KeyCancel   string
	KeyParty    string // +N after a name
	KeyTeam     string // yes to signing in a team
	KeyKeepTeam string
	KeyPick     string // into the list of this desk's sign-ins
	KeyPickUndo string // enter on an entry of the list
	KeyPage     string // pgdown/pgup in the list
	KeyBack     string // out of the list
	KeyUndoIt   string // yes to undoing the entry
	KeyKeep     string // no: keep it
}

var deskEN = Desk{
	Title: "Sign-in",

	HeaderDesk:   "desk %s",
	HeaderNoDesk: "no desk name",

	Prompt:        "Find: ",
	Hint:          "type a name or pinyin (hay finds 何阿姨) · + enter: one person · +4 enter: four",
	NoMatch:       "nobody on the roster matches %s · ctrl+n registers a walk-in",
	Matches:       "%d shown · type more to narrow",
	CountOne:      "enter: one person · or type how many, then enter",
	CountN:        "enter counts %d people",
	BadCount:      "+%s: type a number from %d to %d after +; nothing counted",
	AlreadyIn:     "%s is in already: since %s at desk %s. Count again?",
	AlreadyInWith: "%s is in already: since %s at desk %s. Count again, and the %d with them?",

	PartyHint:     "enter signs in %s: %d people in one entry",
	PartyNoNumber: "type how many came with them (1 to %d), then enter",
	BadCompanions: "+%s: type how many came with them, %d to %d; nobody signed in",

	TeamOf:     "team of %d",
	TeamHere:   "%d here",
	TeamAllIn:  "✓ all here",
	AskTeam:    "%s: sign in the %d not here yet? (%d here already)",
	TeamDone:   "%s: signed in %d; all %d are here now",
	TeamPartly: "%s: signed in %d before the disk refused the next",
	TeamNone:   "%s: all %d are here already; nobody signed in",
	TeamKept:   "%s: nobody signed in",

	PickTitle: "Undo which sign-in? (this desk's)",
	PickHint:  "choose in the list below the sign-in to undo",
	AskUndo:   "undo %s, signed in at %s?",
	UndoKept:  "kept: %s",
	UndoGone:  "%s was undone already",
	UndoThere: "%s was signed in at desk %s: only that desk can undo it",

	QuitRush: "People are arriving (last sign-in here %s). Quit anyway?",

	NameGroup: "%s (%s)",

	InMark: "✓ %s %s",

	PeopleHere: "People here",
	Breakdown:  "named %d · anonymous %d · walk-ins %d",
	Capacity:   "%d of %d (%d%%)",
	OverBy:     "%d over capacity",
	NoCategory: "no category",
	Recent:     "Last sign-ins",
	NobodyYet:  "nobody yet",
	Arrivals:   "Arrivals per 15 min · peak %d",
	ArrivalsNo: "Arrivals per 15 min",
	Times:      "×%d",
	Companions: "+%d",
	PartyOf:    "%s +%d (%d people)",

	Signed:      "signed in: %s",
	SignedAgain: "in again: %s",
	AgainWith:   "in again: %s, and %d with them counted",
	Counted:     "counted: %d",
	CountedRun:  "counted: %d · %d in this run, since %s",
	Registered:  "walk-in signed in: %s",
	Undid:       "undid: %s, signed in at %s",
	Anonymous:   "%d anonymous",
	NotSaved:    "NOT SAVED — nothing was counted. The disk refused the write: %s",
	NothingUndo: "nothing to undo at this desk",
	NoDesk:      "this station has no desk name, so it cannot sign anyone in",
	AgainWalkIn: "%s is in already: since %s at desk %s. Find them by name to count again.",
	Refused:     "not done: %s",
	Cancelled:   "not counted again",
	NoOneFound:  "nobody on the roster matches %s; nobody signed in (ctrl+n registers a walk-in)",
	UndoPending: "+ taken back; nothing counted",
	OtherDesk:   "%s was signed in elsewhere a moment ago",

	ActOnIn:    "%s — on in about %d min: please go to the waiting area",
	ActOnSoon:  "%s — on any moment: please go to the wings now",
	ActCalled:  "%s — being called (on in about %d min): please go to the wings now",
	ActLive:    "%s — on stage now — go to the stage!",
	ActOver:    "%s — their act is over",
	ActSkipped: "%s — their act was skipped — tell the stage manager",
	ActNoShow:  "%s — their act was marked no-show — tell the stage manager",

	FormTitle:     "Walk-in (not on the roster)",
	FieldName:     "Name",
	FieldCategory: "Category",
	FieldGroup:    "Group or building",
	FieldParty:    "People in all (them too)",
	FieldPhone:    "Phone (optional)",
	NeedName:      "a name is needed",
	BadParty:      "a number from %d to %d",
	BadPhone:      "digits only, like 13812345678",
	Resident:      "resident",
	Other:         "other",

	KeyChoose:   "choose",
	KeySignIn:   "sign in",
	KeyCount:    "count",
	KeyHead:     "count people",
	KeyHeadNext: "count 1, next",
	KeyWalkIn:   "walk-in",
	KeyUndo:     "undo last",
	KeyClear:    "clear",
	KeyAgain:    "count again",
	KeyCancel:   "cancel",
	KeyParty:    "after a name: N more with them",
	KeyTeam:     "sign them in",
	KeyKeepTeam: "cancel",
	KeyPick:     "undo earlier",
	KeyPickUndo: "undo this one",
	KeyPage:     "a page",
	KeyBack:     "back",
	KeyUndoIt:   "undo it",
	KeyKeep:     "keep it",
}

var deskZH = Desk{
	Title: "签到",

	HeaderDesk:   "签到台 %s",
	HeaderNoDesk: "未设签到台名",

	Prompt:        "查找：",
	Hint:          "输入姓名或拼音（hay 可找到 何阿姨）· + 回车 计一人 · +4 回车 计四人",
	NoMatch:       "名单上没有 %s · ctrl+n 现场登记",
	Matches:       "显示 %d 位 · 多输入几个字可缩小范围",
	CountOne:      "回车：计一人 · 或输入人数后回车",
	CountN:        "回车计入 %d 人",
	BadCount:      "+%s：+ 后面请输入 %d 到 %d 的数字；未计入",
	AlreadyIn:     "%s 已经签到：%s 在签到台 %s。再次入场？",
	AlreadyInWith: "%s 已经签到：%s 在签到台 %s。再次入场，并另计同行的 %d 人？",

	PartyHint:     "回车签到 %s：一条记录共 %d 人",
	PartyNoNumber: "请输入另外还有几人同来（1 到 %d），再按回车",
	BadCompanions: "+%s：同行人数请输入 %d 到 %d；未签到",

	TeamOf:     "团体 %d 人",
	TeamHere:   "已到 %d 人",
	TeamAllIn:  "✓ 全部已到",
	AskTeam:    "%s：为还没到的 %d 人签到？（已到 %d 人）",
	TeamDone:   "%s：已签到 %d 人，全部 %d 人已到齐",
	TeamPartly: "%s：已签到 %d 人，之后写入磁盘失败",
	TeamNone:   "%s：%d 人都已签到，本次没有签到",
	TeamKept:   "%s：未签到",

	PickTitle: "撤销哪一条？（本签到台的签到）",
	PickHint:  "请在下面的列表中选择要撤销的签到",
	AskUndo:   "撤销这条签到：%s，%s？",
	UndoKept:  "已保留：%s",
	UndoGone:  "%s 的签到已经撤销过了",
	UndoThere: "%s 是在签到台 %s 签到的，只能在那里撤销",

	QuitRush: "本签到台正在签到（最近一次 %s）。仍要退出吗？",

	NameGroup: "%s（%s）",

	InMark: "✓ %s %s",

	PeopleHere: "到场人数",
	Breakdown:  "记名 %d · 不记名 %d · 现场登记 %d",
	Capacity:   "%d / %d（%d%%）",
	OverBy:     "超出容量 %d 人",
	NoCategory: "无类别",
	Recent:     "最近签到",
	NobodyYet:  "还没有人签到",
	Arrivals:   "每 15 分钟到场 · 最多 %d",
	ArrivalsNo: "每 15 分钟到场",
	Times:      "×%d",
	Companions: "+%d",
	PartyOf:    "%s +%d（%d 人）",

	Signed:      "已签到：%s",
	SignedAgain: "再次入场：%s",
	AgainWith:   "再次入场：%s，另计同行 %d 人",
	Counted:     "已计入：%d 人",
	CountedRun:  "已计入：%d 人 · 本轮共 %d 人（%s 起）",
	Registered:  "现场登记并签到：%s",
	Undid:       "已撤销：%s，%s 签到",
	Anonymous:   "不记名 %d 人",
	NotSaved:    "未保存 —— 本次没有计入。写入磁盘失败：%s",
	NothingUndo: "本签到台没有可撤销的签到",
	NoDesk:      "本机没有设签到台名，无法签到",
	AgainWalkIn: "%s 已经签到：%s 在签到台 %s。如需再次入场，请按姓名查找。",
	Refused:     "未完成：%s",
	Cancelled:   "未再次计入",
	NoOneFound:  "名单上没有 %s，未签到（ctrl+n 现场登记）",
	UndoPending: "已收回 +，未计入",
	OtherDesk:   "%s 刚刚在别处签到了",

	ActOnIn:    "%s — 约 %d 分钟后上场：请到候场区",
	ActOnSoon:  "%s — 马上上场：请直接去侧台",
	ActCalled:  "%s — 正在叫场（约 %d 分钟后上场）：请马上去侧台",
	ActLive:    "%s — 正在台上表演：快去舞台！",
	ActOver:    "%s — 节目已经演完了",
	ActSkipped: "%s — 节目已被跳过：请告诉舞台监督",
	ActNoShow:  "%s — 节目已被标为未到：请告诉舞台监督",

	FormTitle:     "现场登记（名单上没有的人）",
	FieldName:     "姓名",
	FieldCategory: "类别",
	FieldGroup:    "楼栋或团体",
	FieldParty:    "共几人（含本人）",
	FieldPhone:    "电话（可不填）",
	NeedName:      "请填写姓名",
	BadParty:      "请输入 %d 到 %d 的数字",
	BadPhone:      "只填数字，例如 13812345678",
	Resident:      "居民",
	Other:         "其他",

	KeyChoose:   "选择",
	KeySignIn:   "签到",
	KeyCount:    "计入",
	KeyHead:     "计人数",
	KeyHeadNext: "计一人，下一位",
	KeyWalkIn:   "现场登记",
	KeyUndo:     "撤销上一条",
	KeyClear:    "清空",
	KeyAgain:    "再次入场",
	KeyCancel:   "取消",
	KeyParty:    "姓名后：另有 N 人同行",
	KeyTeam:     "全部签到",
	KeyKeepTeam: "取消",
	KeyPick:     "选一条撤销",
	KeyPickUndo: "撤销这一条",
	KeyPage:     "翻页",
	KeyBack:     "返回",
	KeyUndoIt:   "撤销",
	KeyKeep:     "保留",
}
