package headers

import (
	"bytes"
	"strconv"
)

// The envoy reader: Envoy's debug (and trace) log, where the HTTP connection manager and the router
// print a stream's header map after a log line that says what it is, one "'name', 'value'" line a
// field, and a blank line after it:
//
//	[2026-12-07 16:50:13.101][31][debug][http] [source/common/http/conn_manager_impl.cc:1157] [C4][S1372] request headers complete (end_stream=true):
//	':authority', 'api.example.test'
//	'mtapistatus', '555001'                          the client's request: never
//	[...][debug][router] [source/common/router/router.cc:732] [C4][S1372] router decoding headers:
//	'mtapistatus', '555001'                          the request sent upstream: never
//	[...][debug][http] [source/common/http/conn_manager_impl.cc:1847] [C4][S1372] encoding headers via codec (end_stream=false):
//	':status', '400'
//	'mtapistatus', '617020,901001'                   the response sent to the client
//
// Which side a map is on comes from the message before it, in Envoy's own words, and from nothing
// else. Envoy names a stream's two directions by its filters: decoding is the request's way
// (downstream in, upstream out), encoding the response's. The connection manager faces the
// client: "request headers complete" is the request it decoded from the client, "encoding headers
// via codec" the response it encodes to the client. The router faces the upstream: "router
// decoding headers" is the request on its way to the upstream, and (at trace level) "upstream
// response headers" the response the upstream answered. Those two responses are each a response
// of their own, a hop apart, as a proxy's are. A map after any other message (a filter's own
// dump, a message this reader does not know) is on no side it can tell, so nothing in it counts;
// nor do trailers printed apart from their response, or a 1xx interim response's fields.
//
// A response starts at its map's ":status" (Envoy prints the pseudo-headers first) and ends with
// the map, at the next line that is not one of its fields: the log's next line, or the input's
// end. (The blank line after a map is the HTTP reader's, which ends it too where no request has
// been shown.)

// modeEnvoy is the reader's mode while it holds the input.
const modeEnvoy = textMode(famEnvoy)

// envoySide is the side of the header map being read.
type envoySide uint8

const (
	envoyNone envoySide = iota
	envoyRequest
	envoyResponse
	envoyOther
)

// envoyState is the reader's own state.
type envoyState struct {
	// side is that of the map being read, after its message; opened: its response was started
	// (at its ":status").
	side   envoySide
	opened bool
	// what is the message the map was printed under, for --explain.
	what string
}

// envoyHeadings are the messages a header map follows, and its side. Each is matched at the end of
// the log line's message: "request headers complete (end_stream=true):".
var envoyHeadings = [...]struct {
	text, why string
	side      envoySide
}{
	{"request headers complete (end_stream=", "the request the connection manager decoded from the client", envoyRequest},
	{"request trailers complete:", "the request's trailers, from the client", envoyRequest},
	{"router decoding headers:", "the request the router sends upstream", envoyRequest},
	{"upstream request headers:", "the request sent upstream", envoyRequest},
	{"encoding headers via codec (end_stream=", "the response the connection manager encodes to the client", envoyResponse},
	{"upstream response headers:", "the response the upstream answered", envoyResponse},
	{"encoding trailers via codec:", "the response's trailers, printed apart from it", envoyOther},
	{"upstream response trailers:", "the upstream response's trailers, printed apart from it", envoyOther},
	{"continue headers via codec:", "a 1xx interim response, not the one that answers", envoyOther},
}

// envoyLine reads one line while the reader holds the input (it sees every line), or a line that
// may start Envoy's log; it reports whether the line was the log's.
func (p *textParser) envoyLine(b []byte, _ bool) (bool, bool) {
	s := readerState[envoyState](p, famEnvoy)
	if p.mode == modeEnvoy && len(b) > 0 && b[0] == '\'' {
		if name, value, ok := envoyField(b); ok {
			s.field(p, b, name, value)
			return true, false
		}
	}
	msg, ok := envoyMessage(b)
	if !ok {
		if p.mode == modeEnvoy {
			s.end(p) // a line of another program: the map, if any, has ended
		}
		return false, false
	}
	heading := -1
	if bytes.HasSuffix(msg, []byte(":")) {
		for i := range envoyHeadings {
			if envoyHeads(msg, envoyHeadings[i].text) {
				heading = i
				break
			}
		}
	}
	if p.mode != modeEnvoy {
		if heading < 0 {
			return false, false // a log line before any header map: not the reader's yet
		}
		p.mode = modeEnvoy
		if p.d.ex != nil {
			p.explainHolder() // (before the request this line may show)
		}
	}
	s.end(p)
	switch {
	case heading >= 0:
		h := &envoyHeadings[heading]
		s.side, s.what = h.side, h.why
		if h.side == envoyRequest {
			p.request()
		}
	case bytes.HasSuffix(msg, []byte(":")):
		// Another message that may print a map (a filter's own): no side can be told.
		s.side, s.what = envoyOther, "a map printed under \""+string(msg)+"\", a message that names no side"
	}
	return true, false
}

// field reads one "'name', 'value'" line of a map.
func (s *envoyState) field(p *textParser, b []byte, name, value []byte) {
	switch s.side {
	case envoyRequest:
		p.passOver(b, RoleRequest, s.what)
	case envoyResponse:
		switch {
		case string(name) == ":status" && !s.opened:
			code, _ := strconv.Atoi(string(value))
			p.start("", code)
			s.opened = true
		case isHeaderName(name) && s.opened:
			p.values(value, false)
		case isHeaderName(name):
			p.passOver(b, RoleOther, "before the map's :status")
		default:
			p.explainOver(value, "inside the value of another field")
		}
	default:
		if isHeaderName(name) {
			p.passOver(b, RoleOther, s.what)
		} else {
			p.explainOver(value, "inside the value of another field")
		}
	}
}

// end ends the map being read, and its response.
func (s *envoyState) end(p *textParser) {
	if s.opened {
		p.endResponse()
	}
	*s = envoyState{}
}

// envoyEnd reports the response the input ended in.
func envoyEnd(p *textParser) { readerState[envoyState](p, famEnvoy).end(p) }

// envoyHeads reports whether msg, a log line's message, is heading h: it ends with h, or, where h
// ends in "(end_stream=", with h, "true" or "false" and "):". The message starts with h or goes on
// from a space before it (the stream's "[C4][S1372] ", "end_stream: false, ").
func envoyHeads(msg []byte, h string) bool {
	i := bytes.LastIndex(msg, []byte(h))
	if i < 0 || i > 0 && msg[i-1] != ' ' {
		return false
	}
	rest := string(msg[i+len(h):])
	if h[len(h)-1] == '=' {
		return rest == "true):" || rest == "false):"
	}
	return rest == ""
}

// envoyField splits a map's line, "'name', 'value'", as Envoy prints a header map: the name and
// value as they stand, with no escaping.
func envoyField(b []byte) (name, value []byte, ok bool) {
	b = bytes.TrimRight(b, " \t")
	if len(b) < 6 || b[0] != '\'' || b[len(b)-1] != '\'' {
		return nil, nil, false
	}
	i := bytes.Index(b[1:], []byte("', '"))
	if i < 0 {
		return nil, nil, false
	}
	name = b[1 : 1+i]
	if len(name) == 0 || bytes.IndexByte(name, ' ') >= 0 || 1+i+4 > len(b)-1 {
		// (The separator's quote may be the line's last: "'0', '" has no value of its own.)
		return nil, nil, false
	}
	return name, b[1+i+4 : len(b)-1], true
}

// envoyMessage returns the message of an Envoy log line, after its prefix: Envoy's own
// "[2026-12-07 16:50:13.115][31][debug][http] [source/…/conn_manager_impl.cc:1847] " (Istio's
// proxies put "[Envoy (Epoch 0)] " before it), or Istio's "2020-08-29T13:59:47.678259Z\tdebug\tenvoy
// http\t"; and whether b was one.
func envoyMessage(b []byte) ([]byte, bool) {
	b = bytes.TrimRight(b, " \t")
	if rest, ok := bytes.CutPrefix(b, []byte("[Envoy (Epoch ")); ok {
		i := bytes.Index(rest, []byte(")] "))
		if i < 0 {
			return nil, false
		}
		b = rest[i+3:]
	}
	if len(b) > 20 && b[0] == '[' && isDigit(b[1]) && b[5] == '-' {
		// Four bracketed fields: the time, the thread, the level, the logger.
		rest := b
		for range 4 {
			end := bytes.IndexByte(rest, ']')
			if len(rest) == 0 || rest[0] != '[' || end < 0 {
				return nil, false
			}
			rest = rest[end+1:]
		}
		rest = bytes.TrimLeft(rest, " ")
		if len(rest) > 0 && rest[0] == '[' {
			// The source file and line, where the log format names them.
			if end := bytes.Index(rest, []byte("] ")); end > 0 && bytes.IndexByte(rest[:end], ':') > 0 {
				rest = rest[end+2:]
			}
		}
		return rest, true
	}
	// Istio: an RFC 3339 time, the level and "envoy LOGGER", tab-separated.
	if len(b) > 20 && isDigit(b[0]) && b[4] == '-' && b[10] == 'T' {
		f := bytes.SplitN(b, []byte("\t"), 4)
		if len(f) == 4 && bytes.HasPrefix(f[2], []byte("envoy ")) {
			return f[3], true
		}
	}
	return nil, false
}

// envoyClaim claims Envoy's log from its first line.
func envoyClaim(h look) bool {
	_, ok := envoyMessage([]byte(h.first()))
	return ok
}
