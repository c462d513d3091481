package checkin

import (
	"fmt"
	"slices"
	"testing"
)

// TestSearchCommonReadingFirst: within a kind, a name matched through its
// characters' usual readings comes before one matched only through a rare
// reading, which is still found; a family name's usual readings are its
// readings as a surname.
func TestSearchCommonReadingFirst(t *testing.T) {
	names := []string{
		"沈桂英", "陈一一", "陈美华", // 沈 is shěn; chén only in old texts
		"单志刚", "丹妮", "山田", // 单 starting a name is Shàn
		"曾凡",             // 曾 starting a name is Zēng
		"乐嘉", "张乐", "张悦", // 乐 is lè in a given name, Yuè or Lè as a surname
		"长红", "张红", "长孙无忌", "王长顺", // 长 is Cháng as a surname, Zhǎng in 长孙, cháng in a given name
		"翟志刚", "狄龙", // 翟 is Zhái as a surname
		"万俟元", "万芳", "莫言", // 万 is Mò only in 万俟
		"解晓东", "谢霆锋", // 解 is Xiè as a surname
		"沈", // a whole name through a rare reading
	}
	people := make([]Person, len(names))
	for i, n := range names {
		people[i] = Person{ID: fmt.Sprint(i), Name: n}
	}
	ix := NewIndex(people)
	tests := []struct {
		query string
		want  []string
	}{
		// A quick "chen" and enter signs in 陈, not 沈; "shen" finds 沈.
		{"chen", []string{"沈:exact rare", "陈一一:prefix", "陈美华:prefix", "沈桂英:prefix rare"}},
		{"shen", []string{"沈:exact", "沈桂英:prefix"}},
		{"cgy", []string{"沈桂英:exact rare"}},
		{"sgy", []string{"沈桂英:exact"}},
		{"沈gy", []string{"沈桂英:initials"}}, // the character itself is its common reading
		{"shan", []string{"单志刚:prefix", "山田:prefix"}},
		{"dan", []string{"丹妮:prefix", "单志刚:prefix rare"}},
		{"zeng", []string{"曾凡:prefix"}},
		{"ceng", []string{"曾凡:prefix rare"}},
		{"zhangyue", []string{"张悦:exact", "张乐:exact rare"}},
		{"zhangle", []string{"张乐:exact"}},
		{"yuejia", []string{"乐嘉:exact"}},
		{"lejia", []string{"乐嘉:exact"}},
		{"zhanghong", []string{"张红:exact", "长红:exact rare"}},
		{"changhong", []string{"长红:exact"}},
		{"zhangsun", []string{"长孙无忌:prefix"}},
		{"changsun", []string{"长孙无忌:prefix rare"}},
		{"wangchangshun", []string{"王长顺:exact"}},
		{"wangzhangshun", []string{"王长顺:exact rare"}},
		{"zhai", []string{"翟志刚:prefix"}},
		{"di", []string{"狄龙:prefix", "翟志刚:prefix rare"}},
		{"moqi", []string{"万俟元:prefix"}},
		{"mo", []string{"万俟元:prefix", "莫言:prefix", "万芳:prefix rare", "长孙无忌:substring rare"}}, // 无 is mó in 南无
		{"wanfang", []string{"万芳:exact"}},
		{"xie", []string{"解晓东:prefix", "谢霆锋:prefix"}},
		{"jie", []string{"解晓东:prefix rare"}},
	}
	for _, tt := range tests {
		if got := found(ix.Search(tt.query, 0)); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = %q, want %q", tt.query, got, tt.want)
		}
		if got, want := found(ix.Search(tt.query, 1)), tt.want[:1]; !slices.Equal(got, want) {
			t.Errorf("Search(%q, 1) = %q, want %q", tt.query, got, want)
		}
	}
}

// TestCommonReadings pins what the ranking rests on: which of a character's
// readings count as common where it stands. The pinyin library lists the
// most used reading first; where names read a character otherwise, the
// tables of surnames, compound surnames and given names say so.
func TestCommonReadings(t *testing.T) {
	tests := []struct {
		r      rune
		at     role
		common []string
		all    []string // every reading, common or not; nil: not checked
	}{
		{'沈', inName, []string{"shen"}, []string{"shen", "chen", "tan"}},
		{'沈', asSurname, []string{"shen"}, nil},
		{'陈', asSurname, []string{"chen"}, []string{"chen"}},
		{'单', inName, []string{"dan"}, []string{"dan", "chan", "shan"}},
		{'单', asSurname, []string{"shan"}, nil},
		{'单', inCompound, []string{"chan"}, nil},
		{'曾', inName, []string{"ceng"}, []string{"ceng", "zeng"}},
		{'曾', asSurname, []string{"zeng"}, nil},
		{'仇', inName, []string{"chou"}, nil},
		{'仇', asSurname, []string{"qiu"}, nil},
		{'解', inName, []string{"jie"}, nil},
		{'解', asSurname, []string{"xie"}, nil},
		{'查', inName, []string{"cha"}, nil},
		{'查', asSurname, []string{"zha"}, nil},
		{'朝', inName, []string{"chao"}, []string{"chao", "zhao", "zhu"}},
		{'朝', asSurname, []string{"chao"}, nil},
		{'重', inName, []string{"zhong"}, nil},
		{'重', asSurname, []string{"chong"}, nil},
		{'长', inName, []string{"chang"}, []string{"zhang", "chang"}},
		{'长', asSurname, []string{"chang"}, nil},
		{'长', inCompound, []string{"zhang"}, nil},
		{'乐', inName, []string{"le"}, []string{"le", "yue"}},
		{'乐', asSurname, []string{"le", "yue"}, nil},
		{'行', inName, []string{"xing"}, nil},
		{'藏', inName, []string{"cang"}, nil},
		{'藏', asSurname, []string{"zang"}, nil},
		{'会', inName, []string{"hui"}, nil},
		{'都', inName, []string{"dou"}, nil},
		{'都', asSurname, []string{"du"}, nil},
		{'和', inName, []string{"he"}, nil},
		{'薄', inName, []string{"bao"}, nil},
		{'薄', asSurname, []string{"bo"}, nil},
		{'区', asSurname, []string{"ou"}, nil},
		{'朴', asSurname, []string{"piao"}, nil},
		{'尉', asSurname, []string{"wei"}, nil},
		{'尉', inCompound, []string{"yu"}, nil},
		{'盖', asSurname, []string{"gai", "ge"}, nil},
		{'种', asSurname, []string{"chong"}, nil},
		{'翟', inName, []string{"di"}, []string{"di", "zhai"}},
		{'翟', asSurname, []string{"zhai"}, nil},
		{'万', asSurname, []string{"wan"}, []string{"wan", "mo"}},
		{'万', inCompound, []string{"mo"}, nil},
		{'俟', inName, []string{"qi"}, []string{"qi", "si"}},
		{'卜', inName, []string{"bu"}, []string{"bo", "bu", "pu"}},
		// ü typed as v or u, both common when the reading is.
		{'吕', asSurname, []string{"lu", "lv"}, []string{"lv", "lu"}},
		{'绿', inName, []string{"lu", "lv"}, []string{"lv", "lu"}},
	}
	c := newReadingCache()
	for _, tt := range tests {
		var common, all []string
		for _, rd := range c.readings(tt.r, tt.at) {
			all = append(all, rd.s)
			if rd.common {
				common = append(common, rd.s)
			}
		}
		slices.Sort(common)
		if !slices.Equal(common, tt.common) {
			t.Errorf("%c at role %d: common readings %q, want %q (all: %q)", tt.r, tt.at, common, tt.common, all)
		}
		if tt.all != nil && !slices.Equal(all, tt.all) {
			t.Errorf("%c at role %d: readings %q, want %q", tt.r, tt.at, all, tt.all)
		}
	}
}
