package headers

import (
	"bytes"
	"strconv"
	"strings"
)

// The okhttp reader: OkHttp's HttpLoggingInterceptor, "--> GET url" request blocks and "<-- 400 url
// (12ms)" response blocks, each closed by its END line.

// okhttpLine handles "--> GET url" (a request, whose headers follow), "<-- 400 Bad Request url
// (15ms)" (a response, whose headers follow) and their "END" lines.
func (p *textParser) okhttpLine(b []byte) bool {
	if p.mode != modeNone && p.mode != modeOkHTTP {
		return false
	}
	switch {
	case bytes.HasPrefix(b, []byte("--> END")):
		return p.mode == modeOkHTTP
	case bytes.HasPrefix(b, []byte("--> ")):
		// "--> GET http://host/path": an upper-case method, then the URL.
		m := wordLen(b[4:])
		if m == 0 || !isUpper(b[4:4+m]) || !bytes.HasPrefix(b[4+m:], []byte(" http")) {
			return false
		}
		p.mode = modeOkHTTP
		p.request()
		return true
	case bytes.HasPrefix(b, []byte("<-- END")):
		if p.state == inHeaders {
			p.endResponse()
			p.state = inBody
		}
		return true
	case bytes.HasPrefix(b, []byte("<-- ")) && len(b) >= 7:
		code, err := strconv.Atoi(string(b[4:7]))
		if err != nil || code < 100 || len(b) > 7 && b[7] != ' ' {
			return false
		}
		line := b[4:]
		if i := bytes.Index(line, []byte(" http")); i > 0 {
			line = line[:i]
		}
		p.mode = modeOkHTTP
		p.status(append([]byte("HTTP "), line...), code, 0)
		return true
	}
	return false
}

// statusField finds "status=400", "status: 400" or "status":400 as a field of its own (not
// mtapistatus=, not http_status_text).
func statusField(b []byte) int {
	for off := 0; ; {
		i := bytes.Index(b[off:], []byte("status"))
		if i < 0 {
			return 0
		}
		i += off
		off = i + 1
		if i > 0 && (isWordByte(b[i-1]) && b[i-1] != '_' || b[i-1] == '.') {
			continue
		}
		rest := bytes.TrimPrefix(b[i+len("status"):], []byte(`"`))
		if len(rest) == 0 || rest[0] != '=' && rest[0] != ':' {
			continue
		}
		rest = bytes.TrimLeft(rest[1:], ` "`)
		if len(rest) < 3 || len(rest) > 3 && rest[3] >= '0' && rest[3] <= '9' {
			continue
		}
		if code, err := strconv.Atoi(string(rest[:3])); err == nil && code >= 100 {
			return code
		}
	}
}

func isUpper(b []byte) bool {
	for _, c := range b {
		if c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// okhttpClaim claims OkHttp's log from its first line: "--> GET http..." or "<-- 200 ...".
func okhttpClaim(h look) bool {
	t := h.first()
	if r, ok := strings.CutPrefix(t, "--> "); ok {
		m := wordLen([]byte(r))
		return m > 0 && isUpper([]byte(r[:m])) && strings.HasPrefix(r[m:], " http")
	}
	if r, ok := strings.CutPrefix(t, "<-- "); ok {
		return len(r) >= 3 && strings.Trim(r[:3], "0123456789") == "" && (len(r) == 3 || r[3] == ' ')
	}
	return false
}
