package checkin

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"eventday/input"
)

// Attendance is the attendance log (attendance.jsonl) folded into memory:
// every record, and the counts the desk shows, kept up to date record by
// record so that reading them never costs more than the number of things
// shown.
//
// A big day is hundreds of thousands of lines, held for as long as the event
// is open and looked through by every garbage collection, so a record is
// kept as a line of 56 bytes rather than whole: its person's text once per
// person, its desk and category once per log, its times as numbers. What
// comes back out (Records, Find, Recent) is the record exactly as applied.
//
// An Attendance is not safe for concurrent use; its one owner applies
// records and hands copies of what views need.
type Attendance struct {
	roster *Roster
	loc    *time.Location

	lines []line
	// The nodes whose records the log holds, each once, in the order they
	// first came (a line keeps its origin's number here), and the origin
	// this attendance writes as.
	origins   []originState
	originIDs map[string]uint8
	own       string
	// latest is the latest At of the named sign-ins, as kept in a line
	// (the largest number once one is kept whole).
	latest int64
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
	deskTail map[deskKey]int32

	people  map[string]int32 // person ID → index in persons
	persons [][]personState  // in blocks of personBlock, never moved
	// What personOf hands out for a person's first entry.
	entryBlock []int32
	totals     Totals
	// conflicted holds the people signed in at two gates that could not
	// see each other: standing entries that are neither the one counting
	// them nor a re-entry. Nil until there is one.
	conflicted map[int32]int // person → their conflicts
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
	origin   uint8 // in Attendance.origins
}

// MaxOrigins is how many origins one log may hold: a line keeps its
// origin in a byte.
const MaxOrigins = 256

// originState is one origin of the log.
type originState struct {
	name    string
	lastSeq int64
	entries int // standing sign-ins
	// lines are the origin's lines in sequence order. Nil while the log
	// has one origin, whose lines are then all the lines: a log of one
	// laptop pays nothing for an index it does not need.
	lines []int32
}

// deskKey is a desk of an origin, its origin's number above its text's:
// two laptops may well give their desks the same name, and each takes back
// only its own entries.
type deskKey uint64

func deskOf(origin uint8, desk uint32) deskKey { return deskKey(origin)<<32 | deskKey(desk) }

type lineFlags uint8

const (
	lineUndo lineFlags = 1 << iota // an undo, not a sign-in
	lineWalkIn
	lineReentry
	lineRecordedAt
	lineWhole // the record is in Attendance.whole; the line's times, party and text are not to be read
	lineUndone
	// lineCounted: the sign-in is what puts its people in the totals. An
	// anonymous sign-in is counted while it stands; a named person is
	// counted once, by their earliest standing sign-in in the order
	// (At, Origin, Seq), whatever order the origins' records came in.
	lineCounted
	lineSourced // the record's Source is in Attendance.sourceOf
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
	// Conflicts is standing sign-ins of people in already that are not
	// marked as a re-entry: two gates that could not see each other each
	// signed the person in. They are counted once all the same.
	Conflicts int
}

// NewAttendance starts an empty attendance. The roster resolves people to their acts and
// may be nil; loc is the event's zone, for arrivals per quarter hour (UTC
// when nil).
func NewAttendance(roster *Roster, loc *time.Location) *Attendance {
	if roster == nil {
		roster = &Roster{}
	}
	if loc == nil {
		loc = time.UTC
	}
	return &Attendance{
		roster:     roster,
		loc:        loc,
		whole:      map[int32]Record{},
		textIDs:    map[string]uint32{},
		originIDs:  map[string]uint8{},
		liveTail:   none,
		deskTail:   map[deskKey]int32{},
		people:     map[string]int32{},
		byCategory: map[string]int{},
		arrivals:   map[int64]int{},
		actIn:      map[string]int{},
	}
}

// Lines are the lines of attendance.jsonl as read from the file, each with
// its number in it, for Replay: the journal's reader gives them.
type Lines interface {
	Len() int
	At(i int) (no int, data []byte)
}

// Replay applies the lines of attendance.jsonl in order. An error names the
// line ("attendance.jsonl:17: ...") and leaves the attendance half built: the
// caller refuses to start rather than show a partial count.
//
// Decoding and applying take about as long as each other, so a second
// goroutine decodes the next batch of lines while this one applies the last:
// on two cores a start at full scale takes half the time. Three batches go
// round between them, so a big log costs no garbage beyond them.
func (a *Attendance) Replay(lines Lines) error {
	return a.replay(AttendanceFile, lines, nil)
}

// ReplayGate is Replay of the journal named file that keeps the records
// received from origin: a record of any other origin in it does not fit.
func (a *Attendance) ReplayGate(file, origin string, lines Lines) error {
	return a.replay(file, lines, func(rec *Record) error {
		if rec.Origin != origin {
			return fmt.Errorf("seq %d: a record of %s in the journal of %s", rec.Seq, ShownOrigin(rec.Origin), ShownOrigin(origin))
		}
		return nil
	})
}

// replay is Replay of the log named file, each record first passed by
// check (when not nil).
func (a *Attendance) replay(file string, lines Lines, check func(*Record) error) error {
	n := lines.Len()
	a.lines = slices.Grow(a.lines, n)
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
		for start := 0; start < n; start += size {
			var b *batch
			select {
			case b = <-free:
			case <-stop:
				return
			}
			k := min(size, n-start)
			b.start, b.recs, b.errs = start, b.recs[:k], b.errs[:k]
			for i := range b.recs {
				_, data := lines.At(start + i)
				b.recs[i], b.errs[i] = decode(data, in)
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
			if err == nil && check != nil {
				if err = check(&b.recs[i]); err != nil {
					err = unfit{err}
				}
			}
			if err == nil {
				if err = a.apply(&b.recs[i]); err != nil {
					err = unfit{err}
				}
			}
			if err != nil {
				no, _ := lines.At(b.start + i)
				return &input.Error{File: file, Line: no, Err: err}
			}
		}
		free <- b
	}
	return nil
}

// ErrUnfit is matched by the error of a replay about a whole record that
// does not fit the ones before it, as opposed to a line that is no record.
var ErrUnfit = errors.New("the record does not fit the ones before it")

// unfit is a record that does not fit, said as its own error says it.
type unfit struct{ err error }

func (u unfit) Error() string        { return u.err.Error() }
func (u unfit) Unwrap() error        { return u.err }
func (u unfit) Is(target error) bool { return target == ErrUnfit }

// Apply folds one record into the attendance. It refuses a record that does not fit
// (a sequence number not after the last of its origin, an undo of something
// missing or already undone, a bad party size, a 257th origin) and then
// changes nothing. Each origin's records come in their own order; the
// origins may come interleaved any way, and the counts are the same.
func (a *Attendance) Apply(rec Record) error {
	return a.apply(&rec)
}

func (a *Attendance) apply(rec *Record) error {
	if err := rec.validate(); err != nil {
		return err
	}
	// Most logs have one origin: no look-up for it.
	o, known := uint8(0), len(a.origins) > 0 && a.origins[0].name == rec.Origin
	if !known {
		o, known = a.originIDs[rec.Origin]
	}
	var last int64
	switch {
	case known:
		last = a.origins[o].lastSeq
	case len(a.origins) == MaxOrigins:
		return fmt.Errorf("origin %q: %w", rec.Origin, ErrTooManyOrigins)
	}
	if rec.Seq <= last {
		if rec.Origin != "" {
			return fmt.Errorf("origin %s: seq %d comes after seq %d; sequence numbers must increase", rec.Origin, rec.Seq, last)
		}
		return fmt.Errorf("seq %d comes after seq %d; sequence numbers must increase", rec.Seq, last)
	}
	switch rec.Kind {
	case KindUndo:
		t, ok := none, false
		if known {
			t, ok = a.find(o, rec.Undoes)
		}
		if !ok {
			return fmt.Errorf("seq %d undoes seq %d, which is not in the log", rec.Seq, rec.Undoes)
		}
		if a.lines[t].flags&lineUndo != 0 {
			return fmt.Errorf("seq %d undoes seq %d, which is not a sign-in", rec.Seq, rec.Undoes)
		}
		if a.lines[t].flags&lineUndone != 0 {
			return fmt.Errorf("seq %d undoes seq %d, which is already undone", rec.Seq, rec.Undoes)
		}
		a.push(rec, o, t)
		a.undo(t)
	case KindSignIn:
		if !known {
			o = a.addOrigin(rec.Origin)
		}
		who := none
		if !rec.Anonymous() {
			who = a.personOf(rec)
		}
		i := a.push(rec, o, who)
		a.signIn(i, rec)
		if rec.Source != "" {
			a.addSource(i, rec.Source)
		}
	}
	return nil
}

// ErrTooManyOrigins is wrapped by Apply's error for a record of a 257th
// origin.
var ErrTooManyOrigins = fmt.Errorf("a log holds the records of at most %d origins", MaxOrigins)

// addOrigin adds an origin to the log. The second one makes every origin
// an index of its lines.
func (a *Attendance) addOrigin(name string) uint8 {
	if len(a.origins) == 1 {
		first := make([]int32, len(a.lines), len(a.lines)+len(a.lines)/4+16)
		for i := range first {
			first[i] = int32(i)
		}
		a.origins[0].lines = first
	}
	o := uint8(len(a.origins))
	st := originState{name: name}
	if len(a.origins) > 0 {
		st.lines = []int32{}
	}
	a.origins = append(a.origins, st)
	a.originIDs[name] = o
	return o
}

// addSource indexes sign-in i by the key of the row it came from. A key
// seen before keeps its first entry: eventday never writes one twice, but a
// log joined by hand might.
func (a *Attendance) addSource(i int32, source string) {
	if a.sources == nil {
		a.sources = map[string]int32{}
	}
	key := SourceKey(source)
	if _, ok := a.sources[key]; !ok {
		a.sources[key] = i
	}
}

// FromSource finds the entry copied from the row with this key (see
// SourceKey), undone or not: a row typed in once is in, whatever the desk
// did with its entry afterwards.
func (a *Attendance) FromSource(key string) (Record, bool) {
	i, ok := a.sources[key]
	if !ok {
		return Record{}, false
	}
	return a.record(i), true
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
func (a *Attendance) push(rec *Record, o uint8, who int32) int32 {
	i := int32(len(a.lines))
	ln := line{
		seq:    rec.Seq,
		origin: o,
		prev:   none, next: none, deskPrev: none, deskNext: none,
		who:      who,
		category: a.text(rec.Category),
		desk:     a.text(rec.Desk),
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
		if a.sourceOf == nil {
			a.sourceOf = map[int32]string{}
		}
		a.sourceOf[i] = rec.Source
	}
	exact := rec.Party >= 0 && rec.Party <= math.MaxUint8
	ln.party = uint8(rec.Party)
	var ok bool
	ln.at, ln.zone, ok = a.stamp(rec.At)
	exact = exact && ok
	if rec.RecordedAt != nil {
		ln.flags |= lineRecordedAt
		var zone uint8
		ln.recordedAt, zone, ok = a.stamp(*rec.RecordedAt)
		exact = exact && ok && zone == ln.zone
	}
	a.lines = append(a.lines, ln)
	st := &a.origins[o]
	st.lastSeq = rec.Seq
	if st.lines != nil {
		st.lines = append(st.lines, i)
	}
	if !exact || !a.givesBack(i, rec) {
		a.lines[i].flags |= lineWhole
		a.whole[i] = *rec
	}
	return i
}

// givesBack reports whether line i, read back, is rec: every field equal
// (so a field a line does not keep makes the record kept whole), the times
// the same instants in the same zone.
func (a *Attendance) givesBack(i int32, rec *Record) bool {
	got, want := a.lineRecord(i), *rec
	if !sameTime(got.At, want.At) {
		return false
	}
	if want.RecordedAt != nil && !sameTime(a.time(a.lines[i].recordedAt, a.lines[i].zone), *want.RecordedAt) {
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
func (a *Attendance) stamp(t time.Time) (ns int64, zone uint8, ok bool) {
	loc := t.Location()
	z := slices.Index(a.zones, loc)
	if z < 0 && loc.String() == "" {
		// A zone read from an offset is made anew for every time unless
		// the offset is a whole number of hours; one of each offset does.
		_, off := t.Zone()
		z = slices.IndexFunc(a.zones, func(have *time.Location) bool {
			name, o := t.In(have).Zone()
			return have.String() == "" && name == "" && o == off
		})
	}
	if z < 0 {
		if len(a.zones) > math.MaxUint8 {
			return 0, 0, false
		}
		z = len(a.zones)
		a.zones = append(a.zones, loc)
	}
	return t.UnixNano(), uint8(z), true
}

// time is a line's time back as a time.Time.
func (a *Attendance) time(ns int64, zone uint8) time.Time {
	return time.Unix(0, ns).In(a.zones[zone])
}

// text returns the number of s in the log's texts, adding it the first time.
func (a *Attendance) text(s string) uint32 {
	if id, ok := a.textIDs[s]; ok {
		return id
	}
	id := uint32(len(a.texts))
	a.texts = append(a.texts, s)
	a.textIDs[s] = id
	return id
}

// record returns line i's record as it was applied.
func (a *Attendance) record(i int32) Record {
	ln := &a.lines[i]
	if ln.flags&lineWhole != 0 {
		return a.whole[i]
	}
	r := a.lineRecord(i)
	if ln.flags&lineRecordedAt != 0 {
		t := a.time(ln.recordedAt, ln.zone)
		r.RecordedAt = &t
	}
	return r
}

// lineRecord reads line i back as a record, all but RecordedAt.
func (a *Attendance) lineRecord(i int32) Record {
	ln := &a.lines[i]
	r := Record{
		Seq:      ln.seq,
		At:       a.time(ln.at, ln.zone),
		Kind:     KindSignIn,
		Category: a.texts[ln.category],
		WalkIn:   ln.flags&lineWalkIn != 0,
		Reentry:  ln.flags&lineReentry != 0,
		Party:    int(ln.party),
		Desk:     a.texts[ln.desk],
		Origin:   a.origins[ln.origin].name,
	}
	switch {
	case ln.flags&lineUndo != 0:
		r.Kind, r.Undoes = KindUndo, a.lines[ln.who].seq
	case ln.who != none:
		p := a.person(ln.who)
		r.Person, r.Name, r.Group, r.Phone = p.id, p.name, p.group, p.phone
	}
	if ln.flags&lineSourced != 0 {
		r.Source = a.sourceOf[i]
	}
	return r
}

// find returns the index of the line of origin o with sequence number seq.
// Sequence numbers increase along an origin's lines, so a binary search
// finds it: in the log itself while it has one origin.
func (a *Attendance) find(o uint8, seq int64) (int32, bool) {
	if lines := a.origins[o].lines; lines != nil {
		k, ok := slices.BinarySearchFunc(lines, seq, func(i int32, s int64) int {
			return cmp.Compare(a.lines[i].seq, s)
		})
		if !ok {
			return none, false
		}
		return lines[k], true
	}
	i, ok := slices.BinarySearchFunc(a.lines, seq, func(ln line, s int64) int {
		return cmp.Compare(ln.seq, s)
	})
	return int32(i), ok
}

// earlier reports whether sign-in i comes before sign-in j in the order
// that decides which entry counts a person: by At, then origin, then seq.
// Every node that holds the same records finds the same order, whatever
// order they came in.
func (a *Attendance) earlier(i, j int32) bool {
	li, lj := &a.lines[i], &a.lines[j]
	var c int
	if (li.flags|lj.flags)&lineWhole == 0 {
		c = cmp.Compare(li.at, lj.at)
	} else {
		c = a.record(i).At.Compare(a.record(j).At)
	}
	if c == 0 {
		c = strings.Compare(a.origins[li.origin].name, a.origins[lj.origin].name)
	}
	if c == 0 {
		c = cmp.Compare(li.seq, lj.seq)
	}
	return c < 0
}

func (a *Attendance) person(who int32) *personState {
	return &a.persons[who/personBlock][who%personBlock]
}

// personOf returns the index of the sign-in's person, making their state
// with room for one entry the first time they come.
func (a *Attendance) personOf(rec *Record) int32 {
	if who, ok := a.people[rec.Person]; ok {
		return who
	}
	if n := len(a.persons); n == 0 || len(a.persons[n-1]) == personBlock {
		a.persons = append(a.persons, make([]personState, 0, personBlock))
		a.entryBlock = make([]int32, personBlock)
	}
	n := len(a.persons) - 1
	who := int32(n*personBlock + len(a.persons[n]))
	a.persons[n] = append(a.persons[n], personState{
		id: rec.Person, name: rec.Name, group: rec.Group, phone: rec.Phone,
		live: a.entryBlock[:0:1],
	})
	a.entryBlock = a.entryBlock[1:]
	a.people[rec.Person] = who
	return who
}

func (a *Attendance) signIn(i int32, rec *Record) {
	n := &a.lines[i]
	n.prev = a.liveTail
	if a.liveTail != none {
		a.lines[a.liveTail].next = i
	}
	a.liveTail = i
	key := deskOf(n.origin, n.desk)
	if t, ok := a.deskTail[key]; ok && t != none {
		n.deskPrev = t
		a.lines[t].deskNext = i
	}
	a.deskTail[key] = i
	a.totals.Entries++
	a.origins[n.origin].entries++

	if n.who == none {
		a.count(i, rec, +1)
		return
	}
	who := n.who
	ps := a.person(who)
	// Most people have one entry, and a later one comes later: a sign-in
	// after every time applied so far goes last without a look at the
	// others (lines read from all over the log); otherwise the place is
	// found from the end.
	at := len(ps.live)
	if n.flags&lineWhole != 0 || n.at <= a.latest {
		for at > 0 && a.earlier(i, ps.live[at-1]) {
			at--
		}
	}
	switch {
	case n.flags&lineWhole != 0:
		// Its time is not in the line: from here on every sign-in looks
		// for its place among a person's entries.
		a.latest = math.MaxInt64
	case n.at > a.latest:
		a.latest = n.at
	}
	ps.live = slices.Insert(ps.live, at, i)
	switch {
	case at > 0:
		// Not the one that counts: a conflict unless a re-entry.
		a.addConflicts(who, conflicting(n.flags))
	case len(ps.live) > 1:
		// An earlier arrival from another gate, or a backdated row: it
		// counts the person now, in its place, and the one that did is
		// a conflict unless a re-entry.
		old := ps.live[1]
		r := a.record(old)
		a.count(old, &r, -1)
		a.count(i, rec, +1)
		a.addConflicts(who, conflicting(a.lines[old].flags))
	default:
		a.count(i, rec, +1)
	}
}

// conflicting is 1 for a standing entry that, not counting its person,
// is a conflict (not a re-entry), and 0 otherwise. Only the entry that
// changes place is looked at: the others' lines lie all over the log.
func conflicting(f lineFlags) int {
	if f&lineReentry != 0 {
		return 0
	}
	return 1
}

// addConflicts adds d to a person's conflicts.
func (a *Attendance) addConflicts(who int32, d int) {
	if d == 0 {
		return
	}
	a.totals.Conflicts += d
	if a.conflicted == nil {
		a.conflicted = map[int32]int{}
	}
	if a.conflicted[who] += d; a.conflicted[who] == 0 {
		delete(a.conflicted, who)
	}
}

func (a *Attendance) undo(i int32) {
	n := &a.lines[i]
	n.flags |= lineUndone
	if n.prev != none {
		a.lines[n.prev].next = n.next
	}
	if n.next != none {
		a.lines[n.next].prev = n.prev
	} else {
		a.liveTail = n.prev
	}
	if n.deskPrev != none {
		a.lines[n.deskPrev].deskNext = n.deskNext
	}
	if n.deskNext != none {
		a.lines[n.deskNext].deskPrev = n.deskPrev
	} else {
		a.deskTail[deskOf(n.origin, n.desk)] = n.deskPrev
	}
	n.prev, n.next, n.deskPrev, n.deskNext = none, none, none, none
	a.totals.Entries--
	a.totals.Undone++
	a.origins[n.origin].entries--

	if n.flags&lineCounted != 0 {
		rec := a.record(i)
		a.count(i, &rec, -1)
	}
	if n.who == none {
		return
	}
	who := n.who
	ps := a.person(who)
	at := slices.Index(ps.live, i)
	ps.live = slices.Delete(ps.live, at, at+1)
	switch {
	case at > 0:
		a.addConflicts(who, -conflicting(n.flags))
	case len(ps.live) > 0 && a.lines[ps.live[0]].flags&lineCounted == 0:
		// The person is still in by a later entry, which now counts them
		// and is no conflict any more.
		next := ps.live[0]
		rec := a.record(next)
		a.count(next, &rec, +1)
		a.addConflicts(who, -conflicting(a.lines[next].flags))
	}
}

// count adds (sign +1) or removes (-1) the people of line i, whose record
// is rec, from every total.
func (a *Attendance) count(i int32, rec *Record, sign int) {
	if sign > 0 {
		a.lines[i].flags |= lineCounted
	} else {
		a.lines[i].flags &^= lineCounted
	}
	n := sign * rec.Party
	a.totals.People += n
	if rec.Anonymous() {
		a.totals.Anonymous += n
	} else {
		a.totals.Named += n
		if rec.WalkIn {
			a.totals.WalkIns += n
		}
		if p, ok := a.roster.Person(rec.Person); ok && p.ActID != "" {
			a.actIn[p.ActID] += sign
		}
	}
	if c := a.byCategory[rec.Category] + n; c != 0 {
		a.byCategory[rec.Category] = c
	} else {
		delete(a.byCategory, rec.Category)
	}
	q := a.quarter(rec.At)
	if c := a.arrivals[q] + n; c != 0 {
		a.arrivals[q] = c
	} else {
		delete(a.arrivals, q)
	}
}

// quarter numbers the quarter hour of local wall-clock time that t falls in.
func (a *Attendance) quarter(t time.Time) int64 {
	_, off := t.In(a.loc).Zone()
	s := t.Unix() + int64(off)
	q := s / 900
	if s%900 < 0 {
		q--
	}
	return q
}

// quarterStart is the first instant of quarter q in the event's zone.
func (a *Attendance) quarterStart(q int64) time.Time {
	w := time.Unix(q*900, 0).UTC()
	return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), 0, 0, a.loc)
}
