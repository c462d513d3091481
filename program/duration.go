package program

import (
	"math"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/width"

	"eventday/i18n"
	"eventday/input"
)

// maxDuration bounds any duration in a programme. Nothing on a community
// stage lasts a day, and the bound keeps arithmetic on parsed numbers far
// from overflow.
const maxDuration = 24 * time.Hour

// maxDurationText is longer than any duration a person writes
// ("1 hour 30 minutes 15 seconds" is 29 bytes); longer text is not one.
const maxDurationText = 40

// errNotPositive is the problem of zero and negative durations.
var errNotPositive = input.Message(func(t *i18n.Text) string { return t.Plan.NotPositive })

// durationProblem is a duration that cannot be read, worded from the
// catalog: the value as written is its first argument.
func durationProblem(msg func(*i18n.Plan) string, args ...any) error {
	return input.Message(func(t *i18n.Text) string { return msg(&t.Plan) }, args...)
}

func notDuration(p *i18n.Plan) string { return p.NotDuration }
func overADay(p *i18n.Plan) string    { return p.OverADay }

// durationUnits maps the units people write to their length. Chinese units
// and the minute/second marks of printed programmes (3'30") are there
// because that is how a Chinese running order is typed.
var durationUnits = map[string]time.Duration{
	"h": time.Hour, "hr": time.Hour, "hrs": time.Hour, "hour": time.Hour, "hours": time.Hour,
	"小时": time.Hour, "时": time.Hour, "个小时": time.Hour,
	"m": time.Minute, "min": time.Minute, "mins": time.Minute, "minute": time.Minute, "minutes": time.Minute,
	"分": time.Minute, "分钟": time.Minute, "'": time.Minute, "′": time.Minute,
	"s": time.Second, "sec": time.Second, "secs": time.Second, "second": time.Second, "seconds": time.Second,
	"秒": time.Second, "秒钟": time.Second, `"`: time.Second, "''": time.Second, "″": time.Second,
}

// ParseDuration reads how long an act lasts, as a volunteer writes it: 5m,
// 90s, 1h, 1m30s, 4:30 (minutes:seconds), 1:02:30 (hours:minutes:seconds),
// 5分钟, 90秒, 1分30秒, 3'30". Full-width digits and colons are accepted. The
// result is whole seconds, more than zero and at most a day.
func ParseDuration(s string) (time.Duration, error) {
	s = strings.TrimSpace(width.Narrow.String(s))
	if s == "" {
		return 0, durationProblem(func(p *i18n.Plan) string { return p.DurationEmpty })
	}
	if len(s) > maxDurationText {
		return 0, durationProblem(func(p *i18n.Plan) string { return p.DurationTooLong })
	}
	if strings.HasPrefix(s, "-") {
		if d, err := parseDurationBody(s[1:]); err == nil && d > 0 {
			return 0, errNotPositive
		}
	}
	d, err := parseDurationBody(arabic(s))
	if err != nil && arabic(s) != s {
		// Said of the text as written, not as read.
		d, err = parseDurationBody(s)
	}
	if err != nil {
		return 0, err
	}
	if d <= 0 {
		return 0, errNotPositive
	}
	if d > maxDuration {
		return 0, durationProblem(overADay, s)
	}
	return d, nil
}

func parseDurationBody(s string) (time.Duration, error) {
	if strings.Contains(s, ":") {
		return parseClock(s)
	}
	if isNumber(s) {
		f, err := strconv.ParseFloat(s, 64)
		if err == nil && f == 0 {
			return 0, errNotPositive
		}
		return 0, durationProblem(func(p *i18n.Plan) string { return p.NoUnit }, s, s, s)
	}
	return parseUnits(s)
}

// parseClock reads m:ss and h:mm:ss.
func parseClock(s string) (time.Duration, error) {
	parts := strings.Split(s, ":")
	bad := durationProblem(notDuration, s)
	if len(parts) > 3 {
		return 0, bad
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if p == "" || len(p) > 4 || !isDigits(p) {
			return 0, bad
		}
		if i > 0 && len(p) != 2 {
			return 0, durationProblem(func(p *i18n.Plan) string { return p.TwoDigits }, s)
		}
		nums[i], _ = strconv.Atoi(p)
	}
	if len(nums) == 2 {
		m, sec := nums[0], nums[1]
		if sec >= 60 {
			return 0, durationProblem(func(p *i18n.Plan) string { return p.Seconds60 }, s)
		}
		return time.Duration(m)*time.Minute + time.Duration(sec)*time.Second, nil
	}
	h, m, sec := nums[0], nums[1], nums[2]
	if m >= 60 || sec >= 60 {
		return 0, durationProblem(func(p *i18n.Plan) string { return p.MinSec60 }, s)
	}
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second, nil
}

// chineseDigits are the numerals a Chinese input method types in a
// duration (五分钟, 十五分钟, 一分半, 一个半小时).
var chineseDigits = map[rune]int{'零': 0, '〇': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9}

// arabic writes the Chinese numerals of s in digits, and 半 (a half) as
// the half it is there: 五分钟 is 5分钟, 一分半 1分30 (thirty seconds), 半小时
// 0.5小时, 一个半小时 1.5个小时. Text with none is returned as it is.
func arabic(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { _, ok := chineseDigits[r]; return ok || r == '十' || r == '百' || r == '半' }) {
		return s
	}
	s = strings.ReplaceAll(s, "个半", ".5个")
	var b strings.Builder
	total, digit, in := 0, -1, false
	flush := func() {
		if in {
			if digit > 0 {
				total += digit
			}
			b.WriteString(strconv.Itoa(total))
		}
		total, digit, in = 0, -1, false
	}
	runes := []rune(s)
	for i, r := range runes {
		if d, ok := chineseDigits[r]; ok {
			if digit > 0 {
				// 一五: digits in a row, not a number said aloud.
				total = total*10 + digit*10
			}
			digit, in = d, true
			continue
		}
		if r == '十' || r == '百' {
			n := max(digit, 1)
			if r == '十' {
				total += n * 10
			} else {
				total += n * 100
			}
			digit, in = -1, true
			continue
		}
		flush()
		if r == '半' {
			if i == 0 || unicode.IsSpace(runes[i-1]) {
				b.WriteString("0.5") // 半小时
			} else {
				b.WriteString("30") // 一分半: the half of the unit before
			}
			continue
		}
		b.WriteRune(r)
	}
	flush()
	return b.String()
}

// parseUnits reads a sequence of number-unit pairs, largest unit first. A
// number left without a unit after minutes or hours takes the next smaller
// unit, as in 1分30 or 1h30.
func parseUnits(s string) (time.Duration, error) {
	bad := durationProblem(notDuration, s)
	rest := s
	var total float64 // seconds
	last := time.Duration(0)
	for {
		rest = strings.TrimLeftFunc(rest, unicode.IsSpace)
		if rest == "" {
			break
		}
		n := numberPrefix(rest)
		if n == 0 {
			return 0, bad
		}
		num, err := strconv.ParseFloat(rest[:n], 64)
		if err != nil || math.IsInf(num, 0) || math.IsNaN(num) {
			return 0, bad
		}
		rest = strings.TrimLeftFunc(rest[n:], unicode.IsSpace)
		u := unitPrefix(rest)
		var unit time.Duration
		switch {
		case u != "":
			unit = durationUnits[strings.ToLower(u)]
			rest = rest[len(u):]
		case rest == "" && (last == time.Hour || last == time.Minute):
			unit = last / 60
		default:
			return 0, bad
		}
		if last != 0 && unit >= last {
			return 0, bad
		}
		last = unit
		total += num * unit.Seconds()
		if total > maxDuration.Seconds() {
			return 0, durationProblem(overADay, s)
		}
	}
	return time.Duration(math.Round(total)) * time.Second, nil
}

// numberPrefix is the length of the decimal number s starts with.
func numberPrefix(s string) int {
	i, dot := 0, false
	for i < len(s) {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
		case c == '.' && !dot:
			dot = true
		default:
			return i
		}
		i++
	}
	return i
}

// unitPrefix is the longest known unit s starts with.
func unitPrefix(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return unicode.IsDigit(r) || unicode.IsSpace(r) || r == '.' })
	if end < 0 {
		end = len(s)
	}
	word := s[:end]
	// No unit is longer than 9 bytes ("个小时"); looking further is waste.
	for l := min(len(word), 9); l > 0; l-- {
		if _, ok := durationUnits[strings.ToLower(word[:l])]; ok {
			return word[:l]
		}
	}
	return ""
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

func isNumber(s string) bool {
	return numberPrefix(s) == len(s) && strings.ContainsAny(s, "0123456789")
}
