package headers

import (
	"bytes"
	"math"
	"strconv"
)

// Framing. A raw HTTP response's body is framed as net/http frames it: by Content-Length, or by
// the chunk sizes of a chunked body when they are shown (curl --raw). Nothing inside a framed body
// counts, not even a line that looks like a status line ("HTTP/1.1 200 OK" in release notes); the
// next response starts where the frame ends, even mid-line (a body without a final newline, glued
// to the next status line). Where framing is missing or does not fit what follows (a decoded body
// under Content-Encoding, a dump whose line ends were rewritten, a prefixed or quoted dump), the
// parser falls back to its state: after a header block, only a status line starts a response.
//
// A raw message keeps its line ends: where the header block ended in CRLF and the body is not
// framed (a chunked body shown decoded, as HTTPie and curl without --raw print it), a status line
// that ends in a bare LF is text of the body, not the next response, whose status line would end
// in CRLF as its headers did.

type frameState uint8

const (
	frameOff frameState = iota
	// frameFirst: the body's first line is next; a status line there means the response had no
	// body (an answer to HEAD, as curl -I prints several).
	frameFirst
	frameBytes
	frameChunkSize
	frameChunkData
	// frameLoose: an unframed body of a CRLF message; a status line ending in a bare LF is body.
	frameLoose
)

// bodyFrame is what the open header block said of its body, and how much of it is left.
type bodyFrame struct {
	code    int
	length  int64 // Content-Length, or -1
	chunked bool
	encoded bool // Content-Encoding: what is printed may be the decoded body, of another length
	state   frameState
	chunks  bool // frameFirst leads to chunk sizes, not to length bytes
	left    int64
	raw     bool // the block began with a real status line ("HTTP/1.1 200 OK")
	crlf    bool // the blank line that ended the header block was CRLF
}

// reset starts the header block of a response with the given status.
func (f *bodyFrame) reset(code int) { *f = bodyFrame{code: code, length: -1} }

// field notes a header block's field, name (HTTP token bytes) and value, where it frames the body.
func (f *bodyFrame) field(name, value []byte) {
	switch {
	case len(name) < 14:
		// (Most fields: told apart by their length.)
	case equalLower(name, "content-length"):
		if n, ok := contentLength(bytes.TrimSpace(value)); ok {
			f.length = n
		}
	case equalLower(name, "transfer-encoding"):
		f.chunked = bytes.Contains(bytes.ToLower(value), []byte("chunked"))
	case equalLower(name, "content-encoding"):
		f.encoded = true
	}
}

// equalLower reports whether name, made of HTTP token bytes, is lower (letters and '-') in any
// case. (Among token bytes, c|0x20 is a lower-case letter only for that letter in either case,
// and '-' only for '-'.)
func equalLower(name []byte, lower string) bool {
	if len(name) != len(lower) {
		return false
	}
	for i, c := range name {
		if c|0x20 != lower[i] {
			return false
		}
	}
	return true
}

// contentLength reads a Content-Length value as strconv.ParseInt(v, 10, 64) does (a sign, then
// digits), and reports whether it is a length (not negative, no overflow).
func contentLength(v []byte) (int64, bool) {
	neg := false
	if len(v) > 0 && (v[0] == '+' || v[0] == '-') {
		neg, v = v[0] == '-', v[1:]
	}
	if len(v) == 0 {
		return 0, false
	}
	var n int64
	for _, c := range v {
		if c < '0' || c > '9' || n > (math.MaxInt64-int64(c-'0'))/10 {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	if neg && n != 0 {
		return 0, false
	}
	return n, true
}

// begin is called at the blank line that ends the header block of raw HTTP text; crlf says
// whether that line ended in CRLF.
func (f *bodyFrame) begin(crlf bool) {
	f.state, f.crlf = frameOff, crlf
	if !f.raw || f.code < 200 || f.code == 204 || f.code == 304 {
		return // no body (RFC 9112, section 6.3)
	}
	switch {
	case f.chunked:
		f.state, f.chunks = frameFirst, true
	case f.length > 0 && !f.encoded:
		f.state, f.left = frameFirst, f.length
	default:
		f.unframed()
	}
}

// unframed falls back to the state for a body whose framing is missing or does not fit.
func (f *bodyFrame) unframed() {
	f.state = frameOff
	if f.crlf {
		f.state = frameLoose
	}
}

// take passes a raw line (with its end) through the frame. It returns the part of the line that
// lies past the frame, to be read as usual (all of it when the frame does not apply), and whether
// the frame took the line whole.
func (f *bodyFrame) take(raw []byte) (rest []byte, taken bool) {
	switch f.state {
	case frameFirst:
		if _, ok := statusFromLine(trimEOL(raw)); ok {
			f.state = frameOff // no body: the next response
			return raw, false
		}
		f.state = frameBytes
		if f.chunks {
			f.state = frameChunkSize
		}
		return f.take(raw)
	case frameBytes, frameChunkData:
		n := int64(len(raw))
		if n <= f.left {
			f.left -= n
			if f.left == 0 {
				if f.state == frameChunkData {
					f.state = frameChunkSize
				} else {
					f.state = frameOff
				}
			}
			return nil, true
		}
		// The frame ends inside this line: what follows it must be a status line (a body glued
		// to the next response), or the frame did not fit and the line is read as it is.
		tail := raw[f.left:]
		f.state, f.left = frameOff, 0
		if _, ok := statusFromLine(trimEOL(tail)); ok {
			return tail, false
		}
		return raw, false
	case frameChunkSize:
		size, ok := chunkSize(trimEOL(raw))
		if !ok {
			f.unframed() // not chunk sizes after all (a decoded body)
			return f.take(raw)
		}
		if size == 0 {
			f.state = frameOff // the last chunk; trailers follow, read as usual
			return nil, true
		}
		f.state, f.left = frameChunkData, size+2 // the data and its CRLF
		return nil, true
	case frameLoose:
		if crlfLine(raw) {
			f.state = frameOff // a CRLF line: the message's own text again, read as usual
			return raw, false
		}
		if _, ok := statusFromLine(trimEOL(raw)); ok {
			return nil, true
		}
	}
	return raw, false
}

// crlfLine reports whether a raw line ends in CRLF, or in a CR written out before its LF as a dump
// escapes it ("\x0d", escapedEOL): a line of the message's own text.
func crlfLine(raw []byte) bool {
	if bytes.HasSuffix(raw, []byte("\r\n")) {
		return true
	}
	_, cr := escapedEOL(trimEOL(raw))
	return cr
}

// chunkSize parses a chunk-size line: hex digits, then optional extensions after ';'.
func chunkSize(b []byte) (int64, bool) {
	if i := bytes.IndexByte(b, ';'); i >= 0 {
		b = b[:i]
	}
	b = bytes.TrimRight(b, " \t")
	if len(b) == 0 || len(b) > 15 {
		return 0, false
	}
	n, err := strconv.ParseInt(string(b), 16, 64)
	return n, err == nil
}
