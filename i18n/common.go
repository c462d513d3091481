package i18n

// Common holds texts every view shares: tabs, the help bar, quitting.
type Common struct {
	TabStage   string
	TabDesk    string
	TabSummary string
	Quit       string
	Help       string
	HelpClose  string
	SwitchTab  string
	PrevTab    string
	TooSmall   string // %d %d: the minimum width and height

	// QuitLive asks before quitting while an act is on stage.
	QuitLive string // %s: the live act's title
	QuitYes  string // help text of the key that quits after all
	QuitNo   string // help text of the key that stays

	Save   string // help text of enter in a form or text box
	Next   string // help text of enter/tab between form fields
	Back   string // help text of shift+tab between form fields
	Cancel string // help text of esc in a form or text box
	// NewLine is the help text of the key that starts a new line in a box
	// of several lines, where enter goes on to the next field.
	NewLine string

	// KeyEnter and KeySpace name the two keys whose names are words, in the
	// help bar and in every hint alike: a hint that says 回车 beside a bar
	// that says enter leaves the volunteer looking for two keys.
	KeyEnter string
	KeySpace string

	// Rehearsal is the tag at the start of every screen's top line in a
	// rehearsal.
	Rehearsal string
}

var commonEN = Common{
	TabStage:   "Stage",
	TabDesk:    "Desk",
	TabSummary: "Summary",
	Quit:       "quit",
	Help:       "more keys",
	HelpClose:  "close help",
	SwitchTab:  "next view",
	PrevTab:    "previous view",
	TooSmall:   "Make the window larger (at least %d×%d).",
	QuitLive:   "%s is on stage. Quit anyway?",
	QuitYes:    "quit",
	QuitNo:     "stay",
	Save:       "save",
	Next:       "next field",
	Back:       "back",
	Cancel:     "cancel",
	NewLine:    "new line",
	KeyEnter:   "enter",
	KeySpace:   "space",

	Rehearsal: "REHEARSAL",
}

var commonZH = Common{
	TabStage:   "舞台",
	TabDesk:    "签到",
	TabSummary: "汇总",
	Quit:       "退出",
	Help:       "更多按键",
	HelpClose:  "关闭帮助",
	SwitchTab:  "下一视图",
	PrevTab:    "上一视图",
	TooSmall:   "请把窗口放大（至少 %d×%d）。",
	QuitLive:   "%s 正在台上。仍要退出吗？",
	QuitYes:    "退出",
	QuitNo:     "留下",
	Save:       "保存",
	Next:       "下一项",
	Back:       "上一项",
	Cancel:     "取消",
	NewLine:    "换行",
	KeyEnter:   "回车",
	KeySpace:   "空格",

	Rehearsal: "排练",
}
