package i18n

// Hub is the texts of an event on several laptops: the hub that `serve
// --hub` runs, and the desk laptops that `run --join` makes, which keep
// signing people in when the network is down and send their entries on
// when it is back.
type Hub struct {
	// serve's flags.
	HubFlag       string
	HubListenFlag string
	// run's flags.
	JoinFlag    string
	DeskFlag    string
	JoinPINFlag string

	// Refusals of the command line, before anything is touched.
	HubNeedsPIN     string
	HubRehearsal    string
	JoinNeedsDesk   string
	DeskNeedsJoin   string
	JoinRehearsal   string
	BadDeskName     string // %q: the name given
	BadHub          string // %q: the address given
	HubPortInUse    string // %d: the port; %d: another
	HubPortDenied   string // %d: the port; %d: another
	HubCannotListen string // %s: the address; %s: why
	PINPrompt       string // %s: the hub's address
	NoPINGiven      string
	// A folder opened as the wrong node.
	FolderIsDesk string // %s: the desk whose sign-ins the folder holds
	FolderIsHost string // %s: the desk name asked for
	OtherDesk    string // %s: the desk whose sign-ins the folder holds; %s: the name asked for

	// The first start of a desk laptop on an empty folder.
	Fetching     string // %s: the hub's address
	Fetched      string // %s: the files written; %s: the folder
	FetchFailed  string // %s: the hub's address; %s: why
	FetchRefused string // %s: a file name the hub sent that is not one of the event's
	StartFailed  string // %s: why the desk's engine did not start

	// The desk laptop's header.
	Connected    string // the hub has every entry of this desk
	OfflineSince string // %s: the time the link was lost
	Waiting      string // %d: this desk's entries the hub does not have yet
	Refused      string // the hub refused the PIN
	Joining      string // not connected yet since the start
	AllGates     string // the totals' title: people in at every gate

	// The host's Stations tab.
	HubHead     string // %s: the hub's port
	JoinLine    string // the command a desk laptop types: %s the address, %s the port
	NoDesks     string
	ColGate     string
	ColContact  string
	ColEntries  string
	ContactNow  string
	ContactAt   string // %s: the time of the last contact
	HubOff      string // the hub did not start: %s why
	HostGate    string // the host's own entries, as a gate
	HeaderGates string // %d: desk laptops connected now
}

var hubEN = Hub{
	HubFlag:       "also be the hub that desk laptops join (run --join): their entries reach this laptop when the network allows",
	HubListenFlag: "where desk laptops connect to the hub, `[ADDRESS]:PORT`",
	JoinFlag:      "be a desk laptop of the event that `HOST` serves with --hub: sign people in here, with or without the network",
	DeskFlag:      "this desk laptop's `NAME` (letters a-z, digits and -, e.g. east), the same each time",
	JoinPINFlag:   "the hub's PIN (asked for when not given)",

	HubNeedsPIN:     "--hub needs a PIN: desk laptops log in to the hub with it (drop --no-pin, or give --pin)",
	HubRehearsal:    "--hub and --rehearsal do not go together: desk laptops send the show's entries, not a rehearsal's",
	JoinNeedsDesk:   "--join needs --desk NAME: the name this laptop's entries carry, e.g. --desk east",
	DeskNeedsJoin:   "--desk needs --join HOST: the laptop that runs eventday serve --hub",
	JoinRehearsal:   "--join and --rehearsal do not go together: a rehearsal is not sent to the hub",
	BadDeskName:     "desk name %q: use 1 to 32 letters a-z, digits and -, e.g. east or west-2 (and not \"host\")",
	BadHub:          "--join %q: write the hub laptop's address, e.g. --join 192.168.1.20 or --join 192.168.1.20:7422",
	HubPortInUse:    "port %d is in use (another eventday serve --hub?); choose another with --hub-listen :%d",
	HubPortDenied:   "this computer does not allow port %d; choose another with --hub-listen :%d",
	HubCannotListen: "cannot be the hub on %s: %s",
	PINPrompt:       "PIN of the hub at %s: ",
	NoPINGiven:      "no PIN given: type the hub's PIN (on its Stations tab), or give it with --pin",
	FolderIsDesk:    "this folder holds the sign-ins of desk laptop %s: open it with --join HOST --desk %[1]s",
	FolderIsHost:    "this folder holds the host's own sign-ins: a desk laptop needs a folder of its own (an empty one is fine), not --desk %s here",
	OtherDesk:       "this folder holds the sign-ins of desk laptop %s, not of %s: open it with --desk %[1]s, or give the new desk an empty folder",

	Fetching:     "fetching the event from the hub at %s…",
	Fetched:      "fetched %s into %s",
	FetchFailed:  "could not fetch the event from the hub at %s: %s",
	FetchRefused: "the hub sent %q, which is not a file of an event; nothing was written",
	StartFailed:  "the desk's link to the hub did not start: %s",

	Connected:    "hub: connected",
	OfflineSince: "offline since %s",
	Waiting:      "%d waiting to reach the hub",
	Refused:      "the hub refused the PIN",
	Joining:      "hub: connecting…",
	AllGates:     "People here, all gates",

	HubHead:     "Desk laptops (the hub listens on port %s):",
	JoinLine:    "eventday run FOLDER --join %s:%s --desk NAME",
	NoDesks:     "No desk laptop has joined yet.",
	ColGate:     "Desk laptop",
	ColContact:  "Last contact",
	ColEntries:  "Entries here",
	ContactNow:  "connected",
	ContactAt:   "at %s",
	HubOff:      "The hub is off: %s",
	HostGate:    "host",
	HeaderGates: "desk laptops: %d",
}

var hubZH = Hub{
	HubFlag:       "同时做“总台”，让签到台笔记本（run --join）加入：网络通时，它们的签到记录会汇总到这台电脑",
	HubListenFlag: "签到台笔记本连接总台的地址，`[地址]:端口`",
	JoinFlag:      "做 `主机`（运行 serve --hub 的电脑）那场活动的签到台笔记本：有没有网络都能签到",
	DeskFlag:      "这台签到台笔记本的`名字`（字母 a-z、数字和 -，例如 east），每次都要用同一个",
	JoinPINFlag:   "总台的 PIN 码（不写则运行时询问）",

	HubNeedsPIN:     "--hub 需要 PIN 码：签到台笔记本要用它登录总台（去掉 --no-pin，或用 --pin 指定）",
	HubRehearsal:    "--hub 不能和 --rehearsal 一起用：签到台笔记本送来的是正式活动的签到，不是彩排的",
	JoinNeedsDesk:   "--join 需要 --desk 名字：这台笔记本签到记录上的名字，例如 --desk east",
	DeskNeedsJoin:   "--desk 需要 --join 主机：也就是运行 eventday serve --hub 的那台电脑",
	JoinRehearsal:   "--join 不能和 --rehearsal 一起用：彩排不会发给总台",
	BadDeskName:     "签到台名字 %q 不行：请用 1 到 32 个字母 a-z、数字和 -，例如 east 或 west-2（也不能叫 \"host\"）",
	BadHub:          "--join %q：请写总台电脑的地址，例如 --join 192.168.1.20 或 --join 192.168.1.20:7422",
	HubPortInUse:    "端口 %d 已被占用（是不是另一个 eventday serve --hub 在运行？）；请用 --hub-listen :%d 换一个",
	HubPortDenied:   "这台电脑不允许使用端口 %d；请用 --hub-listen :%d 换一个",
	HubCannotListen: "无法在 %s 上做总台：%s",
	PINPrompt:       "请输入 %s 总台的 PIN 码：",
	NoPINGiven:      "没有输入 PIN 码：请输入总台“工作站”页上的 PIN 码，或用 --pin 指定",
	FolderIsDesk:    "这个文件夹里是签到台笔记本 %s 的签到记录：请用 --join 主机 --desk %[1]s 打开",
	FolderIsHost:    "这个文件夹里是主机自己的签到记录：签到台笔记本要用自己的文件夹（空文件夹就行），不能在这里用 --desk %s",
	OtherDesk:       "这个文件夹里是签到台笔记本 %s 的签到记录，不是 %s 的：请用 --desk %[1]s 打开，或给新的签到台一个空文件夹",

	Fetching:     "正在从 %s 的总台取活动文件……",
	Fetched:      "已取得 %s，存放在 %s",
	FetchFailed:  "无法从 %s 的总台取得活动文件：%s",
	FetchRefused: "总台发来了 %q，它不是活动的文件；什么也没写",
	StartFailed:  "签到台与总台的连接没能启动：%s",

	Connected:    "总台：已连接",
	OfflineSince: "%s 起断网",
	Waiting:      "%d 条尚未送到总台",
	Refused:      "总台不接受 PIN 码",
	Joining:      "总台：正在连接……",
	AllGates:     "到场人数（所有入口）",

	HubHead:     "签到台笔记本（总台端口 %s）：",
	JoinLine:    "eventday run 文件夹 --join %s:%s --desk 名字",
	NoDesks:     "还没有签到台笔记本加入。",
	ColGate:     "签到台笔记本",
	ColContact:  "最近联系",
	ColEntries:  "已收到的签到",
	ContactNow:  "已连接",
	ContactAt:   "%s",
	HubOff:      "总台没有开启：%s",
	HostGate:    "主机",
	HeaderGates: "签到台笔记本：%d 台",
}
