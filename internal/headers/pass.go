package headers

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/bits"
	"slices"
	"strings"
	"sync"
)

// Passing over lines. Most lines of a large input matter to no reader: an access log's requests, a
// response's ordinary fields, a body. Rather than put each such line through every stage of the
// line source and every reader, the read loop asks pass, for the complete lines buffered, which of
// them some reader could want, and passes over the others at once, counting them.
//
// What a reader could want is declared by each reader of the table as data (reader.wants), and by
// the line source for its own stages (lineSourceWants): the starts of the lines it reads, in a
// small pattern language, strings a line holds, the byte it ends in, and the phases in which it
// reads them. One function, built from every declaration (a DFA over the first bytes of a line,
// made a state at a time as lines need it), decides for all.
//
// A line that only the HTTP text reader wants (a status line after a body, the blank line or a
// framing field of a header block) is handed straight to it (readHTTP): no other stage or reader
// would touch it. A line inside a body framed by its length is passed over by the frame itself.
//
// Passing applies only in three phases, where the parser holds nothing that a next line could
// continue, so that a line no reader wants changes nothing but the line count:
//
//   - loose: no response, header block, section, mode, prefix, packet dump, quotation, table,
//     printed object or CI step is open (a log, the text around a dump);
//   - body: after a header block, no trailer to come;
//   - block: inside a response's raw header block, after a field other than mtapistatus.
//
// TestPassChangesNothing and FuzzPass read every capture and table case, and fuzzed input, twice in
// step, through the readers alone and through pass, and require the same state after every line:
// a declaration that leaves out a line some reader acts on fails them. scripts/headers-diff.sh
// checks the built binary's answers against --explain's, which shows every line to the readers.
//
// A line is passed over whole or not at all, so the answer never depends on how the input was
// split into reads: the phase is the parser's state after the line before, and the decision looks
// at the line alone.
//
// A header block's fields repeat from block to block in a stream of responses: runs of them passed
// over are remembered by their bytes and passed over again where they recur (passmemo.go), and the
// automaton remembers the starts that decided a line (passDFA.decided).

// passPhase is where passing applies; 0 where it does not.
type passPhase uint8

const (
	passLoose passPhase = 1 << iota
	passBody
	passBlock

	passAnywhere = passLoose | passBody | passBlock
)

// want is what a reader (or the line source) could want from a line the parser reads in one of the
// phases where lines are passed over; each reader of the table declares its own (readers.go).
//
// starts are patterns that a line it wants begins with, after any indentation (what bytes.TrimSpace
// takes off: spaces, tabs, a stray CR; a reader that looks at the line as it stands sees no more
// than that). Bytes stand for themselves, except:
//
//	\d  one or more digits
//	\u  one or more upper-case letters
//	\a  one letter
//	\A  one byte that is not a letter
//	\l  one lower-case letter
//	\x  one hexadecimal digit
//	\t  any run of token bytes (an HTTP field name's), none at all included
//	\T  one byte that is neither a token byte nor a colon
//	\w  any run of bytes up to a space or the line's end, none at all included
//	\.  any one byte
//	\i  the letters after it match in any case
//	\\  a backslash
//
// contains are strings a line it wants holds anywhere (`\i` first: in any case); ends are bytes
// that end a line it wants, white space, the line end and an escaped line end ("\r\n" or "\x0d"
// written out, as Wireshark and Mojolicious print it, which clean takes off: escapedEOL) aside.
type want struct {
	in       passPhase
	starts   []string
	contains []string
	ends     string
}

// lineSourceWants are the line source's own: what it takes off or rewrites before any reader looks
// (a learned log prefix, a quotation, colour codes, an escaped line end).
func lineSourceWants() []want {
	return []want{
		// A timestamp, logcat tag or source label that may start a log prefix (prefix.go): a
		// label is remembered from every line it begins. (A service column holds a bar, below.)
		{in: passAnywhere, starts: []string{`\d-`, `\d/`, `\d:`, `[`, `\a/`, `\a\a\a \d \d:`, `\a\a\a  \d \d:`, `\a\a\a \a\a\a \d \d:`, `\u=`, `\u_`, `\u\d`, `_`}},
		// A reply's quotation, a Markdown or Jira fence or heading (paste.go); a box-drawn panel
		// (boxLine) and a hex dump's row (hexRow), which are never read.
		{in: passAnywhere, starts: []string{`>`, "```", `~~~`, `{code`, `h\d.`, "\xe2\x94", "\xe2\x95", `\x\x `, `\x\x\x\x`, `0x`}},
		// A title set in bold, "**Request headers**", "*Request:*" (paste.go's emphasized).
		{in: passAnywhere, starts: []string{`*\a`, `**\a`, `_\a`, `__\a`}},
		// A line with colour codes is read without them (clean, boxLine), so it may be anything.
		{in: passAnywhere, contains: []string{"\x1b"}},
		// A line with a bar may be the header row of a psql table, kept for the rule below it
		// (paste.go's keepPrev).
		{in: passAnywhere, contains: []string{`|`}},
		// A line that opens a printed object, whose members are read by which side it is named
		// for (read_inspect.go).
		{in: passLoose, ends: "{["},
		// A line that names the header is counted where a reader passes over it (the notice on
		// stderr of lines passed over, explain.go).
		{in: passAnywhere, contains: []string{`\imtapistatus`}},
	}
}

// passWants are every declaration: the line source's, then the readers'. direct marks the HTTP
// text reader's: a line that only it wants is handed straight to it (readHTTP).
func passWants() (ws []want, direct []bool) {
	for _, w := range lineSourceWants() {
		ws, direct = append(ws, w), append(direct, false)
	}
	for _, r := range readerTable() {
		for _, w := range r.wants {
			ws, direct = append(ws, w), append(direct, r.fam == famHTTP)
		}
	}
	return ws, direct
}

// passLook bounds how far into a line the starts are matched; a line still undecided there is
// wanted.
const passLook = 96

// passNFAs are the patterns of each phase, compiled once; each parser builds from them the
// automaton it needs, a state at a time, as lines come (passDFA).
var passNFAs = sync.OnceValue(buildPassNFAs)

func buildPassNFAs() *[3]passPhaseWants {
	var t [3]passPhaseWants
	// (Built on the first line of every run: each pattern is compiled once, for all the phases
	// that want it.)
	ws, direct := passWants()
	compiled := make([][][]passItem, len(ws))
	for k, w := range ws {
		compiled[k] = make([][]passItem, len(w.starts))
		for j, s := range w.starts {
			compiled[k][j] = compilePassPattern(s, true)
		}
	}
	for i, ph := range [...]passPhase{passLoose, passBody, passBlock} {
		var pats []passPattern
		for k, w := range ws {
			if w.in&ph == 0 {
				continue
			}
			for j := range w.starts {
				pats = append(pats, passPattern{compiled[k][j], direct[k]})
			}
			for _, c := range w.contains {
				fold := strings.HasPrefix(c, `\i`)
				c = strings.TrimPrefix(c, `\i`)
				if fold && (c == "" || !isLetter(c[0]) || !isASCII([]byte(c))) {
					panic("headers: a string looked for in any case must be ASCII and start with a letter: " + c)
				}
				t[i].contains = addContains(t[i].contains, passContains{s: []byte(c), fold: fold, direct: direct[k]})
			}
			for j := 0; j < len(w.ends); j++ {
				t[i].ends.add(w.ends[j])
			}
		}
		t[i].pats, t[i].phase = pats, ph
		t[i].anyEnds = t[i].ends != byteSet{}
	}
	// A string's id is the same in every phase.
	var all []passContains
	for i := range t {
		for k := range t[i].contains {
			c := &t[i].contains[k]
			c.id = slices.IndexFunc(all, func(o passContains) bool { return o.fold == c.fold && bytes.Equal(o.s, c.s) })
			if c.id < 0 {
				c.id = len(all)
				all = append(all, *c)
			}
		}
	}
	if len(all) > maxContains {
		panic("headers: more strings to look for than maxContains")
	}
	// Where the strings may start is found for all the phases at once (scan.go): the strings
	// every phase looks for, and the rest.
	var common, extra []scanAnchor
	var some [maxContains]bool // by id: a string some phases look for, not all
	for _, c := range all {
		every := true
		for i := range t {
			every = every && slices.ContainsFunc(t[i].contains, func(o passContains) bool { return o.id == c.id })
		}
		if every {
			common = append(common, c.anchors()...)
		} else {
			extra = append(extra, c.anchors()...)
			some[c.id] = true
		}
	}
	set := newScanSet(common, extra)
	for i := range t {
		t[i].scan = set
		for k, c := range t[i].contains {
			t[i].firsts[c.s[0]] |= 1 << k
			if c.fold {
				t[i].firsts[c.s[0]^0x20] |= 1 << k
			}
		}
		t[i].allHits = slices.ContainsFunc(t[i].contains, func(c passContains) bool { return some[c.id] })
	}
	return &t
}

// passPhaseWants is what any reader could want in one phase.
type passPhaseWants struct {
	// pats are the phase's starts, compiled into nfa the first time a line is read in the phase
	// (a log is read in one phase alone: a run builds what it reads).
	phase    passPhase
	pats     []passPattern
	nfaOnce  sync.Once
	nfa      passNFA
	contains []passContains
	ends     byteSet
	anyEnds  bool // ends is not empty
	// scan is where the strings of every phase, and of some, may start (scan.go); allHits: the
	// phase looks for one of the latter.
	scan    *scanSet
	allHits bool
	// firsts holds, by a byte, the strings (bits of their indices in contains) that may begin
	// with it: where an anchor points, only those are compared.
	firsts [256]uint16
}

// automaton returns the phase's patterns as an automaton's positions.
func (w *passPhaseWants) automaton() *passNFA {
	w.nfaOnce.Do(func() {
		w.nfa = compilePassNFA(w.pats)
		// A header block's lines repeat their names, and a body's next line is a status line;
		// a log's lines each begin in their own way (passDFA.decided).
		w.nfa.recall = w.phase != passLoose
	})
	return &w.nfa
}

// anchors returns where c may start.
func (c *passContains) anchors() []scanAnchor {
	if bytes.IndexByte(c.s, '\n') >= 0 {
		panic("headers: a string looked for holds a line end")
	}
	return anchorsOf(c.s, c.fold)
}

type passContains struct {
	s            []byte
	fold, direct bool
	id           int // the string's, the same in every phase
}

// addContains adds a string to look for, once: where two declarations name the same string, a
// line holding it goes to the readers if either is not the HTTP reader's.
func addContains(list []passContains, c passContains) []passContains {
	for i := range list {
		if list[i].fold == c.fold && bytes.Equal(list[i].s, c.s) {
			list[i].direct = list[i].direct && c.direct
			return list
		}
	}
	return append(list, c)
}

// passPattern is a compiled start, and whether it is the HTTP text reader's.
type passPattern struct {
	items  []passItem
	direct bool
}

// A line is passed over, read by the readers (as line reads it), or handed to the HTTP text
// reader alone.
const (
	passOver = iota
	passRead
	passDirect
)

// passState is a parser's automata, one for each phase, and what pass found in the block of
// buffered lines it is going through.
type passState struct {
	w                  *[3]passPhaseWants
	loose, body, block passDFA
	// memo is the runs of a header block's fields passed over lately (passmemo.go).
	memo passMemo
	// name is the header's name among the strings looked for (nameAt).
	name *passContains
	// blk is the places where a string may start in the block, found a stretch at a time as
	// pass goes through it (scan.go); hits goes through them by phase, and names for the
	// header's name.
	blk   blockScan
	hits  [3]hitCursor
	names hitCursor
}

// newBlock says that the lines pass is given next are a new block: what was found in the last
// one no longer holds.
func (t *passState) newBlock() {
	t.blk.done = -1
}

// scan finds the bits of the block from b, what is left of it, the first time it is gone through.
func (t *passState) scan(b []byte) *blockScan {
	if t.blk.done < 0 || len(t.blk.b) < len(b) {
		t.scanStart(b)
	}
	return &t.blk
}

func (t *passState) scanStart(b []byte) {
	if t.blk.start(b, t.w[0].scan) {
		for k := range t.hits {
			if t.w[k].allHits {
				t.hits[k].reset(&t.blk.all, true)
			} else {
				t.hits[k].reset(&t.blk.common, false)
			}
		}
		t.names.reset(&t.blk.common, false)
	}
}

// nameIn reports whether the header's name occurs in b from b[start] on, before b[end] (a line's
// end). (It is among the strings every phase looks for: the line source wants every line that
// names it.)
func (t *passState) nameIn(b []byte, start, end int) bool {
	if t.name == nil {
		cs := t.w[1].contains
		t.name = &cs[slices.IndexFunc(cs, func(c passContains) bool { return c.fold && isHeaderName(c.s) })]
	}
	s := t.scan(b)
	for i := t.names.nextHit(s, b, start, end); i >= 0; i = t.names.nextHit(s, b, i+1, end) {
		if t.name.at(b, i) {
			return true
		}
	}
	return false
}

// pass goes through the complete lines at the start of b that it can, and returns how many bytes it
// went through. Lines inside a body framed by its length are taken by the frame (passFramed);
// elsewhere the phase, which no line passed over changes, is worked out once for each run of lines
// the automaton goes through (passState.over).
func (p *textParser) pass(b []byte) int {
	if p.passer.w == nil {
		p.passer.w = passNFAs()
	}
	n, ph := 0, passPhase(0)
	for {
		if p.body.state != frameOff {
			ph = 0 // (worked out again once the frame is done with)
			k := completeLine(bytes.IndexByte(b[n:], '\n'))
			if k == 0 {
				return n
			}
			v, took := p.passFramed(b, n, n+k)
			if v == passRead {
				return n
			}
			if v == passOver {
				n += k
				continue
			}
			n += took // what follows the frame's end is a line for the phases
		}
		if ph == 0 {
			// The phase, which lines passed over leave as it is: worked out again only after
			// a line the HTTP reader read.
			if ph = p.passPhase(); ph == 0 {
				return n
			}
		}
		// In a header block, a run of fields passed over before is passed over again as it
		// stands (passmemo.go). Where the input differs from it, the automaton reads that one
		// line, and the lines after it are looked up again; a run not remembered is read by the
		// automaton to its end, and remembered.
		limit := -1
		if ph == passBlock {
			k, lines, differs := p.passer.memo.match(b[n:])
			n += k
			p.lineNo += lines
			if differs {
				limit = 1
			}
		}
		k, lines, v, l := p.passer.over(ph, b[n:], limit)
		if ph == passBlock && limit < 0 {
			p.passer.memo.remember(b[n:], k)
		}
		n += k
		p.lineNo += lines
		switch {
		case v == passDirect:
			p.readHTTP(b[n : n+l])
			n, ph = n+l, 0
		case v == passRead || lines != limit:
			return n // (or no complete line is left)
		}
	}
}

// passFramed applies a body's frame to b[start:end], a complete line: passOver where the frame took
// it, passRead where the readers must read it, and passDirect where the frame is done with, with
// the bytes of the line it took. What is left of the line (all of it where the frame did not fit,
// or a status line glued to the end of a body without a final newline, "...}HTTP/1.1 200 OK") is a
// line for the phases, as the frame's stage hands it on to the stages after it (bodyStage).
func (p *textParser) passFramed(b []byte, start, end int) (v, took int) {
	if !p.passFrames() {
		return passRead, 0
	}
	line := b[start:end]
	if p.passer.nameIn(b, start, end) {
		return passRead, 0 // counted as passed over in a body (explain.go)
	}
	rest, taken := p.body.take(line)
	if taken {
		p.lineNo++
		return passOver, 0
	}
	return passDirect, len(line) - len(rest)
}

// readHTTP reads a line that only the HTTP text reader wants, as line would: the line source and
// the other readers would leave it as it is (TestPassChangesNothing checks that too).
func (p *textParser) readHTTP(raw []byte) {
	p.lineNo++
	p.content(p.clean(raw), false)
}

// passFrames reports whether pass may apply a body's frame to a line itself: nothing comes before
// the frame in line (a wrapper reader), and no one is told of the lines taken (--explain).
func (p *textParser) passFrames() bool {
	return p.wrap == nil && p.wrapDecided && p.d.ex == nil && p.d.err == nil
}

// passPhase returns the phase the parser is in, or 0 where every line must go to the readers:
// where anything is open that a next line could continue, in an input a wrapper reader takes
// apart line by line (or before the first line that decides whether one does), under --explain
// (which tells of lines passed over too) and under --format (which leaves readers out, so that a
// line one of them would take may fall to another).
func (p *textParser) passPhase() passPhase {
	if !p.passFrames() || p.mode != modeNone || p.pre.on || p.pkt.mode != packetNone || p.xml.on || p.paste.quoted ||
		p.paste.table.on || len(p.paste.table.prev) > 0 || p.inCIStep || p.call.depth > 0 || p.nest.depth > 0 || p.body.state != frameOff || p.lastMT || p.pendingEmpty || p.yamlItems ||
		p.only != famAll&^famJSON || p.nested || p.panes.cmdLine == p.lineNo || p.panes.width > 0 || p.indent > 0 {
		return 0
	}
	switch p.state {
	case loose:
		if !p.d.open && p.section == sectionNone {
			return passLoose
		}
	case inBody:
		if !p.d.open {
			return passBody
		}
	case inHeaders:
		if p.indent == 0 && p.d.open {
			return passBlock
		}
	}
	return 0
}

// over goes through the complete lines at the start of b in the phase, up to limit of them (-1: no
// limit), and passes over those that no reader could want. It returns the bytes and lines passed
// over, and what becomes of the line that stopped it, passRead or passDirect, with its length; or
// passOver where no complete line, or no line within limit, is left.
//
// The places where the strings a wanted line holds may start are found for the block in bulk
// (scan.go): where they are rare, as in a large log, a line costs the search for its end, a few
// steps of the automaton, a comparison and a look at its last bytes.
func (t *passState) over(ph passPhase, b []byte, limit int) (n, lines, v, l int) {
	i, d := 0, &t.loose
	switch ph {
	case passBody:
		i, d = 1, &t.body
	case passBlock:
		i, d = 2, &t.block
	}
	w, s, hits := &t.w[i], t.scan(b), &t.hits[i]
	v = passOver
	for lines != limit {
		k := completeLine(bytes.IndexByte(b[n:], '\n'))
		if k == 0 {
			break
		}
		end := n + k
		if v = w.line(d, b, n, end, s, hits); v != passOver {
			l = end - n
			break
		}
		n, lines = end, lines+1
	}
	return n, lines, v, l
}

// maxContains bounds the strings of a phase (passNFAs checks it).
const maxContains = 16 // (firsts holds them in 16 bits)

// line decides b[start:end], a line with its end: passed over, read by the readers, or handed to
// the HTTP text reader alone. s and hits hold where the phase's strings may start in b.
func (w *passPhaseWants) line(d *passDFA, b []byte, start, end int, s *blockScan, hits *hitCursor) int {
	line := b[start:end]
	if d.nfa == nil {
		d.nfa = w.automaton()
	}
	v := d.match(d.nfa, line)
	if v == passRead {
		return v
	}
	for at := hits.nextHit(s, b, start, end); at >= 0; at = hits.nextHit(s, b, at+1, end) {
		for m := w.firsts[b[at]]; m != 0; m &= m - 1 {
			if c := &w.contains[bits.TrailingZeros16(m)]; c.at(b, at) {
				if !c.direct {
					return passRead
				}
				v = passDirect
			}
		}
	}
	if w.anyEnds {
		// (Both with and without what may be an escaped line end.)
		e := trimEOL(line)
		if w.endsIn(e) {
			return passRead
		}
		if n, _ := escapedEOL(e); n > 0 && w.endsIn(e[:len(e)-n]) {
			return passRead
		}
	}
	return v
}

// at reports whether c occurs at b[i:]. (Most places the phase's anchors point at begin another
// of its strings, or none: the first byte tells.)
func (c *passContains) at(b []byte, i int) bool {
	if len(b)-i < len(c.s) {
		return false
	}
	if c.fold {
		return b[i]|0x20 == c.s[0]|0x20 && bytes.EqualFold(b[i:i+len(c.s)], c.s)
	}
	return b[i] == c.s[0] && string(b[i:i+len(c.s)]) == string(c.s)
}

// endsIn reports whether b ends, white space aside, in one of the bytes that end a wanted line.
func (w *passPhaseWants) endsIn(b []byte) bool {
	n := len(b)
	for n > 0 && (b[n-1] == ' ' || b[n-1] == '\t') {
		n--
	}
	return n > 0 && w.ends.has(b[n-1])
}

// --- the patterns and the automaton built from them ---

// passItem is one element of a pattern: a byte of set, or a run of them.
type passItem struct {
	set      byteSet
	run      bool // one or more (min 1) or, with empty, any number
	optional bool // the run may be empty
}

// compilePassPattern reads a pattern; indent puts an optional run of spaces and tabs before it.
func compilePassPattern(s string, indent bool) []passItem {
	items := make([]passItem, 0, len(s)+1)
	if indent {
		// (Indentation is what the readers trim off a line: bytes.TrimSpace's white space, a
		// stray CR at the start of a line included.)
		it := passItem{run: true, optional: true}
		for _, c := range []byte(" \t\r\v\f") {
			it.set.add(c)
		}
		items = append(items, it)
	}
	fold := false
	for i := 0; i < len(s); i++ {
		var it passItem
		c := s[i]
		if c == '\\' {
			if i+1 >= len(s) {
				panic("headers: pattern ends in a backslash: " + s)
			}
			i++
			switch s[i] {
			case 'd':
				for c := byte('0'); c <= '9'; c++ {
					it.set.add(c)
				}
				it.run = true
			case 'u':
				for c := byte('A'); c <= 'Z'; c++ {
					it.set.add(c)
				}
				it.run = true
			case 'a', 'A':
				for c := range 256 {
					it.set.addIf(c, isLetter(byte(c)) == (s[i] == 'a'))
				}
			case 'l':
				for c := byte('a'); c <= 'z'; c++ {
					it.set.add(c)
				}
			case 'x':
				for c := range 256 {
					it.set.addIf(c, isHexDigit(byte(c)))
				}
			case 't':
				for c := range 256 {
					it.set.addIf(c, isTokenByte(byte(c)))
				}
				it.run, it.optional = true, true
			case 'T':
				for c := range 256 {
					it.set.addIf(c, !isTokenByte(byte(c)) && c != ':')
				}
			case 'w':
				for c := range 256 {
					it.set.addIf(c, c != ' ' && c != '\n')
				}
				it.run, it.optional = true, true
			case '.':
				it.set = byteSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
			case 'i':
				fold = true
				continue
			case '\\':
				it.set.add('\\')
			default:
				panic(fmt.Sprintf("headers: unknown class \\%c in pattern %q", s[i], s))
			}
		} else {
			it.set.add(c)
			if fold && isLetter(c) {
				it.set.add(c ^ 0x20)
			}
		}
		items = append(items, it)
	}
	return items
}

// byteSet is a set of bytes.
type byteSet [4]uint64

func (s *byteSet) add(c byte)      { s[c>>6] |= 1 << (c & 63) }
func (s *byteSet) has(c byte) bool { return s[c>>6]&(1<<(c&63)) != 0 }
func (s *byteSet) addIf(c int, ok bool) {
	if ok {
		s.add(byte(c))
	}
}

// passNFA is the patterns of a phase as positions: pattern p's item i is base+2i (before it) and
// base+2i+1 (inside its run); base+2*len is the pattern's end.
type passNFA struct {
	items  []*passItem // by position; nil at an end
	direct []bool      // by position: the end of one of the HTTP text reader's patterns
	words  int         // of a state's bit set
	start  []uint64
	recall bool // the automaton remembers the starts that decided lines (passDFA.decided)
}

func compilePassNFA(pats []passPattern) passNFA {
	var n passNFA
	size := 0
	for p := range pats {
		size += 2*len(pats[p].items) + 2
	}
	n.items, n.direct = make([]*passItem, 0, size), make([]bool, 0, size)
	starts := make([]int, 0, len(pats))
	for p := range pats {
		starts = append(starts, len(n.items))
		for i := range pats[p].items {
			n.items = append(n.items, &pats[p].items[i], &pats[p].items[i])
			n.direct = append(n.direct, false, false)
		}
		n.items = append(n.items, nil, nil)
		n.direct = append(n.direct, pats[p].direct, pats[p].direct)
	}
	n.words = (len(n.items) + 63) / 64
	n.start = make([]uint64, n.words)
	for _, q := range starts {
		if v := n.add(n.start, q); v != passOver {
			panic("headers: a pass pattern matches the empty line")
		}
	}
	return n
}

// add puts position q, and those it reaches without reading a byte, into st. It reports passRead
// where another reader's pattern ended, passDirect where only the HTTP text reader's did.
func (n *passNFA) add(st []uint64, q int) int {
	if st[q/64]&(1<<(q%64)) != 0 {
		return passOver
	}
	st[q/64] |= 1 << (q % 64)
	it := n.items[q]
	if it == nil {
		if n.direct[q] {
			return passDirect
		}
		return passRead
	}
	if it.run && (it.optional || q%2 == 1) {
		return n.add(st, q-q%2+2)
	}
	return passOver
}

// passDFA is the deterministic automaton of a phase's patterns, built by the subset construction
// as lines need it, a state's transitions when a line first reaches it: next[state<<8|byte]. A
// state is a set of positions, and whether one of the HTTP text reader's patterns has already
// ended (so the line goes to it unless another reader's pattern ends too). States 0, 1 and 2 are
// final: nothing matched, another reader's pattern matched, only the HTTP reader's did.
type passDFA struct {
	nfa    *passNFA // the phase's, once a line is read in it (passPhaseWants.automaton)
	states [][]uint64
	direct []bool // by state: an HTTP reader's pattern has ended
	// loop is, by state, the bytes that lead back to it where there are many (a run of a field
	// name's token bytes, of a word): match passes over them without a lookup each. It is worked
	// out for a state once lines have reached it often (hits).
	loop    []*byteSet
	hits    []uint8
	index   map[string]uint16
	next    []uint16
	key     []byte
	scratch []uint64
	// decided remembers, by a line's first two bytes, the starts of the last lines the automaton
	// decided before their end, and what it decided: a verdict reached there depends on the bytes
	// read so far alone, so a line that begins with one is decided at once (a stream's header
	// lines repeat their names: "Date: ...", "Content-Length: ...").
	decided *[passDecidedSets]passDecidedSet
}

// passDecidedSet is the starts kept for lines whose first two bytes fall in one set, the one last
// used first; a start's n is 0 where none is kept.
type passDecidedSet [2]struct {
	n, v  uint8
	start [passDecidedLen]byte
}

const (
	passDecidedSets = 128
	passDecidedLen  = 30
)

// decidedSet returns the set of the starts of lines that begin as line does (at least two bytes).
func (d *passDFA) decidedSet(line []byte) *passDecidedSet {
	h := (uint32(line[0])<<8 | uint32(line[1])) * 2654435761
	return &d.decided[h>>(32-7)]
}

// find returns what the start that line begins with decided, if one is kept.
func (s *passDecidedSet) find(line []byte) (int, bool) {
	for k := range s {
		if n := int(s[k].n); n > 0 && len(line) >= n && string(line[:n]) == string(s[k].start[:n]) {
			return int(s[k].v), true
		}
	}
	return 0, false
}

// keep remembers that line's first n bytes decided v.
func (s *passDecidedSet) keep(line []byte, n, v int) {
	if n < 2 || n > passDecidedLen {
		return
	}
	s[1] = s[0]
	s[0].n, s[0].v = uint8(n), uint8(v)
	copy(s[0].start[:], line[:n])
}

// passUnknown marks a transition not built yet.
const passUnknown = 0xffff

const (
	passStart = 3
	// passMaxStates bounds the automaton of one parser; past it, lines are read.
	passMaxStates = 1 << 10
)

// match says what the starts of line ask for: passOver, passRead or passDirect.
func (d *passDFA) match(nfa *passNFA, line []byte) int {
	if d.next == nil {
		d.init(nfa)
	}
	var set *passDecidedSet
	if nfa.recall && len(line) >= 2 {
		set = d.decidedSet(line)
		if v, ok := set.find(line); ok {
			return v
		}
	}
	end := len(line)
	if end > passLook {
		end = passLook
	}
	s, i := passStart, 0
	for i < end {
		if l := d.loop[s]; l != nil {
			for i < end && l.has(line[i]) {
				i++
			}
			if i == end {
				break
			}
		} else if d.hits[s] < 255 {
			if d.hits[s]++; d.hits[s] == 32 {
				d.loop[s] = d.loopOf(nfa, s)
			}
		}
		t := int(d.next[s<<8|int(line[i])])
		if t == passUnknown {
			t = int(d.step(nfa, s, line[i]))
		}
		i++
		if t < passStart {
			if set != nil {
				set.keep(line, i, t)
			}
			return t
		}
		s = t
	}
	if len(line) > passLook {
		return passRead // undecided: a pattern may still match further on
	}
	// The line has ended: what has not matched will not.
	if d.direct[s] {
		return passDirect
	}
	return passOver
}

func (d *passDFA) init(nfa *passNFA) {
	d.states = [][]uint64{nil, nil, nil, nfa.start}
	d.direct = []bool{false, false, true, false}
	d.loop = make([]*byteSet, 4)
	d.hits = make([]uint8, 4)
	d.index = map[string]uint16{}
	d.decided = new([passDecidedSets]passDecidedSet)
	d.next = make([]uint16, 4<<8)
	for c := range 256 {
		d.next[passStart<<8|c] = passUnknown
	}
}

// loopOf returns the bytes that lead from state s back to it, if there are many, or nil.
func (d *passDFA) loopOf(nfa *passNFA, s int) *byteSet {
	var loop byteSet
	n := 0
	for c := range 256 {
		if st, direct, read := d.successor(nfa, s, byte(c)); !read && direct == d.direct[s] && slices.Equal(st, d.states[s]) {
			loop.add(byte(c))
			n++
		}
	}
	if n < 16 {
		return nil
	}
	return &loop
}

// successor is the set of positions state s leads to on byte c (in d.scratch), whether an HTTP
// reader's pattern has ended there, and whether another reader's has.
func (d *passDFA) successor(nfa *passNFA, s int, c byte) (st []uint64, direct, read bool) {
	if d.scratch == nil {
		d.scratch = make([]uint64, nfa.words)
	}
	st = d.scratch
	clear(st)
	direct = d.direct[s]
	for w, word := range d.states[s] {
		for ; word != 0; word &= word - 1 {
			q := w*64 + bits.TrailingZeros64(word)
			it := nfa.items[q]
			if it == nil || !it.set.has(c) {
				continue
			}
			to := q - q%2 + 2 // past the item
			if it.run {
				to = q - q%2 + 1 // inside its run
			}
			switch nfa.add(st, to) {
			case passRead:
				read = true
			case passDirect:
				direct = true
			}
		}
	}
	return st, direct, read
}

// step builds the transition from state s on byte c.
func (d *passDFA) step(nfa *passNFA, s int, c byte) uint16 {
	st, direct, read := d.successor(nfa, s, c)
	empty := true
	for _, w := range st {
		empty = empty && w == 0
	}
	t := uint16(passOver)
	switch {
	case read:
		t = passRead
	case empty && direct:
		t = passDirect
	case !empty:
		d.key = d.key[:0]
		for _, w := range st {
			d.key = binary.LittleEndian.AppendUint64(d.key, w)
		}
		if direct {
			d.key = append(d.key, 1)
		}
		var ok bool
		if t, ok = d.index[string(d.key)]; !ok {
			if len(d.states) >= passMaxStates {
				t = passRead // a bound, not an answer: the readers look
				break
			}
			t = uint16(len(d.states))
			d.index[string(d.key)] = t
			d.states = append(d.states, slices.Clone(st))
			d.direct = append(d.direct, direct)
			d.loop = append(d.loop, nil)
			d.hits = append(d.hits, 0)
			for range 256 {
				d.next = append(d.next, passUnknown)
			}
		}
	}
	d.next[s<<8|int(c)] = t
	return t
}
