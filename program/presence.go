package program

// Presence is how many of an act's performers on the roster have signed in
// at the desk. Expected is zero for an act with nobody linked to it on the
// roster: then nothing is known and nothing is warned about.
type Presence struct {
	Arrived, Expected int
}

// Known reports whether the roster links anyone to the act.
func (p Presence) Known() bool { return p.Expected > 0 }

// Nobody reports that performers are expected and none has arrived.
func (p Presence) Nobody() bool { return p.Expected > 0 && p.Arrived == 0 }

// All reports that every performer expected has arrived.
func (p Presence) All() bool { return p.Expected > 0 && p.Arrived >= p.Expected }

// Performer is one of an act's performers on the roster, and whether they
// have signed in at the desk: "here 3 of 6" says how many, the names who.
type Performer struct {
	Name string
	In   bool
}

// PresenceOf gives the presence of the act with this id; the zero value when
// the state carries none.
func (st *ShowState) PresenceOf(id string) Presence { return st.Presence[id] }

// Suggestion is the act to bring forward when the act on standby has nobody
// here: the first later act still to come whose performers are all here.
type Suggestion struct {
	Standby   int // index of the act on standby, whose performers are missing
	Candidate int // index of the act to move up in its place
}

// Cue is the move that puts the candidate on standby: a cue like any other,
// journaled and undoable.
func (s Suggestion) Cue(show *ShowState) Cue {
	return Cue{Kind: KindMove, Act: show.Acts[s.Candidate].ID, Delta: s.Standby - s.Candidate}
}

// Suggest returns what to move up when the act on standby has nobody here,
// or false when there is nothing to suggest.
func (st *ShowState) Suggest() (Suggestion, bool) {
	next := st.NextIdx()
	if next < 0 || !st.PresenceOf(st.Acts[next].ID).Nobody() {
		return Suggestion{}, false
	}
	for i := next + 1; i < len(st.Acts); i++ {
		a := &st.Acts[i]
		if a.Status.Pending() && st.PresenceOf(a.ID).All() {
			return Suggestion{Standby: next, Candidate: i}, true
		}
	}
	return Suggestion{}, false
}
