package headers

// Chromium's NetLog (chrome --log-net-log, chrome://net-export) is one JSON document:
// {"constants": {...}, "events": [{"params": {...}, "phase": 0, "source": {...}, "type": 123}, ...]}.
// An event's params are not a request's query parameters (which the structured reader passes
// over): they hold what the event saw, among them the headers of each side as a list of lines,
// {"headers": ["HTTP/1.1 400 Bad Request", "Mtapistatus: 617020", ...]} for a response read, and
// {"headers": ["Host: ...", "mtapistatus: 555001"], "line": "GET / HTTP/1.1\r\n"} for a request
// sent. So a params' list of header lines counts only after a status line in it; a list without
// one is a request's and never counts, nor makes its event a response.
//
// A JSON family (json_families.go): it reads the brackets opened under "constants" and "params".

// The family's state of a frame, bits of its slot: the top-level object holds NetLog's
// "constants"; the object is an event's params.
const (
	netlogDoc uint8 = 1 << iota
	netlogParams
)

// netlogOpen marks a NetLog document by its constants, reads its events' params, and their lists
// of header lines only after a status line.
func netlogOpen(p *structParser, s jsonSlot, parent, f *frame, key []byte, kind byte) {
	switch {
	case string(key) == "constants" && p.parentOf(parent) == nil:
		s.set(parent, s.of(parent)|netlogDoc)
	case string(key) == "params" && p.netlogEvent(s, parent):
		f.ignore = parent.ignore
		f.headersNoEvidence = true
		s.set(f, netlogParams)
	case string(key) == "headers" && kind == '[' && s.of(parent)&netlogParams != 0:
		f.linesAfterStatus = true
	}
}

// netlogEvent reports whether f is an event of a NetLog: an element of the top-level "events"
// list of a document that holds "constants".
func (p *structParser) netlogEvent(s jsonSlot, f *frame) bool {
	n := len(p.stack)
	if n < 3 || p.stack[n-1] != f || f.kind != '{' {
		return false
	}
	list, top := p.stack[n-2], p.stack[n-3]
	return n == 3 && list.kind == '[' && list.parentKey == "events" && s.of(top)&netlogDoc != 0
}
