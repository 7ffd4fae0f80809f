package headers

import (
	"bytes"
	"encoding/binary"
)

// Remembering runs of a header block's fields passed over. Whether a line is passed over in a phase
// depends on its bytes alone (pass.go): the automaton looks at its start, the strings it holds and
// the byte it ends in. A stream of responses repeats the same header lines (Cache-Control: no-cache,
// Server: ...) block after block, so the block's phase remembers the last few runs of lines it
// passed over, by their bytes, and where the input goes on with a run's lines, byte for byte, they
// are passed over again with one comparison each and without the automaton. (A body's lines and a
// log's rarely repeat: those phases remember nothing.)
//
// A run is kept from the first line of a stretch pass goes through to the line that stopped it, so
// that where the input differs from it (a Date field, a Content-Length), the automaton reads on from
// there as it would have, and the run is remembered anew.

// passMemoRuns is how many runs are remembered; passMemoBytes bounds each.
const (
	passMemoRuns  = 8
	passMemoBytes = 512
)

// passMemo is the runs remembered.
type passMemo struct {
	runs [passMemoRuns]passRun
	next int // the run to replace next
}

// passRun is a run of whole lines passed over, with their ends.
type passRun struct {
	key  uint32 // the run's first four bytes
	text []byte
	ends []int // where each line ends in text, its line end included
}

// runKey returns the key of a run that starts at b, and whether b is long enough to have one.
func runKey(b []byte) (uint32, bool) {
	if len(b) < 4 {
		return 0, false
	}
	return binary.LittleEndian.Uint32(b), true
}

// match returns how many bytes and lines at the start of b are, line for line, a run remembered.
func (m *passMemo) match(b []byte) (n, lines int) {
	key, ok := runKey(b)
	if !ok {
		return 0, 0
	}
	for i := range m.runs {
		r := &m.runs[i]
		if r.key != key || len(r.ends) == 0 {
			continue
		}
		from := 0
		for _, end := range r.ends {
			if end > len(b) || !bytes.Equal(b[from:end], r.text[from:end]) {
				break
			}
			from = end
			lines++
		}
		return from, lines // (one run to a key: remember replaces)
	}
	return 0, 0
}

// remember keeps the run of lines passed over at the start of b, n bytes long, unless it is kept
// already.
func (m *passMemo) remember(b []byte, n int) {
	if n == 0 {
		return
	}
	key, ok := runKey(b)
	if !ok {
		return
	}
	if n > passMemoBytes {
		// Only whole lines: cut at the last line end within the bound.
		n = bytes.LastIndexByte(b[:passMemoBytes], '\n') + 1
		if n == 0 {
			return
		}
	}
	r := &m.runs[m.next]
	for i := range m.runs {
		if m.runs[i].key == key {
			r = &m.runs[i]
			if len(r.text) == n && bytes.Equal(r.text, b[:n]) {
				return
			}
			break
		}
	}
	if r == &m.runs[m.next] {
		m.next = (m.next + 1) % passMemoRuns
	}
	r.key = key
	r.text = append(r.text[:0], b[:n]...)
	r.ends = r.ends[:0]
	for from := 0; from < n; {
		i := bytes.IndexByte(r.text[from:n], '\n')
		from += i + 1
		r.ends = append(r.ends, from)
	}
}
