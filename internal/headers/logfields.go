package headers

import (
	"bytes"

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
