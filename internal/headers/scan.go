package headers

import (
	"bytes"
	"math/bits"
)

// Finding the strings of a block in bulk. Pass goes through most of a large input a line at a time,
// to find whether each line holds one of a few strings (pass.go); a search over the block for each
// string (a colour code, a bar, the header's name in any case: one search for each case of its
// first letter, stopping at every "Mozilla" of an access log) cost more than the automaton that
// decides the line. scanBlock finds them all in one go: for every byte of a block, a bit that says
// whether one of the strings may start there (an anchor: a string's first two bytes, or its one
// byte), and the places are listed in order. Pass then checks a line for its strings with a
// comparison, and compares the strings themselves only where an anchor points.
//
// On amd64 with AVX2 the bits are found 64 bytes at a time (scan_amd64.s); elsewhere by the
// vectorised searches of package bytes (scanGeneric). FuzzScanBlock holds both to a byte-by-byte
// reference, and FuzzNameIn the whole to bytes.EqualFold.

// scanAnchor is where a string may start: its first byte, or its first two bytes (c1 >= 0), as
// they stand or (fold) the two letters in any case.
type scanAnchor struct {
	c0   byte
	c1   int
	fold bool
}

// anchorsOf returns the anchors of s, a string looked for exactly or, with fold, its ASCII letters
// in any case: one, or two where s begins with a letter in any case and no second letter.
func anchorsOf(s []byte, fold bool) []scanAnchor {
	switch {
	case fold && len(s) > 1 && isLetter(s[0]) && isLetter(s[1]):
		return []scanAnchor{{c0: s[0] | 0x20, c1: int(s[1] | 0x20), fold: true}}
	case fold && isLetter(s[0]):
		return []scanAnchor{{c0: s[0] | 0x20, c1: -1}, {c0: s[0] &^ 0x20, c1: -1}}
	case len(s) > 1:
		return []scanAnchor{{c0: s[0], c1: int(s[1])}}
	}
	return []scanAnchor{{c0: s[0], c1: -1}}
}

// at reports whether b[i:] begins with the anchor.
func (a scanAnchor) at(b []byte, i int) bool {
	switch {
	case a.c1 < 0:
		return b[i] == a.c0
	case i+1 >= len(b):
		return false
	case a.fold:
		return b[i]|0x20 == a.c0 && int(b[i+1]|0x20) == a.c1
	}
	return b[i] == a.c0 && int(b[i+1]) == a.c1
}

// scanSet is the anchors of one scan: those whose bits go to common (and all), and those whose bits
// go to all alone.
type scanSet struct {
	common, extra []scanAnchor
	// vecs is the same for the vector code, where the anchors take its shape: a string of one
	// byte or two (one counted twice), two letters in any case, and in extra two exact bytes or
	// none; nil where they do not (the generic code then finds every bit).
	vecs *scanVecs
}

// scanVecs is the vector code's anchors, each byte repeated 32 times (scan_amd64.s).
type scanVecs struct {
	lower, s0, s1, f0, f1, p0, p1 [32]byte
}

func newScanSet(common, extra []scanAnchor) *scanSet {
	set := &scanSet{common: common, extra: extra}
	var singles, folds, pairs []scanAnchor
	for _, a := range common {
		switch {
		case a.c1 < 0:
			singles = append(singles, a)
		case a.fold:
			folds = append(folds, a)
		default:
			pairs = append(pairs, a)
		}
	}
	shaped := len(singles) >= 1 && len(singles) <= 2 && len(folds) == 1 && len(pairs) == 0 &&
		(len(extra) == 0 || len(extra) == 1 && extra[0].c1 >= 0 && !extra[0].fold)
	if !shaped {
		return set
	}
	fill := func(d *[32]byte, c byte) {
		for i := range d {
			d[i] = c
		}
	}
	v := new(scanVecs)
	fill(&v.lower, 0x20)
	fill(&v.s0, singles[0].c0)
	fill(&v.s1, singles[len(singles)-1].c0)
	fill(&v.f0, folds[0].c0)
	fill(&v.f1, byte(folds[0].c1))
	if len(extra) == 1 {
		fill(&v.p0, extra[0].c0)
		fill(&v.p1, byte(extra[0].c1))
	} else {
		// The letters of the pair in any case, as they stand: a place all finds already.
		v.p0, v.p1 = v.f0, v.f1
	}
	set.vecs = v
	return set
}

// scanBlock sets, for each byte b[i] of b[from:to] (from a multiple of 64), bit i%64 of common[i/64]
// where one of set's common anchors begins, and of all[i/64] where any of its anchors does. (An
// anchor's second byte may lie past to.)
func scanBlock(b []byte, from, to int, set *scanSet, common, all []uint64) {
	// The vector code reads a byte past each 64 it looks at: it takes the chunks with a byte
	// after them in b, and the generic code the rest.
	if k := min(to, len(b)-1) / 64 * 64; k > from && set.vecs != nil && scanVector() {
		scanChunks(b[from:], (k-from)/64, set.vecs, common[from/64:], all[from/64:])
		from = k
	}
	scanGeneric(b, from, to, set, common, all)
}

// scanGeneric is scanBlock with the searches of package bytes: for each anchor, one for each place
// its first byte is found.
func scanGeneric(b []byte, from, to int, set *scanSet, common, all []uint64) {
	clear(common[from/64 : (to+63)/64])
	anchorBits(b, from, to, set.common, common)
	copy(all[from/64:(to+63)/64], common[from/64:])
	anchorBits(b, from, to, set.extra, all)
}

// anchorBits sets the bits of as's anchors in b[from:to].
func anchorBits(b []byte, from, to int, as []scanAnchor, hit []uint64) {
	for _, a := range as {
		firsts := [2]byte{a.c0, a.c0 &^ 0x20} // (the second, a letter's upper case, for a.fold)
		for f, c := range firsts {
			if f == 1 && !a.fold {
				break
			}
			for i := from; ; {
				j := indexByteFrom(b[:to], i, c)
				if j < 0 {
					break
				}
				if a.at(b, j) {
					hit[j/64] |= 1 << (j % 64)
				}
				i = j + 1
			}
		}
	}
}

// blockScan is the bits scanBlock found in what was left of a block when pass first went through
// it, as pass goes on: since a block's end stays where it is, a byte's index in the bits is counted
// from where the end was then. The bits are found a stretch at a time, as far as pass goes (in a
// stream of responses, most lines are passed over as runs pass remembers, passmemo.go), and the
// places anchors point at are listed, in order, as they are asked for.
type blockScan struct {
	b                   []byte // what was left of the block
	set                 *scanSet
	commonBits, allBits []uint64
	common, all         hitList
	done                int // the bytes whose bits are found; -1: none, the block is new
}

// hitList is the places, in order, where the bits of one kind are set, as far as done.
type hitList struct {
	at   []int32
	done int
}

// scanStretch is how many bytes scanBlock goes through at a time.
const scanStretch = 4096

// start sets out to scan b, what is left of a block, unless it is part of the block scanned.
func (s *blockScan) start(b []byte, set *scanSet) bool {
	if s.done >= 0 && len(s.b) >= len(b) {
		return false
	}
	words := (len(b) + 63) / 64
	if cap(s.commonBits) < words {
		s.commonBits, s.allBits = make([]uint64, words), make([]uint64, words)
	}
	s.b, s.set, s.done = b, set, 0
	s.commonBits, s.allBits = s.commonBits[:words], s.allBits[:words]
	s.common = hitList{at: s.common.at[:0]}
	s.all = hitList{at: s.all.at[:0]}
	return true
}

// upTo finds the bits at least as far as index j (all of them where j is past the end), and lists
// where the common anchors point.
func (s *blockScan) upTo(j int) {
	for s.done <= j && s.done < len(s.b) {
		from, to := s.done, min(len(s.b), s.done+scanStretch)
		scanBlock(s.b, from, to, s.set, s.commonBits, s.allBits)
		s.done = to
	}
	s.common.extend(s.commonBits, s.done)
}

// allUpTo is upTo, listing where any anchor points. (Only a phase that looks for a string of some
// phases asks: in an access log, "HTTP/" on every line is not listed.)
func (s *blockScan) allUpTo(j int) {
	s.upTo(j)
	s.all.extend(s.allBits, s.done)
}

// extend lists the bits set in bits from l.done to done.
func (l *hitList) extend(bits []uint64, done int) {
	if l.done < done {
		l.at = appendBits(l.at, bits[l.done/64:(done+63)/64], l.done/64*64)
		l.done = done
	}
}

// appendBits appends the indices of the bits set in words, the first of which is bit index from.
func appendBits(at []int32, words []uint64, from int) []int32 {
	for w, word := range words {
		for ; word != 0; word &= word - 1 {
			at = append(at, int32(from+w*64+bits.TrailingZeros64(word)))
		}
	}
	return at
}

// index returns the bit index of b[i], where b is what is left of the block.
func (s *blockScan) index(b []byte, i int) int { return len(s.b) - len(b) + i }

// hitCursor goes through the places of one hitList of a blockScan as pass goes on: at[i] is the
// first at or after the last one asked about, so that a line without one costs a comparison.
type hitCursor struct {
	l   *hitList
	all bool // l is the list of any anchor's places
	i   int
}

// reset points the cursor at a block's list.
func (c *hitCursor) reset(l *hitList, all bool) { c.l, c.all, c.i = l, all, 0 }

// nextHit returns the index in b of the first place at or after b[i] and before b[end], or -1.
func (c *hitCursor) nextHit(s *blockScan, b []byte, i, end int) int {
	j := s.index(b, i)
	at := c.l.at
	if c.i > 0 && int(at[c.i-1]) >= j {
		c.back(j) // (nameIn's callers may ask again from a little way back)
	}
	for c.i < len(at) && int(at[c.i]) < j {
		c.i++
	}
	if c.i == len(at) {
		if s.index(b, end) <= c.l.done || c.l.done == len(s.b) {
			return -1
		}
		return c.nextHitOn(s, b, i, end)
	}
	if k := i + int(at[c.i]) - j; k < end {
		return k
	}
	return -1
}

// back moves the cursor back to the first place at or after j.
func (c *hitCursor) back(j int) {
	for c.i > 0 && int(c.l.at[c.i-1]) >= j {
		c.i--
	}
}

// nextHitOn is nextHit where the places listed end before b[end]: it lists more.
func (c *hitCursor) nextHitOn(s *blockScan, b []byte, i, end int) int {
	if c.all {
		s.allUpTo(s.index(b, end) - 1)
	} else {
		s.upTo(s.index(b, end) - 1)
	}
	return c.nextHit(s, b, i, end)
}

// indexByteFrom returns the index of the first c in b at or after from, or -1.
func indexByteFrom(b []byte, from int, c byte) int {
	if i := bytes.IndexByte(b[from:], c); i >= 0 {
		return from + i
	}
	return -1
}

// byteQuad is four bytes to look for at once, as the vector code reads them.
type byteQuad [4][32]byte

func newByteQuad(cs [4]byte) *byteQuad {
	var q byteQuad
	for k, c := range cs {
		for i := range q[k] {
			q[k][i] = c
		}
	}
	return &q
}

// indexAny4 returns the index of the first byte of b that is one of q's, or -1: one pass over b
// where four searches would make four.
func indexAny4(b []byte, q *byteQuad) int {
	from := 0
	if len(b) >= 64 && scanVector() {
		k := len(b) / 64
		c := anyChunk(b, k, q)
		from = c * 64
		if c < k {
			return from + indexAny4Generic(b[from:from+64], q)
		}
	}
	if i := indexAny4Generic(b[from:], q); i >= 0 {
		return from + i
	}
	return -1
}

// indexAny4Generic is indexAny4 with the searches of package bytes.
func indexAny4Generic(b []byte, q *byteQuad) int {
	best := -1
	for k := range q {
		lim := len(b)
		if best >= 0 {
			lim = best
		}
		if i := bytes.IndexByte(b[:lim], q[k][0]); i >= 0 {
			best = i
		}
	}
	return best
}
