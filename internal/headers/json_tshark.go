package headers

import "strconv"

// tsharkMember reads the members of tshark -T json's HTTP trees ("http.response.code",
// "http2.headers.status", ...) and reports whether key was one.
func (p *structParser) tsharkMember(f *frame, key, val []byte) bool {
	parent := p.parentOf(f)
	switch string(key) {
	case "http.response.code", "http2.headers.status":
		// tshark -T json: the code sits in an object named after the status line (HTTP/1) or the
		// header's own object (HTTP/2); the header lines are its siblings, in the enclosing object.
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
	default:
		return false
	}
	return true
}
