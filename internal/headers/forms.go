package headers

import (
	"bytes"
	"strconv"

	"github.com/mtapi-cli/mtapi/codes"
)

// The debug, trace and log formats that wrap HTTP text in a prefix of their own. Each is recognised
// by its marker lines, and from then on the parser unwraps every line before it reads it as HTTP:
//
//   - curl --trace-ascii / --trace: "=> Send header", "<= Recv header", "<= Recv data" sections whose
//     lines carry an offset ("0000: "), in text or as a hex dump;
//   - nghttp -v: "[  0.001] recv (stream_id=13) mtapistatus: 617020", a response ending with the
//     frame that carries END_STREAM (so HTTP/2 trailers count);
//   - Python's http.client debug output: "reply: 'HTTP/1.1 400 Bad Request\r\n'" then
//     "header: mtapistatus: 617020", one block per response, redirects included;
//   - W3C extended logs (IIS): a "#Fields:" directive naming an mtapistatus column, "-" for absent;
//   - Ruby's Net::HTTP debug output (set_debug_output): -> "Name: value\r\n" lines read, <- "..."
//     lines sent;
//   - Wireshark's text (tshark -V, -O): "Frame 4: ..." packets, each a tree of protocols. HTTP/1 is
//     read as HTTP text; HTTP/2's "Header: name: value" lines are read by stream; the trees of
//     other protocols (a body dissected as JSON or text lines) never count.
type textMode uint8

const (
	modeNone textMode = iota
	modeTrace
	modeH2
	modePython
	modeW3C
	modeTshark
	modeRuby
	modeOkHTTP // lines between the markers are HTTP text
	modePS     // PowerShell's Format-List of a web response object (see powershell.go)
)

// tsharkProto is the protocol tree a tshark text line belongs to.
type tsharkProto uint8

const (
	tsharkOther tsharkProto = iota
	tsharkHTTP1
	tsharkHTTP2
)

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

type h2State struct {
	stream int // the stream of the open response
	// For tshark: the protocol tree being read, and the stream of the frame being read.
	proto       tsharkProto
	frameStream int
}

type w3cState struct {
	col, statusCol int // 0-based columns of mtapistatus and sc-status; -1 when absent
}

// maxW3CFields bounds the columns a #Fields directive may name.
const maxW3CFields = 1024

// framed recognises and unwraps the prefixed formats. It reports whether it handled the line, and,
// like line, whether the rest of a long line is a value to stream (never, here: prefixed formats
// put one header per line and their values are short).
func (p *textParser) framed(b []byte, partial bool) (bool, bool) {
	if len(b) == 0 {
		if p.mode == modeTrace || p.mode == modeH2 || p.mode == modeRuby || p.mode == modeTshark && p.h2.proto != tsharkHTTP1 {
			return true, false
		}
		if p.mode == modePython {
			p.endPython()
		}
		return false, false
	}
	if took, stream := p.markers(b, partial); took {
		return true, stream
	}
	if p.mode == modeTshark {
		// A line of a protocol tree other than HTTP's, or of none.
		return p.h2.proto != tsharkHTTP1, false
	}
	switch p.mode {
	case modeTrace, modeH2, modeRuby:
		// Anything else between the markers (a body written to the same stream, nghttp's request
		// dump and frame details) is not a response header.
		return true, false
	case modePython:
		p.endPython()
	case modeW3C:
		p.w3cRow(b)
		return true, false
	}
	return false, false
}

// --- curl --trace / --trace-ascii ---

// traceLine handles a curl trace marker or offset line.
func (p *textParser) traceLine(b []byte) bool {
	b = skipTraceTime(b)
	if len(b) >= 3 && (b[0] == '=' || b[0] == '<') && (b[1] == '=' || b[1] == '>') && b[2] == ' ' {
		rest := b[3:]
		var sec traceSection
		switch {
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

// --- nghttp -v ---

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

// --- Python http.client debug output ---

// pythonLine handles http.client's "send: ", "reply: " and "header: " lines.
func (p *textParser) pythonLine(b []byte) bool {
	switch {
	case bytes.HasPrefix(b, []byte("reply: '")) || bytes.HasPrefix(b, []byte(`reply: "`)):
		line := bytes.TrimSuffix(b[8:], b[7:8])
		line = bytes.TrimSuffix(line, []byte(`\r\n`))
		code, ok := statusFromLine(line)
		if !ok {
			return false
		}
		p.mode = modePython
		p.status(line, code, 0)
		return true
	case bytes.HasPrefix(b, []byte("send: b'")) || bytes.HasPrefix(b, []byte(`send: b"`)):
		p.mode = modePython
		p.request()
		return true
	case p.mode == modePython && bytes.HasPrefix(b, []byte("header: ")):
		if p.state == inHeaders {
			p.headerBlockLine(b[8:], 0, false)
		}
		return true
	}
	return false
}

// endPython ends the response at the first line that is not one of its "header: " lines.
func (p *textParser) endPython() {
	if p.state == inHeaders {
		p.endResponse()
		p.state = inBody
	}
}

// --- W3C extended log format (IIS) ---

// w3cDirective handles "#Fields:" and the other directives.
func (p *textParser) w3cDirective(b []byte) bool {
	for _, d := range [...]string{"#Software:", "#Version:", "#Date:", "#Remark:", "#Start-Date:", "#End-Date:"} {
		if bytes.HasPrefix(b, []byte(d)) {
			// Only #Fields: starts the format; these are skipped once it has started.
			return p.mode == modeW3C
		}
	}
	fields, ok := bytes.CutPrefix(b, []byte("#Fields:"))
	if !ok {
		return false
	}
	p.endLoose()
	p.mode = modeW3C
	p.w3c = w3cState{col: -1, statusCol: -1}
	for i, f := range bytes.Fields(fields) {
		if i >= maxW3CFields {
			break
		}
		switch {
		case isW3CHeaderField(f):
			p.w3c.col = i
		case bytes.EqualFold(f, []byte("sc-status")):
			p.w3c.statusCol = i
		}
	}
	return true
}

// isW3CHeaderField accepts "mtapistatus" and the W3C prefix-header form "sc(mtapistatus)",
// "rs(mtapistatus)".
func isW3CHeaderField(f []byte) bool {
	if i := bytes.IndexByte(f, '('); i > 0 && i <= 3 && f[len(f)-1] == ')' {
		// cs( and sr( are request headers (client to server, server to remote server).
		if p := string(f[:i]); p == "cs" || p == "sr" || p == "c" {
			return false
		}
		f = f[i+1 : len(f)-1]
	}
	return isHeaderName(f)
}

// w3cRow reads one log entry: a response, with its mtapistatus column ("-" when absent).
func (p *textParser) w3cRow(b []byte) {
	if p.w3c.col < 0 || b[0] == '#' {
		return
	}
	var val, status []byte
	col := 0
	for i := 0; i < len(b); col++ {
		for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
			i++
		}
		j := i
		for j < len(b) && b[j] != ' ' && b[j] != '\t' {
			j++
		}
		if col == p.w3c.col {
			val = b[i:j]
		}
		if col == p.w3c.statusCol {
			status = b[i:j]
		}
		i = j
		if col >= p.w3c.col && col >= p.w3c.statusCol {
			break
		}
	}
	if val == nil {
		return
	}
	var r values
	code := 0
	if n, err := strconv.Atoi(string(status)); err == nil && n >= 100 && n <= 999 {
		code = n
	}
	if len(val) > 0 && string(val) != "-" {
		// W3C logs write a space as "+".
		r.addValue(string(bytes.ReplaceAll(val, []byte("+"), []byte(" "))))
	}
	p.whole("", code, &r)
}

// --- key=value and "name: value" inside a log line ---

// inlineKV finds "mtapistatus=617020" or "mtapistatus: 617020" in a free-text log line. The name
// must stand alone (not "x-mtapistatus", not a URL's "?mtapistatus="); the value is quoted or runs to
// white space, and a value ending in a comma goes on to the next word. "-" and an empty value (what
// nginx logs for an absent header) mean absent. From the offset dump on (a bracket the structured
// reader has read, or -1 for none), a mention inside a quoted string is a printed value ('x-note':
// 'see mtapistatus: 999999'), not a field. It returns how many times the line held the field.
func inlineKV(b []byte, dump int, r *values) int {
	held := 0
	n := len(codes.HeaderName)
	for off := 0; off+n <= len(b); {
		i := indexFold(b[off:])
		if i < 0 {
			break
		}
		i += off
		off = i + n
		if dump >= 0 && i > dump && quoted(b[dump:i]) {
			continue
		}
		if dump >= 0 && i > dump && insideBrackets(b[dump:i]) && !memberStart(b[dump:i]) {
			// Inside brackets, a field starts a member ("(mtapistatus: 617020)", "{a: 1,
			// mtapistatus: 2}"); after a word it is running text ("{555001|retry after
			// mtapistatus: 555004}", HAProxy's captured headers).
			continue
		}
		if q := openQuote(b[:i]); q >= 0 && q != i-1 {
			// Inside another field's quoted value: x-note="retry after mtapistatus: 555004",
			// "x-note" = "...", msg="... mtapistatus: 1 ...". A quoted string that is the field
			// itself starts with the name ("mtapistatus: 617020").
			continue
		}
		if i > 0 && !httpVarPrefix(b[:i]) {
			if c := b[i-1]; isWordByte(c) || c == '?' || c == '&' || c == '/' || c == '.' || c == '$' {
				continue
			}
		}
		rest := b[i+n:]
		if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') && i > 0 && b[i-1] == rest[0] {
			rest = rest[1:]
		}
		k := 0
		for k < len(rest) && rest[k] == ' ' {
			k++
		}
		if k >= len(rest) || (rest[k] != ':' && rest[k] != '=') {
			continue
		}
		eq := rest[k] == '='
		k++
		if k < len(rest) && rest[k] == '>' {
			k++
			eq = false
		}
		if eq && (k == len(rest) || rest[k] == ' ' || rest[k] == '\t') {
			// logfmt's "mtapistatus= msg=..." and nginx's "mtapistatus= ": an empty value, absent.
			held++
			r.found = true
			continue
		}
		for k < len(rest) && rest[k] == ' ' {
			k++
		}
		v := kvValue(rest[k:])
		held++
		r.found = true
		if t := bytes.TrimSpace(v); len(t) > 0 && string(t) != "-" {
			r.addValue(string(t))
		}
	}
	return held
}

// memberStart reports whether what precedes a name (b, from an opening bracket on) ends where a
// member of a printed object or list may start: after a bracket, a comma or a semicolon, or a
// quote that opens the name.
func memberStart(b []byte) bool {
	t := bytes.TrimRight(b, " \t")
	if len(t) == 0 {
		return true
	}
	switch t[len(t)-1] {
	case '{', '(', '[', ',', ';', '"', '\'':
		return true
	}
	return false
}

// insideBrackets reports whether the end of b lies inside a bracket opened in b.
func insideBrackets(b []byte) bool {
	depth := 0
	for _, c := range b {
		switch c {
		case '{', '(', '[':
			depth++
		case '}', ')', ']':
			depth = max(0, depth-1)
		}
	}
	return depth > 0
}

// openQuote returns the offset of the double quote that opens the string the end of b is inside,
// or -1. (Single quotes are apostrophes in free text too often to tell.)
func openQuote(b []byte) int {
	q := -1
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case q >= 0 && c == '\\':
			i++
		case c == '"' && q >= 0:
			q = -1
		case c == '"':
			q = i
		}
	}
	return q
}

// quoted reports whether the end of b is inside a quoted string.
func quoted(b []byte) bool {
	var q byte
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case q != 0 && c == '\\':
			i++
		case q != 0 && c == q:
			q = 0
		case q == 0 && (c == '"' || c == '\''):
			q = c
		}
	}
	return q != 0
}

// kvValue reads a field's value: quoted, or up to white space or punctuation that ends a field. A
// comma carries a list on: "617020, 901002", "617020 ,, 901002" (nginx logs the header as sent),
// and Spring's quoted list "617020, 901002", "4041001".
func kvValue(rest []byte) []byte {
	if len(rest) > 0 && (rest[0] == '"' || rest[0] == '\'') {
		q := rest[0]
		end := 0
		for {
			e := bytes.IndexByte(rest[end+1:], q)
			if e < 0 {
				return rest[1:]
			}
			end += 1 + e
			// "a", "b": another quoted element of the same list follows.
			next := bytes.TrimLeft(rest[end+1:], " \t")
			if len(next) < 2 || next[0] != ',' {
				break
			}
			next = bytes.TrimLeft(next[1:], " \t")
			if len(next) == 0 || next[0] != q {
				break
			}
			end = len(rest) - len(next)
		}
		return rest[1:end]
	}
	e := 0
	for e < len(rest) {
		c := rest[e]
		if c == ' ' || c == '\t' {
			j := e
			for j < len(rest) && (rest[j] == ' ' || rest[j] == '\t') {
				j++
			}
			prev := bytes.TrimRight(rest[:e], " \t")
			switch {
			case j < len(rest) && rest[j] == ',':
				// "617020 ,, 901002": the list goes on after the space.
				e = j
				continue
			case len(prev) > 0 && prev[len(prev)-1] == ',' && j < len(rest) && (rest[j] >= '0' && rest[j] <= '9' || rest[j] == '-'):
				e = j
				continue
			}
			break
		}
		if c == ';' || c == '&' || c == '|' || c == ')' || c == '}' || c == ']' || c == '"' || c == '\'' {
			break
		}
		e++
	}
	return bytes.TrimRight(rest[:e], ", \t")
}

// indexFold finds the header's name in b, in any case, or returns -1.
func indexFold(b []byte) int {
	n := len(codes.HeaderName)
	best := -1
	for _, first := range [...]byte{'m', 'M'} {
		for off := 0; off+n <= len(b); {
			i := bytes.IndexByte(b[off:], first)
			if i < 0 {
				break
			}
			i += off
			if i+n <= len(b) && bytes.EqualFold(b[i:i+n], []byte(codes.HeaderName)) {
				if best < 0 || i < best {
					best = i
				}
				break
			}
			off = i + 1
		}
	}
	return best
}

// accessLogStatus reads the status of a log line: the number after the quoted request of a
// common/combined log line ("GET / HTTP/1.1" 400), or a status=400 / status: 400 field.
func accessLogStatus(b []byte) int {
	i := bytes.Index(b, []byte(` HTTP/`))
	if i < 0 {
		return statusField(b)
	}
	q := bytes.IndexByte(b[i:], '"')
	if q < 0 {
		return 0
	}
	rest := b[i+q+1:]
	if len(rest) < 5 || rest[0] != ' ' {
		return 0
	}
	code := 0
	for _, c := range rest[1:4] {
		if c < '0' || c > '9' {
			return 0
		}
		code = code*10 + int(c-'0')
	}
	if len(rest) > 4 && rest[4] != ' ' {
		return 0
	}
	return code
}

// httpVarPrefix recognises nginx's variable names for the response's header, used as log keys:
// sent_http_mtapistatus, upstream_http_mtapistatus. nginx's http_mtapistatus alone is the
// request's header, which never counts.
func httpVarPrefix(b []byte) bool {
	const p = "http_"
	if len(b) <= len(p) || !bytes.EqualFold(b[len(b)-len(p):], []byte(p)) {
		return false
	}
	return b[len(b)-len(p)-1] == '_'
}

// --- tshark -V / -O ---

// tsharkLine handles a line of Wireshark's packet tree: packet and protocol headings, and HTTP/2
// header lines. It reports false for a line the HTTP/1 reader should read.
func (p *textParser) tsharkLine(b []byte) bool {
	if b[0] != ' ' {
		switch {
		case bytes.HasPrefix(b, []byte("Frame ")) && bytes.Contains(b, []byte(" bytes on wire")):
			p.mode = modeTshark
			p.h2.proto = tsharkOther
		case p.mode != modeTshark:
			return false
		case bytes.HasPrefix(b, []byte("HyperText Transfer Protocol 2")):
			p.h2.proto = tsharkHTTP2
		case bytes.HasPrefix(b, []byte("Hypertext Transfer Protocol")):
			if p.h2.proto != tsharkHTTP1 && p.state == inBody {
				p.state = loose
			}
			p.h2.proto = tsharkHTTP1
		default:
			p.h2.proto = tsharkOther
		}
		return true
	}
	if p.mode == modeTshark && p.h2.proto == tsharkHTTP1 {
		// A chunked response's trailer section: "trailer-part: Mtapistatus: 4041001\r\n", read as
		// the trailer field it is (the response announced it with Trailer: mtapistatus).
		if t, ok := bytes.CutPrefix(bytes.TrimLeft(b, " "), []byte("trailer-part: ")); ok {
			p.content(t, false)
			return true
		}
	}
	if p.mode != modeTshark || p.h2.proto != tsharkHTTP2 {
		return p.mode == modeTshark && p.h2.proto == tsharkOther
	}
	t := bytes.TrimLeft(b, " ")
	if rest, ok := bytes.CutPrefix(t, []byte("Stream: ")); ok {
		p.h2.frameStream = frameField(rest, "Stream ID: ")
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
		p.h2.stream = p.h2.frameStream
		p.state = inHeaders
	case bytes.HasPrefix(h, []byte(":method: ")):
		p.request()
	case p.d.open && p.state == inHeaders && p.h2.frameStream == p.h2.stream:
		if name, value, ok := headerLine(h); ok && isHeaderName(name) {
			p.values(value, false)
		}
	}
	return true
}

// --- Ruby Net::HTTP debug output ---

// rubyLine handles -> "..." (read) and <- "..." (sent) lines: what was read is unquoted and read
// as HTTP text, what was sent is a request.
func (p *textParser) rubyLine(b []byte) bool {
	if len(b) < 5 || b[2] != ' ' || b[3] != '"' || b[len(b)-1] != '"' {
		return false
	}
	switch string(b[:2]) {
	case "<-":
		p.mode = modeRuby
		p.request()
		return true
	case "->":
		p.mode = modeRuby
		line := rubyUnquote(b[4 : len(b)-1])
		for _, l := range bytes.Split(bytes.TrimSuffix(line, []byte("\r\n")), []byte("\r\n")) {
			p.content(l, false)
		}
		return true
	}
	return false
}

// rubyUnquote undoes String#inspect's escapes (\r, \n, \t, \e, \", \\; \xNN).
func rubyUnquote(b []byte) []byte {
	if bytes.IndexByte(b, '\\') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' || i+1 >= len(b) {
			out = append(out, b[i])
			continue
		}
		i++
		switch c := b[i]; c {
		case 'r':
			out = append(out, '\r')
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case 'e':
			out = append(out, 0x1b)
		case 'x':
			if i+2 < len(b) && hexVal(b[i+1]) >= 0 && hexVal(b[i+2]) >= 0 {
				out = append(out, byte(hexVal(b[i+1])<<4|hexVal(b[i+2])))
				i += 2
			}
		default:
			out = append(out, c)
		}
	}
	return out
}

// --- OkHttp's HttpLoggingInterceptor ---

// okhttpLine handles "--> GET url" (a request, whose headers follow), "<-- 400 Bad Request url
// (15ms)" (a response, whose headers follow) and their "END" lines.
func (p *textParser) okhttpLine(b []byte) bool {
	if p.mode != modeNone && p.mode != modeOkHTTP {
		return false
	}
	switch {
	case bytes.HasPrefix(b, []byte("--> END")):
		return p.mode == modeOkHTTP
	case bytes.HasPrefix(b, []byte("--> ")):
		// "--> GET http://host/path": an upper-case method, then the URL.
		m := wordLen(b[4:])
		if m == 0 || !isUpper(b[4:4+m]) || !bytes.HasPrefix(b[4+m:], []byte(" http")) {
			return false
		}
		p.mode = modeOkHTTP
		p.request()
		return true
	case bytes.HasPrefix(b, []byte("<-- END")):
		if p.state == inHeaders {
			p.endResponse()
			p.state = inBody
		}
		return true
	case bytes.HasPrefix(b, []byte("<-- ")) && len(b) >= 7:
		code, err := strconv.Atoi(string(b[4:7]))
		if err != nil || code < 100 || len(b) > 7 && b[7] != ' ' {
			return false
		}
		line := b[4:]
		if i := bytes.Index(line, []byte(" http")); i > 0 {
			line = line[:i]
		}
		p.mode = modeOkHTTP
		p.status(append([]byte("HTTP "), line...), code, 0)
		return true
	}
	return false
}

// statusField finds "status=400", "status: 400" or "status":400 as a field of its own (not
// mtapistatus=, not http_status_text).
func statusField(b []byte) int {
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte("status"))
		if i < 0 {
			return 0
		}
		i += off
		off = i + 1
		if i > 0 && (isWordByte(b[i-1]) && b[i-1] != '_' || b[i-1] == '.') {
			continue
		}
		rest := bytes.TrimPrefix(b[i+len("status"):], []byte(`"`))
		if len(rest) == 0 || rest[0] != '=' && rest[0] != ':' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], ` "`)
		if len(rest) < 3 || len(rest) > 3 && rest[3] >= '0' && rest[3] <= '9' {
			continue
		}
		if code, err := strconv.Atoi(string(rest[:3])); err == nil && code >= 100 {
			return code
		}
	}
}

func isUpper(b []byte) bool {
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}
