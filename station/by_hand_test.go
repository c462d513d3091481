package station

import (
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"testing"
)

// TestServeByHand is a server to try by hand with any ssh client, with the
// test model for a screen; it runs only when EVENTDAY_STATION_SERVE names
// an address, until interrupted:
//
//	EVENTDAY_STATION_SERVE=127.0.0.1:2222 go test -run TestServeByHand -v ./station
//
// EVENTDAY_STATION_PIN sets the PIN, EVENTDAY_STATION_KEYS an authorized
// keys file; the host key is kept in a temporary folder.
func TestServeByHand(t *testing.T) {
	addr := os.Getenv("EVENTDAY_STATION_SERVE")
	if addr == "" {
		t.Skip("EVENTDAY_STATION_SERVE is not set")
	}
	ps := &probes{}
	s, err := New(Config{
		Addr:           addr,
		HostKey:        filepath.Join(t.TempDir(), "host_key"),
		PIN:            os.Getenv("EVENTDAY_STATION_PIN"),
		AuthorizedKeys: os.Getenv("EVENTDAY_STATION_KEYS"),
		Lang:           os.Getenv("LANG"),
		NewModel:       ps.newModel,
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Start(t.Context()); err != nil {
		t.Fatal(err)
	}
	lines, _ := s.ConnectLines("desk-east")
	fmt.Printf("PIN %s\nhost key %s\n", s.PIN(), s.Fingerprint())
	for _, l := range lines {
		fmt.Println(l)
	}
	stop := make(chan os.Signal, 1)
	signal.Notify(stop, os.Interrupt)
	for {
		select {
		case <-s.Changes():
			fmt.Println("stations:", s.Stations())
		case <-stop:
			shutdown(s)
			return
		}
	}
}
