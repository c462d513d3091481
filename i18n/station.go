package i18n

// Station holds what the stations' SSH server says: to someone connecting
// (the PIN prompt, a refused name, a desk already taken, in the language
// their terminal sends) and to the host (a port it cannot listen on, a host
// key or a key file it cannot use).
type Station struct {
	// PINPrompt asks for the PIN; PINInstruction is shown above it.
	PINPrompt      string
	PINInstruction string
	TooManyPINs    string // %s: the address that typed them

	// NotAStation refuses a user name that names no station; ConnectAs
	// heads the list of those that do, one ssh command a line, each with
	// what the station is for.
	NotAStation string // %s: the user name, escaped
	ConnectAs   string
	ForStage    string
	ForDesk     string
	ForBoard    string
	DeskNAME    string // the placeholder for a desk's name in "desk-NAME"
	DeskRule    string // what a desk's name may be made of

	DeskBusy     string // %s: desk-NAME; %s: the address it is connected from; %s: since (15:04); %s: a free name
	DeskBusySelf string // added when that address is the newcomer's own: an earlier connection that was cut

	NoTerminal  string // the client asked for no terminal (ssh -T, or a command)
	CannotOpen  string // %s: why the caller could not make the station's screen
	HostStopped string // the host closed eventday while the station was on

	// Errors on the host, when serve starts.
	PortInUse     string // %d: the port; %d: the next port
	PortForbidden string // %d: the port; %d: another
	CannotListen  string // %s: the address; %s: why
	HostKeyLink   string // %s: the file
	HostKeyOpen   string // %s: the file; %s: its mode; %s: the file
	HostKeyBad    string // %s: the file; %s: why
	HostKeyMake   string // %s: the file; %s: why
	KeysRead      string // %s: the file; %s: why
	KeysLine      string // %s: the file; %d: the line; %s: why
	KeysNone      string // %s: the file
	KeysOptions   string // %s: the file; %d: the line; %s: the options in front of the key
	BadPIN        string // %s: the PIN as given
	NoWayIn       string
}

var stationEN = Station{
	PINPrompt:      "PIN: ",
	PINInstruction: "Type the PIN shown on the eventday host's screen.",
	TooManyPINs:    "Too many wrong PINs from %s. Wait a minute, then try again.",

	NotAStation: "“%s” is not a station of this event.",
	ConnectAs:   "Connect as one of these:",
	ForStage:    "the Stage: the running order and its cues",
	ForDesk:     "a sign-in desk named NAME, e.g. desk-east",
	ForBoard:    "the board: now and next, read-only",
	DeskNAME:    "NAME",
	DeskRule:    "NAME: 1 to 20 letters, digits, - or _ (Chinese too: desk-东门).",

	DeskBusy:     "%s is already connected from %s since %s; use another name, e.g. %s",
	DeskBusySelf: "That is this computer's own address: if its earlier connection was cut, it is let go within a minute; then try again.",

	NoTerminal:  "A station needs a terminal: connect without -T and without a command.",
	CannotOpen:  "This station cannot open: %s",
	HostStopped: "The host has closed eventday; this station is closed too.",

	PortInUse:     "port %d is in use (another eventday serve?); choose another with --ssh :%d",
	PortForbidden: "port %d may not be used on this computer; choose another with --ssh :%d",
	CannotListen:  "cannot listen for stations on %s: %s",
	HostKeyLink:   "host key %s is a link or not a plain file; give the key file itself with --host-key",
	HostKeyOpen:   "host key %s can be read by other users (mode %s); make it private with: chmod 600 %s",
	HostKeyBad:    "host key %s is not an SSH private key eventday can use (%s); give another with --host-key, or delete it to make a new one (stations will then be warned that the host key changed)",
	HostKeyMake:   "cannot make the host key %s: %s",
	KeysRead:      "cannot read the authorized keys %s: %s",
	KeysLine:      "%s:%d: not a public key in OpenSSH format (%s)",
	KeysNone:      "%s holds no public key; put one key a line, as ssh-keygen writes them in id_ed25519.pub",
	KeysOptions:   "%s:%d: options in front of the key (%s) are not supported; remove them, or leave the key out",
	BadPIN:        "PIN %s: use 4 to 12 digits",
	NoWayIn:       "stations need a way in: a PIN, or a file of authorized keys",
}

var stationZH = Station{
	PINPrompt:      "PIN 码：",
	PINInstruction: "请输入 eventday 主机屏幕上显示的 PIN 码。",
	TooManyPINs:    "从 %s 输错 PIN 码的次数太多了。请等一分钟再试。",

	NotAStation: "本次活动没有叫“%s”的工作站。",
	ConnectAs:   "请用下面一种方式连接：",
	ForStage:    "舞台：节目顺序与上场调度",
	ForDesk:     "签到台，名字自取，例如 desk-east",
	ForBoard:    "看板：正在演出和下一个节目，只能看不能改",
	DeskNAME:    "名字",
	DeskRule:    "名字：1 到 20 个字，可用汉字、字母、数字、- 或 _（例如 desk-东门）。",

	DeskBusy:     "%s 已经从 %s 连上了（%s 起）；请换个名字，例如 %s",
	DeskBusySelf: "这正是本机的地址：如果是之前的连接断了，一分钟内会自动释放，请稍后再试。",

	NoTerminal:  "工作站需要终端：连接时不要加 -T，也不要带命令。",
	CannotOpen:  "这个工作站打不开：%s",
	HostStopped: "主机已关闭 eventday，这个工作站也随之关闭。",

	PortInUse:     "端口 %d 已被占用（是不是另一个 eventday serve 在运行？）；请用 --ssh :%d 换一个",
	PortForbidden: "这台电脑不允许使用端口 %d；请用 --ssh :%d 换一个",
	CannotListen:  "无法在 %s 上等待工作站连接：%s",
	HostKeyLink:   "主机密钥 %s 是链接或不是普通文件；请用 --host-key 指定密钥文件本身",
	HostKeyOpen:   "主机密钥 %s 其他用户也能读取（权限 %s）；请设为私有：chmod 600 %s",
	HostKeyBad:    "主机密钥 %s 不是 eventday 能用的 SSH 私钥（%s）；请用 --host-key 换一个，或删除它以生成新的（届时各工作站会收到主机密钥已变的警告）",
	HostKeyMake:   "无法生成主机密钥 %s：%s",
	KeysRead:      "无法读取授权公钥文件 %s：%s",
	KeysLine:      "%s:%d：不是 OpenSSH 格式的公钥（%s）",
	KeysNone:      "%s 里没有公钥；请每行放一个公钥，格式同 ssh-keygen 生成的 id_ed25519.pub",
	KeysOptions:   "%s:%d：不支持公钥前的选项（%s）；请删掉这些选项，或不要列出这个公钥",
	BadPIN:        "PIN 码 %s：请用 4 到 12 位数字",
	NoWayIn:       "工作站需要一种登录方式：PIN 码，或授权公钥文件",
}
