package headers

import (
	"bytes"
	"fmt"
	"io"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"testing/iotest"
)

// The answer must not depend on how the bytes were split into reads: a file read whole, a pipe
// fed a line at a time (tail -f, docker logs -f), a byte at a time, or in arbitrary chunks.

// outcome renders everything Parse reports, so that two runs can be compared exactly.
func outcome(r io.Reader) string {
	var b strings.Builder
	err := Parse(r, func(resp Response) error {
		fmt.Fprintf(&b, "#%d %q %d %v %q +%d line %d\n", resp.Index, resp.StatusLine, resp.HTTPStatus, resp.Found, resp.Values, resp.Dropped, resp.Line)
		return nil
	})
	if err != nil {
		fmt.Fprintf(&b, "error: %v\n", err)
	}
	return b.String()
}

// lineReader hands out one line (up to and including its newline) per Read.
type lineReader struct{ b []byte }

func (r *lineReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := len(r.b)
	if i := bytes.IndexByte(r.b, '\n'); i >= 0 {
		n = i + 1
	}
	n = copy(p, r.b[:n])
	r.b = r.b[n:]
	return n, nil
}

// chunkReader hands out the sizes it is given in turn (1 to max bytes, from a seeded source).
type chunkReader struct {
	b   []byte
	rnd *rand.Rand
	max int
}

func (r *chunkReader) Read(p []byte) (int, error) {
	if len(r.b) == 0 {
		return 0, io.EOF
	}
	n := min(1+r.rnd.IntN(r.max), len(r.b), len(p))
	copy(p, r.b[:n])
	r.b = r.b[n:]
	return n, nil
}

// splits are the ways of reading the same bytes that every input is tried with.
var splits = []struct {
	name string
	r    func([]byte) io.Reader
}{
	{"line per read", func(b []byte) io.Reader { return &lineReader{b: b} }},
	{"byte per read", func(b []byte) io.Reader { return iotest.OneByteReader(bytes.NewReader(b)) }},
	{"half reads", func(b []byte) io.Reader { return iotest.HalfReader(bytes.NewReader(b)) }},
	{"data with EOF", func(b []byte) io.Reader { return iotest.DataErrReader(bytes.NewReader(b)) }},
	{"chunks of 1-7", func(b []byte) io.Reader { return &chunkReader{b: b, rnd: rand.New(rand.NewPCG(1, 7)), max: 7} }},
	{"chunks of 1-300", func(b []byte) io.Reader { return &chunkReader{b: b, rnd: rand.New(rand.NewPCG(2, 300)), max: 300} }},
	{"chunks of 1-5000", func(b []byte) io.Reader { return &chunkReader{b: b, rnd: rand.New(rand.NewPCG(3, 5000)), max: 5000} }},
}

// invarianceInputs are every capture in testdata/headers and every table case.
func invarianceInputs(t testing.TB) map[string][]byte {
	in := seeds(t)
	for _, set := range [][]parseCase{parseCases, familyCases, httpRuleCases, wrappedCases} {
		for _, c := range set {
			in["case "+c.name] = []byte(c.in)
		}
	}
	return in
}

func TestSameAnswerHoweverSplit(t *testing.T) {
	inputs := invarianceInputs(t)
	names := make([]string, 0, len(inputs))
	for n := range inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	failed := map[string]int{}
	for _, name := range names {
		b := inputs[name]
		if testing.Short() && len(b) > 256<<10 {
			continue
		}
		want := outcome(bytes.NewReader(b))
		for _, s := range splits {
			if s.name == "byte per read" && len(b) > 1<<20 {
				continue // a byte per read of megabytes proves nothing more and takes long
			}
			if got := outcome(s.r(b)); got != want {
				failed[s.name]++
				t.Errorf("%s, %s:\n got %s\nwant %s", name, s.name, got, want)
			}
		}
	}
	if len(failed) > 0 {
		t.Logf("%d inputs; answers that changed by split: %v", len(inputs), failed)
	}
}

// FuzzChunking checks that splitting the input into reads of any sizes never changes the answer.
func FuzzChunking(f *testing.F) {
	for _, b := range invarianceInputs(f) {
		if len(b) < 4096 {
			f.Add(b, uint64(1), uint8(3))
		}
	}
	f.Fuzz(func(t *testing.T, in []byte, seed uint64, max uint8) {
		want := outcome(bytes.NewReader(in))
		r := &chunkReader{b: in, rnd: rand.New(rand.NewPCG(seed, seed>>7)), max: int(max%64) + 1}
		if got := outcome(r); got != want {
			t.Fatalf("chunks of 1-%d (seed %d):\n got %s\nwant %s", r.max, seed, got, want)
		}
	})
}

// Fuzz findings of the chunking property, kept as cases: an ngrep packet's status line whose CR is
// shown as a '.' was read by the read loop's fast path as it stood when the whole input was
// buffered, and unwrapped when it came a line at a time.
func TestChunkingFindings(t *testing.T) {
	checkCases(t, []parseCase{
		{"ngrep after a body", "HTTP/0 000 \n\nT 0 -> [0000\nHTTP/0 000 .\n", "[0|-][0|-]"},
		// (FuzzParse: a hex dump under a mark curl never prints was decoded into a NUL value.)
		{"no trace under another mark", "== Recv header\n0000: 4d 7406107006907307406107407507303A0000\n", ""},
	})
	in := []byte("HTTP/0 000 \n\nT 0 -> [0000\nHTTP/0 000 .\n")
	if got := outcome(bytes.NewReader(in)); !strings.Contains(got, `#2 "HTTP/0 000" `) {
		t.Errorf("the packet's status line keeps its CR mark: %s", got)
	}
}
