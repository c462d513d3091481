package tui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"eventday/board"
	"eventday/i18n"
	"eventday/program"
)

// Board is the board as the whole screen of a terminal: the station in
// the performers' corner, for them and the MC. It shows what the board's
// web page shows (the act on stage with its time left in block digits,
// flashing once it runs over; the act after it; who must come to the
// waiting area now; how many people are here) and nothing more: it reads
// the event through board.Event, which has no way to write, so no key of
// a board can cue an act or sign anyone in.
type Board struct {
	event  board.Event
	t      *i18n.Text
	styles Styles
	mode   colourMode
	dark   bool
	keys   KeyMap
	bar    help.Model

	snap board.Snapshot
	w, h int

	// said is why a key did nothing, shown until sayUntil.
	said     string
	sayUntil time.Time

	changes <-chan struct{}
	cancel  func()
}

// boardSayFor is how long the board says why a key did nothing.
const boardSayFor = 3 * time.Second

// NewBoard makes the board of the event in lang ("en" or "zh"). It
// subscribes to the event's changes; Close ends the subscription.
func NewBoard(e board.Event, lang string) *Board {
	t := i18n.For(lang)
	b := &Board{event: e, t: t, dark: true, keys: DefaultKeyMap(t), bar: help.New()}
	b.restyle()
	b.changes, b.cancel = e.Subscribe()
	b.snap = board.Of(e)
	return b
}

// Close ends the board's subscription to the event.
func (b *Board) Close() {
	if b.cancel != nil {
		b.cancel()
		b.cancel = nil
	}
}

// Init starts the clock and the wait for changes, and asks the terminal
// for its background.
func (b *Board) Init() tea.Cmd {
	return tea.Batch(tick(), waitChange(b.changes), tea.RequestBackgroundColor)
}

// Update takes a fresh board on every change and every second, and quits
// on q or ctrl+c; any other key is said to do nothing.
func (b *Board) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		b.w, b.h = msg.Width, msg.Height
		b.bar.SetWidth(msg.Width)
	case tea.ColorProfileMsg:
		b.mode = modeFor(msg.Profile)
		b.restyle()
	case tea.BackgroundColorMsg:
		b.dark = msg.IsDark()
		b.restyle()
	case tickMsg:
		b.snap = board.Of(b.event)
		return b, tick()
	case changedMsg:
		b.snap = board.Of(b.event)
		return b, waitChange(b.changes)
	case tea.KeyPressMsg:
		if key.Matches(msg, b.keys.Quit) {
			return b, tea.Quit
		}
		b.said, b.sayUntil = b.t.Serve.BoardOnly, b.snap.Now.Add(boardSayFor)
	}
	return b, nil
}

func (b *Board) restyle() {
	b.styles = newStyles(b.mode, b.dark)
	b.bar.Styles = b.styles.Help
}

// View draws the board on the whole screen.
func (b *Board) View() tea.View {
	v := tea.NewView(b.render())
	v.AltScreen = true
	return v
}

func (b *Board) render() string {
	w, h := b.w, b.h
	if w <= 0 || h <= 0 {
		return ""
	}
	return frameLines(b.lines(w, h), w, h)
}

// lines lays the board out in w×h cells: the top line, the act on stage
// with its time in digits as large as the rest leaves room for, the act
// after it, the calls, how many are here, and the key to quit. On a small
// screen the blank lines give way first, then the performers, then the
// digits shrink to letters.
func (b *Board) lines(w, h int) []string {
	sty, tb := b.styles, &b.t.Board
	s := b.snap
	words := board.Say(s, tb)

	top := b.topLine(words, w)
	digits, template, digitStyle, timeStyle := b.digits()
	var nowText []string
	if words.Live {
		nowText = []string{sty.Big.Render(words.NowTitle), sty.Faint.Render(words.NowWho)}
	} else {
		nowText = []string{sty.Faint.Render(words.NowNone), ""}
	}
	timeLine := ""
	if words.Live {
		timeLine = timeStyle.Render(words.NowTime) + sty.Faint.Render(" · "+words.NowSpan)
	}
	next := sty.PanelTitle.Render(tb.Next)
	if words.NextAt != "" {
		next += sty.Faint.Render(" · " + words.NextAt)
	}
	nextLines := []string{next, "  " + sty.Big.Render(words.NextTitle) + sty.Faint.Render(sep(words.NextWho))}
	if words.NextNone != "" {
		nextLines[1] = "  " + sty.Faint.Render(words.NextNone)
	}
	var calls []string
	if len(words.Calls) > 0 {
		calls = append(calls, sty.Alert.Render(tb.Calls))
		for i, c := range words.Calls {
			style := sty.Alert
			switch s.Calls[i].Kind {
			case program.ToWings:
				style = sty.Ready
			case program.NotHere:
				style = sty.Refusal
			}
			calls = append(calls, "  "+style.Render(strings.TrimSpace(c.Who+" "+c.Act))+sty.Faint.Render(sep(c.Note)))
		}
	}
	here := sty.PanelTitle.Render(tb.Here) + "  " + sty.Big.Render(words.People)
	foot := b.bar.ShortHelpView([]key.Binding{b.keys.Quit})
	if b.said != "" && s.Now.Before(b.sayUntil) {
		foot = sty.Refusal.Render(b.said) + "  " + foot
	}

	for _, p := range []struct {
		gap, who bool
	}{{true, true}, {false, true}, {false, false}} {
		var before, after []string
		gap := func(l *[]string) {
			if p.gap {
				*l = append(*l, "")
			}
		}
		before = append(before, top)
		gap(&before)
		before = append(before, sty.PanelTitle.Render(tb.Now)+"  "+nowText[0])
		if p.who && nowText[1] != "" {
			before = append(before, "  "+nowText[1])
		}
		gap(&before)
		gap(&after)
		if timeLine != "" {
			after = append(after, center(timeLine, w))
		}
		gap(&after)
		after = append(after, nextLines...)
		if len(calls) > 0 {
			gap(&after)
			after = append(after, calls...)
		}
		gap(&after)
		after = append(after, here)
		room := h - len(before) - len(after) - 1
		k := bigScale(template, w, room)
		if k == 0 {
			continue
		}
		big := bigText(digits, k)
		// The room left over goes half above the digits, half below
		// the rest, so that the board sits in the middle of the screen.
		spare := room - len(big)
		out := append(before, make([]string, spare/2)...)
		for _, l := range big {
			out = append(out, digitStyle.Render(center(l, w)))
		}
		out = append(out, after...)
		for len(out) < h-1 {
			out = append(out, "")
		}
		return append(out, foot)
	}
	// Too small for block digits: the time in the boldest letters a
	// terminal has, and as much of the rest as fits.
	out := []string{top, sty.PanelTitle.Render(tb.Now) + "  " + nowText[0], center(digitStyle.Render(digits), w)}
	if timeLine != "" {
		out = append(out, center(timeLine, w))
	}
	out = append(out, nextLines...)
	out = append(out, calls...)
	out = append(out, here)
	if len(out) > h-1 {
		out = out[:max(h-1, 0)]
	}
	for len(out) < h-1 {
		out = append(out, "")
	}
	return append(out, foot)
}

// topLine is the event's name and the show's phase on the left, the time
// of day on the right.
func (b *Board) topLine(words board.Words, w int) string {
	sty := b.styles
	phase := sty.PhaseLive
	switch b.snap.Phase {
	case program.OnHold:
		phase = sty.PhaseHold
	case program.NotStarted, program.Over:
		phase = sty.PhaseOver
	}
	right := sty.Clock.Render(words.Clock)
	left := fitHeader(w-width(right)-1, sty.Faint.Render(" · "), sty.EventName.Render(words.Event), phase.Render(words.Phase))
	return left + strings.Repeat(" ", max(w-width(left)-width(right), 1)) + right
}

// digits is what the block digits show, the text as wide as any time of
// its shape (so that they keep their size while the clock runs), and the
// styles of the digits and of the time's words: the live act's time left,
// or over its time (flashing every other second), still on hold; with no
// act on stage, the time of day.
func (b *Board) digits() (digits, template string, digitStyle, timeStyle style) {
	sty, s := b.styles, b.snap
	a := s.Live
	if a == nil {
		digits = hhmm(s.Now)
		return digits, digitsOf(digits), sty.ClockBig, sty.Faint
	}
	template = digitsOf(mmss(a.Length))
	digitStyle, timeStyle = sty.ClockBig, sty.Big
	if a.Over {
		digits = "+" + mmss(-a.Remaining)
		digitStyle, timeStyle = sty.ClockOver, sty.Overrun
		if s.Phase == program.Running && s.Now.Second()%2 == 1 {
			digitStyle = sty.ClockFlash
		}
	} else {
		digits = countdown(a.Remaining)
		if a.Remaining <= clockLow {
			digitStyle = sty.ClockLow
		}
	}
	if s.Phase == program.OnHold {
		digitStyle, timeStyle = sty.ClockHold, sty.Hold
	}
	return digits, longer(template, digitsOf(digits)), digitStyle, timeStyle
}

// sep is " · " and text, or nothing when there is no text.
func sep(text string) string {
	if text == "" {
		return ""
	}
	return " · " + text
}
