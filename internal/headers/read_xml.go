package headers

import (
	"bytes"
	"html"
	"strings"
)

// XML exports of recorded traffic: JMeter's .jtl results (<responseHeader>, <requestHeader>,
// <responseData>, with &#xd; for each CR) and Burp's saved items (<request> and <response> with the
// message in CDATA), and IIS's Failed Request Tracing logs (an event's <Data Name="Headers"> whose
// RenderingInfo, after it, names GENERAL_RESPONSE_HEADERS or GENERAL_REQUEST_HEADERS). They are read
// element by element: a response's element as the HTTP text it holds, tags and character
// references taken off; a request's element or a body never counts.

type xmlContext uint8

const (
	xmlNone xmlContext = iota
	xmlRequest
	xmlResponse
	xmlBody
)

type xmlState struct {
	on  bool
	ctx xmlContext
	buf []byte
	// pending is the text of an IIS Failed Request Tracing event's Headers, held until the event's
	// RenderingInfo says whose headers they were (GENERAL_RESPONSE_HEADERS or _REQUEST_).
	pending []byte
	held    bool
	// pdml: the document is tshark's PDML (read_pdml.go).
	pdml bool
}

// xmlLine reads one line of an XML export. It reports whether it was one.
func (p *textParser) xmlLine(raw []byte) bool {
	b := trimEOL(raw)
	if !p.xml.on {
		if !bytes.HasPrefix(bytes.TrimLeft(b, " \t\ufeff"), []byte("<?xml")) {
			return false
		}
		p.xml.on = true
		return true
	}
	if p.xml.pdml = p.xml.pdml || bytes.HasPrefix(b, []byte("<pdml ")); p.xml.pdml {
		p.pdmlLine(b) // tshark -T pdml (read_pdml.go)
		return true
	}
	switch {
	case xmlOpens(b, "requestHeader"), xmlOpens(b, "request"):
		p.endResponse()
		p.request()
		p.xml.ctx = xmlRequest
	case xmlOpens(b, "responseHeader"), xmlOpens(b, "response"):
		p.endResponse()
		p.state = loose
		p.xml.ctx = xmlResponse
		// Charles' sessions and the like: <response status="409"> with each header's name and
		// value in elements of their own, read as a response's group of names and values.
		p.section, p.pairName = sectionResponse, sectionPairNone
		if i := bytes.Index(b, []byte(` status="`)); i >= 0 {
			p.pendingCode = leadingStatus(b[i+len(` status="`) : min(len(b), i+len(` status="`)+3)])
		}
	case xmlOpens(b, "responseData"), xmlOpens(b, "responseBody"), xmlOpens(b, "body"):
		p.xml.ctx = xmlBody
	}
	switch {
	case bytes.Contains(b, []byte(`<Data Name="Headers">`)):
		p.xml.pending = append(p.xml.pending[:0], xmlText(&p.xml.buf, b)...)
		p.xml.held = len(p.xml.pending) <= maxScalar
	case bytes.Contains(b, []byte("GENERAL_RESPONSE_HEADERS")):
		if p.xml.held && !p.nested {
			p.embeddedText(append(p.xml.pending, '\n', '\n'))
		}
		p.xml.held = false
	case bytes.Contains(b, []byte("GENERAL_REQUEST_HEADERS")), bytes.Contains(b, []byte("</Event>")):
		p.xml.held = false
	}
	closing := bytes.Contains(b, []byte("</"))
	if p.xml.ctx == xmlResponse && p.xml.ctx != xmlNone {
		text := xmlText(&p.xml.buf, b)
		if len(text) > 0 || !closing {
			p.content(text, false)
		}
	}
	if closing && p.xml.ctx != xmlNone {
		for _, name := range [...]string{"requestHeader", "request", "responseHeader", "response", "responseData", "responseBody", "body"} {
			if bytes.Contains(b, []byte("</"+name+">")) {
				if p.xml.ctx == xmlResponse {
					p.endLoose()
					p.endResponse()
					p.state, p.section = loose, sectionNone
				}
				p.xml.ctx = xmlNone
				break
			}
		}
	}
	return true
}

// xmlOpens reports whether b opens the element name ("<name>" or "<name attr...").
func xmlOpens(b []byte, name string) bool {
	i := bytes.Index(b, []byte("<"+name))
	if i < 0 || i+1+len(name) >= len(b) {
		return false
	}
	c := b[i+1+len(name)]
	return c == '>' || c == ' ' || c == '\t'
}

// xmlText is a line of an element's text: its tags, CDATA markers and character references taken
// off, and a CR (&#xd;) dropped.
func xmlText(buf *[]byte, b []byte) []byte {
	out := (*buf)[:0]
	gap := false // a tag stood between text already taken and what follows
	for len(b) > 0 {
		switch {
		case bytes.HasPrefix(b, []byte("<![CDATA[")):
			b = b[len("<![CDATA["):]
		case bytes.HasPrefix(b, []byte("]]>")):
			b = b[3:]
		case b[0] == '<':
			end := bytes.IndexByte(b, '>')
			if end < 0 {
				b = nil
				continue
			}
			b = b[end+1:]
			gap = len(bytes.TrimSpace(out)) > 0
		default:
			if gap {
				// <name>Mtapistatus</name><value>617020</value> on one line reads as the header line
				// "Mtapistatus: 617020".
				out = append(out, ':', ' ')
				gap = false
			}
			i := bytes.IndexAny(b, "<]")
			if i < 0 {
				i = len(b)
			} else if i == 0 {
				i = 1 // a lone ']' is text
			}
			out = append(out, b[:i]...)
			b = b[i:]
		}
	}
	if bytes.IndexByte(out, '&') >= 0 {
		out = []byte(html.UnescapeString(string(out)))
	}
	*buf = out
	// The indentation before an element is the file's, not the message's.
	return bytes.TrimLeft(bytes.TrimRight(out, "\r\n"), " \t")
}

// xmlClaim claims an XML export from its first element.
func xmlClaim(h look) bool {
	t := h.first()
	for _, p := range [...]string{"<?xml", "<testResults", "<items burpVersion", "<failedRequest"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}
