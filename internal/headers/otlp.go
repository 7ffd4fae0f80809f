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

const (
	otlpResponseAttr = "http.response."
	otlpHeaderAttr   = "http.response.header."
	// The response's HTTP status, in the semantic conventions since 1.23 and before them.
	otlpStatusAttr    = "http.response.status_code"
	otlpOldStatusAttr = "http.status_code"
)

// otlpResponseHeader reports an attribute key naming the response's mtapistatus header.
func otlpResponseHeader(key []byte) bool {
	return len(key) > len(otlpHeaderAttr) && bytes.EqualFold(key[:len(otlpHeaderAttr)], []byte(otlpHeaderAttr)) &&
		isHeaderKey(key[len(otlpHeaderAttr):])
}

// otlpAttribute handles the "key" member of an attribute object f: a response attribute makes
// the span or log record holding the attributes list a response, and the response header's value
// object is read for its strings.
func (p *structParser) otlpAttribute(f *frame, key []byte) {
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
	f.otlpHeader = otlpResponseHeader(key)
	f.otlpStatus = status
}

// otlpStatusValue reads the AnyValue of a status code attribute ({"intValue": "400"}, as OTLP
// JSON writes a 64-bit integer, or a number) as the HTTP status of its span or log record.
func (p *structParser) otlpStatusValue(key, val []byte) {
	if string(key) != "intValue" && string(key) != "stringValue" {
		return
	}
	n := len(p.stack)
	// The value object, its attribute, the attributes list, the span or log record.
	if n < 4 || !p.stack[n-1].statusValue {
		return
	}
	if code, err := strconv.Atoi(string(bytes.TrimSpace(val))); err == nil && code >= 100 && code <= 599 {
		p.stack[n-4].status = code
	}
}

// otlpString reports a member of an OTLP AnyValue that holds a string value.
func otlpString(key []byte) bool {
	return string(key) == "stringValue"
}
