package tui

import (
	"strings"
	"sync"

	tea "charm.land/bubbletea/v2"

	"eventday/i18n"
)

// Screen is a station's whole screen: the app or the board, with the
// subscription to the event that Close ends.
type Screen interface {
	tea.Model
	Close()
}

// LangChoice is a station's first screen when its computer did not say
// which language it reads (ssh on Windows sends no LANG): it asks, in both
// languages, and then is the screen made in the one chosen. The keys are
// digits, which any keyboard types in any input mode.
type LangChoice struct {
	def  string
	open func(lang string) Screen
	// inner is the screen once chosen. Close comes from the session's
	// end, on a goroutine of its own: mu guards inner and closed.
	mu     sync.Mutex
	inner  Screen
	closed bool
	// kept are the terminal's size and colours as told before the choice,
	// told again to the screen once it is made.
	kept []tea.Msg
	w, h int
}

// NewLangChoice asks for the language, def (the host's) on enter, and then
// makes the station's screen with open.
func NewLangChoice(def string, open func(lang string) Screen) *LangChoice {
	return &LangChoice{def: i18n.For(def).Lang, open: open}
}

// Close ends the chosen screen's subscription, if one was made, and
// any made after.
func (c *LangChoice) Close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.closed = true
	if c.inner != nil {
		c.inner.Close()
	}
}

// screen is the chosen screen, nil until the choice.
func (c *LangChoice) screen() Screen {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.inner
}

// Init waits for the choice.
func (c *LangChoice) Init() tea.Cmd { return nil }

// Update hands everything to the screen once it is made; before, it keeps
// the terminal's size and colours and waits for 1, 2 or enter.
func (c *LangChoice) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if inner := c.screen(); inner != nil {
		_, cmd := inner.Update(msg)
		return c, cmd
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		c.w, c.h = msg.Width, msg.Height
		c.kept = append(c.kept, msg)
	case tea.ColorProfileMsg, tea.BackgroundColorMsg:
		c.kept = append(c.kept, msg)
	case tea.KeyPressMsg:
		lang := ""
		switch msg.String() {
		case "1":
			lang = "en"
		case "2":
			lang = "zh"
		case "enter":
			lang = c.def
		case "q", "ctrl+c":
			return c, tea.Quit
		}
		if lang != "" {
			return c, c.choose(lang)
		}
	}
	return c, nil
}

// choose makes the screen in lang and tells it what the terminal said.
func (c *LangChoice) choose(lang string) tea.Cmd {
	inner := c.open(lang)
	c.mu.Lock()
	c.inner = inner
	if c.closed {
		inner.Close()
	}
	c.mu.Unlock()
	cmds := []tea.Cmd{inner.Init()}
	for _, m := range c.kept {
		_, cmd := inner.Update(m)
		cmds = append(cmds, cmd)
	}
	c.kept = nil
	return tea.Batch(cmds...)
}

// View is the question, in the middle of the screen, or the chosen screen.
func (c *LangChoice) View() tea.View {
	if inner := c.screen(); inner != nil {
		return inner.View()
	}
	en, zh := &i18n.For("en").Serve, &i18n.For("zh").Serve
	def := en.LangDefault
	if c.def == "zh" {
		def = zh.LangDefault
	}
	lines := []string{
		en.LangAsk + " · " + zh.LangAsk,
		"",
		"1  " + en.LangName,
		"2  " + zh.LangName,
		"",
		"enter  " + def,
	}
	var out []string
	for range max(c.h-len(lines), 0) / 2 {
		out = append(out, "")
	}
	// One margin for all the lines, so that the choices stand in a
	// column in the middle.
	wide := 0
	for _, l := range lines {
		wide = max(wide, width(l))
	}
	margin := strings.Repeat(" ", max(c.w-wide, 0)/2)
	for _, l := range lines {
		out = append(out, cut(margin+l, c.w))
	}
	v := tea.NewView(frameLines(out, c.w, c.h))
	v.AltScreen = true
	return v
}
