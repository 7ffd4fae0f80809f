package headers

import (
	"bufio"
	"bytes"
	"iter"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// Log-line fields: the "log" reader's key=value and "name: value" fields inside a line, and the
// HTTP status an access log gives the line.

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
		if !fieldStarts(b, i, dump) {
			continue
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
		if after := rest[k+len(v):]; len(after) > 1 && after[0] == '[' && after[1] == '\\' && !wireReceived(b[:i]) {
			// The value runs into "[\r][\n]": a line of Apache HttpClient's wire log, read as it
			// stands (its prefix not learned, prefix.go). Only its '<< "' says it is a line
			// received; '>> "' is one sent, and nothing else says whose it is.
			continue
		}
		held++
		r.found = true
		if t := bytes.TrimSpace(v); len(t) > 0 && string(t) != "-" {
			r.addValue(string(t))
		}
	}
	return held
}

// wireReceived reports whether what precedes a name ends in '<< "', Apache HttpClient's wire log's
// mark of a line received.
func wireReceived(b []byte) bool { return bytes.HasSuffix(b, []byte(`<< "`)) }

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
		if d := bracketStep[c]; d != 0 {
			depth = max(0, depth+int(d))
		}
	}
	return depth > 0
}

// bracketStep is what a byte does to the depth of brackets: most bytes nothing, which a table
// says in one look (the log reader asks insideBrackets of most of every line that names the header).
var bracketStep = [256]int8{'{': 1, '(': 1, '[': 1, '}': -1, ')': -1, ']': -1}

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

// openSingle returns the offset of the single quote that opens the string the end of b is inside,
// or -1. Only a quote that cannot be an apostrophe opens one: one at the start or after a space, a
// bracket, a comma, a colon or an "="; the quote after the string's last byte closes it. ("it's",
// "users' data" open nothing: a letter is before the first, and the second is a closing one.)
func openSingle(b []byte) int {
	q := -1
	for i, c := range b {
		if c != '\'' {
			continue
		}
		switch {
		case q >= 0 && (i+1 == len(b) || !isWordByte(b[i+1])):
			q = -1
		case q < 0 && (i == 0 || bytes.IndexByte([]byte(" \t([{,:="), b[i-1]) >= 0):
			q = i
		}
	}
	return q
}

// closesSingle reports whether b, the rest of a line from a name inside a single-quoted string on,
// holds the quote that closes the string: one followed by the line's end or no word byte.
func closesSingle(b []byte) bool {
	for i, c := range b {
		if c == '\'' && (i+1 == len(b) || !isWordByte(b[i+1])) {
			return true
		}
	}
	return false
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
		if c == ';' || c == '&' || c == '|' || c == ')' || c == '}' || c == ']' || c == '"' || c == '\'' ||
			c == '[' && e+1 < len(rest) && rest[e+1] == '\\' {
			// (Apache HttpClient's wire log writes a line's end as "[\r][\n]".)
			break
		}
		e++
	}
	return bytes.TrimRight(rest[:e], ", \t")
}

// indexFold finds the header's name in b, in any case, or returns -1.
func indexFold(b []byte) int {
	n := len(codes.HeaderName)
	best, end := -1, len(b)
	for _, first := range [...]byte{'m', 'M'} {
		// (Once found in one case, the other is looked for only before it.)
		for off := 0; off+n <= end; {
			i := bytes.IndexByte(b[off:end], first)
			if i < 0 {
				break
			}
			i += off
			if i+n <= len(b) && bytes.EqualFold(b[i:i+n], []byte(codes.HeaderName)) {
				if best < 0 || i < best {
					best, end = i, i+n-1
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

// inline reads headers printed inside a log line: with the structured reader from the line's first
// bracket on ("INFO headers: {'mtapistatus': '617020'}"), else as a key=value or "name: value"
// field ("... mtapistatus=617020"). Each line that holds the header is one response.
func (p *textParser) inline(b []byte) {
	if p.only&famLog == 0 || p.stringPiece(b) || !containsHeaderName(b) || p.inlineOther(b) {
		return
	}
	dump := bytes.IndexAny(b, "{[(")
	{
		// What the words before a field say about its side (logsides.go).
		name := indexFold(b)
		if why, ok := requestLead(b, name); ok {
			p.ans.sentRequest()
			p.passOver(b, RoleRequest, why)
			return
		}
		// (Prose is no place a header is: it is told to --explain, not counted as passed over.)
		if why, ok := proseMention(b); ok {
			p.explainOver(b, why)
			return
		}
		if p.writtenEOL && !bytes.Contains(b[:name], []byte("HTTP/")) {
			// One raw line of a message dumped by a logger with its CRLF written out (Apache's
			// mod_dumpio: "dumpio_in (data-HEAP): mtapistatus: 555001\r\n"), which dumps what
			// goes in and out of a socket alike: nothing on the line says whose it is.
			p.passOver(b, RoleOther, "one raw header line dumped with its line end written out, no status line on it: nothing says whose it is")
			return
		}
	}
	// (A JSON line's own keys say whose headers are whose: the structured reader skips a
	// "RequestHeaders" object and reads a "ResponseHeaders" one beside it. A line that starts
	// with a log's bracketed stamp is no JSON line: Chromium's "[pid:tid:time:INFO:CONSOLE:7]
	// "request /list {...}"" says what its dump is in the words after the stamp.)
	jsonLine := dump == 0 && b[0] == '{'
	if name := indexFold(b); dump >= 0 && !jsonLine && name > dump && (requestDump(b[:dump]) || requestDump(b[:name])) &&
		!bytes.Contains(bytes.ToLower(b[name:]), []byte("response")) {
		// "sending request headers={'mtapistatus': '5'}": what a client sent never counts.
		p.ans.sentRequest()
		p.passOver(b, RoleRequest, "a request's headers printed by a client")
		return
	}
	// A line that is a JSON object (a JSON-lines log) is one response, with or without a value;
	// anything else reports what the bracket holds, or falls back to key=value.
	found, sent, ok := p.inlineDump(b, dump, jsonLine)
	if !ok {
		return
	}
	if sent && len(found) == 0 {
		// The line's object says it is a request (read_sides.go): "outgoing request
		// {"method": "GET", "headers": {...}}". What it holds was sent.
		p.ans.sentRequest()
		p.passOver(b, RoleRequest, "an object of headers that says it is a request (its message, or an HTTP method beside them)")
		return
	}
	if jsonLine && len(found) == 0 && !p.nested {
		// A JSON log record that wraps a line of text: Docker's json-file log
		// ({"log":"... mtapistatus=617020 ...\n","stream":"stdout"}), or a record that keeps the
		// raw header block as one string. The strings that mention the header are read as text.
		p.embedded(b)
		return
	}
	if !jsonLine {
		found = inlineFields(b, dump, found)
	}
	for i := range found {
		p.ans.responseEvidence()
		p.whole(found[i].status, found[i].code, &found[i].v)
		if p.d.err != nil {
			return
		}
	}
}

// lineMessage is a message a log line holds, made whole by the log reader and decided by p.whole.
type lineMessage struct {
	status string
	code   int
	v      values
}

// inlineOther reads the lines that name the header in a form of their own, and reports whether b
// was one: a command line, header lines with their CRLF escaped, Java's MessageHeader, a logfmt
// field that quotes a printed dump.
func (p *textParser) inlineOther(b []byte) bool {
	if bytes.HasPrefix(b, []byte("Setting --header")) || commandLine(b) {
		// (wget --debug echoes the request headers it was given: "Setting --header (header) to
		// mtapistatus: 5".)
		p.passOver(b, RoleRequest, "a command line: what it sends is a request")
		return true
	}
	if bytes.Contains(b, []byte(`\r\n`)) && !p.nested && !jsonStart(b) && p.escapedLines(b) {
		return true
	}
	if i := bytes.Index(b, []byte("MessageHeader@")); i >= 0 {
		p.messageHeader(b[i:])
		return true
	}
	if !p.inLogfmt && (bytes.Contains(b, []byte(`\"`)) || bytes.Contains(b, []byte(`="map[`))) {
		if logfmtRequest(b) {
			p.ans.sentRequest()
			p.passOver(b, RoleRequest, "a logfmt line whose own fields say it is a request (its message, or a method and no status)")
			return true
		}
		// A logfmt field that quotes a printed dump (k6 run piped: msg="409 {\"Mtapistatus\":...}";
		// Go's slog text: resp_headers="map[Mtapistatus:[617020]]"): the dump is read as the line
		// it was before it was quoted, and a field named for the request is passed over.
		if v := logfmtQuoted(b); v != nil {
			p.inLogfmt = true
			p.inline(v)
			p.inLogfmt = false
			return true
		}
	}
	return false
}

// jsonStart reports whether a line starts a JSON object or array (rather than a log line's
// "[Mon Dec 07 ...]" stamp), whose strings the structured reader reads.
func jsonStart(b []byte) bool {
	if len(b) == 0 || b[0] != '{' && b[0] != '[' {
		return false
	}
	if b[0] == '{' {
		return true
	}
	t := bytes.TrimLeft(b[1:], " \t")
	return len(t) == 0 || t[0] == '"' || t[0] == '{' || t[0] == '[' || t[0] == ']' || isDigit(t[0]) || t[0] == '-'
}

// inlineDump reads what the line holds from its first bracket on with the structured reader; sent
// is whether it held an object that says it is a request's; ok is false where that failed (and
// stopped the parse).
func (p *textParser) inlineDump(b []byte, dump int, jsonLine bool) (found []lineMessage, sent, ok bool) {
	if dump < 0 || !nameInBrackets(b, dump) {
		// (What the structured reader finds is a member of a bracket: where every mention of
		// the name is outside one, as in an access log with its bracketed time, there is
		// nothing to find, and the line's fields are read as they stand.)
		return nil, false, true
	}
	// (The readers and the parser are kept from line to line: a large log has many such lines.)
	if p.dump == nil {
		p.dump = &inlineReader{br: bufio.NewReaderSize(nil, 4096)}
	}
	in := p.dump
	in.r.Reset(b[dump:])
	in.br.Reset(&in.r)
	in.sp.reuse()
	err := in.sp.parse(in.br, func(r Response, sawKey bool) error {
		if (r.Found || jsonLine && sawKey) && len(found) < 64 {
			// (Counted inside this line: the line itself is what a value's line is.)
			found = append(found, lineMessage{r.StatusLine, r.HTTPStatus, values{list: r.Values, dropped: r.Dropped, found: r.Found}})
		}
		return nil
	}, nil, nil)
	if err != nil && p.d.err == nil {
		p.d.err = err
		return nil, false, false
	}
	return found, in.sp.sawAsk, true
}

// nameInBrackets reports whether the header's name occurs in b inside a bracket opened at dump or
// after it.
func nameInBrackets(b []byte, dump int) bool {
	for i := range mentions(b, dump) {
		if insideBrackets(b[dump:i]) {
			return true
		}
	}
	return false
}

// mentions yields where the header's name starts in b, in any case, from b[from] on.
func mentions(b []byte, from int) iter.Seq[int] {
	return func(yield func(int) bool) {
		n := len(codes.HeaderName)
		for off := from; off+n <= len(b); {
			i := indexFold(b[off:])
			if i < 0 || !yield(off+i) {
				return
			}
			off += i + n
		}
	}
}

// inlineReader is what inlineDump reads a line's dump with.
type inlineReader struct {
	r  bytes.Reader
	br *bufio.Reader
	sp structParser
}

// inlineFields reads the header as a key=value or "name: value" field of the line, and returns the
// line's messages with it.
func inlineFields(b []byte, dump int, found []lineMessage) []lineMessage {
	var kv lineMessage
	n := inlineKV(b, dump, &kv.v)
	if n == 0 {
		return found
	}
	kv.code = accessLogStatus(b)
	if kv.v.list == nil {
		kv.v.found = false // "mtapistatus=-": the log names the field, the response had no header
	}
	// Brackets in free text are not always a dump: "(mtapistatus: 617020, 901002)" or Spring's
	// [mtapistatus:"617020, 901002", "4041001"] read as fields keep the whole list, where the
	// structured reader stops at the first element.
	if len(found) == 1 && n == 1 && len(kv.v.list) > len(found[0].v.list) {
		if found[0].code != 0 {
			kv.code = found[0].code
		}
		found[0] = kv
	}
	if len(found) == 0 {
		found = append(found, kv)
	}
	return found
}

// fieldStarts reports whether the header's name at i starts a field of the line, rather than sit
// in another field's value, a printed string, a word, a URL, markup or a sentence.
func fieldStarts(b []byte, i, dump int) bool {
	if dump >= 0 && i > dump && quoted(b[dump:i]) {
		return false
	}
	if dump >= 0 && i > dump && insideBrackets(b[dump:i]) && !memberStart(b[dump:i]) {
		// Inside brackets, a field starts a member ("(mtapistatus: 617020)", "{a: 1,
		// mtapistatus: 2}"); after a word it is running text ("{555001|retry after
		// mtapistatus: 555004}", HAProxy's captured headers).
		return false
	}
	if q := openQuote(b[:i]); q >= 0 && q != i-1 {
		// Inside another field's quoted value: x-note="retry after mtapistatus: 555004",
		// "x-note" = "...", msg="... mtapistatus: 1 ...". A quoted string that is the field
		// itself starts with the name ("mtapistatus: 617020").
		return false
	}
	if q := openSingle(b[:i]); q >= 0 && q != i-1 && closesSingle(b[i:]) {
		// The same in single quotes, where the quotes pair up as a string's do: Envoy's
		// "'x-note', 'retry after mtapistatus: 555004'" under a logcat or compose prefix.
		return false
	}
	if closedAfter(b, i) {
		// A quote after the field that closes nothing on the row: the field sits inside a string
		// begun on a row before, as where a terminal wrapped a command line ("te: retry after
		// mtapistatus: 555004' http://" after "$ curl -H 'X-No").
		return false
	}
	if t := bytes.TrimRight(b[:i], " \t"); len(t) < i && len(t) > 0 && t[len(t)-1] == '>' && (len(t) == 1 || t[len(t)-2] != '-' || lftpArrow(t)) {
		// After a prefix the dump's own marks still say the side: curl's "> ", Apache's ">> "
		// and lftp's "---> " are what was sent ("2026-12-07T10:00:00Z > mtapistatus: 555001"),
		// never a field. (A lone "->" is an arrow of the line's text: "GET /x -> 400".)
		return false
	}
	if i > 0 && !httpVarPrefix(b[:i]) {
		// (Right after a tag's '>' it is markup's text: "<br>mtapistatus: 999999</p>".)
		// (Right after "=" it is another field's value: wget2's "name=header
		// value=mtapistatus: 555002".)
		if c := b[i-1]; isWordByte(c) || c == '?' || c == '&' || c == '/' || c == '.' || c == '$' || c == '>' || c == '=' && !lineKey(b[:i-1]) {
			return false
		}
	}
	if inFieldValue(b[:i]) {
		return false // "X-Note: retry after mtapistatus: 555004" (logsides.go)
	}
	return !proseBefore(b, i)
}

// closedAfter reports whether the row b holds, after the header's name at i, a quote that closes a
// string opened on no earlier part of the row: the first quote of its kind on the row, after a
// character that is not white space and before white space, punctuation or the row's end ("555004'
// http://"; an apostrophe inside a word, "user's", is none), with an odd number of them on the row.
func closedAfter(b []byte, i int) bool {
	for _, q := range [...]byte{'\'', '"'} {
		if bytes.IndexByte(b[:i], q) >= 0 {
			continue
		}
		j := bytes.IndexByte(b[i:], q)
		if j < 0 {
			continue
		}
		j += i
		if c := b[j-1]; c == ' ' || c == '\t' || c == '\\' {
			continue
		}
		if j+1 < len(b) && bytes.IndexByte([]byte(" \t,;)]}"), b[j+1]) < 0 {
			continue
		}
		if bytes.Count(b[i:], []byte{q})%2 == 1 {
			return true
		}
	}
	return false
}

// lftpArrow reports whether t ends in lftp's mark of what it sent, "--->", as a word of its own.
func lftpArrow(t []byte) bool {
	return bytes.HasSuffix(t, []byte("--->")) && (len(t) == 4 || t[len(t)-5] == ' ' || t[len(t)-5] == '\t')
}

// lineKey reports whether b, what comes before an "=" that the header's name follows, is a key
// that starts the line: the key=message of an environment-style record (journald's
// "MESSAGE=mtapistatus=617020"), whose value is the rest of the line.
func lineKey(b []byte) bool {
	b = bytes.TrimLeft(b, " \t")
	for _, c := range b {
		if !isWordByte(c) && c != '.' && c != '-' {
			return false
		}
	}
	return len(b) > 0
}

// proseBefore reports whether the header's name at i is a sentence's word, not a log line's field:
// the two words right before it are plain words ("we tried mtapistatus: 617020", "the response
// header mtapistatus: 617021 comes back"), and the line carries none of a log line's marks: a
// timestamp, number or bracket first, a level or a logger's "name:" label as its first word, another
// key=value field, a tab or a '|' column. A wrong code is worse than none: prose is for decode's
// free-text reading, which says a code is mentioned, never that a response carried it.
func proseBefore(b []byte, i int) bool {
	if t := bytes.LastIndexByte(b[:i], '\t'); t >= 0 {
		// A cell of a row pasted with tabs is read alone: words before the name in its own cell
		// are a sentence, whatever the row's first cell is ("21:40:01<TAB>...<TAB>X-Note said
		// retry after mtapistatus: 555004").
		if _, prev, last, n := edgeFields(b[t+1 : i]); n >= 2 && plainWord(last) && plainWord(prev) {
			return true
		}
	}
	// (A backtick is Markdown's code span: "I am sending the header `mtapistatus: 555002` ...".)
	first, prev, last, n := edgeFields(bytes.TrimRight(b[:i], "\"' `"))
	switch {
	case n >= 2 && plainWord(last) && plainWord(prev):
	case n == 1 && i > 0 && (b[i-1] == '\'' || b[i-1] == '"' || b[i-1] == '`') && plainWord(first) && plainAfter(b[i:]):
		// "what 'mtapistatus=901001' means": quoted, with a word on each side.
	case n == 0 && i > 0 && (b[i-1] == '\'' || b[i-1] == '"' || b[i-1] == '`') && sentenceAfterQuote(b[i-1:]):
		// "`mtapistatus: 617027` on POST /assignments, every time": quoted at the start of a
		// sentence, whose words follow the closing quote.
		return !logColumns(b)
	default:
		return false
	}
	return !logMarked(b, first)
}

// sentenceAfterQuote reports whether two plain words follow the string that opens q, after its
// closing quote.
func sentenceAfterQuote(q []byte) bool {
	j := bytes.IndexByte(q[1:], q[0])
	if j < 0 {
		return false
	}
	rest := q[j+2:]
	if len(rest) == 0 || rest[0] != ' ' {
		return false
	}
	var buf [2][]byte
	f, _ := leadingFields(buf[:0], rest, 2)
	return len(f) == 2 && plainWord(f[0]) && plainWord(f[1])
}

// plainAfter reports whether a plain word follows the field that starts b.
func plainAfter(b []byte) bool {
	var buf [2][]byte
	f, _ := leadingFields(buf[:0], b, 2)
	return len(f) >= 2 && plainWord(f[1])
}

// plainWord is a word of a sentence: letters, perhaps with a closing comma, or an opening quote or
// colon (the wrapped rest of a quoted argument: ":retry after ...").
func plainWord(w []byte) bool {
	w = bytes.TrimRight(bytes.TrimLeft(w, "\"':(`"), ",;`")
	if len(w) == 0 {
		return false
	}
	for _, c := range w {
		if !isLetter(c) && c != '\'' && c != '-' {
			return false
		}
	}
	return true
}

// logMarked reports whether a line carries a log line's marks (see proseBefore); first is its first
// word.
func logMarked(b, first []byte) bool {
	if c := first[0]; isDigit(c) || c == '[' || c == '{' || c == '(' {
		return true
	}
	if bytes.IndexByte(first, ':') > 0 || isUpper(first) && len(first) >= 3 {
		return true // "Error:", "api:", "WARNING:root:upstream", "INFO", "WARN"
	}
	return logColumns(b)
}

// logColumns reports whether a line has a log line's columns: a tab, a '|' column, or another
// key=value field.
func logColumns(b []byte) bool {
	if bytes.IndexByte(b, '\t') >= 0 || bytes.Contains(b, []byte(" | ")) {
		return true
	}
	// Another key=value field (logfmt, nginx's key=value access log).
	for off := 0; ; {
		j := bytes.IndexByte(b[off:], '=')
		if j < 0 {
			return false
		}
		j += off
		k := j
		for k > 0 && (isWordByte(b[k-1]) || b[k-1] == '.') {
			k--
		}
		if k < j && j+1 < len(b) && b[j+1] != ' ' && indexFold(b[k:j]) < 0 {
			return true
		}
		off = j + 1
	}
}

// pieceState follows a message written as a string literal in pieces, as Node's util.inspect
// prints a request's _header: "_header: 'GET /list HTTP/1.1\r\n' +", then "'mtapistatus: 1\r\n' +"
// a line each. Its first piece says whose message it is; a piece's header never counts on its own.
type pieceState struct {
	// on: the line before was a piece that goes on (" +"); response: the message's first piece
	// was a status line (else a request line).
	on, response bool
}

// stringPiece reads a line that is a piece of such a message, and reports whether it was one. A
// piece never counts: a request's is the request side, and a response kept as a string is passed
// over rather than read out of place.
func (p *textParser) stringPiece(b []byte) bool {
	s := readerState[pieceState](p, famLog)
	t := bytes.TrimSpace(b)
	goesOn := bytes.HasSuffix(t, []byte("' +")) || bytes.HasSuffix(t, []byte(`" +`))
	if !s.on && !goesOn {
		return false
	}
	q := bytes.IndexAny(t, `'"`)
	end := bytes.Index(t, []byte(`\r\n`))
	if q < 0 || end < q {
		s.on = false
		return false
	}
	piece := t[q+1 : end]
	if !s.on {
		// The first piece says whose message it is: a status line's or a request line's.
		_, ok := statusFromLine(piece)
		switch {
		case ok:
			s.response = true
		case isRequestLine(piece):
			p.request()
			s.response = false
		default:
			return false // a string that is no message's start
		}
	} else if name, value, ok := headerLine(piece); ok && isHeaderName(name) {
		if s.response {
			// (A response kept as a string in pieces is passed over: its pieces are read apart
			// from the text around them, and a miss is better than a value read out of place.)
			p.explainOver(value, "a piece of a response written as a string")
		} else {
			p.passOver(b, RoleRequest, "a piece of a message written as a string, whose first line is a request's")
		}
	}
	s.on = goesOn
	return true
}

// parenthesisedAt reports whether the mention of the header's name at i is a field alone in
// parentheses inside a sentence: two plain words before the opening parenthesis, and a plain word
// or the sentence's end after the closing one ("a test header (mtapistatus: 555002) on every
// call", "we expected the success code (mtapistatus: 617000)."). A printed object's member has no
// sentence around it ("Response(mtapistatus: 617020)", "headers (mtapistatus: 617020)").
func parenthesisedAt(b []byte, i int) bool {
	if i == 0 || b[i-1] != '(' {
		return false
	}
	end := bytes.IndexByte(b[i:], ')')
	if end < 0 || bytes.IndexAny(b[i:i+end], "(,;") >= 0 {
		return false
	}
	if _, prev, last, n := edgeFields(b[:i-1]); n < 2 || !plainWord(prev) || !plainWord(last) {
		return false
	}
	after := bytes.TrimLeft(b[i+end+1:], " ")
	var abuf [2][]byte
	f, _ := leadingFields(abuf[:0], after, 1)
	return len(after) == 0 || after[0] == '.' || after[0] == ',' || len(f) == 1 && plainWord(f[0])
}

// proseMention reports whether every mention of the header's name on the line is inside a
// sentence, and why: the words before it read as one ("According to the wiki it should return 400
// (mtapistatus 617000).", "we expect 400 with mtapistatus: 617000"), it stands alone in
// parentheses inside one (parenthesisedAt), or the line says what its writer expected
// ("Expected: 400 (mtapistatus 617000)"). A log line's marks, or a key=value field before the
// name, make it a log line's field instead: "2026-11-25 10:00:06 ERROR request failed
// (MtApiStatus=4041001)".
func proseMention(b []byte) (string, bool) {
	var buf [2][]byte
	if f, _ := leadingFields(buf[:0], b, 1); len(f) == 1 {
		switch strings.ToLower(strings.TrimRight(string(f[0]), ":")) {
		case "expected", "expecting", "expect", "should":
			return "on a line that says what was expected: never what came back", true
		}
	}
	some, sentence, paren := false, true, true
	for i := range mentions(b, 0) {
		some = true
		sentence = sentence && sentenceBefore(b[:i])
		paren = paren && parenthesisedAt(b, i)
		if !sentence && !paren {
			return "", false
		}
	}
	if first, _, _, _ := edgeFields(b); !some || logMarked(b, first) {
		return "", false
	}
	if sentence {
		return "inside a sentence: prose, not a response's field", true
	}
	return "named in parentheses inside a sentence (\"we send a test header (mtapistatus: 555002) on every call\"): prose, not a response's field", true
}

// sentenceBefore reports whether the text before a mention reads as a sentence: three words or
// more, the first a plain word and most of them plain words, none a key=value field or a label.
func sentenceBefore(lead []byte) bool {
	lead = bytes.TrimRight(lead, " \t([{\"'`")
	words, plain := 0, 0
	for w := range bytes.FieldsSeq(lead) {
		if bytes.IndexByte(w, '=') >= 0 || len(w) > 1 && w[len(w)-1] == ':' {
			return false
		}
		if plainWord(w) {
			plain++
		} else if words == 0 {
			return false
		}
		words++
	}
	return words >= 3 && 2*plain > words
}
