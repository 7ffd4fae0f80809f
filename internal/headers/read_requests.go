package headers

import "bytes"

// Requests written out by the code or the tool that sends them. A ticket often holds the request
// as the sender shows it before the response: a browser's "Copy as fetch" (fetch("URL", {
// "headers": {"mtapistatus": "555001"}, ... });), or REST Assured's log of its request
// specification ("Request method:\tGET", "Request URI:\t...", "Headers:\t\tmtapistatus=555001").
// Their headers are the request's and never count; seeing them shows the request side, so what
// follows is matched to it (answer.go).

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
	p.request()
	p.passOver(raw, RoleRequest, "a request written as code (a fetch call)")
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

// callStart returns the argument list, from its "(" on, of a line of code that calls fetch with a
// URL given as a string ("fetch(\"http://h/list\", {", "await fetch('/x', {",
// "const r = await fetch(`...`"), or nil.
func callStart(t []byte) []byte {
	if len(t) < 8 || bytes.IndexByte(t, '(') < 0 {
		return nil
	}
	for _, pre := range [...]string{"const ", "let ", "var "} {
		if rest, ok := bytes.CutPrefix(t, []byte(pre)); ok {
			eq := bytes.IndexByte(rest, '=')
			if eq < 0 {
				return nil
			}
			t = bytes.TrimLeft(rest[eq+1:], " ")
			break
		}
	}
	t = bytes.TrimPrefix(t, []byte("await "))
	call, ok := bytes.CutPrefix(t, []byte("fetch("))
	if !ok || len(call) == 0 || (call[0] != '"' && call[0] != '\'' && call[0] != '`') {
		return nil
	}
	return t[len("fetch"):]
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
