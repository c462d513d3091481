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
	Party      string // %d: party size, after a name

	// What an action did, in the message line.
	Signed      string // %s: who
	SignedAgain string // %s: who
	Counted     string // %d: heads
	Registered  string // %s: who
	Undid       string // %s: what was undone (a name, or Anonymous)
	Anonymous   string // %d: heads counted without names
	NotSaved    string // %s: the error; stays on screen until a write succeeds
	NothingUndo string
	NoDesk      string
	AgainWalkIn string // %s: name; %s: when; %s: desk — a walk-in who is in already
	Refused     string // %s: the reason, in English from the program
	Cancelled   string
	UndoPending string // ctrl+z while a lone + waits: the + is taken back
	OtherDesk   string // %s: name — signed in at another desk between search and enter

	// The join (PRODUCT §2.4): under the empty box after a performer signs
	// in, their act (%s: its title) and where they should go now.
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
	FieldParty    string
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
}

var deskEN = Desk{
	Title: "Sign-in",

	HeaderDesk:   "desk %s",
	HeaderNoDesk: "no desk name",

	Prompt:    "Find: ",
	Hint:      "type a name or pinyin (hay finds 何阿姨) · + enter: one person · +4 enter: four",
	NoMatch:   "nobody on the roster matches %s · ctrl+n registers a walk-in",
	Matches:   "%d shown · type more to narrow",
	CountOne:  "enter: one person · or type how many, then enter",
	CountN:    "enter counts %d people",
	BadCount:  "+%s: type a number from %d to %d after +; nothing counted",
	AlreadyIn: "%s is in already: since %s at desk %s. Count again?",

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
	Party:      "×%d",

	Signed:      "signed in: %s",
	SignedAgain: "in again: %s",
	Counted:     "counted: %d",
	Registered:  "walk-in signed in: %s",
	Undid:       "undid: %s",
	Anonymous:   "%d anonymous",
	NotSaved:    "NOT SAVED — nothing was counted. The disk refused the write: %s",
	NothingUndo: "nothing to undo at this desk",
	NoDesk:      "this station has no desk name, so it cannot sign anyone in",
	AgainWalkIn: "%s is in already: since %s at desk %s. Find them by name to count again.",
	Refused:     "not done: %s",
	Cancelled:   "not counted again",
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
	FieldParty:    "Party size",
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
	KeyUndo:     "undo",
	KeyClear:    "clear",
	KeyAgain:    "count again",
	KeyCancel:   "cancel",
}

var deskZH = Desk{
	Title: "签到",

	HeaderDesk:   "签到台 %s",
	HeaderNoDesk: "未设签到台名",

	Prompt:    "查找：",
	Hint:      "输入姓名或拼音（hay 可找到 何阿姨）· + 回车 计一人 · +4 回车 计四人",
	NoMatch:   "名单上没有 %s · ctrl+n 现场登记",
	Matches:   "显示 %d 位 · 多输入几个字可缩小范围",
	CountOne:  "回车：计一人 · 或输入人数后回车",
	CountN:    "回车计入 %d 人",
	BadCount:  "+%s：+ 后面请输入 %d 到 %d 的数字；未计入",
	AlreadyIn: "%s 已经签到：%s 在签到台 %s。再次入场？",

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
	Party:      "×%d",

	Signed:      "已签到：%s",
	SignedAgain: "再次入场：%s",
	Counted:     "已计入：%d 人",
	Registered:  "现场登记并签到：%s",
	Undid:       "已撤销：%s",
	Anonymous:   "不记名 %d 人",
	NotSaved:    "未保存 —— 本次没有计入。写入磁盘失败：%s",
	NothingUndo: "本签到台没有可撤销的签到",
	NoDesk:      "本机没有设签到台名，无法签到",
	AgainWalkIn: "%s 已经签到：%s 在签到台 %s。如需再次入场，请按姓名查找。",
	Refused:     "未完成：%s",
	Cancelled:   "未再次计入",
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
	FieldParty:    "同行人数",
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
	KeyUndo:     "撤销",
	KeyClear:    "清空",
	KeyAgain:    "再次入场",
	KeyCancel:   "取消",
}
