package headers

// Chromium's NetLog (chrome --log-net-log, chrome://net-export) is one JSON document:
// {"constants": {...}, "events": [{"params": {...}, "phase": 0, "source": {...}, "type": 123}, ...]}.
// An event's params are not a request's query parameters (which the structured reader passes
// over): they hold what the event saw, among them the headers of each side as a list of lines,
// {"headers": ["HTTP/1.1 400 Bad Request", "Mtapistatus: 617020", ...]} for a response read, and
// {"headers": ["Host: ...", "mtapistatus: 555001"], "line": "GET / HTTP/1.1\r\n"} for a request
// sent. So a params' list of header lines counts only after a status line in it; a list without
// one is a request's and never counts, nor makes its event a response.

// netlogEvent reports whether f is an event of a NetLog: an element of the top-level "events"
// list of a document that holds "constants".
func (p *structParser) netlogEvent(f *frame) bool {
	n := len(p.stack)
	if n < 3 || p.stack[n-1] != f || f.kind != '{' {
		return false
	}
	list, top := p.stack[n-2], p.stack[n-3]
	return n == 3 && list.kind == '[' && list.parentKey == "events" && top.netlogDoc
}
