package checkin

import "testing"

func TestMaskPhones(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"王老师 13800001111", "王老师 138****1111"},
		{"王老师 138 0000 1111", "王老师 138****1111"},
		{"+86 138-0000-1111 (after 6pm)", "138****1111 (after 6pm)"},
		{"赵师傅 １３９００００２２２２", "赵师傅 139****2222"},
		{"office 021-5555 1234", "office 021****1234"},
		{"ext 5550123", "ext *****23"},
		{"李先生", "李先生"},
		{"room 12, call 2025-05-01", "room 12, call 2025-05-01"},
		{"2025-05-01 14:30 话筒没电", "2025-05-01 14:30 话筒没电"},
		{"2025-05-01 13800001111", "2025-05-01 138****1111"},
		{"", ""},

		// The digits that end a label are the label's, not the number's.
		{"联系人2 13800000002", "联系人2 138****0002"},
		{"联系人2 138 0000 0002", "联系人2 138****0002"},
		{"联系人1 13800000001，联系人2 13800000002", "联系人1 138****0001，联系人2 138****0002"},
		{"A12-13800000002", "A12-138****0002"},
		{"联系人２ １３８０００００００２", "联系人２ 138****0002"},
		{"王老师13800001111", "王老师138****1111"},
		{"联系人2 1380000", "联系人2 *****00"},
		// A longer label is taken into the number: hidden, never shown.
		{"房间1203 13800000002", "房间120********0002"},

		// Nothing with fewer than seven digits in a row is a number.
		{"2026/05/01 14:30 开始", "2026/05/01 14:30 开始"},
		{"2026年5月1日 14:30–15:45 彩排", "2026年5月1日 14:30–15:45 彩排"},
		{"14:30:05-15:00:00", "14:30:05-15:00:00"},
		{"赞助 5000 元，奖品 ¥12,800.00", "赞助 5000 元，奖品 ¥12,800.00"},
		{"1,000,000 元", "1,000,000 元"},
		{"第 3 个节目，节目12，#7，第12/30个", "第 3 个节目，节目12，#7，第12/30个"},
		{"3号楼 1203室，12 人", "3号楼 1203室，12 人"},
		{"act 12 of 30, 5m, 4:30", "act 12 of 30, 5m, 4:30"},
	} {
		if got := MaskPhones(c.in); got != c.want {
			t.Errorf("MaskPhones(%q) = %q, want %q", c.in, got, c.want)
		}
		if got, want := HasPhone(c.in), MaskPhones(c.in) != c.in; got != want {
			t.Errorf("HasPhone(%q) = %v", c.in, got)
		}
	}
}

// FuzzMaskPhones checks that no phone number survives masking whatever
// the text around it, and that masking never adds a digit.
func FuzzMaskPhones(f *testing.F) {
	for _, s := range []string{"王老师 13800001111", "+86 138-0000-1111", "２０２５-05-01 1380000", "1 2 3 4 5 6 7 8", "2025-05-01 9", "tel:13800001111/13900002222", "联系人2 13800000002", "A123 13800000002"} {
		f.Add(s)
	}
	digits := func(s string) int {
		n := 0
		for _, r := range s {
			if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
				n++
			}
		}
		return n
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := MaskPhones(s)
		for _, m := range phoneRun.FindAllString(out, -1) {
			if _, rest := datePart(m); digitCount(rest) >= 7 {
				t.Fatalf("MaskPhones(%q) = %q still holds %q", s, out, m)
			}
		}
		if digits(out) > digits(s) {
			t.Fatalf("MaskPhones(%q) = %q has more digits", s, out)
		}
	})
}

func TestPhoneIndex(t *testing.T) {
	s := "2026-05-01 王老师 138 0000 1111"
	loc := PhoneIndex(s)
	if loc == nil || s[loc[0]:loc[1]] != "138 0000 1111" {
		t.Fatalf("PhoneIndex(%q) = %v", s, loc)
	}
	if PhoneIndex("李先生 2026-05-01") != nil {
		t.Error("a date taken for a phone number")
	}
	s = "联系人2 13800000002"
	if loc := PhoneIndex(s); loc == nil || s[loc[0]:loc[1]] != "13800000002" {
		t.Fatalf("PhoneIndex(%q) = %v: the label's digit is not the number's", s, loc)
	}
}
