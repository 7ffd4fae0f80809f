package headers

import (
	"bytes"
	"errors"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// look is the start of an input as the readers' claims see it: its text without colour codes or a
// byte-order mark, and its non-blank lines, trimmed.
//
// A claim weighs what it reads. A tool's own marks (a status line, curl's trace, a titled
// response block) claim the input on any line of the look-ahead: a tool's output often starts
// with lines of its own (a banner, its options, a connection's set-up), and prose holds no such
// line. Words alone (a field's name among other words, logClaim) claim it only in its lead: the
// first line, and the lines after it while the one before leaves the claim open (claimOpen), at
// most lookLines; further on, a ticket's sentence would claim it as well as a log's line.
type look struct {
	text  string
	lines []string
	// lead is how many of lines are the lead.
	lead int
}

func (h look) first() string { return h.lines[0] }

// leadText is the lead's lines, one a line.
func (h look) leadText() string { return strings.Join(h.lines[:h.lead], "\n") }

func newLook(head []byte) look {
	s := strings.TrimPrefix(string(stripANSI(nil, head)), "\ufeff")
	h := look{text: s}
	for line := range strings.Lines(s) {
		if t := strings.TrimSpace(line); t != "" {
			h.lines = append(h.lines, t)
		}
	}
	if len(h.lines) > 0 {
		// A document's members decide it: they come one a line in a pretty-printed one.
		doc := h.lines[0][0] == '{' || h.lines[0][0] == '['
		for h.lead = 1; h.lead < len(h.lines) && h.lead < lookLines && (doc || claimOpen(h.lines[h.lead-1])); h.lead++ {
		}
	}
	return h
}

// Claim returns the name of the reader that claims an input from its start (Head), in the order of
// the reader table, or "" when none does: a list of codes, prose. A UTF-16 byte-order mark
// (PowerShell's redirection) is claimed as text, to be read once transcoded.
//
// A reader claims by its marks (markClaim) or, where no mark does, by what it reads: where the
// readers, reading head as `mtapi headers` reads it, count a response's own mtapistatus field in
// it, the reader that counted it claims the input (countClaim). The marks are what a reader can
// tell from a line or two; what it counts is where a claim and the answer cannot disagree.
func Claim(head []byte) string {
	if name := markClaim(head); name != "" {
		return name
	}
	return countClaim(head)
}

// markClaim returns the name of the reader whose marks claim head, or "".
func markClaim(head []byte) string {
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return "http"
	}
	h := newLook(head)
	if len(h.lines) == 0 {
		return ""
	}
	for _, r := range readerTable() {
		if r.claim != nil && r.claim(h) {
			return r.name
		}
	}
	return ""
}

// countClaim returns the name of the reader that counts a response's own mtapistatus field in head,
// read as ParseWith reads an input (a row of a Kibana document, a table under a title in an
// e-mail, a printed object of a response's headers), or "". A head of one line is not read: a bare
// "mtapistatus: 617020" is a value to decode as it stands. head is bounded (Head), and the parse
// stops at the first response that counts.
func countClaim(head []byte) string {
	if lines := bytes.Count(bytes.TrimSpace(head), []byte("\n")); lines == 0 {
		return ""
	}
	counted, name := "", ""
	_, err := ParseWith(bytes.NewReader(head), Options{Explain: func(x Explanation) {
		if x.Event == "counted" {
			counted = x.Reader
		}
	}}, func(r Response) error {
		if r.Found && counted != "" {
			name = counted
			return errCounted
		}
		return nil
	})
	if err != nil && !errors.Is(err, errCounted) {
		return ""
	}
	return name
}

// errCounted stops countClaim's parse at the first response that counts.
var errCounted = errors.New("a response counts")

// jsonClaim claims a JSON document with members, or a printed object that the parser reads as a
// document (sniff, on the same look-ahead: httpx's "<Response [400]> Headers({...})"): a list of
// codes never is one.
func jsonClaim(h look) bool {
	if jiraMacro([]byte(strings.TrimLeft(h.text, " \t\r\n"))) {
		return false // a paste in Jira's markup: "{code:title=Response}HTTP/1.1 400 ...", "{panel}"
	}
	if jsonDocument(h.text) {
		return true
	}
	if len(h.lines) >= 2 && chatterLine(h.lines[0]) && (loneBracket(h.lines[1]) || strings.HasPrefix(h.lines[1], "{\"")) {
		// A pretty-printed document, or JSON lines (tshark -T ek), after its tool's chatter
		// ("Running as user "root" ..."), as sniff reads it.
		_, rest, _ := strings.Cut(strings.TrimLeft(h.text, " \t\r\n"), "\n")
		return jsonDocument(rest)
	}
	b := []byte(h.text)
	e := lookEnd(b)
	if e < 0 {
		return false // (the parser's look-ahead needs more than there is yet)
	}
	t := bytes.TrimLeft(b[:e], " \t\r\n\f\v")
	if len(t) > 0 && (t[0] == '{' || t[0] == '[') {
		// A language's printing of an object (Node's util.inspect, keys without quotes): its
		// members come one a line.
		members := 0
		for _, l := range h.lines[1:min(len(h.lines), lookLines*2)] {
			if memberLine(l) {
				members++
			}
		}
		return members >= 2
	}
	return len(t) > 0 && looksStructured(t)
}

// chatterLine reports whether the first line of an input is its tool's own chatter rather than what
// it prints: prose (quotedProse) with no header in it, neither a status line nor a line that leaves
// a claim open (a field, a title). tshark run as root writes `Running as user "root" and group
// "root". This could be dangerous.` on stderr, which 2>&1 puts before its JSON. Where the next line
// is a lone bracket, as a pretty-printer starts a document, the document is what the input is.
func chatterLine(t string) bool {
	if t == "" || claimOpen(t) || containsHeaderName([]byte(t)) {
		return false
	}
	if _, ok := statusFromLine([]byte(t)); ok {
		return false
	}
	return quotedProse([]byte(t))
}

// loneBracket reports a line that is only the bracket a pretty-printed JSON document opens with.
func loneBracket(t string) bool { return t == "[" || t == "{" }

// memberLine reports whether a line starts with a member of a printed object: a name, bare or
// quoted, then a colon and a space or the line's end ("resource: {", "'content-type': 'x',").
func memberLine(l string) bool {
	q := byte(0)
	if l != "" && (l[0] == '\'' || l[0] == '"') {
		q, l = l[0], l[1:]
	}
	i := 0
	if q != 0 && l != "" && l[0] == ':' {
		i++ // an HTTP/2 pseudo-header's name, ':status'
	}
	for i < len(l) && (isLetter(l[i]) || isDigit(l[i]) || strings.IndexByte("_-.$", l[i]) >= 0) {
		i++
	}
	if i == 0 {
		return false
	}
	if q != 0 {
		if i == len(l) || l[i] != q {
			return false
		}
		i++
	}
	return i < len(l) && l[i] == ':' && (i+1 == len(l) || l[i+1] == ' ')
}

// httpClaim claims HTTP text: a status line (curl -i, -v's "< ", wget -S, HTTPie, requests-toolbelt's
// "> ", a response pasted into a ticket) on any line; or on the first line a request line (or
// requests-toolbelt's "< " before it), curl -v's "* " or "> ", .NET's "StatusCode: ", wget's
// progress line; libwww-perl's request with an absolute URL or status without its version, with a
// header field after it; or two header fields in a row at the start.
func httpClaim(h look) bool {
	for _, l := range h.lines {
		t := unmarked(claimLine(l))
		if _, mitm := mitmStatus([]byte(l)); mitm || statusLine(t) {
			return true
		}
		// Java's MessageHeader printed (HttpURLConnection's log): the status line is the value
		// of a null key.
		if i := strings.Index(l, "{null: "); i >= 0 && statusLine(l[i+len("{null: "):]) {
			return true
		}
	}
	t := claimLine(h.first())
	if len(h.lines) >= 2 && leadingStatus([]byte(t)) > 0 && strings.HasSuffix(t, "{") && memberLine(h.lines[1]) {
		// Node's console.log(res.status, res.headers): "400 {" or "400 http://host/x {" over
		// the members of the headers object.
		return true
	}
	if strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "> ") || strings.HasPrefix(t, "StatusCode: ") || wgetStart(t) ||
		isRequestLine([]byte(strings.TrimPrefix(t, "< "))) {
		return true
	}
	if len(h.lines) >= 2 {
		// libwww-perl: "GET http://host/x" (lwp-request -U, -e) over its header fields or the
		// status, or the status without its version ("400 Bad Request", HEAD) over its fields.
		next := claimLine(h.lines[1])
		if absoluteRequest([]byte(t)) && (headerField(next) || reasonLine([]byte(next)) > 0) ||
			reasonLine([]byte(t)) > 0 && headerField(next) {
			return true
		}
	}
	return len(h.lines) >= 2 && headerField(h.lines[0]) && headerField(h.lines[1])
}

// claimLine is a line of the look-ahead as a tool's marks are looked for on it: without the
// timestamp a log or the tool put first (curl --trace-time, kubectl logs --timestamps), and without
// the zero-width and no-break spaces a chat paste adds.
func claimLine(t string) string {
	if strings.Contains(t, "\u200b") || strings.Contains(t, "\u00a0") {
		t = strings.TrimSpace(strings.NewReplacer("\u200b", "", "\u00a0", " ").Replace(t))
	}
	if n := stampLen([]byte(t)); n > 0 && n < len(t) {
		t = strings.TrimLeft(t[n:], " ")
	}
	return t
}

// unmarked is a line without the marks of its side or of a reply's quotation before it: curl -v's
// "< " and "> ", lftp's "<--- " and "---> ", "> > " where a reply quotes them.
func unmarked(t string) string {
	for range 4 {
		switch {
		case strings.HasPrefix(t, "> "), strings.HasPrefix(t, "< "):
			t = strings.TrimLeft(t[2:], " ")
		case strings.HasPrefix(t, "---> "), strings.HasPrefix(t, "<--- "):
			t = strings.TrimLeft(t[5:], " ") // (lftp's debug arrows: markedSide)
		case strings.HasPrefix(t, ">>"):
			t = t[1:]
		default:
			return t
		}
	}
	return t
}

// tableClaim claims a table of header names and values (the tables reader's): a row, drawn,
// Markdown or Jira, whose first cell is the header's name, with a value in a cell after it.
func tableClaim(h look) bool {
	for _, l := range h.lines {
		bar := "|"
		if strings.HasPrefix(l, "│") {
			bar = "│"
		} else if l[0] != '|' {
			continue
		}
		var cells []string
		for c := range strings.SplitSeq(l, bar) {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		if len(cells) >= 2 && strings.EqualFold(cells[0], codes.HeaderName) && strings.Trim(cells[1], "-: ") != "" {
			return true
		}
	}
	return false
}

// titledClaim claims a titled block (the sections reader's): a title on the first line, or a
// response's title ("Response headers", as browser tools and Swagger UI print it) with a header
// field under it on any line.
func titledClaim(h look) bool {
	if sectionsClaim(h) {
		return true
	}
	for i := 0; i+1 < len(h.lines); i++ {
		l, next := h.lines[i], h.lines[i+1]
		if (sectionTitle([]byte(l)) == sectionResponse || loggedTitle([]byte(l)) == sectionResponse ||
			decoratedTitle([]byte(l)) != nil && sectionTitle(decoratedTitle([]byte(l))) == sectionResponse) && headerField(next) {
			return true
		}
		// A printed object under words that name the response ("<< response headers [Object:
		// null prototype] {", Playwright's "response 200 http://host/x {"), a member a line.
		if strings.HasSuffix(l, "{") && memberLine(next) && namesResponse(l[:len(l)-1]) {
			return true
		}
	}
	return false
}

// namesResponse reports whether words name a response and not a request.
func namesResponse(s string) bool {
	response := false
	for w := range strings.FieldsFuncSeq(strings.ToLower(s), func(r rune) bool { return r < 'a' || r > 'z' }) {
		switch w {
		case "response", "responses":
			response = true
		case "request", "requests":
			return false
		}
	}
	return response
}

// logClaim claims a line that prints the header as a field among other words (a log line, a
// printed object, a table): its name followed by a field's separator (fieldAfter). Prose that only names
// the header ("the server replied with mtapistatus 617020") is not claimed: it is text, whose
// codes decode reads as mentioned.
func logClaim(h look) bool {
	if tsharkFieldsHeader(h.first()) {
		return true
	}
	for _, l := range h.lines {
		if logLineField(l) {
			return true
		}
	}
	lower := strings.ToLower(h.leadText())
	i := strings.Index(lower, codes.HeaderName)
	if i < 0 || !fieldAfter(lower[i+len(codes.HeaderName):]) {
		return false
	}
	// Another word besides the header's name: the header is printed among others.
	rest := lower[:i] + " " + lower[i+len(codes.HeaderName):]
	run := 0
	for j := 0; j < len(rest); j++ {
		if c := rest[j]; c >= 'a' && c <= 'z' {
			if run++; run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// logLineField reports a line of a log that holds the header as a field: a log's prefix (a
// timestamp, nmap's "| ") and the name with a field's separator after it ("fd:9 resp: Mtapistatus:
// 617020", "|   Mtapistatus: 617020"); or the response's headers logged as a map ("Endpoint
// response headers: {Content-Type=..., mtapistatus=617020}", API Gateway's execution log). Its
// prefix is what tells it from a ticket's sentence.
func logLineField(l string) bool {
	n := logPrefix(l)
	if i := strings.IndexByte(l, '{'); i > 0 && namesResponse(l[:i]) && strings.Contains(strings.ToLower(l[:i]), "header") {
		n = i + 1
	} else if n == 0 && !strings.HasPrefix(l, "| ") {
		return false
	}
	lower := strings.ToLower(l[n:])
	for i := strings.Index(lower, codes.HeaderName); i >= 0; {
		before := i == 0 || !isLetter(lower[i-1]) && lower[i-1] != '-' && lower[i-1] != '_'
		if before && fieldAfter(lower[i+len(codes.HeaderName):]) {
			return true
		}
		next := strings.Index(lower[i+1:], codes.HeaderName)
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// logPrefix returns the length of the time a log line starts with, or 0: what the line source
// learns as a prefix (stampLen), a date ("2026-12-07 16:47:35: ", lighttpd's), or a bracketed time
// ("[Mon Dec 07 16:47:36.109257 2026] ", Apache's error log).
func logPrefix(l string) int {
	if n := stampLen([]byte(l)); n > 0 {
		return n
	}
	b := []byte(l)
	if len(b) >= 10 && digitsAt(b, 0, 4) && (b[4] == '-' || b[4] == '/') && digitsAt(b, 5, 2) && b[7] == b[4] && digitsAt(b, 8, 2) {
		return 10
	}
	if end := strings.Index(l, "] "); len(l) > 0 && l[0] == '[' && end > 0 && end < 48 {
		for i := 1; i+8 <= end; i++ {
			if digitsAt(b, i, 2) && b[i+2] == ':' && digitsAt(b, i+3, 2) && b[i+5] == ':' && digitsAt(b, i+6, 2) {
				return end + 2
			}
		}
	}
	return 0
}

// tsharkFieldsHeader reports the first line of tshark -T fields -E header=y: its field names,
// apart by tabs, among them the response's (http.response.line, http.response.code, ...).
func tsharkFieldsHeader(t string) bool {
	response := false
	for f := range strings.SplitSeq(t, "\t") {
		if f == "" || strings.IndexFunc(f, func(r rune) bool { return !(r == '.' || r == '_' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9') }) >= 0 {
			return false
		}
		response = response || strings.HasPrefix(f, "http.response.") || strings.HasPrefix(f, "http2.header")
	}
	return response && strings.Contains(t, "\t")
}

// fieldAfter reports whether what follows a name makes it a field's: after a closing quote or
// bracket and spaces, a separator of a field, a member or a table's cell (':', '=', '=>', ',', a tab,
// '|', '│').
func fieldAfter(s string) bool {
	s = strings.TrimLeft(s, `"' ]`)
	return s != "" && (strings.IndexByte(":=,|\t", s[0]) >= 0 || strings.HasPrefix(s, "│"))
}

// Head returns the start of an input that Claim decides from, without consuming it: its first
// non-blank line where that is a list of codes or names, as typed (decided at once); else the
// lines up to the first at which a reader's marks claim the input (markClaim), at most lookBytes
// of them, or less where the input ends first: what the readers then count in it (countClaim) is
// counted in the same bytes however they arrived. It is a function of the bytes alone, never of how they were split
// into reads: what a tool prints before its own marks (a banner, its options) does not hide them.
func Head(br Peeker) []byte {
	var s headScan
	head, _ := peekUntil(br, s.end)
	return head
}

// Peeker is what Head reads: a bufio.Reader.
type Peeker interface {
	Peek(int) ([]byte, error)
	Buffered() int
}

// headScan finds where Head ends. The bytes it is shown only grow, so it goes on from the line it
// reached the time before: each line is weighed once.
type headScan struct{ start, lines int }

// end returns where Head ends in b, or -1 if b is too short to tell.
func (s *headScan) end(b []byte) int {
	for s.start < len(b) {
		i := bytes.IndexByte(b[s.start:], '\n')
		if i < 0 || s.start+i+1 > lookBytes {
			break
		}
		end := s.start + i + 1
		t := strings.TrimSpace(string(stripANSI(nil, b[s.start:end])))
		s.start = end
		if t == "" {
			continue
		}
		s.lines++
		if s.lines == 1 && codeList(t) || markClaim(b[:end]) != "" {
			return end
		}
	}
	if len(b) >= lookBytes {
		if s.start > 0 {
			return s.start
		}
		return lookBytes
	}
	return -1
}

// codeList reports whether a line is a list of codes or names as someone types them: numbers,
// names shaped as identifiers (CamelCase, UPPER_SNAKE) or written in small letters (a name typed
// as it sounds, "updatedateshoudbeafter", "update date cannot be in future"), apart by spaces,
// commas or semicolons. A capitalised word alone ("GET", "Responses", "Hello") may be the first
// line of a paste: the look-ahead goes on.
func codeList(t string) bool {
	n := 0
	for _, f := range strings.FieldsFunc(t, func(r rune) bool { return r == ' ' || r == '\t' || r == ',' || r == ';' }) {
		if f = strings.TrimRight(f, "."); f == "" {
			continue
		}
		if !numberWord(f) && !identifierWord(f) && strings.Trim(f, "abcdefghijklmnopqrstuvwxyz") != "" {
			return false
		}
		n++
	}
	return n > 0
}

// numberWord reports a number, signed or not: "617020", "-1".
func numberWord(f string) bool {
	return isDigits([]byte(strings.TrimPrefix(f, "-")))
}

// identifierWord reports a name shaped as an identifier: letters, digits and underscores, a
// letter first, with a capital after a small letter or an underscore between letters.
func identifierWord(f string) bool {
	if len(f) < 3 || !isLetter(f[0]) {
		return false
	}
	shaped := false
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case c == '_':
			shaped = shaped || i > 0 && i+1 < len(f)
		case isDigit(c), c >= 'a' && c <= 'z':
		case c >= 'A' && c <= 'Z':
			shaped = shaped || i > 0 && f[i-1] >= 'a' && f[i-1] <= 'z'
		default:
			return false
		}
	}
	return shaped
}

// claimOpen reports whether a line leaves the claim open until the next one.
func claimOpen(t string) bool {
	return headerField(t) || isRequestLine([]byte(t)) || t[0] == '{' || t[0] == '[' ||
		sectionTitle([]byte(t)) != sectionNone
}

// tsharkFrame reports whether s is the first line of a packet dissection (tshark -V, -O http):
// "Frame 4: 150 bytes on wire (1200 bits), …".
func tsharkFrame(s string) bool {
	rest, ok := strings.CutPrefix(s, "Frame ")
	if !ok {
		return false
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	return i > 0 && strings.HasPrefix(rest[i:], ": ") && strings.Contains(rest, " bytes on wire")
}

// jsonDocument reports whether s starts a JSON document with members ({"a": …, "b": …}): a list of
// codes never does. One member alone ({"mtapistatus": "617020"}) is a value pasted as it stands.
func jsonDocument(s string) bool {
	t := strings.TrimLeft(s, " \t\r\n")
	if t == "" || t[0] != '{' && t[0] != '[' {
		return false
	}
	return strings.Count(t, "\":") >= 2
}

// statusLine reports whether s starts like "HTTP/1.1 200" or "HTTP/2 200".
func statusLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "HTTP/")
	if !ok || rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	sp := strings.IndexByte(rest, ' ')
	return sp > 0 && len(rest) >= sp+4 && strings.Trim(rest[sp+1:sp+4], "0123456789") == ""
}

// wgetStart reports whether s is wget's first line: "--2026-11-25 08:00:00--  http://…".
func wgetStart(s string) bool {
	return len(s) > 23 && strings.HasPrefix(s, "--") && s[6] == '-' && s[12] == ' ' && s[21:23] == "--"
}

// headerField reports whether s is "Name: value" with an HTTP token as the name, starting with a
// letter.
func headerField(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 1 || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for i := 0; i < colon; i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+.^_`|~-", c) >= 0) {
			return false
		}
	}
	return true
}
