package headers

import "bytes"

// Packet dumps. tcpdump -A prints each packet's header line ("00:13:02.035254 IP 127.0.0.1.18941 >
// 127.0.0.1.43416: Flags [P.], ...") and then its bytes as text, the IP and TCP headers included:
// their bytes make a line or two of noise, and the HTTP text starts glued to the last of them
// (";i@..{P.HTTP/1.1 302 Found"). ngrep -W byline prints "T 127.0.0.1:18941 -> ... [AP] #6" and
// the payload's lines with each CR shown as a trailing '.'.
//
// After a packet's header line, lines are noise until one holds the start of a status or request
// line, which is read from there; a packet whose payload continues a body holds none, and its
// lines are passed over, as a body's are.

type packetMode uint8

const (
	packetNone packetMode = iota
	packetTcpdump
	packetNgrep
)

type packetState struct {
	mode packetMode
	// noise: the lines after a tcpdump packet's header, until the HTTP text starts.
	noise bool
}

// packetLine handles a line of a packet dump. It returns the text to read as HTTP and whether
// there is any.
func (p *textParser) packetLine(raw []byte) ([]byte, bool) {
	b := trimEOL(raw)
	switch {
	case tcpdumpHeader(b):
		p.pkt.mode, p.pkt.noise = packetTcpdump, true
		return nil, false
	case ngrepHeader(b):
		p.pkt.mode = packetNgrep
		return nil, false
	}
	switch p.pkt.mode {
	case packetTcpdump:
		if !p.pkt.noise {
			return raw, true
		}
		if k := httpStart(b); k >= 0 {
			p.pkt.noise = false
			return raw[k:], true
		}
		return nil, false
	case packetNgrep:
		// The CR of each line is shown as a '.': the blank line that ends a header block is ".".
		if len(b) > 0 && b[len(b)-1] == '.' {
			return append(b[:len(b)-1:len(b)-1], '\r', '\n'), true
		}
	}
	return raw, true
}

// tcpdumpHeader recognises "00:13:02.035254 IP 127.0.0.1.18941 > 127.0.0.1.43416: Flags [P.], ...".
func tcpdumpHeader(b []byte) bool {
	n := dateTime(b)
	if n == 0 || n >= len(b) || b[n] != ' ' {
		return false
	}
	rest := b[n+1:]
	if !bytes.HasPrefix(rest, []byte("IP ")) && !bytes.HasPrefix(rest, []byte("IP6 ")) {
		return false
	}
	return bytes.Contains(rest, []byte(" > ")) && bytes.Contains(rest, []byte(": Flags ["))
}

// ngrepHeader recognises "T 127.0.0.1:18941 -> 127.0.0.1:43416 [AP] #6".
func ngrepHeader(b []byte) bool {
	if len(b) < 12 || b[0] != 'T' && b[0] != 'U' || b[1] != ' ' {
		return false
	}
	arrow := bytes.Index(b, []byte(" -> "))
	return arrow > 2 && bytes.Contains(b[arrow:], []byte(" ["))
}

// httpStart finds where a status line or a request line starts in a line of a packet's bytes.
func httpStart(b []byte) int {
	for off := 0; off < len(b); {
		i := bytes.Index(b[off:], []byte("HTTP/1."))
		if i < 0 {
			return -1
		}
		i += off
		if _, ok := statusFromLine(b[i:]); ok {
			return i
		}
		// A request line ends with its version: walk back over "GET /path ".
		if sp := bytes.LastIndexByte(b[:i], ' '); sp > 0 && i == sp+1 {
			if m := bytes.LastIndexByte(b[:sp], ' '); m > 0 {
				start := m
				for start > 0 && b[start-1] >= 'A' && b[start-1] <= 'Z' {
					start--
				}
				if start < m && isRequestLine(b[start:]) {
					return start
				}
			}
		}
		off = i + 1
	}
	return -1
}

// packetsClaim claims a packet dump from its first packet's header line.
func packetsClaim(h look) bool {
	return tcpdumpHeader([]byte(h.first())) || ngrepHeader([]byte(h.first()))
}
