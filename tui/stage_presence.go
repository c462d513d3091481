package tui

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"eventday/checkin"
	"eventday/inert"
	"eventday/program"
)

// This file is the join on the Stage: how many of each act's performers
// have signed in at the desk, the warning when the act on standby has
// nobody here, the move-up of an act that is all here, and the act's phone
// numbers, masked until asked for.

// revealFor is how long p shows a contact's number in full: long enough to
// dial it, short enough that it does not stay on a screen backstage.
const revealFor = 10 * time.Second

// appendHere appends an act's cell in the running order: how many of its
// performers have signed in. It is empty when the roster links nobody to
// the act, and for an act that is over, where it no longer matters.
func (s *stage) appendHere(dst []byte, a *program.ActState) []byte {
	if a.Status == program.Done {
		return dst
	}
	t := s.env.t.Stage
	p := s.show.PresenceOf(a.ID)
	switch {
	case !p.Known():
		return dst
	case p.All():
		return append(dst, t.HereAll...)
	case p.Nobody():
		return append(dst, t.HereNone...)
	}
	dst = strconv.AppendInt(dst, int64(p.Arrived), 10)
	return strconv.AppendInt(append(dst, '/'), int64(p.Expected), 10)
}

// hereWidth is the width of the running order's presence column: 0 when no
// act has performers on the roster, else wide enough for the header, the
// words, and the widest count an act could reach, so that the column does
// not change width as people arrive.
func (s *stage) hereWidth() int {
	t := s.env.t.Stage
	w := 0
	for i := range s.show.Acts {
		p := s.show.PresenceOf(s.show.Acts[i].ID)
		if !p.Known() {
			continue
		}
		n := len(strconv.Itoa(p.Expected))
		w = max(w, 2*n+1)
	}
	if w == 0 {
		return 0
	}
	return max(w, width(t.ColHere), width(t.HereAll), width(t.HereNone))
}

// presenceLines are the Next panel's lines about who is here: the count,
// or, when nobody of the act on standby has signed in, a warning and the
// act to move up in its place.
func (s *stage) presenceLines(a *program.ActState, w int) []string {
	t, sty := s.env.t.Stage, s.env.styles
	p := s.show.PresenceOf(a.ID)
	switch {
	case !p.Known():
		return nil
	case p.All() && p.Expected == 1:
		return []string{sty.Ready.Render(cut(t.NextOne, w))}
	case p.All():
		return []string{sty.Ready.Render(cut(fmt.Sprintf(t.NextAll, p.Expected), w))}
	case !p.Nobody():
		return []string{cut(fmt.Sprintf(t.NextSome, p.Arrived, p.Expected), w)}
	}
	lines := []string{sty.Overrun.Render(cut("! "+fmt.Sprintf(t.NextNobody, p.Expected), w))}
	if c := s.candidate(); c != nil {
		text := fmt.Sprintf(t.Suggest, s.keys.MoveHere.Help().Key, s.actText(c, c.Title))
		return append(lines, sty.Alert.Render(cut(text, w)))
	}
	return append(lines, sty.Faint.Render(cut(t.NoSuggestion, w)))
}

// candidate is the act the move-up key would put on standby, or nil.
func (s *stage) candidate() *program.ActState {
	if !s.d.suggOK || s.d.sugg.Candidate >= len(s.show.Acts) {
		return nil
	}
	return &s.show.Acts[s.d.sugg.Candidate]
}

// moveHere sends the move that puts the act that is all here on standby,
// and keeps the selection on it so the stage manager sees where it went.
func (s *stage) moveHere() *program.Cue {
	c := s.candidate()
	if c == nil {
		return nil
	}
	cue := s.d.sugg.Cue(s.show)
	s.selID = c.ID
	return &cue
}

// actText is text of act a as the screen shows it: phone numbers masked,
// unless p has just been pressed for a.
func (s *stage) actText(a *program.ActState, text string) string {
	if s.reveal == a.ID {
		return inert.Text(text)
	}
	return s.env.shown(text)
}

// contactText is an act's contact as the screen shows it.
func (s *stage) contactText(a *program.ActState) string {
	return s.actText(a, a.Contact)
}

// contactFit is contactText in at most w cells. When it is too long, the
// name gives way and the number stays whole: the number is what is dialled.
func (s *stage) contactFit(a *program.ActState, w int) string {
	text := s.contactText(a)
	if width(text) <= w {
		return text
	}
	raw := inert.Text(a.Contact)
	loc := checkin.PhoneIndex(raw)
	if loc == nil {
		return cut(text, w)
	}
	num := raw[loc[0]:loc[1]]
	if s.reveal != a.ID {
		num = checkin.MaskPhones(num)
	}
	name := strings.TrimSpace(raw[:loc[0]])
	room := w - width(num) - 1
	if name == "" || room < 2 {
		return cut(num, w)
	}
	return cut(name, room) + " " + num
}

// phoneTarget is the act p shows the numbers of: the selected act when any
// of its text holds a number, else the first act an alert says nobody of
// has arrived; nil when neither has a number.
func (s *stage) phoneTarget() *program.ActState {
	if a := s.selected(); a != nil && phoneLine(a) != "" {
		return a
	}
	for _, al := range s.d.alerts {
		if al.Kind != program.NotHere || al.Idx >= len(s.show.Acts) {
			continue
		}
		if a := &s.show.Acts[al.Idx]; phoneLine(a) != "" {
			return a
		}
	}
	return nil
}

// phoneLine is the first line of act a's text that holds a phone number,
// made safe to show, the contact before the notes, the intro, the
// performers and the title; "" when none does.
func phoneLine(a *program.ActState) string {
	for _, text := range []string{a.Contact, a.Notes, a.Intro, a.Performers, a.Title} {
		if !checkin.HasPhone(text) {
			continue
		}
		for _, l := range inert.Lines(text) {
			if checkin.HasPhone(l) {
				return l
			}
		}
	}
	return ""
}

// showPhone shows the target's numbers in full, on the message line (the
// line of its text that holds one) and everywhere the act's text is drawn,
// until revealFor has passed.
func (s *stage) showPhone() {
	a := s.phoneTarget()
	if a == nil {
		return
	}
	s.reveal, s.revealUntil = a.ID, s.env.now.Add(revealFor)
	s.revealMsg = fmt.Sprintf(s.env.t.Stage.PhoneShown, inert.Text(a.Title), phoneLine(a))
	s.say(s.revealMsg, false)
}

// hidePhone masks the number again once its time is up, and takes it off
// the message line unless something else has been said since.
func (s *stage) hidePhone() {
	if s.reveal == "" || s.env.now.Before(s.revealUntil) {
		return
	}
	s.reveal = ""
	if s.msg == s.revealMsg {
		s.say("", false)
	}
	s.revealMsg = ""
}
