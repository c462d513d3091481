package live

import (
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"eventday/checkin"
)

// gateBatches makes batches of size anonymous sign-ins of origin, numbered
// on from seq 1, as another gate would hand them on.
type gateBatches struct {
	origin string
	seq    int64
	at     time.Time
}

func (g *gateBatches) next(size int) []checkin.Record {
	recs := make([]checkin.Record, size)
	for i := range recs {
		g.seq++
		recs[i] = checkin.Record{Origin: g.origin, Seq: g.seq, At: g.at, Kind: checkin.KindSignIn, Party: 1, Desk: "east-gate"}
	}
	return recs
}

// BenchmarkReceive is a batch of records of another gate received: checked,
// written to its journal with one fsync, folded in, announced.
func BenchmarkReceive(b *testing.B) {
	for _, size := range []int{100, 1000} {
		b.Run(strconv.Itoa(size), func(b *testing.B) {
			e, err := Open(eventDir(b), Options{Desk: "gate"})
			if err != nil {
				b.Fatal(err)
			}
			defer e.Close()
			g := &gateBatches{origin: "east", at: e.Now().Round(0)}
			b.ReportAllocs()
			for b.Loop() {
				recs := g.next(size)
				if err := e.Receive(recs); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			if got := e.LastSeq("east"); got != g.seq {
				b.Fatalf("east's last seq %d, want %d", got, g.seq)
			}
			b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(g.seq), "ns/record")
		})
	}
}

// BenchmarkSignInDuringReceive is a desk's sign-in while another gate's
// records come in batches of 1,000 one after another (receiving), and
// without them (alone), for comparison: the sign-in waits for at most the
// batch being written. It reports the sign-in's latency (median, 99th
// percentile, longest) beside ns/op.
func BenchmarkSignInDuringReceive(b *testing.B) {
	for _, receiving := range []bool{false, true} {
		name := "alone"
		if receiving {
			name = "receiving"
		}
		b.Run(name, func(b *testing.B) { signInDuringReceive(b, receiving) })
	}
}

func signInDuringReceive(b *testing.B, receiving bool) {
	e, err := Open(eventDir(b), Options{Desk: "gate"})
	if err != nil {
		b.Fatal(err)
	}
	defer e.Close()
	g := &gateBatches{origin: "east", at: e.Now().Round(0)}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	var longest time.Duration // the longest Receive
	if receiving {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				recs := g.next(1000)
				start := time.Now()
				if err := e.Receive(recs); err != nil {
					b.Error(err)
					return
				}
				longest = max(longest, time.Since(start))
			}
		})
	}
	var took []time.Duration
	for b.Loop() {
		start := time.Now()
		if _, err := e.Anonymous(1); err != nil {
			b.Fatal(err)
		}
		took = append(took, time.Since(start))
	}
	b.StopTimer()
	close(stop)
	wg.Wait()
	slices.Sort(took)
	b.ReportMetric(float64(took[len(took)/2].Microseconds()), "µs-p50")
	b.ReportMetric(float64(took[len(took)*99/100].Microseconds()), "µs-p99")
	b.ReportMetric(float64(took[len(took)-1].Microseconds()), "µs-max")
	b.ReportMetric(float64(g.seq), "received")
	b.ReportMetric(float64(longest.Microseconds()), "µs-receive-max")
}
