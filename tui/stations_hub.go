package tui

import (
	"fmt"
	"strconv"
	"time"

	tea "charm.land/bubbletea/v2"
)

// HubInfo is what the Stations tab says of the desk laptops when the host
// is also their hub (serve --hub): how one joins, and each one's last
// contact and how many of its entries have reached this laptop.
type HubInfo struct {
	// Port is where the hub listens for desk laptops.
	Port string
	// Addrs are this laptop's addresses the network reaches, for the
	// command a desk laptop types.
	Addrs []string
	// Desks lists the desk laptops that have joined, by name.
	Desks func() []DeskLaptop
	// Changes signals each time a desk laptop comes or goes.
	Changes <-chan struct{}
}

// DeskLaptop is one desk laptop of the hub.
type DeskLaptop struct {
	Name      string
	Connected bool
	// LastContact is when it was last connected; zero if never since the
	// hub started.
	LastContact time.Time
	// Entries is how many of its records have reached this laptop.
	Entries int
}

// hubChangedMsg says a desk laptop came or went.
type hubChangedMsg struct{}

// waitHub waits for the next desk laptop to come or go.
func (v *stations) waitHub() tea.Cmd {
	if v.host.Hub == nil {
		return nil
	}
	return waitSignal(v.host.Hub.Changes, hubChangedMsg{})
}

// refreshHub takes the list of desk laptops again.
func (v *stations) refreshHub() {
	if v.host.Hub != nil && v.host.Hub.Desks != nil {
		v.desks = v.host.Hub.Desks()
	}
}

// hubLines is the desk laptops' part of the tab, in at most n lines: how
// to join, then one line for each desk laptop.
func (v *stations) hubLines(n int) []string {
	hub := v.host.Hub
	if hub == nil || n <= 0 {
		return nil
	}
	sty, t := v.env.styles, v.env.t.Hub
	out := []string{cut(sty.PanelTitle.Render(fmt.Sprintf(t.HubHead, hub.Port)), v.w)}
	// With no address the network reaches, the commands above say so, and
	// there is no command to give.
	if len(hub.Addrs) > 0 {
		out = append(out, cut("  "+sty.Big.Render(fmt.Sprintf(t.JoinLine, hub.Addrs[0], hub.Port)), v.w))
	}
	if len(v.desks) == 0 {
		out = append(out, "  "+sty.Faint.Render(cut(t.NoDesks, v.w-2)))
		return append(out[:min(len(out), n-1)], "")
	}
	rows := [][]string{{t.ColGate, t.ColContact, t.ColEntries}}
	for _, d := range v.desks {
		contact := sty.Faint.Render("—")
		switch {
		case d.Connected:
			contact = sty.Confirm.Render(t.ContactNow)
		case !d.LastContact.IsZero():
			contact = sty.Late.Render(fmt.Sprintf(t.ContactAt, hhmm(d.LastContact.In(v.loc))))
		}
		rows = append(rows, []string{v.env.shown(d.Name), contact, strconv.Itoa(d.Entries)})
	}
	widths := fitColumns(rows, []int{32, 16, 12}, v.w-2, 2, []int{0, 1, 2})
	out = append(out, v.tableLines(rows, widths, n-len(out)-1, 1)...)
	return append(out, "")
}
