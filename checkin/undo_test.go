package checkin

import (
	"errors"
	"slices"
	"testing"
	"time"
)

// TestUndoEarlierEntry: a desk takes back an entry five names ago and the
// ones after it stand; another desk's entry, an entry undone already, an
// undo and a number that is no entry are refused, each with its own error.
func TestUndoEarlierEntry(t *testing.T) {
	d := newDesk(t)
	wrong := d.commit(d.att.SignIn(d.person("王芳"), "gate", t0)) // the 3号楼 one, meant the 7号楼 one
	d.commit(d.att.SignIn(d.person("何阿姨"), "gate", t0.Add(time.Minute)))
	side := d.commit(d.att.Anonymous(2, "side", t0.Add(2*time.Minute)))
	d.commit(d.att.SignIn(d.person("单田芳"), "gate", t0.Add(3*time.Minute)))
	d.commit(d.att.Anonymous(4, "gate", t0.Add(4*time.Minute)))

	undo := d.commit(d.att.Undo(wrong.Seq, "gate", t0.Add(5*time.Minute)))
	if undo.Kind != KindUndo || undo.Undoes != wrong.Seq || undo.Seq != 6 || undo.Desk != "gate" {
		t.Fatalf("undo record %+v", undo)
	}
	if tot := d.att.Totals(); tot.People != 1+2+1+4 || tot.Entries != 4 || tot.Undone != 1 {
		t.Fatalf("after undoing #1: %+v", tot)
	}
	if _, in := d.att.Status(wrong.Person); in {
		t.Error("王芳 (3号楼) is still in")
	}
	if got := seqs(d.att.RecentAt("gate", 10)); !slices.Equal(got, []int64{5, 4, 2}) {
		t.Errorf("gate's standing entries %v, want [5 4 2]", got)
	}
	checkAgainstRecompute(t, d.att)

	for _, c := range []struct {
		name string
		seq  int64
		desk string
		want error
	}{
		{"another desk's entry", side.Seq, "gate", ErrOtherDesk},
		{"undone already", wrong.Seq, "gate", ErrUndoneAlready},
		{"an undo", undo.Seq, "gate", ErrNoSuchEntry},
		{"no such number", 99, "gate", ErrNoSuchEntry},
		{"no desk", 2, "", ErrNoDesk},
	} {
		_, err := d.att.Undo(c.seq, c.desk, t0.Add(6*time.Minute))
		if !errors.Is(err, c.want) {
			t.Errorf("%s: %v, want %v", c.name, err, c.want)
		}
	}
	if _, err := d.att.Undo(side.Seq, "gate", t0); err == nil || err.Error() != "#3 was signed in at desk side, not gate: made at another desk" {
		t.Errorf("another desk's entry: %v", err)
	}
	// The log replays with the undo in the middle.
	d.checkReplays()
}

// checkReplays reads the lines committed back into a new log, which must
// count what the live one counts.
func (d *desk) checkReplays() {
	d.t.Helper()
	again := NewAttendance(d.att.roster, shanghai)
	if err := again.Replay(d.journal()); err != nil {
		d.t.Fatal(err)
	}
	if again.Totals() != d.att.Totals() {
		d.t.Fatalf("replay %+v, live %+v", again.Totals(), d.att.Totals())
	}
}

// TestSignInParty: a roster person and three of their family are one entry
// of four; someone in already is asked about, not counted with a party.
func TestSignInParty(t *testing.T) {
	d := newDesk(t)
	he := d.person("何阿姨")
	rec := d.commit(d.att.SignInParty(he, 4, "gate", t0))
	if rec.Party != 4 || rec.Person != he.ID || rec.Name != "何阿姨" || rec.WalkIn || rec.Reentry {
		t.Fatalf("party record %+v", rec)
	}
	if tot := d.att.Totals(); tot.People != 4 || tot.Named != 4 || tot.Entries != 1 {
		t.Fatalf("after a party of 4: %+v", tot)
	}
	if _, err := d.att.SignInParty(he, 2, "gate", t0); !errors.Is(err, ErrAlreadySignedIn) {
		t.Errorf("a party for someone in already: %v", err)
	}
	for _, n := range []int{0, MaxParty + 1} {
		if _, err := d.att.SignInParty(d.person("单田芳"), n, "gate", t0); !errors.Is(err, ErrParty) {
			t.Errorf("party %d: %v", n, err)
		}
	}
	checkAgainstRecompute(t, d.att)
}

func seqs(recs []Record) []int64 {
	out := make([]int64, len(recs))
	for i, r := range recs {
		out[i] = r.Seq
	}
	return out
}

// FuzzUndoPicked: desks sign in and take back entries picked anywhere in
// their list; the counts always equal a recount from the records, the log
// replays the same, and each desk's list holds exactly its standing
// entries, newest first.
func FuzzUndoPicked(f *testing.F) {
	f.Add([]byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
	f.Add([]byte{0, 8, 16, 3, 11, 4, 12, 20, 28, 4, 4, 4})
	roster := testRoster(f)
	f.Fuzz(func(t *testing.T, ops []byte) {
		d := &desk{t: t, att: NewAttendance(roster, shanghai)}
		desks := []string{"gate", "side"}
		now := t0
		for _, op := range ops {
			desk := desks[int(op>>3)%len(desks)]
			now = now.Add(time.Duration(op) * time.Second)
			var rec Record
			var err error
			switch op & 7 {
			case 0, 1:
				rec, err = d.att.SignIn(&roster.People[int(op>>4)%len(roster.People)], desk, now)
			case 2:
				rec, err = d.att.SignInParty(&roster.People[int(op>>4)%len(roster.People)], int(op>>4)%5+1, desk, now)
			case 3:
				rec, err = d.att.Anonymous(int(op>>4)+1, desk, now)
			default:
				// Any earlier record, of either desk, undone or not.
				seq := int64(op>>3)%max(d.att.LastSeq(""), 1) + 1
				rec, err = d.att.Undo(seq, desk, now)
				if err == nil {
					if u, _ := d.att.Find(seq); u.Desk != desk || d.att.Undone(seq) || u.Kind != KindSignIn {
						t.Fatalf("Undo(#%d, %s) accepted %+v", seq, desk, u)
					}
				}
			}
			if errors.Is(err, ErrAlreadySignedIn) || errors.Is(err, ErrOtherDesk) || errors.Is(err, ErrUndoneAlready) || errors.Is(err, ErrNoSuchEntry) {
				continue
			}
			d.commit(rec, err)
		}
		checkAgainstRecompute(t, d.att)
		d.checkReplays()
		for _, desk := range desks {
			var want []int64
			recs := d.att.Records()
			for i := len(recs) - 1; i >= 0; i-- {
				if r := recs[i]; r.Kind == KindSignIn && r.Desk == desk && !d.att.Undone(r.Seq) {
					want = append(want, r.Seq)
				}
			}
			if got := seqs(d.att.RecentAt(desk, len(recs)+1)); !slices.Equal(got, want) {
				t.Fatalf("RecentAt(%s) = %v, want %v", desk, got, want)
			}
		}
	})
}
