package tui

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"eventday/checkin"
	"eventday/internal/eventtest"
	"eventday/live"
	"eventday/program"
)

// The property of these tests: every key that asks for a write ends in the
// journal or in a refusal on screen, whichever view is in front and however
// late and out of order the answers come. Random keys (tab and shift+tab
// among them) go to the app while the commands it returns are held and
// delivered at random moments, in random order; the clock moves and
// changes are announced in between. Then:
//
//   - a key that asks for a write has the view queue one, or says on the
//     message line why not;
//   - a write the owner refused is said on its view's message line when its
//     answer comes, whichever view is in front;
//   - at the end, once every answer is in, no view waits for one, the owner
//     was asked each write exactly once, and its journal holds every write
//     it accepted.
//
// A failure logs the seed; EVENTDAY_KEYS_SEED=<seed> replays it.

// keySequences and keySteps are how much one run of the property tries.
const (
	keySequences     = 400
	keySteps         = 100
	diskKeySequences = 50 // on live.Event, which fsyncs every write
)

func TestNoKeyLost(t *testing.T) {
	checkNoKeyLost(t, keySequences, fakeOwner)
}

// TestNoKeyLostOnDisk is the same on the real owner, live.Event on a
// folder holding the sample event: the journal is show.jsonl and
// attendance.jsonl.
func TestNoKeyLostOnDisk(t *testing.T) {
	checkNoKeyLost(t, diskKeySequences, diskOwner)
}

// owner is the event's owner under test and how to read its journal.
type owner struct {
	b       Backend
	fb      *fakeBackend // its clock, when it is the fake
	advance func(time.Duration)
	journal func() int // records written
	fail    func(bool) // makes the desk's writes fail as a full disk does; nil when it cannot
	people  []string   // what to type at the desk to find someone
}

func fakeOwner(t *testing.T) owner {
	plan := mayDay()
	fb := newFakeBackend(plan, time.Date(2025, 5, 1, 13, 55, 0, 0, plan.Location))
	df := newDeskFake(t, fb, deskPeople())
	return owner{
		b: df, fb: fb, advance: fb.advance, fail: df.setFail,
		journal: func() int {
			fb.mu.Lock()
			cues := fb.cues
			fb.mu.Unlock()
			df.mu.Lock()
			defer df.mu.Unlock()
			return cues + df.writes
		},
		people: []string{"单志", "hay", "王芳", "zdy", "李想", "zdy+2", "太极"},
	}
}

func diskOwner(t *testing.T) owner {
	// The sample event of eventday init: nine acts, sixty-odd people.
	dir := eventtest.DemoFolder(t, "")
	loc, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		t.Skip("no time zone data")
	}
	var mu sync.Mutex
	now := time.Date(2026, 5, 1, 14, 25, 0, 0, loc)
	event, err := live.Open(dir, live.Options{Desk: "gate", Now: func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		return now
	}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { event.Close() })
	lines := func(name string) int {
		data, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil && !os.IsNotExist(err) {
			t.Fatal(err)
		}
		return bytes.Count(data, []byte{'\n'})
	}
	return owner{
		b: event,
		advance: func(d time.Duration) {
			mu.Lock()
			defer mu.Unlock()
			now = now.Add(d)
		},
		journal: func() int { return lines(live.ShowLog) + lines(checkin.AttendanceFile) },
		people:  []string{"周雅琴", "hay", "单子", "qgz", "李想", "qgz+3", "夕阳红"},
	}
}

// writeLog stands between the app and the owner and counts the writes
// asked of it and how it answered.
type writeLog struct {
	Backend
	mu        sync.Mutex
	calls, ok int
	last      error // the last write's refusal, or nil
	lastCue   bool  // the last write was a cue, not a sign-in
}

// note counts one write asked of the owner, which wrote lines (several
// for a team, some of them when the disk refused the rest) and answered err.
func (w *writeLog) note(cue bool, lines int, err error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.calls++
	w.ok += lines
	w.last, w.lastCue = err, cue
}

// noteOne notes a write of one line.
func noteOne[T any](w *writeLog, cue bool, got T, err error) (T, error) {
	lines := 0
	if err == nil {
		lines = 1
	}
	w.note(cue, lines, err)
	return got, err
}

func (w *writeLog) Cue(c program.Cue) (program.Cue, error) {
	got, err := w.Backend.Cue(c)
	return noteOne(w, true, got, err)
}

func (w *writeLog) SignIn(p *checkin.Person, again bool) (checkin.Record, error) {
	r, err := w.Backend.SignIn(p, again)
	return noteOne(w, false, r, err)
}

func (w *writeLog) SignInParty(p *checkin.Person, party int) (checkin.Record, error) {
	r, err := w.Backend.SignInParty(p, party)
	return noteOne(w, false, r, err)
}

func (w *writeLog) Anonymous(n int) (checkin.Record, error) {
	r, err := w.Backend.Anonymous(n)
	return noteOne(w, false, r, err)
}

func (w *writeLog) WalkIn(name, category, group string, party int, phone string) (checkin.Record, error) {
	r, err := w.Backend.WalkIn(name, category, group, party, phone)
	return noteOne(w, false, r, err)
}

func (w *writeLog) UndoSignIn() (checkin.Record, error) {
	r, err := w.Backend.UndoSignIn()
	return noteOne(w, false, r, err)
}

func (w *writeLog) UndoEntry(seq int64) (checkin.Record, error) {
	r, err := w.Backend.UndoEntry(seq)
	return noteOne(w, false, r, err)
}

func (w *writeLog) ReenterWith(p *checkin.Person, party int) ([]checkin.Record, error) {
	recs, err := w.Backend.ReenterWith(p, party)
	w.note(false, len(recs), err)
	return recs, err
}

func (w *writeLog) SignInTeam(id string) ([]checkin.Record, error) {
	recs, err := w.Backend.SignInTeam(id)
	w.note(false, len(recs), err)
	return recs, err
}

// keyChoices are the keys the property presses, as often as they are
// listed. The forms and the note box (e, a, i, ctrl+n) are left out: their
// cursors blink, which a held command cannot tell from a write; their last
// key is taken with a quick tab by TestEveryWriteAfterAQuickTab.
var keyChoices = strings.Fields(`
	tab tab tab tab shift+tab shift+tab shift+tab
	space space space c r s n K J + - h h u u m up down p
	enter enter enter ctrl+z ctrl+z esc y n backspace 3
	ctrl+u x l t b`)

// keyRun is what one sequence did, for the figures.
type keyRun struct {
	keys, writes, refusals, questions, waited, answers, refusedAnswers int
	late, reordered, clocks, blocked                                   int
}

func checkNoKeyLost(t *testing.T, sequences int, newOwner func(*testing.T) owner) {
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("EVENTDAY_KEYS_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("EVENTDAY_KEYS_SEED=%q: %v", s, err)
		}
		seed = n
	}
	t.Logf("seed %d (EVENTDAY_KEYS_SEED=%d replays it)", seed, seed)
	var sum keyRun
	for i := range sequences {
		var r keyRun
		ok := t.Run(fmt.Sprintf("sequence%d", i), func(t *testing.T) {
			r = keySequence(t, rand.New(rand.NewPCG(seed, uint64(i))), newOwner(t))
		})
		if !ok {
			t.Fatalf("sequence %d of seed %d failed: EVENTDAY_KEYS_SEED=%d go test -run '%s/sequence%d$' ./tui",
				i, seed, seed, t.Name(), i)
		}
		sum.keys += r.keys
		sum.writes += r.writes
		sum.refusals += r.refusals
		sum.questions += r.questions
		sum.waited += r.waited
		sum.answers += r.answers
		sum.refusedAnswers += r.refusedAnswers
		sum.late += r.late
		sum.reordered += r.reordered
		sum.clocks += r.clocks
		sum.blocked += r.blocked
	}
	t.Logf("%d sequences of %d steps: %d keys (%.1f a sequence); %d writes asked, %d keys refused on screen, %d questions, "+
		"%d Stage keys waited for a cue's answer; %d answers (%d refusals said), %d messages delivered late, %d out of order; "+
		"%d clock commands set aside, %d blocked",
		sequences, keySteps, sum.keys, float64(sum.keys)/float64(sequences), sum.writes, sum.refusals, sum.questions,
		sum.waited, sum.answers, sum.refusedAnswers, sum.late, sum.reordered, sum.clocks, sum.blocked)
	if sum.late == 0 || sum.reordered == 0 || sum.refusals == 0 || sum.refusedAnswers == 0 {
		t.Errorf("the sequences never delivered late, out of order, or refused: they prove little")
	}
}

// keySequence runs one random sequence and checks the property.
func keySequence(t *testing.T, rng *rand.Rand, o owner) keyRun {
	w := &writeLog{Backend: o.b}
	exports := 0
	export := func() ([]string, error) { exports++; return []string{"/e/export/attendance.json"}, nil }
	h := newHarnessOn(t, w, o.fb, Options{Lang: "en", Export: export}, 80, 24)
	h.holdCommands()
	h.patience = 10 * time.Second // nothing here blinks; every command held must answer
	var r keyRun
	var trace []string
	failing := false
	fail := func(format string, args ...any) {
		t.Helper()
		failing = true
		t.Errorf(format, args...)
	}
	defer func() {
		if failing {
			t.Logf("the steps:\n%s\nthe screen:\n%s", strings.Join(trace, "\n"), h.view())
		}
	}()

	// waited are the Stage's keys that wait for a cue's answer, in order.
	type waitingKey struct {
		key   string
		write bool // it asks for a write
	}
	var waited []waitingKey

	press := func(k string) {
		v := h.a.active
		expect := asksWrite(h, k)
		asked := tickets(h)
		waiting := len(h.stage().waiting)
		onItsWay := v == 0 && !h.stage().cues.idle()
		clearMessage(h, v)
		h.press(k)
		r.keys++
		trace = append(trace, fmt.Sprintf("key %s on %s", k, h.a.views[v].Name()))
		switch {
		case len(h.stage().waiting) > waiting:
			waited = append(waited, waitingKey{k, expect != noWrite})
			r.waited++
		case expect == noWrite:
		case tickets(h) > asked:
			r.writes++
		case refusalShown(h, v, false):
			r.refusals++
			if onItsWay {
				// The answer to the cue on its way will cover the refusal,
				// which judged the key on the show before that cue.
				fail("%s on the Stage was refused while a cue was on its way (%q)", k, h.stage().Message())
			}
		case expect == writeOrQuestion && h.desk().ask != nil:
			r.questions++
		default:
			fail("%s on the %s asked for a write: nothing was queued and nothing said (message %q)", k, h.a.views[v].Name(), h.a.views[v].Message())
		}
	}
	// deliver hands in held command i, and checks what the answers and the
	// keys that waited for them say.
	deliver := func(i int) {
		s := h.stage()
		w.mu.Lock()
		calls := w.calls
		w.mu.Unlock()
		cues, waiting := s.cues.last, len(s.waiting)
		// What a refusal says must be said by this answer.
		clearMessage(h, 0)
		clearMessage(h, 1)
		h.desk().banner = ""
		h.deliver(i)
		trace = append(trace, fmt.Sprintf("deliver %d", i))

		// The keys that waited were handled until one sent a cue; any
		// before it that asked for a write was refused, and says so.
		handled := waited[:waiting-len(s.waiting)]
		waited = waited[len(handled):]
		refused, covered := false, false
		for j, k := range handled {
			switch {
			case k.write && s.cues.last > cues && j == len(handled)-1:
				r.writes++
			case k.write:
				r.refusals++
				refused, covered = true, false
			case k.key == "p":
				covered = true // p says the number it shows
			}
		}
		if refused && !covered && !refusalShown(h, 0, false) {
			fail("a key that waited for a cue's answer asked for a write: nothing was queued and nothing said (message %q)", s.Message())
		}

		w.mu.Lock()
		wrote, err, cue := w.calls > calls, w.last, w.lastCue
		w.mu.Unlock()
		if !wrote {
			return
		}
		r.answers++
		if err == nil {
			return
		}
		r.refusedAnswers++
		v := 1
		if cue {
			v = 0
		}
		if !refusalShown(h, v, true) && !(cue && covered) {
			fail("the owner refused a write (%v) and the %s does not say so: %q", err, h.a.views[v].Name(), h.a.views[v].Message())
		}
	}

	for range keySteps {
		if failing {
			break
		}
		switch n := rng.IntN(100); {
		case n < 55:
			press(keyChoices[rng.IntN(len(keyChoices))])
		case n < 65 && h.a.active == 1:
			// A name, and often enter to sign them in.
			for _, c := range o.people[rng.IntN(len(o.people))] {
				press(string(c))
			}
			if rng.IntN(2) == 0 {
				press("enter")
			}
		case n < 67 && h.a.active == 1:
			// Undo an earlier entry: into the list, one down, undo it.
			for _, k := range []string{"esc", "ctrl+u", "down", "enter", "y"} {
				press(k)
			}
		case n < 75 && len(h.held) > 0:
			deliver(rng.IntN(len(h.held)))
		case n < 88:
			d := time.Duration(200+rng.IntN(3800)) * time.Millisecond
			o.advance(d)
			h.send(tickMsg{})
			trace = append(trace, fmt.Sprintf("tick +%v", d))
		case n < 97:
			h.send(changedMsg{})
			trace = append(trace, "changed")
		case o.fail != nil:
			on := rng.IntN(2) == 0
			o.fail(on)
			trace = append(trace, fmt.Sprintf("desk fails: %v", on))
		}
	}
	if o.fail != nil {
		o.fail(false)
	}
	trace = append(trace, "deliver all")
	for n := 0; len(h.held) > 0 && !failing; n++ {
		if n > 10000 {
			t.Fatal("commands keep making commands")
		}
		deliver(0)
	}

	s, d, sum := h.stage(), h.desk(), h.summary()
	if !s.cues.idle() || !d.writes.idle() || !sum.exports.idle() || len(s.waiting) > 0 {
		fail("after every answer: the Stage waits %v (%d keys), the Desk %v, the Summary %v", !s.cues.idle(), len(s.waiting), !d.writes.idle(), !sum.exports.idle())
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	if asked := s.cues.last + d.writes.last; w.calls != asked {
		fail("%d writes asked for, %d reached the owner", asked, w.calls)
	}
	if got := o.journal(); got != w.ok {
		fail("the owner accepted %d writes; its journal holds %d", w.ok, got)
	}
	if exports != sum.exports.last {
		fail("x asked for %d exports, %d were written", sum.exports.last, exports)
	}
	if h.blocked > 0 {
		fail("%d commands never answered", h.blocked)
	}
	r.late, r.reordered, r.clocks, r.blocked = h.late, h.reordered, h.clocks, h.blocked
	return r
}

// What a key should do, judged before it is pressed.
const (
	noWrite         = iota
	write           // a write, or a refusal on screen
	writeOrQuestion // the same, or the desk's question whether to count someone again
)

func asksWrite(h *harness, k string) int {
	switch h.a.active {
	case 0:
		if h.stage().focus != focusMain {
			return noWrite
		}
		switch k {
		case "space", "c", "r", "s", "n", "K", "J", "+", "-", "h", "u", "m", "b":
			return write
		}
	case 1:
		d := h.desk()
		box := d.box.Value()
		switch {
		case d.focus != focusText:
		case d.ask != nil:
			if k == "enter" || k == "y" {
				return write
			}
		case d.picking && k == "enter":
			return writeOrQuestion
		case d.picking && k == "ctrl+z":
			return write
		case d.picking:
		case k == "enter" && isCount(box):
			return write
		case k == "enter" && (d.chosen() != nil || d.chosenTeam() != nil):
			return writeOrQuestion
		case k == "+" && lonePlus(box), k == "ctrl+z" && !lonePlus(box):
			return write
		}
	case 2:
		if k == "x" {
			return write
		}
	}
	return noWrite
}

// tickets counts the writes the views have asked for.
func tickets(h *harness) int {
	return h.stage().cues.last + h.desk().writes.last + h.summary().exports.last
}

func clearMessage(h *harness, v int) {
	switch v {
	case 0:
		h.stage().say("", false)
	case 1:
		h.desk().say("", false)
	case 2:
		h.summary().say("", false)
	}
}

// refusalShown says whether view v's message line says why something was
// not done, or, with banner, the desk's banner that the disk refused a write.
func refusalShown(h *harness, v int, banner bool) bool {
	var m *messageLine
	switch v {
	case 0:
		m = &h.stage().messageLine
	case 1:
		if banner && h.desk().banner != "" {
			return true
		}
		m = &h.desk().messageLine
	case 2:
		m = &h.summary().messageLine
	}
	return m.msgBad && m.msg != ""
}
