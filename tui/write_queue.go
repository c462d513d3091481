package tui

import tea "charm.land/bubbletea/v2"

// writeQueue hands a view's writes to the event's owner one at a time, in
// the order they were asked for, each in a command so that the write to
// disk never holds up the screen. bubbletea runs the commands it is given
// in any order, so a write leaves only once the answer to the one before it
// is back; the root brings that answer to the view that asked, whichever
// view is in front (see answer), so the queue never waits for nothing.
type writeQueue[W, R any] struct {
	do      func(W) (R, error) // the write; it runs in a command
	waiting []ticket[W]
	flying  int // the ticket of the write in flight, 0 when none
	last    int // the last ticket given: every write ever asked for
}

// ticket is a write with its number in the queue.
type ticket[W any] struct {
	n int
	w W
}

// written is the owner's answer to one write of a writeQueue.
type written[W, R any] struct {
	ticket int
	asked  W     // the write as asked for
	got    R     // what the owner gave back
	err    error // why it was refused, or nil
}

func newWriteQueue[W, R any](do func(W) (R, error)) writeQueue[W, R] {
	return writeQueue[W, R]{do: do}
}

// push queues w and gives the command that writes it now, or nil while
// another write is in flight.
func (q *writeQueue[W, R]) push(w W) tea.Cmd {
	q.last++
	q.waiting = append(q.waiting, ticket[W]{q.last, w})
	return q.next()
}

// answered takes in the answer to the write in flight and gives the command
// for the next write, if any. It reports false for an answer to anything
// else, which changes nothing.
func (q *writeQueue[W, R]) answered(m written[W, R]) (tea.Cmd, bool) {
	if m.ticket == 0 || m.ticket != q.flying {
		return nil, false
	}
	q.flying = 0
	return q.next(), true
}

// idle says that nothing is in flight or waiting.
func (q *writeQueue[W, R]) idle() bool { return q.flying == 0 && len(q.waiting) == 0 }

func (q *writeQueue[W, R]) next() tea.Cmd {
	if q.flying != 0 || len(q.waiting) == 0 {
		return nil
	}
	t := q.waiting[0]
	q.waiting = q.waiting[1:]
	q.flying = t.n
	do := q.do
	return func() tea.Msg {
		got, err := do(t.w)
		return written[W, R]{ticket: t.n, asked: t.w, got: got, err: err}
	}
}
