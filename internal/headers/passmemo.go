package headers

import (
	"bytes"
	"encoding/binary"
)

// Remembering runs of a header block's fields passed over. Whether a line is passed over in a phase
// depends on its bytes alone (pass.go): the automaton looks at its start, the strings it holds and
// the byte it ends in. A stream of responses repeats the same header lines (Cache-Control: no-cache,
// Server: ...) block after block, so the block's phase remembers runs of lines it passed over, by
// their bytes, under their first four; where the input goes on with a run's lines, byte for byte,
// they are passed over again with one comparison each and without the automaton. (A body's lines
// and a log's rarely repeat: those phases remember nothing.)
//
// Where the input differs from a run remembered (a Date field, a request id), the automaton reads
// that one line, and the lines after it are looked up again: the fields that follow a varying one
// are remembered as a run of their own. A run is kept until the runs with other first bytes push it
// out: never because its values changed, so that a varying field does not make the memo rewrite
// itself on every block.

// passMemoRuns is how many runs are remembered; passMemoBytes bounds each.
const (
	passMemoRuns  = 16
	passMemoBytes = 512
)

// passMemo is the runs remembered, each under its first four bytes (keys), and the one to push out
// next.
type passMemo struct {
	keys [passMemoRuns]uint32
	runs [passMemoRuns]passRun
	next int
}

// passRun is a run of whole lines passed over, with their ends.
type passRun struct {
	text []byte
	ends []int // where each line ends in text, its line end included
}

// run returns the run remembered under the first four bytes of b, or nil, and b's key and whether b
// is long enough to have one.
func (m *passMemo) run(b []byte) (r *passRun, key uint32, ok bool) {
	if len(b) < 4 {
		return nil, 0, false
	}
	key = binary.LittleEndian.Uint32(b)
	for i, k := range m.keys {
		if k == key && len(m.runs[i].ends) > 0 {
			return &m.runs[i], key, true
		}
	}
	return nil, key, true
}

// match returns how many bytes and lines at the start of b are, line for line, the run remembered
// under b's first bytes, and whether the run goes on with a line that b differs from.
func (m *passMemo) match(b []byte) (n, lines int, differs bool) {
	r, _, _ := m.run(b)
	if r == nil {
		return 0, 0, false
	}
	for _, end := range r.ends {
		if end > len(b) || !bytes.Equal(b[n:end], r.text[n:end]) {
			return n, lines, true
		}
		n = end
		lines++
	}
	return n, lines, false
}

// remember keeps the run of lines passed over at the start of b, n bytes long, unless a run with the
// same first bytes is kept already.
func (m *passMemo) remember(b []byte, n int) {
	r, key, ok := m.run(b)
	if !ok || n == 0 || r != nil {
		return
	}
	if n > passMemoBytes {
		// Only whole lines: cut at the last line end within the bound.
		if n = bytes.LastIndexByte(b[:passMemoBytes], '\n') + 1; n == 0 {
			return
		}
	}
	r = &m.runs[m.next]
	m.keys[m.next] = key
	m.next = (m.next + 1) % passMemoRuns
	r.text = append(r.text[:0], b[:n]...)
	r.ends = r.ends[:0]
	for from := 0; from < n; {
		from += bytes.IndexByte(r.text[from:n], '\n') + 1
		r.ends = append(r.ends, from)
	}
}
