package i18n

// Folder holds what eventday says about the files it opens and writes and
// about being stopped: a link where a file of its own should be, a file
// named outside the event folder, an export that would overwrite one of the
// folder's own files, the folder held by another eventday, a name typed with
// a control character in it, and a command stopped by ctrl+c or by its
// terminal closing.
type Folder struct {
	NotPlainLink  string // %s: the file
	NotPlain      string // %s: the file
	OutsideFolder string // %s: the file as event.yaml names it
	OwnFile       string // %s: the path given to -o; %s: the folder's file it would overwrite
	InUse         string // %s: the file another program keeps open

	ControlChar string // %s: the flag; %s: the character, escaped (\u009b); %d: its place in the text

	// Holder says who holds a folder: the eventday command, its process,
	// the computer and since when.
	Holder        string // %s: command; %d: process ID; %s: computer; %s: since when
	HolderUnknown string // when the lock file does not say

	// Refusals of a folder held by another eventday: by the app (run,
	// demo), by another signin, or by a holder the lock file does not name.
	SigninLockedSignin string // %s: the folder; %s: the holder
	SigninLockedOther  string // %s: the folder; %s: the holder
	RunLockedApp       string // %s: the folder; %s: the holder
	RunLockedSignin    string // %s: the folder; %s: the holder
	RunLockedOther     string // %s: the folder; %s: the holder

	// What stopped a command, inside the Stopped texts.
	ByInterrupt string
	ByHangup    string
	ByOther     string
	ByAppClosed string // the app that ran a signin handed to it quit

	Stopped       string // %s: what stopped it; nothing was written
	StoppedMore   string // %s: what stopped it; the files listed were written, nothing more
	StoppedSignin string // %s: what stopped it; %d: entries written; %d: the sheet's first line not written
	StoppedApp    string // %s: what stopped it
}

var folderEN = Folder{
	NotPlainLink:  "%s is a link to another file; eventday writes only to the event folder's own files: delete the link and try again (nothing was changed)",
	NotPlain:      "%s is not a plain file (a folder, a device or a pipe); move it out of the way and try again (nothing was changed)",
	OutsideFolder: "not read: %s is outside the event folder; put the spreadsheet in the folder and name it as it is there (acts_csv: acts.csv)",
	OwnFile:       "-o %s would overwrite the event's own %s; write the export somewhere else (nothing was written)",
	InUse:         "%s is open in another program (Excel or WPS?): close it there and export again",

	ControlChar: "%s: the text has a control character (%s, character %d); type it without one",

	Holder:        "eventday %s, pid %d on %s, since %s",
	HolderUnknown: "another process",

	SigninLockedSignin: "%s is in use by another signin (%s): wait until it has finished, then run signin again; nothing was written",
	SigninLockedOther:  "%s is open in another eventday (%s): wait until it has finished or quit it, then run signin again; nothing was written",
	RunLockedApp:       "%s is open already (%s): use that window, or quit it there first",
	RunLockedSignin:    "%s is in use by signin (%s): wait until it has finished (it takes seconds), then start again",
	RunLockedOther:     "%s is open in another eventday (%s): quit it first",

	ByInterrupt: "ctrl+c",
	ByHangup:    "the terminal was closed",
	ByOther:     "asked to stop",
	ByAppClosed: "the app holding the folder was closed",

	Stopped:       "stopped (%s); nothing was written",
	StoppedMore:   "stopped (%s); the files listed above are complete, nothing more was written",
	StoppedSignin: "stopped (%s): %d entries were written and are on disk; from line %d of the sheet on nothing was written",
	StoppedApp:    "stopped (%s); every cue and sign-in the screen showed is saved",
}

var folderZH = Folder{
	NotPlainLink:  "%s 是指向别处的链接；eventday 只写活动文件夹里自己的文件：请删除这个链接后再试（什么也没改动）",
	NotPlain:      "%s 不是普通文件（是文件夹、设备或管道）；请把它移走后再试（什么也没改动）",
	OutsideFolder: "没有读取：%s 不在活动文件夹里；请把节目表放进文件夹，并按它在文件夹里的名字填写（acts_csv: acts.csv）",
	OwnFile:       "-o %s 会覆盖活动自己的 %s；请把导出文件写到别处（什么也没写）",
	InUse:         "%s 正在被别的程序打开（Excel 或 WPS？）：请先在那里关闭它，再导出",

	ControlChar: "%s：文字里有控制字符（%s，第 %d 个字符）；请去掉它重新输入",

	Holder:        "eventday %s，进程号 %d，电脑 %s，%s 起",
	HolderUnknown: "另一个进程",

	SigninLockedSignin: "%s 正被另一个 signin 使用（%s）：请等它写完，再运行 signin；什么也没写",
	SigninLockedOther:  "%s 正在另一个 eventday 里打开（%s）：请等它结束或退出它，再运行 signin；什么也没写",
	RunLockedApp:       "%s 已经打开了（%s）：请用那个窗口，或者先在那里退出",
	RunLockedSignin:    "%s 正被 signin 使用（%s）：请等它写完（只要几秒），再打开",
	RunLockedOther:     "%s 正在另一个 eventday 里打开（%s）：请先退出它",

	ByInterrupt: "按了 ctrl+c",
	ByHangup:    "终端已关闭",
	ByOther:     "收到停止请求",
	ByAppClosed: "占用文件夹的 eventday 界面已经退出",

	Stopped:       "已停止（%s）；什么也没写",
	StoppedMore:   "已停止（%s）；上面列出的文件已完整写好，其余都没有写",
	StoppedSignin: "已停止（%s）：已写入 %d 条，都已存盘；签到表从第 %d 行起都没有写入",
	StoppedApp:    "已停止（%s）；屏幕上显示过的每个节目操作和每条签到都已保存",
}
