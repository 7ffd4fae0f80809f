package headers

import (
	"bytes"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// Requests written out by the code or the tool that sends them. A ticket often holds the request
// as the sender shows it before the response: a browser's "Copy as fetch" (fetch("URL", {
// "headers": {"mtapistatus": "555001"}, ... });), or REST Assured's log of its request
// specification ("Request method:\tGET", "Request URI:\t...", "Headers:\t\tmtapistatus=555001").
// Their headers are the request's and never count. REST Assured's log shows the request side, so
// what follows is matched to it (answer.go); a call is code, and what a program prints after it
// is read as usual.

// codeCall is the state of a request call being read: how deeply its brackets are open.
type codeCall struct {
	depth int // open brackets of the call; 0 outside one
	lines int // lines read inside the call
	inStr byte
}

// maxCallLines bounds a call's argument list: a call left open by a truncated paste ends there.
const maxCallLines = 200

// requestWritten reads a line that is part of a request written out by its sender, and reports
// whether it took the line. It starts the request side at the first such line.
func (p *textParser) requestWritten(raw []byte) bool {
	c := &p.call
	if c.depth > 0 {
		p.passOver(raw, RoleRequest, "inside a request written as code (a fetch call's arguments)")
		c.scan(raw)
		if c.lines++; c.lines > maxCallLines {
			*c = codeCall{}
		}
		return true
	}
	t := bytes.TrimLeft(raw, " \t")
	if restAssuredRequest(t) {
		p.request()
		return true
	}
	args := callStart(t)
	if args == nil {
		return false
	}
	// (The call is code, not output: what the program prints after it is read as usual. Its
	// own arguments never count.)
	p.endLoose()
	p.passOver(raw, RoleRequest, "a request written as code (a call that sends it, or an object the code writes)")
	c.scan(args)
	c.lines = 1
	if c.depth < 0 {
		*c = codeCall{}
	}
	return true
}

// restAssuredRequest recognises the first line of REST Assured's request log (log().all(),
// log().method(), log().uri()): "Request method:\tGET" or "Request URI:\thttp://...".
func restAssuredRequest(t []byte) bool {
	return bytes.HasPrefix(t, []byte("Request method:\t")) || bytes.HasPrefix(t, []byte("Request URI:\t"))
}

// callStart returns the argument list, from its "(" on, of a line of code that calls a client to
// send a request ("fetch(\"http://h/list\", {", "await fetch(url, {", "const r = await
// axios.get(url, {", "r = requests.get(url, headers={...})", "https.request(opts, cb)"), or the
// rest of a PowerShell command that sends one ("Invoke-WebRequest -Uri ... -Headers @{"), or an
// object literal a JavaScript declaration writes ("const h = {"), or nil.
func callStart(t []byte) []byte {
	if len(t) < 8 {
		return nil
	}
	for _, pre := range [...]string{"const ", "let ", "var ", "$"} {
		if rest, ok := bytes.CutPrefix(t, []byte(pre)); ok {
			eq := bytes.IndexByte(rest, '=')
			if eq < 0 || bytes.IndexByte(rest[:eq], '(') >= 0 {
				return nil
			}
			t = bytes.TrimLeft(rest[eq+1:], " ")
			if pre != "$" && len(t) > 0 && (t[0] == '{' || t[0] == '[') {
				// An object the code writes ("const h = { 'mtapistatus': '555001' };" in a
				// page's script): what a program is given to send, never what it received.
				return t
			}
			break
		}
	}
	if i := bytes.Index(t, []byte(" = ")); i > 0 && i < 40 && bytes.IndexAny(t[:i], "( \"'") < 0 {
		t = t[i+3:] // Python's and Go's "r = requests.get(...)", "resp, err := ..." aside
	}
	t = bytes.TrimPrefix(t, []byte("await "))
	for _, cmd := range [...]string{"Invoke-WebRequest ", "Invoke-RestMethod ", "iwr ", "irm "} {
		if bytes.HasPrefix(t, []byte(cmd)) {
			return t[len(cmd)-1:]
		}
	}
	open := bytes.IndexByte(t, '(')
	if open <= 0 || open > 40 || !senderCall(t[:open]) {
		return nil
	}
	return t[open:]
}

// senderCall reports a call that sends a request: fetch, axios, got, ky, or a verb of a client
// object (requests.get, httpx.post, axios.put, http.request, https.get, session.get, $.ajax).
func senderCall(name []byte) bool {
	switch string(name) {
	case "fetch", "axios", "got", "ky", "$.ajax", "jQuery.ajax":
		return true
	}
	obj, verb, ok := bytes.Cut(name, []byte("."))
	if !ok {
		return false
	}
	switch string(verb) {
	case "get", "post", "put", "delete", "patch", "head", "options", "request":
	default:
		return false
	}
	switch string(obj) {
	case "requests", "httpx", "axios", "http", "https", "got", "ky", "session", "client", "superagent", "request":
		return true
	}
	return false
}

// codeSetsHeader reports a statement of code that names the header as a string argument of a
// call: a setter or getter of a request's header (xhr.setRequestHeader('mtapistatus', '1'),
// conn.setRequestProperty("mtapistatus", "1"), req.Header.Set("mtapistatus", "1"),
// .header("mtapistatus", "1"), client.DefaultRequestHeaders.Add(...)), or PHP's
// CURLOPT_HTTPHEADER list. A response's printing never puts the name, quoted, first among a call's
// arguments: a tuple of Python's getheaders() has no name before its parenthesis.
func codeSetsHeader(b []byte) bool {
	if bytes.Contains(b, []byte("CURLOPT_HTTPHEADER")) {
		return true
	}
	for off := 0; ; {
		i := indexFold(b[off:])
		if i < 0 {
			return false
		}
		i += off
		off = i + 1
		// ident ( quote NAME quote ,
		if i < 3 || b[i-1] != '"' && b[i-1] != '\'' || b[i-2] != '(' || !isWordByte(b[i-3]) {
			continue
		}
		rest := b[i+len(codes.HeaderName):]
		if len(rest) > 0 && rest[0] == b[i-1] {
			rest = bytes.TrimLeft(rest[1:], " ")
			if len(rest) > 0 && rest[0] == ',' {
				return true
			}
		}
	}
}

// scan follows the brackets of a call across one line, outside strings.
func (c *codeCall) scan(b []byte) {
	for i := 0; i < len(b); i++ {
		ch := b[i]
		switch {
		case c.inStr != 0:
			if ch == '\\' {
				i++
			} else if ch == c.inStr {
				c.inStr = 0
			}
		case ch == '"' || ch == '\'' || ch == '`':
			c.inStr = ch
		case ch == '(' || ch == '{' || ch == '[':
			c.depth++
		case ch == ')' || ch == '}' || ch == ']':
			c.depth--
		}
	}
	if c.inStr != '`' {
		c.inStr = 0 // a quote left open ends with its line, but a template literal runs on
	}
}

// senderCallIn reports whether b holds a call of a function that sends a request (senderCall),
// anywhere: a script inside a page ("<script>fetch('/x', {headers: ...})").
func senderCallIn(b []byte) bool {
	for off := 0; ; {
		i := bytes.IndexByte(b[off:], '(')
		if i < 0 {
			return false
		}
		i += off
		j := i
		for j > 0 && (isWordByte(b[j-1]) || b[j-1] == '.' || b[j-1] == '$') {
			j--
		}
		if j < i && senderCall(b[j:i]) {
			return true
		}
		off = i + 1
	}
}

// clientCall reports whether a line starts with a client library's call that sends a request to
// a URL written after it: Ruby's RestClient.get "http://h/list", "mtapistatus"=>"555002", or
// HTTParty.post('http://...'). What it passes is the request's.
func clientCall(b []byte) bool {
	t := bytes.TrimLeft(b, " \t")
	i := 0
	for i < len(t) && (isWordByte(t[i]) || t[i] == '.' || t[i] == ':') {
		i++
	}
	dot := bytes.LastIndexByte(t[:i], '.')
	if dot <= 0 {
		return false
	}
	switch strings.ToLower(string(t[dot+1 : i])) {
	case "get", "post", "put", "patch", "delete", "head", "options":
	default:
		return false
	}
	rest := bytes.TrimLeft(t[i:], " (")
	return len(rest) > 1 && (rest[0] == '"' || rest[0] == '\'') && urlStart(rest[1:])
}
