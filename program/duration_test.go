package program

import (
	"strings"
	"testing"
	"time"
)

func TestParseDuration(t *testing.T) {
	tests := []struct {
		in   string
		want time.Duration
	}{
		{"5m", 5 * time.Minute},
		{"90s", 90 * time.Second},
		{"1h", time.Hour},
		{"1m30s", 90 * time.Second},
		{"1h30m", 90 * time.Minute},
		{"1h30", 90 * time.Minute},
		{"4:30", 4*time.Minute + 30*time.Second},
		{"0:45", 45 * time.Second},
		{"75:00", 75 * time.Minute},
		{"1:02:30", time.Hour + 2*time.Minute + 30*time.Second},
		{"5分钟", 5 * time.Minute},
		{"5分", 5 * time.Minute},
		{"90秒", 90 * time.Second},
		{"1分30秒", 90 * time.Second},
		{"1分30", 90 * time.Second},
		// Chinese numerals, as an input method types them.
		{"五分钟", 5 * time.Minute},
		{"十五分钟", 15 * time.Minute},
		{"二十五分钟", 25 * time.Minute},
		{"两分钟", 2 * time.Minute},
		{"一分半", 90 * time.Second},
		{"三分三十秒", 3*time.Minute + 30*time.Second},
		{"半小时", 30 * time.Minute},
		{"一个半小时", 90 * time.Minute},
		{"一百二十秒", 2 * time.Minute},
		{"1小时", time.Hour},
		{"1小时30分钟", 90 * time.Minute},
		{"3'30\"", 3*time.Minute + 30*time.Second},
		{"3′30″", 3*time.Minute + 30*time.Second},
		{" 5 min ", 5 * time.Minute},
		{"5 Minutes", 5 * time.Minute},
		{"1m 30s", 90 * time.Second},
		{"1.5m", 90 * time.Second},
		{"５分钟", 5 * time.Minute},
		{"４：３０", 4*time.Minute + 30*time.Second},
		{"24h", 24 * time.Hour},
	}
	for _, tt := range tests {
		got, err := ParseDuration(tt.in)
		if err != nil || got != tt.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

// durationErrorCases are durations eventday cannot read and what it says about each, in English.
var durationErrorCases = []struct{ in, want string }{
	{"", "empty; write e.g. 5m, 90s, 1m30s or 4:30"},
	{"   ", "empty; write e.g. 5m, 90s, 1m30s or 4:30"},
	{"0", "must be more than zero"},
	{"0m", "must be more than zero"},
	{"0:00", "must be more than zero"},
	{"0分钟", "must be more than zero"},
	{"-5m", "must be more than zero"},
	{"-4:30", "must be more than zero"},
	{"5", `"5" has no unit; write 5m for minutes or 5s for seconds`},
	{"４", `"4" has no unit; write 4m for minutes or 4s for seconds`},
	{"4:60", `"4:60": seconds must be below 60 (minutes:seconds)`},
	{"4:75", `"4:75": seconds must be below 60 (minutes:seconds)`},
	{"1:60:00", `"1:60:00": minutes and seconds must be below 60 (hours:minutes:seconds)`},
	{"4:5", `"4:5": write two digits after a colon, e.g. 4:05`},
	{"1:2:3:4", `"1:2:3:4" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"a:30", `"a:30" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"abc", `"abc" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"five minutes", `"five minutes" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"5x", `"5x" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"30s1m", `"30s1m" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"5m5m", `"5m5m" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"1s30", `"1s30" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"300ms", `"300ms" is not a duration; write e.g. 5m, 90s, 1m30s or 4:30`},
	{"25h", `"25h" is longer than 24 hours`},
	{"99999999999999999999h", `"99999999999999999999h" is longer than 24 hours`},
	{"1500:00", `"1500:00" is longer than 24 hours`},
	{"0.1s", "must be more than zero"},
	{strings.Repeat("1", 41) + "s", "too long to be a duration; write e.g. 5m, 90s, 1m30s or 4:30"},
}

func TestParseDurationErrors(t *testing.T) {
	for _, tt := range durationErrorCases {
		got, err := ParseDuration(tt.in)
		if err == nil {
			t.Errorf("ParseDuration(%q) = %v, want error %q", tt.in, got, tt.want)
			continue
		}
		if err.Error() != tt.want {
			t.Errorf("ParseDuration(%q) error\n got: %s\nwant: %s", tt.in, err, tt.want)
		}
	}
}

func FuzzParseDuration(f *testing.F) {
	for _, s := range []string{"5m", "90s", "1h", "1m30s", "4:30", "1:02:30", "5分钟", "90秒", "1分30秒", "3'30\"", "5", "-5m", "1.5h", "４：３０", "1e9s", "0x10m", "五分钟", "一个半小时"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDuration(s)
		if err != nil {
			if d != 0 {
				t.Errorf("ParseDuration(%q) = %v with error %v", s, d, err)
			}
			msg := err.Error()
			if msg == "" || strings.ContainsAny(msg, "\r\n") {
				t.Errorf("ParseDuration(%q) error %q is empty or spans lines", s, msg)
			}
			return
		}
		if d <= 0 || d > 24*time.Hour || d%time.Second != 0 {
			t.Errorf("ParseDuration(%q) = %v, want whole seconds in (0, 24h]", s, d)
		}
	})
}
