package i18n

// Gates holds what eventday says about an event whose sign-ins are made at
// several gates, each a laptop that keeps signing people in on its own
// while the network is down, and that meet later at the host.
type Gates struct {
	Host string // how the host's own gate is named in a list of gates

	// The folder opened as the wrong gate: its sign-ins were made
	// elsewhere.
	OpenAsDesk string // %s: the desk that made its sign-ins
	OpenAsHost string // %s: the desk it was opened as
	OpenAsThat string // %s: the desk that made its sign-ins; %s: the desk it was opened as

	// An undo of an entry another gate made.
	UndoOtherGate string // %d: the entry's number; %s: the gate that made it

	// Received records that do not fit.
	ReceivedOwn string // %s: this gate
	Rehearsal   string // records received during a rehearsal
	BadGateFile string // %s: the file of gates/ whose name is no gate
	OwnGateFile string // %s: the file of gates/; %s: this gate

	// The report.
	ConflictsTitle string // the section of people signed in at two gates
	ConflictLine   string // %s: the person; %s: gate counted; %s: its time; %s: the other gate; %s: its time
	NameGroup      string // %s: name; %s: group — the person in a conflict
	PerGateTitle   string // the section of entries per gate
	ColGate        string // the column of the gates
	ColEntries     string // the column of their entries standing
}

var gatesEN = Gates{
	Host: "host",

	OpenAsDesk: "this folder's sign-ins were made at desk %s; open it as that desk",
	OpenAsHost: "this folder's sign-ins were made by the host, not at desk %s; open it as the host",
	OpenAsThat: "this folder's sign-ins were made at desk %s, not desk %s; open it as that desk",

	UndoOtherGate: "#%d was signed in at gate %s: only that gate can take it back",

	ReceivedOwn: "a record of this gate (%s) came back from another; a gate's own records are written by it alone",
	Rehearsal:   "a rehearsal takes no sign-ins from other gates",
	BadGateFile: "%s: the file's name is no gate's name (a-z, 0-9 and '-'); move it out of the gates folder",
	OwnGateFile: "%s: sign-ins of this gate (%s) belong in attendance.jsonl, not among those received from other gates; move the file out of the gates folder",

	ConflictsTitle: "Signed in at two gates (counted once)",
	ConflictLine:   "%s: %s at %s, and %s at %s",
	NameGroup:      "%s (%s)",
	PerGateTitle:   "Entries per gate",
	ColGate:        "Gate",
	ColEntries:     "Entries",
}

var gatesZH = Gates{
	Host: "主机",

	OpenAsDesk: "这个文件夹里的签到是在签到台 %s 录入的，请以该签到台的身份打开",
	OpenAsHost: "这个文件夹里的签到是主机录入的，不是签到台 %s 录入的，请以主机身份打开",
	OpenAsThat: "这个文件夹里的签到是在签到台 %s 录入的，不是签到台 %s，请以录入这些签到的签到台的身份打开",

	UndoOtherGate: "#%d 是在入口 %s 签到的，只有那个入口才能撤销",

	ReceivedOwn: "收到了本入口（%s）自己的记录；每个入口的记录只能由它自己写入",
	Rehearsal:   "彩排不接收其他入口的签到",
	BadGateFile: "%s：文件名不是入口名称（只能用 a-z、0-9 和 '-'），请把它移出 gates 文件夹",
	OwnGateFile: "%s：本入口（%s）的签到应当记在 attendance.jsonl 里，而不是和其他入口的放在一起；请把这个文件移出 gates 文件夹",

	ConflictsTitle: "在两个入口都签了到（只算一次）",
	ConflictLine:   "%s：先在 %s（%s）签到，又在 %s（%s）签到",
	NameGroup:      "%s（%s）",
	PerGateTitle:   "各入口签到数",
	ColGate:        "入口",
	ColEntries:     "签到数",
}
