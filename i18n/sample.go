package i18n

// Sample holds the words of the built-in event (the May Day show that init
// writes and demo runs) that follow the reader's language: the roster's
// column headers and categories, and the comments of its event.yaml. The
// show itself (the names, the acts' titles, the MC's lines) is the
// neighbourhood's own and stays in Chinese in both languages.
type Sample struct {
	// The roster's header, column by column.
	ColName     string
	ColCategory string
	ColGroup    string
	ColPhone    string
	ColAct      string
	ColNote     string

	// The roster's categories. Resident is also the walk-in form's word
	// for a resident, so that walk-ins and the roster count as one.
	Performer string
	Volunteer string
	Honoree   string
	Sponsor   string
	Resident  string

	// event.yaml's comments, each on one line of the file: above the
	// event, after each of its keys, above the acts, after each key of
	// the first act, and at the end.
	About      string
	AboutNext  string
	Name       string
	Date       string
	Venue      string
	Start      string
	Timezone   string
	Capacity   string
	CallAhead  string
	Acts       string
	ActsFile   string
	ActsFileEg string
	ActID      string
	ActTitle   string
	ActPerf    string
	ActDur     string
	ActIntro   string
	ActNotes   string
	ActContact string
}

// Comments lists event.yaml's comments in the order the file has them.
func (s Sample) Comments() []string {
	return []string{
		s.About, s.AboutNext,
		s.Name, s.Date, s.Venue, s.Start, s.Timezone, s.Capacity, s.CallAhead,
		s.Acts,
		s.ActID, s.ActTitle, s.ActPerf, s.ActDur, s.ActIntro, s.ActNotes, s.ActContact,
		s.ActsFile, s.ActsFileEg,
	}
}

// Columns lists the roster's header in the order of its columns.
func (s Sample) Columns() []string {
	return []string{s.ColName, s.ColCategory, s.ColGroup, s.ColPhone, s.ColAct, s.ColNote}
}

// Categories lists the roster's categories.
func (s Sample) Categories() []string {
	return []string{s.Performer, s.Volunteer, s.Honoree, s.Sponsor, s.Resident}
}

var sampleEN = Sample{
	ColName:     "name",
	ColCategory: "category",
	ColGroup:    "group",
	ColPhone:    "phone",
	ColAct:      "act",
	ColNote:     "note",

	Performer: "performer",
	Volunteer: "volunteer",
	Honoree:   "honoree",
	Sponsor:   "sponsor",
	Resident:  "resident",

	About:      "The May Day show of the Xingfuli neighbourhood, the sample event eventday comes with.",
	AboutNext:  "Change it into your own event, then run: eventday check FOLDER",
	Name:       "the event's name, at the top of every screen and paper",
	Date:       "the day, as YYYY-MM-DD",
	Venue:      "where (optional)",
	Start:      "planned start of the first act, HH:MM (keep the quotes)",
	Timezone:   "optional; without it, this computer's time zone",
	Capacity:   "optional: how many people the place holds",
	CallAhead:  "optional: how early to call performers to the waiting area (10m if left out)",
	Acts:       "The acts, in running order; the comments of the first act say what each key is for.",
	ActsFile:   "Instead of acts:, the programme can be a spreadsheet in this folder, one act a row,",
	ActsFileEg: "saved as CSV or as an Excel or WPS workbook: acts_csv: acts.csv, or acts_csv: acts.xlsx",
	ActID:      "a short name; the act column of roster.csv links performers to it",
	ActTitle:   "the act as the programme prints it (required)",
	ActPerf:    "who performs",
	ActDur:     `how long it lasts: 5m, 90s, 1m30s or "4:30" (required)`,
	ActIntro:   "the MC's lines before the act",
	ActNotes:   "for the stage manager: microphones, props, music",
	ActContact: "whom to call, with a phone number",
}

var sampleZH = Sample{
	ColName:     "姓名",
	ColCategory: "类别",
	ColGroup:    "楼栋",
	ColPhone:    "电话",
	ColAct:      "节目",
	ColNote:     "备注",

	Performer: "演员",
	Volunteer: "志愿者",
	Honoree:   "寿星",
	Sponsor:   "赞助商",
	Resident:  "居民",

	About:      "幸福里社区五一文艺汇演：eventday 自带的示例活动。",
	AboutNext:  "照着它改成自己的活动，改完运行：eventday check 文件夹",
	Name:       "活动名称，显示在每个屏幕和每张打印件的最上面",
	Date:       "日期，按“年-月-日”写",
	Venue:      "地点（可不填）",
	Start:      "第一个节目的计划开始时间，时:分（引号要保留）",
	Timezone:   "可不填；不填就用这台电脑的时区",
	Capacity:   "可不填：场地能容纳多少人",
	CallAhead:  "可不填：提前多久叫演员到候场区（不填为 10 分钟）",
	Acts:       "节目按演出顺序排列；第一个节目每一项后面的注释说明这一项填什么。",
	ActsFile:   "也可以不写 acts:，改用这个文件夹里的表格，每行一个节目，",
	ActsFileEg: "存成 CSV 或 Excel、WPS 表格都行：acts_csv: acts.csv，或 acts_csv: acts.xlsx",
	ActID:      "简短的编号；roster.csv 的“节目”列用它把演员和节目对上",
	ActTitle:   "节目名称，和节目单上印的一样（必填）",
	ActPerf:    "表演者",
	ActDur:     `演出时长，如 5m、90s、"4:30"、5分钟（必填）`,
	ActIntro:   "主持人报幕的串词",
	ActNotes:   "给舞台监督看的备注：话筒、道具、伴奏",
	ActContact: "联系人和电话",
}
