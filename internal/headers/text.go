package headers

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"iter"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

type textState int

const (
	// loose: no status line yet (a pasted header block, a log): any mtapistatus header line counts,
	// blocks of header lines are responses.
	loose textState = iota
	// inHeaders: after a status line, until the blank line that ends the header block.
	inHeaders
	// inBody: after the header block; nothing counts until the next status line.
	inBody
	// inRequest: after a request line ("GET / HTTP/1.1") or curl's "> " lines; nothing counts.
	inRequest
)

type textParser struct {
	// d is the decision layer, which the records read here go to (decide.go).
	d decider
	// table is the reader table (readers.go); only is the set of readers --format leaves on.
	table *markerTable
	only  family
	// slots hold the state of readers that keep it apart (readerState), one per family bit.
	slots [32]any
	state textState
	// statusLines are the last status lines read, reused while they repeat; nextStatus is the
	// one to replace next.
	statusLines [4]string
	nextStatus  int
	indent      int  // leading spaces of the status line (wget -S indents by two)
	lastMT      bool // the last header line was mtapistatus, so continuation lines add values
	scratch     []byte
	// pendingEmpty is an mtapistatus header with an empty value, whose value may follow on the next
	// line (browser developer tools copy "name:" and the value on separate lines).
	pendingEmpty bool
	// yamlItems: the values after such a header are a YAML list's items ("- '617023'"), and more
	// may follow.
	yamlItems bool
	// pendingCode and pendingLine come from a .NET HttpResponseMessage line, for the headers below it.
	pendingCode int
	pendingLine string
	// trailer: the response announced an mtapistatus trailer (Trailer: mtapistatus), so it stays
	// open after its header block; sawTrailer: a trailer field has been read.
	trailer, sawTrailer bool
	// lineNo counts lines; afterBlock is the line number of a blank line that ended a loose header
	// block; bareEnd, of one that ended the header block of a status without its version.
	lineNo, afterBlock, bareEnd int
	// bare: the response's status had no version ("409 Conflict").
	bare bool
	// inline reads headers printed inside a line (logfields.go).
	dump *inlineReader
	// crlf: the line being read ended in CRLF, as raw HTTP does.
	crlf bool
	// writtenEOL: clean took off a line end written out ("\r\n"), as a logger dumping raw
	// lines writes it.
	writtenEOL bool
	// mode is the debug or log format recognised so far; see forms.go.
	mode textMode
	pre  prefixState
	pkt  packetState
	xml  xmlState
	ps   psState
	// section is the titled group being read (see sections.go); pairName says what the last line,
	// a name alone, was the name of.
	section  section
	pairName sectionPair
	// inLogfmt: inline is reading the unquoted value of a logfmt field (once, never deeper).
	inLogfmt bool
	// lastHeaderLine is the number of the last line read as a loose header.
	lastHeaderLine int
	// nested: this parser reads text found inside a JSON string; it looks no deeper.
	nested bool
	trace  traceState
	h2     h2State
	tshark tsharkState
	w3c    w3cState
	// body frames a raw response's body (framing.go).
	body bodyFrame
	// paste is the line source's state of a pasted text (paste.go).
	paste pasteState
	// ans matches responses to the requests they answer (answer.go).
	ans answerState
	// inCIStep: inside a CI step's definition (ci.go).
	inCIStep bool
	// call: a request written as code (read_requests.go).
	call codeCall
	// nest: the printed objects open at this line (read_inspect.go).
	nest nestState
	// wrap is the wrapper reader the first non-blank line claimed, if any (readers.go);
	// wrapDecided: that line has been read.
	wrap        *reader
	wrapDecided bool
	// cri: a CRI container log's records (read_cri.go).
	cri criState
	// passer decides which lines no reader could want (pass.go).
	passer passState
	// panes: rows a terminal wrapped (wrapped.go).
	panes wrapState
}

func parseText(br *bufio.Reader, emit func(Response) error, only family, ex *explainer, out *Outcome) error {
	p := &textParser{table: markerIndex(), only: only &^ famJSON}
	p.d.out, p.d.ex = emit, ex
	defer func() { *out = p.d.outcome() }()
	for {
		// The complete lines already buffered are read in place: one vectorised search for each
		// line's end and no copy. Runs of lines that no reader could want are passed over at
		// once, and lines that only the HTTP reader wants are handed to it (pass.go).
		if n := br.Buffered(); n > 0 {
			buf, _ := br.Peek(n)
			p.passer.newBlock()
			done := 0 // bytes passed over and not yet discarded
			for p.d.err == nil {
				if k := p.pass(buf); k > 0 {
					done += k
					buf = buf[k:]
					continue
				}
				k := completeLine(bytes.IndexByte(buf, '\n'))
				if k == 0 {
					break
				}
				line := buf[:k]
				p.line(line, false)
				buf = buf[k:]
				br.Discard(done + len(line))
				done = 0
			}
			br.Discard(done)
			if p.d.err != nil {
				return p.d.err
			}
		}
		// The rest of a line (or all of a line longer than lineHead) still has to be read.
		line, err := readPiece(br)
		full := err == nil || errors.Is(err, io.EOF)
		if len(line) > 0 || err == nil {
			// A line longer than lineHead: its head decides what it is; an mtapistatus value
			// goes on streaming into the splitter, anything else is skipped.
			streaming := p.line(line, !full && errors.Is(err, bufio.ErrBufferFull))
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = readPiece(br)
				if streaming {
					p.d.take(Record{Kind: KindContinuation, Value: trimEOL(line), Partial: true})
				}
			}
			if streaming {
				p.d.take(Record{Kind: KindContinuation})
			}
		}
		if p.d.err != nil {
			return p.d.err
		}
		if err != nil {
			if errors.Is(err, io.EOF) {
				p.finish()
				return p.d.err
			}
			return err
		}
	}
}

// completeLine returns the length of a line, its end included, from i, where bytes.IndexByte
// found its line feed: 0 where there was none, or the line is longer than lineHead (such a line is
// read a piece at a time, by readPiece; the buffer holds more than lineHead so that a read takes
// more at a time).
func completeLine(i int) int {
	if uint(i) < lineHead { // (i < 0 too)
		return i + 1
	}
	return 0
}

// readPiece returns the next line of br, or, of a line longer than lineHead, the next lineHead
// bytes with bufio.ErrBufferFull (or what is left at the end of the input, with its error): what
// ReadSlice returns from a buffer of lineHead bytes. The buffer is larger (readBuffer), so that a
// read takes more at a time; how much of a line is inspected stays lineHead.
func readPiece(br *bufio.Reader) ([]byte, error) {
	from := 0 // (the bytes searched for a line end already)
	for {
		n := br.Buffered()
		buf, _ := br.Peek(n)
		lim := min(n, lineHead)
		if i := bytes.IndexByte(buf[from:lim], '\n'); i >= 0 {
			br.Discard(from + i + 1)
			return buf[:from+i+1], nil
		}
		if n >= lineHead {
			br.Discard(lineHead)
			return buf[:lineHead], bufio.ErrBufferFull
		}
		from = lim
		if _, err := br.Peek(n + 1); err != nil && br.Buffered() == n {
			buf, _ = br.Peek(n)
			br.Discard(n)
			return buf, err
		}
	}
}

// trimEOL drops a line's end: LF, CRLF, or the CR CR LF that script(1) and a terminal's copy
// write for a CRLF line (the blank line "\r\r\n" must stay blank, or a body joins the headers).
func trimEOL(b []byte) []byte {
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	for len(b) > 0 && b[len(b)-1] == '\r' {
		b = b[:len(b)-1]
	}
	return b
}

// tokenByte is isTokenByte as a table.
var tokenByte = func() (t [256]bool) {
	for c := range 256 {
		t[c] = isTokenByte(byte(c))
	}
	return t
}()

// line handles one line (or the head of a long one) and reports whether the rest of a long line is
// an mtapistatus value to stream. Debug and trace formats (curl --trace, nghttp -v, Python's
// http.client, W3C logs) are unwrapped first; what they carry is then read as plain HTTP text.
func (p *textParser) line(raw []byte, partial bool) bool {
	stream := p.readLine(raw, partial)
	if p.d.ex != nil {
		p.explainHolder()
	}
	return stream
}

// readLine is line's work: the line source's stages (stages.go), then the marker readers, then the
// HTTP reader.
func (p *textParser) readLine(raw []byte, partial bool) bool {
	p.lineNo++
	p.panes.row = len(raw)
	return p.readFrom(0, raw, partial)
}

// readFrom is readLine's work from the stage at index from on.
func (p *textParser) readFrom(from int, raw []byte, partial bool) bool {
	if raw = p.source(from, raw, partial); raw == nil {
		return false
	}
	if p.state == loose && p.mode == modeNone && (p.nest.depth > 0 || opensObject(raw)) && p.nestLine(raw) {
		p.passOver(raw, RoleRequest, "inside a printed object named for the request or a body")
		return false
	}
	b := p.clean(raw)
	if handled, stream := p.framed(b, partial); handled {
		return stream
	}
	return p.content(b, partial)
}

// clean drops the line end, colour codes and the literal "\r\n" Wireshark prints after each header.
func (p *textParser) clean(raw []byte) []byte {
	n := len(raw)
	p.crlf = n >= 2 && raw[n-1] == '\n' && raw[n-2] == '\r'
	p.writtenEOL = false
	b := trimEOL(raw)
	if bytes.IndexByte(b, 0x1b) >= 0 {
		p.scratch = stripANSI(p.scratch[:0], b)
		b = p.scratch
	}
	if n, cr := escapedEOL(b); n > 0 {
		p.crlf = p.crlf || cr
		b = b[:len(b)-n]
		p.writtenEOL = true
	}
	return b
}

// escapedEOL returns the length of a line end written out at the end of b, and whether it holds a
// CR: a tool that prints the bytes it sent or received escapes the CR of each CRLF, or both bytes,
// in the notation of its language. Wireshark writes "\r\n" (and "\n"), socat -v "\r", Apache
// HttpClient's wire log "[\r][\n]", Mojolicious's MOJO_CLIENT_DEBUG "\x0d", Perl's and C's octal
// "\015" ("\015\012"), and hex escapes come in either case ("\x0D\x0A"). The line is then read as
// the bytes it stands for.
func escapedEOL(b []byte) (n int, cr bool) {
	n, cr = escapedEnd(b)
	if n == 0 || cr {
		return n, cr
	}
	// An LF: a CR escaped right before it belongs to the same line end.
	if m, isCR := escapedEnd(b[:len(b)-n]); isCR {
		return n + m, true
	}
	return n, false
}

// escapedEnd returns the length of an escaped CR or LF at the end of b ("\r", "\x0d", "\015",
// "\n", "\x0a", "\012"), and whether it is the CR; 0 if b ends in neither.
func escapedEnd(b []byte) (n int, cr bool) {
	l := len(b)
	if l >= 2 && b[l-2] == '\\' && (b[l-1] == 'r' || b[l-1] == 'n') {
		return 2, b[l-1] == 'r'
	}
	if l >= 4 && b[l-1] == ']' && b[l-4] == '[' && b[l-3] == '\\' && (b[l-2] == 'r' || b[l-2] == 'n') {
		// Apache HttpClient's wire log: "[\r][\n]".
		return 4, b[l-2] == 'r'
	}
	if l < 4 || b[l-4] != '\\' {
		return 0, false
	}
	switch e := b[l-3:]; {
	case (e[0] == 'x' || e[0] == 'X') && e[1] == '0' && (e[2]|0x20 == 'd' || e[2]|0x20 == 'a'):
		return 4, e[2]|0x20 == 'd'
	case e[0] == '0' && e[1] == '1' && (e[2] == '5' || e[2] == '2'):
		return 4, e[2] == '5'
	}
	return 0, false
}

// content reads one line of HTTP text: a status line, a request line, a header, or a line of a body.
func (p *textParser) content(b []byte, partial bool) bool {
	if p.only&famHTTP == 0 {
		return false // --format names a reader that reads no HTTP text (w3c)
	}
	arrow := len(b) >= 3 && string(b[:3]) == "-> "
	side, numbered, b, info := markedSide(b)
	if side == '>' && arrow && p.state == inHeaders && p.d.open {
		// Inside a response's header block, "-> " marks each field and says nothing of the side:
		// Ktor's logging plugin writes "-> name: value" under "RESPONSE: 400 Bad Request" as under
		// "REQUEST: url". (httr's "-> " lines come before the response its "<- " lines hold.)
		side = 0
	}
	lead := 0
	for lead < len(b) && (b[lead] == ' ' || b[lead] == '\t') {
		lead++
	}
	if p.wrappedRow(side, numbered, b, lead, info) {
		return false
	}
	switch {
	case info:
		return false
	case side == '>':
		p.request()
		p.passOver(b, RoleRequest, "on curl -v's > side: the request")
		return false
	case numbered && p.numberedStatus(b):
		return false
	}
	body := b[lead:]
	if p.startLine(body, lead) {
		return false
	}
	if p.state == inRequest {
		if _, _, ok := dotnetStatus(body); ok || sectionTitle(body) != sectionNone || lead == 0 && loggedTitle(body) != sectionNone {
			// Postman's console: "GET url", then "Request Headers", "Response Headers", ...; .NET:
			// the response's ToString() after the request's. (A response's body is never read
			// this way: "Response Headers" or "StatusCode: 500, ..." in a body is body text.)
			p.state = loose
		}
	}
	switch p.state {
	case inBody:
		return p.bodyLine(body, partial)
	case inRequest:
		p.passOver(body, RoleRequest, "in a request's header block")
		return false
	case inHeaders:
		return p.headerBlockLine(body, lead, partial)
	}
	return p.looseLine(body, lead, partial)
}

// markedSide reads a line's direction mark: curl -v's "< " (response) and "> " (request), lftp's
// debug arrows "<--- " and "---> ", R httr's "<- " and "-> ", Karate's numbered "1 > " and "1 < "; info says the line is curl
// -v's "* " or "{ [" information.
func markedSide(b []byte) (side byte, numbered bool, rest []byte, info bool) {
	if len(b) >= 1 && (b[0] == '<' || b[0] == '>') && (len(b) == 1 || b[1] == ' ') {
		return b[0], false, b[min(2, len(b)):], false
	}
	if len(b) >= 4 && (string(b[:4]) == "<---" || string(b[:4]) == "--->") && (len(b) == 4 || b[4] == ' ') {
		side = '<'
		if b[0] == '-' {
			side = '>'
		}
		return side, false, b[min(5, len(b)):], false
	}
	if len(b) >= 2 && (string(b[:2]) == "<-" || string(b[:2]) == "->") && (len(b) == 2 || b[2] == ' ') && httrLine(b[min(3, len(b)):]) {
		// R's httr and httr2 verbose(): "-> " what was sent, "<- " what came back.
		side = '<'
		if b[0] == '-' {
			side = '>'
		}
		return side, false, b[min(3, len(b)):], false
	}
	if len(b) >= 2 && (b[0] == '*' || b[0] == '{' || b[0] == '}') && b[1] == ' ' {
		return 0, false, b, true
	}
	// Karate numbers each exchange: "1 > GET ...", "1 < 400", "1 < Mtapistatus: 617020".
	if i := numberedMarker(b); i > 0 {
		return b[i], true, b[min(i+2, len(b)):], false
	}
	return 0, false, b, false
}

// numberedStatus reads Karate's response status, "1 < 400", and reports whether b was one.
func (p *textParser) numberedStatus(b []byte) bool {
	p.section = sectionNone
	if len(b) == 3 && isDigits(b) {
		code, _ := strconv.Atoi(string(b))
		p.status(b, code, 0)
		return true
	}
	return false
}

// startLine reads a line that starts a message: a status line (with or without its version, as
// libwww-perl and mitmproxy print it) or a request line (or a request's own title), and reports
// whether it was one.
func (p *textParser) startLine(body []byte, lead int) bool {
	if len(body) == 0 {
		return false // (the blank line that ends a header block)
	}
	if code, ok := statusFromLine(body); ok {
		p.status(body, code, lead)
		return true
	}
	if isRequestLine(body) || p.state != inHeaders && lead == 0 && absoluteRequest(body) ||
		len(body) > 1 && body[0] == '"' && isRequestLine(body[1:]) {
		// (nginx's debug log quotes the request it sends upstream: "GET /single HTTP/1.0.)
		p.request()
		return true
	}
	if code, ok := mitmStatus(body); ok {
		p.status(body[3:], code, -1)
		return true
	}
	if lead == 0 && mitmRequest(body) {
		p.request()
		return true
	}
	if code := reasonLine(body); code > 0 && lead == 0 && p.section == sectionNone &&
		(p.state == inRequest || p.state == loose && !p.d.open && p.d.count == 0 ||
			p.state == inBody && p.bareEnd > 0 && p.lineNo == p.bareEnd+1) {
		// libwww-perl (GET -e, HEAD, lwp-request) prints the status without the version:
		// "409 Conflict"; so does a program that prints a response's code, message and fields
		// (Ruby's Net::HTTP each_header), one response after another: such a status right after
		// the blank line that ended the header block of one is the next response, which had no
		// body, as a status line there is in raw HTTP (framing.go's frameFirst).
		p.status(body, code, 0)
		p.bare = true
		return true
	}
	if dotnetRequest(body, p.state != inBody, p.state == loose) {
		// .NET's HttpRequestMessage.ToString(): the request's headers follow in braces.
		p.request()
		return true
	}
	if p.state == inHeaders {
		return false // (a field's value is no logger's label: "X-Note: response: Status 400")
	}
	if rest, ok := afterMarks(body); ok && lead == 0 && sentLine(rest) {
		// A program's own arrows before a request's method and target: "<<< GET /a", a server's
		// log of the request it got. (A status after arrows, "<<< 400 Bad Request", is left to
		// the readers that know their tool's layout: urllib's is followed by more than fields.)
		p.request()
		return true
	}
	if rest, code, labelled := labelledStatus(body); lead == 0 && code > 0 {
		// The same logger's record of the response: Faraday's "INFO -- response: Status 400".
		p.status(rest, code, 0)
		return true
	} else if labelled && p.state == inRequest {
		// A line labelled as the response's ends the request's lines, whatever it holds
		// (lighttpd's "resp: HTTP/1.1 400 Bad Request": the log reader reads it).
		p.state = loose
	}
	if lead == 0 && labelledRequest(body) {
		// A logger's record of the request it sends, its label before the request line:
		// ffmpeg's "[http @ 0x55ed] request: GET /r1 HTTP/1.1", Faraday's "INFO -- request: GET
		// http://h/list". The header lines after it are the request's, as after a request line.
		p.request()
		return true
	}
	return false
}

// afterMarks returns what follows a run of two or more of the same arrow mark and a space at the
// start of b ("<<< ", ">> ", "--> ").
func afterMarks(b []byte) ([]byte, bool) {
	if len(b) < 4 || b[0] != '<' && b[0] != '>' && b[0] != '-' || b[1] != b[0] && !(b[0] == '-' && b[1] == '>') {
		return nil, false
	}
	i := 1
	for i < len(b) && (b[i] == b[0] || b[i] == '>' || b[i] == '<') {
		i++
	}
	if i >= len(b) || b[i] != ' ' {
		return nil, false
	}
	return bytes.TrimSpace(b[i+1:]), true
}

// labelledStatus returns the status, and the text that gives it, of a line that ends in a
// response's status after a label that names the response side ("... response: Status 400",
// "received: 400 Bad Request"), and whether the line has such a label at all.
func labelledStatus(b []byte) (rest []byte, code int, labelled bool) {
	for label, after := range labels(b) {
		if bytes.EqualFold(label, []byte("response")) || bytes.EqualFold(label, []byte("resp")) ||
			bytes.EqualFold(label, []byte("received")) || bytes.EqualFold(label, []byte("reply")) {
			rest, code := labelledCode(bytes.TrimSpace(after))
			return rest, code, true
		}
	}
	return nil, 0, false
}

// labels yields each label on a line, the word before a ": " (back to a space, a tab or a ']':
// "[http @ 0x55] request: GET ..."), with what follows the ": ".
func labels(b []byte) iter.Seq2[[]byte, []byte] {
	return func(yield func(label, after []byte) bool) {
		for off := 0; ; {
			k := bytes.Index(b[off:], []byte(": "))
			if k < 0 {
				return
			}
			k += off
			off = k + 2
			if k == 0 {
				continue
			}
			j := k
			for j > 0 && b[j-1] != ' ' && b[j-1] != ']' && b[j-1] != '\t' {
				j--
			}
			if !yield(b[j:k], b[k+2:]) {
				return
			}
		}
	}
}

// labelledCode reads the status after a response's label: "Status 400", "status: 400", or "400
// Bad Request". (A whole status line after a label is the log reader's, which reads the fields
// after it on lines with the same label: lighttpd's "resp: HTTP/1.1 400 Bad Request".)
func labelledCode(rest []byte) ([]byte, int) {
	if len(rest) > 7 && bytes.EqualFold(rest[:6], []byte("status")) && (rest[6] == ' ' || rest[6] == ':' || rest[6] == '=') {
		return rest, leadingStatus(bytes.TrimLeft(rest[7:], " :="))
	}
	if code := reasonLine(rest); code > 0 {
		return rest, code
	}
	return nil, 0
}

// labelledRequest reports whether b ends in a request line after a label that names the request
// side (requestLabels, logsides.go): "... request: GET /r1 HTTP/1.1".
func labelledRequest(b []byte) bool {
	for label, after := range labels(b) {
		if rest := bytes.TrimSpace(after); isRequestLine(rest) || absoluteRequest(rest) {
			return requestLabel(label)
		}
	}
	return false
}

// dotnetRequest recognises the first line of .NET's HttpRequestMessage.ToString(), "Method: GET,
// RequestUri: '...', ..., Headers:", alone or as a property's value in PowerShell's Format-List
// ("RequestMessage      : Method: GET, RequestUri: ..."), whose indented headers follow; listed is
// false where a list is not looked for (in a body, where the fast path of pass.go passes over a
// line that does not start as the request's does).
func dotnetRequest(b []byte, listed, labelled bool) bool {
	if i := bytes.Index(b, []byte(" : Method: ")); listed && i > 0 && isPairName(bytes.TrimRight(b[:i], " ")) {
		b = b[i+len(" : "):]
	}
	if c := bytes.IndexByte(b[:min(len(b), 24)], ':'); labelled && c > 0 && bytes.HasPrefix(b[c:], []byte(": Method: ")) && requestLabel(b[:c]) {
		// A logger's label before it: "Request: Method: PUT, RequestUri: ...", as an event log's
		// message writes it. (Only the first colon is looked at: every line of a header block
		// comes here.)
		b = b[c+2:]
	}
	return bytes.HasPrefix(b, []byte("Method: ")) && bytes.Contains(b, []byte(", RequestUri: "))
}

// status starts a response at a status line.
func (p *textParser) status(line []byte, code, indent int) {
	p.endResponse()
	if code >= 200 || code < 100 {
		// (An interim 1xx response comes before the one that answers the request.)
		p.ans.statusEvidence(p.lineNo)
	}
	raw := len(line) >= 5 && string(line[:5]) == "HTTP/"
	if raw {
		// A real status line is a response whatever came before it (a CONNECT's tunnel, a
		// redirect whose request the log left out); raw HTTP frames its own body.
		p.ans.extra = false
	}
	if p.section == sectionExpected {
		// (A ticket's "Expected:" block: read_sections.go.)
		p.d.take(Record{Kind: KindStatus, Role: RoleOther, Why: "under a title that says what was expected (\"Expected:\"): never what came back",
			Status: p.statusLine(line), Code: code, Line: p.lineNo})
	} else {
		p.start(p.statusLine(line), code)
	}
	p.state, p.indent, p.lastMT, p.pendingEmpty, p.trailer, p.sawTrailer = inHeaders, indent, false, false, false, false
	p.yamlItems = false
	p.bare = false
	p.section = sectionNone
	p.body.reset(code)
	// Only a real status line starts raw HTTP text, whose body its length frames (libwww-perl's
	// "302 Found" prints headers and no body).
	p.body.raw = raw
}

// statusLine returns line as a string without its trailing spaces. A stream's status lines repeat
// ("HTTP/1.1 200 OK", "HTTP/1.1 400 Bad Request"), so the last few are kept and reused rather than
// allocated again.
func (p *textParser) statusLine(line []byte) string {
	for len(line) > 0 && line[len(line)-1] == ' ' {
		line = line[:len(line)-1]
	}
	for _, s := range p.statusLines {
		if string(line) == s {
			return s
		}
	}
	s := string(line)
	p.statusLines[p.nextStatus] = s
	p.nextStatus = (p.nextStatus + 1) % len(p.statusLines)
	return s
}

// request ends the response before a request: nothing in a request counts.
func (p *textParser) request() {
	p.endResponse()
	if p.state != inRequest {
		p.ans.sentRequest()
		p.d.take(Record{Kind: KindStatus, Role: RoleRequest, Line: p.lineNo})
	}
	p.state = inRequest
}

// headerBlockLine reads a line after a status line, up to the blank line that ends the block.
func (p *textParser) headerBlockLine(body []byte, lead int, partial bool) bool {
	if p.indent < 0 && len(body) > 0 {
		// mitmproxy's " << 302 Found 26b": its headers are indented further than it.
		p.indent = lead
	}
	if len(body) == 0 && lead > p.indent && p.indent >= 0 {
		// A folded line of white space alone continues the field above with nothing (as
		// net/textproto reads it); only an empty line ends the block.
		return false
	}
	if len(body) == 0 || lead < p.indent {
		// A blank line ends the header block; so does a line less indented than the status
		// line (wget -S follows its indented headers with its own unindented lines). A response
		// that announced an mtapistatus trailer stays open until the trailer section.
		if !p.trailer {
			p.endResponse()
		}
		p.state, p.lastMT = inBody, false
		if len(body) == 0 && p.rawHTTP() {
			p.body.begin(p.crlf)
		}
		if len(body) == 0 && p.bare {
			p.bareEnd = p.lineNo
		}
		return false
	}
	if lead > p.indent {
		// A folded continuation line belongs to the header above it.
		if p.lastMT {
			return p.values(body, partial)
		}
		return false
	}
	name, value, ok := headerLine(body)
	if !ok {
		// A malformed line (bad bytes in the name, no colon) is skipped; the block goes on
		// (RFC 9112, section 5).
		p.lastMT = false
		return false
	}
	p.lastMT = isHeaderName(name)
	if p.lastMT {
		if p.holdCut(value, partial) {
			return false
		}
		return p.values(value, partial)
	}
	p.explainOver(value, "inside the value of another field")
	p.body.field(name, value)
	if equalLower(name, "trailer") && containsHeaderName(value) {
		p.trailer = true
	}
	return false
}

// bodyLine reads a line after the header block. Body text never counts, but two things can start
// there: the trailer section of a chunked response that announced an mtapistatus trailer, and the
// next response when a body without a final newline runs into its status line ("...}HTTP/1.1 200").
func (p *textParser) bodyLine(body []byte, partial bool) bool {
	if i := gluedStatus(body, p.crlf); i > 0 {
		if code, ok := statusFromLine(body[i:]); ok {
			p.status(body[i:], code, 0)
			return false
		}
	}
	if !p.trailer || !p.d.open {
		p.passOver(body, RoleOther, "in a response's body")
		return false
	}
	if len(body) == 0 {
		if p.sawTrailer {
			p.endResponse()
			p.trailer = false
		}
		return false
	}
	name, value, ok := headerLine(body)
	if !ok || !looseHeader(name, value, body) {
		return false
	}
	p.sawTrailer = true
	if isHeaderName(name) {
		return p.values(value, partial)
	}
	return false
}

// gluedStatus finds a status line glued to the end of a body ("...}HTTP/1.1 200 OK"), as curl -si
// URL1 URL2 and pipelined requests print bodies without a final newline. The status line must run to
// the end of the line with a short reason; after a letter, a digit or a space (prose could say
// "see HTTP/1.1 200 OK") the line must also end in CRLF, as a real status line does.
func gluedStatus(b []byte, crlf bool) int {
	for off := 1; off < len(b); {
		i := bytes.Index(b[off:], []byte("HTTP/"))
		if i < 0 {
			return 0
		}
		i += off
		c := b[i-1]
		if crlf || !(isWordByte(c) || c == ' ' || c == '\t' || c == '.' || c == '/') {
			if _, ok := statusFromLine(b[i:]); ok && len(b)-i <= 48 {
				return i
			}
		}
		off = i + 1
	}
	return 0
}

// looseLine reads a line outside any response: a pasted header block, a log.
func (p *textParser) looseLine(body []byte, lead int, partial bool) bool {
	if len(body) == 0 {
		// A blank line after a header block: a JSON document on the next line is the body.
		if p.d.open {
			p.afterBlock = p.lineNo
		}
		p.endLoose()
		p.endExpected()
		return false
	}
	if p.afterBlock > 0 && p.lineNo == p.afterBlock+1 && (body[0] == '{' || body[0] == '[') {
		if s, _, _ := messageTitle(body, lead == 0); s == sectionNone || p.only&famSections == 0 {
			return false
		}
		// (A logger's record that titles the next message, "[2026-12-07T21:40:02Z T: 1] INFO  :
		// HTTP Request : GET ...", is no body.)
	}
	if p.sectionLine(body, lead, partial) {
		return false
	}
	if taken, stream := p.laterValue(body, partial); taken {
		return stream
	}
	if code, line, ok := dotnetStatus(body); ok {
		p.endLoose()
		p.ans.statusEvidence(p.lineNo)
		p.pendingCode, p.pendingLine = code, line
		return false
	}
	name, value, ok := headerLine(body)
	if ok && !looseHeader(name, value, body) && !p.blockField(name, value) {
		ok = false
	}
	if ok && !isHeaderName(name) && p.logLine(name, value) {
		// "Error: upstream returned mtapistatus: 617020": a log line, not a header named Error.
		ok = false
	}
	if ok {
		p.lastHeaderLine = p.lineNo
	}
	member := false
	if !ok {
		// A quoted member of a printed object ('x-note': 'see ...', as Node prints headers after
		// a status: console.log(res.statusCode, res.headers)) is a field of its own, never the
		// continuation of the value above.
		name, value, ok = quotedMember(body)
		member = ok
	}
	if !ok && lead > 0 && p.lastMT && p.d.open && len(bytes.Trim(body, "}])>,;")) > 0 {
		// An indented line that is not a header of its own continues the value above. (Indented
		// headers, as .NET's HttpResponseMessage prints them, are headers; a printed object's
		// closing "}," is neither.)
		return p.values(body, partial)
	}
	if !ok {
		name, value, ok = tableRow(body)
	}
	if !ok {
		p.endLoose()
		if !partial {
			p.inline(body)
		}
		return false
	}
	p.lastMT = isHeaderName(name)
	if !p.lastMT {
		p.explainOver(value, "inside the value of another field")
		if bytes.Equal(name, []byte("StatusCode")) && len(value) == 3 && !p.d.open {
			// PowerShell's Format-List of a web response: "StatusCode        : 400".
			if code, ok := statusFromLine(append([]byte("HTTP/1.1 "), value...)); ok {
				p.pendingCode = code
			}
		}
		return false
	}
	if !p.d.open && !p.openLoose(body) {
		return false
	}
	if len(value) == 0 && !partial {
		p.pendingEmpty = true
		p.d.take(Record{Kind: KindField, NameOnly: true, Line: p.lineNo})
		return false
	}
	if member && !partial {
		// A printed object's member is closed by its own quotes: the indented line below it is
		// the next member (or junk), never more of this value.
		p.lastMT = false
	}
	// A loose block ends at the next line that is not one of its headers, or at the end of the
	// input; never because nothing more has arrived yet (that would make the answer depend on how
	// the bytes were split into reads).
	return p.values(value, partial)
}

// openLoose starts the message of an unmarked header block at its first field, body, and reports
// whether the field is to be read.
func (p *textParser) openLoose(body []byte) bool {
	unmarked := p.pendingCode == 0 && p.section == sectionNone
	if unmarked && p.writtenEOL && p.pre.on {
		// One raw line of a message that a logger dumps with its line end written out, after
		// its prefix (Apache's mod_dumpio: "... dumpio_in (data-HEAP): mtapistatus: 1\r\n"):
		// such a logger dumps what goes in and out of a socket alike, and nothing before the
		// line said whose it is.
		p.passOver(body, RoleOther, "one raw header line dumped after a log prefix with its line end written out, no status line before it: nothing says whose it is")
		return false
	}
	if unmarked {
		p.ans.responseEvidence() // an unmarked header block
	}
	p.start(p.pendingLine, p.pendingCode)
	p.pendingCode, p.pendingLine = 0, ""
	return true
}

// values hands a header value (or its head) to the decision layer; for a partial line the rest
// streams in.
func (p *textParser) values(v []byte, partial bool) bool {
	if !p.d.open {
		return false
	}
	p.d.take(Record{Kind: KindField, Value: v, Partial: partial, Line: p.lineNo})
	return partial
}

// laterValue reads the value of an mtapistatus header that came on a line after its name: the
// line after "mtapistatus:" (browser developer tools copy them apart), or a YAML list's items (a
// VCR cassette's "Mtapistatus:" then "- '617023'", "- '617024'"). taken says whether the line was
// one.
func (p *textParser) laterValue(body []byte, partial bool) (taken, stream bool) {
	if p.pendingEmpty {
		p.pendingEmpty = false
		if item, ok := yamlItem(body); ok {
			p.yamlItems = true
			return true, p.values(item, partial)
		}
		if _, _, isHeader := headerLine(body); !isHeader {
			return true, p.values(body, partial)
		}
		p.d.take(Record{Kind: KindContinuation})
	}
	if p.yamlItems {
		if item, ok := yamlItem(body); ok {
			return true, p.values(item, partial)
		}
		p.yamlItems = false
	}
	return false, false
}

// yamlItem returns the value of a YAML list's item, "- '617023'", without its quotes.
func yamlItem(b []byte) ([]byte, bool) {
	v, ok := bytes.CutPrefix(b, []byte("- "))
	if !ok {
		return nil, false
	}
	v = bytes.TrimSpace(v)
	if n := len(v); n >= 2 && (v[0] == '\'' || v[0] == '"') && v[n-1] == v[0] {
		v = v[1 : n-1]
	}
	return v, len(v) > 0
}

// endLoose ends a loose block: it is reported only if it held an mtapistatus header.
func (p *textParser) endLoose() {
	if p.pendingEmpty {
		p.d.take(Record{Kind: KindContinuation})
		p.pendingEmpty = false
	}
	p.lastMT, p.yamlItems = false, false
	p.endResponse()
}

func (p *textParser) endResponse() {
	if !p.d.open {
		return
	}
	p.d.take(Record{Kind: KindEnd, Line: p.lineNo})
	p.lastMT = false
}

// start starts a message at this line, with its status line and code if it has them.
func (p *textParser) start(status string, code int) {
	p.d.take(Record{Kind: KindStatus, Role: p.role(), Why: p.why(), Status: status, Code: code, Line: p.lineNo})
}

// whole hands over a message read whole on this line (a log line, a W3C row, a printed map).
func (p *textParser) whole(status string, code int, v *values) {
	p.d.whole(Record{Kind: KindStatus, Role: p.role(), Why: p.why(), Status: status, Code: code, Line: p.lineNo}, v)
}

// role is the role of a message that starts here: where the input shows requests, a message
// after every one of them was answered is text printed after a response (answer.go).
func (p *textParser) role() Role {
	if p.ans.extra {
		return RoleOther
	}
	return RoleResponse
}

// why is role's reason, for --explain.
func (p *textParser) why() string {
	if p.ans.extra {
		return "after every request shown was answered: text printed after a response"
	}
	return ""
}

func (p *textParser) finish() {
	if p.mode == modeTrace {
		p.traceFlush()
	}
	if r := p.table.holding(p.mode); r != nil && r.end != nil {
		r.end(p) // what the reader that holds the input still keeps
	}
	if p.panes.held {
		p.takeCut()
	}
	if p.panes.joining {
		p.flushJoined()
	}
	if p.state == loose {
		p.endLoose()
	} else {
		p.endResponse()
	}
}

// headerLine splits "Name: value". The name must be an HTTP token.
func headerLine(b []byte) (name, value []byte, ok bool) {
	i := bytes.IndexByte(b, ':')
	if i <= 0 {
		return nil, nil, false
	}
	// (Trimmed by hand: every header line passes here.)
	n := i
	for n > 0 && (b[n-1] == ' ' || b[n-1] == '\t') {
		n--
	}
	if n == 0 {
		return nil, nil, false
	}
	name = b[:n]
	for _, c := range name {
		if !tokenByte[c] {
			return nil, nil, false
		}
	}
	v := i + 1
	for v < len(b) && (b[v] == ' ' || b[v] == '\t') {
		v++
	}
	if v == len(b) {
		return name, nil, true // (as bytes.TrimLeft returns an empty value)
	}
	return name, b[v:], true
}

func isTokenByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == '-' || c == '_' || c == '.' || c == '!' || c == '#' || c == '$' || c == '%' || c == '&' ||
		c == '\'' || c == '*' || c == '+' || c == '^' || c == '`' || c == '|' || c == '~'
}

// blockField reports whether a loose "Name:value" line, whose name runs into its value as
// Azure.Core's logger writes a message's headers ("Accept:application/json"), is a header line:
// where the line is otherwise a header block's, under a response's title or right after a header
// line. Elsewhere such a line is a log line's (a field inside it counts as the log reader reads
// it). The name starts with a letter and is no log level's ("Error:upstream ..." is a log line),
// and a value that starts with "//" is a URL's rest ("http://x").
func (p *textParser) blockField(name, value []byte) bool {
	if p.section != sectionResponse && (p.lastHeaderLine == 0 || p.lastHeaderLine != p.lineNo-1) {
		return false
	}
	return isLetter(name[0]) && !bytes.HasPrefix(value, []byte("//")) && !logLevelName(name)
}

// logLevelName reports whether a name before a colon is a log level's or a log message's
// ("Error", "WARNING", "msg"), not a header's.
func logLevelName(name []byte) bool {
	switch strings.ToLower(string(name)) {
	case "error", "err", "warning", "warn", "info", "debug", "trace", "fatal", "notice", "critical",
		"crit", "alert", "emerg", "severe", "fine", "log", "message", "msg", "exception", "caused by":
		return true
	}
	return false
}

// logLine reports whether a loose "Name: value" line is a log line that carries the header inline:
// its value holds the header's name as a field, and its name is a log level or logger ("Error",
// "WARNING", "api"), not a header, or stands alone, with no header line above it. A header of a
// pasted block whose value mentions the header ("X-Note: see mtapistatus: 999999") stays a header.
func (p *textParser) logLine(name, value []byte) bool {
	if !containsHeaderName(value) {
		return false
	}
	if logLevelName(name) {
		return true
	}
	inBlock := p.d.open || p.lastHeaderLine == p.lineNo-1 && p.lineNo > 1
	// A printed object's member ("data: { ok: true, mtapistatus: 999999 }", a body) is not a log line.
	v := bytes.TrimSpace(value)
	return !inBlock && bytes.IndexByte(name, '-') < 0 && (len(v) == 0 || v[0] != '{' && v[0] != '[')
}

// looseHeader is stricter than headerLine, for text with no status line around it: log lines such
// as "2026-11-25T10:00:01Z INFO ..." must not pass for headers. The name starts with a letter and
// the colon is followed by white space or the end of the line.
func looseHeader(name, value, line []byte) bool {
	if c := name[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return false
	}
	after := line[len(name):]
	after = bytes.TrimLeft(after, " \t")
	// after starts with the colon.
	return len(after) == 1 || after[1] == ' ' || after[1] == '\t'
}

// containsHeaderName reports whether the header's name occurs anywhere in b, in any case. It looks
// for "tatus" first (fast, vectorised), then checks the whole name around each hit.
func containsHeaderName(b []byte) bool {
	// Every line of a large log passes here. The name starts with 'm', which is rare in access
	// logs: two vectorised scans for 'm' and 'M' rule out almost every line, and each hit is
	// compared with the whole name.
	n := len(codes.HeaderName)
	for _, first := range [...]byte{'m', 'M'} {
		for rest := b; len(rest) >= n; {
			i := bytes.IndexByte(rest, first)
			if i < 0 || len(rest)-i < n {
				break
			}
			if bytes.EqualFold(rest[i:i+n], []byte(codes.HeaderName)) {
				return true
			}
			rest = rest[i+1:]
		}
	}
	return false
}

// absoluteRequest recognises a request line with an absolute URL and no version, as libwww-perl
// prints the request it sent: "POST http://host/path".
func absoluteRequest(b []byte) bool {
	method, url, ok := bytes.Cut(b, []byte(" "))
	if !ok || len(method) < 3 || len(method) > 7 || !isUpper(method) {
		return false
	}
	return (bytes.HasPrefix(url, []byte("http://")) || bytes.HasPrefix(url, []byte("https://"))) && bytes.IndexByte(url, ' ') < 0
}

// reasonLine reads a status without the version, "409 Conflict", when the reason is the standard
// one for the code (so a body's "200 items" is not a status), and returns the code or 0.
func reasonLine(b []byte) int {
	if len(b) == 0 || isLetter(b[0]) {
		return 0 // (a word first: no status, found without trimming)
	}
	code := leadingStatus(b)
	if code == 0 || len(b) < 5 {
		return 0
	}
	if reason := codes.HTTPText(code); reason == "" || !bytes.EqualFold(bytes.TrimSpace(b[4:]), []byte(reason)) {
		return 0
	}
	return code
}

// messageHeader reads Java's HttpURLConnection logging (java.util.logging at FINE):
// "sun.net.www.MessageHeader@57d5872c6 pairs: {null: HTTP/1.1 302 Found}{Mtapistatus: -1}...". The
// first pair says what the headers are: a response's status line, or a request's line.
func (p *textParser) messageHeader(b []byte) {
	var (
		v      values
		code   int
		status string
	)
	first := true
	for {
		open := bytes.IndexByte(b, '{')
		if open < 0 {
			break
		}
		end := bytes.IndexByte(b[open:], '}')
		if end < 0 {
			break
		}
		pair := b[open+1 : open+end]
		b = b[open+end+1:]
		name, value, ok := bytes.Cut(pair, []byte(": "))
		if first {
			first = false
			c, isStatus := statusFromLine(value)
			if !ok || string(name) != "null" || !isStatus {
				return // a request's headers
			}
			code, status = c, string(value)
			continue
		}
		if ok && isHeaderName(name) {
			v.addValue(string(value))
		}
	}
	if first {
		return
	}
	p.whole(status, code, &v)
}

// mitmStatus reads mitmproxy's response line, "<< 302 Found 26b" (its flow view, --flow-detail 2 and
// up).
func mitmStatus(b []byte) (int, bool) {
	if !bytes.HasPrefix(b, []byte("<< ")) {
		return 0, false
	}
	code := leadingStatus(b[3:min(len(b), 6)])
	return code, code > 0
}

// mitmRequest reads mitmproxy's request line, "127.0.0.1:47926: GET http://host/path".
func mitmRequest(b []byte) bool {
	// The address before ": " holds a colon of its own: a line whose first colon is followed by a
	// space (every header line) is none, found without a search.
	head := b[:min(len(b), 70)]
	if j := bytes.IndexByte(head, ':'); j < 0 || j+1 < len(b) && b[j+1] == ' ' {
		return false
	}
	i := bytes.Index(head, []byte(": "))
	if i <= 0 || bytes.IndexByte(b[:i], ' ') >= 0 || bytes.IndexByte(b[:i], ':') < 0 {
		return false
	}
	return absoluteRequest(b[i+2:])
}

// boxLine reports a line that starts, after indentation, with a box-drawing character (U+2500 to
// U+257F).
func boxLine(b []byte) bool {
	i := 0
	for i < len(b) {
		switch {
		case b[i] == ' ':
			i++
		case b[i] == 0x1b && i+1 < len(b) && b[i+1] == '[':
			// Colour around the box (newman --color on): skip "\x1b[...m".
			j := i + 2
			for j < len(b) && (b[j] >= '0' && b[j] <= '9' || b[j] == ';') {
				j++
			}
			if j >= len(b) || b[j] != 'm' {
				return false
			}
			i = j + 1
		default:
			return len(b) > i+2 && b[i] == 0xe2 && (b[i+1] == 0x94 || b[i+1] == 0x95)
		}
	}
	return false
}

// logfmtQuoted returns the unquoted value of the first quoted logfmt field (key="...") whose value
// holds the header's name, or nil.
func logfmtQuoted(b []byte) []byte {
	for off := 0; off < len(b); {
		i := bytes.Index(b[off:], []byte(`="`))
		if i < 0 {
			return nil
		}
		start := off + i + 2
		end := stringEnd(b, start)
		if end < 0 {
			return nil
		}
		k := off + i
		for k > 0 && (isWordByte(b[k-1]) || b[k-1] == '.') {
			k--
		}
		key := bytes.ToLower(b[k : off+i])
		request := bytes.HasPrefix(key, []byte("req")) && !bytes.HasPrefix(key, []byte("requestid")) ||
			bytes.Contains(key, []byte("request"))
		if v := b[start:end]; containsHeaderName(v) && !request && keyClass(key)&keyRequest == 0 {
			// (A field named for the request, req_headers="map[...]", is what was sent; one named
			// for a body, body="{\"errors\": ...}", is neither side's headers: the fields after
			// it are read.)
			return unescapeJSON(v)
		}
		off = end + 1
	}
	return nil
}

// requestDump reports whether the words before a printed dump say it is a request's.
func requestDump(lead []byte) bool {
	if senderCallIn(lead) {
		return true // fetch('/list', {headers: {...}}): the arguments of a call that sends
	}
	var buf [80]byte
	l := lower(buf[:], lead[max(0, len(lead)-80):])
	if !bytes.Contains(l, []byte("req")) {
		// (Most lines that print headers name no request: the checks that look for one go.)
		return methodDump(l)
	}
	if i := bytes.LastIndex(l, []byte("request")); i >= 0 && !bytes.Contains(l[i:], []byte("response")) {
		// "request headers=", "request_headers: ", "request: {...}"; not "request failed (...)".
		rest := bytes.TrimLeft(l[i+len("request"):], " _-")
		if bytes.HasPrefix(rest, []byte("header")) || len(rest) > 0 && bytes.IndexByte([]byte(":={[("), rest[0]) >= 0 {
			// "request headers=", "request: ", "request {" (k6's console.log("request", ...)).
			return true
		}
		if i == 0 || l[i-1] == ' ' || l[i-1] == ']' || l[i-1] == '"' || l[i-1] == '\'' {
			// "request http://h/list {", "request GET /list Object [AxiosHeaders] {": the word
			// names what follows it, a method or a URL (not "request failed (...)"); the same
			// words quoted, as Chromium's console log quotes what a page logged.
			if r := bytes.TrimLeft(l[i+len("request"):], " "); urlStart(r) || methodStart(r) {
				return true
			}
		}
	}
	for _, abbr := range [...]string{"req_", "req.", "req-"} {
		// A field named for the request: slog's req_headers="map[...]", "req.headers: {...}",
		// Python's "req_headers = {...}".
		if i := bytes.LastIndex(l, []byte(abbr)); i >= 0 && (i == 0 || !isWordByte(l[i-1])) &&
			!bytes.Contains(l[i:], []byte("res")) && assignedName(l[i+len(abbr):]) {
			return true
		}
	}
	return methodDump(l)
}

// assignedName reports whether b is the rest of a name being given a value: a word, then "=" or
// ":" (white space around them allowed), then at most the value's first word ("\"map" of
// req_headers="map[...]").
func assignedName(b []byte) bool {
	i := 0
	for i < len(b) && (isWordByte(b[i]) || b[i] == '.' || b[i] == '-') {
		i++
	}
	t := bytes.TrimLeft(b[i:], " \t")
	if len(t) == 0 || t[0] != '=' && t[0] != ':' {
		return false
	}
	return !bytes.ContainsAny(bytes.TrimSpace(t[1:]), " \t")
}

// urlStart reports whether b (lower case) starts with a URL or a path.
func urlStart(b []byte) bool {
	return bytes.HasPrefix(b, []byte("http://")) || bytes.HasPrefix(b, []byte("https://")) || bytes.HasPrefix(b, []byte("/"))
}

// methodStart reports whether b (lower case) starts with a request method and a space.
func methodStart(b []byte) bool {
	for _, m := range requestMethods {
		if bytes.HasPrefix(b, []byte(m)) {
			return true
		}
	}
	return false
}

// requestMethods are the methods methodDump looks for, each with the space after it.
var requestMethods = [...]string{"get ", "post ", "put ", "delete ", "patch ", "head ", "options "}

// methodDump reports whether l, the lower-cased words before a printed dump, name a request by its
// method and URL: "HTTP GET http://host/path, headers=[...]" (Spring's WebClient), "--> POST
// https://...".
func methodDump(l []byte) bool {
	// Where each method last occurs: each ends in a space, so the spaces are gone through from
	// the end, once, rather than l searched for each method.
	var last [len(requestMethods)]int
	for k := range last {
		last[k] = -1
	}
	for j := bytes.LastIndexByte(l, ' '); j >= 0; j = bytes.LastIndexByte(l[:j], ' ') {
		for k, m := range requestMethods {
			// (The byte before the space first: most words end in none of the methods' letters.)
			if i := j + 1 - len(m); last[k] < 0 && i >= 0 && l[j-1] == m[len(m)-2] && string(l[i:j+1]) == m {
				last[k] = i
			}
		}
	}
	for k, m := range requestMethods {
		if methodSends(l, last[k], m) {
			return true
		}
	}
	return false
}

// methodSends reports whether the method m, at i in l (-1: not there), starts what is being sent:
// a method word followed by a URL, and the headers printed after it.
func methodSends(l []byte, i int, m string) bool {
	if i < 0 || i > 0 && l[i-1] != ' ' && l[i-1] != '>' {
		return false
	}
	u := l[i+len(m):]
	if !urlStart(u) {
		return false
	}
	// The headers printed after the request's URL are the request's ("..., headers=["); a log
	// line that goes on to the response ("GET /x -> 400 mtapistatus=617020") is not.
	if bytes.Contains(u, []byte("header")) && !bytes.Contains(u, []byte("response")) &&
		!bytes.Contains(u, []byte("->")) && !bytes.Contains(u, []byte("status")) {
		return true
	}
	// ">>> GET http://h/list {'Mtapistatus': '555001'}": the bracket follows the URL.
	sp := bytes.IndexAny(u, " \t")
	return sp < 0 || len(bytes.TrimSpace(u[sp:])) == 0
}

// escapedLines reads a line that holds header lines with their CRLF escaped, as tshark -T fields
// prints http.response.line ("302\tLocation: /r2\r\n,Mtapistatus: -1\r\n,..."): one response,
// whose status is a field of three digits before the headers. It reports whether it found the
// header.
func (p *textParser) escapedLines(b []byte) bool {
	// A whole message quoted in a log line, as Go's log.Printf("%q", httputil.DumpResponse(...))
	// writes it: read it as the HTTP text it is (its request, headers and body apart).
	if q := bytes.Index(b, []byte(`"`)); q >= 0 {
		rest := b[q+1:]
		if _, ok := statusFromLine(rest); ok || isRequestLine(bytes.SplitN(rest, []byte(`\r\n`), 2)[0]) {
			if end := stringEnd(b, q+1); end > q && !p.nested {
				p.embeddedText(unescapeJSON(b[q+1 : end]))
				return true
			}
		}
	}
	var r values
	code, fields, request := 0, 0, false
	for piece := range bytes.SplitSeq(b, []byte(`\r\n`)) {
		if code == 0 && fields == 0 {
			// A status line after a logger's prefix: "... dumpio_out (data-HEAP): HTTP/1.1 400
			// Bad Request\r\nDate: ..."; a request line there makes the lines a request's.
			if h := bytes.Index(piece, []byte("HTTP/")); h >= 0 {
				if c, ok := statusFromLine(piece[h:]); ok {
					code = c
					continue
				}
			}
			if s := bytes.LastIndex(piece, []byte(": ")); s >= 0 && isRequestLine(piece[s+2:]) {
				request = true
				continue
			}
		}
		if t := bytes.LastIndexByte(piece, '\t'); t >= 0 {
			for f := range bytes.SplitSeq(piece[:t], []byte("\t")) {
				if c, err := strconv.Atoi(string(f)); err == nil && len(f) == 3 && c >= 100 && c < 600 {
					code = c
				}
			}
			piece = piece[t+1:]
		}
		piece = bytes.TrimLeft(piece, ", ")
		name, value, ok := headerLine(piece)
		if !ok {
			continue
		}
		fields++
		request = request || requestOnlyField(name)
		if isHeaderName(name) {
			r.addValue(string(value))
		}
	}
	if request {
		// tshark -T fields' http.request.line cell: the request's header lines, whose Host,
		// User-Agent or Accept say what they are. Nothing in them counts.
		p.ans.sentRequest()
		p.passOver(b, RoleRequest, "a request's header lines (Host, User-Agent or Accept among them)")
		return true
	}
	if !r.found {
		// Header lines without the header: a name inside another field's value (X-Trace:
		// upstream said mtapistatus: 555006\r\n) is never read as one.
		return fields >= 2
	}
	if code == 0 && fields < 2 {
		// One raw line of a message, dumped with its CRLF written out (Apache's mod_dumpio:
		// "dumpio_in (data-HEAP): mtapistatus: 555001\r\n"): a logger that dumps what goes in
		// and out of a socket shows both sides, and nothing on the line says whose it is.
		p.passOver(b, RoleOther, "one raw header line dumped with its CRLF written out, with no status on it: nothing says whose it is")
		return true
	}
	p.whole("", code, &r)
	return true
}

// requestOnlyField reports a field that only a request carries.
func requestOnlyField(name []byte) bool {
	for _, n := range [...]string{"host", "user-agent", "accept"} {
		if len(name) == len(n) && bytes.EqualFold(name, []byte(n)) {
			return true
		}
	}
	return false
}

// dotnetStatus reads the first line .NET prints for an HttpResponseMessage:
// "StatusCode: 400, ReasonPhrase: 'Bad Request', Version: 1.1, Content: ..., Headers:".
func dotnetStatus(b []byte) (int, string, bool) {
	rest, ok := bytes.CutPrefix(b, []byte("StatusCode: "))
	if !ok || len(rest) < 3 {
		return 0, "", false
	}
	code := 0
	for _, c := range rest[:3] {
		if c < '0' || c > '9' {
			return 0, "", false
		}
		code = code*10 + int(c-'0')
	}
	reason, version := "", "1.1"
	for _, f := range bytes.Split(rest[3:], []byte(", ")) {
		if v, ok := bytes.CutPrefix(f, []byte("ReasonPhrase: ")); ok {
			reason = string(bytes.Trim(v, "'"))
		}
		if v, ok := bytes.CutPrefix(f, []byte("Version: ")); ok {
			version = string(v)
		}
	}
	line := "HTTP/" + version + " " + string(rest[:3])
	if reason != "" {
		line += " " + reason
	}
	return code, line, true
}

// tableRow reads a header from a two-column table: "mtapistatus    617020" (PowerShell's Headers
// view) or "mtapistatus<TAB>617020" (copied from a browser's or Postman's header table). Only the
// mtapistatus row is recognised, so that prose lines never pass for headers.
func tableRow(b []byte) (name, value []byte, ok bool) {
	n := len(codes.HeaderName)
	if t := bytes.IndexByte(b, '\t'); t > n && isHeaderKey(b[:t]) {
		// A name cell that says the header is the response's: Kibana's document table of
		// Elastic's fields, "http.response.headers.Mtapistatus<TAB>617020" (read_spantags.go).
		b = b[t-n:]
	}
	if len(b) <= n+1 || !bytes.EqualFold(b[:n], []byte(codes.HeaderName)) {
		return nil, nil, false
	}
	gap := b[n:]
	if !(gap[0] == '\t' || len(gap) > 2 && gap[0] == ' ' && gap[1] == ' ') {
		return nil, nil, false
	}
	value = bytes.TrimSpace(gap)
	if len(value) == 0 || bytes.IndexByte(value, '\t') >= 0 {
		// (A row with more cells is no name and value: "mtapistatus<TAB>555002<TAB>617020"
		// under "Header<TAB>Request<TAB>Response" holds both sides.)
		return nil, nil, false
	}
	return b[:n], value, true
}

// quotedMember reads a dict or JSON member on a line of its own: "mtapistatus": "617020", or
// 'mtapistatus': '617020'.
func quotedMember(b []byte) (name, value []byte, ok bool) {
	if len(b) < 2 || (b[0] != '"' && b[0] != '\'') {
		return nil, nil, false
	}
	end := bytes.IndexByte(b[1:], b[0])
	if end < 0 {
		return nil, nil, false
	}
	name = b[1 : 1+end]
	rest := bytes.TrimLeft(b[2+end:], " \t")
	switch {
	case bytes.HasPrefix(rest, []byte(":")):
		rest = rest[1:]
	case bytes.HasPrefix(rest, []byte("=>")):
		rest = rest[2:]
	default:
		return nil, nil, false
	}
	rest = bytes.TrimSpace(rest)
	rest = bytes.TrimRight(rest, ",")
	rest = bytes.TrimSpace(rest)
	rest = bytes.TrimPrefix(rest, []byte("["))
	rest = bytes.TrimSuffix(rest, []byte("]"))
	return name, rest, true
}

func isHeaderName(name []byte) bool {
	return len(name) == len(codes.HeaderName) && bytes.EqualFold(name, []byte(codes.HeaderName))
}

// isRequestLine recognises "GET /path HTTP/1.1".
func isRequestLine(b []byte) bool {
	sp := bytes.IndexByte(b, ' ')
	if sp <= 0 || sp > 10 {
		return false
	}
	for _, c := range b[:sp] {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	last := bytes.LastIndexByte(b, ' ')
	// The target is a path, a URL or an authority: never a colon ("PROTO        : HTTP/1.1" is
	// go-resty's field of a response).
	target := bytes.TrimSpace(b[sp:max(sp, last)])
	return last > sp && bytes.HasPrefix(b[last+1:], []byte("HTTP/")) && len(target) > 0 && target[0] != ':'
}

// stripANSI removes terminal escape sequences (CSI, OSC, and two-byte escapes) so that coloured
// output from HTTPie or curl matches like plain text.
func stripANSI(dst, b []byte) []byte {
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != 0x1b {
			dst = append(dst, c)
			continue
		}
		if i+1 >= len(b) {
			break
		}
		switch b[i+1] {
		case '[':
			j := i + 2
			for j < len(b) && (b[j] < 0x40 || b[j] > 0x7e) {
				j++
			}
			i = j
		case ']', 'P', '_', '^':
			j := i + 2
			for j < len(b) {
				if b[j] == 0x07 {
					break
				}
				if b[j] == 0x1b && j+1 < len(b) && b[j+1] == '\\' {
					j++
					break
				}
				j++
			}
			i = j
		default:
			i++
		}
	}
	return dst
}

// prompted reports whether a line's first words are a shell's prompt before a command: "$ ",
// "user@host:~$ ", "% ", PowerShell's "PS C:\> ", cmd's "C:\> ".
func prompted(f [][]byte) bool {
	if len(f) < 2 {
		return false
	}
	w := f[0]
	switch {
	case string(w) == "$" || string(w) == "%":
		return true
	case len(w) > 1 && w[len(w)-1] == '$' && bytes.ContainsAny(w, "@:~/"):
		return true
	case string(w) == "PS" && bytes.HasSuffix(f[1], []byte(">")) && len(f) > 2:
		return true
	case string(w) == "Every" && len(f) > 2 && watchInterval(f[1]):
		// watch(1)'s title row: "Every 3.0s: http -h URL mtapistatus:555002", the command it
		// runs.
		return true
	}
	return len(w) > 2 && w[len(w)-1] == '>' && w[1] == ':' && (w[2] == '\\' || w[2] == '/')
}

// watchInterval reports whether w is watch(1)'s interval in its title: "3.0s:", "2s:".
func watchInterval(w []byte) bool {
	w, ok := bytes.CutSuffix(w, []byte("s:"))
	if !ok || len(w) == 0 {
		return false
	}
	for _, c := range w {
		if !isDigit(c) && c != '.' {
			return false
		}
	}
	return true
}

// commandLine recognises a line that sends a header rather than shows one received: a command line
// that passes it as an argument ("$ curl -H 'mtapistatus: 1' URL", bash -x's "+ curl ...",
// "http URL mtapistatus:1") or a statement of source code that sets it
// (curl --libcurl's 'curl_slist_append(slist1, "mtapistatus: 1");'). What it holds never counts.
func commandLine(b []byte) bool {
	name := indexFold(b)
	if name < 0 {
		return false
	}
	if clientCall(b[:name]) {
		return true // (read_requests.go)
	}
	before := b[:name]
	// A flag that sets a header starts a word: after a space, a backtick (Markdown's `-H '...'`)
	// or a quote. (At the start of a line it continues a command: DevTools' "Copy as cURL" puts
	// each "-H '...' \" on a line of its own.) Every flag starts with a dash: the dashes are gone
	// through once, rather than the line searched for each flag.
	for i := bytes.IndexByte(before, '-'); i >= 0; i = indexByteFrom(before, i+1, '-') {
		if i > 0 && before[i-1] != ' ' && before[i-1] != '`' && before[i-1] != '"' && before[i-1] != '\'' {
			continue
		}
		for _, flag := range [...]string{"-H ", "-H'", `-H"`, "--header ", "--header=", "--header'", `--header"`, "-header "} {
			if bytes.HasPrefix(before[i:], []byte(flag)) {
				return true
			}
		}
	}
	t := bytes.TrimRight(b, " \t\r\n")
	if bytes.HasSuffix(t, []byte(");")) && bytes.IndexByte(before, '(') > 0 || codeSetsHeader(b) {
		return true // (read_requests.go)
	}
	// A prompt or bash -x's "+ " before a client's name: "user@host:~$ http :8080 mtapistatus:1".
	// (prompted and the loop below look at the first five words, and at whether there are more.)
	var buf [6][]byte
	f, _ := leadingFields(buf[:0], before, len(buf))
	if prompted(f) {
		return true // any command typed at a prompt: "$ export HDR='mtapistatus: 1'"
	}
	for i, w := range f {
		if i > 3 {
			break
		}
		switch string(w) {
		case "curl", "wget", "http", "https", "xh", "xhs", "curlie", "httpie":
			return i == 0 || bytes.HasSuffix(f[i-1], []byte("$")) || bytes.HasSuffix(f[i-1], []byte("#")) ||
				bytes.HasSuffix(f[i-1], []byte(">")) || bytes.Trim(f[i-1], "+") == nil
		}
	}
	return false
}

// rawHTTP reports whether the header block just read was raw HTTP text, whose body can be framed
// by its byte count: no debug format, log prefix, packet dump or indentation rewrote its lines.
func (p *textParser) rawHTTP() bool {
	return p.mode == modeNone && !p.pre.on && p.pkt.mode == packetNone && p.indent == 0 && !p.nested
}

// numberedMarker returns the index of the direction mark in "12 > ..." or "12 < ...", or 0.
func numberedMarker(b []byte) int {
	i := 0
	for i < len(b) && i < 7 && isDigit(b[i]) {
		i++
	}
	if i == 0 || i+2 > len(b) || b[i] != ' ' || b[i+1] != '<' && b[i+1] != '>' || i+2 < len(b) && b[i+2] != ' ' {
		return 0
	}
	return i + 1
}

// httrLine reports whether what follows an httr arrow is a line of an HTTP message (a request or
// status line, a header line, the blank line that ends the block): elsewhere "-> " leads a log's
// own text ("-> mtapistatus=617020 x=1"), and Ruby's Net::HTTP quotes what it read after it.
func httrLine(rest []byte) bool {
	rest = bytes.TrimRight(rest, " \t\r")
	if len(rest) == 0 || isRequestLine(rest) {
		return true
	}
	if _, ok := statusFromLine(rest); ok {
		return true
	}
	_, _, ok := headerLine(rest)
	return ok
}
