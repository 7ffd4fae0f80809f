package headers

import "bytes"

// The line source is an ordered chain of stages, each a step that may take a line whole (a table's
// rule, a CI step's definition, a hex dump row) or hand on what is left of it (without a log
// prefix, unquoted, a packet's payload) to the stages after it, and at last to the marker and
// line readers (readLine). Some stages are readers' own (ci, sent-requests, xml, packets), and
// --format leaves them out with their reader. Each stage's guard looks at the line's first byte or
// its own state first, so that a plain line passes each in a few comparisons.
type stage struct {
	name string
	// fam is the reader whose stage it is, or 0 for the line source's own.
	fam family
	// run returns what is left of the line for the stages after it, and whether it took the line.
	run func(p *textParser, raw []byte, partial bool) (rest []byte, took bool)
}

// stageChain lists the stages in order.
func stageChain() []stage {
	return []stage{
		{name: "wrapper", run: (*textParser).wrapperStage},
		{name: "body", run: (*textParser).bodyStage},
		{name: "paste", run: (*textParser).pasteStage},
		{name: "command rows", run: (*textParser).commandRowStage},
		{name: "ci", fam: famCI, run: (*textParser).ciStage},
		{name: "sent-requests", fam: famWritten, run: (*textParser).writtenStage},
		{name: "prefix", run: (*textParser).prefixStage},
		{name: "xml", fam: famXML, run: (*textParser).xmlStage},
		{name: "box", run: (*textParser).boxStage},
		{name: "hexdump", run: (*textParser).hexStage},
		{name: "packets", fam: famPackets, run: (*textParser).packetStage},
	}
}

// source puts a line through the stages from the one at index from; it returns nil when one took
// it.
func (p *textParser) source(from int, raw []byte, partial bool) []byte {
	for i := from; i < len(p.table.stages); i++ {
		s := &p.table.stages[i]
		if s.fam != 0 && p.only&s.fam == 0 {
			continue
		}
		rest, took := s.run(p, raw, partial)
		if took {
			return nil
		}
		raw = rest
	}
	return raw
}

// wrapperStage takes a line apart where the input's first line claimed a wrapper (a container
// runtime's records, tcpflow's labels).
func (p *textParser) wrapperStage(raw []byte, _ bool) ([]byte, bool) {
	if p.wrap == nil && p.wrapDecided {
		return raw, false
	}
	if raw = p.unwrap(raw); raw == nil {
		return nil, true // nothing to read yet (a CRI partial record waits for its rest)
	}
	return raw, false
}

// bodyStage passes over a raw body framed by its Content-Length or chunk sizes.
func (p *textParser) bodyStage(raw []byte, partial bool) ([]byte, bool) {
	switch {
	case p.body.state == frameOff:
		return raw, false
	case partial:
		p.body.state = frameOff // a line longer than the buffer: fall back to the state
		return raw, false
	}
	rest, taken := p.body.take(raw)
	if taken {
		p.passOver(raw, RoleOther, "in a body framed by its Content-Length or chunk sizes")
	}
	return rest, taken
}

// pasteStage undoes what chat and e-mail did to a paste (paste.go).
func (p *textParser) pasteStage(raw []byte, _ bool) ([]byte, bool) {
	if n := len(raw); n > 7 && (raw[n-1] == '}' || raw[n-2] == '}' || raw[n-3] == '}') {
		if m := jiraClosing(raw); m > 0 {
			// A closing {code} glued to the block's last line ("mtapistatus: 617020{code}"):
			// the line without it.
			raw = append(raw[:m:m], '\n')
		}
	}
	// (A tab table's header row starts with a capital, "Header<TAB>Request<TAB>Response", and
	// is looked for in loose text only, where every such line reaches the readers: pass.go.)
	tab := p.state == loose && raw[0] >= 'A' && raw[0] <= 'Z' && bytes.IndexByte(raw, '\t') > 0
	if c := raw[0]; !(c == '>' || c == '`' || c == '~' || c == '|' || c == '#' || c == '{' || c == '+' || c == 0xe2 || c == 0x1b ||
		p.paste.quoted || p.paste.table.on || c == '-' && len(p.paste.table.prev) > 0 || c == ' ' && p.state != inHeaders || c == 'h' && len(raw) > 3 && raw[2] == '.' || c == '*' || c == '_' ||
		(c == '-' || c == '=') && len(raw) > 2 && raw[1] == c && raw[2] == c || tab) {
		return raw, false
	}
	p.paste.table.lineNo = p.lineNo
	switch raw = p.paste.line(raw, tab); {
	case raw == nil:
		return nil, true // a table's header row or rule
	case len(raw) == 0:
		return []byte{'\n'}, false
	}
	return raw, false
}

func (p *textParser) ciStage(raw []byte, _ bool) ([]byte, bool) {
	if c := raw[0]; !(p.inCIStep || c == '#' || isDigit(c)) {
		return raw, false
	}
	return raw, p.ciStep(raw)
}

func (p *textParser) writtenStage(raw []byte, _ bool) ([]byte, bool) {
	if c := raw[0]; !(p.call.depth > 0 || c >= 'a' && c <= 'z' || c == 'R' || c == 'I' || c == '$' || c == ' ') {
		return raw, false
	}
	return raw, p.requestWritten(raw)
}

// prefixStage takes off a learned log prefix (prefix.go).
func (p *textParser) prefixStage(raw []byte, _ bool) ([]byte, bool) {
	if c := raw[0]; !(p.pre.on || isDigit(c) || c == '[' || isLetter(c) || c == '_') {
		return raw, false
	}
	out, carried := p.unprefix(raw)
	if !carried && p.interleaved() {
		p.passOver(raw, RoleOther, "another source's line, inside a message of the source whose log prefix was learned")
		return nil, true
	}
	if len(out) == 0 {
		out = []byte{'\n'} // a timestamp alone at the end of the input: a blank line of the dump
	}
	return out, false
}

func (p *textParser) xmlStage(raw []byte, _ bool) ([]byte, bool) {
	if !(p.xml.on || raw[0] == '<' || raw[0] == 0xef) {
		return raw, false
	}
	return raw, p.xmlLine(raw)
}

// boxStage passes over a CLI's box-drawn panel (Newman's "│ " body preview): a body, never headers.
func (p *textParser) boxStage(raw []byte, _ bool) ([]byte, bool) { return raw, boxLine(raw) }

// hexStage passes over the rows of a hex dump (curl --trace's are read by its own reader).
func (p *textParser) hexStage(raw []byte, _ bool) ([]byte, bool) {
	c := raw[0]
	return raw, p.mode == modeNone && (c == ' ' || isHexDigit(c)) && hexRow(raw)
}

func (p *textParser) packetStage(raw []byte, _ bool) ([]byte, bool) {
	if c := raw[0]; !(p.pkt.mode != packetNone || c >= '0' && c <= '9' || c == 'T' || c == 'U') {
		return raw, false
	}
	rest, ok := p.packetLine(raw)
	return rest, !ok
}
