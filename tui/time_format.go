package tui

import (
	"fmt"
	"strconv"
	"time"

	"eventday/i18n"
)

// hhmmss is a wall-clock time as the header shows it.
func hhmmss(t time.Time) string { return t.Format("15:04:05") }

// hhmm is a time of day as the running order shows it.
func hhmm(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("15:04")
}

// appendHHMM is hhmm appended to dst, for a row drawn without allocating.
func appendHHMM(dst []byte, t time.Time) []byte {
	if t.IsZero() {
		return dst
	}
	return t.AppendFormat(dst, "15:04")
}

// mmss is a length of time as a stopwatch shows it: 4:05, 12:30, 1:02:03.
// The sign is dropped; callers say "over" or "left".
func mmss(d time.Duration) string {
	var buf [24]byte
	return string(appendMMSS(buf[:0], d))
}

// appendMMSS is mmss appended to dst.
func appendMMSS(dst []byte, d time.Duration) []byte {
	if d < 0 {
		d = -d
	}
	s := int64(d / time.Second)
	if s >= 3600 {
		dst = strconv.AppendInt(dst, s/3600, 10)
		dst = append(dst, ':')
		dst = append2(dst, s/60%60)
	} else {
		dst = strconv.AppendInt(dst, s/60, 10)
	}
	dst = append(dst, ':')
	return append2(dst, s%60)
}

// append2 appends n (0 to 99) in two digits.
func append2(dst []byte, n int64) []byte {
	return append(dst, byte('0'+n/10), byte('0'+n%10))
}

// countdown is time left as a countdown shows it: rounded up, so that it
// reads 1:00 at the start of a one-minute act and 0:00 only at its end, and
// elapsed plus left always make the length.
func countdown(d time.Duration) string {
	if d > 0 {
		d = (d + time.Second - 1).Truncate(time.Second)
	}
	return mmss(d)
}

// minutes says a span in whole minutes, rounded, never "0 min".
func minutes(t *i18n.Text, d time.Duration) string {
	if d < 0 {
		d = -d
	}
	return fmt.Sprintf(t.Stage.Minutes, max(int(d.Round(time.Minute)/time.Minute), 1))
}

// drift says how late or early the show runs; under a minute either way is
// on time, because nobody backstage acts on seconds.
func drift(t *i18n.Text, d time.Duration) string {
	switch {
	case d >= 30*time.Second:
		return fmt.Sprintf(t.Stage.Late, minutes(t, d))
	case d <= -30*time.Second:
		return fmt.Sprintf(t.Stage.Early, minutes(t, d))
	}
	return t.Stage.OnTime
}
