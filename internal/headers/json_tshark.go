package headers

import "strconv"

// tshark -T json writes each packet's HTTP tree as objects named after its lines, with a member per
// field: the status line's object holds "http.response.code" and its kin, its header lines are
// "http.response.line" members of the enclosing "http" object, and HTTP/2's header fields are
// {"http2.header.name": ..., "http2.header.value": ...} pairs beside "http2.headers.status" (or
// "http2.headers.method", a request's). tshark -T ek flattens the names: http_http_response_code.
//
// A JSON family (json_families.go): it reads those members wherever they appear.

// tsharkMember reads the members of tshark -T json's HTTP trees and reports whether key was one.
func tsharkMember(p *structParser, _ jsonSlot, f *frame, key, val []byte) bool {
	parent := p.parentOf(f)
	switch string(key) {
	case "http.response.code", "http2.headers.status":
		// The code sits in an object named after the status line (HTTP/1) or the header's own
		// object (HTTP/2); the header lines are its siblings, in the enclosing object.
		if n, err := strconv.Atoi(string(val)); err == nil && n >= 100 && n <= 999 && parent != nil {
			parent.status, parent.response = n, true
		}
	case "http.response.code.desc":
		if parent != nil {
			parent.statusText = string(val)
		}
	case "http.response.version":
		if parent != nil {
			parent.version = string(val)
		}
	case "http.response.line":
		p.lineString(f, val)
	case "http.chunked_trailer_part":
		// A chunked response's trailer field, in an object nested in the "http" object whose
		// response lines it ends.
		if parent != nil {
			p.lineString(parent, val)
		}
	case "http2.headers.method":
		if parent != nil {
			parent.isRequest = true
		}
	case "http2.header.name":
		f.nameMember(val)
	case "http2.header.value":
		p.valueMember(f, val)
	default:
		return false
	}
	return true
}
