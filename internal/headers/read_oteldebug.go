package headers

import (
	"bytes"
	"encoding/json"
	"strconv"
)

// The otel-debug reader: the OpenTelemetry Collector's debug exporter at verbosity "detailed", as
// it prints spans and log records on the collector's log (each dump after a zap log line):
//
//	2026-12-07T11:56:54.970Z	info	ResourceSpans #0
//	Span #0
//	    Name           : GET
//	Attributes:
//	     -> http.request.header.mtapistatus: Slice(["555001"])          the request's: never
//	     -> http.response.status_code: Int(400)
//	     -> http.response.header.mtapistatus: Slice(["617020,901001"])  the response's
//
// A span or log record with an http.response.* attribute is one response; its
// http.response.header.mtapistatus attribute holds the values. Resource and scope attributes, a
// span event's or link's attributes and a log record's Body never count.

// modeOTelDebug is the reader's mode while it holds the input.
const modeOTelDebug = textMode(famOTelDebug)

// otelDebugState is the reader's own state: the record being read.
type otelDebugState struct {
	// inRecord: inside a Span or a LogRecord; inAttrs: in its own Attributes section.
	inRecord, inAttrs bool
	// response: the record has an http.response.* attribute; code is its status code.
	response bool
	code     int
	v        values
	line     int
}

// otelDebugLine reads one line while the reader holds the input (it sees every line), or a line
// that may start the dump; it reports whether the line was the dump's.
func (p *textParser) otelDebugLine(b []byte, _ bool) (bool, bool) {
	t, logged := zapMessage(b)
	s := readerState[otelDebugState](p, famOTelDebug)
	switch {
	case otelDumpHeading(t):
		p.mode = modeOTelDebug
		s.end(p)
		s.inRecord = bytes.HasPrefix(t, []byte("Span #")) || bytes.HasPrefix(t, []byte("LogRecord #"))
		return true, false
	case p.mode != modeOTelDebug:
		return false, false
	case logged || len(t) > 0 && t[0] == '\t':
		// The collector's own log line, or the fields of the one the dump belongs to: the dump
		// has ended. The line is read by the readers after this one.
		s.end(p)
		return false, false
	}
	t = bytes.TrimSpace(t)
	switch {
	case string(t) == "Attributes:":
		s.inAttrs = s.inRecord
	case bytes.HasPrefix(t, []byte("-> ")):
		if s.inAttrs {
			s.attribute(p, t[3:])
		}
	case bytes.HasPrefix(t, []byte("SpanEvent #")), bytes.HasPrefix(t, []byte("SpanLink #")),
		string(t) == "Events:", string(t) == "Links:", bytes.HasSuffix(t, []byte("attributes:")):
		s.inAttrs = false // attributes that are not the record's own
	}
	return true, false
}

// attribute reads one "key: Type(value)" attribute of a record.
func (s *otelDebugState) attribute(p *textParser, a []byte) {
	key, val, ok := bytes.Cut(a, []byte(": "))
	if !ok {
		return
	}
	switch {
	case otlpResponseHeader(key):
		s.response = true
		if s.line == 0 {
			s.line = p.lineNo
		}
		for _, v := range debugValues(val) {
			s.v.addValue(v)
		}
	case bytes.HasPrefix(key, []byte("http.request.header.")):
		p.passOver(a, RoleRequest, "an http.request.header attribute: the request's")
	case string(key) == otlpStatusAttr || string(key) == otlpOldStatusAttr:
		// (The old http.status_code gives a status but makes no record a response, as in OTLP JSON.)
		s.response = s.response || string(key) == otlpStatusAttr
		if vs := debugValues(val); len(vs) == 1 {
			s.code, _ = strconv.Atoi(vs[0])
		}
	case bytes.HasPrefix(key, []byte(otlpResponseAttr)):
		s.response = true
	}
}

// end reports the record being read, if it was a response, and starts afresh.
func (s *otelDebugState) end(p *textParser) {
	if s.response {
		line := p.lineNo
		p.lineNo = s.line // (the line of its mtapistatus attribute, as a value's line is)
		p.whole("", s.code, &s.v)
		p.lineNo = line
	}
	*s = otelDebugState{}
}

// debugValues reads the value of a "Type(value)" attribute: Str(617020), Int(400),
// Slice(["617020,901001"]).
func debugValues(v []byte) []string {
	open := bytes.IndexByte(v, '(')
	if open < 0 || v[len(v)-1] != ')' {
		return nil
	}
	typ, inner := string(v[:open]), v[open+1:len(v)-1]
	switch typ {
	case "Str", "Int":
		return []string{string(inner)}
	case "Slice":
		var list []any
		if json.Unmarshal(inner, &list) != nil {
			return nil
		}
		out := make([]string, 0, len(list))
		for _, e := range list {
			switch e := e.(type) {
			case string:
				out = append(out, e)
			case float64:
				out = append(out, strconv.FormatFloat(e, 'f', -1, 64))
			}
		}
		return out
	}
	return nil
}

// zapMessage returns a collector log line's message ("2026-12-07T11:56:54.970Z\tinfo\tTraces\t{...}"
// gives "Traces\t{...}"), and whether the line was one; any other line is returned as it stands.
func zapMessage(b []byte) ([]byte, bool) {
	if len(b) < 20 || !isDigit(b[0]) || b[4] != '-' || b[10] != 'T' {
		return b, false
	}
	_, rest, ok := bytes.Cut(b, []byte("\t"))
	if !ok {
		return b, false
	}
	_, msg, ok := bytes.Cut(rest, []byte("\t"))
	if !ok {
		return b, false
	}
	return msg, true
}

// otelDumpHeading recognises the headings of the exporter's dump: "ResourceSpans #0", "Span #3", a
// heading and its number alone on the line.
func otelDumpHeading(t []byte) bool {
	if len(t) == 0 || t[0] != 'R' && t[0] != 'S' && t[0] != 'L' {
		return false // (a heading's first letter, checked first: the reader sees every line it holds)
	}
	t = bytes.TrimRight(t, " \t\r\n")
	for _, h := range [...]string{"ResourceSpans #", "ResourceLog #", "ScopeSpans #", "ScopeLogs #", "Span #", "LogRecord #"} {
		if n, ok := bytes.CutPrefix(t, []byte(h)); ok {
			return isDigits(n)
		}
	}
	return false
}

// otelDebugMarker reports a line that starts the dump, where no reader holds the input.
func otelDebugMarker(b []byte) bool {
	t, _ := zapMessage(b)
	return otelDumpHeading(t)
}

// otelDebugClaim claims the collector's log from its first lines.
func otelDebugClaim(h look) bool {
	for _, l := range h.lines {
		if otelDebugMarker([]byte(l)) {
			return true
		}
	}
	return false
}

// otelDebugEnd reports the record the input ended in.
func otelDebugEnd(p *textParser) { readerState[otelDebugState](p, famOTelDebug).end(p) }
