package headers

import (
	"bytes"
	"strings"
)

// Sides of printed objects. A program often prints the request's headers and then the response's,
// as objects with nothing to say which is which: Go's %#v of resp.Request.Header and resp.Header,
// Java's getRequestProperties() and getHeaderFields(), Python's print of two dicts. An object of
// headers counts where the input shows no request (a pasted header object, the JSON of a
// response's headers); where the input shows both sides, an object counts only with evidence that
// it is a response:
//
//   - a status (a status key, a status line inside it: Java's null=[HTTP/1.1 400 Bad Request]);
//   - a field only a response carries (Date, Server, Set-Cookie, Location, ETag, ...).
//
// An object with a field only a request carries (User-Agent, Accept, Referer, ...), or a member that
// says it is a request (a logger's message, "msg": "outgoing request"; an HTTP method beside its
// headers, "method": "GET"), and no such evidence is the request's; once one was read, an object with no evidence either way never counts.
// Before that, a top-level object with no evidence either way is held until the next one (or the end of the
// input): if the next has evidence, the input shows both sides and the held object does not
// count; if not, it counts, as before. A response found nested inside an object (a "response" key)
// is evidence too.

// replyFields are the header names only a response carries (RFC 9110 and common practice), in
// lower case, and "null": the key under which Java's HttpURLConnection keeps the status line.
var replyFields = []string{"date", "server", "set-cookie", "location", "etag", "last-modified",
	"www-authenticate", "proxy-authenticate", "retry-after", "age", "vary", "expires",
	"accept-ranges", "content-range", "access-control-allow-origin", "strict-transport-security", "null"}

// askFields are the header names only a request carries, in lower case: an object of headers
// with one of them, no status and no response's field is a request's (Python's
// print(r.request.headers): {'User-Agent': 'python-requests/2.31', 'Accept': '*/*', ...}) and
// never counts. (Host is left out: it is a log line's field too.)
var askFields = []string{"user-agent", "accept", "accept-encoding", "accept-language", "referer",
	"authorization", "if-none-match", "if-modified-since", "upgrade-insecure-requests",
	"sec-fetch-mode", "sec-fetch-site", "sec-fetch-dest"}

// heldObject is a top-level object's message, held until its side is known.
type heldObject struct {
	ok    bool
	start Record
	vals  values
}

// evidence reports whether a frame says it is a response.
func (f *frame) evidence() bool {
	return f.status != 0 || f.statusLineText != "" || f.replyField
}

// emitTop decides a top-level object: see the comment above.
func (p *structParser) emitTop(f *frame) {
	if !f.evidence() && f.askField {
		p.flushHeld()
		p.sawAsk = true
		start := frameStart(f)
		start.Role, start.Why = RoleRequest, "an object of request headers (User-Agent, Accept, ...) with no status and no response's field"
		start.Line = f.vals.line
		p.d.whole(start, &f.vals)
		return
	}
	if !f.evidence() && p.sawAsk {
		// The input showed a request's object: it shows both sides, and nothing says this one
		// is the response.
		start := frameStart(f)
		start.Role, start.Line = RoleOther, f.vals.line
		start.Why = "an object with no status and no response's field, where the input shows a request's object: nothing says this one is the response"
		p.d.whole(start, &f.vals)
		return
	}
	if !f.evidence() {
		// (After a response with evidence, an object without is the same response printed
		// again, as Node's rawHeaders after its headers, or the next exchange's request: it
		// waits for the object after it, as the first did.)
		p.flushHeld()
		p.held = heldObject{ok: true, start: frameStart(f), vals: f.vals}
		return
	}
	p.dropHeld()
	p.d.whole(frameStart(f), &f.vals)
}

// saidRequest reports whether f, or an object it is inside, said that it is a request (requestSaid)
// before f ended.
func (p *structParser) saidRequest(f *frame) bool {
	for _, g := range p.stack {
		if g.askSaid {
			return true
		}
	}
	return f.askSaid // (f is already off the stack)
}

// sentObject reports f, an object of headers that says it is a request, as the request's: the input
// shows both sides from here on, as after an object of a request's fields.
func (p *structParser) sentObject(f, parent *frame) {
	p.flushHeld()
	p.sawAsk = true
	start := frameStart(f)
	start.Role, start.Line = RoleRequest, f.vals.line
	start.Why = "an object that says it is a request (a logger's message, or an HTTP method beside its headers), with no status and no response's field"
	p.d.whole(start, &f.vals)
	if parent != nil {
		parent.emittedInner = true
	}
}

// sideOfInner notes a response found inside an object: with a status it is evidence of the sides,
// and the held object before it is the request's; without, the held object is decided first, so
// that the responses stay in input order.
func (p *structParser) sideOfInner(f *frame) {
	if f.evidence() {
		p.dropHeld()
		return
	}
	p.flushHeld()
}

// flushHeld reports the held object: nothing after it said the input shows both sides.
func (p *structParser) flushHeld() {
	if !p.held.ok {
		return
	}
	h := p.held
	p.held = heldObject{}
	p.d.whole(h.start, &h.vals)
}

// dropHeld passes over the held object: the object after it is a response with evidence, and
// nothing said the held one was.
func (p *structParser) dropHeld() {
	if !p.held.ok {
		return
	}
	h := p.held
	p.held = heldObject{}
	h.start.Role = RoleOther
	if h.start.Line == 0 {
		h.start.Line = h.vals.line // (where --explain and the notice point)
	}
	h.start.Why = "an object with no status and no response's field, before one that has them: the input shows both sides, and nothing says this one is the response"
	p.d.whole(h.start, &h.vals)
}

// requestSaid reports whether a member (its key lower-cased) says that the object holding it is a
// request: an HTTP method ("method": "GET"), or a message, event or type whose words name a request
// and nothing of its answer ("outgoing request", "sending request"; not "request failed with status
// code 400", "request completed", "response").
func requestSaid(key, val []byte) bool {
	switch string(key) {
	case "method":
		return isMethod(bytes.TrimSpace(val))
	case "msg", "message", "event", "type", "kind", "direction", "action":
	default:
		return false
	}
	if len(val) > 64 {
		return false // a message of its own, not a title
	}
	said := false
	for w := range bytes.FieldsFuncSeq(val, func(r rune) bool { return !isLetter(byte(r)) || r >= 0x80 }) {
		switch strings.ToLower(string(w)) {
		case "request", "req", "requesting":
			said = true
		case "response", "resp", "res", "reply", "replied", "answer", "answered", "received", "result",
			"status", "completed", "complete", "finished", "handled", "served", "done", "processed",
			"failed", "error", "returned", "ended", "took", "duration":
			return false
		}
	}
	return said
}

// isMethod reports whether b is an HTTP method, in any case.
func isMethod(b []byte) bool {
	switch strings.ToUpper(string(b)) {
	case "GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "CONNECT", "TRACE":
		return true
	}
	return false
}
