package headers

import (
	"bytes"
	"strings"
)

// The python-http reader: http.client's debug output ("send: b'...'", "reply: '...'", "header: ..."),
// one block per response, redirects included.

// pythonLine handles http.client's "send: ", "reply: " and "header: " lines.
func (p *textParser) pythonLine(b []byte) bool {
	switch {
	case bytes.HasPrefix(b, []byte("reply: '")) || bytes.HasPrefix(b, []byte(`reply: "`)):
		line := bytes.TrimSuffix(b[8:], b[7:8])
		line = bytes.TrimSuffix(line, []byte(`\r\n`))
		code, ok := statusFromLine(line)
		if !ok {
			return false
		}
		p.mode = modePython
		p.status(line, code, 0)
		return true
	case bytes.HasPrefix(b, []byte("send: b'")) || bytes.HasPrefix(b, []byte(`send: b"`)):
		p.mode = modePython
		p.request()
		return true
	case p.mode == modePython && bytes.HasPrefix(b, []byte("header: ")):
		if p.state == inHeaders {
			p.headerBlockLine(b[8:], 0, false)
		}
		return true
	}
	return false
}

// endPython ends the response at the first line that is not one of its "header: " lines.
func (p *textParser) endPython() {
	if p.state == inHeaders {
		p.endResponse()
		p.state = inBody
	}
}

// pythonClaim claims http.client's debug output from its first line.
func pythonClaim(h look) bool {
	for _, p := range [...]string{"send: b'", `send: b"`, "reply: '", `reply: "`} {
		if strings.HasPrefix(h.first(), p) {
			return true
		}
	}
	return false
}
