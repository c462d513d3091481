package i18n

// Mesh holds what the link between the host and its sign-in desks says
// when it fails.
type Mesh struct {
	PortInUse      string // %s: the address
	HubUnreachable string // %s: the hub's address
	PINRefused     string // %s: the hub's address
	NameTaken      string // %s: the desk's name
	BadName        string // %s: the desk's name
	HubFiles       string
	Engine         string // %s: the cause
}

var meshEN = Mesh{
	PortInUse:      "Port %s is already in use by another program. Close it, or choose another port.",
	HubUnreachable: "No answer from the hub at %s. Is eventday serve --hub running there, and is this laptop on the same network?",
	PINRefused:     "The hub at %s refused the PIN. Type the PIN its Stations tab shows.",
	NameTaken:      "Another laptop has joined the hub as desk %s. Give this one another name with --desk.",
	BadName:        "%s cannot be a desk's name: use 1 to 32 letters a-z, digits and -, and not \"host\".",
	HubFiles:       "The hub could not read the event's files. Look at the host laptop's screen.",
	Engine:         "The link between the laptops failed: %s",
}

var meshZH = Mesh{
	PortInUse:      "端口 %s 已被其他程序占用。请关闭该程序，或换一个端口。",
	HubUnreachable: "%s 的总台没有回应。那台电脑上在运行 eventday serve --hub 吗？这台笔记本连的是同一个网络吗？",
	PINRefused:     "%s 的总台不接受这个 PIN 码。请输入总台“工作站”页上显示的 PIN 码。",
	NameTaken:      "已经有另一台笔记本以签到台 %s 的名字加入总台。请用 --desk 给这台换个名字。",
	BadName:        "%s 不能用作签到台的名字：请用 1 到 32 个字母 a-z、数字和 -，也不能叫 \"host\"。",
	HubFiles:       "总台读不了活动的文件。请看看主机屏幕上的提示。",
	Engine:         "电脑之间的连接出错了：%s",
}
