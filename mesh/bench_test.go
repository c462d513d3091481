//go:build linux

package mesh

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"eventday/checkin"
)

// BenchmarkPublishOwn is what the mesh adds to a sign-in at a desk: one
// record copied into the desk's origin stream, synced to disk.
func BenchmarkPublishOwn(b *testing.B) {
	d, err := StartDesk(DeskConfig{Hub: "127.0.0.1:1", Name: "east", PIN: testPIN, Dir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	rec := checkin.Record{At: time.Now(), Kind: checkin.KindSignIn, Party: 1, Desk: "east"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		rec.Seq = int64(i + 1)
		if _, err := d.publish("east", uint64(i), []checkin.Record{rec}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAppendFsync is the journal's own cost for comparison: one line
// appended to a file and synced.
func BenchmarkAppendFsync(b *testing.B) {
	f, err := os.OpenFile(filepath.Join(b.TempDir(), "a.jsonl"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	rec := checkin.Record{At: time.Now(), Kind: checkin.KindSignIn, Party: 1, Desk: "east"}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		rec.Seq = int64(i + 1)
		if err := appendLines(f, []checkin.Record{rec}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCatchUp1000(b *testing.B)  { benchCatchUp(b, 1000) }
func BenchmarkCatchUp10000(b *testing.B) { benchCatchUp(b, 10000) }

// benchCatchUp: a desk that signed in n people while it could not reach
// the hub (its records already in its origin stream) joins; the time is
// until the host's event has them all.
func benchCatchUp(b *testing.B, n int) {
	var total time.Duration
	for range b.N {
		b.StopTimer()
		hub, err := StartHub(HubConfig{Listen: "127.0.0.1:0", PIN: testPIN, Dir: b.TempDir()})
		if err != nil {
			b.Fatal(err)
		}
		hs := newStore("")
		if err := hub.Attach(hs); err != nil {
			b.Fatal(err)
		}
		p := startProxy(b, hub.Addr().String())
		p.cut()
		d, err := StartDesk(DeskConfig{Hub: p.addr, Name: "east", PIN: testPIN, Dir: b.TempDir()})
		if err != nil {
			b.Fatal(err)
		}
		es := newStore("east")
		es.signIn(n)
		if err := d.Attach(es); err != nil {
			b.Fatal(err)
		}
		waitFor(b, 10*time.Minute, "the desk's stream", func() bool {
			last, _ := d.streamLast(ownStream("east"))
			return last == uint64(n)
		})
		start := time.Now()
		b.StartTimer()
		p.restore(b)
		waitFor(b, 10*time.Minute, "the hub has them all", func() bool { return hs.has("east") == n })
		b.StopTimer()
		total += time.Since(start)
		d.Close()
		hub.Close()
	}
	b.ReportMetric(float64(n*b.N)/total.Seconds(), "records/s")
}

// TestIdleCPU measures what an idle hub and an idle desk cost, each in a
// process of its own: MESH_IDLE=1.
func TestIdleCPU(t *testing.T) {
	if os.Getenv("MESH_IDLE") == "" {
		t.Skip("MESH_IDLE=1 measures the idle CPU of a hub and a desk")
	}
	hub := startTestHub(t, t.TempDir(), "127.0.0.1:0", nil)
	hs := newStore("")
	hs.signIn(100)
	if err := hub.Attach(hs); err != nil {
		t.Fatal(err)
	}
	c := startChild(t, hub.Addr().String(), "east", t.TempDir(), 0)
	waitFor(t, 30*time.Second, "the desk joined", func() bool {
		ds := hub.Desks()
		return len(ds) == 1 && ds[0].Connected
	})
	time.Sleep(3 * time.Second)
	const span = 30 * time.Second
	self0, child0 := selfCPU(t), procCPU(t, c.cmd.Process.Pid)
	time.Sleep(span)
	self1, child1 := selfCPU(t), procCPU(t, c.cmd.Process.Pid)
	t.Logf("idle CPU per 10 s: hub process %s, desk process %s",
		(self1-self0)*10*time.Second/span, (child1-child0)*10*time.Second/span)
}

func selfCPU(t testing.TB) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// procCPU reads a process's user and system time from /proc.
func procCPU(t testing.TB, pid int) time.Duration {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		t.Fatal(err)
	}
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+2:]))
	ut, _ := strconv.Atoi(f[11])
	st, _ := strconv.Atoi(f[12])
	return time.Duration(ut+st) * 10 * time.Millisecond // USER_HZ is 100
}
