package headers

import "bytes"

// Log prefixes. Many tools print a header dump with a prefix on every line: a timestamp (curl -v
// --trace-time, kubectl logs --timestamps, docker logs -t), a logger's fields (Apache HttpClient's
// "DEBUG [main] org.apache.http.headers - http-outgoing-0 << "), or Android logcat's tag
// ("I/okhttp.OkHttpClient: "). Read line by line as they stand, such lines look like a log of
// unrelated events: request headers and body lines would count and a response would split at
// each header. So the prefix is taken off before a line is read.
//
// A prefix is learned, not guessed from one shape. It starts with a timestamp, a logcat tag or a
// source label: a bracketed source ("[pod/api-7f9c/probe] ", kubectl logs --prefix), a NAME= field
// (journalctl -o export's "MESSAGE="), or a padded service column ("probe-1  | ", docker compose
// logs); a label may have a timestamp after it. A line that starts so and then, after any logger
// fields, carries an anchor that only HTTP text has (a status line, curl's "< " and "> ", Apache's
// "<< " and ">> ", OkHttp's "<-- 400" and "--> GET", a request line) fixes the label and the fields
// between the start and the anchor. From then on every line with the same start (the same label,
// any timestamp) followed by the same fields, digits aside, is read without them; other lines are
// read as they stand (another container's output, a record's other fields). An ordinary log, with
// no anchor, is never changed, so its inline "mtapistatus=617020" fields count as before.
//
// A label is weaker evidence than a timestamp: "[1] ", "NOTE=" or "a | " can start a line of prose
// or a table. So a label is learned only where an earlier line, among the last labelWindow, began
// with the same label, or the line after the anchor does: the lines of one source share it. (The
// anchor line itself is then read as it stands: no line is held back to wait for the next.) A
// Markdown table row starts with its bar, never with a name, and a reply's "> " quotation is the
// paste stage's (paste.go), before this one.

// prefixState is what has been learned of the prefix.
type prefixState struct {
	on bool
	// label is the learned prefix's source label, as first seen, or empty where it starts with a
	// timestamp or a tag; stamped says whether a timestamp follows the label.
	label   []byte
	stamped bool
	// fields are the logger fields between the timestamp and the HTTP text, as first seen; lines
	// must carry the same bytes, digits aside (a thread or connection number may change).
	fields []byte
	buf    []byte
	// seen are the labels that began recent lines, as a hash and the last line each began.
	seen [labelMemory]seenLabel
	// pend is a label's prefix with an anchor after it on line pendLine, a label not seen before:
	// learned if the next line begins with the same label.
	pend      []byte
	pendLabel int
	pendStamp bool
	pendLine  int
	// pendText is where the anchor's text starts in pend, after the label and fields.
	pendText int
}

// seenLabel is a label that began a recent line.
type seenLabel struct {
	sum  uint64
	line int
}

// labelMemory bounds how many labels are remembered: a journal record's fields, a few containers.
// labelWindow is how many lines back a label is remembered: a journal record has a few dozen fields.
const (
	labelMemory = 32
	labelWindow = 64
	maxLabel    = 128
	// maxPend bounds the anchor line kept for its replay.
	maxPend = 4096
)

// maxFields bounds the logger fields between a timestamp and the HTTP text.
const maxFields = 200

// unprefix returns the line without its learned prefix, or the line itself, and whether the line
// carried the prefix. The line end stays.
func (p *textParser) unprefix(raw []byte) (line []byte, carried bool) {
	var label []byte
	n := stampLen(raw)
	if n == 0 {
		if n = labelLen(raw); n == 0 {
			return raw, false
		}
		label = raw[:n]
		n += stampLen(raw[n:])
	}
	stamped, rest := n > len(label), raw[n:]
	seen := len(label) > 0 && p.pre.recall(label, p.lineNo)
	if seen && p.pre.pendLine > 0 && p.pre.pendLine == p.lineNo-1 && stamped == p.pre.pendStamp &&
		bytes.Equal(label, p.pre.pend[:p.pre.pendLabel]) && (fieldsMatch(rest, p.pre.pend[p.pre.pendLabel:p.pre.pendText]) || isBlankLine(rest)) {
		// The line after an anchor shares its label: the label starts a prefix after all.
		p.pre.on, p.pre.stamped = true, stamped
		p.pre.label = append(p.pre.label[:0], label...)
		p.pre.fields = append(p.pre.fields[:0], p.pre.pend[p.pre.pendLabel:p.pre.pendText]...)
		p.replayAnchor()
	}
	p.pre.pendLine = 0
	if p.pre.on && stamped == p.pre.stamped && bytes.Equal(label, p.pre.label) {
		if fieldsMatch(rest, p.pre.fields) {
			return p.sided(rest[min(len(p.pre.fields), len(rest)):]), true
		}
		if isBlankLine(rest) {
			return rest, true
		}
	}
	if _, _, ok := traceOffset(rest); ok || len(rest) > 2 && rest[1] == '=' && (rest[0] == '<' || rest[0] == '=') {
		return raw, false // curl --trace-ascii --trace-time: the trace reader takes the time off itself
	}
	k := anchor(rest)
	if k < 0 {
		return raw, false
	}
	if len(label) > 0 && !seen {
		// One line is not yet a source's prefix: it waits for the next, and is read as it stands
		// unless the next shares its label (replayAnchor).
		if len(raw) <= maxPend {
			p.pre.pend = append(append(p.pre.pend[:0], label...), rest[:k]...)
			p.pre.pendText = len(p.pre.pend)
			p.pre.pend = append(p.pre.pend, rest[k:]...)
			p.pre.pendLabel, p.pre.pendStamp, p.pre.pendLine = len(label), stamped, p.lineNo
		}
		return raw, false
	}
	p.pre.on, p.pre.stamped = true, stamped
	p.pre.label = append(p.pre.label[:0], label...)
	p.pre.fields = append(p.pre.fields[:0], rest[:k]...)
	return p.sided(rest[k:]), true
}

// replayAnchor reads the line before, whose label the line being read shares, again without its
// prefix: it was read as it stands while one line was all the evidence, and it is the message's
// start (a status line, a request line). Its first reading left nothing to undo: an anchor line
// read as it stands is a line of a log, which names no header field.
func (p *textParser) replayAnchor() {
	from := 0
	for i, s := range p.table.stages {
		if s.name == "prefix" {
			from = i + 1
		}
	}
	p.lineNo--
	p.readFrom(from, p.sided(p.pre.pend[p.pre.pendText:]), false)
	p.lineNo++
}

// interleaved reports whether a line that does not carry the learned prefix stands inside a
// message of the source that does: a source label's prefix is learned, and a header block is open.
// Such a line is another source's (another container's output, a journal record's other fields and
// the blank line between records); read as it stands it would end the block it interrupts. (A
// timestamp's prefix is not so sure a mark of every line: a value's continuation may lack it.)
func (p *textParser) interleaved() bool {
	return p.pre.on && len(p.pre.label) > 0 && (p.state == inHeaders || p.state == inRequest)
}

// recall remembers that label began line, and reports whether it began another line among the
// last labelWindow.
func (s *prefixState) recall(label []byte, line int) bool {
	sum := uint64(14695981039346656037) // FNV-1a
	for _, c := range label {
		sum = (sum ^ uint64(c)) * 1099511628211
	}
	old := 0
	for i := range s.seen {
		e := &s.seen[i]
		if e.sum == sum && e.line > 0 {
			near := line-e.line <= labelWindow
			e.line = line
			return near
		}
		if e.line < s.seen[old].line {
			old = i
		}
	}
	s.seen[old] = seenLabel{sum, line}
	return false
}

// labelLen returns the length of a source label that starts b, with the space after it: a
// bracketed source without spaces ("[pod/api-7f9c/probe] "), a NAME= field of upper-case letters,
// digits and underscores ("MESSAGE=", "_PID="), or a name padded to a column and a bar
// ("probe-1  | ", "probe-1  |" before the line end). It returns 0 for anything else: a Markdown
// table row starts with its bar, prose with a word and a space.
func labelLen(b []byte) int {
	if len(b) < 3 {
		return 0
	}
	if b[0] == '[' {
		for i := 1; i < min(len(b)-1, maxLabel); i++ {
			switch c := b[i]; {
			case c == ']':
				if i == 1 || b[i+1] != ' ' && b[i+1] != '\t' {
					return 0
				}
				return i + 2
			case c <= ' ' || c == '[' || c >= 0x7f:
				return 0
			}
		}
		return 0
	}
	i, upper := 0, true
	for i < len(b) && i < maxLabel && (isWordByte(b[i]) || b[i] == '-' || b[i] == '.') {
		upper = upper && (b[i] == '_' || isDigit(b[i]) || b[i] >= 'A' && b[i] <= 'Z')
		i++
	}
	switch {
	case i == 0 || i == len(b):
		return 0
	case b[i] == '=':
		if upper && !isDigit(b[0]) {
			return i + 1
		}
		return 0
	case b[i] != ' ' || !isLetter(b[0]) && !isDigit(b[0]):
		return 0
	}
	for i < len(b) && b[i] == ' ' {
		i++
	}
	if i >= len(b) || b[i] != '|' {
		return 0
	}
	i++
	switch {
	case i < len(b) && b[i] == ' ':
		return i + 1
	case isBlankLine(b[i:]):
		return i
	}
	return 0
}

// fieldsMatch reports whether rest starts with the learned fields, digits aside. A line whose
// content is empty may have lost the fields' trailing spaces.
func fieldsMatch(rest, fields []byte) bool {
	if len(rest) < len(fields) {
		t := bytes.TrimRight(fields, " \t")
		if len(bytes.TrimRight(rest, " \t\r\n")) != len(t) {
			return false
		}
		fields = t
	}
	for i, c := range fields {
		d := rest[i]
		if c == d || isDigit(c) && isDigit(d) {
			continue
		}
		return false
	}
	return true
}

func isBlankLine(b []byte) bool { return len(bytes.TrimRight(b, " \t\r\n")) == 0 }

// sided turns Apache HttpClient's "<< " and ">> " into curl's "< " and "> ", and unwraps its wire
// log's quoted lines ("HTTP/1.1 409 Conflict[\r][\n]").
func (p *textParser) sided(b []byte) []byte {
	if len(b) > 5 && b[1] == '-' {
		if out, ok := p.feignLine(b); ok {
			return out
		}
	}
	if len(b) < 3 || b[0] != b[1] || (b[0] != '<' && b[0] != '>') || b[2] != ' ' {
		return b
	}
	b = b[1:]
	body := bytes.TrimRight(b[2:], "\r\n")
	if len(body) < 2 || body[0] != '"' || body[len(body)-1] != '"' {
		return b
	}
	body = body[1 : len(body)-1]
	eol := false
	for {
		switch {
		case bytes.HasSuffix(body, []byte(`[\n]`)):
			body, eol = body[:len(body)-4], true
			continue
		case bytes.HasSuffix(body, []byte(`[\r]`)):
			body = body[:len(body)-4]
			continue
		}
		break
	}
	p.pre.buf = append(append(p.pre.buf[:0], b[:2]...), body...)
	if eol || len(body) == 0 {
		p.pre.buf = append(p.pre.buf, '\r', '\n')
	}
	return p.pre.buf
}

// anchor finds where HTTP text starts in what follows a timestamp: at its start or after a space,
// within maxFields bytes. It returns -1 when the line holds none.
func anchor(b []byte) int {
	end := min(len(b), maxFields)
	for k := 0; k < end; k++ {
		if k > 0 && b[k-1] != ' ' && b[k-1] != '\t' && !(b[k-1] == ':' && wireQuoted(b[k:])) {
			// (Apache HttpClient's wire lines may follow a logger's colon with no space, as
			// SoapUI's "...:DEBUG:>> \"GET ...\"".)
			continue
		}
		if isAnchor(trimEOL(b[k:])) {
			return k
		}
	}
	return -1
}

// wireQuoted reports whether b starts as Apache HttpClient's wire log quotes a line: '>> "' or
// '<< "'.
func wireQuoted(b []byte) bool {
	return len(b) > 3 && (b[0] == '<' || b[0] == '>') && b[1] == b[0] && b[2] == ' ' && b[3] == '"'
}

func isAnchor(s []byte) bool {
	if len(s) > 5 && s[1] == '-' && feignAnchor(s) {
		return true // Feign's "---> GET ..." and "<--- HTTP/1.1 ..." (read_feign.go)
	}
	switch {
	case len(s) >= 2 && (s[0] == '<' || s[0] == '>') && s[1] == ' ':
		// curl -v: "< HTTP/1.1 200 OK", "> GET / HTTP/1.1"; Apache: "<< ", ">> ".
		t := s[2:]
		if s[0] == '<' {
			_, ok := statusFromLine(t)
			return ok
		}
		return strictRequestLine(t)
	case len(s) >= 3 && (s[0] == '<' || s[0] == '>') && s[1] == s[0] && s[2] == ' ':
		t := bytes.TrimPrefix(s[3:], []byte(`"`))
		if s[0] == '<' {
			_, ok := statusFromLine(t)
			return ok
		}
		return strictRequestLine(bytes.TrimRight(t, `"[\rn]`))
	case bytes.HasPrefix(s, []byte("<-- ")):
		return len(s) > 4 && isDigit(s[4])
	case bytes.HasPrefix(s, []byte("--> ")):
		return len(s) > 4 && s[4] >= 'A' && s[4] <= 'Z'
	case bytes.HasPrefix(s, []byte("HTTP/")):
		// A status line, on its own: prose that mentions one ("upstream said HTTP/1.1 502 Bad
		// Gateway mtapistatus=617020") is a log line, not a dump.
		_, ok := statusFromLine(s)
		return ok && len(s) <= 48 && bytes.IndexByte(s, '=') < 0
	}
	return strictRequestLine(s)
}

// strictRequestLine is a request line and nothing else: "GET /path HTTP/1.1", three fields. A
// log line that starts with a level and ends with one ("DEBUG [main] ... >> GET / HTTP/1.1") is not.
func strictRequestLine(s []byte) bool {
	f := bytes.Fields(s)
	if len(f) != 3 || !isRequestLine(s) || !bytes.HasPrefix(f[2], []byte("HTTP/")) {
		return false
	}
	t := f[1]
	return t[0] == '/' || t[0] == '*' || bytes.Contains(t, []byte("://")) || bytes.IndexByte(t, ':') > 0
}

// stampLen recognises what starts a prefixed line, with the white space after it: an ISO 8601
// date and time ("2026-12-05T23:55:58.000001Z", "2026-12-05 23:55:58,120"), logcat's
// "12-05 23:55:58.123", a time of day ("23:58:44.665402"), any of these in brackets, or a logcat
// tag ("I/okhttp.OkHttpClient: "). It returns 0 for anything else, after a few byte comparisons for
// an access log's leading address.
func stampLen(b []byte) int {
	if len(b) < 8 {
		return 0
	}
	i := 0
	if b[0] == '[' {
		i = 1
	}
	if !isDigit(b[i]) {
		if n := syslogStamp(b); i == 0 && n > 0 {
			return n
		}
		if n := javaDateStamp(b); i == 0 && n > 0 {
			return n
		}
		if i == 0 {
			return logcatTag(b)
		}
		return feignTag(b)
	}
	j := dateTime(b[i:])
	if j == 0 {
		return 0
	}
	j += i
	if i == 1 {
		if j >= len(b) || b[j] != ']' {
			return 0
		}
		j++
	}
	if j >= len(b) || b[j] != ' ' && b[j] != '\t' {
		return 0
	}
	for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
		j++
	}
	return j
}

// dateTime reads [date[T ]]time[fraction][zone] and returns its length, or 0.
func dateTime(b []byte) int {
	i := 0
	switch {
	case digitsAt(b, 0, 4) && at(b, 4, '-', '/') && digitsAt(b, 5, 2) && at(b, 7, '-', '/') && digitsAt(b, 8, 2) && at(b, 10, 'T', ' '):
		i = 11
	case digitsAt(b, 0, 2) && at(b, 2, '-') && digitsAt(b, 3, 2) && at(b, 5, ' '):
		i = 6 // logcat's month-day
	}
	if !(digitsAt(b, i, 2) && at(b, i+2, ':') && digitsAt(b, i+3, 2) && at(b, i+5, ':') && digitsAt(b, i+6, 2)) {
		return 0
	}
	i += 8
	if at(b, i, '.', ',') && digitsAt(b, i+1, 1) {
		i++
		for i < len(b) && isDigit(b[i]) {
			i++
		}
	}
	switch {
	case at(b, i, 'Z'):
		i++
	case at(b, i, '+', '-') && digitsAt(b, i+1, 2):
		i += 3
		if at(b, i, ':') {
			i++
		}
		if digitsAt(b, i, 2) {
			i += 2
		}
	}
	return i
}

// logcatTag reads Android logcat's brief format, "I/okhttp.OkHttpClient: " or
// "D/OkHttp( 1234): ".
func logcatTag(b []byte) int {
	if bytes.IndexByte([]byte("VDIWEFA"), b[0]) < 0 || b[1] != '/' {
		return 0
	}
	paren := false
	for i := 2; i < min(len(b), 120); i++ {
		switch c := b[i]; {
		case c == '(':
			paren = true
		case c == ')':
			paren = false
		case c == ':' && !paren:
			if i > 2 && i+1 < len(b) && b[i+1] == ' ' {
				return i + 2
			}
			return 0
		case (c == ' ' || c == '\t') && !paren:
			return 0
		}
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func digitsAt(b []byte, i, n int) bool {
	if i+n > len(b) {
		return false
	}
	for _, c := range b[i : i+n] {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

func at(b []byte, i int, cs ...byte) bool {
	return i < len(b) && bytes.IndexByte(cs, b[i]) >= 0
}

// javaDateStamp reads the timestamp Java's Date.toString() writes, "Mon Dec 07 21:40:01 CET
// 2026", as SoapUI's http log starts its lines with it ("...CET 2026:DEBUG:>> ..."), and
// returns its length with the white space after it, or 0.
func javaDateStamp(b []byte) int {
	if len(b) < 28 || b[3] != ' ' || b[7] != ' ' || !isLetter(b[0]) || !isLetter(b[4]) {
		return 0
	}
	switch string(b[:3]) {
	case "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun":
	default:
		return 0
	}
	// What follows the weekday is syslog's month, day and time.
	n := syslogStamp(b[4:])
	if n == 0 || n > 16 {
		return 0
	}
	j := 4 + n
	// The zone ("CET", "GMT+01:00"), then the year.
	z := j
	for j < len(b) && j-z < 12 && (isLetter(b[j]) || isDigit(b[j]) || b[j] == '+' || b[j] == '-' || b[j] == ':') {
		j++
	}
	if j == z || !at(b, j, ' ') || !digitsAt(b, j+1, 4) {
		return 0
	}
	j += 5
	if j < len(b) && isDigit(b[j]) {
		return 0
	}
	for j < len(b) && (b[j] == ' ' || b[j] == '\t') {
		j++
	}
	return j
}

// syslogStamp reads the timestamp of syslog and journalctl's short format, "Dec  7 10:00:00 " or
// "Dec 07 10:00:00.123456 ", with the white space after it, and returns its length, or 0.
func syslogStamp(b []byte) int {
	if len(b) < 16 || b[3] != ' ' {
		return 0
	}
	switch string(b[:3]) {
	case "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec":
	default:
		return 0
	}
	if !(isDigit(b[4]) || b[4] == ' ') || !isDigit(b[5]) || b[6] != ' ' {
		return 0
	}
	n := dateTime(b[7:])
	if n == 0 || 7+n >= len(b) || b[7+n] != ' ' {
		return 0
	}
	j := 7 + n
	for j < len(b) && b[j] == ' ' {
		j++
	}
	return j
}
