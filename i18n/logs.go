package i18n

// Logs holds what the command line says about the two logs, show.jsonl and
// attendance.jsonl: a last line set aside or left out, damage and the one
// command that mends it, times to look at, the summary of "check", and the
// "repair" command. File names and line numbers come first in each message,
// as in every message about the user's files.
type Logs struct {
	CheckSummary string // %s: the event's name; %d acts; %d cues; %d people on the roster; %d signed in

	// The last line of a log cut short by a crash (Torn) or whole but no
	// record (Unreadable): set aside by a start, left out by a read (the
	// export, the report), to be set aside by the next start (check).
	// %s: the log; %d: the line; %d: its bytes; %s: the file it goes to.
	TornSetAside        string
	TornLeftOut         string
	TornNextStart       string
	UnreadableSetAside  string
	UnreadableLeftOut   string
	UnreadableNextStart string

	// Times check flags. %s: the log; %d: the line; %s: its time; %s: now.
	Future    string
	FutureRun string // the same, then %d: how many lines; %d: the last of them
	// %s: the log; %d: the line; %s: its time; %d: the line before; %s: that line's time.
	ClockBack  string
	MoreDoubts string // %s: the log; %d: how many more lines to look at

	// Damage in the middle of a log.
	LineTooLong string // %s: the log; %d: the line; %d: its bytes; %d: the most a line holds
	NotARecord  string // %s: the log; %d: the line
	Unfit       string // %s: the log; %d: the line
	GoneAct     string // %s: the log; %d: the line; %q: the act's id
	// How to carry on; %s: the command; %s: the log; %s: the file the damaged lines go to.
	RepairHint     string
	RepairHintShow string

	RepairShort   string
	RepairLong    string
	RepairExample string

	// What repair did. %s: the log; %d: lines kept; %d: lines set aside;
	// %s: which lines; %s: the file they went to; %s: the backup.
	Repaired        string
	RepairedShow    string // the cue log: the same, and the show resumes before the first line set aside
	NothingToRepair string // %s: the log
	LineOne         string // %d: a line number
	Lines           string // %s: line numbers, or a range of them
	LineSep         string // between line numbers
	LinesMore       string // %s: the first line numbers of a longer list
	RepairLocked    string // %s: the folder; %s: who has it open
}

var logsEN = Logs{
	CheckSummary: "%s: %d acts, %d cues; %d people on the roster, %d signed in",

	TornSetAside:        "%s:%d: the last line was cut short by a crash (%d bytes); it was set aside in %s",
	TornLeftOut:         "%s:%d: an unfinished last line (%d bytes) was left out; the next start sets it aside in %s",
	TornNextStart:       "%s:%d: the last line is cut short (a crash, %d bytes); the next start sets it aside in %s",
	UnreadableSetAside:  "%s:%d: the last line was damaged (%d bytes that are no record, as a power cut can leave); it was set aside in %s",
	UnreadableLeftOut:   "%s:%d: the last line is damaged (%d bytes that are no record); it was left out, and the next start sets it aside in %s",
	UnreadableNextStart: "%s:%d: the last line is damaged (%d bytes that are no record, as a power cut can leave); the next start sets it aside in %s",

	Future:     "%s:%d: dated %s, later than now (%s): the computer's clock was ahead when it was written; the time is kept as it is",
	FutureRun:  "%s:%d: dated %s, later than now (%s): the computer's clock was ahead when it was written; %d lines in a row are like this, to line %d",
	ClockBack:  "%s:%d: dated %s, earlier than line %d (%s): the computer's clock went back; look at the times around it",
	MoreDoubts: "%s: %d more lines like these",

	LineTooLong:    "%s:%d: the line is %d bytes long, more than any record (at most %d): it is damaged",
	NotARecord:     "%s:%d: the line is damaged: it is not a whole record",
	Unfit:          "%s:%d: the line does not fit the lines before it (a line lost, or copied in from elsewhere): the log is damaged",
	GoneAct:        "%s:%d: the show's record names the act %q, which is no longer in event.yaml (renamed or removed?); put the act back as it was",
	RepairHint:     "to carry on, run: %s (it keeps %s whole in a backup, moves the damaged lines to %s and keeps every other line)",
	RepairHintShow: "to carry on, run: %s (it keeps %s whole in a backup and moves the damaged cue and the cues after it to %s; the show resumes from the cue before it)",

	RepairShort: "Set aside the damaged lines of the logs, keeping everything",
	RepairLong: `repair mends the logs of the event in FOLDER (show.jsonl and
attendance.jsonl) when a line in the middle is damaged (a power cut, a disk
error) and "eventday run" refuses to start. Nothing is lost:

  - the log is first kept whole, as it is, in a backup beside it
    (attendance.jsonl.bak-20261130-1432; an earlier backup is never
    overwritten);
  - the damaged lines are added to attendance.jsonl.damaged;
  - only then is the log replaced, in one step, by the lines that still
    read: every other sign-in stays and counts.

In show.jsonl the cues after a damaged one are set aside with it: each cue
follows the one before, so the show resumes as it stood before the damage.

repair takes the folder's lock: quit "eventday run" first. A log with no
damage is not touched.`,
	RepairExample: `  eventday repair mayday`,

	Repaired:        "%s: %d line(s) kept, %d set aside (%s) in %s; the file as it was is %s",
	RepairedShow:    "%s: %d cue(s) kept, %d set aside (%s) in %s; the file as it was is %s. The show is back where it stood before the first of them: redo the cues that came after",
	NothingToRepair: "%s: nothing to repair",
	LineOne:         "line %d",
	Lines:           "lines %s",
	LineSep:         ", ",
	LinesMore:       "%s, …",
	RepairLocked:    "%s is open in eventday (%s): quit it, then run repair again; nothing was changed",
}

var logsZH = Logs{
	CheckSummary: "%s：%d 个节目，%d 条舞台操作；名单上 %d 人，已签到 %d 人",

	TornSetAside:        "%s:%d：最后一行在死机时只写了一半（%d 字节），已移到 %s",
	TornLeftOut:         "%s:%d：最后一行没写完（%d 字节），这次没有计入；下次启动时会移到 %s",
	TornNextStart:       "%s:%d：最后一行只写了一半（死机所致，%d 字节）；下次启动时会移到 %s",
	UnreadableSetAside:  "%s:%d：最后一行已损坏（%d 字节，不是一条记录，断电可能留下这样的内容），已移到 %s",
	UnreadableLeftOut:   "%s:%d：最后一行已损坏（%d 字节，不是一条记录），这次没有计入；下次启动时会移到 %s",
	UnreadableNextStart: "%s:%d：最后一行已损坏（%d 字节，不是一条记录，断电可能留下这样的内容）；下次启动时会移到 %s",

	Future:     "%s:%d：时间是 %s，晚于现在（%s）：写入时电脑的时钟快了；时间按原样保留",
	FutureRun:  "%s:%d：时间是 %s，晚于现在（%s）：写入时电脑的时钟快了；连续 %d 行都是这样，到第 %d 行为止",
	ClockBack:  "%s:%d：时间是 %s，早于第 %d 行（%s）：电脑的时钟往回调过；请核对这前后的时间",
	MoreDoubts: "%s：另有 %d 行也是这样",

	LineTooLong:    "%s:%d：这一行有 %d 字节，比任何记录都长（最多 %d 字节）：这一行已损坏",
	NotARecord:     "%s:%d：这一行已损坏：它不是一条完整的记录",
	Unfit:          "%s:%d：这一行和前面的行对不上（丢了一行，或者从别处复制进来的）：记录已损坏",
	GoneAct:        "%s:%d：演出记录里提到节目 %q，但 event.yaml 里已经没有它了（改了名或删掉了？）；请把这个节目按原样加回去",
	RepairHint:     "要继续使用，请运行：%s（它先把 %s 完整备份，把损坏的行移到 %s，其余每一行都保留）",
	RepairHintShow: "要继续使用，请运行：%s（它先把 %s 完整备份，把损坏的那条舞台操作及其后的操作移到 %s；演出回到损坏之前的状态）",

	RepairShort: "把日志里损坏的行移出去，什么都不丢",
	RepairLong: `repair 修复文件夹里活动的日志（show.jsonl 和 attendance.jsonl）：
当中间某一行损坏（断电、磁盘出错）、"eventday run" 无法启动时使用。什么都不会丢：

  - 先把日志原样完整备份在旁边
    （attendance.jsonl.bak-20261130-1432；已有的备份从不覆盖）；
  - 把损坏的行追加到 attendance.jsonl.damaged；
  - 然后一步换成仍然可读的那些行：其余每一条签到都保留并计数。

show.jsonl 里损坏的那条舞台操作之后的操作也一起移出：每条操作都接着前一条，
所以演出回到损坏之前的状态。

repair 会锁住文件夹：请先退出 "eventday run"。没有损坏的日志不会被改动。`,
	RepairExample: `  eventday repair mayday`,

	Repaired:        "%s：保留 %d 行，移出 %d 行（%s）到 %s；原来的文件是 %s",
	RepairedShow:    "%s：保留 %d 条舞台操作，移出 %d 条（%s）到 %s；原来的文件是 %s。演出回到其中第一条之前的状态：请重做那之后的操作",
	NothingToRepair: "%s：没有需要修复的",
	LineOne:         "第 %d 行",
	Lines:           "第 %s 行",
	LineSep:         "、",
	LinesMore:       "%s 等",
	RepairLocked:    "%s 正在 eventday 里打开（%s）：请先退出它，再运行 repair；什么也没改",
}
