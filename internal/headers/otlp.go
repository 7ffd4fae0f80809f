package headers

import (
	"bytes"
	"strconv"
)

// OpenTelemetry OTLP JSON (traces and logs) keeps a captured header as an attribute of its span or
// log record: {"key": "http.response.header.mtapistatus", "value": {"arrayValue": {"values":
// [{"stringValue": "617020"}]}}}. The key says the side: http.request.header.* is what the client
// sent and never counts. A span or log record with any http.response.* attribute is a response of
// its own, so that one export holding several spans reports each; its http.response.status_code
// (http.status_code before semantic conventions 1.23) is the response's HTTP status.
//
// A JSON family (json_families.go): it reads an attribute's "key" member, and what its value holds.
// An SDK's console exporter prints a span's attributes as members ('http.response.header.mtapistatus':
// [ '617020' ], 'http.response.status_code': 400), which the frame stack reads with the family's
// header prefix and status key.

const (
	otlpResponseAttr = "http.response."
	otlpHeaderAttr   = "http.response.header."
	// The response's HTTP status, in the semantic conventions since 1.23 and before them.
	otlpStatusAttr    = "http.response.status_code"
	otlpOldStatusAttr = "http.status_code"
)

// The family's state of a frame, bits of its slot.
const (
	// otlpHeader: an attribute naming the response's mtapistatus; otlpInHeader: the frame is
	// inside such an attribute's value, whose string values count.
	otlpHeader uint8 = 1 << iota
	otlpInHeader
	// otlpStatus: an attribute holding the response's HTTP status; otlpStatusValue: the frame is
	// that attribute's value object.
	otlpStatus
	otlpStatusValue
)

// otlpResponseHeader reports an attribute key naming the response's mtapistatus header.
func otlpResponseHeader(key []byte) bool {
	return len(key) > len(otlpHeaderAttr) && bytes.EqualFold(key[:len(otlpHeaderAttr)], []byte(otlpHeaderAttr)) &&
		isHeaderKey(key[len(otlpHeaderAttr):])
}

// otlpMember reads an attribute's key, and the AnyValue members of its value.
func otlpMember(p *structParser, s jsonSlot, f *frame, key, val []byte) bool {
	st := s.of(f)
	switch {
	case st&otlpInHeader != 0 && string(key) == "stringValue":
		f.addValue("", string(val))
		p.mark(&f.vals)
		return true
	case st&otlpStatusValue != 0:
		p.otlpStatusValue(s, key, val)
		return true
	case string(key) == "key":
		p.otlpAttribute(s, f, val) // (and the frame stack reads it as a pair's name)
	}
	return false
}

// otlpOpen follows an attribute's value down: everything inside the value of the response's
// header counts, and the value object of its status holds the status.
func otlpOpen(_ *structParser, s jsonSlot, parent, f *frame, key []byte, _ byte) {
	st, value := s.of(parent), string(key) == "value"
	var v uint8
	if st&otlpInHeader != 0 || st&otlpHeader != 0 && value {
		v |= otlpInHeader
	}
	if st&otlpStatus != 0 && value {
		v |= otlpStatusValue
	}
	s.set(f, v)
}

// otlpAttribute handles the "key" member of an attribute object f: a response attribute makes
// the span or log record holding the attributes list a response, and the response header's value
// object is read for its strings.
func (p *structParser) otlpAttribute(s jsonSlot, f *frame, key []byte) {
	status := string(key) == otlpStatusAttr || string(key) == otlpOldStatusAttr
	if !status && (len(key) <= len(otlpResponseAttr) || !bytes.EqualFold(key[:len(otlpResponseAttr)], []byte(otlpResponseAttr))) {
		return
	}
	n := len(p.stack)
	if n < 3 || p.stack[n-1] != f || p.stack[n-2].kind != '[' || p.stack[n-2].parentKey != "attributes" {
		return
	}
	// (The old http.status_code gives a status, but makes no span a response of its own: only the
	// http.response.* attributes do, as before.)
	p.stack[n-3].response = p.stack[n-3].response || string(key) != otlpOldStatusAttr
	st := s.of(f) &^ (otlpHeader | otlpStatus)
	if otlpResponseHeader(key) {
		st |= otlpHeader
	}
	if status {
		st |= otlpStatus
	}
	s.set(f, st)
}

// otlpStatusValue reads the AnyValue of a status code attribute ({"intValue": "400"}, as OTLP
// JSON writes a 64-bit integer, or a number) as the HTTP status of its span or log record.
func (p *structParser) otlpStatusValue(s jsonSlot, key, val []byte) {
	if string(key) != "intValue" && string(key) != "stringValue" {
		return
	}
	n := len(p.stack)
	// The value object, its attribute, the attributes list, the span or log record.
	if n < 4 || s.of(p.stack[n-1])&otlpStatusValue == 0 {
		return
	}
	if code, err := strconv.Atoi(string(bytes.TrimSpace(val))); err == nil && code >= 100 && code <= 599 {
		p.stack[n-4].status = code
	}
}
