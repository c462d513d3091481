package i18n

// Stage holds the texts of the stage manager's view.
type Stage struct {
	Title string

	// The show as a whole, in the header.
	PhaseNotStarted string
	PhaseLive       string
	PhaseHold       string
	PhaseOver       string
	OnTime          string
	Late            string // %s: how late, Minutes
	Early           string // %s: how early, Minutes
	Minutes         string // %d: whole minutes
	Ends            string // %s %s: projected end, planned end (HH:MM)
	Ended           string // %s %s: actual end, planned end (HH:MM)
	Anchored        string // %s: the printed start (HH:MM)

	// The running order's columns.
	ColPos        string
	ColStatus     string
	ColTitle      string
	ColPerformers string
	ColStart      string
	ColLength     string
	ColHere       string // how many of the act's performers have signed in

	// An act's status.
	StatusWaiting string
	StatusCalled  string
	StatusReady   string
	StatusLive    string
	StatusDone    string
	StatusSkipped string
	StatusNoShow  string
	NoActs        string

	// The Now and Next panels.
	Now         string
	Next        string
	Position    string // %d %d: place in the running order, number of acts
	Elapsed     string // %s %s: time on stage, planned length
	Left        string // %s: time left
	Over        string // %s: time over the planned length
	Holding     string // %s: how long the hold has lasted
	NothingLive string
	StartHint   string // %s: the first act's title
	ShowOver    string // %s: when the show ended (HH:MM)
	NoNext      string
	ExpectedAt  string // %s: expected start (HH:MM)
	Intro       string
	Notes       string
	Contact     string
	LabelSep    string // between a label and its text
	NotesLog    string // heading of the incident notes, when there is room
	IntroLines  string // %d %d %d: first and last line of the intro shown, its lines in all
	IntroWhole  string // [ or ] pressed with the whole intro on screen

	// Who is here: the desk's sign-ins of each act's performers.
	HereAll      string // in the column: every performer has signed in
	HereNone     string // in the column: performers expected, none signed in
	NextNobody   string // %d: performers expected; the act on standby has nobody here
	NextSome     string // %d %d: arrived, expected
	NextAll      string // %d: performers, all here
	NextOne      string // the act's one performer is here
	Suggest      string // %s %s: the key, the act that is all here
	NoSuggestion string // nobody here on standby and no later act all here
	NobodyShort  string // the one-line Next panel's warning

	// Call alerts.
	AlertCall        string // %s %s: who, in how long (Minutes)
	AlertCallNext    string // %s: who
	AlertWings       string // %s %s: who, in how long (Minutes)
	AlertWingsNext   string // %s: who
	AlertMore        string // %d %s: further alerts not shown, the key that lists them
	AlertNotHere     string // %s %s: who, in how long (Minutes)
	AlertNotHereNext string // %s: who

	// The list of every call, with who is missing.
	CallsTitle    string // %d: calls to make now
	CallsNone     string
	CallsMissing  string // %d %d: arrived, expected; the names not signed in yet follow
	CallsNoRoster string // the roster links nobody to the act
	CallsMore     string // %d: lines further down
	CallsOpen     string // %s: the key that closes the list; another key pressed while it is open
	NameSep       string // between names in a list

	// The rehearsal.
	RehearsalLine        string // %s: the key that starts it again
	RehearsalOffer       string // %s %s: the event's date, the key that starts a rehearsal
	RestartRehearsal     string // the question R asks in a rehearsal
	RestartYes           string
	RestartNo            string
	ErrNoRehearsalHere   string // R where the app cannot open a rehearsal
	ErrRehearsalStarted  string // R after the show has started
	ErrRehearsalEventDay string // R on the event's day

	// The big clock.
	ClockLeft        string // %s: the act's length; under the time left
	ClockOver        string // %s: the act's length; under the time over
	ClockNothingLive string // under the time of day, with no act on stage
	ClockOpen        string // %s: the key that turns it back; another key pressed on it

	// A performer of an act marked no-show has signed in.
	NoShowArrived string // %s %s %s %s: who, the act, the key that puts it back, the key that lets it be
	NoShowMore    string // %d: more such sign-ins
	ErrNoArrival  string // the key that puts an act back, with none to put back

	// What a cue did, said as it is on the message line once it is saved,
	// and inside Undid once it is undone: each a sentence of its own, never
	// behind a label, so that nothing reads "Done: GO: ...".
	CueGo       string // %s: the act that went on
	CueGoEnd    string // the GO that ended the last act, and the show
	CueCalled   string // %s: act
	CueReady    string // %s: act
	CueSkip     string // %s: act
	CueNoShow   string // %s: act
	CueRestore  string // %s: act
	CueMoveUp   string // %s: act
	CueMoveDown string // %s: act
	CueTime     string // %s %+d: act, minutes given (or taken)
	CueHold     string
	CueResume   string
	CueEdit     string // %s: act
	CueAdd      string // %s: act
	CueNote     string
	Undid       string // %s: a cue description

	// Refusals, one for each program.Err*.
	ErrTooSoon       string
	ErrFinished      string
	ErrNothingLive   string
	ErrNotPending    string
	ErrNotOut        string
	ErrCannotMove    string
	ErrTooShort      string
	ErrHolding       string
	ErrNotHolding    string
	ErrNothingToUndo string
	ErrBadDef        string
	ErrEmptyNote     string
	ErrUnknownAct    string
	ErrDone          string
	ErrOther         string // %s: the error as the backend gave it
	NoSelection      string
	ErrNoSuggestion  string // the move-up key pressed with nothing to move up
	ErrNoContact     string
	PhoneShown       string // %s %s: act, its contact in full

	// The keys' help texts.
	KeyUp         string
	KeyDown       string
	KeyGo         string
	KeyCalled     string
	KeyReady      string
	KeySkip       string
	KeyNoShow     string
	KeyMoveUp     string
	KeyMoveDown   string
	KeyMore       string
	KeyLess       string
	KeyHold       string
	KeyResume     string
	KeyUndo       string
	KeyEdit       string
	KeyAdd        string
	KeyNote       string
	KeyMoveHere   string
	KeyPhone      string
	KeyIntroUp    string
	KeyIntroDown  string
	KeyCalls      string
	KeyCloseCalls string
	KeyPutBack    string
	KeyLetBe      string
	KeyClock      string
	KeyCloseClock string
	KeyRehearse   string
	KeyRestart    string

	// The edit/add form and the note box.
	FormEdit        string // %s: the act's title
	FormAdd         string // %s: the act the new one follows
	FormAddEnd      string
	FieldTitle      string
	FieldPerformers string
	FieldDuration   string
	FieldIntro      string
	FieldNotes      string
	FieldContact    string
	NeedTitle       string
	BadDuration     string
	NotePrompt      string
}

var stageEN = Stage{
	Title: "Running order",

	PhaseNotStarted: "not started",
	PhaseLive:       "LIVE",
	PhaseHold:       "ON HOLD",
	PhaseOver:       "finished",
	OnTime:          "on time",
	Late:            "%s late",
	Early:           "%s early",
	Minutes:         "%d min",
	Ends:            "Ends ~%s (plan %s)",
	Ended:           "Ended %s (plan %s)",
	Anchored:        "Not the event day: timed from the first GO, not %s",

	ColPos:        "#",
	ColStatus:     "Status",
	ColTitle:      "Act",
	ColPerformers: "Performers",
	ColStart:      "Start",
	ColLength:     "Time",
	ColHere:       "Here",

	StatusWaiting: "waiting",
	StatusCalled:  "called",
	StatusReady:   "ready",
	StatusLive:    "LIVE",
	StatusDone:    "done",
	StatusSkipped: "skipped",
	StatusNoShow:  "no-show",
	NoActs:        "No acts yet: press a to add one.",

	Now:         "NOW",
	Next:        "NEXT",
	Position:    "%d of %d",
	Elapsed:     "%s of %s",
	Left:        "%s left",
	Over:        "OVER by %s",
	Holding:     "ON HOLD for %s",
	NothingLive: "Nothing on stage.",
	StartHint:   "space starts %s",
	ShowOver:    "The show ended at %s.",
	NoNext:      "No more acts.",
	ExpectedAt:  "on ~%s",
	Intro:       "Intro",
	Notes:       "Notes",
	Contact:     "Contact",
	LabelSep:    ": ",
	NotesLog:    "Incident notes",
	IntroLines:  "intro %d–%d/%d",
	IntroWhole:  "The whole intro is on screen.",

	HereAll:      "all here",
	HereNone:     "none yet",
	NextNobody:   "Nobody here yet: 0 of %d signed in",
	NextSome:     "Here: %d of %d",
	NextAll:      "All %d here",
	NextOne:      "Signed in",
	Suggest:      "%s: move up, all here: %s",
	NoSuggestion: "No later act has everyone here yet.",
	NobodyShort:  "nobody here",

	AlertCall:        "Call %s now, on in about %s",
	AlertCallNext:    "Call %s now, on next",
	AlertWings:       "%s to the wings, on in about %s",
	AlertWingsNext:   "%s to the wings, on next",
	AlertMore:        "+%d more (%s)",
	AlertNotHere:     "%s: nobody here, on in ~%s",
	AlertNotHereNext: "%s: nobody here, on next",

	CallsTitle:    "Calls to make now: %d",
	CallsNone:     "No calls to make now.",
	CallsMissing:  "Here %d of %d · not yet: ",
	CallsNoRoster: "Nobody on the roster is linked to this act.",
	CallsMore:     "%d more lines below: ↓",
	CallsOpen:     "The list of calls is open: %s closes it.",
	NameSep:       ", ",

	RehearsalLine:        "Rehearsal, not the show's record: timed from the first GO · %s starts it again",
	RehearsalOffer:       "Today is not the event day (%s): %s starts a rehearsal, kept apart from the show's record",
	RestartRehearsal:     "Rehearse again from the top? This run is kept aside.",
	RestartYes:           "start again",
	RestartNo:            "go on",
	ErrNoRehearsalHere:   "A rehearsal is opened with: eventday run FOLDER --rehearsal",
	ErrRehearsalStarted:  "The show has started: this is its record. For a rehearsal, quit and run: eventday run FOLDER --rehearsal",
	ErrRehearsalEventDay: "Today is the event day: R is not offered, so that the show is never run as a rehearsal by mistake. For one: eventday run FOLDER --rehearsal",

	ClockLeft:        "left of %s",
	ClockOver:        "OVER its %s",
	ClockNothingLive: "Nothing on stage: the time now",
	ClockOpen:        "This is the big clock: %s goes back to the running order.",

	NoShowArrived: "%s of %s (no-show) has just signed in: put it back? %s yes, %s no",
	NoShowMore:    "%d more signed in",
	ErrNoArrival:  "Nobody of an act marked no-show has signed in since.",

	CueGo:       "GO: %s is on stage",
	CueGoEnd:    "The last act is over: the show has ended",
	CueCalled:   "%s called",
	CueReady:    "%s ready in the wings",
	CueSkip:     "%s skipped",
	CueNoShow:   "%s marked no-show",
	CueRestore:  "%s back in the running order",
	CueMoveUp:   "%s moved up",
	CueMoveDown: "%s moved down",
	CueTime:     "%s: %+d min",
	CueHold:     "The show is on hold",
	CueResume:   "The show goes on",
	CueEdit:     "%s changed",
	CueAdd:      "%s added",
	CueNote:     "Incident note saved",
	Undid:       "Undid the last cue (%s)",

	ErrTooSoon:       "Second GO within 2 seconds ignored.",
	ErrFinished:      "The show has finished.",
	ErrNothingLive:   "No act is on stage.",
	ErrNotPending:    "That act is not waiting any more.",
	ErrNotOut:        "That act is neither skipped nor a no-show.",
	ErrCannotMove:    "The act cannot move there.",
	ErrTooShort:      "An act lasts at least one minute.",
	ErrHolding:       "The show is already on hold.",
	ErrNotHolding:    "The show is not on hold.",
	ErrNothingToUndo: "Nothing to undo.",
	ErrBadDef:        "An act needs a title and a duration.",
	ErrEmptyNote:     "The incident note is empty: nothing saved.",
	ErrUnknownAct:    "That act is no longer in the programme.",
	ErrDone:          "That act is over.",
	ErrOther:         "Not done: %s",
	NoSelection:      "Select an act first.",
	ErrNoSuggestion:  "Nothing to move up: the act on standby has people here, or no later act is all here.",
	ErrNoContact:     "No phone number for this act.",
	PhoneShown:       "%s: %s",

	KeyUp:         "up",
	KeyDown:       "down",
	KeyGo:         "GO",
	KeyCalled:     "called",
	KeyReady:      "ready",
	KeySkip:       "skip/unskip",
	KeyNoShow:     "no-show",
	KeyMoveUp:     "move up",
	KeyMoveDown:   "move down",
	KeyMore:       "+1 min",
	KeyLess:       "-1 min",
	KeyHold:       "hold",
	KeyResume:     "resume",
	KeyUndo:       "undo",
	KeyEdit:       "edit act",
	KeyAdd:        "add act",
	KeyNote:       "incident note",
	KeyMoveHere:   "move up who is here",
	KeyPhone:      "show phone",
	KeyIntroUp:    "intro back",
	KeyIntroDown:  "intro on",
	KeyCalls:      "all calls",
	KeyCloseCalls: "close",
	KeyPutBack:    "put the act back",
	KeyLetBe:      "let it be",
	KeyClock:      "big clock",
	KeyCloseClock: "running order",
	KeyRehearse:   "rehearsal",
	KeyRestart:    "start the rehearsal again",

	FormEdit:        "Edit %s",
	FormAdd:         "New act after %s",
	FormAddEnd:      "New act",
	FieldTitle:      "Title",
	FieldPerformers: "Performers",
	FieldDuration:   "Duration (5m, 90s, 4:30)",
	FieldIntro:      "MC intro",
	FieldNotes:      "Notes",
	FieldContact:    "Contact",
	NeedTitle:       "a title is needed",
	BadDuration:     "not a duration: write 5m, 90s or 4:30",
	NotePrompt:      "Incident note: ",
}

var stageZH = Stage{
	Title: "节目单",

	PhaseNotStarted: "未开始",
	PhaseLive:       "演出中",
	PhaseHold:       "暂停中",
	PhaseOver:       "已结束",
	OnTime:          "准时",
	Late:            "晚 %s",
	Early:           "早 %s",
	Minutes:         "%d 分钟",
	Ends:            "预计 %s 结束（计划 %s）",
	Ended:           "%s 结束（计划 %s）",
	Anchored:        "非活动日：从第一次开始计时，而非 %s",

	ColPos:        "序",
	ColStatus:     "状态",
	ColTitle:      "节目",
	ColPerformers: "表演者",
	ColStart:      "开始",
	ColLength:     "时长",
	ColHere:       "到场",

	StatusWaiting: "等待",
	StatusCalled:  "已通知",
	StatusReady:   "候场",
	StatusLive:    "演出中",
	StatusDone:    "已演",
	StatusSkipped: "跳过",
	StatusNoShow:  "未到",
	NoActs:        "还没有节目：按 a 添加。",

	Now:         "当前",
	Next:        "下一个",
	Position:    "%d/%d",
	Elapsed:     "已演 %s，共 %s",
	Left:        "还剩 %s",
	Over:        "超时 %s",
	Holding:     "已暂停 %s",
	NothingLive: "台上没有节目。",
	StartHint:   "按空格开始：%s",
	ShowOver:    "演出已于 %s 结束。",
	NoNext:      "没有更多节目了。",
	ExpectedAt:  "%s 上场",
	Intro:       "串词",
	Notes:       "备注",
	Contact:     "联系",
	LabelSep:    "：",
	NotesLog:    "事件记录",
	IntroLines:  "串词 %d–%d/%d 行",
	IntroWhole:  "串词已经全部显示。",

	HereAll:      "全到",
	HereNone:     "无人到",
	NextNobody:   "还没有人签到：共 %d 人",
	NextSome:     "已到 %d/%d",
	NextAll:      "全到（%d 人）",
	NextOne:      "已签到",
	Suggest:      "%s：提前已全到的 %s",
	NoSuggestion: "后面的节目也没有全到的。",
	NobodyShort:  "无人到",

	AlertCall:        "现在去叫 %s，约 %s后上场",
	AlertCallNext:    "现在去叫 %s，下一个上场",
	AlertWings:       "%s 到侧台候场，约 %s后上场",
	AlertWingsNext:   "%s 到侧台候场，下一个上场",
	AlertMore:        "另有 %d 条（按 %s 查看）",
	AlertNotHere:     "%s 还没有人签到，约 %s后上场",
	AlertNotHereNext: "%s 还没有人签到，下一个上场",

	CallsTitle:    "现在要叫的：%d 条",
	CallsNone:     "现在没有要叫的。",
	CallsMissing:  "已到 %d/%d，还没到：",
	CallsNoRoster: "名单上没有这个节目的表演者。",
	CallsMore:     "下面还有 %d 行：↓",
	CallsOpen:     "提醒列表开着：按 %s 关闭。",
	NameSep:       "、",

	RehearsalLine:        "排练：从第一次开始计时，不记入正式记录 · 按 %s 从头再排",
	RehearsalOffer:       "今天不是活动日（%s）：按 %s 开始排练，排练不记入正式记录",
	RestartRehearsal:     "从头再排一次吗？这次排练的记录会另存起来。",
	RestartYes:           "从头再排",
	RestartNo:            "接着排",
	ErrNoRehearsalHere:   "排练请这样打开：eventday run 文件夹 --rehearsal",
	ErrRehearsalStarted:  "演出已经开始，这是正式记录。要排练，请退出后运行：eventday run 文件夹 --rehearsal",
	ErrRehearsalEventDay: "今天就是活动日：这里不提供 R，免得把正式演出误当排练。要排练，请运行：eventday run 文件夹 --rehearsal",

	ClockLeft:        "还剩（共 %s）",
	ClockOver:        "超时（计划 %s）",
	ClockNothingLive: "台上没有节目：现在时间",
	ClockOpen:        "正在显示大字计时：按 %s 回到节目单。",

	NoShowArrived: "%s 刚刚签到，%s 已标为未到：放回节目单吗？%s 放回，%s 不放",
	NoShowMore:    "还有 %d 人",
	ErrNoArrival:  "标为未到的节目没有人新签到。",

	CueGo:       "%s 开始演出",
	CueGoEnd:    "最后一个节目已演完，演出结束",
	CueCalled:   "已通知 %s",
	CueReady:    "%s 已到侧台候场",
	CueSkip:     "已跳过 %s",
	CueNoShow:   "%s 已标为未到",
	CueRestore:  "%s 已放回节目单",
	CueMoveUp:   "%s 已上移",
	CueMoveDown: "%s 已下移",
	CueTime:     "%s 时长 %+d 分钟",
	CueHold:     "演出已暂停",
	CueResume:   "演出继续",
	CueEdit:     "已修改 %s",
	CueAdd:      "已添加 %s",
	CueNote:     "事件记录已保存",
	Undid:       "已撤销上一步（%s）",

	ErrTooSoon:       "两秒内的第二次开始已忽略。",
	ErrFinished:      "演出已经结束。",
	ErrNothingLive:   "台上没有节目。",
	ErrNotPending:    "这个节目已经不在等待中。",
	ErrNotOut:        "这个节目没有被跳过，也不是未到。",
	ErrCannotMove:    "这个节目不能移到那里。",
	ErrTooShort:      "节目至少一分钟。",
	ErrHolding:       "演出已经暂停。",
	ErrNotHolding:    "演出没有暂停。",
	ErrNothingToUndo: "没有可以撤销的操作。",
	ErrBadDef:        "节目需要名称和时长。",
	ErrEmptyNote:     "事件记录是空的，没有保存。",
	ErrUnknownAct:    "节目单里已经没有这个节目。",
	ErrDone:          "这个节目已经演完了。",
	ErrOther:         "未完成：%s",
	NoSelection:      "请先选一个节目。",
	ErrNoSuggestion:  "没有可提前的节目：下一个节目已有人到，或后面没有全到的节目。",
	ErrNoContact:     "这个节目没有电话。",
	PhoneShown:       "%s：%s",

	KeyUp:         "上",
	KeyDown:       "下",
	KeyGo:         "开始",
	KeyCalled:     "已通知",
	KeyReady:      "候场",
	KeySkip:       "跳过/恢复",
	KeyNoShow:     "未到",
	KeyMoveUp:     "上移",
	KeyMoveDown:   "下移",
	KeyMore:       "加 1 分钟",
	KeyLess:       "减 1 分钟",
	KeyHold:       "暂停",
	KeyResume:     "继续",
	KeyUndo:       "撤销",
	KeyEdit:       "修改节目",
	KeyAdd:        "添加节目",
	KeyNote:       "事件记录",
	KeyMoveHere:   "提前已到的",
	KeyPhone:      "显示电话",
	KeyIntroUp:    "串词上翻",
	KeyIntroDown:  "串词下翻",
	KeyCalls:      "全部提醒",
	KeyCloseCalls: "关闭",
	KeyPutBack:    "放回节目单",
	KeyLetBe:      "不放",
	KeyClock:      "大字计时",
	KeyCloseClock: "回到节目单",
	KeyRehearse:   "排练",
	KeyRestart:    "从头再排",

	FormEdit:        "修改 %s",
	FormAdd:         "在 %s 之后添加节目",
	FormAddEnd:      "添加节目",
	FieldTitle:      "节目",
	FieldPerformers: "表演者",
	FieldDuration:   "时长（5m、90s、4:30）",
	FieldIntro:      "串词",
	FieldNotes:      "备注",
	FieldContact:    "联系方式",
	NeedTitle:       "需要节目名称",
	BadDuration:     "时长看不懂：请写 5m、90s 或 4:30",
	NotePrompt:      "事件记录：",
}
