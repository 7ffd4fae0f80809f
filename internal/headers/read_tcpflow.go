package headers

import "bytes"

// tcpflow -c prints each TCP segment's payload after a label that names its flow, source then
// destination, each an address and a zero-padded port:
//
//	127.000.000.001.41830-127.000.000.001.18960: GET /list HTTP/1.1
//	Host: ...
//	127.000.000.001.18960-127.000.000.001.41830: HTTP/1.1 400 Bad Request
//
// The label comes off, so that the payload is read as the HTTP text it is: a request line starts
// the request side, a status line a response, and the body is framed as usual. The form is claimed
// from the first non-blank line (a wrapper reader, readers.go).

// tcpflowLine returns the payload of a line that starts with a flow label, or the line itself.
func tcpflowLine(_ *textParser, raw []byte) []byte {
	if n := tcpflowLabel(raw); n > 0 {
		return raw[n:]
	}
	return raw
}

// isTCPFlow reports whether a line starts with a tcpflow label.
func isTCPFlow(b []byte) bool { return tcpflowLabel(b) > 0 }

// tcpflowClaim claims an input whose first line starts with a flow label.
func tcpflowClaim(h look) bool { return isTCPFlow([]byte(h.first())) }

// tcpflowLabel returns the length of a flow label with its ": ", or 0.
func tcpflowLabel(b []byte) int {
	src := flowEnd(b)
	if src == 0 || src >= len(b) || b[src] != '-' {
		return 0
	}
	dst := flowEnd(b[src+1:])
	if dst == 0 {
		return 0
	}
	end := src + 1 + dst
	if !bytes.HasPrefix(b[end:], []byte(": ")) {
		return 0
	}
	return end + 2
}

// flowEnd returns the length of one end of a flow, an address and a five-digit port
// ("127.000.000.001.41830", "0000:0000:0000:0000:0000:0000:0000:0001.08080"), or 0.
func flowEnd(b []byte) int {
	i := 0
	for i < len(b) && i < 64 && (isHexDigit(b[i]) || b[i] == '.' || b[i] == ':') {
		i++
	}
	if i > 0 && b[i-1] == ':' {
		i-- // the label's own colon
	}
	// The port: a dot and five digits at the end.
	if i < 7 || b[i-6] != '.' || !digitsAt(b, i-5, 5) {
		return 0
	}
	// The address: four dotted three-digit numbers, or hex groups with colons.
	addr := b[:i-6]
	if bytes.IndexByte(addr, ':') < 0 {
		if len(addr) != 15 || addr[3] != '.' || addr[7] != '.' || addr[11] != '.' ||
			!digitsAt(addr, 0, 3) || !digitsAt(addr, 4, 3) || !digitsAt(addr, 8, 3) || !digitsAt(addr, 12, 3) {
			return 0
		}
	}
	return i
}
