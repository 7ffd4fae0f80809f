package headers

import "bytes"

// Log prefixes. Many tools print a header dump with a prefix on every line: a timestamp (curl -v
// --trace-time, kubectl logs --timestamps, docker logs -t), a logger's fields (Apache HttpClient's
// "DEBUG [main] org.apache.http.headers - http-outgoing-0 << "), or Android logcat's tag
// ("I/okhttp.OkHttpClient: "). Read line by line as they stand, such lines look like a log of
// unrelated events: request headers and body lines would count and a response would split at
// each header. So the prefix is taken off before a line is read.
//
// A prefix is learned, not guessed from one shape: a line that starts with a timestamp or a logcat
// tag and then, after any logger fields, carries an anchor that only HTTP text has (a status line,
// curl's "< " and "> ", Apache's "<< " and ">> ", OkHttp's "<-- 400" and "--> GET", a request line)
// fixes the fields between the timestamp and the anchor. From then on every line with a timestamp
// (or tag) followed by the same fields, digits aside, is read without them; other lines are read
// as they stand. An ordinary timestamped log, with no anchor, is never changed, so its inline
// "mtapistatus=617020" fields count as before.

// prefixState is what has been learned of the prefix.
type prefixState struct {
	on bool
	// fields are the logger fields between the timestamp and the HTTP text, as first seen; lines
	// must carry the same bytes, digits aside (a thread or connection number may change).
	fields []byte
	buf    []byte
}

// maxFields bounds the logger fields between a timestamp and the HTTP text.
const maxFields = 200

// unprefix returns the line without its learned prefix, or the line itself. The line end stays.
func (p *textParser) unprefix(raw []byte) []byte {
	n := stampLen(raw)
	if n == 0 {
		return raw
	}
	rest := raw[n:]
	if p.pre.on && fieldsMatch(rest, p.pre.fields) {
		return p.sided(rest[min(len(p.pre.fields), len(rest)):])
	}
	if p.pre.on && isBlankLine(rest) {
		return rest
	}
	if _, _, ok := traceOffset(rest); ok || len(rest) > 2 && rest[1] == '=' && (rest[0] == '<' || rest[0] == '=') {
		return raw // curl --trace-ascii --trace-time: the trace reader takes the time off itself
	}
	k := anchor(rest)
	if k < 0 {
		return raw
	}
	p.pre.on = true
	p.pre.fields = append(p.pre.fields[:0], rest[:k]...)
	return p.sided(rest[k:])
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
		if k > 0 && b[k-1] != ' ' && b[k-1] != '\t' {
			continue
		}
		if isAnchor(trimEOL(b[k:])) {
			return k
		}
	}
	return -1
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
		if n := composeTag(b); i == 0 && n > 0 {
			return n
		}
		if n := syslogStamp(b); i == 0 && n > 0 {
			return n
		}
		if i == 0 {
			return logcatTag(b)
		}
		if n := kubectlTag(b); n > 0 {
			return n
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
