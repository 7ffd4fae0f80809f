package cmd

import (
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// responses is a stream of n raw responses, every tenth tripping --fail-on 901xxx, made as it is
// read.
type responses struct {
	n, i int
	buf  []byte
}

func (r *responses) Read(p []byte) (int, error) {
	for len(r.buf) == 0 {
		if r.i == r.n {
			return 0, io.EOF
		}
		code := "617020"
		if r.i%10 == 0 {
			code = "901002"
		}
		r.buf = []byte("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nmtapistatus: " + code + "\r\n\r\n{\"i\": " + strconv.Itoa(r.i) + "}\r\n")
		r.i++
	}
	n := copy(p, r.buf)
	r.buf = r.buf[n:]
	return n, nil
}

// peakHeap runs f and returns the highest heap in use seen while it ran. The collector runs often
// meanwhile, so that what is measured is what f keeps, not garbage a busy machine (CI, other tests
// in parallel) has not collected yet.
func peakHeap(f func()) uint64 {
	defer debug.SetGCPercent(debug.SetGCPercent(10))
	runtime.GC()
	var peak atomic.Uint64
	done := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			if m.HeapInuse > peak.Load() {
				peak.Store(m.HeapInuse)
			}
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	close(done)
	return peak.Load()
}

// TestGateMemoryIsFlat: with --fail-on and --report, a stream ten times longer needs no more
// memory: the report's test cases go to the spool as they are read.
func TestGateMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 200,000 responses")
	}
	dir := t.TempDir()
	run := func(n int) (uint64, int) {
		var code int
		peak := peakHeap(func() {
			code = Main([]string{"headers", "--fail-on", "901xxx", "--report", "junit=" + filepath.Join(dir, "r.xml")},
				Env{Stdin: &responses{n: n}, Stdout: io.Discard, Stderr: io.Discard})
		})
		return peak, code
	}
	small, code := run(20_000)
	if code != ExitGate {
		t.Fatalf("exit %d", code)
	}
	large, code := run(200_000)
	if code != ExitGate {
		t.Fatalf("exit %d", code)
	}
	b, err := os.ReadFile(filepath.Join(dir, "r.xml"))
	if err != nil || !strings.Contains(string(b), `tests="200000" failures="20000"`) {
		t.Fatalf("report: %v %.200s", err, b)
	}
	t.Logf("peak heap: %d KiB for 20,000 responses, %d KiB for 200,000", small>>10, large>>10)
	if large > small*2+4<<20 {
		t.Errorf("memory grows with the stream: %d KiB for 20,000 responses, %d KiB for 200,000", small>>10, large>>10)
	}
}

// TestCompleteFailOn: completion offers the words of --fail-on, after the conditions typed, and the
// controllers' names after controller=.
func TestCompleteFailOn(t *testing.T) {
	for _, c := range []struct {
		typed string
		want  []string
	}{
		{"sup", []string{"superseded"}},
		{"617020,un", []string{"617020,undocumented", "617020,unknown"}},
		{"no", []string{"notset", "none"}},
		{"ht", []string{"http>=", "http="}},
		{"controller=us", []string{"controller=Users\t620000–620999"}},
		{"901xxx,controller=ServiceR", []string{"901xxx,controller=ServiceRequests\t617000–617999"}},
	} {
		got := completions(t, "headers", "--fail-on", c.typed)
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("--fail-on %s: got %q, want %q", c.typed, got, c.want)
		}
	}
	if got := completions(t, "headers", "--fail-on", ""); len(got) < 13 {
		t.Errorf("--fail-on with nothing typed offers %q", got)
	}
	if got := completions(t, "headers", "--report", ""); strings.Join(got, "|") != "junit=" {
		t.Errorf("--report offers %q", got)
	}
}

// TestReportNeverOverwritesAnInput: the report would empty the file it is opened on.
func TestReportNeverOverwritesAnInput(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "capture.txt")
	body := "HTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n"
	os.WriteFile(in, []byte(body), 0o644)
	r := execute(t, "", false, nil, "headers", "--fail-on", "617020", "--report", "junit="+in, in)
	if r.code != ExitUsage || !strings.Contains(r.stderr, "would overwrite the input") {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if b, _ := os.ReadFile(in); string(b) != body {
		t.Fatalf("the input was changed: %q", b)
	}
}
