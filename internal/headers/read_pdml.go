package headers

import (
	"bytes"
	"html"
)

// tshark -T pdml writes each packet as XML, a field an element: the HTTP status or request line is
// the show attribute of an unnamed field ("HTTP/1.1 400 Bad Request\r\n"), each header line a
// field named http.response.line or http.request.line whose showname attribute holds it with its
// CRLF escaped ("Mtapistatus: 617020\r\n"; its show attribute holds it with a real CRLF, over two
// lines). A response's header lines are read as the HTTP text they are; a request's, and a body's
// fields (http.file_data, data-text-lines, whose text runs over lines), never count.

// pdmlLine reads one line of a PDML document (the XML reader holds the input).
func (p *textParser) pdmlLine(b []byte) {
	t := bytes.TrimLeft(b, " \t")
	switch {
	case bytes.HasPrefix(t, []byte("<packet>")), bytes.HasPrefix(t, []byte("</packet>")),
		bytes.HasPrefix(t, []byte(`<field name="http.file_data"`)):
		p.endResponse()
		p.state = loose
	case bytes.HasPrefix(t, []byte(`<field name="" show="`)):
		line := pdmlAttr(t, "show")
		if code, ok := statusFromLine(line); ok {
			p.status(line, code, 0)
		} else if isRequestLine(line) {
			p.request()
		}
	case bytes.HasPrefix(t, []byte(`<field name="http.response.line"`)):
		if p.state == inHeaders {
			p.headerBlockLine(pdmlAttr(t, "showname"), 0, false)
		}
	case bytes.HasPrefix(t, []byte(`<field name="http.request.line"`)):
		p.passOver(pdmlAttr(t, "showname"), RoleRequest, "a request's header line (http.request.line)")
	}
}

// pdmlAttr returns the value of an attribute of a field element, unescaped, without the "\r\n"
// Wireshark writes after an HTTP line.
func pdmlAttr(t []byte, name string) []byte {
	i := bytes.Index(t, []byte(" "+name+`="`))
	if i < 0 {
		return nil
	}
	v := t[i+len(name)+3:]
	if end := bytes.IndexByte(v, '"'); end >= 0 {
		v = v[:end]
	}
	if bytes.IndexByte(v, '&') >= 0 {
		v = []byte(html.UnescapeString(string(v)))
	}
	v = bytes.TrimSuffix(v, []byte(`\r\n`))
	return bytes.TrimSuffix(v, []byte(`\n`))
}
