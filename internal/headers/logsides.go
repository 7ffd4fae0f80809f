package headers

import (
	"bytes"
	"slices"
)

// What the text before the header's name on a log line says about whose field it is. A log line
// that names the header is read as a response's field only where nothing on it says otherwise
// (inline); these are the words that do:
//
//   - a label right before the name that names the request: lighttpd's "rqst: mtapistatus: 1",
//     "request: mtapistatus: 1", "sent: ...";
//   - a request line earlier on the line, followed by a field only a request carries (Host,
//     User-Agent, ...): Apache's forensic log, "+id|GET /list HTTP/1.1|Host:h|mtapistatus:1|";
//   - an HTTP field's label with words after it: the name is inside that field's value
//     ("X-Note: retry after mtapistatus: 555004", "resp: X-Trace: upstream said mtapistatus: 6");
//   - a logfmt line's own fields (logfmtRequest): its message names a request (logrus's "msg=request
//     headers=\"map[...]\""), or an HTTP method and no status (requestSaid, read_sides.go).
//
// (A raw header line dumped with its CRLF written out is escapedLines', in text.go.)

// requestLabels are the labels that name the request side, lower case, without their colon.
var requestLabels = [...]string{"rqst", "req", "request", "requests", "request-header", "request-headers",
	"request_header", "request_headers", "requestheaders", "reqheader", "reqheaders", "sent", "send", "sending", "outgoing"}

// requestMarks are marks of the request side that a tool puts inside its own label: HAProxy's
// debug mode (-d) writes "00000000:fe.clireq[000b:ffffffff]: GET /list HTTP/1.1" and
// ".clihdr[...]: name: value" for what the client sent, ".srvrep" and ".srvhdr" for the server's
// answer.
var requestMarks = [...]string{".clireq[", ".clihdr["}

// requestLabel reports whether label is one of requestLabels, in any case.
func requestLabel(label []byte) bool {
	for _, l := range requestLabels {
		if len(label) == len(l) && bytes.EqualFold(label, []byte(l)) {
			return true
		}
	}
	return false
}

// requestLead reports whether the text before the header's name at i (b's first occurrence) says
// it is on the request side, and why.
func requestLead(b []byte, i int) (string, bool) {
	lead := bytes.TrimRight(b[:i], " \t")
	j := len(lead)
	for j > 0 && lead[j-1] != ' ' && lead[j-1] != '\t' && lead[j-1] != '|' {
		j--
	}
	if requestLabel(bytes.Trim(lead[j:], "[](){}<>:'\"")) {
		return "a label before it names the request: " + string(lead[j:]), true
	}
	for _, m := range requestMarks {
		if bytes.Contains(lead[j:], []byte(m)) {
			return "its tool's mark of what the client sent: " + string(lead[j:]), true
		}
	}
	if requestLineThenAsk(lead) {
		return "a request line and a field only a request carries come before it on the line", true
	}
	return "", false
}

// requestLineThenAsk reports whether b holds a request line ("GET /list HTTP/1.1") followed by a
// field only a request carries ("Host:", "User-Agent:"): the request's headers, logged in a row.
func requestLineThenAsk(b []byte) bool {
	v := lastIndex(b, " HTTP/1.")
	if v < 0 {
		return false
	}
	rest := b[v+len(" HTTP/1."):]
	var buf [32]byte
	for off := 0; off < len(rest); {
		k := bytes.IndexByte(rest[off:], ':')
		if k < 0 {
			return false
		}
		k += off
		s := k
		for s > 0 && fieldNameByte(rest[s-1]) {
			s--
		}
		if name := string(lower(buf[:], rest[s:k])); name == "host" || slices.Contains(askFields, name) {
			return true
		}
		off = k + 1
	}
	return false
}

// inFieldValue reports whether the end of b (what comes before the header's name) is the start of
// another HTTP field's value: a label such as "X-Note:" or "Content-Type:" followed by words, or a
// table row's name cell and a tab ("X-Note<TAB>retry after ...", Postman's and a browser's header
// tables pasted as text).
func inFieldValue(b []byte) bool {
	if row := bytes.TrimLeft(b, " "); len(row) > 0 && isLetter(row[0]) {
		// A row of a table pasted as text, a field's name in its first cell: every cell after a
		// tab is that field's, the second side's too ("X-Note<TAB>retry after mtapistatus:
		// 555004<TAB>retry after mtapistatus: 555004" under "Header<TAB>Request<TAB>Response").
		if k := bytes.IndexByte(row, '\t'); k > 0 && fieldLabel(row[:k]) {
			return true
		}
	}
	t := bytes.TrimRight(b, " \t")
	words := 0
	for len(t) > 0 {
		j := len(t)
		for j > 0 && t[j-1] != ' ' && t[j-1] != '\t' {
			j--
		}
		w := t[j:]
		if k := lastIndex(w, `\n`); k >= 0 {
			w = w[k+2:] // after a line end written out: "...\r\nX-Note:"
		}
		if n := len(w); n >= 3 && w[n-1] == ':' && fieldLabel(w[:n-1]) {
			return words > 0
		}
		if words > 0 && len(bytes.TrimLeft(t[:j], " ")) == 0 && b[len(t)] == '\t' && isLetter(w[0]) && fieldLabel(w) {
			return true // the row's first cell, then a tab: the name whose value this is
		}
		if !plainWord(w) {
			return false
		}
		words++
		t = bytes.TrimRight(t[:j], " \t")
	}
	return false
}

// fieldLabel reports whether w is an HTTP field's name as a log shows one: token bytes with a dash
// between words ("X-Note", "Content-Type"), which a logger's own label ("handler:", "app:") does
// not have.
func fieldLabel(w []byte) bool {
	d := bytes.IndexByte(w, '-')
	if d <= 0 || d == len(w)-1 {
		return false
	}
	for _, c := range w {
		if !isTokenByte(c) {
			return false
		}
	}
	return true
}

// fieldNameByte reports the bytes of a field's name as logs write one (a token's '|' and '+' are
// more often a log's separators).
func fieldNameByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '-' || c == '_' }

// logfmtRequest reports whether a logfmt line's fields say that it is a request's: a message, event
// or type that names a request and nothing of its answer, or an HTTP method with no status field.
func logfmtRequest(b []byte) bool {
	said, method, status := false, false, false
	for off := 0; off < len(b); {
		eq := bytes.IndexByte(b[off:], '=')
		if eq < 0 {
			break
		}
		eq += off
		k := eq
		for k > 0 && (isWordByte(b[k-1]) || b[k-1] == '.') {
			k--
		}
		val, next := b[eq+1:], len(b)
		if len(val) > 0 && val[0] == '"' {
			if end := stringEnd(b, eq+2); end >= 0 {
				val, next = b[eq+2:end], end+1
			}
		} else if sp := bytes.IndexByte(val, ' '); sp >= 0 {
			val, next = val[:sp], eq+1+sp
		}
		if k < eq && (k == 0 || b[k-1] == ' ') {
			var buf [32]byte
			key := lowerKey(&buf, b[k:eq])
			switch {
			case keyClass(key)&keyStatus != 0:
				status = true
			case string(key) == "method":
				method = method || requestSaid(key, val)
			default:
				said = said || requestSaid(key, val)
			}
		}
		off = max(next, eq+1)
	}
	return said || method && !status
}
