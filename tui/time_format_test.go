package tui

import (
	"testing"
	"time"

	"eventday/i18n"
)

func TestTimeFormats(t *testing.T) {
	s := time.Second
	for _, c := range []struct {
		d         time.Duration
		mmss, cd  string
		en, zh    string // drift
		enMinutes string
	}{
		{0, "0:00", "0:00", "on time", "准时", "1 min"},
		{500 * time.Millisecond, "0:00", "0:01", "on time", "准时", "1 min"},
		{59*s + 500*time.Millisecond, "0:59", "1:00", "1 min late", "晚 1 分钟", "1 min"},
		{4*time.Minute + 5*s, "4:05", "4:05", "4 min late", "晚 4 分钟", "4 min"},
		{-2*time.Minute - 40*s, "2:40", "2:40", "3 min early", "早 3 分钟", "3 min"},
		{-29 * s, "0:29", "0:29", "on time", "准时", "1 min"},
		{time.Hour + 2*time.Minute + 3*s, "1:02:03", "1:02:03", "62 min late", "晚 62 分钟", "62 min"},
	} {
		if got := mmss(c.d); got != c.mmss {
			t.Errorf("mmss(%v) = %q, want %q", c.d, got, c.mmss)
		}
		if c.d >= 0 {
			if got := countdown(c.d); got != c.cd {
				t.Errorf("countdown(%v) = %q, want %q", c.d, got, c.cd)
			}
		}
		if got := drift(i18n.For("en"), c.d); got != c.en {
			t.Errorf("drift(%v) = %q, want %q", c.d, got, c.en)
		}
		if got := drift(i18n.For("zh"), c.d); got != c.zh {
			t.Errorf("drift zh(%v) = %q, want %q", c.d, got, c.zh)
		}
		if got := minutes(i18n.For("en"), c.d); got != c.enMinutes {
			t.Errorf("minutes(%v) = %q, want %q", c.d, got, c.enMinutes)
		}
	}
}

func TestFitKeepsCJKColumnsAligned(t *testing.T) {
	for _, c := range []struct {
		in   string
		w    int
		want string
	}{
		{"太极拳表演", 10, "太极拳表演"},
		{"太极拳表演", 11, "太极拳表演 "},
		{"太极拳表演", 9, "太极拳表…"},
		{"太极拳表演", 8, "太极拳… "},
		{"abc", 5, "abc  "},
		{"", 3, "   "},
		{"太", 1, "…"},
	} {
		got := fit(c.in, c.w)
		if got != c.want || width(got) != c.w {
			t.Errorf("fit(%q, %d) = %q (%d cells), want %q", c.in, c.w, got, width(got), c.want)
		}
	}
}
