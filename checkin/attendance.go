package checkin

import (
	"cmp"
	"fmt"
	"math"
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
// A big day is hundreds of thousands of lines, held for as long as the event
// is open and looked through by every garbage collection, so a record is
// kept as a line of 56 bytes rather than whole: its person's text once per
// person, its desk and category once per log, its times as numbers. What
// comes back out (Records, Find, Recent) is the record exactly as applied.
//
// A Log is not safe for concurrent use; its one owner applies records and
// hands copies of what views need.
type Log struct {
	roster *Roster
	loc    *time.Location

	lines   []line
	lastSeq int64
	// whole holds, by line, the rare records that a line cannot give back
	// exactly: a time out of range, an undo carrying a name, a field a line
	// has no room for.
	whole map[int32]Record
	// Desks and categories, each once, and the time zones of the times
	// applied.
	texts   []string
	textIDs map[string]uint32
	zones   []*time.Location

	// Live sign-ins (not undone) in log order, as a doubly linked list over
	// line indices, overall and per desk (by text ID): the most recent
	// entries and the last one of a desk are found without walking the log.
	liveTail int32
	deskTail map[uint32]int32

	people  map[string]int32 // person ID → index in persons
	persons [][]personState  // in blocks of personBlock, never moved
	// What personOf hands out for a person's first entry.
	entryBlock []int32
	totals     Totals
	byCategory map[string]int
	arrivals   map[int64]int // local quarter-hour number → people
	actIn      map[string]int
	// sources finds an entry by the key of the row it was copied from, and
	// sourceOf holds the whole Source of each line that has one; both nil
	// until a record has a source (most logs never do), and a line keeps
	// only a flag, so a sheet's rows cost a map entry each, not a field on
	// every line of every log.
	sources  map[string]int32
	sourceOf map[int32]string
}

// none marks the end of a linked list, and a sign-in without a person.
const none int32 = -1

// line is one record as the log keeps it.
type line struct {
	seq int64
	// At, and RecordedAt when the line has one, as Unix nanoseconds in the
	// log's zones[zone].
	at, recordedAt int64
	// The line's place in the live lists.
	prev, next, deskPrev, deskNext int32
	// who is, for a sign-in, the index of its person in persons (none for
	// anonymous heads); for an undo, the index of the line it undoes.
	who      int32
	category uint32 // in texts
	desk     uint32 // in texts
	party    uint8
	zone     uint8
	flags    lineFlags
}

type lineFlags uint8

const (
	lineUndo lineFlags = 1 << iota // an undo, not a sign-in
	lineWalkIn
	lineReentry
	lineRecordedAt
	lineWhole // the record is in Log.whole; the line's times, party and text are not to be read
	lineUndone
	// lineCounted: the sign-in is what puts its people in the totals. An
	// anonymous sign-in is counted while it stands; a named person is
	// counted once, by their earliest standing sign-in.
	lineCounted
	lineSourced // the record's Source is in Log.sourceOf
)

// personState is one named person: their text, once however often they
// came, and their standing sign-ins, earliest first.
type personState struct {
	id, name, group, phone string
	live                   []int32
}

// personBlock is how many people's states are made at a time: people are
// many and most come once, so their states are carved from blocks rather
// than allocated one by one.
const personBlock = 1024

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
		whole:      map[int32]Record{},
		textIDs:    map[string]uint32{},
		liveTail:   none,
		deskTail:   map[uint32]int32{},
		people:     map[string]int32{},
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
	l.lines = slices.Grow(l.lines, len(lines))
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
		if l.lines[t].flags&lineUndo != 0 {
			return fmt.Errorf("seq %d undoes seq %d, which is not a sign-in", rec.Seq, rec.Undoes)
		}
		if l.lines[t].flags&lineUndone != 0 {
			return fmt.Errorf("seq %d undoes seq %d, which is already undone", rec.Seq, rec.Undoes)
		}
		l.push(rec, t)
		l.undo(t)
	case KindSignIn:
		who := none
		if !rec.Anonymous() {
			who = l.personOf(rec)
		}
		i := l.push(rec, who)
		l.signIn(i, rec)
		if rec.Source != "" {
			l.addSource(i, rec.Source)
		}
	}
	return nil
}

// addSource indexes sign-in i by the key of the row it came from. A key
// seen before keeps its first entry: eventday never writes one twice, but a
// log joined by hand might.
func (l *Log) addSource(i int32, source string) {
	if l.sources == nil {
		l.sources = map[string]int32{}
	}
	key := SourceKey(source)
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
	return l.record(i), true
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

// push appends the record as a line, or whole when a line cannot give it
// back exactly; who is the line's person or, for an undo, the line undone.
func (l *Log) push(rec *Record, who int32) int32 {
	i := int32(len(l.lines))
	ln := line{
		seq:  rec.Seq,
		prev: none, next: none, deskPrev: none, deskNext: none,
		who:      who,
		category: l.text(rec.Category),
		desk:     l.text(rec.Desk),
	}
	if rec.Kind == KindUndo {
		ln.flags |= lineUndo
	}
	if rec.WalkIn {
		ln.flags |= lineWalkIn
	}
	if rec.Reentry {
		ln.flags |= lineReentry
	}
	if rec.Source != "" {
		ln.flags |= lineSourced
		if l.sourceOf == nil {
			l.sourceOf = map[int32]string{}
		}
		l.sourceOf[i] = rec.Source
	}
	exact := rec.Party >= 0 && rec.Party <= math.MaxUint8
	ln.party = uint8(rec.Party)
	var ok bool
	ln.at, ln.zone, ok = l.stamp(rec.At)
	exact = exact && ok
	if rec.RecordedAt != nil {
		ln.flags |= lineRecordedAt
		var zone uint8
		ln.recordedAt, zone, ok = l.stamp(*rec.RecordedAt)
		exact = exact && ok && zone == ln.zone
	}
	l.lines = append(l.lines, ln)
	l.lastSeq = rec.Seq
	if !exact || !l.givesBack(i, rec) {
		l.lines[i].flags |= lineWhole
		l.whole[i] = *rec
	}
	return i
}

// givesBack reports whether line i, read back, is rec: every field equal
// (so a field a line does not keep makes the record kept whole), the times
// the same instants in the same zone.
func (l *Log) givesBack(i int32, rec *Record) bool {
	got, want := l.lineRecord(i), *rec
	if !sameTime(got.At, want.At) {
		return false
	}
	if want.RecordedAt != nil && !sameTime(l.time(l.lines[i].recordedAt, l.lines[i].zone), *want.RecordedAt) {
		return false
	}
	got.At, want.At = time.Time{}, time.Time{}
	got.RecordedAt, want.RecordedAt = nil, nil
	return got == want
}

// sameTime reports whether a and b are the same instant shown the same way:
// in the same zone, or in two zones of the same offset without a name (a
// time read with an offset that is not a whole hour gets a zone of its
// own).
func sameTime(a, b time.Time) bool {
	if !a.Equal(b) || a.Round(0) != a || b.Round(0) != b {
		return false
	}
	if a.Location() == b.Location() {
		return true
	}
	an, ao := a.Zone()
	bn, bo := b.Zone()
	return an == "" && bn == "" && ao == bo && a.Location().String() == "" && b.Location().String() == ""
}

// stamp gives t as Unix nanoseconds and its zone's number, adding the zone
// the first time; ok is false when the log has no room for another zone.
func (l *Log) stamp(t time.Time) (ns int64, zone uint8, ok bool) {
	loc := t.Location()
	z := slices.Index(l.zones, loc)
	if z < 0 && loc.String() == "" {
		// A zone read from an offset is made anew for every time unless
		// the offset is a whole number of hours; one of each offset does.
		_, off := t.Zone()
		z = slices.IndexFunc(l.zones, func(have *time.Location) bool {
			name, o := t.In(have).Zone()
			return have.String() == "" && name == "" && o == off
		})
	}
	if z < 0 {
		if len(l.zones) > math.MaxUint8 {
			return 0, 0, false
		}
		z = len(l.zones)
		l.zones = append(l.zones, loc)
	}
	return t.UnixNano(), uint8(z), true
}

// time is a line's time back as a time.Time.
func (l *Log) time(ns int64, zone uint8) time.Time {
	return time.Unix(0, ns).In(l.zones[zone])
}

// text returns the number of s in the log's texts, adding it the first time.
func (l *Log) text(s string) uint32 {
	if id, ok := l.textIDs[s]; ok {
		return id
	}
	id := uint32(len(l.texts))
	l.texts = append(l.texts, s)
	l.textIDs[s] = id
	return id
}

// record returns line i's record as it was applied.
func (l *Log) record(i int32) Record {
	ln := &l.lines[i]
	if ln.flags&lineWhole != 0 {
		return l.whole[i]
	}
	r := l.lineRecord(i)
	if ln.flags&lineRecordedAt != 0 {
		t := l.time(ln.recordedAt, ln.zone)
		r.RecordedAt = &t
	}
	return r
}

// lineRecord reads line i back as a record, all but RecordedAt.
func (l *Log) lineRecord(i int32) Record {
	ln := &l.lines[i]
	r := Record{
		Seq:      ln.seq,
		At:       l.time(ln.at, ln.zone),
		Kind:     KindSignIn,
		Category: l.texts[ln.category],
		WalkIn:   ln.flags&lineWalkIn != 0,
		Reentry:  ln.flags&lineReentry != 0,
		Party:    int(ln.party),
		Desk:     l.texts[ln.desk],
	}
	switch {
	case ln.flags&lineUndo != 0:
		r.Kind, r.Undoes = KindUndo, l.lines[ln.who].seq
	case ln.who != none:
		p := l.person(ln.who)
		r.Person, r.Name, r.Group, r.Phone = p.id, p.name, p.group, p.phone
	}
	if ln.flags&lineSourced != 0 {
		r.Source = l.sourceOf[i]
	}
	return r
}

// find returns the index of the line with sequence number seq. Sequence
// numbers increase along the log, so a binary search finds it.
func (l *Log) find(seq int64) (int32, bool) {
	i, ok := slices.BinarySearchFunc(l.lines, seq, func(ln line, s int64) int {
		return cmp.Compare(ln.seq, s)
	})
	return int32(i), ok
}

func (l *Log) person(who int32) *personState {
	return &l.persons[who/personBlock][who%personBlock]
}

// personOf returns the index of the sign-in's person, making their state
// with room for one entry the first time they come.
func (l *Log) personOf(rec *Record) int32 {
	if who, ok := l.people[rec.Person]; ok {
		return who
	}
	if n := len(l.persons); n == 0 || len(l.persons[n-1]) == personBlock {
		l.persons = append(l.persons, make([]personState, 0, personBlock))
		l.entryBlock = make([]int32, personBlock)
	}
	n := len(l.persons) - 1
	who := int32(n*personBlock + len(l.persons[n]))
	l.persons[n] = append(l.persons[n], personState{
		id: rec.Person, name: rec.Name, group: rec.Group, phone: rec.Phone,
		live: l.entryBlock[:0:1],
	})
	l.entryBlock = l.entryBlock[1:]
	l.people[rec.Person] = who
	return who
}

func (l *Log) signIn(i int32, rec *Record) {
	n := &l.lines[i]
	n.prev = l.liveTail
	if l.liveTail != none {
		l.lines[l.liveTail].next = i
	}
	l.liveTail = i
	if t, ok := l.deskTail[n.desk]; ok && t != none {
		n.deskPrev = t
		l.lines[t].deskNext = i
	}
	l.deskTail[n.desk] = i
	l.totals.Entries++

	if n.who == none {
		l.count(i, rec, +1)
		return
	}
	ps := l.person(n.who)
	ps.live = append(ps.live, i)
	if len(ps.live) == 1 {
		l.count(i, rec, +1)
	}
}

func (l *Log) undo(i int32) {
	n := &l.lines[i]
	n.flags |= lineUndone
	if n.prev != none {
		l.lines[n.prev].next = n.next
	}
	if n.next != none {
		l.lines[n.next].prev = n.prev
	} else {
		l.liveTail = n.prev
	}
	if n.deskPrev != none {
		l.lines[n.deskPrev].deskNext = n.deskNext
	}
	if n.deskNext != none {
		l.lines[n.deskNext].deskPrev = n.deskPrev
	} else {
		l.deskTail[n.desk] = n.deskPrev
	}
	n.prev, n.next, n.deskPrev, n.deskNext = none, none, none, none
	l.totals.Entries--
	l.totals.Undone++

	if n.flags&lineCounted != 0 {
		rec := l.record(i)
		l.count(i, &rec, -1)
	}
	if n.who == none {
		return
	}
	ps := l.person(n.who)
	at := slices.Index(ps.live, i)
	ps.live = slices.Delete(ps.live, at, at+1)
	if at == 0 && len(ps.live) > 0 && l.lines[ps.live[0]].flags&lineCounted == 0 {
		// The person is still in by a later entry, which now counts them.
		rec := l.record(ps.live[0])
		l.count(ps.live[0], &rec, +1)
	}
}

// count adds (sign +1) or removes (-1) the people of line i, whose record
// is rec, from every total.
func (l *Log) count(i int32, rec *Record, sign int) {
	if sign > 0 {
		l.lines[i].flags |= lineCounted
	} else {
		l.lines[i].flags &^= lineCounted
	}
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
