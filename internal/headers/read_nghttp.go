package headers

import (
	"bytes"
	"strconv"
	"strings"
)

// The nghttp reader: nghttp -v's frame log. A response is the ":status" of a stream and its
// header lines; it ends with the frame that carries END_STREAM, so HTTP/2 trailers count.

type h2State struct {
	stream int // the stream of the open response
}

// h2Line handles "[  0.001] recv (stream_id=13) name: value" and the frame lines around it.
func (p *textParser) h2Line(b []byte) bool {
	end := bytes.IndexByte(b, ']')
	if end < 3 || end > 16 || end+1 >= len(b) || b[end+1] != ' ' {
		return false
	}
	for _, c := range b[1:end] {
		if !(c == ' ' || c == '.' || c >= '0' && c <= '9') {
			return false
		}
	}
	rest := b[end+2:]
	if p.mode != modeH2 {
		// Only nghttp's own lines switch to it: a log's "[ 12.345] ..." timestamps must not.
		if !bytes.HasPrefix(rest, []byte("recv ")) && !bytes.HasPrefix(rest, []byte("send ")) && !bytes.HasPrefix(rest, []byte("Connected")) {
			return false
		}
		p.mode = modeH2
	}
	if h, ok := bytes.CutPrefix(rest, []byte("recv (stream_id=")); ok {
		close := bytes.IndexByte(h, ')')
		if close < 0 {
			return true
		}
		stream, _ := strconv.Atoi(string(h[:close]))
		line := bytes.TrimLeft(h[close+1:], " ")
		if v, ok := bytes.CutPrefix(line, []byte(":status:")); ok {
			v = bytes.TrimSpace(v)
			code, _ := strconv.Atoi(string(v))
			p.start("HTTP/2 "+string(v), code)
			p.h2.stream = stream
			return true
		}
		if !p.d.open || stream != p.h2.stream {
			return true
		}
		if name, value, ok := headerLine(line); ok && isHeaderName(name) {
			p.values(value, false)
		}
		return true
	}
	// "recv DATA frame <length=14, flags=0x01, stream_id=13>": END_STREAM (0x1) ends the response,
	// after any trailers; so does a reset.
	if f, ok := bytes.CutPrefix(rest, []byte("recv ")); ok && p.d.open {
		id := frameField(f, "stream_id=")
		if id == p.h2.stream && (frameField(f, "flags=0x")&1 == 1 || bytes.HasPrefix(f, []byte("RST_STREAM"))) {
			p.endResponse()
		}
	}
	return true
}

// frameField reads a number after key in an nghttp frame line (hex after "0x"), or -1.
func frameField(b []byte, key string) int {
	i := bytes.Index(b, []byte(key))
	if i < 0 && key == "stream_id=" {
		return -1
	}
	if i < 0 {
		return -1
	}
	b = b[i+len(key):]
	j := 0
	for j < len(b) && hexVal(b[j]) >= 0 {
		j++
	}
	base := 10
	if key == "flags=0x" {
		base = 16
	}
	n, err := strconv.ParseInt(string(b[:j]), base, 32)
	if err != nil {
		return -1
	}
	return int(n)
}

// h2Claim claims nghttp -v's log from its first line: "[  0.001] Connected", "recv" or "send".
func h2Claim(h look) bool {
	t, ok := strings.CutPrefix(h.first(), "[")
	end := strings.Index(t, "] ")
	if !ok || end < 0 || strings.Trim(t[:end], " 0123456789.") != "" {
		return false
	}
	rest := t[end+2:]
	return strings.HasPrefix(rest, "Connected") || strings.HasPrefix(rest, "recv ") || strings.HasPrefix(rest, "send ")
}
