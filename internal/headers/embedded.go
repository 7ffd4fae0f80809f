package headers

import (
	"bufio"
	"bytes"
	"strconv"
	"unicode/utf8"
)

// embedded reads the JSON string values of one log record that mention the header, each as text of
// its own: the line a container runtime wrapped ({"log":"... mtapistatus=617020 ...\n"}), or a
// header block kept as one string ("HTTP/1.1 409 Conflict\r\nMtapistatus: 617020\r\n..."). Values
// under other keys (a body, a request) never count.
func (p *textParser) embedded(b []byte) {
	var key []byte
	for i := 0; i < len(b) && p.d.err == nil; i++ {
		if b[i] != '"' {
			continue
		}
		end := stringEnd(b, i+1)
		if end < 0 {
			return
		}
		s := b[i+1 : end]
		i = end
		rest := bytes.TrimLeft(b[end+1:], " \t")
		if len(rest) > 0 && rest[0] == ':' {
			key = s
			continue
		}
		if !textKey(key) || !containsHeaderName(s) {
			continue
		}
		p.embeddedText(unescapeJSON(s))
	}
}

// stringEnd finds the closing quote of a JSON string that starts at i, or -1.
func stringEnd(b []byte, i int) int {
	for ; i < len(b); i++ {
		switch b[i] {
		case '\\':
			i++
		case '"':
			return i
		}
	}
	return -1
}

// textKey reports the keys whose string values are text a log wraps: Docker's "log", the
// "message" of most JSON loggers (journald's MESSAGE, Google Cloud's textPayload), and a record's
// "headers" kept as one block. Anything else (a request's headers, a body, tshark's fields) is not
// read this way.
func textKey(k []byte) bool {
	l := bytes.ToLower(k)
	if bytes.Contains(l, []byte("request")) || bytes.Contains(l, []byte("body")) {
		return false
	}
	for _, w := range [...]string{"log", "msg", "line", "raw", "event", "textpayload", "@message"} {
		if string(l) == w {
			return true
		}
	}
	return bytes.HasSuffix(l, []byte("message")) || bytes.HasSuffix(l, []byte("headers")) || bytes.HasSuffix(l, []byte("header"))
}

// embeddedText parses text found in a string with a parser of its own, numbering its responses on
// from this one's.
func (p *textParser) embeddedText(s []byte) {
	q := &textParser{nested: true, table: p.table, only: p.only}
	q.d.out = func(r Response) error {
		// Numbered on from this input's responses, on the line of the string that held the text,
		// not one inside it.
		p.d.forward(r, p.lineNo, p.role(), p.why())
		return p.d.err
	}
	br := bufio.NewReaderSize(bytes.NewReader(s), 4096)
	for p.d.err == nil {
		line, err := br.ReadSlice('\n')
		if len(line) > 0 {
			q.line(line, false)
		}
		if err != nil {
			break
		}
	}
	q.finish()
	if q.d.err != nil && p.d.err == nil {
		p.d.err = q.d.err
	}
}

// unescapeJSON undoes a JSON string's escapes; a broken escape is kept as it stands.
func unescapeJSON(s []byte) []byte {
	if bytes.IndexByte(s, '\\') < 0 {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 >= len(s) {
			out = append(out, c)
			continue
		}
		i++
		switch s[i] {
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'b', 'f':
			out = append(out, ' ')
		case 'u':
			if i+4 < len(s) {
				if v, err := strconv.ParseUint(string(s[i+1:i+5]), 16, 32); err == nil {
					out = utf8.AppendRune(out, rune(v))
					i += 4
					continue
				}
			}
			out = append(out, '\\', 'u')
		default:
			out = append(out, s[i])
		}
	}
	return out
}
