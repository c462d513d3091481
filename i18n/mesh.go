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
	HubUnreachable: "No answer from the host laptop at %s. Check that it is running and on the same network.",
	PINRefused:     "The host laptop at %s refused the PIN. Ask the host for the right one.",
	NameTaken:      "Another desk is already called %s. Choose another name for this desk.",
	BadName:        "%s cannot be a desk's name: use letters, digits, - and _ (at most 32), and not \"host\".",
	HubFiles:       "The host laptop could not read the event's files. Look at the host's screen.",
	Engine:         "The link between the laptops failed: %s",
}

var meshZH = Mesh{
	PortInUse:      "端口 %s 已被其他程序占用。请关闭该程序，或换一个端口。",
	HubUnreachable: "主电脑 %s 没有回应。请确认它已开启，并且在同一个网络里。",
	PINRefused:     "主电脑 %s 拒绝了这个 PIN。请向主电脑那边要正确的 PIN。",
	NameTaken:      "已经有签到台叫 %s 了。请给这台签到台换个名字。",
	BadName:        "%s 不能用作签到台的名字：只能用字母、数字、- 和 _（最多 32 个），也不能叫 \"host\"。",
	HubFiles:       "主电脑读不了活动的文件。请看看主电脑的屏幕。",
	Engine:         "电脑之间的连接出错了：%s",
}
