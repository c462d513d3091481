//go:build unix

package e2e

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/program"
)

// The scale PRODUCT.md §6 promises, and what a start may cost at it.
const (
	scalePeople  = 20_000
	scaleSignIns = 100_000
	// The first frame is promised in under 300 ms (README, Performance);
	// the best of three runs on the 2-core machines here is 160-220 ms.
	firstFrameLimit = 300 * time.Millisecond
	memoryLimitKB   = 100 << 10
	// frameRuns is how many starts are timed, and frameRetries how many
	// more when the best of them is over the limit: a CI machine busy
	// with something else can slow every run of a short series.
	frameRuns, frameRetries = 3, 3
)

var scaleDir = flag.String("startup.dir", "", "write TestStartupAtScale's folder here and keep it, to measure by hand")

// TestStartupAtScale opens an event with a roster of 20,000 and a log of
// 100,000 sign-ins, as "eventday check" and as the full-screen app, each
// under /usr/bin/time -v, and holds them to the README's promise: the first
// frame drawn in under 300 ms, under 100 MB of memory. The first frame is
// timed from the keystroke that starts the process to the moment tmux reads
// the programme from the terminal, so it includes the keystroke's way
// through tmux and /usr/bin/time's start: it errs on the slow side. The best
// of three runs is held to the limit, since a busy CI machine can stall any
// one of them, and of six when the first three are all over it.
func TestStartupAtScale(t *testing.T) {
	tm := newTmux(t)
	gnuTime, err := exec.LookPath("/usr/bin/time")
	if err != nil {
		t.Skip("/usr/bin/time is missing (apt-get install time; bash .ci/run installs it)")
	}
	dir := filepath.Join(t.TempDir(), "scale")
	if *scaleDir != "" {
		dir = *scaleDir
	}
	made := time.Now()
	writeScaleFolder(t, dir, scalePeople, scaleSignIns)
	t.Logf("wrote a folder of %d people and %d sign-ins in %v", scalePeople, scaleSignIns, time.Since(made).Round(time.Millisecond))

	stats := filepath.Join(t.TempDir(), "time.txt")
	out, err := exec.Command(gnuTime, "-v", "-o", stats, binary, "--lang", "en", "check", dir).CombinedOutput()
	if err != nil {
		t.Fatalf("eventday check: %v\n%s", err, out)
	}
	check := readTimeV(t, stats)
	t.Logf("startup: eventday check: %v wall, %d MB max RSS (%s)", check.wall.Round(time.Millisecond), check.maxRSS>>10, strings.TrimSpace(string(out)))

	var frames []time.Duration
	var worstRSS int
	for run := 0; run < frameRuns || run < frameRuns+frameRetries && slices.Min(frames) > firstFrameLimit; run++ {
		stats := filepath.Join(t.TempDir(), fmt.Sprintf("time%d.txt", run))
		frame, rss := firstFrame(t, tm, gnuTime, stats, dir)
		frames = append(frames, frame)
		worstRSS = max(worstRSS, rss)
	}
	slices.Sort(frames)
	t.Logf("startup: eventday run: first frame %v (best of %d; median %v, worst %v), %d MB max RSS (worst of %[2]d)",
		frames[0].Round(time.Millisecond), len(frames), frames[len(frames)/2].Round(time.Millisecond), frames[len(frames)-1].Round(time.Millisecond), worstRSS>>10)
	if frames[0] > firstFrameLimit {
		t.Errorf("the first frame took %v at best of %d runs, over the %v promised", frames[0], len(frames), firstFrameLimit)
	}
	if worstRSS > memoryLimitKB || check.maxRSS > memoryLimitKB {
		t.Errorf("max RSS %d KB (run) / %d KB (check), over the %d MB promised", worstRSS, check.maxRSS, memoryLimitKB>>10)
	}
}

// firstFrame starts the app on dir under /usr/bin/time in a new tmux
// session and returns how long it took until the programme was written to
// the terminal, and the app's max RSS in KB after it quit.
//
// It watches the terminal through a tmux control client, which is told of
// every write the moment tmux reads it: looking at the screen over and over
// instead would be late by the time between looks, and each look starts a
// tmux client that takes CPU from the app being timed.
func firstFrame(t *testing.T, tm *tmux, gnuTime, stats, dir string) (time.Duration, int) {
	t.Helper()
	tm.sessions++
	s := &session{tm: tm, name: fmt.Sprintf("scale%d", tm.sessions)}
	// The app starts on the Enter sent below, once the watcher is attached.
	tm.run(t, "new-session", "-d", "-s", s.name, "-x", "100", "-y", "30",
		"-e", "LANG=en_US.UTF-8", "-e", "LC_ALL=", "-e", "TERM=xterm-256color",
		"sh", "-c", `read go && exec "$0" -v -o "$1" "$2" --lang en run "$3"`, gnuTime, stats, binary, dir)
	seen := watchOutput(t, tm, s.name, firstAct)
	start := time.Now()
	s.keys(t, "Enter")
	var frame time.Duration
	select {
	case at := <-seen:
		frame = at.Sub(start)
	case <-time.After(10 * time.Second):
		t.Fatalf("no first frame after 10s; the screen:\n%s", s.screen(t))
	}
	s.keys(t, "q")
	deadline := time.Now().Add(10 * time.Second)
	for {
		if b, err := os.ReadFile(stats); err == nil && strings.Contains(string(b), "Exit status") {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the app did not quit on q; the screen:\n%s", s.screen(t))
		}
		time.Sleep(20 * time.Millisecond)
	}
	tm.run(t, "kill-session", "-t", s.name)
	return frame, readTimeV(t, stats).maxRSS
}

// watchOutput attaches a tmux control client to session and returns a
// channel that receives the time at which text was first written to the
// session's terminal. It returns once the client is attached; the client
// goes when the test ends.
func watchOutput(t *testing.T, tm *tmux, session, text string) <-chan time.Time {
	t.Helper()
	ctl := exec.Command("tmux", "-S", tm.socket, "-u", "-C", "attach", "-t", session)
	stdin, err := ctl.StdinPipe() // the client lives while its input is open
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := ctl.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := ctl.Start(); err != nil {
		t.Fatalf("tmux -C attach: %v", err)
	}
	t.Cleanup(func() {
		stdin.Close()
		ctl.Process.Kill()
		ctl.Wait()
	})
	attached := make(chan struct{})
	seen := make(chan time.Time, 1)
	go func() {
		told := false
		sc := bufio.NewScanner(stdout)
		sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
		var tail []byte // the end of the last write, for text split across two
		for sc.Scan() {
			line := sc.Bytes()
			if bytes.HasPrefix(line, []byte("%session-changed")) && !told {
				close(attached)
				told = true
			}
			// "%output %PANE DATA": DATA has control bytes and backslashes
			// written as octal escapes, other bytes (UTF-8 too) as they are.
			data, ok := bytes.CutPrefix(line, []byte("%output "))
			if !ok {
				continue
			}
			if _, data, ok = bytes.Cut(data, []byte(" ")); !ok {
				continue
			}
			tail = append(tail, data...)
			if bytes.Contains(tail, []byte(text)) {
				seen <- time.Now()
				break
			}
			tail = tail[max(0, len(tail)-len(text)):]
		}
		io.Copy(io.Discard, stdout)
	}()
	select {
	case <-attached:
	case <-time.After(10 * time.Second):
		t.Fatal("tmux -C attach: not attached after 10s")
	}
	return seen
}

// timeV is what /usr/bin/time -v reports that the README quotes.
type timeV struct {
	wall   time.Duration
	maxRSS int // KB
}

var (
	wallRe = regexp.MustCompile(`Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):(\d+(?:\.\d+)?)`)
	rssRe  = regexp.MustCompile(`Maximum resident set size \(kbytes\): (\d+)`)
)

func readTimeV(t *testing.T, path string) timeV {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	w, r := wallRe.FindSubmatch(b), rssRe.FindSubmatch(b)
	if w == nil || r == nil {
		t.Fatalf("cannot read /usr/bin/time's report:\n%s", b)
	}
	h, _ := strconv.Atoi(string(w[1]))
	m, _ := strconv.Atoi(string(w[2]))
	sec, _ := strconv.ParseFloat(string(w[3]), 64)
	rss, _ := strconv.Atoi(string(r[1]))
	return timeV{wall: time.Duration((float64(h*3600+m*60) + sec) * float64(time.Second)), maxRSS: rss}
}

// Surnames (polyphonic ones among them) and characters of given names, so
// that the roster costs the search index what a neighbourhood's would.
const (
	scaleSurnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤单解仇查朴区乐"
	scaleGiven    = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚华玉萍红玲建国文辉力志成海燕鹏飞云春梅雪丹晨阳宇浩然欣怡子涵梓轩佳琪思雨妍一诺俊宏斌亮波林凤琴淑珍芬德福永庆长顺宝山金翠花"
)

// writeScaleFolder writes the built-in event.yaml, a roster of people and
// an attendance.jsonl of lines records made by checkin.Log as a long, busy
// day would make them: roster people and anonymous parties at three desks,
// walk-ins, re-entries and undos.
func writeScaleFolder(t *testing.T, dir string, people, lines int) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	yaml, err := os.ReadFile("../demo/event.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "event.yaml"), yaml, 0o644); err != nil {
		t.Fatal(err)
	}
	ev, err := program.LoadEvent(dir)
	if err != nil {
		t.Fatal(err)
	}

	rng := rand.New(rand.NewPCG(2026, 501))
	sur, giv := []rune(scaleSurnames), []rune(scaleGiven)
	cats := []string{"resident", "resident", "resident", "volunteer", "performer", "honoree", "sponsor"}
	var roster strings.Builder
	roster.WriteString("\ufeff姓名,类别,楼栋,电话\n")
	for i := range people {
		name := string(sur[rng.IntN(len(sur))]) + string(giv[rng.IntN(len(giv))])
		if rng.IntN(2) == 0 {
			name += string(giv[rng.IntN(len(giv))])
		}
		phone := ""
		if rng.IntN(4) != 0 {
			phone = fmt.Sprintf("1%d%09d", 3+rng.IntN(7), rng.IntN(1_000_000_000))
		}
		// The row number in the group keeps every name, group and phone
		// triple unique, as the roster requires.
		fmt.Fprintf(&roster, "%s,%s,%d号楼%d室,%s\n", name, cats[rng.IntN(len(cats))], i%60+1, i/60+101, phone)
	}
	if err := os.WriteFile(filepath.Join(dir, checkin.RosterFile), []byte(roster.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	r, err := checkin.LoadRoster(dir, ev.Acts)
	if err != nil {
		t.Fatal(err)
	}

	f, err := os.Create(filepath.Join(dir, checkin.AttendanceFile))
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	log := checkin.NewLog(r, ev.Location)
	order := rng.Perm(len(r.People))
	next := 0
	desks := []string{"gate", "east", "paper"}
	at := ev.PlannedStart().Add(-2 * time.Hour)
	for n := 0; n < lines; n++ {
		at = at.Add(time.Duration(rng.IntN(250)) * time.Millisecond)
		desk := desks[rng.IntN(len(desks))]
		var rec checkin.Record
		var err error
		switch k := rng.IntN(100); {
		case k < 50 && next < len(order):
			rec, err = log.SignIn(&r.People[order[next]], desk, at)
			next++
		case k < 55 && next > 0:
			rec, err = log.Reenter(&r.People[order[rng.IntN(next)]], desk, at)
		case k < 62:
			rec, err = log.WalkIn(fmt.Sprintf("来宾%06d", n), "resident", "", 1+rng.IntN(3), "", desk, at)
		case k < 65:
			rec, err = log.UndoLast(desk, at)
			if err == checkin.ErrNothingToUndo {
				rec, err = log.Anonymous(1, desk, at)
			}
		default:
			rec, err = log.Anonymous(1+rng.IntN(5), desk, at)
		}
		if err != nil {
			t.Fatalf("making record %d: %v", n+1, err)
		}
		if err := log.Apply(rec); err != nil {
			t.Fatalf("applying record %d: %v", n+1, err)
		}
		line, err := checkin.Encode(rec)
		if err != nil {
			t.Fatal(err)
		}
		w.Write(line)
		w.WriteByte('\n')
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}
