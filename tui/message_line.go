package tui

// messageLine is a view's latest word to the user, shown above the help
// bar: what was done, or why it was not. Each view embeds one.
type messageLine struct {
	msg    string
	msgBad bool // a refusal, drawn in the refusal style
}

func (m *messageLine) say(text string, bad bool) { m.msg, m.msgBad = text, bad }

// render styles the message, or gives "" when there is none.
func (m *messageLine) render(sty Styles) string {
	switch {
	case m.msg == "":
		return ""
	case m.msgBad:
		return sty.Refusal.Render(m.msg)
	}
	return sty.Message.Render(m.msg)
}
