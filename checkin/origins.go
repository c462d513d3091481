package checkin

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"eventday/i18n"
)

// WriteAs sets the origin this attendance writes as: the records the
// desk's actions prepare carry it and are numbered after its last, and a
// desk takes back only its entries. "" (the host) until set.
func (a *Attendance) WriteAs(origin string) { a.own = origin }

// Own is the origin this attendance writes as.
func (a *Attendance) Own() string { return a.own }

// LastSeq is the sequence number of origin's last record; 0 when it has
// none.
func (a *Attendance) LastSeq(origin string) int64 {
	if o, ok := a.originIDs[origin]; ok {
		return a.origins[o].lastSeq
	}
	return 0
}

// OriginCount is one origin's part of the log.
type OriginCount struct {
	Origin  string // "" the host
	LastSeq int64
	Records int // its records, undos included
	Entries int // its standing sign-ins
}

// Origins lists the origins of the log, by name (the host first).
func (a *Attendance) Origins() []OriginCount {
	out := make([]OriginCount, len(a.origins))
	for o := range a.origins {
		st := &a.origins[o]
		out[o] = OriginCount{Origin: st.name, LastSeq: st.lastSeq, Records: a.originLen(uint8(o)), Entries: st.entries}
	}
	slices.SortFunc(out, func(x, y OriginCount) int { return strings.Compare(x.Origin, y.Origin) })
	return out
}

// OriginCount is how many records of origin the log holds.
func (a *Attendance) OriginCount(origin string) int {
	o, ok := a.originIDs[origin]
	if !ok {
		return 0
	}
	return a.originLen(o)
}

func (a *Attendance) originLen(o uint8) int {
	if lines := a.origins[o].lines; lines != nil {
		return len(lines)
	}
	return len(a.lines)
}

// Of returns at most n records of origin from its from'th on (0-based,
// in sequence order): what a node hands on of its records, a batch at a
// time, without walking the log.
func (a *Attendance) Of(origin string, from, n int) []Record {
	o, ok := a.originIDs[origin]
	if !ok || n <= 0 {
		return nil
	}
	from = max(from, 0)
	end := min(a.originLen(o), from+n)
	if from >= end {
		return nil
	}
	out := make([]Record, 0, end-from)
	lines := a.origins[o].lines
	for k := from; k < end; k++ {
		i := int32(k)
		if lines != nil {
			i = lines[k]
		}
		out = append(out, a.record(i))
	}
	return out
}

// Conflict is a person signed in at two gates that could not see each
// other: Counted is the entry that counts them, Again a standing sign-in
// that is neither it nor marked as a re-entry.
type Conflict struct {
	Counted, Again Record
}

// Conflicts lists the conflicts, by Again's (At, Origin, Seq).
func (a *Attendance) Conflicts() []Conflict {
	if len(a.conflicted) == 0 {
		return nil
	}
	out := make([]Conflict, 0, a.totals.Conflicts)
	for who := range a.conflicted {
		ps := a.person(who)
		counted := a.record(ps.live[0])
		for _, i := range ps.live[1:] {
			if a.lines[i].flags&lineReentry == 0 {
				out = append(out, Conflict{Counted: counted, Again: a.record(i)})
			}
		}
	}
	slices.SortFunc(out, func(x, y Conflict) int { return CompareEntries(x.Again, y.Again) })
	return out
}

// CompareEntries orders records by (At, Origin, Seq): the order in which a
// named person's earliest standing sign-in is the one that counts them.
func CompareEntries(x, y Record) int {
	if c := x.At.Compare(y.At); c != 0 {
		return c
	}
	if c := strings.Compare(x.Origin, y.Origin); c != 0 {
		return c
	}
	return cmp.Compare(x.Seq, y.Seq)
}

// OtherOriginError refuses to take back an entry another origin wrote: an
// undo is a record of the desk's own origin, and undoes only its sign-ins.
type OtherOriginError struct {
	Seq         int64
	Origin, Own string
}

// Error gives the English message.
func (e *OtherOriginError) Error() string {
	return fmt.Sprintf("#%d was signed in at gate %s: only that gate can take it back", e.Seq, ShownOrigin(e.Origin))
}

// In words the refusal in t's language.
func (e *OtherOriginError) In(t *i18n.Text) string {
	return fmt.Sprintf(t.Gates.UndoOtherGate, e.Seq, ShownGate(e.Origin, t))
}

// ShownGate is an origin as a reader of t's language reads it: the host's
// own word for "".
func ShownGate(origin string, t *i18n.Text) string {
	if origin == "" {
		return t.Gates.Host
	}
	return origin
}

// Fits reports whether recs, applied in order, would all be taken, without
// applying any: the error is Apply's for the first that would be refused.
// A node checks records received from others with it before it writes
// them, so that what it writes always replays.
func (a *Attendance) Fits(recs []Record) error {
	type id struct {
		origin string
		seq    int64
	}
	last := map[string]int64{}
	signIns := map[id]bool{} // sign-ins of recs, and whether undone
	undos := map[id]bool{}
	newOrigins := 0
	for i := range recs {
		rec := &recs[i]
		if err := rec.validate(); err != nil {
			return err
		}
		o, known := a.originIDs[rec.Origin]
		prev, seen := last[rec.Origin]
		switch {
		case seen:
		case known:
			prev = a.origins[o].lastSeq
		default:
			newOrigins++
			if len(a.origins)+newOrigins > MaxOrigins {
				return fmt.Errorf("origin %q: %w", rec.Origin, ErrTooManyOrigins)
			}
		}
		if rec.Seq <= prev {
			if rec.Origin != "" {
				return fmt.Errorf("origin %s: seq %d comes after seq %d; sequence numbers must increase", rec.Origin, rec.Seq, prev)
			}
			return fmt.Errorf("seq %d comes after seq %d; sequence numbers must increase", rec.Seq, prev)
		}
		last[rec.Origin] = rec.Seq
		if rec.Kind == KindSignIn {
			signIns[id{rec.Origin, rec.Seq}] = false
			continue
		}
		undos[id{rec.Origin, rec.Seq}] = true
		target := id{rec.Origin, rec.Undoes}
		undone, inRecs := signIns[target]
		switch {
		case undos[target]:
			return fmt.Errorf("seq %d undoes seq %d, which is not a sign-in", rec.Seq, rec.Undoes)
		case !inRecs:
			t, ok := none, false
			if known {
				t, ok = a.find(o, rec.Undoes)
			}
			switch {
			case !ok:
				return fmt.Errorf("seq %d undoes seq %d, which is not in the log", rec.Seq, rec.Undoes)
			case a.lines[t].flags&lineUndo != 0:
				return fmt.Errorf("seq %d undoes seq %d, which is not a sign-in", rec.Seq, rec.Undoes)
			}
			undone = a.lines[t].flags&lineUndone != 0
		}
		if undone {
			return fmt.Errorf("seq %d undoes seq %d, which is already undone", rec.Seq, rec.Undoes)
		}
		signIns[target] = true
	}
	return nil
}
