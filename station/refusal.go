package station

import (
	"fmt"
	"net/netip"
	"strings"
	"time"
	"unicode/utf8"

	"eventday/i18n"
	"eventday/inert"
)

// maxShownUser is how much of a refused user name the refusal repeats: a
// user name may be kilobytes long.
const maxShownUser = 40

// notAStation is the screen for a user name that names no station: the
// name, and each station's ssh command, to the host as this client reached
// it, with what the station is for under it (two lines each, to fit a
// phone's screen).
func notAStation(t *i18n.Station, user string, host netip.Addr, port int) string {
	var b strings.Builder
	b.WriteString("eventday: " + fmt.Sprintf(t.NotAStation, shownUser(user)) + "\n")
	b.WriteString(t.ConnectAs + "\n\n")
	for _, r := range []struct{ user, what string }{
		{"stage", t.ForStage},
		{deskPrefix + t.DeskNAME, t.ForDesk},
		{"board", t.ForBoard},
	} {
		b.WriteString("  " + ConnectLine(r.user, host, port) + "\n")
		b.WriteString("      " + r.what + "\n")
	}
	b.WriteString("\n" + t.DeskRule + "\n")
	return b.String()
}

// deskBusy is the screen for a desk name another station holds: who holds
// it, and the command with a free name. A holder at the newcomer's own
// address is most likely the newcomer itself before its connection was cut
// (a closed lid), which the keep-alive lets go of soon: it says so. The
// time is said in loc.
func deskBusy(t *i18n.Station, holder Connected, free string, from netip.Addr, host netip.Addr, port int, loc *time.Location) string {
	var b strings.Builder
	since := holder.Since.In(loc).Format("15:04")
	b.WriteString("eventday: " + fmt.Sprintf(t.DeskBusy, holder.User(), holder.Remote, since, deskPrefix+free) + "\n")
	b.WriteString("  " + ConnectLine(deskPrefix+free, host, port) + "\n")
	if holder.Remote == from {
		b.WriteString(t.DeskBusySelf + "\n")
	}
	return b.String()
}

// shownUser is a user name as a message may repeat it: escaped, and cut
// short when long.
func shownUser(user string) string {
	user = strings.ToValidUTF8(user, string(inert.Replacement))
	if utf8.RuneCountInString(user) > maxShownUser {
		user = string([]rune(user)[:maxShownUser]) + "…"
	}
	return inert.Escaped(user)
}
