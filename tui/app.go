// Package tui is the full-screen terminal interface: a root model that owns
// the tabs, the header, the message line and the help bar, and one view per
// job (Stage, Desk, Summary). It knows nothing about files: it
// talks to the event through a Backend.
package tui

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"eventday/cells"
	"eventday/i18n"
	"eventday/inert"
	"eventday/program"
)

// Backend is what the views need from the one owner of an open event,
// stated here so that the views depend on it and on plain data alone.
// live.Event satisfies it; tests use it on a temporary folder, or a fake
// where a set state or a failing disk is wanted.
type Backend interface {
	DeskBackend
	// Now is the injected clock.
	Now() time.Time
	// Show returns a fresh copy of the show state.
	Show() *program.ShowState
	// Cue fills in c's Seq and At (and Undoes for an undo) from the clock,
	// checks it (program.ErrTooSoon for a double GO), writes it durably,
	// applies it, tells the subscribers and returns the cue written.
	Cue(c program.Cue) (program.Cue, error)
	// LastUndoable is the cue an undo would take back.
	LastUndoable() (program.Cue, bool)
	// Performers lists who the roster links to an act, each with whether
	// they have signed in: who is missing, where the presence says how
	// many.
	Performers(actID string) []program.Performer
	// Subscribe gives a channel that receives a signal after every change,
	// by anyone, and a function that ends the subscription and closes the
	// channel.
	Subscribe() (<-chan struct{}, func())
}

// Views is which views an App has: the host's, or a station's.
type Views int

const (
	// AllViews: the Stage, the Desk and the Summary, on the laptop that
	// holds the event (and the Stations tab with Options.Hosting).
	AllViews Views = iota
	// StageViews: the Stage and the Summary, for a stage station.
	StageViews
	// DeskViews: the Desk and the Summary, for a sign-in desk station.
	DeskViews
)

// Options are the choices main makes for the interface.
type Options struct {
	// Lang is "en" or "zh" (anything i18n.For accepts).
	Lang string
	// Notices are shown at start, each in full however many lines it
	// takes, until the first key: where the demo keeps its files, or a
	// warning such as a torn journal line set aside.
	Notices []string
	// Export writes the attendance exports and returns the paths written;
	// the Summary's x calls it. Nil leaves x disabled.
	Export func() ([]string, error)
	// Context, when done, ends the app as if the user had quit, and gives
	// the terminal back: the terminal was closed, or a signal came.
	Context context.Context
	// Rehearsal says the backend is a rehearsal: every screen says so.
	Rehearsal bool
	// Rehearse, when not nil, is told that the user asked for a rehearsal
	// (fresh: a rehearsal started again from the top), just before the app
	// quits for the folder to be opened again for it. Nil leaves R off.
	Rehearse func(fresh bool)
	// Views is which views the app has. A station's app (any but
	// AllViews) quits at q or ctrl+c without a question: the show and the
	// desk go on at the other stations.
	Views Views
	// Hosting, with AllViews, adds the Stations tab: the laptop that holds
	// the event lets other computers be its stations.
	Hosting *Hosting
	// Link, on a desk laptop (run --join), is its link to the hub: the
	// Desk's header says whether its entries are reaching the host. A
	// desk laptop's app asks before quitting as the host's does: nobody
	// else signs people in at its gate.
	Link *Link
}

// Minimum terminal size; below it the screen asks for a larger window.
const (
	minWidth  = 40
	minHeight = 10
)

// focus says where keys go. Only one thing has focus at a time, and a
// focused form or text box gets keys before any shortcut.
type focus int

const (
	focusMain  focus = iota // the view's own content (the Stage table)
	focusForm               // a huh form (edit or add an act)
	focusInput              // a one-line text box (incident note): every key but ctrl+c is text
	focusText               // a box that is always typed in (a search box): keys are text, but tab/shift+tab switch views, ctrl+c quits, and ? on an empty box shows the full help
	focusHelp               // the full help
	focusQuit               // "an act is live: quit anyway?"
)

// view is one tab. A new view is one file implementing it plus one line in
// New. Views are plain structs; only App is a tea.Model.
type view interface {
	// Name is the tab's label.
	Name() string
	// Header is the rest of the top line: what the view is about right now.
	Header() string
	// Update handles a message. Keys arrive only when the view has focus
	// and no global key matched, or at once when it holds a form or text box.
	Update(msg tea.Msg) tea.Cmd
	// View draws the body, exactly as large as the last SetSize.
	View() string
	// SetSize gives the body's size.
	SetSize(w, h int)
	// Focus is where the view sends keys: focusMain, focusForm, focusInput
	// or focusText.
	Focus() focus
	// Keys are the view's bindings for the help bar and the full help.
	Keys() help.KeyMap
	// Message is the view's latest message for the message line, styled, or "".
	Message() string
	// QuitWarning, when not empty, is why quitting needs a yes.
	QuitWarning() string
}

// headerFit is a view that lays its header out for the room it has,
// keeping what matters most when the line is short, rather than being cut
// at the end.
type headerFit interface {
	HeaderIn(w int) string
}

// badged is a view that has news for whoever is at another view: its tab
// is marked until it is in front (Seen).
type badged interface {
	Badge() bool
	Seen()
}

// formHelp is a view whose form has keys of its own to show in the help
// bar while it is open.
type formHelp interface {
	formKeys() []key.Binding
}

// textBox is a view with focusText: its box takes every key as text,
// except while it is empty, when a name cannot start with ? and the key
// opens the full help as it does everywhere else.
type textBox interface {
	BoxEmpty() bool
}

// helpKeyFree says that ? means the full help in v now, not text.
func helpKeyFree(v view) bool {
	switch v.Focus() {
	case focusMain:
		return true
	case focusText:
		b, ok := v.(textBox)
		return ok && b.BoxEmpty()
	}
	return false
}

// env is what every view shares: the backend, the texts, the styles, the
// keys and the time of the message being handled, and the text from the
// files as last shown.
type env struct {
	b      Backend
	t      *i18n.Text
	styles Styles
	keys   KeyMap
	now    time.Time
	texts  map[string]string // see env.shown

	rehearsal bool             // the backend is a rehearsal
	rehearse  func(fresh bool) // Options.Rehearse
	link      *Link            // Options.Link
}

// Messages of the root.
type (
	// tickMsg redraws the clocks once a second.
	tickMsg struct{}
	// changedMsg says the event changed (by this view or anyone else).
	changedMsg struct{}
	// styleMsg says env.styles changed, for views that copy styles into
	// components.
	styleMsg struct{}
)

// App is the root model: tabs, header, message line, help bar, the quit
// question, and the views.
type App struct {
	env    *env
	views  []view
	active int
	width  int
	height int
	asking string // the quit question while it is asked
	help   bool   // the full help is shown
	bar    help.Model
	// notices are shown above the help bar, whole, until the first key;
	// the views are smaller by the lines they take while they are.
	notices []string
	mode    colourMode
	dark    bool
	// station is a station's app: it quits without asking.
	station bool

	// The help bar as last drawn, and what it was drawn for: the help
	// bubble styles every key again on each call, and the bar asks it for
	// several lengths to find the one that fits, which cost more than the
	// rest of a frame; the keys on offer change only now and then.
	helpFor  string
	helpLine string
	helpKey  []byte // scratch for the key of the bar wanted now

	changes <-chan struct{}
	cancel  func()
}

// New builds the app on a backend. It subscribes to the backend's changes;
// Close ends the subscription.
func New(b Backend, opts Options) *App {
	e := &env{b: b, t: i18n.For(opts.Lang), now: b.Now(), rehearsal: opts.Rehearsal, rehearse: opts.Rehearse, link: opts.Link}
	e.keys = DefaultKeyMap(e.t)
	a := &App{env: e, dark: true, bar: help.New(), station: opts.Views != AllViews && opts.Link == nil}
	for _, n := range opts.Notices {
		if n = strings.TrimSpace(inert.Text(n)); n != "" {
			a.notices = append(a.notices, n)
		}
	}
	a.restyle()
	a.changes, a.cancel = b.Subscribe()
	switch opts.Views {
	case StageViews:
		a.views = []view{newStage(e), newSummary(e, opts.Export)}
	case DeskViews:
		a.views = []view{newDesk(e), newSummary(e, opts.Export)}
	default:
		a.views = []view{newStage(e), newDesk(e), newSummary(e, opts.Export)}
		if opts.Hosting != nil {
			a.views = append(a.views, newStations(e, opts.Hosting))
		}
	}
	return a
}

// starter is a view with work of its own from the start: the Stations tab
// waits for stations to come and go.
type starter interface {
	Init() tea.Cmd
}

// Close ends the app's subscription to the backend.
func (a *App) Close() {
	if a.cancel != nil {
		a.cancel()
		a.cancel = nil
	}
}

// Run shows the app full screen until the user quits.
func Run(b Backend, opts Options) error {
	a := New(b, opts)
	defer a.Close()
	var popts []tea.ProgramOption
	if opts.Context != nil {
		popts = append(popts, tea.WithContext(opts.Context))
	}
	_, err := tea.NewProgram(a, popts...).Run()
	if err != nil {
		return fmt.Errorf("terminal: %w", err)
	}
	return nil
}

// Init starts the clock tick and the wait for changes, and asks the
// terminal for its background so the colours suit it.
func (a *App) Init() tea.Cmd {
	cmds := []tea.Cmd{tick(), waitChange(a.changes), tea.RequestBackgroundColor}
	for i, v := range a.views {
		if s, ok := v.(starter); ok {
			cmds = append(cmds, owned(i, s.Init()))
		}
	}
	return tea.Batch(cmds...)
}

func tick() tea.Cmd {
	return tea.Every(time.Second, func(time.Time) tea.Msg { return tickMsg{} })
}

// waitChange blocks on the backend's signal and is re-armed after each one
// (bubbletea's examples/realtime pattern).
func waitChange(ch <-chan struct{}) tea.Cmd { return waitSignal(ch, changedMsg{}) }

// waitSignal waits for one signal on ch and answers msg; nothing once ch
// is closed.
func waitSignal(ch <-chan struct{}, msg tea.Msg) tea.Cmd {
	if ch == nil {
		return nil
	}
	return func() tea.Msg {
		if _, ok := <-ch; !ok {
			return nil
		}
		return msg
	}
}

// Update handles global keys first, then hands the message to the views.
func (a *App) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	a.env.now = a.env.b.Now()
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.resize(msg.Width, msg.Height)
		return a, nil
	case tea.ColorProfileMsg:
		a.mode = modeFor(msg.Profile)
		a.restyle()
		return a, a.broadcast(styleMsg{})
	case tea.BackgroundColorMsg:
		a.dark = msg.IsDark()
		a.restyle()
		return a, a.broadcast(styleMsg{})
	case tickMsg:
		return a, tea.Batch(a.broadcast(msg), tick())
	case changedMsg:
		cmd := a.broadcast(msg)
		a.seen()
		return a, tea.Batch(cmd, waitChange(a.changes))
	case answer:
		if msg.to < 0 || msg.to >= len(a.views) {
			return a, nil
		}
		return a, a.update(msg.to, msg.msg)
	case tea.KeyPressMsg:
		if a.notices != nil {
			// Read: the views get their lines back.
			a.notices = nil
			a.resize(a.width, a.height)
		}
		cmd := a.key(msg)
		a.seen()
		return a, cmd
	}
	return a, a.update(a.active, msg)
}

// seen tells the view in front that what its tab was marked for is seen.
func (a *App) seen() {
	if b, ok := a.views[a.active].(badged); ok {
		b.Seen()
	}
}

// broadcast hands a message every view must see, active or not: the clock
// (the bell rings whatever tab is shown) and changes to the event.
func (a *App) broadcast(msg tea.Msg) tea.Cmd {
	cmds := make([]tea.Cmd, 0, len(a.views))
	for i := range a.views {
		cmds = append(cmds, a.update(i, msg))
	}
	return tea.Batch(cmds...)
}

// update hands a message to view i. What the view's commands answer comes
// back addressed to it: every view's Update goes through here.
func (a *App) update(i int, msg tea.Msg) tea.Cmd {
	return owned(i, a.views[i].Update(msg))
}

func (a *App) key(msg tea.KeyPressMsg) tea.Cmd {
	k := a.env.keys
	v := a.views[a.active]
	switch {
	case a.asking != "":
		switch {
		case key.Matches(msg, k.Yes, k.ForceQuit):
			return tea.Quit
		case key.Matches(msg, k.No):
			a.asking = ""
		}
		return nil
	case key.Matches(msg, k.ForceQuit):
		// ctrl+c is never text, so it quits even from a form.
		return a.quit()
	case a.help:
		// Any key closes the full help; keys meant for the table (or the
		// search box) are not acted on unseen.
		a.help = false
		if key.Matches(msg, k.Quit) {
			return a.quit()
		}
		return nil
	case key.Matches(msg, k.Help) && helpKeyFree(v):
		a.help = true
		return nil
	case v.Focus() == focusText && key.Matches(msg, k.NextView, k.PrevView):
		a.switchView(msg)
		return nil
	case v.Focus() != focusMain:
		return a.update(a.active, msg)
	case key.Matches(msg, k.Quit):
		return a.quit()
	case key.Matches(msg, k.NextView, k.PrevView):
		a.switchView(msg)
		return nil
	}
	return a.update(a.active, msg)
}

func (a *App) switchView(msg tea.KeyPressMsg) {
	step := 1
	if key.Matches(msg, a.env.keys.PrevView) {
		step = len(a.views) - 1
	}
	a.active = (a.active + step) % len(a.views)
}

// quit quits, or asks first when a view says something would be cut short.
// A station never asks: its quitting cuts nothing short but itself.
func (a *App) quit() tea.Cmd {
	if a.station {
		return tea.Quit
	}
	for _, v := range a.views {
		if w := v.QuitWarning(); w != "" {
			a.asking = w
			return nil
		}
	}
	return tea.Quit
}

func (a *App) resize(w, h int) {
	a.width, a.height = w, h
	a.bar.SetWidth(w)
	for _, v := range a.views {
		v.SetSize(w, a.bodyHeight())
	}
}

// maxNoticeLines bounds the lines the notices take from the views: on a
// small screen the show stays in sight.
const maxNoticeLines = 6

// noticeLines are the notices wrapped to the screen's width, at most
// maxNoticeLines of them; nil when there are none.
func (a *App) noticeLines() []string {
	if len(a.notices) == 0 || a.width <= 0 {
		return nil
	}
	var lines []string
	for _, n := range a.notices {
		lines = append(lines, cells.Wrap(n, a.width)...)
	}
	if len(lines) > maxNoticeLines {
		lines = lines[:maxNoticeLines]
		lines[maxNoticeLines-1] = cut(lines[maxNoticeLines-1]+" …", a.width)
	}
	return lines
}

// bodyHeight is the lines left to the view between the header line and
// the message line (or the notices) above the help bar.
func (a *App) bodyHeight() int {
	return max(a.height-2-max(len(a.noticeLines()), 1), 0)
}

func (a *App) restyle() {
	a.env.styles = newStyles(a.mode, a.dark)
	a.bar.Styles = a.env.styles.Help
	a.helpFor, a.helpLine = "", ""
}

// Focus is where keys go now.
func (a *App) focus() focus {
	switch {
	case a.asking != "":
		return focusQuit
	case a.help:
		return focusHelp
	case a.views[a.active].Focus() != focusMain:
		return a.views[a.active].Focus()
	}
	return focusMain
}

// View draws the whole screen: the header line, the active view (or the
// full help), the message line and the help bar, clipped to the terminal.
func (a *App) View() tea.View {
	v := tea.NewView(a.render())
	v.AltScreen = true
	return v
}

func (a *App) render() string {
	w, h := a.width, a.height
	if w <= 0 || h <= 0 {
		return ""
	}
	if w < minWidth || h < minHeight {
		msg := fmt.Sprintf(a.env.t.Common.TooSmall, minWidth, minHeight)
		return frame(strings.Join(cells.Wrap(msg, w), "\n"), w, h)
	}
	v := a.views[a.active]
	body := v.View()
	if a.focus() == focusHelp {
		body = a.fullHelp(w, a.bodyHeight())
	}
	lines := []string{
		a.headerLine(v, w),
		body,
		a.messageArea(w),
		cut(a.helpBar(), w),
	}
	return frameLines(lines, w, h)
}

// headerLine is the top line: the tabs, then the view's header in the
// room they leave, laid out by the view when it can (headerFit).
func (a *App) headerLine(v view, w int) string {
	line := a.tabs() + "  "
	if a.env.rehearsal {
		// Whatever view is in front, a rehearsal says so first.
		line = a.env.styles.Rehearsal.Render(" "+a.env.t.Common.Rehearsal+" ") + " " + line
	}
	if f, ok := v.(headerFit); ok {
		return cut(line+f.HeaderIn(w-width(line)), w)
	}
	return cut(line+v.Header(), w)
}

func (a *App) tabs() string {
	sty := a.env.styles
	var b strings.Builder
	for i, v := range a.views {
		if i > 0 {
			b.WriteString(" ")
		}
		switch bv, ok := v.(badged); {
		case i == a.active:
			b.WriteString(sty.ActiveTab.Render("[" + v.Name() + "]"))
		case ok && bv.Badge():
			b.WriteString(sty.Confirm.Render(" " + v.Name() + "!"))
		default:
			b.WriteString(sty.Tab.Render(" " + v.Name() + " "))
		}
	}
	return b.String()
}

// message is the quit question, or the view's message; "" for none.
func (a *App) message() string {
	if a.asking != "" {
		k := a.env.keys
		return a.env.styles.Confirm.Render(a.asking) + "  " + a.bar.ShortHelpView([]key.Binding{k.Yes, k.No})
	}
	return a.views[a.active].Message()
}

// messageArea is what is above the help bar: the message on its line, or
// while they are up and nothing else is said the notices, on as many
// lines as the views left them.
func (a *App) messageArea(w int) string {
	notices := a.noticeLines()
	if m := a.message(); m != "" || notices == nil {
		lines := make([]string, max(len(notices), 1))
		lines[0] = cut(m, w)
		return strings.Join(lines, "\n")
	}
	lines := make([]string, len(notices))
	for i, n := range notices {
		lines[i] = a.env.styles.Message.Render(n)
	}
	return strings.Join(lines, "\n")
}

// helpBar is the bottom line: the keys that work now, drawn again only
// when they change.
func (a *App) helpBar() string {
	b := append(a.helpKey[:0], byte(a.focus()), byte(a.active))
	b = strconv.AppendInt(b, int64(a.width), 10)
	sets := [][]key.Binding{a.env.keys.ShortHelp(), a.views[a.active].Keys().ShortHelp()}
	if f, ok := a.views[a.active].(formHelp); ok && a.focus() == focusForm {
		sets = append(sets, f.formKeys())
	}
	for _, bs := range sets {
		for _, k := range bs {
			h := k.Help()
			b = strconv.AppendBool(append(b, 0), k.Enabled())
			b = append(append(append(append(b, 0), h.Key...), 0), h.Desc...)
		}
	}
	a.helpKey = b
	if string(b) != a.helpFor {
		a.helpFor, a.helpLine = string(b), a.drawHelpBar()
	}
	return a.helpLine
}

// drawHelpBar draws the help bar for the focus and the keys on offer.
func (a *App) drawHelpBar() string {
	k := a.env.keys
	switch a.focus() {
	case focusQuit:
		return ""
	case focusForm:
		if f, ok := a.views[a.active].(formHelp); ok {
			return a.bar.ShortHelpView(f.formKeys())
		}
		return a.bar.ShortHelpView([]key.Binding{k.Next, k.Back, k.Cancel})
	case focusInput:
		return a.bar.ShortHelpView([]key.Binding{k.Save, k.Cancel})
	case focusHelp:
		closeHelp := key.NewBinding(key.WithKeys("?"), key.WithHelp("?", a.env.t.Common.HelpClose))
		return a.bar.ShortHelpView([]key.Binding{closeHelp, k.Quit})
	}
	// The global keys (? and q, or tab and ctrl+c while typing) always
	// show; the view's get the rest of the line, as many as fit whole.
	global := a.bar.ShortHelpView(k.ShortHelp())
	if a.focus() == focusText {
		global = a.bar.ShortHelpView([]key.Binding{k.NextView, k.ForceQuit})
	}
	sep := a.bar.Styles.ShortSeparator.Render(a.bar.ShortSeparator)
	room := a.width - width(global) - width(sep)
	var own []key.Binding
	for _, b := range a.views[a.active].Keys().ShortHelp() {
		if b.Enabled() {
			own = append(own, b)
		}
	}
	for n := len(own); n > 0; n-- {
		if s := a.bar.ShortHelpView(own[:n]); width(s) <= room {
			return s + sep + global
		}
	}
	return global
}

// fullHelp lays the help columns out in rows so that they fit the width,
// rather than cutting the last columns off.
func (a *App) fullHelp(w, h int) string {
	groups := append(a.views[a.active].Keys().FullHelp(), a.env.keys.FullHelp()...)
	var rows []string
	var row string
	for _, g := range groups {
		col := a.bar.FullHelpView([][]key.Binding{g})
		if col == "" {
			continue
		}
		switch {
		case row == "":
			row = col
		case lipgloss.Width(row)+4+lipgloss.Width(col) <= w:
			row = joinColumns(row, col, 4)
		default:
			rows = append(rows, row)
			row = col
		}
	}
	if row != "" {
		rows = append(rows, row)
	}
	out := strings.Split(strings.Join(rows, "\n\n"), "\n")
	for len(out) < h {
		out = append(out, "")
	}
	return strings.Join(out[:min(len(out), h)], "\n")
}

// joinColumns puts two blocks of lines side by side with gap spaces between.
func joinColumns(left, right string, gap int) string {
	l, r := strings.Split(left, "\n"), strings.Split(right, "\n")
	lw := lipgloss.Width(left)
	n := max(len(l), len(r))
	out := make([]string, n)
	for i := range n {
		var ls, rs string
		if i < len(l) {
			ls = l[i]
		}
		if i < len(r) {
			rs = r[i]
		}
		out[i] = fit(ls, lw) + strings.Repeat(" ", gap) + rs
	}
	return strings.Join(out, "\n")
}
