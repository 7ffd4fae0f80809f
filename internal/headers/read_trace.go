package headers

import (
	"bytes"
	"strconv"
	"strings"
)

// The curl-trace reader: curl --trace and --trace-ascii. Its sections ("=> Send header", "<= Recv
// header", "<= Recv data") say which side each line is on; a section's offset lines (in text or as
// a hex dump) are put back together into the HTTP text they carry, which the HTTP reader reads.

// traceSection is the kind of the curl trace section being read.
type traceSection uint8

const (
	traceOther traceSection = iota
	traceRecvHeader
	traceSendHeader
	traceRecvData
)

type traceState struct {
	section traceSection
	hex     bool   // the trace is a hex dump (--trace), decided on its first offset line
	hexSet  bool   //
	line    []byte // the header line being put together from offset lines (bounded)
	has     bool   // line holds a line, possibly empty (a blank line ends a header block)
	next    int    // the offset at which a wrapped --trace-ascii line would continue
	// chunkEnd: a Recv data section has shown the last chunk ("0"); trailer fields follow.
	chunkEnd bool
}

// traceLine handles a curl trace marker or offset line.
func (p *textParser) traceLine(b []byte) bool {
	b = skipTraceTime(b)
	if len(b) >= 3 && (b[0] == '=' || b[0] == '<') && (b[1] == '=' || b[1] == '>') && b[2] == ' ' {
		rest := b[3:]
		var sec traceSection
		// curl marks what it received "<= ", what it sent "=> " and its own notes "== Info:":
		// a section under any other mark is no trace's.
		mark := string(b[:2])
		switch {
		case mark == "==" && !bytes.HasPrefix(rest, []byte("Info:")), mark == "<=" && !bytes.HasPrefix(rest, []byte("Recv")),
			mark == "=>" && !bytes.HasPrefix(rest, []byte("Send")), mark == "<>":
			return false
		case bytes.HasPrefix(rest, []byte("Recv header")):
			sec = traceRecvHeader
		case bytes.HasPrefix(rest, []byte("Send header")):
			sec = traceSendHeader
		case bytes.HasPrefix(rest, []byte("Recv data")):
			sec = traceRecvData
		case bytes.HasPrefix(rest, []byte("Info:")), bytes.HasPrefix(rest, []byte("Recv ")), bytes.HasPrefix(rest, []byte("Send ")):
			sec = traceOther
		default:
			return false
		}
		p.traceFlush()
		p.mode = modeTrace
		p.trace.section = sec
		if sec == traceSendHeader {
			p.request()
		}
		return true
	}
	if p.mode != modeTrace {
		return false
	}
	off, content, ok := traceOffset(b)
	if !ok {
		return false
	}
	if p.trace.section == traceRecvData {
		p.traceData(content)
		return true
	}
	if p.trace.section != traceRecvHeader {
		return true
	}
	if !p.trace.hexSet {
		p.trace.hex, p.trace.hexSet = isHexDump(content), true
	}
	if p.trace.hex {
		p.traceHex(content)
		return true
	}
	// --trace-ascii breaks its lines at CRLF and every 64 bytes: a line that starts where the last
	// one ended continues it; one that starts two bytes later (the CRLF) is a new line.
	if p.trace.has && off != p.trace.next {
		p.traceFlush()
	}
	p.traceAppend(content)
	p.trace.next = off + len(content)
	return true
}

// skipTraceTime skips the "12:00:00.000000 " of --trace-time and the "[0-0] " of --trace-ids.
func skipTraceTime(b []byte) []byte {
	if len(b) > 16 && b[2] == ':' && b[5] == ':' && b[8] == '.' {
		if i := bytes.IndexByte(b, ' '); i > 0 {
			b = b[i+1:]
		}
	}
	if len(b) > 4 && b[0] == '[' {
		if i := bytes.IndexByte(b, ']'); i > 0 && i < 24 && i+1 < len(b) && b[i+1] == ' ' {
			b = b[i+2:]
		}
	}
	return b
}

// traceOffset splits "0040: content".
func traceOffset(b []byte) (int, []byte, bool) {
	i := bytes.IndexByte(b, ':')
	if i < 4 || i > 8 || len(b) < i+1 || (len(b) > i+1 && b[i+1] != ' ') {
		return 0, nil, false
	}
	n, err := strconv.ParseUint(string(b[:i]), 16, 32)
	if err != nil {
		return 0, nil, false
	}
	return int(n), b[min(i+2, len(b)):], true
}

// isHexDump recognises --trace's "48 54 54 50 ..." columns.
func isHexDump(c []byte) bool {
	if len(c) < 3 {
		return false
	}
	return hexVal(c[0]) >= 0 && hexVal(c[1]) >= 0 && c[2] == ' '
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// traceHex decodes up to 16 hex pairs and feeds the bytes line by line.
func (p *textParser) traceHex(c []byte) {
	for i := 0; i < 16 && i*3+1 < len(c); i++ {
		hi, lo := hexVal(c[i*3]), hexVal(c[i*3+1])
		if hi < 0 || lo < 0 {
			break
		}
		v := byte(hi<<4 | lo)
		if v == '\n' {
			p.trace.has = true
			p.traceFlush()
			continue
		}
		p.traceAppend([]byte{v})
	}
}

func (p *textParser) traceAppend(b []byte) {
	p.trace.has = true
	if room := lineHead - len(p.trace.line); room > 0 {
		p.trace.line = append(p.trace.line, b[:min(len(b), room)]...)
	}
}

// traceData reads a chunked body's trailer section from --trace-ascii's data lines, for a response
// that announced an mtapistatus trailer: after the last chunk ("0"), each line is a trailer field
// until a blank line. Chunk data never counts.
func (p *textParser) traceData(c []byte) {
	if !p.trailer || !p.d.open || p.trace.hex {
		return
	}
	c = bytes.TrimSuffix(c, []byte("\r"))
	switch {
	case !p.trace.chunkEnd:
		p.trace.chunkEnd = len(bytes.TrimLeft(c, "0")) == 0 && len(c) > 0
	case len(c) == 0:
		p.endResponse()
		p.trailer, p.trace.chunkEnd = false, false
	default:
		if name, value, ok := headerLine(c); ok && isHeaderName(name) {
			p.values(value, false)
		}
	}
}

// traceFlush reads the header line put together so far as HTTP text.
func (p *textParser) traceFlush() {
	if p.trace.has && p.trace.section == traceRecvHeader {
		p.content(bytes.TrimSuffix(p.trace.line, []byte("\r")), false)
	}
	p.trace.line, p.trace.has = p.trace.line[:0], false
}

// traceClaim claims a curl trace from its first line: an "== Info:" line or a section's marker,
// after --trace-time's clock if there is one.
func traceClaim(h look) bool {
	t := string(skipTraceTime([]byte(h.first())))
	return strings.HasPrefix(t, "== Info:") || strings.HasPrefix(t, "=> Send ") || strings.HasPrefix(t, "<= Recv ")
}
