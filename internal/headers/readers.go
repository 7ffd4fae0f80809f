package headers

import (
	"errors"
	"math/bits"
	"slices"
	"sync"
)

// family is a reader's bit, so that a set of readers is one word: what --format allows.
type family uint32

const (
	famJSON family = 1 << iota
	famHTTP
	famLog
	famTrace
	famH2
	famPython
	famW3C
	famTshark
	famRuby
	famOkHTTP
	famPS
	famXML
	famPackets
	famSections
	famTables
	famCI
	famWritten
	famCRI
	famTCPFlow

	famGoH2
	famOTelDebug
	famVarnish
	famEnvoy
	famAll family = 1<<iota - 1
)

// reader is one entry of the reader table: a family of inputs, what claims input for it, and how
// it reads it. The table is ordered: where two readers could claim a line, the first one does.
//
// Three kinds of reader share it:
//   - the document reader (json) claims the whole input from the bounded look-ahead (sniff), and
//     keeps it;
//   - marker readers claim the input at a line only they print (curl's "=> Send header", nghttp's
//     "[  0.001] recv", "#Fields:"), and keep it from then on (their mode); the first byte of such
//     a line is in starts, so that a line is shown only to the readers that could claim it;
//   - line readers (http, log, sections, tables, ...) read the lines no marker reader holds, in the
//     line source's order (text.go's line).
type reader struct {
	// name is what --format takes; about is its one line in --formats and docs/formats.md.
	name, about string
	// tools names what prints it, for docs/formats.md.
	tools string
	fam   family
	// mode is the text mode a marker reader keeps once it has claimed the input.
	mode textMode
	// starts are the bytes a marker reader's lines can start with (after colour codes and a
	// learned log prefix are taken off); every says it sees every line while it holds the input.
	starts string
	every  bool
	// wants are the lines it could read where the parser passes over lines no reader wants
	// (pass.go); FuzzPass fails on a line it reads that they leave out.
	wants []want
	// line reads one line of a marker reader and reports whether it took it, and whether the rest
	// of a long line is a value to stream.
	line func(p *textParser, b []byte, partial bool) (took, stream bool)
	// claim reports whether the reader claims an input from its start (Claim, Head): what
	// `mtapi` and `mtapi decode` ask before reading piped input as codes or prose.
	claim func(h look) bool
	// end, for a marker reader, reports what it still keeps when the input ends.
	end func(p *textParser)
	// wraps and unwrap make a wrapper reader: one that the first non-blank line of the input
	// claims (a CRI record, a tcpflow label) and that takes every line apart before any other
	// reader sees it. unwrap returns the line to read, or nil where there is none yet.
	wraps  func(first []byte) bool
	unwrap func(p *textParser, raw []byte) []byte
	// families are the JSON families the json reader's frame stack reads (json_families.go), in
	// the order they see a member.
	families []jsonFamily
}

// marker wraps a marker reader's line function that never streams.
func marker(f func(p *textParser, b []byte) bool) func(*textParser, []byte, bool) (bool, bool) {
	return func(p *textParser, b []byte, _ bool) (bool, bool) { return f(p, b), false }
}

// readerTable returns the table, built on first use. (Its cache is no package variable's initial
// value: the JSON families' functions lead back to the table through the key sets, keySets, and an
// initial value may not refer to itself.)
func readerTable() []reader {
	readerCache.once.Do(func() { readerCache.table = newReaderTable() })
	return readerCache.table
}

// readerCache is readerTable's.
var readerCache struct {
	once  sync.Once
	table []reader
}

// newReaderTable builds the table.
func newReaderTable() []reader {
	return []reader{
		{name: "json", claim: jsonClaim, fam: famJSON, about: "a JSON document or a printed object: header objects, HAR files, OTLP JSON, Chrome DevTools Protocol events, tshark -T json",
			tools: "HAR export, jq, OpenTelemetry collectors, Datadog and Elastic APM span tags, Chrome DevTools Protocol, Chromium NetLog, Azure API Management traces (Ocp-Apim-Trace), Python/Node/Go/Java/Ruby/Perl/PHP printing headers",
			families: []jsonFamily{
				// OpenTelemetry OTLP JSON, and spans' attributes as SDKs print them.
				{name: "otlp", keys: []string{"key"}, statusKeys: []string{otlpStatusAttr}, headerPrefixes: []string{otlpHeaderAttr},
					member: otlpMember, open: otlpOpen},
				// APM span tags that name a response's header: Datadog's, Elastic's (read_spantags.go).
				{name: "span-tags", headerPrefixes: []string{spanTagHeaderAttr}},
				// Chrome DevTools Protocol events.
				{name: "cdp", keys: []string{"method"}, member: cdpMember, open: cdpOpen},
				// Azure API Management's request trace (read_apim.go).
				{name: "apim", opens: []string{"traceEntries"}, member: apimMember, open: apimOpen},
				// Chromium's NetLog.
				{name: "netlog", opens: []string{"constants", "params"}, open: netlogOpen},
				// tshark -T json -e: each field a list of its values.
				{name: "tshark-fields", opens: []string{"http.response.code"}, member: tsharkFieldsMember, open: tsharkFieldsOpen},
				// tshark -T json's HTTP trees, and -T ek's status.
				{name: "tshark", keys: []string{"http.response.code", "http.response.code.desc", "http.response.version", "http.response.line",
					"http.chunked_trailer_part", "http2.headers.status", "http2.headers.method", "http2.header.name", "http2.header.value"},
					statusKeys: []string{"http_http_response_code"}, member: tsharkMember},
			}},
		{name: "powershell", wants: []want{{in: passLoose, starts: []string{`StatusCode`}}}, claim: psHeadClaim, fam: famPS, mode: modePS, starts: "S", every: true, line: psClaim,
			about: "PowerShell's Format-List of a web response (StatusCode, Headers, RawContent)", tools: "Invoke-WebRequest | Format-List"},
		{name: "curl-trace", wants: []want{{in: passAnywhere, starts: []string{`==`, `=>`, `<=`, `\.\.:\.\.:\.\..`}}}, claim: traceClaim, fam: famTrace, mode: modeTrace, starts: "=<0123456789abcdef", line: marker((*textParser).traceLine),
			about: "curl's trace: \"=> Send header\", \"<= Recv header\" sections, in text or hex", tools: "curl --trace, --trace-ascii, --trace-time"},
		{name: "nghttp", wants: []want{{in: passAnywhere, starts: []string{`[`}}}, claim: h2Claim, fam: famH2, mode: modeH2, starts: "[", line: marker((*textParser).h2Line),
			about: "nghttp's frame log, a response per stream, trailers included", tools: "nghttp -v"},
		{name: "python-http", wants: []want{{in: passAnywhere, starts: []string{`reply: '`, `reply: "`, `send: b'`, `send: b"`}}}, claim: pythonClaim, fam: famPython, mode: modePython, starts: "rsh", line: marker((*textParser).pythonLine),
			about: "Python http.client's debug lines: send:, reply:, header:", tools: "http.client debuglevel 1, requests with debug logging"},
		{name: "w3c", wants: []want{{in: passAnywhere, starts: []string{`#`}}}, claim: w3cClaim, fam: famW3C, mode: modeW3C, starts: "#", line: marker((*textParser).w3cDirective),
			about: "W3C extended logs with a #Fields: directive naming an mtapistatus column", tools: "IIS logs (sc(mtapistatus) custom field)"},
		{name: "tshark", wants: []want{{in: passAnywhere, starts: []string{`Frame `}}}, claim: tsharkClaim, fam: famTshark, mode: modeTshark, starts: "FH LJEIT", line: marker((*textParser).tsharkLine),
			about: "Wireshark's packet trees: HTTP/1 as text, HTTP/2 header frames by stream", tools: "tshark -V, tshark -O http,http2"},
		{name: "ruby-http", wants: []want{{in: passAnywhere, starts: []string{`->`, `<-`}}}, claim: rubyClaim, fam: famRuby, mode: modeRuby, starts: "<-", line: marker((*textParser).rubyLine),
			about: "Ruby Net::HTTP's debug output: -> \"read\" and <- \"sent\" lines", tools: "Net::HTTP#set_debug_output"},
		{name: "okhttp", wants: []want{{in: passAnywhere, starts: []string{`--> `, `<-- `}}}, claim: okhttpClaim, fam: famOkHTTP, mode: modeOkHTTP, starts: "<-", line: marker((*textParser).okhttpLine),
			about: "OkHttp's logging interceptor: --> request and <-- response blocks", tools: "HttpLoggingInterceptor (HEADERS, BODY)"},
		{name: "go-http2", wants: []want{{in: passAnywhere, starts: []string{`http2: `, `\d/\d/\d \d:\d:\d http2: `, `\d/\d/\d \d:\d:\d.\d http2: `}}},
			claim: goH2Claim, fam: famGoH2, mode: modeGoH2, starts: "0123456789h", line: marker((*textParser).goH2Line),
			about: "Go's HTTP/2 client debug log: a stream's decoded fields after its :status, never what it encoded", tools: "GODEBUG=http2debug=2"},
		{name: "otel-debug", wants: []want{{in: passAnywhere, starts: []string{`ResourceSpans #`, `ResourceLog #`, `ScopeSpans #`, `ScopeLogs #`,
			`Span #`, `LogRecord #`, `\d-\d-\dT\d:\d:\d.\dZ\t\w #`}}},
			claim: otelDebugClaim, end: otelDebugEnd, fam: famOTelDebug, mode: modeOTelDebug,
			starts: "0123456789RSL", every: true, line: (*textParser).otelDebugLine,
			about: "the OpenTelemetry Collector's debug exporter: a span's or log record's http.response.header attributes", tools: "debug exporter (verbosity: detailed)"},
		{name: "varnishlog", wants: []want{{in: passAnywhere, starts: []string{`*   `, `**  `, `*** `, `*\d* `, `-   `, `--  `, `--- `, `-\d- `, `\d \u`}}},
			claim: varnishClaim, end: varnishEnd, fam: famVarnish, mode: modeVarnish, starts: "*- 0123456789", every: true, line: (*textParser).varnishLine,
			about: "varnishlog's records: the client's response (RespHeader, as delivered) and the backend's (BerespHeader, as received), each a response of its own; never Req* or Bereq*", tools: "varnishlog (-g vxid, request, session, raw; -v; Varnish 3's RxHeader/TxHeader)"},
		{name: "envoy", wants: []want{{in: passAnywhere, starts: []string{`[`, `\d-`}}},
			claim: envoyClaim, end: envoyEnd, fam: famEnvoy, mode: modeEnvoy, starts: "[0123456789", every: true, line: (*textParser).envoyLine,
			about: "Envoy's debug log: a header map counts under \"encoding headers via codec\" (to the client) or \"upstream response headers\", never under a request's message or one that names no side", tools: "envoy -l debug (http, router), Istio proxies"},
		{name: "xml", wants: []want{{in: passAnywhere, starts: []string{`<`, "\xef"}}}, claim: xmlClaim, fam: famXML,
			about: "XML exports of recorded traffic: a response element's text, never a request's or a body", tools: "JMeter .jtl, Burp saved items, IIS Failed Request Tracing, tshark -T pdml"},
		{name: "packets", wants: []want{{in: passAnywhere, starts: []string{`\d:`, `\d-`, `\d/`, `T `, `U `}}}, claim: packetsClaim, fam: famPackets,
			about: "packet dumps: each packet's payload as text, its header line and IP/TCP noise passed over", tools: "tcpdump -A, ngrep -W byline"},
		{name: "cri", claim: criClaim, fam: famCRI, wraps: isCRIRecord, unwrap: (*textParser).criLine,
			about: "CRI container logs: each record's timestamp, stream and tag taken off, partial (P) records joined to the rest of their line", tools: "Kubernetes /var/log/pods (containerd, CRI-O)"},
		{name: "tcpflow", claim: tcpflowClaim, fam: famTCPFlow, wraps: isTCPFlow, unwrap: tcpflowLine,
			about: "tcpflow's console output: each segment's flow label taken off, its payload read as HTTP text", tools: "tcpflow -c, tcpflow -r FILE -c"},
		{name: "ci", wants: []want{{in: passAnywhere, starts: []string{`#`, `\d\wZ ##[group]Run `}}}, claim: ciClaim, fam: famCI,
			about: "CI logs: a step's definition (its command and env) passed over, its output read", tools: "GitHub Actions"},
		{name: "sent-requests", wants: []want{{in: passAnywhere, starts: []string{
			// What writtenStage shows it (a line that starts with a lower-case letter, R, I, $ or
			// a space) and requestWritten could take: a first word that does not run into a colon
			// ("fetch(", "requests.get(", "const r", "Request method:", "Invoke-WebRequest "), or
			// one that does, before " = " ("r:x = fetch(...)"). A header block's fields, and a
			// status line, are none.
			`$`, `\l\t\T`, `R\t\T`, `I\t\T`, ` \a\t\T`, `\l\t:\w = `, `R\t:\w = `, `I\t:\w = `, ` \a\t:\w = `}}},
			fam:   famWritten,
			about: "requests written out by their sender: a client call's arguments, a header set in code, REST Assured's request log; never counted", tools: "DevTools \"Copy as fetch\", requests/axios/http.get calls, Invoke-WebRequest -Headers, setRequestHeader and the like, REST Assured log().all()"},
		{name: "sections", wants: []want{{in: passLoose, starts: []string{`\a`, "\xe2\x96" /* ▼ ▶ ► ▾ ▸ */, "```", `~~~`}, ends: ":"},
			{in: passAnywhere, starts: []string{`---`, `===`}}}, claim: titledClaim, fam: famSections,
			about: "titled blocks: \"Response Headers\", \"RESPONSE HEADERS:\", \"--- response 400 Bad Request ---\", a logger's \"Request [id] GET url\" and \"HTTP Response (37ms) : 400\", a label before a printed object (\"<< response headers {\"); a response's lines under its title",
			tools: "browser developer tools (Copy), Postman console, .NET HttpClient logging, client loggers, Azure SDK loggers (Azure.Core, C++), console.log labels (Node http2, undici, axios interceptors)"},
		{name: "tables", wants: []want{{in: passAnywhere, starts: []string{`|`, `#`, `+`}}}, claim: tableClaim, fam: famTables,
			about: "tables of header names and values, drawn or Markdown, under a title; a Response column where both sides are shown, or the Response rows of a Side column", tools: "Markdown, Jira, tickets and wiki pages; box-drawn and ASCII tables: Node's console.table, cli-table3, sqlite3/mysql/psql-style +---+ grids"},
		{name: "http", wants: []want{
			// Status and request lines; curl -v's sides; mitmproxy's flow ("<< 302 Found",
			// "127.0.0.1:47926: GET http://..."); Karate's "1 > GET" and libwww-perl's "409 Conflict";
			// .NET's "Method: GET, RequestUri: ..." (after a label, "Request: Method: ...", in loose
			// text only, whose lines that start with a letter are all read).
			{in: passAnywhere, starts: []string{`HTTP/`, `\u `, `"\u `, `<`, `>`, `--->`, `-> `, `<< `, `\w:\w: `, `\d `, `Method: `}},
			// A loose header block's fields, printed members ("'name': value"), .NET's status.
			{in: passLoose, starts: []string{`\a`, `"`, `'`}},
			// A status line glued to the end of a body.
			{in: passBody, contains: []string{`HTTP/`}},
			// In a header block: every line that is not an ordinary field (blank, folded, a status
			// line, a name that does not run into its colon), and the fields the block itself reads.
			{in: passBlock, starts: []string{`\A`, `\a\t\T`, `\imtapistatus:`, `\itrailer:`, `\icontent-length:`, `\itransfer-encoding:`, `\icontent-encoding:`}},
		}, claim: httpClaim, fam: famHTTP,
			about: "HTTP text: status lines, header blocks, curl -v's < and > sides (lftp's <--- and --->, R httr's <- and ->), bodies framed by Content-Length or chunks", tools: "curl -i/-I/-D/-v, wget -S, HTTPie, Apache HttpClient's wire log (SoapUI's http log), lftp debug, R httr verbose(), socket dumps, k6 --http-debug, mitmproxy, Karate, libwww-perl, pasted header blocks"},
		{name: "log", wants: []want{{in: passLoose, contains: []string{`\imtapistatus`}}}, claim: logClaim, fam: famLog,
			about: "log lines: an mtapistatus field of a line (key=value, JSON lines, a printed object), request fields passed over", tools: "nginx/Apache access logs, Caddy/Traefik/Envoy JSON access logs, Go slog, JSON-lines logs, Docker and kubectl logs, application logs"},
	}
}

// Format describes one reader, for --formats and docs/formats.md.
type Format struct {
	// Name is what --format takes.
	Name string
	// About says what the reader reads, in one line.
	About string
	// Tools names what prints it.
	Tools string
}

// Formats lists the readers in the order they are tried.
func Formats() []Format {
	t := readerTable()
	out := make([]Format, len(t))
	for i, r := range t {
		out[i] = Format{Name: r.name, About: r.about, Tools: r.tools}
	}
	return out
}

// ErrUnknownFormat is returned for a --format that names no reader.
var ErrUnknownFormat = errors.New("unknown format")

// allowed returns the readers --format NAME leaves on: the named one, with the line source and the
// HTTP text reader under it where it wraps HTTP text; "" leaves every reader on.
func allowed(name string) (family, error) {
	if name == "" {
		return famAll, nil
	}
	i := slices.IndexFunc(readerTable(), func(r reader) bool { return r.name == name })
	if i < 0 {
		return 0, ErrUnknownFormat
	}
	f := readerTable()[i].fam
	switch f {
	case famJSON, famW3C, famHTTP:
		return f, nil
	case famLog:
		return famLog | famHTTP, nil
	}
	// Every other reader unwraps HTTP text, which the HTTP reader reads.
	return f | famHTTP, nil
}

// readerOf returns the name of the reader that holds a text mode.
func (t *markerTable) readerOf(m textMode) string {
	if r := t.holding(m); r != nil {
		return r.name
	}
	return "http"
}

// markerTable is the table with, for each first byte of a line, the marker readers that could
// claim it, in table order. (A text parser keeps a pointer to it: the readers' own functions lead
// back to the parser, so the table is handed to it rather than referred to.)
type markerTable struct {
	readers []reader
	first   [256][]int
	// stages is the line source's chain (stages.go).
	stages []stage
}

var markerIndex = sync.OnceValue(func() *markerTable {
	t := &markerTable{readers: readerTable(), stages: stageChain()}
	for i, r := range t.readers {
		for j := 0; j < len(r.starts); j++ {
			t.first[r.starts[j]] = append(t.first[r.starts[j]], i)
		}
	}
	return t
})

// markers shows b to the marker readers that could claim it: the one that holds the input first if
// it sees every line, then those whose lines can start with b's first byte. It reports whether one
// took the line.
func (p *textParser) markers(b []byte, partial bool) (took, stream bool) {
	t := p.table.readers
	if p.mode != modeNone {
		for i := range t {
			if t[i].mode == p.mode && t[i].every {
				return t[i].line(p, b, partial)
			}
		}
	}
	for _, i := range p.table.first[b[0]] {
		if r := &t[i]; p.only&r.fam != 0 {
			if took, stream := r.line(p, b, partial); took {
				return true, stream
			}
		}
	}
	return false, false
}

// psClaim claims PowerShell's list at its StatusCode line, where no other reader holds the input.
func psClaim(p *textParser, b []byte, partial bool) (bool, bool) {
	if p.mode == modePS || p.mode == modeNone && p.state == loose && psStatus(b) > 0 {
		return p.psLine(b, partial)
	}
	return false, false
}

// unwrap hands a line to the wrapper reader the input's first non-blank line claimed, if any,
// and returns the line to read, or nil where there is none.
func (p *textParser) unwrap(raw []byte) []byte {
	if !p.wrapDecided {
		if isBlankLine(raw) {
			return raw
		}
		p.wrapDecided = true
		t := p.table.readers
		for i := range t {
			if t[i].wraps != nil && p.only&t[i].fam != 0 && t[i].wraps(raw) {
				p.wrap = &t[i]
				p.d.ex.claim(p.lineNo, t[i].name, "its first line: every line is taken apart, then read by the readers below")
				break
			}
		}
	}
	if p.wrap == nil {
		return raw
	}
	if out := p.wrap.unwrap(p, raw); out == nil || len(out) > 0 {
		return out
	}
	return []byte{'\n'} // a record or a label alone at the end of the input: a blank line
}

// readerState returns the state a reader keeps in its own type T, made on first use: a reader's
// state is its own, and adding a reader adds no field to the parser.
func readerState[T any](p *textParser, f family) *T {
	i := bits.TrailingZeros32(uint32(f))
	if s, ok := p.slots[i].(*T); ok {
		return s
	}
	s := new(T)
	p.slots[i] = s
	return s
}

// holding returns the marker reader that holds mode, or nil.
func (t *markerTable) holding(m textMode) *reader {
	for i := range t.readers {
		if m != modeNone && t.readers[i].mode == m {
			return &t.readers[i]
		}
	}
	return nil
}
