package i18n

// Board holds the texts of the board: the read-only screen of what is on
// now and next, for the performers' corner and the MC, on a television's
// browser or in a terminal.
type Board struct {
	Title string // after the event's name, in the browser's title bar

	// The show as a whole.
	PhaseNotStarted string
	PhaseOn         string
	PhaseHold       string
	PhaseOver       string

	// The headings.
	Now   string
	Next  string
	Calls string // who must come to the waiting area now
	Here  string // how many people are here

	// The live act.
	Left        string // %s: time left (4:05)
	Over        string // %s: time over its planned length (1:23)
	Elapsed     string // %s %s: time on stage, planned length
	NothingLive string
	NotStarted  string
	ShowOver    string // %s: when the show ended (HH:MM)

	// The act after it.
	ExpectedAt string // %s: expected start (HH:MM)
	NoNext     string

	// A call: what the performers of an act are to do, and when they are on.
	CallIn      string // %d: minutes, about, until the act is on
	CallNext    string // the act is on next
	CallWings   string // the act is called: to the wings now
	CallMissing string // nobody of the act has signed in at the desk yet

	People   string // %d: people here
	PeopleOf string // %d %d: people here, the event's capacity

	Offline  string // the page has lost its connection and tries again
	NotFound string // an address the board does not have
}

var boardEN = Board{
	Title: "Board",

	PhaseNotStarted: "Not started",
	PhaseOn:         "On stage",
	PhaseHold:       "ON HOLD",
	PhaseOver:       "Finished",

	Now:   "Now",
	Next:  "Next",
	Calls: "To the waiting area now",
	Here:  "Here",

	Left:        "%s left",
	Over:        "+%s over",
	Elapsed:     "%s of %s",
	NothingLive: "Nothing on stage",
	NotStarted:  "The show has not started yet",
	ShowOver:    "The show ended at %s. Thank you!",

	ExpectedAt: "on at about %s",
	NoNext:     "No more acts",

	CallIn:      "on in about %d min",
	CallNext:    "on next",
	CallWings:   "to the wings now",
	CallMissing: "not signed in yet",

	People:   "%d people",
	PeopleOf: "%d of %d",

	Offline:  "Connection lost: trying again…",
	NotFound: "No such page: the board is at /",
}

var boardZH = Board{
	Title: "节目看板",

	PhaseNotStarted: "未开始",
	PhaseOn:         "演出中",
	PhaseHold:       "暂停中",
	PhaseOver:       "已结束",

	Now:   "正在演出",
	Next:  "下一个节目",
	Calls: "请到候场区",
	Here:  "到场",

	Left:        "还剩 %s",
	Over:        "超时 +%s",
	Elapsed:     "已演 %s，共 %s",
	NothingLive: "台上暂时没有节目",
	NotStarted:  "演出还没有开始",
	ShowOver:    "演出已于 %s 结束，谢谢大家！",

	ExpectedAt: "约 %s 上场",
	NoNext:     "没有下一个节目了",

	CallIn:      "约 %d 分钟后上场",
	CallNext:    "下一个上场",
	CallWings:   "请到侧台候场",
	CallMissing: "还没有人签到",

	People:   "%d 人",
	PeopleOf: "%d / %d 人",

	Offline:  "连接中断，正在重新连接……",
	NotFound: "没有这个页面：看板在 /",
}
