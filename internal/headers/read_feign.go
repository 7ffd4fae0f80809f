package headers

import "bytes"

// Feign's logger (Logger.Level.HEADERS and FULL) prints an exchange as lines tagged with the
// client's method, "[MtApiClient#list] ", usually under a logger's own prefix:
//
//	[MtApiClient#list] ---> GET http://h/list HTTP/1.1
//	[MtApiClient#list] mtapistatus: 555001
//	[MtApiClient#list] ---> END HTTP (0-byte body)
//	[MtApiClient#list] <--- HTTP/1.1 400 Bad Request (15ms)
//	[MtApiClient#list] mtapistatus: 617020
//	[MtApiClient#list]
//	[MtApiClient#list] {"errors": [...]}
//	[MtApiClient#list] <--- END HTTP (35-byte body)
//
// The tag is a prefix learned like any other (prefix.go): "---> METHOD URL HTTP/1.1" and
// "<--- HTTP/1.1 ..." are anchors, and the arrows are its direction marks. Once the prefix is off,
// the request line and the status line are read as HTTP text (the request's headers are then the
// request's), and the arrows' other lines ("---> END HTTP", "<--- END HTTP", "<--- ERROR ...",
// "---> RETRYING") end what they close.

// feignTag returns the length of Feign's method tag with the space after it, "[Client#method] ",
// or 0.
func feignTag(b []byte) int {
	if len(b) < 5 || b[0] != '[' {
		return 0
	}
	hash := false
	for i := 1; i < len(b) && i < 200; i++ {
		switch c := b[i]; {
		case c == '#' && !hash && i > 1:
			hash = true
		case c == ']':
			if !hash || b[i-1] == '#' || i+1 >= len(b) || b[i+1] != ' ' {
				return 0
			}
			return i + 2
		case !isWordByte(c) && c != '$' || c == '-':
			return 0
		}
	}
	return 0
}

// feignAnchor recognises Feign's request and status lines: "---> GET http://h/x HTTP/1.1" and
// "<--- HTTP/1.1 400 Bad Request (15ms)".
func feignAnchor(s []byte) bool {
	if rest, ok := bytes.CutPrefix(s, []byte("---> ")); ok {
		return strictRequestLine(rest)
	}
	if rest, ok := bytes.CutPrefix(s, []byte("<--- ")); ok {
		_, ok := statusFromLine(feignStatus(rest))
		return ok
	}
	return false
}

// feignStatus drops the elapsed time Feign prints after a status line: " (15ms)".
func feignStatus(b []byte) []byte {
	t := bytes.TrimRight(b, " \t")
	if i := bytes.LastIndex(t, []byte(" (")); i > 0 && bytes.HasSuffix(t, []byte("ms)")) && isDigits(t[i+2:len(t)-3]) {
		return t[:i]
	}
	return b
}

// feignLine turns a line of Feign's after its tag into HTTP text: the arrow comes off a request
// or status line, and the arrows' other lines stand for the blank line that ends what they close.
// ok is false for a line without an arrow (a header or body line, read as it is).
func (p *textParser) feignLine(b []byte) (out []byte, ok bool) {
	var rest []byte
	switch {
	case bytes.HasPrefix(b, []byte("---> ")), bytes.HasPrefix(b, []byte("<--- ")):
		rest = b[5:]
	default:
		return b, false
	}
	t := trimEOL(rest)
	if b[0] == '<' {
		if s := feignStatus(t); bytes.HasPrefix(s, []byte("HTTP/")) {
			if _, isStatus := statusFromLine(s); isStatus {
				p.pre.buf = append(append(p.pre.buf[:0], s...), '\n')
				return p.pre.buf, true
			}
		}
	} else if isRequestLine(t) {
		return rest, true
	}
	return []byte{'\n'}, true
}
