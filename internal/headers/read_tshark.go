package headers

import (
	"bytes"
	"strconv"
)

// The tshark reader: Wireshark's packet trees (tshark -V, -O http,http2). HTTP/1 is read as HTTP
// text; HTTP/2's "Header: name: value" lines are read by stream; the trees of other protocols
// never count.

// tsharkState is the tshark reader's: the protocol tree being read, the stream of the frame being
// read, and the stream of the open HTTP/2 response.
type tsharkState struct {
	proto               tsharkProto
	frameStream, stream int
}

// tsharkProto is the protocol tree a tshark text line belongs to.
type tsharkProto uint8

const (
	tsharkOther tsharkProto = iota
	tsharkHTTP1
	tsharkHTTP2
)

// tsharkLine handles a line of Wireshark's packet tree: packet and protocol headings, and HTTP/2
// header lines. It reports false for a line the HTTP/1 reader should read.
func (p *textParser) tsharkLine(b []byte) bool {
	if b[0] != ' ' {
		switch {
		case bytes.HasPrefix(b, []byte("Frame ")) && bytes.Contains(b, []byte(" bytes on wire")):
			p.mode = modeTshark
			p.tshark.proto = tsharkOther
		case p.mode != modeTshark:
			return false
		case bytes.HasPrefix(b, []byte("HyperText Transfer Protocol 2")):
			p.tshark.proto = tsharkHTTP2
		case bytes.HasPrefix(b, []byte("Hypertext Transfer Protocol")):
			if p.tshark.proto != tsharkHTTP1 && p.state == inBody {
				p.state = loose
			}
			p.tshark.proto = tsharkHTTP1
		default:
			p.tshark.proto = tsharkOther
		}
		return true
	}
	if p.mode == modeTshark && p.tshark.proto == tsharkHTTP1 {
		// A chunked response's trailer section: "trailer-part: Mtapistatus: 4041001\r\n", read as
		// the trailer field it is (the response announced it with Trailer: mtapistatus).
		if t, ok := bytes.CutPrefix(bytes.TrimLeft(b, " "), []byte("trailer-part: ")); ok {
			p.content(t, false)
			return true
		}
	}
	if p.mode != modeTshark || p.tshark.proto != tsharkHTTP2 {
		return p.mode == modeTshark && p.tshark.proto == tsharkOther
	}
	t := bytes.TrimLeft(b, " ")
	if rest, ok := bytes.CutPrefix(t, []byte("Stream: ")); ok {
		p.tshark.frameStream = frameField(rest, "Stream ID: ")
		return true
	}
	h, ok := bytes.CutPrefix(t, []byte("Header: "))
	if !ok {
		return true
	}
	switch {
	case bytes.HasPrefix(h, []byte(":status: ")):
		v := bytes.TrimSpace(h[len(":status: "):])
		code, _ := strconv.Atoi(string(v[:min(3, len(v))]))
		p.start("HTTP/2 "+string(v), code)
		p.tshark.stream = p.tshark.frameStream
		p.state = inHeaders
	case bytes.HasPrefix(h, []byte(":method: ")):
		p.request()
	case p.d.open && p.state == inHeaders && p.tshark.frameStream == p.tshark.stream:
		if name, value, ok := headerLine(h); ok && isHeaderName(name) {
			p.values(value, false)
		}
	}
	return true
}

// tsharkClaim claims Wireshark's text from its first packet heading.
func tsharkClaim(h look) bool { return tsharkFrame(h.first()) }
