package headers

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"io"
	"math/bits"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/mtapi-cli/mtapi/codes"
)

// The structured reader is a lenient tokenizer for JSON and the object notations languages print
// (Python dict and tuple repr, Node's util.inspect, Go's fmt of http.Header), driving a stack of
// frames that recognise where a header value sits:
//
//   - a member whose key is mtapistatus: "mtapistatus": "617020" (or a number, or an array of
//     strings as curl's %{header_json} writes);
//   - an object {"name": "mtapistatus", "value": "617020"} (HAR, fetch, browser exports);
//   - a sequence whose even element is mtapistatus: ('mtapistatus', '617020'), Node's rawHeaders.
//
// A response is an object with a status or headers member, the value of a "response" key, or a
// top-level value. Subtrees under request, body and content keys are skipped, so a request header or
// a body never counts; when one response shows its headers twice (Node's headers and rawHeaders),
// only the first representation counts.

type frame struct {
	kind      byte // '{', '[' or '('
	parentKey string
	mtValue   bool // this container is the value of an mtapistatus key
	ignore    bool
	response  bool

	// The scalar buffers are reused across the frames' lives, so scanning allocates only for what
	// is kept.
	key        []byte
	hasKey     bool
	val        []byte // a member's scalar value, held until we know it is not a type tag
	hasVal     bool
	valQuoted  bool   // val was a quoted string, so it cannot be a type tag
	pending    []byte // a scalar that may turn out to be a key, an element or a type tag
	hasPending bool
	// runOn: the pending scalar followed another with no separator between them, as words of
	// running text do ("retry after mtapistatus: 555004"): it cannot start a member.
	runOn      bool
	elems      int
	prevHeader bool
	empty      bool // nothing inside yet

	// nvHeader: the frame's name (or key) member names the header; nvValue is its value member.
	nvHeader   bool
	nvValue    []byte
	hasNVValue bool
	nvLine     int // the line of nvValue
	// lengthOf: this is the "(13)" of PHP's var_dump string(13) or array(2): a length, never a value.
	lengthOf bool
	// scalarOf: this is the "(400)" of var_dump's int(400), which holds the key's value.
	scalarOf bool

	// A list of header lines (PHP's $http_response_header, tshark's http.response.line): status-line
	// strings start responses of their own inside the frame.
	lines         values
	linesCode     int
	linesStatus   string
	hasLines      bool
	sawHeaderLine bool

	vals         values
	valuesFrom   string
	status       int
	statusText   string
	version      string
	emittedInner bool
	// statusLineText is a status line read whole (from a list of lines).
	statusLineText string
	// bodyish and contextual classify the frame's keys (see bodyKeys); replyField: one of them
	// is a header only a response carries (read_sides.go).
	bodyish, contextual, replyField bool
	// askField: one of the frame's keys is a header only a request carries (read_sides.go).
	askField bool
	// askSaid: one of the frame's members says the frame is a request: its message, or an HTTP
	// method beside its headers (read_sides.go).
	askSaid bool
	// isRequest: the frame holds a request's headers (tshark's HTTP/2 :method), which never count.
	isRequest bool
	// headersNoEvidence: a headers member of it says nothing of its side (a NetLog event's params
	// hold either side's); linesAfterStatus: its header lines count only after a status line in it.
	headersNoEvidence, linesAfterStatus bool
	// slots hold the JSON families' state, a byte each (json_families.go).
	slots uint64
}

type structParser struct {
	free  []*frame
	stack []*frame
	// lx splits the input into tokens for p.
	lx lexer
	// d is the decision layer, which the messages read here go to (decide.go).
	d decider
	// eof is set while the brackets left open at the end of the input are closed.
	eof bool
	// topWord: the last scalar outside any bracket was var_dump's "array" or "string".
	topWord bool
	// topRequest: the word before a top-level bracket names a request (Node's console.log of a
	// fetch Request: "Request { ... headers: Headers { mtapistatus: '555001' } }").
	topRequest bool
	// topRequestWords: the words since the one that set topRequest name no bracket yet.
	topRequestWords bool
	// sawKey: a member named mtapistatus was read, even with an absent value ("").
	sawKey bool
	// glued: the bracket being opened follows a word with no space (var_dump's "string(13)").
	glued bool
	// quoted: the scalar being handed over was a quoted string.
	quoted bool
	// phpKey: the last scalar was a key in brackets, as PHP's print_r writes [name] => value.
	phpKey bool
	// openedIgnored: the bracket just opened starts an ignored subtree (see open).
	openedIgnored bool
	// Line numbers (Response.Line): off is the input offset of the lexer's step, scalarOff that of
	// the last scalar read; newlines are counted up to countedOff, in the chunk that starts at
	// chunkOff.
	off, scalarOff int
	// tokStart is where the scalar being handed over began (the lexer's start).
	tokStart             int
	chunk                []byte
	chunkOff, countedOff int
	newlines             int
	// savedOff and savedLine keep the line of the last scalar of a chunk, which its member may
	// need only after the next chunk was counted.
	savedOff, savedLine int
	// held is a top-level object with no evidence of its side, waiting for the next one
	// (read_sides.go).
	held heldObject
	// sawAsk: an object of a request's fields was read (read_sides.go).
	sawAsk bool
	// openOff and openLine keep the line of a token still open at a chunk's end (a string that
	// runs on into the next read), whose scalar is handed over only then.
	openOff, openLine int
}

// lineAt returns the line number of input offset off. Offsets only move forward; one already
// counted past gets the line counted to, unless it is the one saved at a chunk's end.
func (p *structParser) lineAt(off int) int {
	if off < p.countedOff && off == p.savedOff && p.savedLine > 0 {
		return p.savedLine
	}
	if off < p.countedOff && off == p.openOff && p.openLine > 0 {
		return p.openLine
	}
	if off > p.countedOff {
		end := min(off-p.chunkOff, len(p.chunk))
		p.newlines += bytes.Count(p.chunk[p.countedOff-p.chunkOff:end], []byte{'\n'})
		p.countedOff = p.chunkOff + end
	}
	return p.newlines + 1
}

// mark gives r the line of the scalar just read if it holds the first value found.
func (p *structParser) mark(r *values) {
	if r.found && r.line == 0 {
		r.line = p.lineAt(p.scalarOff)
	}
}

// The key sets a lower-cased key belongs to, as bits, so that each key is looked up once.
const (
	keyRequest uint32 = 1 << iota
	keyHeader
	keyStatus
	keyReason
	keyBody
	keyContext
	keyVersion
	// keyReplyField: a header only a response carries; keyAskField: one only a request carries
	// (read_sides.go).
	keyReplyField
	keyAskField
	// (The bits from keyMemberOf up name the JSON families that read a key: json_families.go.)
)

// keyTables are the key sets: built on first use rather than at package initialisation, which
// every start of mtapi would pay for.
type keyTables struct {
	classes map[string]uint32
	// firsts has bit c%64 of entry n set when some key has length n and first byte c: most keys of
	// a document ("name", "value", "startedDateTime") are ruled out without hashing them.
	firsts [33]uint64
	// prefixes are the prefixes of a key that names the response's own header (responsePrefix).
	prefixes []string
	// families are the JSON families (json_families.go), the json reader's in the reader table.
	families []jsonFamily
}

// add puts key, in lower case, in the sets bit names.
func (t *keyTables) add(key string, bit uint32) {
	t.classes[key] |= bit
	t.firsts[len(key)] |= 1 << (key[0] % 64)
}

// keySets returns the key sets, built on first use (with the JSON families' keys, from the reader
// table: see readerTable).
func keySets() *keyTables {
	keyCache.once.Do(func() { keyCache.t = newKeyTables() })
	return keyCache.t
}

// keyCache is keySets'.
var keyCache struct {
	once sync.Once
	t    *keyTables
}

func newKeyTables() *keyTables {
	requestKeys := []string{"request", "requestheaders", "request_headers",
		// Loggers' names for the request's headers beside the response's (Go slog's
		// req_headers beside resp_headers).
		"req_headers", "req-headers", "req.headers", "request.headers", "request-headers",
		"request_header", "requestheader", "req_header", "reqheader",
		"req", "reqheaders", "body", "content", "data", "text",
		"json", "postdata", "payload", "_header", "querystring",
		"cookies", "params", "config",
		// Postman's collection export keeps the request a saved response answered.
		"originalrequest",
		// Perl: LWP's HTTP::Response keeps its request and body in _request and _content, and
		// HTTP::Headers maps names to their case in ::std_case (values that are names).
		"_request", "_content", "::std_case",
		// Ansible's result keeps the module's arguments (the request it was asked to send, its
		// headers too) under invocation.module_args, beside the response's headers as keys.
		"invocation", "module_args"}
	headerKeys := []string{"headers", "header", "responseheaders",
		"response_headers", "rawheaders", "allheaders", "_headers"}
	statusKeys := []string{"status", "statuscode", "status_code", "_rc", "downstreamstatus",
		// Envoy's %RESPONSE_CODE% as its JSON formats name it.
		"response_code", "responsecode",
		// Postman's saved response: "status": "Conflict", "code": 409.
		"code"}
	reasonKeys := []string{"statustext", "statusmessage", "reason",
		"reasonphrase", "status_text", "_msg"}
	// bodyKeys and contextKeys tell an API's error body ({"message": ..., "mtapistatus": ...},
	// printed by curl -s without -i) from a log line or a header object: a top-level object with a
	// body key and no context key is a body, and a body never counts.
	bodyKeys := []string{"message", "error", "errors", "detail", "title", "description", "error_description"}
	contextKeys := []string{"status", "statuscode", "status_code", "time", "timestamp",
		"@timestamp", "ts", "level", "severity", "msg", "headers", "request",
		"response", "method", "url", "path", "uri", "date", "content-type",
		"server", "host", "logger", "remote_addr", "time_local", "downstreamstatus"}
	versionKeys := []string{"httpversion", "http_version", "protocol", "_protocol"}
	t := &keyTables{classes: map[string]uint32{},
		// Traefik's downstream_, and resp_, res_ or response_ beside a req_ or request_ field
		// (see responsePrefix).
		prefixes: []string{"downstream_", "resp_", "res_", "response_", "response."}}
	for _, set := range []struct {
		bit  uint32
		keys []string
	}{{keyRequest, requestKeys}, {keyHeader, headerKeys}, {keyStatus, statusKeys}, {keyReason, reasonKeys},
		{keyBody, bodyKeys}, {keyContext, contextKeys}, {keyVersion, versionKeys}, {keyReplyField, replyFields}, {keyAskField, askFields}} {
		for _, k := range set.keys {
			t.add(k, set.bit)
		}
	}
	t.addFamilyKeys(readerTable())
	return t
}

// absentValue reports what a dump or a log writes for a header that was not there (an nginx JSON
// log writes "" for an empty variable).
func absentValue(v string) bool {
	switch v {
	case "", "null", "None", "undef", "nil", "-":
		return true
	}
	return false
}

// keyClass returns the sets key belongs to, in any case.
func keyClass(key []byte) uint32 {
	if len(key) == 0 || len(key) >= 33 {
		return 0
	}
	c := key[0]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	t := keySets()
	if c == 'r' && len(key) > len("request ") && bytes.EqualFold(key[:len("request ")], []byte("request ")) {
		// Firefox's "Copy All": {"Request Headers (345 B)": {...}, "Response Headers (190 B)": ...}.
		return keyRequest
	}
	if t.firsts[len(key)]&(1<<(c%64)) == 0 {
		return 0
	}
	var buf [32]byte
	return t.classes[string(lowerKey(&buf, key))]
}

// lowerKey lowercases a key into buf for the lookups in the key sets; long keys are none of them.
func lowerKey(buf *[32]byte, k []byte) []byte {
	if len(k) > len(buf) {
		return nil
	}
	for i, c := range k {
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(k)]
}

func (p *structParser) top() *frame {
	if len(p.stack) == 0 {
		return nil
	}
	return p.stack[len(p.stack)-1]
}

func (p *structParser) open(kind byte) {
	if len(p.stack) >= MaxDepth {
		if p.d.err == nil {
			p.d.err = ErrTooDeep
		}
		return
	}
	var f *frame
	if n := len(p.free); n > 0 {
		f, p.free = p.free[n-1], p.free[:n-1]
		*f = frame{key: f.key[:0], val: f.val[:0], pending: f.pending[:0], nvValue: f.nvValue[:0]}
	} else {
		f = &frame{}
	}
	f.kind, f.empty = kind, true
	if p.top() == nil && kind == '(' && p.topWord && p.glued {
		// var_dump's "array(15) {" at the top: the parentheses hold a length.
		f.lengthOf, f.ignore = true, true
	}
	p.topWord = false
	if p.top() == nil && p.topRequest {
		f.ignore = true // what a client sends, printed by its language
	}
	p.topRequestWords = false
	if p.top() != nil || kind == '{' {
		// (A label's own brackets, "req.getHeaders() = [Object: null prototype] {", lead to
		// the object they label.)
		p.topRequest = false
	}
	if parent := p.top(); parent != nil {
		p.openIn(parent, f, kind)
	}
	p.stack = append(p.stack, f)
	// The first ignored frame on its branch, ignored for its key (a request, a body): its contents
	// can be passed over whole (lexer.skipIgnored).
	p.openedIgnored = f.ignore && f.parentKey != "" && !f.lengthOf && kind != '(' && (len(p.stack) == 1 || !p.stack[len(p.stack)-2].ignore)
}

// openIn sets up a frame opened inside parent: what the parent's key, value or type tag says it is.
func (p *structParser) openIn(parent, f *frame, kind byte) {
	parent.empty = false
	f.ignore = parent.ignore
	if parent.hasKey && parent.hasVal && parent.valQuoted {
		// A quoted value is complete: what opens after it is the next member (var_dump
		// writes no commas).
		p.settle(parent)
	}
	switch {
	case parent.hasKey && parent.hasVal && kind == '(' && p.glued && (string(parent.val) == "string" || string(parent.val) == "array"):
		// PHP's var_dump: ["mtapistatus"]=> string(13) "617020,901002". The key waits for the
		// value after the length.
		f.parentKey = string(parent.key)
		f.lengthOf, f.ignore = true, true
		parent.hasKey, parent.hasVal = false, false
	case parent.hasKey && parent.hasVal && kind == '(' && (string(parent.val) == "int" || string(parent.val) == "float" || string(parent.val) == "bool"):
		// var_dump's int(400): the value is inside the parentheses.
		f.parentKey = string(parent.key)
		f.scalarOf = true
		parent.hasKey, parent.hasVal = false, false
	case parent.hasKey:
		// A tentative scalar value right before a bracket was a type tag: Map(2) {, []string{.
		f.parentKey = string(parent.key)
		parent.hasKey, parent.hasVal = false, false
		class := keyClass(parent.key)
		parent.classify(class)
		f.mtValue = isHeaderKey(parent.key)
		if class&keyRequest != 0 {
			f.ignore = true
		}
		if class&keyOpens != 0 || parent.slots != 0 {
			p.openFamilies(parent, f, parent.key, class, kind)
		}
		if class&keyRequest != 0 && f.ignore && p.d.ex != nil {
			// (After the families, which may read it all the same.)
			p.explainIgnored(parent.key)
		}
		if kind != '[' && len(parent.key) == len("response") && bytes.EqualFold(parent.key, []byte("response")) {
			// (A list under "response", as Postman saves the responses of a request, holds
			// responses; it is not one.)
			f.response = true
		}
		if class&keyHeader != 0 && !parent.headersNoEvidence {
			parent.response = true
		}
	default:
		// A pending scalar right before a bracket is a type tag (Headers {, map[), not an element.
		parent.hasPending = false
		parent.elems++
		parent.prevHeader = false
		if parent.slots != 0 {
			p.openFamilies(parent, f, nil, 0, kind)
		}
	}
}

// MaxDepth bounds how deeply brackets may nest, so that memory stays flat on hostile input.
const MaxDepth = 10000

// ErrTooDeep is returned for structured input nested deeper than MaxDepth.
var ErrTooDeep = errors.New("input nested deeper than 10000 levels")

// classify notes a key of the frame's, given its keyClass.
func (f *frame) classify(class uint32) {
	f.bodyish = f.bodyish || class&keyBody != 0
	f.contextual = f.contextual || class&keyContext != 0
	f.replyField = f.replyField || class&keyReplyField != 0
	f.askField = f.askField || class&keyAskField != 0
}

// blockStatus reports whether a header block kept as one string starts with a status line.
func blockStatus(block []byte) bool {
	first, _, _ := bytes.Cut(bytes.TrimLeft(block, " \t\r\n"), []byte("\n"))
	_, ok := statusFromLine(bytes.TrimRight(first, "\r"))
	return ok
}

// responseNamed reports a key that names the response ("responseHeaders", "response_headers",
// "resp_headers").
func responseNamed(key []byte) bool {
	l := bytes.ToLower(key)
	return bytes.Contains(l, []byte("response")) || bytes.HasPrefix(l, []byte("resp"))
}

// responsePrefix reports a key's prefix that names the response's header in a log that names
// each side's: Traefik's downstream_, and resp_, res_ or response_ beside a req_ or request_ field
// (an Envoy or HAProxy JSON format: "resp_mtapistatus": "%RESP(MTAPISTATUS)%"), and those the
// JSON families add (headerPrefixes).
func responsePrefix(pre []byte) bool {
	for _, p := range keySets().prefixes {
		if bytes.EqualFold(pre, []byte(p)) {
			return true
		}
	}
	return false
}

func isHeaderKey(k []byte) bool {
	n := len(codes.HeaderName)
	if len(k) > n {
		// A log's key named after nginx's variable (upstream_http_mtapistatus) or as Traefik's
		// access log names the response's headers (downstream_Mtapistatus: what the client got;
		// its origin_Mtapistatus, what the back end sent, is the same response and is not read
		// again).
		pre := k[:len(k)-n]
		if httpVarPrefix(pre) || responsePrefix(pre) {
			k = k[len(k)-n:]
		}
	}
	return len(k) == n && bytes.EqualFold(k, []byte(codes.HeaderName))
}

// scalar handles a string or a bare word. s is only borrowed.
func (p *structParser) scalar(s []byte) {
	f := p.top()
	if f == nil {
		// var_dump's "array(2) {", "string(6)", "object(Foo)#1 (2) {": what follows is a length.
		p.topWord = !p.quoted && (string(s) == "array" || string(s) == "string" || string(s) == "object" || len(s) > 1 && s[0] == '#')
		if p.topRequestWords && !p.quoted && (keyClass(s)&keyHeader != 0 || string(s) == "map") {
			// "req headers=map[...]": the words right after the one that names the request say
			// what of it follows.
			return
		}
		p.topRequest = !p.quoted && (keyClass(s)&keyRequest != 0 && !bytes.EqualFold(s, []byte("body")) && !bytes.EqualFold(s, []byte("data")) ||
			len(s) > len("request") && bytes.EqualFold(s[len(s)-len("request"):], []byte("request")) || requestCall(s))
		p.topRequestWords = p.topRequest
		return
	}
	f.empty = false
	if f.hasKey {
		if f.hasVal {
			// Two scalars after one key: the first was not a type tag after all.
			p.member(f, f.key, f.val)
		}
		f.val, f.hasVal, f.valQuoted = append(f.val[:0], s...), true, p.quoted
		p.scalarOff = p.tokStart
		return
	}
	f.runOn = f.hasPending
	if f.hasPending {
		p.element(f, f.pending)
	}
	f.pending, f.hasPending = append(f.pending[:0], s...), true
	p.scalarOff = p.tokStart
}

// separator handles ':', '=' and '=>'.
func (p *structParser) separator() {
	f := p.top()
	if f == nil {
		return
	}
	if f.hasKey && f.hasVal {
		p.member(f, f.key, f.val)
		f.hasKey, f.hasVal = false, false
	}
	if f.hasPending && f.runOn && !p.quoted {
		// A word in the middle of running text is no key: the text is a value of its own.
		f.hasPending, f.runOn = false, false
		return
	}
	if f.hasPending {
		f.key, f.pending = f.pending, f.key[:0]
		f.hasKey, f.hasPending = true, false
	}
}

// comma ends a member or an element.
func (p *structParser) comma() {
	f := p.top()
	if f == nil {
		return
	}
	p.settle(f)
}

func (p *structParser) settle(f *frame) {
	if f.hasKey && f.hasVal {
		p.member(f, f.key, f.val)
	}
	f.hasKey, f.hasVal = false, false
	if f.hasPending {
		p.element(f, f.pending)
		f.hasPending = false
	}
}

func (p *structParser) member(f *frame, key, val []byte) {
	if f.ignore {
		return
	}
	class := keyClass(key)
	f.classify(class)
	if isHeaderKey(key) || f.mtValue && isDigits(key) {
		p.sawKey = true
		if len(key) > len(codes.HeaderName) && isHeaderKey(key) {
			// A key that names the response's header (resp_mtapistatus, Datadog's
			// "http.response.headers.mtapistatus") says the object holding it is the response's,
			// whatever else it holds (a span's "error": 1).
			f.response = true
		}
		if !absentValue(string(bytes.TrimSpace(val))) {
			f.addValue("", string(val))
			p.mark(&f.vals)
		}
		return
	}
	var buf [32]byte
	lk := lowerKey(&buf, key)
	if requestSaid(lk, val) {
		// (Before the families: CDP's "method" names an event, which is no request.)
		f.askSaid = true
	}
	if (class&keyMembers != 0 || f.slots != 0) && p.memberFamilies(f, class, key, val) {
		return
	}
	switch {
	case class&keyHeader != 0 && bytes.IndexByte(val, '\n') >= 0 && (f.status != 0 || blockStatus(val) || responseNamed(key)):
		// A record that keeps the raw header block as one string: {"status": 409, "headers":
		// "HTTP/1.1 409 Conflict\r\nMtapistatus: 617020\r\n..."}: each line of it is read. (A
		// block with nothing to say it is a response's, as PHP's stream context option
		// 'header' => "mtapistatus: 555001\n" is the request's, is not.)
		f.response = true
		for line := range bytes.SplitSeq(val, []byte("\n")) {
			p.lineString(f, line)
		}
	case class&keyStatus != 0:
		if n, err := strconv.Atoi(string(bytes.TrimSpace(val))); err == nil && n >= 100 && n <= 999 {
			f.status, f.response = n, true
		}
	case isDigits(key):
		p.lineString(f, val)
	case class&keyReason != 0:
		f.statusText = string(val)
	case class&keyVersion != 0:
		f.version = string(val)
	case string(lk) == "type" && bytes.EqualFold(bytes.TrimSpace(val), []byte("request")):
		// A message that says it is a request (Logbook's JSON: {"origin": "local", "type":
		// "request", ..., "headers": {...}}): what it holds from here on is what was sent.
		f.ignore = true
	case string(lk) == "name" || string(lk) == "key":
		f.nameMember(val)
	case string(lk) == "value":
		p.valueMember(f, val)
	}
}

// nameMember reads the member that names a header in a {"name": ..., "value": ...} pair. The
// name says which side the pair's object of headers is, as a key does (read_sides.go): an
// HTTPie session file's "headers": [{"name": "Accept", ...}] are what it will send.
func (f *frame) nameMember(name []byte) {
	f.nvHeader = isHeaderKey(name)
	f.classify(keyClass(name) & (keyReplyField | keyAskField))
}

// valueMember reads the member that holds the header's value in such a pair.
func (p *structParser) valueMember(f *frame, val []byte) {
	// Kept as bytes, in storage the frame reuses: most are never read.
	f.nvValue, f.hasNVValue = append(f.nvValue[:0], val...), true
	f.nvLine = p.lineAt(p.scalarOff)
}

func (p *structParser) element(f *frame, s []byte) {
	defer func() { f.elems++ }()
	if f.ignore {
		return
	}
	switch {
	case f.mtValue:
		f.addValue("", string(s))
		p.mark(&f.vals)
	case f.prevHeader && fieldLabel(s):
		// The next element names a field too: a list of names (Tcl's "Access-Control-Expose-
		// Headers {mtapistatus, x-note}" printed at the top of a line), no (name, value) pair.
		f.prevHeader = false
	case f.prevHeader:
		f.prevHeader = false
		f.addValue("", string(s))
		p.mark(&f.vals)
	case f.elems%2 == 0 && isHeaderKey(s) && pairList(f):
		f.prevHeader = true
	case f.elems%2 == 0 && f.kind == '(':
		// A (name, value) pair's name says which side it is (read_sides.go).
		f.classify(keyClass(s))
	case !containsFold(f.parentKey, "request") && !argvKey(f.parentKey):
		// A list of header lines; tshark -T ek names the request's http_http_request_line.
		p.lineString(f, s)
	}
}

// argvKey reports whether a list's key names a program's arguments (Sentry's "sys.argv", a
// process's "args", "argv", "cmdline"): a "-H", "mtapistatus: 555002" among them is what the
// program was told to send.
func argvKey(key string) bool {
	k := strings.ToLower(key)
	return strings.HasSuffix(k, "argv") || k == "args" || k == "arguments" || k == "cmdline" || k == "command"
}

// lineString reads a string that holds a whole status line or header line, as in a list of lines.
func (p *structParser) lineString(f *frame, s []byte) {
	s = bytes.TrimSpace(s)
	if len(s) < 5 {
		return
	}
	if code, ok := statusFromLine(s); ok {
		if f.hasLines && f.sawHeaderLine {
			p.emitLines(f)
			f.emittedInner = true
		}
		f.lines, f.linesCode, f.linesStatus = values{}, code, string(s)
		f.hasLines = true
		return
	}
	name, value, ok := headerLine(s)
	if !ok {
		return
	}
	f.sawHeaderLine = true
	if !isHeaderName(name) {
		return
	}
	if f.hasLines {
		f.lines.addValue(string(value))
		p.mark(&f.lines)
	} else if !f.linesAfterStatus {
		f.addValue("", string(value))
		p.mark(&f.vals)
	}
}

func containsFold(s, sub string) bool {
	return len(s) >= len(sub) && strings.Contains(strings.ToLower(s), sub)
}

func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return len(b) > 0
}

func (f *frame) addValue(source, v string) {
	if f.vals.found && f.valuesFrom != source {
		return
	}
	f.valuesFrom = source
	f.vals.addValue(v)
}

func (p *structParser) close(kind byte) {
	f := p.top()
	if f == nil {
		return
	}
	if p.closePHPKey(f) {
		return
	}
	if parent := p.parentOf(f); f.scalarOf && parent != nil {
		if f.hasPending {
			// (The parent's key buffer is free: the key was handed to this frame.)
			parent.key = append(parent.key[:0], f.parentKey...)
			p.member(parent, parent.key, f.pending)
		}
		p.stack = p.stack[:len(p.stack)-1]
		p.free = append(p.free, f)
		return
	}
	p.settle(f)
	p.stack = p.stack[:len(p.stack)-1]
	defer func() { p.free = append(p.free, f) }()
	parent := p.top()
	if f.lengthOf || parent != nil && f.kind == '[' && f.empty && f.parentKey != "" {
		// var_dump's string(13), or Go's %#v "Key":[]string{"v"} (the empty brackets are part of
		// the type): what follows is the key's value.
		if parent != nil {
			parent.key, parent.hasKey = append(parent.key[:0], f.parentKey...), true
		}
		return
	}
	p.closeLines(f)
	if f.hasNVValue && f.nvHeader && !f.ignore {
		f.addValue("", string(f.nvValue))
		if f.vals.line == 0 {
			f.vals.line = f.nvLine
		}
	}
	p.decideClosed(f, parent)
}

// decideClosed decides what a closed object is: nothing (a request's, a body, a list of words), a
// response of its own, or part of the object it is inside.
func (p *structParser) decideClosed(f, parent *frame) {
	switch {
	case f.ignore || f.isRequest:
	case parent == nil && !f.response && f.kind == '{' && f.bodyish && !f.contextual:
		// An API's error body, not headers.
	case parent == nil && f.kind != '{' && !f.response && !f.vals.found:
		// A list or words in brackets with no header in them (aiohttp's "<ClientResponse(url)
		// [400 Bad Request]>") are no response; an object of headers without the header is.
	case (f.response || parent == nil) && !f.evidence() && p.saidRequest(f):
		p.sentObject(f, parent)
	case f.response || parent == nil:
		// (A frame whose header lines were already reported as a response of their own, as a
		// "headers" string holding the block is, is not reported again empty.)
		if f.vals.found || (!p.eof && (f.response && !(f.emittedInner && f.sawHeaderLine) || !f.emittedInner)) {
			if parent == nil {
				p.emitTop(f)
			} else {
				p.emitFrame(f)
			}
		}
		if parent != nil {
			parent.emittedInner = true
		}
	default:
		passUp(f, parent)
	}
}

// closePHPKey handles a lone word in brackets, a key in PHP's print_r ([mtapistatus] => 617020): it
// hands the word to the parent as a scalar that a following "=>" turns into a key.
func (p *structParser) closePHPKey(f *frame) bool {
	parent := p.parentOf(f)
	if parent == nil || f.kind != '[' || f.parentKey != "" || f.elems != 0 || !f.hasPending || f.hasKey {
		return false
	}
	if parent.hasPending {
		p.element(parent, parent.pending)
	}
	parent.pending, parent.hasPending = append(parent.pending[:0], f.pending...), true
	parent.elems--
	p.phpKey = true
	p.stack = p.stack[:len(p.stack)-1]
	p.free = append(p.free, f)
	return true
}

// closeLines ends a list of header lines: its last response is emitted, or, when the headers were
// keys (get_headers($url, true) merges them over the redirects), the last status line is the
// frame's.
func (p *structParser) closeLines(f *frame) {
	switch {
	case !f.hasLines:
	case f.sawHeaderLine:
		p.emitLines(f)
		f.emittedInner = true
	case f.status == 0:
		f.status, f.response = f.linesCode, true
		f.statusLineText = f.linesStatus
	}
}

// passUp gives a closed frame's values to its parent. When one response shows its headers twice
// (Node's headers and rawHeaders), only the first representation counts.
func passUp(f, parent *frame) {
	if f.emittedInner {
		parent.emittedInner = true
	}
	// (A response's field in a nested object, as Perl's bless( {...} ) wraps it, is the
	// enclosing object's evidence: read_sides.go.)
	parent.replyField = parent.replyField || f.replyField && !f.ignore
	parent.askField = parent.askField || f.askField && !f.ignore
	if !f.vals.found {
		return
	}
	src := f.parentKey
	if parent.vals.found && parent.valuesFrom != src {
		return
	}
	parent.valuesFrom = src
	parent.vals.found = true
	if parent.vals.line == 0 {
		parent.vals.line = f.vals.line
	}
	for _, v := range f.vals.list {
		parent.vals.add(v)
	}
	parent.vals.dropped += f.vals.dropped
}

// parentOf returns the frame below f on the stack (f must be the top), or nil.
func (p *structParser) parentOf(f *frame) *frame {
	if len(p.stack) < 2 {
		return nil
	}
	return p.stack[len(p.stack)-2]
}

// emitLines hands over the response of a list of header lines.
func (p *structParser) emitLines(f *frame) {
	// (A status line is evidence that the object before, if held, was the request's.)
	p.dropHeld()
	p.d.whole(Record{Kind: KindStatus, Status: f.linesStatus, Code: f.linesCode, Line: p.lineAt(p.off),
		Why: "a list of a response's header lines, from its status line"}, &f.lines)
}

// emitFrame hands over the response a frame holds.
func (p *structParser) emitFrame(f *frame) {
	p.sideOfInner(f)
	start := frameStart(f)
	start.Line = p.lineAt(p.off)
	if p.d.ex != nil {
		start.Why = "an object that holds a response's headers (its status, its keys, or no request beside it)"
	}
	p.d.whole(start, &f.vals)
}

// frameStart is the status record of a frame read as a response.
func frameStart(f *frame) Record {
	status := f.statusLineText
	if f.status != 0 && f.version != "" {
		v := strings.ToUpper(strings.TrimSpace(f.version))
		if !strings.HasPrefix(v, "HTTP/") {
			v = "HTTP/" + v
		}
		status = strings.TrimSpace(v + " " + strconv.Itoa(f.status) + " " + f.statusText)
	}
	return Record{Kind: KindStatus, Status: status, Code: f.status}
}

// parseStructured tokenizes br. Tokens may span reads; their state lives in the lexer.
func parseStructured(br *bufio.Reader, emit func(Response) error, ex *explainer, out *Outcome) error {
	return parseStructuredKeys(br, func(r Response, _ bool) error { return emit(r) }, ex, out)
}

// parseStructuredKeys is parseStructured whose emit also learns whether an mtapistatus member was
// read (with a value or absent) since the last response.
func parseStructuredKeys(br *bufio.Reader, emit func(Response, bool) error, ex *explainer, out *Outcome) error {
	return new(structParser).parse(br, emit, ex, out)
}

// reuse makes p as new for another input, keeping its frames and the lexer's buffers: a log line
// that prints headers is read by one structParser after another (inlineDump), and a new one each
// time would cost more than reading the line.
func (p *structParser) reuse() {
	free := append(p.free, p.stack...)
	tok, uhex := p.lx.tok[:0], p.lx.uhex[:0]
	*p = structParser{free: free, stack: p.stack[:0]}
	p.lx.tok, p.lx.uhex = tok, uhex
}

// parse is parseStructuredKeys with p, new or reused.
func (p *structParser) parse(br *bufio.Reader, emit func(Response, bool) error, ex *explainer, out *Outcome) error {
	p.d.ex = ex
	if out != nil {
		defer func() { *out = p.d.outcome() }()
	}
	p.d.out = func(r Response) error {
		saw := p.sawKey
		p.sawKey = false
		return emit(r, saw)
	}
	lx := &p.lx
	lx.p = p
	for {
		chunk, err := br.Peek(br.Buffered())
		if len(chunk) == 0 {
			if _, err = br.Peek(1); err != nil {
				if !errors.Is(err, io.EOF) {
					return err
				}
				lx.end()
				p.flushHeld()
				return p.d.err
			}
			continue
		}
		lx.qValid = false // positions are kept relative to the end of the chunk
		p.chunk = chunk
		for i := 0; i < len(chunk) && p.d.err == nil; {
			p.off = p.chunkOff + i
			i += lx.step(chunk[i:])
		}
		switch {
		case p.scalarOff >= p.countedOff:
			p.savedLine, p.savedOff = p.lineAt(p.scalarOff), p.scalarOff
		case p.scalarOff == p.openOff && p.openLine > 0:
			// The last scalar began in an earlier chunk, whose end kept its line.
			p.savedLine, p.savedOff = p.openLine, p.openOff
		}
		if (lx.inString || lx.inWord || lx.lineValue == 2) && lx.start >= p.countedOff {
			p.openLine, p.openOff = p.lineAt(lx.start), lx.start
		}
		p.lineAt(p.chunkOff + len(chunk))
		p.chunkOff += len(chunk)
		p.chunk = nil
		br.Discard(len(chunk))
		if p.d.err != nil {
			return p.d.err
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return err
		}
	}
}

// lexer splits structured input into strings, words and punctuation for the structParser.
type lexer struct {
	p   *structParser
	tok []byte
	// start is the input offset where the token being read began: a token may span reads, and
	// its line must not depend on where they were cut.
	start    int
	inString bool
	quote    byte
	escape   int // 0 none, 1 after backslash, >1 collecting \uXXXX digits
	uhex     []byte
	inWord   bool
	afterEq  bool
	cut      bool
	// ansi skips a colour code outside strings (jq -C): 1 after ESC, 2 inside a CSI sequence.
	ansi int
	// lineValue reads a PHP print_r value, which runs to the end of its line: 1 while skipping the
	// blanks after "=>", 2 while collecting.
	lineValue int
	// skip: the string being read lies in an ignored subtree (a request, a body), where nothing
	// reads a string but to tell an empty one from another, so its bytes are not kept; skipped
	// says whether it would have held any.
	skip, skipped bool
	// qFromEnd is where the next closing quote of the string being read is, counted from the end of
	// the chunk (-1: none in the chunk), so that a string with many escapes is searched once per
	// chunk; qValid says whether it has been searched for in this chunk.
	qFromEnd int
	qValid   bool
}

// wordEnd marks the bytes that end a bare word.
var wordEnd = func() (t [256]bool) {
	for _, c := range []byte("\"'`{}[]():=,; \t\n\r\f\v<>\x1b") {
		t[c] = true
	}
	return t
}()

// step consumes at least one byte of b and returns how many it consumed. Runs of string or word
// bytes are taken at once.
func (lx *lexer) step(b []byte) int {
	switch {
	case lx.lineValue > 0:
		return lx.lineRun(b)
	case lx.inString:
		return lx.stringRun(b)
	}
	c := b[0]
	if lx.ansi > 0 || c == 0x1b {
		lx.skipANSI(c)
		return 1
	}
	if lx.afterEq {
		lx.afterEq = false
		if c == '>' {
			if lx.p.phpKey {
				lx.lineValue = 1
			}
			lx.p.phpKey = false
			return 1
		}
	}
	if !wordEnd[c] {
		j := 1
		for j < len(b) && !wordEnd[b[j]] {
			j++
		}
		if !lx.inWord {
			lx.start = lx.p.off
		}
		lx.inWord = true
		lx.appendTok(b[:j])
		return j
	}
	if c == ' ' || c == '\n' || c == '\t' || c == '\r' {
		// A run of white space (an indented document's) at once: it ends a word, and a line break
		// in it ends what a print_r key started, as punct would have done byte by byte.
		lx.flushWord()
		j := 1
		for j < len(b) && space[b[j]] {
			j++
		}
		if c != ' ' && c != '\t' || j > 1 && bytes.ContainsAny(b[1:j], "\n\r\f\v") {
			lx.p.phpKey = false
			// A label names the bracket on its own line ("Request {"); a reason phrase at the end
			// of the line before ("400 Bad Request", then "{...}") names nothing.
			lx.p.topRequest = lx.p.topRequest && lx.p.top() != nil
		}
		return j
	}
	if c == '"' && !lx.inWord {
		if n := lx.simpleMember(b); n > 0 {
			return n
		}
	}
	lx.punct(c)
	if lx.p.openedIgnored {
		lx.p.openedIgnored = false
		if skipSubtrees {
			return 1 + lx.skipIgnored(b[1:])
		}
	}
	return 1
}

// swarSpan is how far skipIgnored looks eight bytes at a time before it turns to the vectorised
// searches, which cost more to start but run faster.
const swarSpan = 64

// skipSubtrees enables skipIgnored and simpleMember; tests turn it off to compare.
var skipSubtrees = true

// simpleMember reads a whole member of a JSON object, "key": "value" or "key": word, at once, when
// neither string holds an escape and all of it is in b: it leaves the frame as the lexer's steps
// would (the key and the value held, to be settled by the ',' or '}' that follows), without a
// step, a copy into the token and a hand-over for each of its five or more parts. It returns how
// many bytes it read, or 0 to leave them to the steps.
func (lx *lexer) simpleMember(b []byte) int {
	p := lx.p
	f := p.top()
	if !skipSubtrees || f == nil || f.ignore || f.hasKey || f.hasVal || f.hasPending {
		return 0
	}
	k := quoteOrBackslash(b[1:min(len(b), 65)])
	if k < 0 || b[1+k] != '"' {
		return 0
	}
	key := b[1 : 1+k]
	i := 2 + k
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	if i == len(b) || b[i] != ':' {
		return 0
	}
	i++
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	if i == len(b) {
		return 0
	}
	var val []byte
	quoted := false
	switch c := b[i]; {
	case c == '"':
		v := quoteOrBackslash(b[i+1 : min(len(b), i+257)])
		if v < 0 || b[i+1+v] != '"' {
			return 0
		}
		val, quoted = b[i+1:i+1+v], true
		i += v + 2
	case !wordEnd[c]:
		j := i + 1
		for j < len(b) && !wordEnd[b[j]] {
			j++
		}
		if j == len(b) {
			return 0
		}
		switch b[j] {
		case ' ', '\t', '\n', '\r', ',', '}', ']':
		default:
			return 0 // a string prefix (b"..."), a type tag's bracket, "=>": the steps know
		}
		val, i = b[i:j], j
	default:
		return 0
	}
	// What scalar, separator and scalar again would have left.
	f.empty = false
	f.key = append(f.key[:0], key...)
	f.val = append(f.val[:0], val...)
	f.hasKey, f.hasVal, f.valQuoted = true, true, quoted
	p.scalarOff = p.off
	p.phpKey = false
	return i
}

// quoteOrBackslash returns the index of the first '"' or '\\' in b, or -1, looking at eight bytes
// at a time.
func quoteOrBackslash(b []byte) int { return quoteOrBackslashOf(b, '"') }

// quoteOrBackslashOf is quoteOrBackslash for any quote byte.
func quoteOrBackslashOf(b []byte, quote byte) int {
	q := uint64(quote) * 0x0101010101010101
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		if m := zeroBytes(x^q) | zeroBytes(x^0x5c5c5c5c5c5c5c5c); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(b); i++ {
		if b[i] == quote || b[i] == '\\' {
			return i
		}
	}
	return -1
}

// zeroBytes sets the high bit of each byte of x that is zero, and of no other (no borrow crosses
// bytes, unlike the shorter x-0x01..&^x form).
func zeroBytes(x uint64) uint64 {
	const low7 = 0x7f7f7f7f7f7f7f7f
	return ^((x&low7 + low7) | x | low7)
}

// skipIgnored passes over the contents of an ignored subtree (a HAR entry's request or body) in one
// scan, up to its closing bracket, when they are plain JSON and complete in b; otherwise it consumes
// nothing and the lexer reads them token by token as before. Nothing in an ignored subtree is
// reported, and in plain JSON nothing in it can change how what follows is read: all that the
// subtree's frame keeps is whether it was empty (for Go's "Key":[]string{...} rule in close).
// Anything that is not plain JSON (parentheses, '=', ';', '<', '>', other quotes, colour codes)
// leaves the subtree to the lexer, which knows those notations. Strings are skipped as stringRun
// reads them, "\u" taking the four bytes after it whatever they are.
func (lx *lexer) skipIgnored(b []byte) int {
	p := lx.p
	depth, tokens := 0, false
	q := -1 // the next '"' at or after i, once searched for
	for i := 0; i < len(b); {
		c := b[i]
		switch {
		case c == '"':
			tokens = true
			j := i + 1
			for {
				// A body's escapes are close together: look eight bytes at a time (inline, as
				// this runs once per escape), and only after swarSpan bytes without either byte use
				// the vectorised searches, with the quote's position kept so that a long string
				// with many escapes is not searched again each time.
				k := -1
				for w := j; w+8 <= len(b) && w < j+swarSpan; w += 8 {
					x := binary.LittleEndian.Uint64(b[w:])
					if m := zeroBytes(x^0x2222222222222222) | zeroBytes(x^0x5c5c5c5c5c5c5c5c); m != 0 {
						k = w - j + bits.TrailingZeros64(m)/8
						break
					}
				}
				if k < 0 {
					if j+swarSpan >= len(b) {
						// Near the end of the chunk: the slow way, if it ends here at all.
						if k = quoteOrBackslash(b[j:]); k < 0 {
							return 0
						}
					} else {
						if q < j {
							k := bytes.IndexByte(b[j:], '"')
							if k < 0 {
								return 0
							}
							q = j + k
						}
						if k = bytes.IndexByte(b[j:q], '\\'); k < 0 {
							k = q - j
						}
					}
				}
				j += k
				if b[j] == '"' {
					j++
					break
				}
				j++ // the escaped byte
				if j < len(b) && b[j] == 'u' {
					j += 4
				}
				j++
				if j > len(b) {
					return 0
				}
			}
			i = j
		case space[c] || c == ',' || c == ':':
			i++
		case c == '{' || c == '[':
			if len(p.stack)+depth+1 >= MaxDepth {
				return 0 // the lexer reports the depth
			}
			depth++
			tokens = true
			i++
		case c == '}' || c == ']':
			if depth == 0 {
				if tokens {
					p.top().empty = false
				}
				return i
			}
			depth--
			i++
		case wordEnd[c]:
			return 0
		default:
			tokens = true
			i++
		}
	}
	return 0
}

// space marks the white space punct passes over.
var space = func() (t [256]bool) {
	for _, c := range []byte(" \t\n\r\f\v") {
		t[c] = true
	}
	return t
}()

func (lx *lexer) punct(c byte) {
	p := lx.p
	if c != '=' && c != ' ' && c != '\t' {
		p.phpKey = false
	}
	switch c {
	case '"', '\'', '`':
		if lx.inWord && isStringPrefix(lx.tok) {
			lx.tok, lx.inWord = lx.tok[:0], false
		} else {
			lx.flushWord()
		}
		lx.inString, lx.quote, lx.start = true, c, lx.p.off
		f := p.top()
		lx.skip, lx.skipped, lx.qValid = f != nil && f.ignore, false, false
	case '{', '[', '(':
		// var_dump writes string(13) with no space; var_export's "array (" is a value.
		p.glued = lx.inWord
		lx.flushWord()
		p.open(c)
	case '}', ']', ')':
		lx.flushWord()
		p.close(c)
	case ':', '=':
		lx.flushWord()
		p.separator()
		lx.afterEq = c == '='
	case ',', ';':
		lx.flushWord()
		p.comma()
	default: // white space, '<', '>'
		lx.flushWord()
	}
}

// skipANSI consumes one byte of a colour code (ESC [ parameters final-byte) between tokens.
func (lx *lexer) skipANSI(c byte) {
	switch {
	case c == 0x1b:
		lx.flushWord()
		lx.ansi = 1
	case lx.ansi == 1 && c == '[':
		lx.ansi = 2
	case lx.ansi == 1, c >= 0x40 && c <= 0x7e:
		lx.ansi = 0
	}
}

// stringRun reads string bytes up to the closing quote, decoding escapes.
func (lx *lexer) stringRun(b []byte) int {
	// Escapes are decoded here, in one loop over the chunk, rather than one step each: a JSON
	// body in a HAR escapes every quote it holds.
	i := 0
	for i < len(b) {
		if lx.escape > 0 {
			lx.escapeByte(b[i])
			i++
			continue
		}
		rest := b[i:]
		// Most strings are short: look eight bytes at a time first. A longer one's closing quote,
		// unless a backslash comes first, is found with vectorised searches.
		if k := quoteOrBackslashOf(rest[:min(len(rest), 32)], lx.quote); k >= 0 {
			lx.appendTok(rest[:k])
			i += k + 1
			if rest[k] == '\\' {
				lx.escape = 1
				continue
			}
			lx.endString()
			break
		}
		if !lx.qValid || len(rest) < lx.qFromEnd {
			lx.qFromEnd, lx.qValid = -1, true
			if q := bytes.IndexByte(rest, lx.quote); q >= 0 {
				lx.qFromEnd = len(rest) - q
			}
		}
		j := len(rest)
		if lx.qFromEnd >= 0 {
			j = len(rest) - lx.qFromEnd
		}
		if k := bytes.IndexByte(rest[:j], '\\'); k >= 0 {
			j = k
		}
		lx.appendTok(rest[:j])
		i += j
		if i == len(b) {
			break
		}
		i++
		if b[i-1] == '\\' {
			lx.escape = 1
			continue
		}
		lx.endString()
		break
	}
	return i
}

// endString hands a string to the parser at its closing quote.
func (lx *lexer) endString() {
	lx.inString = false
	if lx.skip {
		// Only whether the string was empty can matter.
		if lx.skipped {
			lx.tok = append(lx.tok[:0], '-')
		}
		lx.skip = false
	}
	lx.p.quoted = true
	lx.emitTok()
	lx.p.quoted = false
}

func (lx *lexer) escapeByte(c byte) {
	if lx.escape >= 2 {
		lx.uhex = append(lx.uhex, c)
		if len(lx.uhex) == 4 {
			lx.escape = 0
			if n, err := strconv.ParseUint(string(lx.uhex), 16, 32); err == nil {
				var r [utf8.UTFMax]byte
				lx.appendTok(utf8.AppendRune(r[:0], rune(n)))
			}
		}
		return
	}
	lx.escape = 0
	switch c {
	case 'n':
		lx.appendTok([]byte{'\n'})
	case 't':
		lx.appendTok([]byte{'\t'})
	case 'r':
		lx.appendTok([]byte{'\r'})
	case 'u':
		lx.escape, lx.uhex = 2, lx.uhex[:0]
	default:
		lx.appendTok([]byte{c})
	}
}

// lineRun reads a print_r value to the end of its line. "Array" and "Foo Object" are type tags for
// the bracket on the next line; a line with nothing after "=>" (var_dump) is not a line value.
func (lx *lexer) lineRun(b []byte) int {
	c := b[0]
	if lx.lineValue == 1 {
		switch c {
		case ' ', '\t':
			return 1
		case '\n', '\r':
			lx.lineValue = 0
			return 1
		}
		lx.lineValue, lx.start = 2, lx.p.off
	}
	j := bytes.IndexByte(b, '\n')
	if j < 0 {
		lx.appendTok(b)
		return len(b)
	}
	lx.appendTok(b[:j])
	lx.lineValue = 0
	v := bytes.TrimSpace(lx.tok)
	if string(v) == "Array" || bytes.HasSuffix(v, []byte(" Object")) {
		lx.tok = append(lx.tok[:0], "Array"...)
		lx.emitTok()
		return j + 1
	}
	lx.tok = append(lx.tok[:0], v...)
	lx.emitTok()
	lx.p.comma()
	return j + 1
}

func (lx *lexer) appendTok(b []byte) {
	if lx.skip {
		lx.skipped = lx.skipped || len(b) > 0
		return
	}
	if len(lx.tok)+len(b) <= maxScalar {
		lx.tok = append(lx.tok, b...)
	} else {
		lx.cut = true
	}
}

// emitTok hands the token to the parser as a scalar.
func (lx *lexer) emitTok() {
	if lx.cut {
		lx.tok = append(lx.tok, "…"...)
	}
	lx.p.tokStart = lx.start
	lx.p.scalar(lx.tok)
	lx.tok, lx.cut, lx.inWord = lx.tok[:0], false, false
}

func (lx *lexer) flushWord() {
	if lx.inWord {
		lx.emitTok()
	}
}

// end closes what the end of the input leaves open. Unclosed brackets (a truncated paste, trailing
// garbage) still report the values they hold, but not an empty response.
func (lx *lexer) end() {
	if lx.lineValue == 2 {
		lx.lineRun([]byte{'\n'})
	}
	lx.flushWord()
	lx.p.eof = true
	for len(lx.p.stack) > 0 {
		lx.p.close(0)
	}
}

// isStringPrefix recognises Python's b”, r”, u”, f” prefixes.
func isStringPrefix(w []byte) bool {
	switch strings.ToLower(string(w)) {
	case "b", "r", "u", "f", "br", "rb":
		return true
	}
	return false
}

// requestCall reports a label that reads the request's headers: "req.getHeaders",
// "req.headers", "request.headers" (Node's console.log("req.getHeaders() =", ...)).
func requestCall(s []byte) bool {
	var buf [64]byte
	l := lower(buf[:], s)
	for _, pre := range [...]string{"req.", "request.", "req_", "request_"} {
		if bytes.HasPrefix(l, []byte(pre)) && bytes.Contains(l[len(pre):], []byte("header")) {
			return true
		}
	}
	return false
}

// explainIgnored tells --explain about an object passed over for its key: a request's, or a body.
func (p *structParser) explainIgnored(key []byte) {
	line := p.lineAt(p.off)
	if containsFold(string(key), "req") {
		p.d.ex.status(Record{Role: RoleRequest, Line: line, Why: "the " + strconv.Quote(string(key)) + " object is a request's: nothing in it counts"})
		return
	}
	p.d.ex.say(Explanation{Line: line, Event: "passed", Text: string(key), Why: "a body, or what was sent: nothing in it counts"})
}

// pairList reports whether a sequence may hold (name, value) pairs: one at the top, in a pair list,
// or under a key for headers (Node's rawHeaders, aiohttp's raw_headers). A list under another
// header's name is that header's values: Go's Access-Control-Expose-Headers:[mtapistatus x-note]
// and Java's access-control-expose-headers=[mtapistatus, x-note] name headers, they hold none.
func pairList(f *frame) bool {
	k := strings.ToLower(f.parentKey)
	return k == "" || strings.Contains(k, "header") && !strings.HasPrefix(k, "access-control-")
}
