package headers

import (
	"bytes"

	"github.com/mtapi-cli/mtapi/codes"
)

// Sections. Browser developer tools ("Copy" of the Headers tab), Postman's console and .NET's
// HttpClient logging print a request's headers and a response's under titles of their own
// ("Request Headers", "Response Headers", "Response Body"), with no status line or blank line to
// tell them apart. Under a request's or a body's title nothing counts until a response's title (or
// a status line); under a response's title the lines are its header block. Chrome's panel may also
// put a name and its value on lines of their own ("mtapistatus" then "617020").

type section uint8

const (
	sectionNone section = iota
	sectionGeneral
	sectionRequest
	sectionResponse
	// sectionRequestBlock is a request's whole block ("HTTP request:", as Gatling logs it), in which
	// a plain "headers:" title is still the request's.
	sectionRequestBlock
	// sectionHeaders is a plain "Headers" title: the response's (Postman's "Headers (7)"), unless it
	// stands in a request's block.
	sectionHeaders
	// sectionPrinted is a body a program printed after its label (printedBody): nothing in it
	// counts, a title included ("Response Headers" in a release note), up to the first line that
	// does not come to the sections reader right after it (a blank line, a status line) or that
	// starts as the label's line did (the program's next line).
	sectionPrinted
	// sectionEcho is the output of a command at a PowerShell prompt that shows what the session
	// wrote or a body (read_psprompt.go): nothing in it counts, up to the next prompt.
	sectionEcho
	// sectionExpected is a ticket's "Expected:" block: what its writer wanted, never what came
	// back (the "Actual:" block after it is). Nothing in it counts, a status line included.
	sectionExpected
	// sectionSent is a request's header lines under a logger's title that gave its method and
	// target (messageTitle): nothing in them counts, up to the first line that is no header
	// line (the logger's next record, "INFO: ..." included).
	sectionSent
	// sectionRepeat is a response's header lines that a logger prints again under a title with
	// the same request id as the response's above (Azure.Core's "Error response [id]" after its
	// "Response [id]"): passed over as sectionSent's are, the response counted once.
	sectionRepeat
)

// sectionsState is the sections reader's own: where a printed body is.
type sectionsState struct {
	// expectedBody: a line was read under an "Expected:" title; the blank line after it ends the
	// block (endExpected).
	expectedBody bool
	// printedLine is the last line of the printed body; printedLead the tag and arrows its label's
	// line started with.
	printedLine int
	printedLead []byte
	// titleCount is one more than the responses reported when the last response's title was
	// read (zero: none yet), on line titleLine: a title a line or two under it, with no response
	// reported between them, is its own subtitle.
	titleCount, titleLine int
	// ps remembers what a PowerShell session's variables were set from (read_psprompt.go).
	ps psPromptState
	// responseID is the request id of the last response's title that gave one (messageTitle).
	responseID []byte
}

// inPrinted reports whether a line that came to the sections reader goes on the printed body
// that the line before it was in, and ends the body where it does not.
func (p *textParser) inPrinted(body []byte, lead int) bool {
	if p.section != sectionPrinted {
		return false
	}
	st := readerState[sectionsState](p, famSections)
	if p.lineNo == st.printedLine+1 && (len(st.printedLead) == 0 || lead > 0 || !bytes.HasPrefix(body, st.printedLead)) {
		st.printedLine = p.lineNo
		return true
	}
	p.section = sectionNone
	return false
}

// sectionTitle recognises a title line, with or without a colon, a disclosure triangle or a count
// ("Headers (7)"), or a program's label before the object it prints (objectLabel). It allocates
// nothing: the fast path of large logs asks it about short lines.
func sectionTitle(b []byte) section {
	t := bytes.TrimSpace(trimEOL(b))
	if len(t) > 2*48 {
		return sectionNone
	}
	if t = objectLabel(t); len(t) == 0 || len(t) > 48 {
		return sectionNone
	}
	// (A YAML list's item may be a title: a VCR cassette's "- request:"; so may a disclosure
	// triangle that text recognition read as a letter: "v Request Headers".)
	t = bytes.TrimPrefix(t, []byte("- "))
	if len(t) > 2 && t[0] == 'v' && t[1] == ' ' && t[2] >= 'A' && t[2] <= 'Z' {
		t = t[2:]
	}
	for _, tri := range [...]string{"▼", "▶", "►", "▾", "▸"} {
		t = bytes.TrimPrefix(t, []byte(tri))
	}
	// A logger's title set between runs of marks: Tesla's ">>> REQUEST >>>" and "<<< RESPONSE <<<",
	// Dio's "*** Request ***", "=== Response ===". (A single mark on one side is a marker of its
	// own: curl's "> ", a Markdown heading's "#", emphasis's "*".)
	// (The quotation stage may have taken ">>> " for a reply's quotation: "REQUEST >>>".)
	if n := len(t); n > 3 && (bytes.IndexByte(titleMarks, t[0]) >= 0 && t[1] == t[0] || bytes.IndexByte(titleMarks, t[n-1]) >= 0 && t[n-2] == t[n-1]) {
		t = bytes.Trim(t, string(titleMarks)+" ")
	}
	// (go-resty aligns its colons: "HEADERS      :".)
	t = bytes.TrimSpace(bytes.TrimSuffix(bytes.TrimSpace(t), []byte(":")))
	if i := bytes.LastIndexByte(t, '('); i > 0 && t[len(t)-1] == ')' {
		t = bytes.TrimSpace(t[:i])
	}
	var buf [48]byte
	l := buf[:0]
	for _, c := range t {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		l = append(l, c)
	}
	switch string(l) {
	case "general":
		return sectionGeneral
	case "headers":
		return sectionHeaders
	case "response headers", "response header", "raw response headers", "response", "http response":
		return sectionResponse
	case "request", "http request", "request and response":
		// (ASP.NET Core's HttpLogging with CombineLogs writes one entry, "Request and Response:",
		// the request's fields first, then the response's from its "StatusCode: 400" line on.)
		return sectionRequestBlock
	case "request headers", "request header", "raw request headers", "request body", "request payload",
		"payload", "query string parameters", "form data", "response body", "body", "cookies",
		"response content", "request content", "content",
		"request cookies", "response cookies", "preview", "timing", "network":
		return sectionRequest
	case "expected", "expected result", "expected response", "expected behavior", "expected behaviour",
		"expected output", "expected headers":
		return sectionExpected
	}
	if i := bytes.LastIndexByte(l, '.'); i > 0 && bytes.IndexByte(l, ' ') < 0 && isWordByte(l[i-1]) {
		// An instrumentation event's name: Excon's "excon.request" and "excon.response".
		switch string(l[i+1:]) {
		case "request":
			return sectionRequestBlock
		case "response":
			return sectionResponse
		}
	}
	return sideTitle(l)
}

// titleMarks are the marks a logger sets a title between.
var titleMarks = []byte("*<>=-~+")

// objectLabel returns the label of a line that a program printed before an object, without the
// direction arrows it may lead with: Node's console.log('<< response headers', headers) writes
// "<< response headers [Object: null prototype] {", and ">> request headers {" for what it sent.
// The label says whose the object's lines are, as a title does. Any other line is returned as it
// is.
func objectLabel(t []byte) []byte {
	t = t[arrowLen(t):]
	if l := len(t); l > 1 && (t[l-1] == '{' || t[l-1] == '[') {
		// The label ends where the object (or its type tag) starts. (A member's key before its
		// value, "response: {", "headers = {", is no label: the object is the key's, inside
		// another.)
		label := bytes.TrimSpace(t[:bytes.IndexAny(t, "{[")])
		if n := len(label); n > 0 && label[n-1] != ':' && label[n-1] != '=' {
			return label
		}
	}
	return t
}

// arrowLen returns the length of the direction arrows a label line starts with, and the space
// after them: ">> ", "<< ", ">>> ", "<<< " (never curl -v's single "> " and "< ").
func arrowLen(t []byte) int {
	n := 0
	for n < len(t) && n < 4 && t[n] == t[0] && (t[0] == '<' || t[0] == '>') {
		n++
	}
	if n < 2 || n > 3 || n == len(t) || t[n] != ' ' {
		return 0
	}
	return n + 1
}

// printedBody reports whether a line is a body that a program printed after its label, as
// console.log('body', text) writes "body Release notes", axios's interceptors "[axios] data {...}",
// a client "<< body ..." and .NET's Console.WriteLine("Body: " + text) "Body: Release notes": the
// label (body, data, payload; with a colon in any case), led by a logger's "[tag] " or direction
// arrows, then a space and the body's first line. It returns the tag and arrows before the label,
// with which the program's next line starts.
func printedBody(t []byte) (lead []byte, ok bool) {
	i := 0
	if len(t) > 2 && t[0] == '[' {
		if j := bytes.IndexByte(t[:min(len(t), 33)], ']'); j > 1 && j+1 < len(t) && t[j+1] == ' ' {
			i = j + 2
		}
	}
	i += arrowLen(t[i:])
	// (A side's word may come first: Mojo's "res body: ...", "response body: ...".)
	for _, side := range [...]string{"res ", "resp ", "response ", "req ", "request "} {
		if len(t)-i > len(side) && bytes.EqualFold(t[i:i+len(side)], []byte(side)) {
			i += len(side)
			break
		}
	}
	for _, label := range [...]string{"body", "data", "payload", "BODY"} {
		rest, found := bytes.CutPrefix(t[i:], []byte(label))
		if !found && len(t)-i > len(label) && bytes.EqualFold(t[i:i+len(label)], []byte(label)) && t[i+len(label)] == ':' {
			// "Body: Release notes", as a program writes Console.WriteLine("Body: " + text): the
			// label in any case, with its colon.
			rest, found = t[i+len(label)+1:], true
		}
		if found && len(rest) > 1 && rest[0] == ' ' && len(bytes.TrimSpace(rest)) > 0 {
			return t[:i], true
		}
	}
	return nil, false
}

// sideTitle reads a title that other tools word otherwise, from its words alone: "Sent headers",
// "Outgoing headers", "Request sent" name the request's side; "Received headers", "Incoming
// headers" the response's. Every word must be one of a title's, so that a line of prose ("the
// request was sent") is none. l is lower-case. (A title drawn between marks, ">>> Request",
// "--- request ---", comes here without them: sectionTitle.)
func sideTitle(l []byte) section {
	ask, reply, words := false, false, 0
	for w := range bytes.FieldsSeq(l) {
		words++
		switch string(w) {
		case "request", "sent", "outgoing", "outbound":
			ask = true
		case "response", "received", "incoming", "inbound":
			reply = true
		case "headers", "header", "http", "the":
		default:
			return sectionNone
		}
	}
	switch {
	case words == 0 || ask == reply:
		return sectionNone
	case ask:
		return sectionRequest
	}
	return sectionResponse
}

// sectionLine reads a line in loose text when a title has been seen, or is one. It reports
// whether it handled the line.
func (p *textParser) sectionLine(body []byte, lead int, partial bool) bool {
	if p.only&famSections == 0 {
		return false
	}
	if p.unreadLine(body, lead) || p.readTitle(body, lead) {
		return true
	}
	if handled, done := p.sectionStatus(body, lead); done {
		return handled
	}
	switch p.section {
	case sectionNone:
		return false
	case sectionRequest, sectionRequestBlock:
		return true
	case sectionSent, sectionRepeat:
		if name, _, ok := headerLine(body); ok && !logLevelName(name) {
			if p.section == sectionRepeat {
				p.passOver(body, RoleOther, "under a logger's title that repeats the response with the same request id above: counted once")
			} else {
				p.passOver(body, RoleRequest, "under a logger's title of a request: the request's header lines")
			}
			return true
		}
		p.section = sectionNone
		return false
	case sectionExpected:
		readerState[sectionsState](p, famSections).expectedBody = true
		p.passOver(body, RoleOther, "under a title that says what was expected (\"Expected:\"): never what came back")
		return true
	}
	return p.pairLine(body, partial)
}

// unreadLine passes over a line where nothing counts: a PowerShell prompt and what a command
// after it showed of a literal or a body (read_psprompt.go), a body a program printed after its
// label. It reports whether it took the line.
func (p *textParser) unreadLine(body []byte, lead int) bool {
	if cmd, ok := psPrompt(body); ok && lead == 0 {
		p.promptLine(body, cmd)
		return true
	}
	if p.section == sectionEcho {
		p.passOver(body, RoleOther, "in what a command at a PowerShell prompt showed: a literal the session wrote, or a body")
		return true
	}
	if p.inPrinted(body, lead) {
		p.passOver(body, RoleOther, "in a body a program printed after its label")
		return true
	}
	if lead == 0 && p.section != sectionRequest && p.section != sectionRequestBlock {
		if tag, ok := printedBody(body); ok {
			p.endLoose()
			st := readerState[sectionsState](p, famSections)
			st.printedLine, st.printedLead = p.lineNo, append(st.printedLead[:0], tag...)
			p.section, p.pairName = sectionPrinted, sectionPairNone
			p.passOver(body, RoleOther, "in a body a program printed after its label")
			return true
		}
	}
	return false
}

// readTitle reads a title, and reports whether the line was one.
func (p *textParser) readTitle(body []byte, lead int) bool {
	s := sectionTitle(body)
	if s == sectionNone && lead == 0 {
		s = loggedTitle(body)
	}
	code, message := 0, false
	var id []byte
	if s == sectionNone {
		s, code, id = messageTitle(body, lead == 0)
		message = s != sectionNone
	}
	if s == sectionNone {
		return false
	}
	p.endLoose()
	st := readerState[sectionsState](p, famSections)
	if message {
		// The title starts its message: a request's is the request itself; a response's gives
		// the status of the header block under it, unless its request id says it is the
		// response above again.
		switch {
		case s == sectionResponse && len(id) > 0 && bytes.Equal(id, st.responseID):
			s, code = sectionRepeat, 0
		case s == sectionResponse:
			st.responseID = append(st.responseID[:0], id...)
		case s == sectionSent:
			p.ans.sentRequest()
		}
		p.pendingCode, p.pendingLine = code, ""
	}
	switch {
	case s == sectionResponse && p.section == sectionResponse && st.titleCount == p.d.count+1 && p.lineNo-st.titleLine <= 3:
		// A response's title right under another, a line or two on with nothing reported
		// between them (Bruno's "Response", its status and timing, "Response Headers"): the
		// same response's subtitle.
		p.ans.subtitled(p.lineNo)
	case s == sectionResponse || s == sectionHeaders && p.section != sectionResponse && p.section != sectionRequestBlock:
		// A response's title; not a "headers:" title inside one (Gatling's "HTTP response:",
		// "status:", "headers:").
		p.ans.titled(p.lineNo)
	}
	if s == sectionResponse || s == sectionHeaders {
		st.titleCount, st.titleLine = p.d.count+1, p.lineNo
	}
	switch {
	case s == sectionHeaders && p.section == sectionRequestBlock:
		s = sectionRequestBlock
	case s == sectionRequest && p.section == sectionRequestBlock && !containsFold(string(body), "response"):
		// A part of the request inside its block (a VCR cassette's "body:" under "- request:"):
		// a "headers:" after it is still the request's.
		s = sectionRequestBlock
	case s == sectionHeaders:
		s = sectionResponse
	}
	p.section, p.pairName = s, sectionPairNone
	return true
}

// sectionStatus reads a response's status under a title, and the lines that end a section's
// block; done says it decided the line, handled whether it took it.
func (p *textParser) sectionStatus(body []byte, lead int) (handled, done bool) {
	if p.section == sectionResponse && bytes.EqualFold(bytes.TrimSpace(body), []byte("status:")) {
		// Gatling: "status:" and, on the next line, "409 Conflict".
		p.pairName = sectionPairStatus
		return true, true
	}
	if v, ok := cutStatus(body); ok && p.section == sectionResponse && !p.d.open {
		// go-resty: "STATUS       : 400 Bad Request" under "~~~ RESPONSE ~~~".
		p.pendingCode = leadingStatus(v)
		return true, true
	}
	if v, ok := cutStatusCode(body); ok && p.section != sectionRequest && p.section != sectionRequestBlock && p.section != sectionSent {
		// "Status Code: 409 Conflict", in the General group or above the headers.
		p.pendingCode = leadingStatus(v)
		return true, true
	}
	if p.section == sectionResponse && lead == 0 && len(body) == 1 && body[0] == '}' {
		// The object printed under the title closes (.NET's ToString() of a response under
		// "Response:", its headers in braces): what follows is its body, or anything but the
		// title's.
		p.endLoose()
		p.section, p.pairName = sectionNone, sectionPairNone
		return true, true
	}
	if _, _, ok := dotnetStatus(body); ok && p.section == sectionRequestBlock {
		// A request's block ends at a response's status, as .NET writes it ("StatusCode: 400"):
		// a request has none. The HTTP reader starts the response there.
		p.section, p.pairName = sectionNone, sectionPairNone
		return false, true
	}
	return false, false
}

// pairLine reads a line of a General or response section: Chrome's panel without colons puts a
// name on a line of its own and its value on the next.
func (p *textParser) pairLine(body []byte, partial bool) bool {
	switch p.pairName {
	case sectionPairHeader:
		p.pairName = sectionPairNone
		if !p.d.open {
			p.start("", p.pendingCode)
			p.pendingCode = 0
		}
		p.values(body, partial)
		return true
	case sectionPairStatus:
		p.pairName = sectionPairNone
		p.pendingCode = leadingStatus(body)
		return true
	case sectionPairOther:
		p.pairName = sectionPairNone
		return true
	}
	if isPairName(body) {
		switch {
		case isHeaderName(body):
			p.pairName = sectionPairHeader
		case bytes.EqualFold(body, []byte("status code")):
			p.pairName = sectionPairStatus
		default:
			p.pairName = sectionPairOther
		}
		return true
	}
	return false
}

// isPairName reports a line that is a name alone: a header's ("mtapistatus") or the General
// group's ("Request Method").
func isPairName(b []byte) bool {
	if len(b) == 0 || len(b) > 40 || !isLetter(b[0]) {
		return false
	}
	for _, c := range b {
		// (A bar is a token byte, but a name alone never holds one: "name | value" is a table's
		// header row.)
		if !isTokenByte(c) && c != ' ' || c == '|' {
			return false
		}
	}
	return true
}

type sectionPair uint8

const (
	sectionPairNone sectionPair = iota
	sectionPairHeader
	sectionPairStatus
	sectionPairOther
)

// cutStatusCode reads "Status Code: 409 Conflict" (a tab may stand for the space).
func cutStatusCode(b []byte) ([]byte, bool) {
	const name = "status code:"
	if len(b) <= len(name) || !bytes.EqualFold(b[:len(name)], []byte(name)) {
		return nil, false
	}
	return bytes.TrimSpace(b[len(name):]), true
}

// cutStatus reads a status field under a response's title: "Status: 409 Conflict", or with the
// colon aligned as go-resty prints it, "STATUS       : 409 Conflict".
func cutStatus(b []byte) ([]byte, bool) {
	const name = "status"
	if len(b) <= len(name) || !bytes.EqualFold(b[:len(name)], []byte(name)) {
		return nil, false
	}
	rest := bytes.TrimLeft(b[len(name):], " \t")
	if len(rest) == 0 || rest[0] != ':' || leadingStatus(rest[1:]) == 0 {
		return nil, false
	}
	return bytes.TrimSpace(rest[1:]), true
}

// decoratedTitle returns the title between runs of a fence's or a rule's characters, "~~~ RESPONSE
// ~~~" (as go-resty's debug log prints it), "--- request GET http://h/list ---" (a program's own
// separators), with a line end, or nil when t is no such title. A side's word with the request's
// method and target, or the response's status, after it is that side's title.
func decoratedTitle(t []byte) []byte {
	t = bytes.TrimSpace(trimEOL(t))
	if len(t) < 8 {
		return nil
	}
	c := t[0]
	run := func(b []byte) int {
		n := 0
		for n < len(b) && b[n] == c {
			n++
		}
		return n
	}
	lead := run(t)
	trail := 0
	for trail < len(t)-lead && t[len(t)-1-trail] == c {
		trail++
	}
	if lead < 3 || trail < 3 {
		return nil
	}
	inner := bytes.TrimSpace(t[lead : len(t)-trail])
	if len(inner) == 0 {
		return nil
	}
	if sectionTitle(inner) == sectionNone {
		switch sideWithLine(inner) {
		case sectionRequest:
			return []byte("Request headers\n")
		case sectionResponse:
			return []byte("Response headers\n")
		}
		return nil
	}
	return append(inner[:len(inner):len(inner)], '\n')
}

// sideWithLine reads a title that names a side and then what starts its message: "request GET
// http://h/list" (a method in capitals and a target), "response 400 Bad Request" (a status and its
// reason in words).
func sideWithLine(t []byte) section {
	word, rest, _ := bytes.Cut(t, []byte(" "))
	rest = bytes.TrimSpace(rest)
	method, target, _ := bytes.Cut(rest, []byte(" "))
	switch {
	case bytes.EqualFold(word, []byte("request")):
		if len(method) == 0 || len(method) > 10 || !isUpper(method) || len(bytes.TrimSpace(target)) == 0 || bytes.ContainsAny(target, " \t") {
			return sectionNone
		}
		return sectionRequest
	case bytes.EqualFold(word, []byte("response")):
		if leadingStatus(rest) == 0 {
			return sectionNone
		}
		for w := range bytes.FieldsSeq(rest[3:]) {
			if !plainWord(w) {
				return sectionNone
			}
		}
		return sectionResponse
	}
	return sectionNone
}

// messageSides are the words of a logger's title that names a side before its message's start
// (messageTitle), in any case.
var messageSides = [...]struct {
	words string
	side  section
	// url: the title's URL follows its words, and whatever the logger adds after it (OkHttp's
	// documented LoggingInterceptor: "Sending request http://h/r1 on Connection{...}", "Received
	// response for http://h/r1 in 106.9ms"); the response's status is then not on the line.
	url bool
	// bracket: the request line or status line follows in brackets, after the object's type
	// (Jetty's HttpClient: "Request headers HttpRequest[GET /list HTTP/1.1]@c818063", "Response
	// headers HttpResponse[HTTP/1.1 400 Bad Request]@397f0a89").
	bracket bool
}{
	{words: "request", side: sectionSent}, {words: "http request", side: sectionSent},
	{words: "response", side: sectionResponse}, {words: "http response", side: sectionResponse},
	// (Azure.Core logs an error status again at its warning level, "Error response [id] 400
	// ...", with the response's request id: sectionRepeat.)
	{words: "error response", side: sectionResponse},
	{words: "sending request", side: sectionSent, url: true},
	{words: "received response for", side: sectionResponse, url: true},
	{words: "request headers", side: sectionSent, bracket: true},
	{words: "response headers", side: sectionResponse, bracket: true},
}

// messageTitle reads a client logger's title that names a side and then what starts the message,
// on one line, as the Azure SDKs print them: Azure.Core's "Request [id] GET https://h/list",
// "Response [id] 400 Bad Request (00.0s)" and "Error response [id] 400 ..."; Azure SDK for C++'s
// "HTTP Request : GET https://h/list" and "HTTP Response (37ms) : 400 Bad Request". The title
// starts the line, or (inPrefix) follows a logger's prefix that ends in ": ", "] " or " - "
// ("[Informational] Azure-Core: ", "[2026-12-07T21:40:01Z T: 23464] INFO  : "). It returns
// sectionSent for a request's (its method and target, and nothing after them but the version)
// and sectionResponse, with the status, for a response's (its status and reason in words, and a
// timing); and the request id in brackets after the side's words, if any.
//
// A line that starts with a letter or '[', or with a timestamp or a date, is one the fast path of
// loose text never passes over (pass.go); no other line is read as a title.
func messageTitle(b []byte, inPrefix bool) (s section, code int, id []byte) {
	if len(b) < 10 || !isLetter(b[0]) && b[0] != '[' && stampLen(b) == 0 && !datedStart(b) {
		return sectionNone, 0, nil
	}
	if s, code, id = sideMessage(b); s != sectionNone || !inPrefix {
		return s, code, id
	}
	for i := 2; i < min(len(b)-8, maxFields); i++ {
		if b[i-1] == ' ' && (b[i-2] == ':' || b[i-2] == ']' || b[i-2] == '-' && i > 2 && b[i-3] == ' ') && isLetter(b[i]) {
			if s, code, id = sideMessage(b[i:]); s != sectionNone {
				return s, code, id
			}
		}
	}
	return sectionNone, 0, nil
}

// datedStart reports a line that starts with digits and then '-', '/' or ':', as a date a logger
// writes its own way does ("2026-12-08 00:52:05.946:DBUG:...", Jetty's StdErrLog): lines the fast
// path of loose text reads too (lineSourceWants).
func datedStart(b []byte) bool {
	i := 0
	for i < len(b) && isDigit(b[i]) {
		i++
	}
	return i > 0 && i < len(b) && (b[i] == '-' || b[i] == '/' || b[i] == ':')
}

// sideMessage reads messageTitle's title at the start of t.
func sideMessage(t []byte) (section, int, []byte) {
	for _, m := range messageSides {
		n := len(m.words)
		if len(t) <= n+1 || t[n] != ' ' || !bytes.EqualFold(t[:n], []byte(m.words)) {
			continue
		}
		rest, id := skipEnclosed(bytes.TrimLeft(t[n:], " "), '[', ']') // the request's id
		rest, _ = skipEnclosed(rest, '(', ')')                         // the time it took
		if len(rest) > 0 && rest[0] == ':' {
			rest = bytes.TrimLeft(rest[1:], " ")
		}
		// (Where the words match and the rest does not, a longer title's may: "Request headers
		// HttpRequest[...]" after "Request".)
		switch {
		case m.bracket:
			if s, code, _ := bracketedStart(rest, m.side); s != sectionNone {
				return s, code, nil
			}
		case m.url:
			if bytes.HasPrefix(rest, []byte("http://")) || bytes.HasPrefix(rest, []byte("https://")) {
				return m.side, 0, nil
			}
		case m.side == sectionSent:
			if sentLine(rest) {
				return sectionSent, 0, id
			}
		default:
			if code := timedStatus(rest); code > 0 {
				return sectionResponse, code, id
			}
		}
	}
	return sectionNone, 0, nil
}

// bracketedStart reads the request line or status line a logger prints in brackets after an
// object's type and a word or two ("hasDemand=true HttpResponse[HTTP/1.1 400 Bad Request]@3"): the
// side's section, with the status for a response, or none.
func bracketedStart(rest []byte, side section) (section, int, []byte) {
	open := bytes.IndexByte(rest[:min(len(rest), 64)], '[')
	if open < 0 {
		return sectionNone, 0, nil
	}
	end := bytes.IndexByte(rest[open:], ']')
	if end < 0 {
		return sectionNone, 0, nil
	}
	in := rest[open+1 : open+end]
	if side == sectionSent {
		if isRequestLine(in) {
			return sectionSent, 0, nil
		}
		return sectionNone, 0, nil
	}
	if code, ok := statusFromLine(in); ok {
		return sectionResponse, code, nil
	}
	return sectionNone, 0, nil
}

// skipEnclosed skips what open and close enclose at the start of t, without white space, and
// the spaces after it; it returns the rest and what was enclosed.
func skipEnclosed(t []byte, open, close byte) (rest, enclosed []byte) {
	if len(t) < 2 || t[0] != open {
		return t, nil
	}
	i := bytes.IndexByte(t[:min(len(t), 80)], close)
	if i < 2 || bytes.ContainsAny(t[1:i], " \t") {
		return t, nil
	}
	return bytes.TrimLeft(t[i+1:], " "), t[1:i]
}

// sentLine reads a request's start as a logger prints it: the method in capitals, an absolute or
// rooted target, and at most the version after them.
func sentLine(t []byte) bool {
	f := bytes.Fields(t)
	if len(f) < 2 || len(f) > 3 || len(f[0]) > 10 || !isUpper(f[0]) ||
		!(f[1][0] == '/' || bytes.HasPrefix(f[1], []byte("http://")) || bytes.HasPrefix(f[1], []byte("https://"))) {
		return false
	}
	return len(f) == 2 || bytes.HasPrefix(f[2], []byte("HTTP/"))
}

// timedStatus reads a response's status as a logger prints it, "400 Bad Request (00.0s)": the
// code, its standard reason or none (so that "Response 200 items were read" is prose) and, last,
// the time it took; it returns the code, or 0.
func timedStatus(t []byte) int {
	code := leadingStatus(t[:min(len(t), 4)])
	if code == 0 {
		return 0
	}
	reason := bytes.TrimSpace(t[3:])
	if i := bytes.LastIndexByte(reason, '('); i >= 0 && reason[len(reason)-1] == ')' && bytes.IndexByte(reason[i:], ' ') < 0 {
		reason = bytes.TrimSpace(reason[:i])
	}
	if len(reason) > 0 && !bytes.EqualFold(reason, []byte(codes.HTTPText(code))) {
		return 0
	}
	return code
}

// leadingStatus reads the three-digit status at the start of "409 Conflict", or 0.
func leadingStatus(b []byte) int {
	b = bytes.TrimSpace(b)
	if len(b) < 3 || len(b) > 3 && b[3] != ' ' {
		return 0
	}
	code := 0
	for _, c := range b[:3] {
		if c < '0' || c > '9' {
			return 0
		}
		code = code*10 + int(c-'0')
	}
	if code < 100 || code > 599 {
		return 0
	}
	return code
}

// loggedTitle recognises a title that a logger prints at the end of its line, with a colon:
// "2026-12-07 11:20:01 INFO [http-audit] REQUEST HEADERS:", "... c.i.karate - request:". Only a
// title that names a side (request or response) is taken from a log line: a plain "headers:"
// after other words is too common to mean a section.
func loggedTitle(b []byte) section {
	t := bytes.TrimRight(b, " \t")
	if len(t) < 10 || t[len(t)-1] != ':' {
		return sectionNone
	}
	// The title is the last one, two or three words, after a space, ']' or '-'.
	end := len(t)
	start := end
	for words := 0; words < 3 && start > 0; words++ {
		i := bytes.LastIndexAny(t[:start], " \t]")
		if i < 0 {
			break
		}
		start = i
		cand := bytes.TrimLeft(t[start:end], " \t]")
		if len(cand) == 0 {
			continue
		}
		l := bytes.ToLower(cand)
		if !bytes.Contains(l, []byte("request")) && !bytes.Contains(l, []byte("response")) {
			continue
		}
		if s := sectionTitle(cand); s != sectionNone {
			return s
		}
		for start > 0 && (t[start-1] == ' ' || t[start-1] == '\t') {
			start--
		}
	}
	return sectionNone
}

// sectionsClaim claims a titled block from its first line's title ("Response Headers",
// "RESPONSE HEADERS:").
func sectionsClaim(h look) bool {
	return sectionTitle([]byte(h.first())) != sectionNone || loggedTitle([]byte(h.first())) != sectionNone
}

// endExpected ends an "Expected:" block at the blank line after its lines: what follows is what
// came back, titled or not.
func (p *textParser) endExpected() {
	if p.section != sectionExpected {
		return
	}
	if st := readerState[sectionsState](p, famSections); st.expectedBody {
		p.section, st.expectedBody = sectionNone, false
	}
}
