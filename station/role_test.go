package station

import (
	"strings"
	"testing"
	"unicode/utf8"

	"eventday/inert"
)

func TestParseUser(t *testing.T) {
	for _, c := range []struct {
		user string
		role Role
		desk string
		ok   bool
	}{
		{"stage", Stage, "", true},
		{"Stage", Stage, "", true},
		{"board", Board, "", true},
		{"BOARD", Board, "", true},
		{"desk-east", Desk, "east", true},
		{"Desk-East", Desk, "east", true},
		{"desk-东门", Desk, "东门", true},
		{"desk-east_2", Desk, "east_2", true},
		{"desk-gate-3", Desk, "gate-3", true},
		{"desk-" + strings.Repeat("a", 20), Desk, strings.Repeat("a", 20), true},
		{"desk-" + strings.Repeat("东", 20), Desk, strings.Repeat("东", 20), true},
		{"desk-" + strings.Repeat("a", 21), 0, "", false},
		{"desk-", 0, "", false},
		{"desk", 0, "", false},
		{"desk-a b", 0, "", false},
		{"desk-a.b", 0, "", false},
		{"desk-a\x1b[2J", 0, "", false},
		{"desk-\xff", 0, "", false},
		{"desk-a\u202e", 0, "", false},
		{"stage2", 0, "", false},
		{"root", 0, "", false},
		{"", 0, "", false},
		{"bob", 0, "", false},
	} {
		role, desk, ok := ParseUser(c.user)
		if role != c.role || desk != c.desk || ok != c.ok {
			t.Errorf("ParseUser(%q) = %v, %q, %v; want %v, %q, %v", c.user, role, desk, ok, c.role, c.desk, c.ok)
		}
	}
}

func TestFreeDeskName(t *testing.T) {
	taken := map[string]bool{"east": true, "east2": true}
	if got := freeDeskName("east", func(n string) bool { return taken[n] }); got != "east3" {
		t.Errorf("free name = %q, want east3", got)
	}
	long := strings.Repeat("东", 20)
	got := freeDeskName(long, func(n string) bool { return n == long })
	if _, _, ok := ParseUser(deskPrefix + got); !ok || got != strings.Repeat("东", 19)+"2" {
		t.Errorf("free name for a 20-character desk = %q, not a valid desk name ending in 2", got)
	}
}

// FuzzParseUser checks that whatever user name comes over the network, a
// desk name that is accepted is a valid one, safe to draw as it is, and
// makes the same user name again.
func FuzzParseUser(f *testing.F) {
	for _, s := range []string{"stage", "desk-east", "desk-东门", "board", "desk-\x1b", "Desk-A"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, user string) {
		role, desk, ok := ParseUser(user)
		if !ok {
			if role != 0 || desk != "" {
				t.Fatalf("refused %q but returned %v %q", user, role, desk)
			}
			return
		}
		if role == Desk {
			if !validDeskName(desk) || !utf8.ValidString(desk) || inert.Text(desk) != desk {
				t.Fatalf("accepted desk name %q from %q", desk, user)
			}
		} else if desk != "" {
			t.Fatalf("%v with a desk name %q", role, desk)
		}
		if r2, d2, ok2 := ParseUser(userName(role, desk)); !ok2 || r2 != role || d2 != desk {
			t.Fatalf("%q: its own user name %q reads back as %v %q %v", user, userName(role, desk), r2, d2, ok2)
		}
	})
}
