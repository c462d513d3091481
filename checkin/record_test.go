package checkin

import (
	"encoding/json"
	"reflect"
	"testing"
)

var decodeSeeds = []string{
	`{"seq":7,"at":"2025-05-01T09:30:00+08:00","kind":"undo","undoes":3,"desk":"gate","origin":"east-2"}`,
	`{"seq":9,"at":"2025-05-01T09:30:00+08:00","kind":"signin","party":4,"recorded_at":"2025-05-02T10:00:00+08:00","source":"签到表.csv:12#9f86d081884c7d65.2","desk":"paper"}`,
	`{"seq":1,"at":"2025-05-01T09:00:01.5+08:00","kind":"signin","person":"p1a2b3c4d5e6","name":"何阿姨","category":"performer","group":"3号楼","party":1,"desk":"gate"}`,
	`{"seq":2,"at":"2025-05-01T09:01:00+08:00","kind":"undo","undoes":1,"desk":"gate"}`,
	`{"seq":3,"at":"2025-05-01T09:30:00+08:00","kind":"signin","party":3,"recorded_at":"2025-05-01T11:00:00+08:00","desk":"gate"}`,
	`{"seq":4,"at":"2025-05-01T09:30:00Z","kind":"signin","person":"p1","name":"x","phone":"139","walk_in":true,"reentry":false,"party":2,"desk":"d"}`,
	` { "seq" : 5 , "at" : "2025-05-01T09:30:00-01:00" , "kind" : "signin" , "party" : 1 , "desk" : "d" } `,
	`{"seq":6,"at":"2025-05-01T09:30:00Z","kind":"signin","name":"a\"b","party":1,"desk":"d"}`,
	`{"Seq":7,"at":"2025-05-01T09:30:00Z","kind":"signin","party":1,"desk":"d"}`,
	`{"seq":8,"seq":9,"at":"2025-05-01T09:30:00Z","kind":"signin","party":1,"desk":"d"}`,
	`{"seq":1.0,"at":"2025-05-01T09:30:00Z","kind":"signin","party":1,"desk":"d"}`,
	`{"seq":01,"at":"2025-05-01T09:30:00Z","kind":"signin","party":1,"desk":"d"}`,
	`{"seq":-0,"at":null,"kind":"signin","party":99999999999999999999,"desk":"d"}`,
	`{"seq":1,"at":"2025-05-01T09:30:00Z","extra":[1,2],"desk":"d"}`,
	`{"seq":1,"at":"2025-05-01 09:30:00Z"}`,
	`{"seq":1,"walk_in":truex}`,
	`{"seq":1}x`,
	`{}`,
	``,
	"{\"name\":\"\xff\"}",
}

// FuzzDecodeFast: whatever the fast path accepts, encoding/json reads the
// same way.
func FuzzDecodeFast(f *testing.F) {
	for _, s := range decodeSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		fast, ok := decodeFast(line, &interner{})
		if !ok {
			return
		}
		var slow Record
		if err := json.Unmarshal(line, &slow); err != nil {
			t.Fatalf("fast path accepted %q, encoding/json refuses it: %v", line, err)
		}
		if !reflect.DeepEqual(fast, slow) {
			t.Fatalf("%q:\nfast %#v\njson %#v", line, fast, slow)
		}
	})
}

func TestDecodeFastTakesWhatWeWrite(t *testing.T) {
	for _, s := range decodeSeeds[:7] {
		if _, ok := decodeFast([]byte(s), nil); !ok {
			t.Errorf("fast path refused %s", s)
		}
	}
	for _, s := range decodeSeeds[7:] {
		if _, ok := decodeFast([]byte(s), nil); ok {
			t.Errorf("fast path took %s, which it should leave to encoding/json", s)
		}
	}
}
