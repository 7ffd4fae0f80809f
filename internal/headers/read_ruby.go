package headers

import (
	"bytes"
	"strings"
)

// The ruby-http reader: Net::HTTP#set_debug_output, whose -> "..." lines were read and <- "..."
// lines were sent.

// rubyLine handles -> "..." (read) and <- "..." (sent) lines: what was read is unquoted and read
// as HTTP text, what was sent is a request.
func (p *textParser) rubyLine(b []byte) bool {
	if len(b) < 5 || b[2] != ' ' || b[3] != '"' || b[len(b)-1] != '"' {
		return false
	}
	switch string(b[:2]) {
	case "<-":
		p.mode = modeRuby
		p.request()
		return true
	case "->":
		p.mode = modeRuby
		line := rubyUnquote(b[4 : len(b)-1])
		for _, l := range bytes.Split(bytes.TrimSuffix(line, []byte("\r\n")), []byte("\r\n")) {
			p.content(l, false)
		}
		return true
	}
	return false
}

// rubyUnquote undoes String#inspect's escapes (\r, \n, \t, \e, \", \\; \xNN).
func rubyUnquote(b []byte) []byte {
	if bytes.IndexByte(b, '\\') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' || i+1 >= len(b) {
			out = append(out, b[i])
			continue
		}
		i++
		switch c := b[i]; c {
		case 'r':
			out = append(out, '\r')
		case 'n':
			out = append(out, '\n')
		case 't':
			out = append(out, '\t')
		case 'e':
			out = append(out, 0x1b)
		case 'x':
			if i+2 < len(b) && hexVal(b[i+1]) >= 0 && hexVal(b[i+2]) >= 0 {
				out = append(out, byte(hexVal(b[i+1])<<4|hexVal(b[i+2])))
				i += 2
			}
		default:
			out = append(out, c)
		}
	}
	return out
}

// rubyClaim claims Net::HTTP's debug output from its first line.
func rubyClaim(h look) bool {
	return strings.HasPrefix(h.first(), "opening connection to ") || strings.HasPrefix(h.first(), `<- "`) || strings.HasPrefix(h.first(), `-> "`)
}
