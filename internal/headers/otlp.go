package headers

import "bytes"

// OpenTelemetry OTLP JSON (traces and logs) keeps a captured header as an attribute of its span or
// log record: {"key": "http.response.header.mtapistatus", "value": {"arrayValue": {"values":
// [{"stringValue": "617020"}]}}}. The key says the side: http.request.header.* is what the client
// sent and never counts. A span or log record with any http.response.* attribute is a response of
// its own, so that one export holding several spans reports each.

const (
	otlpResponseAttr = "http.response."
	otlpHeaderAttr   = "http.response.header."
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
	if len(key) <= len(otlpResponseAttr) || !bytes.EqualFold(key[:len(otlpResponseAttr)], []byte(otlpResponseAttr)) {
		return
	}
	n := len(p.stack)
	if n < 3 || p.stack[n-1] != f || p.stack[n-2].kind != '[' || p.stack[n-2].parentKey != "attributes" {
		return
	}
	p.stack[n-3].response = true
	f.otlpHeader = otlpResponseHeader(key)
}

// otlpString reports a member of an OTLP AnyValue that holds a string value.
func otlpString(key []byte) bool {
	return string(key) == "stringValue"
}
