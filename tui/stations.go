package tui

import (
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// Hosting is what the host of stations tells its Stations tab: how a
// station connects, what it types to log in, and who is connected now.
// The command line fills it in from the stations' server; the view knows
// nothing of SSH.
type Hosting struct {
	// Connect is, for each address of this laptop that the network
	// reaches, the commands that connect to it as each station.
	Connect []ConnectAt
	// Web are the board's web addresses; none when the page is off.
	Web []string
	// PIN is what a station types to log in; "" when only listed keys
	// get in.
	PIN string
	// Fingerprint is the host key's, as ssh shows it on a first connection.
	Fingerprint string
	// Log is the file the host's log goes to, for whoever must find out
	// what happened; "" for none.
	Log string
	// Connected lists the stations connected now, in the order they came.
	Connected func() []Connected
	// Changes signals each time a station comes or goes.
	Changes <-chan struct{}
	// Hub, when the host is also the hub of desk laptops (serve --hub),
	// is what the tab says of them.
	Hub *HubInfo
}

// ConnectAt is how a station connects to one address of the host.
type ConnectAt struct {
	Addr               string
	Stage, Desk, Board string // the ssh commands; Desk for a desk named east
}

// Connected is a station connected now.
type Connected struct {
	Role  string // "stage", "desk" or "board"
	Desk  string // a desk's name
	From  string // the address it connects from
	Since time.Time
	ByKey bool // it logged in with a listed key, not the PIN
}

// stationsChangedMsg says a station came or went.
type stationsChangedMsg struct{}

// stations is the host's Stations tab: the commands that connect a
// station, the PIN and the host key's fingerprint to give with them, the
// board's web address, and the stations connected now.
type stations struct {
	env   *env
	host  *Hosting
	loc   *time.Location
	name  string // the event's name, for the header
	list  []Connected
	desks []DeskLaptop
	w, h  int
}

func newStations(e *env, h *Hosting) *stations {
	plan := e.b.Show().Plan
	v := &stations{env: e, host: h, loc: plan.Location, name: plan.Name}
	v.refresh()
	v.refreshHub()
	return v
}

// Init waits for the first station to come or go.
func (v *stations) Init() tea.Cmd { return tea.Batch(v.wait(), v.waitHub()) }

// wait waits for the next change of the stations connected; it is armed
// again after each.
func (v *stations) wait() tea.Cmd { return waitSignal(v.host.Changes, stationsChangedMsg{}) }

func (v *stations) refresh() {
	if v.host.Connected != nil {
		v.list = v.host.Connected()
	}
}

// Name is the tab's label.
func (v *stations) Name() string { return v.env.t.Serve.Tab }

// Header is the rest of the top line.
func (v *stations) Header() string { return v.HeaderIn(-1) }

// HeaderIn is the header in at most w cells: how many stations are
// connected and the PIN keep their room, the event's name takes the rest.
func (v *stations) HeaderIn(w int) string {
	sty, t := v.env.styles, v.env.t.Serve
	parts := []string{sty.Clock.Render(fmt.Sprintf(t.Header, len(v.list)))}
	if v.host.Hub != nil {
		n := 0
		for _, d := range v.desks {
			if d.Connected {
				n++
			}
		}
		parts = append([]string{sty.Clock.Render(fmt.Sprintf(v.env.t.Hub.HeaderGates, n))}, parts...)
	}
	if v.host.PIN != "" {
		parts = append(parts, sty.Label.Render(t.PIN+" ")+sty.Big.Render(v.host.PIN))
	}
	return fitHeader(w, sty.Faint.Render(" · "), sty.EventName.Render(v.env.shown(v.name)), parts...)
}

// Update takes the list again when a station comes or goes.
func (v *stations) Update(msg tea.Msg) tea.Cmd {
	switch msg.(type) {
	case stationsChangedMsg:
		v.refresh()
		return v.wait()
	case hubChangedMsg:
		v.refreshHub()
		return v.waitHub()
	case changedMsg:
		// A desk laptop's entries arrived: its count moves.
		v.refreshHub()
	}
	return nil
}

// SetSize gives the body's size.
func (v *stations) SetSize(w, h int) { v.w, v.h = w, h }

// Focus is the tab itself: it has nothing to type in.
func (v *stations) Focus() focus { return focusMain }

// Keys: the tab has none of its own.
func (v *stations) Keys() help.KeyMap { return noKeys{} }

// Message: the tab has nothing to say on the message line.
func (v *stations) Message() string { return "" }

// QuitWarning asks before quitting while stations are connected: the
// host's quitting closes them all.
func (v *stations) QuitWarning() string {
	if len(v.list) == 0 {
		return ""
	}
	return fmt.Sprintf(v.env.t.Serve.QuitClose, len(v.list))
}

// View draws the body: the commands to connect, what to log in with, and
// the stations connected. On a short screen the commands of the host's
// other addresses fold into one line, and then the list of stations is
// cut, saying how many it leaves out.
func (v *stations) View() string {
	if v.w <= 0 || v.h <= 0 {
		return ""
	}
	head := v.head(false)
	if len(head)+v.hubMin()+v.tableMin() > v.h {
		head = v.head(true)
	}
	lines := append(head, v.hubLines(v.h-len(head)-v.tableMin())...)
	lines = append(lines, v.table(v.h-len(lines))...)
	return frameLines(lines, v.w, v.h)
}

// head is what a station needs to connect: the ssh commands, the PIN, the
// host key's fingerprint, the web page's addresses, a blank line after.
func (v *stations) head(short bool) []string {
	sty, t, st := v.env.styles, v.env.t.Serve, v.env.t.Station
	w := v.w
	var out []string
	add := func(s string) { out = append(out, cut(s, w)) }
	add(sty.PanelTitle.Render(t.ConnectHead))
	if len(v.host.Connect) == 0 {
		add("  " + sty.Refusal.Render(t.NoAddress))
	}
	cmdW := 0
	for _, c := range v.host.Connect {
		for _, l := range []string{c.Stage, c.Desk, c.Board} {
			cmdW = max(cmdW, width(l))
		}
	}
	for i, c := range v.host.Connect {
		if short && i > 0 {
			var rest []string
			for _, o := range v.host.Connect[1:] {
				rest = append(rest, o.Addr)
			}
			add("  " + sty.Faint.Render(fmt.Sprintf(t.OtherAddr, strings.Join(rest, ", "))))
			break
		}
		for _, r := range []struct{ cmd, what string }{{c.Stage, st.ForStage}, {c.Desk, st.ForDesk}, {c.Board, st.ForBoard}} {
			line := "  " + sty.Big.Render(r.cmd)
			if i == 0 {
				line = "  " + sty.Big.Render(fit(r.cmd, cmdW)) + "  " + sty.Faint.Render(r.what)
			}
			add(line)
		}
	}
	labels := []string{t.PIN, t.HostKey, t.Web}
	lw := 0
	for _, l := range labels {
		lw = max(lw, width(l))
	}
	label := func(l string) string { return "  " + sty.Label.Render(fit(l, lw)) + "  " }
	pin := sty.Big.Render(v.host.PIN)
	if v.host.PIN == "" {
		pin = sty.Faint.Render(t.NoPIN)
	}
	add(label(t.PIN) + pin)
	// The hint goes under the fingerprint where the line has no room for
	// it: cut, it would stop before the words that matter.
	if key := label(t.HostKey) + v.host.Fingerprint; short || width(key)+2+width(t.HostKeyHint) <= w {
		add(key + "  " + sty.Faint.Render(t.HostKeyHint))
	} else {
		add(key)
		add(strings.Repeat(" ", lw+4) + sty.Faint.Render(t.HostKeyHint))
	}
	web := sty.Faint.Render(t.WebOff)
	if len(v.host.Web) > 0 {
		web = v.host.Web[0]
		if len(v.host.Web) > 1 && !short {
			web = strings.Join(v.host.Web, "  ")
		}
	}
	add(label(t.Web) + web)
	if v.host.Log != "" && !short {
		add("  " + sty.Faint.Render(fmt.Sprintf(t.Log, v.env.shown(v.host.Log))))
	}
	return append(out, "")
}

// hubMin is the fewest lines the desk laptops' part is given before the
// commands fold: its title, the command to join, and one desk laptop.
func (v *stations) hubMin() int {
	if v.host.Hub == nil {
		return 0
	}
	return 4
}

// tableMin is the fewest lines the list of stations is given before the
// commands fold: its title, its head and two stations.
func (v *stations) tableMin() int { return min(4, 2+len(v.list)) }

// table is the stations connected, in at most n lines.
func (v *stations) table(n int) []string {
	sty, t := v.env.styles, v.env.t.Serve
	if n <= 0 {
		return nil
	}
	out := []string{sty.PanelTitle.Render(cut(fmt.Sprintf(t.Connected, len(v.list)), v.w))}
	if len(v.list) == 0 {
		return append(out, "  "+sty.Faint.Render(cut(t.Nobody, v.w-2)))
	}
	rows := [][]string{{t.ColRole, t.ColDesk, t.ColFrom, t.ColSince}}
	for _, c := range v.list {
		since := hhmm(c.Since.In(v.loc))
		if c.ByKey {
			since += " · " + t.ByKey
		}
		rows = append(rows, []string{v.roleWord(c.Role), v.env.shown(c.Desk), c.From, since})
	}
	widths := fitColumns(rows, []int{10, 20, 39, 16}, v.w-2, 2, []int{2, 1, 3})
	return append(out, v.tableLines(rows, widths, n-1, 0)...)
}

// tableLines draws rows, the head first, indented, in at most room lines
// (at least keep of the rows, head included, whatever the room): the rows
// that do not fit are cut and counted on a last line.
func (v *stations) tableLines(rows [][]string, widths []int, room, keep int) []string {
	sty := v.env.styles
	more := 0
	if len(rows) > room {
		k := max(room-1, keep)
		more, rows = len(rows)-k, rows[:k]
	}
	out := make([]string, 0, len(rows)+1)
	for i, r := range rows {
		line := joinCells(r, widths, 2)
		if i == 0 {
			line = sty.TableHeader.Render(line)
		}
		out = append(out, "  "+line)
	}
	if more > 0 {
		out = append(out, "  "+sty.Faint.Render(fmt.Sprintf(v.env.t.Serve.More, more)))
	}
	return out
}

// roleWord is a station's role in the reader's words.
func (v *stations) roleWord(role string) string {
	t := v.env.t.Serve
	switch role {
	case "stage":
		return t.RoleStage
	case "desk":
		return t.RoleDesk
	case "board":
		return t.RoleBoard
	}
	return role
}

// noKeys is the key map of a view without keys of its own.
type noKeys struct{}

// ShortHelp is empty.
func (noKeys) ShortHelp() []key.Binding { return nil }

// FullHelp is empty.
func (noKeys) FullHelp() [][]key.Binding { return nil }
