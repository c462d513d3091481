package station

import (
	"net/netip"
	"slices"
	"sync"
	"time"
)

// Connected is a station connected now, as the host's list of stations
// shows it.
type Connected struct {
	Role   Role
	Desk   string     // the desk's name, for a Desk: "east" of desk-east
	Remote netip.Addr // where it connects from
	Since  time.Time
	ByKey  bool // it logged in with an authorized key, not the PIN
}

// User is the station's SSH user name: "stage", "desk-east", "board".
func (c Connected) User() string { return userName(c.Role, c.Desk) }

// registry is the stations connected now. A desk's name is held by one
// station at a time, from its claim to its release.
type registry struct {
	mu      sync.Mutex
	next    int
	list    map[int]Connected
	desks   map[string]int // desk name → the station holding it
	changed chan struct{}  // one pending signal; see Server.Changes
}

func newRegistry() *registry {
	return &registry{list: map[int]Connected{}, desks: map[string]int{}, changed: make(chan struct{}, 1)}
}

// claim adds c to the list and returns its number, or, when c is a desk
// whose name another station holds, that station and a free name to
// suggest instead.
func (r *registry) claim(c Connected) (id int, holder Connected, free string, ok bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if c.Role == Desk {
		if other, held := r.desks[c.Desk]; held {
			free = freeDeskName(c.Desk, func(name string) bool { _, t := r.desks[name]; return t })
			return 0, r.list[other], free, false
		}
	}
	r.next++
	id = r.next
	r.list[id] = c
	if c.Role == Desk {
		r.desks[c.Desk] = id
	}
	r.notify()
	return id, Connected{}, "", true
}

// release takes station id off the list and frees its desk name.
func (r *registry) release(id int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	c, ok := r.list[id]
	if !ok {
		return
	}
	delete(r.list, id)
	if c.Role == Desk && r.desks[c.Desk] == id {
		delete(r.desks, c.Desk)
	}
	r.notify()
}

// notify signals a change without ever waiting: one signal pending is
// enough, as the subscriber reads the whole list when it wakes. mu is held.
func (r *registry) notify() {
	select {
	case r.changed <- struct{}{}:
	default:
	}
}

// stations is the list in the order the stations connected.
func (r *registry) stations() []Connected {
	r.mu.Lock()
	ids := make([]int, 0, len(r.list))
	for id := range r.list {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	out := make([]Connected, len(ids))
	for i, id := range ids {
		out[i] = r.list[id]
	}
	r.mu.Unlock()
	return out
}
