package headers

import (
	"bytes"
	"strconv"
	"strings"
)

// The go-http2 reader: the debug log of Go's HTTP/2 client (GODEBUG=http2debug=2), each line after
// log's "2006/01/02 15:04:05 " clock:
//
//	http2: Transport encoding header "mtapistatus" = "555001"       the request's headers
//	http2: Framer 0x…: read HEADERS flags=END_HEADERS stream=1 len=133
//	http2: decoded hpack field header field ":status" = "400"        a response starts
//	http2: decoded hpack field header field "mtapistatus" = "617020"
//	http2: Framer 0x…: read DATA flags=END_STREAM stream=1 len=35 data="…"
//
// A response is its stream's ":status" and the fields decoded after it; it ends with the frame
// that ends its stream (so trailers count) or at the next request. What was encoded was sent, and
// a frame's data is a body: neither ever counts.

// modeGoH2 is the reader's mode while it holds the input.
const modeGoH2 = textMode(famGoH2)

// goH2State is the reader's own state.
type goH2State struct {
	// stream is the stream of the HEADERS frame last read, and of the open response.
	frame, stream int
	// sending: the request's headers are being encoded; ending: the HEADERS frame being decoded
	// ends its stream (trailers), so the response ends after its fields.
	sending, ending bool
}

// goH2Line reads one line of the log and reports whether it was the reader's.
func (p *textParser) goH2Line(b []byte) bool {
	rest, ok := bytes.CutPrefix(skipGoLogTime(b), []byte("http2: "))
	if !ok {
		return false
	}
	p.mode = modeGoH2
	s := readerState[goH2State](p, famGoH2)
	if s.ending && !bytes.HasPrefix(rest, []byte("decoded hpack field ")) {
		s.ending = false
		p.endResponse()
	}
	switch {
	case bytes.HasPrefix(rest, []byte("Transport encoding header ")):
		if !s.sending {
			s.sending = true
			p.request()
		}
		p.passOver(rest, RoleRequest, "encoded by the client: the request's header")
	case bytes.HasPrefix(rest, []byte("decoded hpack field header field ")):
		s.sending = false
		p.goH2Field(s, rest[len("decoded hpack field header field "):])
	case bytes.HasPrefix(rest, []byte("Framer ")):
		s.sending = false
		p.goH2Frame(s, rest)
	}
	return true
}

// goH2Field reads a decoded field: ":status" starts its stream's response; the others are its
// header (or trailer) fields.
func (p *textParser) goH2Field(s *goH2State, f []byte) {
	name, value, ok := goQuotedPair(f)
	switch {
	case !ok:
	case name == ":status":
		code, _ := strconv.Atoi(value)
		p.start("HTTP/2 "+value, code)
		s.stream = s.frame
	case isHeaderName([]byte(name)) && p.d.open && s.stream == s.frame:
		p.values([]byte(value), false)
	}
}

// goH2Frame follows the frames read: a HEADERS frame says whose fields are decoded next, and a frame
// with END_STREAM (or a reset) ends its stream's response.
func (p *textParser) goH2Frame(s *goH2State, f []byte) {
	i := bytes.Index(f, []byte(": read "))
	if i < 0 {
		return // a frame written: the request side, already told by its encoded headers
	}
	frame := f[i+len(": read "):]
	id := frameField(frame, "stream=")
	if bytes.HasPrefix(frame, []byte("HEADERS ")) {
		s.frame = id
		if id == s.stream && p.d.open && bytes.Contains(frame, []byte("END_STREAM")) {
			s.ending = true // its fields come first: it ends at the line after them
			return
		}
	}
	if data := bytes.Index(frame, []byte(" data=")); data >= 0 {
		p.passOver(frame[data:], RoleOther, "a DATA frame's bytes: the response's body")
		frame = frame[:data]
	}
	if id == s.stream && p.d.open && (bytes.Contains(frame, []byte("END_STREAM")) || bytes.HasPrefix(frame, []byte("RST_STREAM"))) {
		p.endResponse()
	}
}

// goQuotedPair splits `"name" = "value"` as Go's %q wrote it.
func goQuotedPair(b []byte) (name, value string, ok bool) {
	n, rest, ok := bytes.Cut(b, []byte(" = "))
	if !ok {
		return "", "", false
	}
	name, err := strconv.Unquote(string(n))
	if err != nil {
		return "", "", false
	}
	value, err = strconv.Unquote(string(rest))
	return name, value, err == nil
}

// skipGoLogTime passes over the clock Go's log package writes first: "2006/01/02 15:04:05 ", with
// microseconds where the logger asks for them.
func skipGoLogTime(b []byte) []byte {
	if len(b) < 20 || b[4] != '/' || b[7] != '/' || b[10] != ' ' || b[13] != ':' || b[16] != ':' {
		return b
	}
	i := 19
	if b[i] == '.' {
		for i++; i < len(b) && isDigit(b[i]); i++ {
		}
	}
	if i < len(b) && b[i] == ' ' {
		return b[i+1:]
	}
	return b
}

// goH2Claim claims the log from its first line.
func goH2Claim(h look) bool {
	return strings.HasPrefix(string(skipGoLogTime([]byte(h.first()))), "http2: ")
}
