package checkin

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"eventday/input"
	"eventday/journal"
)

// Log is the attendance log folded into memory: every record, and the counts
// the desk shows, kept up to date record by record so that reading them never
// costs more than the number of things shown.
//
// A Log is not safe for concurrent use; its one owner applies records and
// hands copies of what views need.
type Log struct {
	roster *Roster
	loc    *time.Location

	records []Record
	nodes   []node // parallel to records
	lastSeq int64

	// Live sign-ins (not undone) in log order, as a doubly linked list over
	// record indices, overall and per desk: the most recent entries and the
	// last one of a desk are found without walking the log.
	liveTail int32
	deskTail map[string]int32

	people map[string]*personState
	// What newPerson hands out next.
	personBlock []personState
	entryBlock  []int32
	totals      Totals
	byCategory  map[string]int
	arrivals    map[int64]int // local quarter-hour number → people
	actIn       map[string]int
	// sources finds an entry by the key of the row it was copied from;
	// nil until a record has a source (most logs never do).
	sources map[string]int32
}

// none marks the end of a linked list.
const none int32 = -1

// node is a record's place in the live lists.
type node struct {
	prev, next         int32
	deskPrev, deskNext int32
	undone             bool
	// counted: the sign-in is what puts its people in the totals. An
	// anonymous sign-in is counted while it stands; a named person is counted
	// once, by their earliest standing sign-in.
	counted bool
}

// personState is one named person's standing sign-ins, earliest first.
type personState struct {
	live []int32
}

// Totals are the desk's headline counts.
type Totals struct {
	// People is heads in: party sizes summed, each named person once however
	// often they came back in.
	People int
	// Named is the part of People signed in under a name (with their party);
	// Anonymous the part counted as heads only.
	Named, Anonymous int
	// WalkIns is the part of Named registered at the desk.
	WalkIns int
	// Entries is sign-in lines standing (re-entries included); Undone is
	// sign-in lines undone.
	Entries, Undone int
}

// NewLog starts an empty log. The roster resolves people to their acts and
// may be nil; loc is the event's zone, for arrivals per quarter hour (UTC
// when nil).
func NewLog(roster *Roster, loc *time.Location) *Log {
	if roster == nil {
		roster = &Roster{}
	}
	if loc == nil {
		loc = time.UTC
	}
	return &Log{
		roster:     roster,
		loc:        loc,
		liveTail:   none,
		deskTail:   map[string]int32{},
		people:     map[string]*personState{},
		byCategory: map[string]int{},
		arrivals:   map[int64]int{},
		actIn:      map[string]int{},
	}
}

// Replay applies the lines of attendance.jsonl in order. An error names the
// line ("attendance.jsonl:17: ...") and leaves the log half built: the
// caller refuses to start rather than show a partial count.
//
// Decoding and applying take about as long as each other, so a second
// goroutine decodes the next batch of lines while this one applies the last:
// on two cores a start at full scale takes half the time. Three batches go
// round between them, so a big log costs no garbage beyond them.
func (l *Log) Replay(lines []journal.Line) error {
	l.records = slices.Grow(l.records, len(lines))
	l.nodes = slices.Grow(l.nodes, len(lines))
	type batch struct {
		start int
		recs  []Record
		errs  []error
	}
	const size = 4096
	batches := make(chan *batch, 1)
	free := make(chan *batch, 3)
	for range cap(free) {
		free <- &batch{recs: make([]Record, size), errs: make([]error, size)}
	}
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		defer close(batches)
		in := &interner{}
		for start := 0; start < len(lines); start += size {
			var b *batch
			select {
			case b = <-free:
			case <-stop:
				return
			}
			n := min(size, len(lines)-start)
			b.start, b.recs, b.errs = start, b.recs[:n], b.errs[:n]
			for i := range b.recs {
				b.recs[i], b.errs[i] = decode(lines[start+i].Data, in)
			}
			select {
			case batches <- b:
			case <-stop:
				return
			}
		}
	}()
	for b := range batches {
		for i := range b.recs {
			err := b.errs[i]
			if err == nil {
				err = l.apply(&b.recs[i])
			}
			if err != nil {
				return &input.Error{File: AttendanceFile, Line: lines[b.start+i].No, Err: err}
			}
		}
		free <- b
	}
	return nil
}

// Apply folds one record into the log. It refuses a record that does not fit
// (a sequence number not after the last, an undo of something missing or
// already undone, a bad party size) and then changes nothing.
func (l *Log) Apply(rec Record) error {
	return l.apply(&rec)
}

func (l *Log) apply(rec *Record) error {
	if err := rec.validate(); err != nil {
		return err
	}
	if rec.Seq <= l.lastSeq {
		return fmt.Errorf("seq %d comes after seq %d; sequence numbers must increase", rec.Seq, l.lastSeq)
	}
	switch rec.Kind {
	case KindUndo:
		t, ok := l.find(rec.Undoes)
		if !ok {
			return fmt.Errorf("seq %d undoes seq %d, which is not in the log", rec.Seq, rec.Undoes)
		}
		if l.records[t].Kind != KindSignIn {
			return fmt.Errorf("seq %d undoes seq %d, which is not a sign-in", rec.Seq, rec.Undoes)
		}
		if l.nodes[t].undone {
			return fmt.Errorf("seq %d undoes seq %d, which is already undone", rec.Seq, rec.Undoes)
		}
		l.push(rec)
		l.undo(t)
	case KindSignIn:
		i := l.push(rec)
		l.signIn(i)
		if rec.Source != "" {
			l.addSource(i)
		}
	}
	return nil
}

// addSource indexes sign-in i by the key of the row it came from. A key
// seen before keeps its first entry: eventday never writes one twice, but a
// log joined by hand might.
func (l *Log) addSource(i int32) {
	if l.sources == nil {
		l.sources = map[string]int32{}
	}
	key := SourceKey(l.records[i].Source)
	if _, ok := l.sources[key]; !ok {
		l.sources[key] = i
	}
}

// FromSource finds the entry copied from the row with this key (see
// SourceKey), undone or not: a row typed in once is in, whatever the desk
// did with its entry afterwards.
func (l *Log) FromSource(key string) (Record, bool) {
	i, ok := l.sources[key]
	if !ok {
		return Record{}, false
	}
	return l.records[i], true
}

// SourceKey is the part of a record's Source that says which row it is,
// wherever the file lies and whatever it is called now: what follows the
// last "#" ("sheet.csv:12#9f86d081884c7d65" gives "9f86d081884c7d65").
func SourceKey(source string) string {
	if i := strings.LastIndexByte(source, '#'); i >= 0 {
		return source[i+1:]
	}
	return source
}

func (l *Log) push(rec *Record) int32 {
	i := int32(len(l.records))
	l.records = append(l.records, *rec)
	l.nodes = append(l.nodes, node{prev: none, next: none, deskPrev: none, deskNext: none})
	l.lastSeq = rec.Seq
	return i
}

// find returns the index of the record with sequence number seq. Sequence
// numbers increase along the log, so a binary search finds it.
func (l *Log) find(seq int64) (int32, bool) {
	i, ok := slices.BinarySearchFunc(l.records, seq, func(r Record, s int64) int {
		switch {
		case r.Seq < s:
			return -1
		case r.Seq > s:
			return 1
		}
		return 0
	})
	return int32(i), ok
}

func (l *Log) signIn(i int32) {
	rec := &l.records[i]
	n := &l.nodes[i]

	n.prev = l.liveTail
	if l.liveTail != none {
		l.nodes[l.liveTail].next = i
	}
	l.liveTail = i
	if t, ok := l.deskTail[rec.Desk]; ok && t != none {
		n.deskPrev = t
		l.nodes[t].deskNext = i
	}
	l.deskTail[rec.Desk] = i
	l.totals.Entries++

	if rec.Anonymous() {
		l.count(i, +1)
		return
	}
	ps := l.people[rec.Person]
	if ps == nil {
		ps = l.newPerson()
		l.people[rec.Person] = ps
	}
	ps.live = append(ps.live, i)
	if len(ps.live) == 1 {
		l.count(i, +1)
	}
}

// newPerson makes the state of someone signing in for the first time, with
// room for that one entry. People are many and most come once, so their
// states are carved from blocks rather than allocated one by one.
func (l *Log) newPerson() *personState {
	const block = 1024
	if len(l.personBlock) == 0 {
		l.personBlock = make([]personState, block)
		l.entryBlock = make([]int32, block)
	}
	ps := &l.personBlock[0]
	ps.live = l.entryBlock[:0:1]
	l.personBlock, l.entryBlock = l.personBlock[1:], l.entryBlock[1:]
	return ps
}

func (l *Log) undo(i int32) {
	rec := &l.records[i]
	n := &l.nodes[i]
	n.undone = true

	if n.prev != none {
		l.nodes[n.prev].next = n.next
	}
	if n.next != none {
		l.nodes[n.next].prev = n.prev
	} else {
		l.liveTail = n.prev
	}
	if n.deskPrev != none {
		l.nodes[n.deskPrev].deskNext = n.deskNext
	}
	if n.deskNext != none {
		l.nodes[n.deskNext].deskPrev = n.deskPrev
	} else {
		l.deskTail[rec.Desk] = n.deskPrev
	}
	n.prev, n.next, n.deskPrev, n.deskNext = none, none, none, none
	l.totals.Entries--
	l.totals.Undone++

	if n.counted {
		l.count(i, -1)
	}
	if rec.Anonymous() {
		return
	}
	ps := l.people[rec.Person]
	at := slices.Index(ps.live, i)
	ps.live = slices.Delete(ps.live, at, at+1)
	if at == 0 && len(ps.live) > 0 && !l.nodes[ps.live[0]].counted {
		// The person is still in by a later entry, which now counts them.
		l.count(ps.live[0], +1)
	}
}

// count adds (sign +1) or removes (-1) a sign-in's people from every total.
func (l *Log) count(i int32, sign int) {
	rec := &l.records[i]
	l.nodes[i].counted = sign > 0
	n := sign * rec.Party
	l.totals.People += n
	if rec.Anonymous() {
		l.totals.Anonymous += n
	} else {
		l.totals.Named += n
		if rec.WalkIn {
			l.totals.WalkIns += n
		}
		if p, ok := l.roster.Person(rec.Person); ok && p.ActID != "" {
			l.actIn[p.ActID] += sign
		}
	}
	if c := l.byCategory[rec.Category] + n; c != 0 {
		l.byCategory[rec.Category] = c
	} else {
		delete(l.byCategory, rec.Category)
	}
	q := l.quarter(rec.At)
	if c := l.arrivals[q] + n; c != 0 {
		l.arrivals[q] = c
	} else {
		delete(l.arrivals, q)
	}
}

// quarter numbers the quarter hour of local wall-clock time that t falls in.
func (l *Log) quarter(t time.Time) int64 {
	_, off := t.In(l.loc).Zone()
	s := t.Unix() + int64(off)
	q := s / 900
	if s%900 < 0 {
		q--
	}
	return q
}

// quarterStart is the first instant of quarter q in the event's zone.
func (l *Log) quarterStart(q int64) time.Time {
	w := time.Unix(q*900, 0).UTC()
	return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), 0, 0, l.loc)
}
