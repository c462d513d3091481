package i18n

// Serve holds what eventday serve says: its help and the problems of its
// flags, the host's Stations tab (how to connect, who is connected now),
// and what a station is refused.
type Serve struct {
	Short   string
	Long    string
	Example string

	SSHFlag     string
	HTTPFlag    string
	PINFlag     string
	NoPINFlag   string
	KeysFlag    string
	HostKeyFlag string

	PINAndNoPIN      string
	BadAddr          string // %s: the flag; %q: the value; %s: an example
	WebPortInUse     string // %d: the port; %d: the next port
	WebPortForbidden string // %d: the port; %d: another
	WebCannotListen  string // %s: the address; %s: why

	// A station refused: a desk named as the host's own desk, a cue from a
	// desk, a sign-in from the stage.
	DeskIsHost    string // %s: desk-NAME
	NotOpen       string // the event is not open on the host: not yet, or no more
	NoCuesHere    string
	NoSignInsHere string
	BoardOnly     string // a key pressed on the board, which only shows

	// The first screen of a station whose computer did not say its
	// language: the question and the choices, shown in both languages.
	LangAsk     string
	LangName    string // the language's own name
	LangDefault string // what enter chooses: the host's language

	// The Stations tab.
	Tab         string
	Header      string // %d: stations connected
	ConnectHead string
	OtherAddr   string // %s: the addresses beyond the first, with the same commands
	NoAddress   string
	PIN         string
	NoPIN       string
	HostKey     string
	HostKeyHint string
	Web         string
	WebOff      string
	Log         string // %s: the log file
	Connected   string // %d: stations connected
	Nobody      string
	ColRole     string
	ColDesk     string
	ColFrom     string
	ColSince    string
	ByKey       string // after the time, for a station that logged in with a key
	RoleStage   string
	RoleDesk    string
	RoleBoard   string
	More        string // %d: stations not shown for want of room
	QuitClose   string // %d: stations connected, which quitting closes
}

var serveEN = Serve{
	Short: "Open an event folder and let other computers on the network be its stations",
	Long: `serve opens the event in FOLDER as run does (the full app on this laptop,
which holds the folder's lock), and lets other computers and phones on the
same network be stations of it over SSH:

  ssh -p 2222 stage@HOST      the Stage: the running order and its cues
  ssh -p 2222 desk-NAME@HOST  a sign-in desk named NAME (desk-east, desk-东门)
  ssh -p 2222 board@HOST      the board: now and next, read-only

A station logs in with the PIN on this laptop's Stations tab (or with a key
listed in --authorized-keys). The same board is a web page for a TV's
browser at http://HOST:8080/. The Stations tab shows the addresses to
connect to, the PIN, the host key's fingerprint and who is connected.`,
	Example: `  eventday serve mayday
  eventday serve mayday --pin 2468 --http ""
  eventday serve mayday --ssh :2022 --authorized-keys keys.txt --no-pin`,

	SSHFlag:     "where stations connect with ssh, `[ADDRESS]:PORT`",
	HTTPFlag:    "where the board's web page is served, `[ADDRESS]:PORT`; \"\" turns it off",
	PINFlag:     "the PIN stations type, 4 to 12 digits (default: a new random one)",
	NoPINFlag:   "no PIN: only the keys of --authorized-keys get in",
	KeysFlag:    "a `FILE` of public keys (OpenSSH authorized_keys format) that get in without the PIN",
	HostKeyFlag: "the host key's `FILE` (default: kept in your config folder, made on the first run)",

	PINAndNoPIN:      "--pin and --no-pin ask for opposite things: give one of them",
	BadAddr:          "%s %q is not an address to listen on; write e.g. %s",
	WebPortInUse:     "port %d is in use (another eventday serve?); choose another with --http :%d, or turn the web board off with --http \"\"",
	WebPortForbidden: "port %d may not be used on this computer; choose another with --http :%d",
	WebCannotListen:  "cannot serve the board's web page on %s: %s",

	DeskIsHost:    "%s is the name of the host's own desk; connect with another name",
	NotOpen:       "the event is not open on the host right now; connect again in a moment",
	NoCuesHere:    "This station is a sign-in desk: cues are made at the stage.",
	NoSignInsHere: "This station is the stage: people are signed in at a desk.",
	BoardOnly:     "This is the board: it only shows.",

	LangAsk:     "Choose a language",
	LangName:    "English",
	LangDefault: "as on the host (English)",

	Tab:         "Stations",
	Header:      "%d connected",
	ConnectHead: "Connect from a laptop or a phone on this network:",
	OtherAddr:   "The same with this laptop's other addresses: %s",
	NoAddress:   "This laptop has no network address yet: connect it to the Wi-Fi or a cable.",
	PIN:         "PIN",
	NoPIN:       "none: only the listed keys get in",
	HostKey:     "Host key",
	HostKeyHint: "ssh shows it on the first connection: it must be the same",
	Web:         "Board for a TV",
	WebOff:      "off",
	Log:         "Log: %s",
	Connected:   "Connected now: %d",
	Nobody:      "No station is connected yet.",
	ColRole:     "Station",
	ColDesk:     "Desk",
	ColFrom:     "From",
	ColSince:    "Since",
	ByKey:       "key",
	RoleStage:   "stage",
	RoleDesk:    "desk",
	RoleBoard:   "board",
	More:        "… and %d more",
	QuitClose:   "Quitting closes the stations connected now (%d). Quit anyway?",
}

var serveZH = Serve{
	Short: "打开活动文件夹，让同一网络里的其他电脑当工作站",
	Long: `serve 像 run 一样打开文件夹里的活动（这台电脑上是完整的程序，并锁住文件夹），
同时让同一网络里的其他电脑和手机通过 SSH 成为它的工作站：

  ssh -p 2222 stage@主机      舞台：节目顺序与上场调度
  ssh -p 2222 desk-名字@主机  名为“名字”的签到台（desk-east、desk-东门）
  ssh -p 2222 board@主机      看板：正在演出和下一个节目，只能看不能改

工作站用这台电脑“工作站”页上的 PIN 码登录（或用 --authorized-keys 里列出的
公钥）。同一块看板也是网页，电视的浏览器打开 http://主机:8080/ 即可。
“工作站”页上有连接地址、PIN 码、主机密钥指纹，以及现在连着的工作站。`,
	Example: `  eventday serve mayday
  eventday serve mayday --pin 2468 --http ""
  eventday serve mayday --ssh :2022 --authorized-keys keys.txt --no-pin`,

	SSHFlag:     "工作站用 ssh 连接的地址，`[地址]:端口`",
	HTTPFlag:    "看板网页的地址，`[地址]:端口`；写 \"\" 则不开网页",
	PINFlag:     "工作站要输入的 PIN 码，4 到 12 位数字（默认每次随机生成）",
	NoPINFlag:   "不用 PIN 码：只让 --authorized-keys 里的公钥登录",
	KeysFlag:    "公钥`文件`（OpenSSH 的 authorized_keys 格式），其中的公钥不用 PIN 码即可登录",
	HostKeyFlag: "主机密钥`文件`（默认保存在你的配置文件夹里，第一次运行时生成）",

	PINAndNoPIN:      "--pin 和 --no-pin 意思相反：只能用其中一个",
	BadAddr:          "%s %q 不是可以监听的地址；请写成例如 %s",
	WebPortInUse:     "端口 %d 已被占用（是不是另一个 eventday serve 在运行？）；请用 --http :%d 换一个，或用 --http \"\" 不开看板网页",
	WebPortForbidden: "这台电脑不允许使用端口 %d；请用 --http :%d 换一个",
	WebCannotListen:  "无法在 %s 上提供看板网页：%s",

	DeskIsHost:    "%s 是主机自己签到台的名字；请换个名字连接",
	NotOpen:       "主机上的活动此刻没有打开；请稍后再连接",
	NoCuesHere:    "这是签到台，不能调度节目；请在舞台工作站操作。",
	NoSignInsHere: "这是舞台工作站，不能签到；请在签到台操作。",
	BoardOnly:     "这是看板，只能看，不能操作。",

	LangAsk:     "请选择语言",
	LangName:    "中文",
	LangDefault: "与主机相同（中文）",

	Tab:         "工作站",
	Header:      "已连接 %d 个",
	ConnectHead: "在同一网络的电脑或手机上用 ssh 连接：",
	OtherAddr:   "也可以用这台电脑的其他地址，命令相同：%s",
	NoAddress:   "这台电脑还没有网络地址：请先连上 Wi-Fi 或网线。",
	PIN:         "PIN 码",
	NoPIN:       "不用 PIN 码：只认列出的公钥",
	HostKey:     "主机密钥",
	HostKeyHint: "第一次连接时 ssh 会显示它，两边必须一致",
	Web:         "电视看板",
	WebOff:      "未开启",
	Log:         "日志：%s",
	Connected:   "现在已连接：%d 个",
	Nobody:      "还没有工作站连接。",
	ColRole:     "工作站",
	ColDesk:     "签到台",
	ColFrom:     "来自",
	ColSince:    "连接时间",
	ByKey:       "公钥",
	RoleStage:   "舞台",
	RoleDesk:    "签到台",
	RoleBoard:   "看板",
	More:        "……还有 %d 个",
	QuitClose:   "现在连着的工作站（%d 个）会随之关闭。仍要退出吗？",
}
