package headers

import "bytes"

// Objects printed over many lines inside text. A language's printing of an object that is not a
// JSON document on its own (Node's util.inspect of an Error after its stack trace, as
// console.log(AxiosError) writes it) puts each member on a line, and each nested object after a
// line that names it and ends with its opening bracket:
//
//	AxiosError: Request failed with status code 400
//	    at ... {
//	  config: [Object: null prototype] {
//	    headers: Object [AxiosHeaders] {
//	      mtapistatus: '555001',
//	  ...
//	  response: {
//	    headers: Object [AxiosHeaders] {
//	      mtapistatus: '617020,901001',
//
// The text reader reads such members as header lines, so the nesting says whose they are: inside
// an object named for the request (config, request, req, _header) or a body, nothing counts, as in
// the structured reader. The nesting is followed from the lines that open and close objects alone
// (a line ending in "{" or "[", a line starting with "}" or "]"), bounded in depth, and forgotten
// at a blank line.

// nestState follows the printed objects open at this line.
type nestState struct {
	depth int
	// request is the depth of the outermost open object named for the request, or 0.
	request int
}

// maxNest bounds the depth followed; deeper objects are counted but not named.
const maxNest = 64

// opensObject reports whether a raw line ends with an opening bracket (after its line end).
func opensObject(raw []byte) bool {
	t := trimEOL(raw)
	t = bytes.TrimRight(t, " \t")
	return len(t) > 0 && (t[len(t)-1] == '{' || t[len(t)-1] == '[')
}

// nestLine reads a line for the nesting of printed objects and reports whether the line lies on the
// request side of it (and so never counts).
func (p *textParser) nestLine(raw []byte) bool {
	n := &p.nest
	t := bytes.TrimSpace(trimEOL(raw))
	switch {
	case len(t) == 0 || bytes.HasPrefix(t, []byte("HTTP/")):
		*n = nestState{} // a blank line or a status line: no printed object spans it
		return false
	case t[0] == '}' || t[0] == ']':
		inside := n.request > 0
		if n.depth > 0 {
			if n.depth == n.request {
				n.request = 0
			}
			n.depth--
		}
		if opensObject(raw) {
			// "}, {" or "] [": closes one and opens the next, of the same name as far as we know.
			n.depth++
		}
		return inside
	case opensObject(raw):
		inside := n.request > 0
		n.depth = min(n.depth+1, maxNest)
		if n.request == 0 && requestObject(t) {
			n.request = n.depth
		}
		return inside || n.request > 0
	}
	return n.request > 0
}

// requestObject reports whether the line that opens a printed object names it for the request
// or a body: "config: [Object: null prototype] {", "request: <ref *1> ClientRequest {",
// "req.getHeaders() = {".
func requestObject(t []byte) bool {
	name := t
	if i := bytes.Index(t, []byte(": ")); i > 0 {
		name = t[:i]
	} else if i := bytes.Index(t, []byte(" = ")); i > 0 {
		name = t[:i]
	}
	// (Without a member's name, the words before the bracket may still name the request:
	// "request GET http://h/list {", "[axios] request GET /list Object [AxiosHeaders] {".)
	// (A type's name alone is one too: Deno's and a browser's "Request {", Node's
	// "ClientRequest {".)
	name = bytes.TrimRight(bytes.Trim(name, `'"`), "{[ ")
	if bytes.Contains(t, []byte(" createConnection ")) {
		// NODE_DEBUG=http,net prints the options of each connection a client opens, the
		// request's headers among them: "HTTP 12443: createConnection h:80: [Object: null
		// prototype] {".
		return true
	}
	if w := bytes.Fields(name); len(w) == 2 && requestLabel(w[0]) && (bytes.EqualFold(w[1], []byte("headers")) || bytes.EqualFold(w[1], []byte("header"))) {
		return true // "req headers: {", "sent headers = {"
	}
	return keyClass(name)&keyRequest != 0 || requestDump(t[:len(t)-1]) ||
		len(name) >= len("request") && bytes.EqualFold(name[len(name)-len("request"):], []byte("request")) && !bytes.ContainsAny(name, " :=")
}
