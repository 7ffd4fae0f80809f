package headers

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"strings"
	"testing"
)

// Each reader claims its own tool's output from its start, and nothing claims codes or prose.
func TestClaim(t *testing.T) {
	cases := []struct{ in, want string }{
		{"HTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n", "http"},
		{"GET / HTTP/1.1\r\nHost: a\r\n", "http"},
		{"* Trying 127.0.0.1:80...\n", "http"},
		// lftp's debug output: its own lines, then its arrows (a status line under "<--- ").
		{"---- Connecting to 127.0.0.1 (127.0.0.1) port 80\n---> GET /list HTTP/1.1\n---> Host: h\n---> \n<--- HTTP/1.1 400 Bad Request\n<--- Mtapistatus: 617020\n", "http"},
		{"Content-Type: text/plain\nmtapistatus: 617020\n", "http"},
		{"{\n\"date\": \"x\",\n\"mtapistatus\": \"-1\"\n}\n", "json"},
		// A pretty-printed document after its tool's chatter (tshark as root, 2>&1).
		{"Running as user \"root\" and group \"root\". This could be dangerous.\n[\n  {\n    \"_index\": \"packets\",\n    \"_type\": \"doc\"\n", "json"},
		// JSON lines after it (tshark -T ek -e http.response.line).
		{"Running as user \"root\" and group \"root\". This could be dangerous.\n{\"index\":{\"_index\":\"packets-2026-12-07\",\"_type\":\"doc\"}}\n{\"timestamp\":\"1796672701665\",\"layers\":{\"http_response_line\":[\"Mtapistatus: 617020\\r\\n\"]}}\n", "json"},
		{"== Info: Trying 127.0.0.1:8080...\n", "curl-trace"},
		{"12:00:00.000000 == Info: Connected\n", "curl-trace"},
		{"[  0.001] Connected\n", "nghttp"},
		{"send: b'GET / HTTP/1.1\\r\\n'\n", "python-http"},
		{"#Software: Microsoft Internet Information Services 10.0\n", "w3c"},
		{"Frame 4: 150 bytes on wire (1200 bits), 150 bytes captured\n", "tshark"},
		{"opening connection to 127.0.0.1:8080...\n", "ruby-http"},
		{"--> GET http://127.0.0.1/x\n", "okhttp"},
		{"<-- 400 http://127.0.0.1/x (12ms)\n", "okhttp"},
		{"StatusCode        : 400\n", "powershell"},
		{"<?xml version=\"1.0\"?>\n", "xml"},
		{"2026-12-07T10:00:00.0000000Z ##[group]Run curl -sv URL\n", "ci"},
		{"Response Headers\nmtapistatus: 617020\n", "sections"},
		{"2026-11-25 10:00:01 INFO upstream mtapistatus=617020\n", "log"},
		// A tool's own marks claim on any line of the look-ahead, after its banner or options.
		{"Starting up\n07.165104.347 name=max-threads value=1\nHTTP/1.1 302 Found\r\nLocation: /r2\r\n", "http"},
		{"23:58:44.665402 *   Trying 127.0.0.1:18931...\n", "http"},
		{"2026-12-05T23:55:58.000001Z HTTP/1.1 409 Conflict\n", "http"},
		{"Thanks.\nOn Mon wrote:\n> Hello,\n> < HTTP/1.1 400 Bad Request\n", "http"},
		{"Hi team:\n> \u200b*   Trying 127.0.0.1...\n> < HTTP/2 400\u00a0\n", "http"},
		{"< GET /r1 HTTP/1.1\n< Host: x\n", "http"},
		{"GET http://127.0.0.1:18941/r1\n302 Found\n", "http"},
		{"GET http://127.0.0.1:18941/r1\nUser-Agent: lwp-request/6.68\n", "http"},
		{"400 Bad Request\nConnection: close\n", "http"},
		{"400 http://127.0.0.1/a {\n  'content-length': '69',\n", "http"},
		{"FINE: sun.net.www.MessageHeader@57d5872c6 pairs: {null: HTTP/1.1 302 Found}{Mtapistatus: -1}\n", "http"},
		{"GET\n/list\nResponses\nResponse headers\n content-type: application/json \n mtapistatus: 617020 \n", "sections"},
		{"### Request headers\n| Name | Value |\n|---|---|\n| mtapistatus | 555001 |\n", "tables"},
		{"+---+---+\n|       name        |  value |\n| mtapistatus | 617020 |\n", "tables"},
		{"{\n  resource: {\n    attributes: {\n      'service.name': 'x',\n", "json"},
		{"DEBUG [2026-12-07 16:48:55,415] httpx._client - HTTP Request: GET http://x \"HTTP/1.1 400 Bad Request\"\n<Response [400 Bad Request]> Headers({'mtapistatus': '617020'})\n", "json"},
		{"frame.number\thttp.response.code\thttp.response.line\n6\t302\tMtapistatus: -1\\r\\n\n", "log"},
		{"Dec 07, 2026 4:49:01 PM jdk.internal.net.http.Http1Response lambda\nINFO: HEADERS: RESPONSE HEADERS:\n    content-length: 26\n", "sections"},
		{">> request headers {\n  mtapistatus: '555001'\n}\n<< response headers [Object: null prototype] {\n  ':status': 400,\n", "sections"},
		{"request GET http://x/list {\n  accept: '*/*'\n}\nresponse 400 http://x/list {\n  mtapistatus: '617020',\n", "sections"},
		{"Starting Nmap 7.93\n| http-headers: \n|   Mtapistatus: 617020,901001\n", "log"},
		{"2026-12-07 16:47:35: (connections.c.770) fd:9 resp: Mtapistatus: 617020\n", "log"},
		{"[Mon Dec 07 16:47:36.109257 2026] [dumpio:trace7] mod_dumpio: dumpio_out: Mtapistatus: 617020\n", "log"},
		{"Execution log for request 3f2c\nMon Dec 07 16:50:13 UTC 2026 : Endpoint response headers: {Content-Type=application/json, mtapistatus=617020}\n", "log"},
		// Not claimed: codes, names, prose, a bare header line (a value to decode as it stands).
		{"617020\n601000\n", ""},
		{"Hi,\nat 10:00 we saw mtapistatus: 617020 again\n| mtapistatus-detail: 1 |\n", ""},
		{"Hi support,\n\nEvery update fails with error 617020.\nThe app said mtapistatus: 617020 in its log.\n", ""},
		{"Our client sends this:\n> GET /final HTTP/1.1\n> mtapistatus: 555002\n", ""},
		{"| Code | Meaning |\n| 617020 | a date in the future |\n", ""},
		{"{\"mtapistatus\": \"617020\"}\n", ""},
		{"UpdateDateCannotBeInFuture\n", ""},
		{"Hi team, the portal says 617020 again.\n", ""},
		{"Hi team, the portal says:\n[617020, 901001]\n", ""},
		{"mtapistatus: 617020\n", ""},
		{"", ""},
	}
	for _, c := range cases {
		if got := Claim([]byte(c.in)); got != c.want {
			t.Errorf("Claim(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// headOf runs Head over r as a caller would.
func headOf(r *bufio.Reader) string { return string(Head(r)) }

// Head depends on the bytes only: however they arrive, it returns the same start, and a list of
// codes is decided on its first line.
func TestHeadSameHoweverSplit(t *testing.T) {
	inputs := invarianceInputs(t)
	for name, b := range inputs {
		if len(b) > 64<<10 {
			continue
		}
		want := headOf(bufio.NewReader(bytes.NewReader(b)))
		if len(want) > lookBytes {
			t.Errorf("%s: head of %d bytes", name, len(want))
		}
		for _, s := range splits {
			if got := headOf(bufio.NewReader(s.r(b))); got != want {
				t.Errorf("%s, %s: head %q, want %q", name, s.name, got, want)
			}
		}
	}
	for in, want := range map[string]string{
		// A list of codes or names is decided on its first line: typed, it is read at once.
		"617020\n601000\n":                        "617020\n",
		"UpdateDateCannotBeInFuture, 901001\nx\n": "UpdateDateCannotBeInFuture, 901001\n",
		"updatedateshoudbeafter\nx\n":             "updatedateshoudbeafter\n",
		// Else the look-ahead goes on to the first line a reader claims the input at...
		"Starting Nmap\nHTTP/1.1 400 Bad Request\nmtapistatus: 1\n": "Starting Nmap\nHTTP/1.1 400 Bad Request\n",
		"GET\n/list\nResponse headers\nmtapistatus: 617020\nx: y\n": "GET\n/list\nResponse headers\nmtapistatus: 617020\n",
		// ... or to the input's end, at most lookBytes.
		"Hello\nwe get 617020\n":                 "Hello\nwe get 617020\n",
		strings.Repeat("A line of prose\n", 300): strings.Repeat("A line of prose\n", lookBytes/16),
	} {
		if got := headOf(bufio.NewReader(bytes.NewReader([]byte(in)))); got != want {
			t.Errorf("head of %.40q: %.60q, want %.60q", in, got, want)
		}
	}
}

func FuzzClaim(f *testing.F) {
	f.Add([]byte("HTTP/1.1 200 OK\r\nmtapistatus: 1\r\n"), uint8(3))
	f.Add([]byte("{\n\"a\": 1,\n\"b\": 2\n}"), uint8(1))
	f.Add([]byte("617020\n"), uint8(7))
	f.Fuzz(func(t *testing.T, in []byte, max uint8) {
		want := headOf(bufio.NewReader(bytes.NewReader(in)))
		r := &chunkReader{b: in, rnd: newRand(uint64(max)), max: int(max%16) + 1}
		if got := headOf(bufio.NewReader(r)); got != want {
			t.Fatalf("head %q, want %q", got, want)
		}
		if !bytes.HasPrefix(in, []byte(want)) {
			t.Fatalf("head %q is not the input's start", want)
		}
		_ = Claim([]byte(want))
	})
}

func newRand(seed uint64) *rand.Rand { return rand.New(rand.NewPCG(seed, seed>>7)) }

// Prose that names the header is text: decode reads the codes it mentions. Only a field claims.
func TestLogClaimNeedsAField(t *testing.T) {
	for in, want := range map[string]string{
		"From the logs: the server replied with mtapistatus 617020 and then 901001.\n": "",
		"2026-11-25 10:00:01 INFO upstream mtapistatus=617020\n":                       "log",
		"INFO headers: {'mtapistatus': '617020', 'server': 'x'}\n":                     "log",
		"    [mtapistatus] => 617020\n    [server] => x\n":                             "log",
		"│ server      │ IIS    │\n│ mtapistatus │ 617020 │\n":                         "tables",
	} {
		if got := Claim([]byte(in)); got != want {
			t.Errorf("Claim(%q) = %q, want %q", in, got, want)
		}
	}
}

// Where no reader's marks claim an input, what the readers count in its look-ahead does: the
// reader that counts a response's own mtapistatus field claims it, so that piped input is read as
// `mtapi headers` reads it. What they pass over (a request's field, another field's value, a
// body, prose) claims nothing, and one line alone is a value to decode as it stands.
func TestClaimByCount(t *testing.T) {
	for in, want := range map[string]string{
		// Kibana's expanded document, copied as a table of fields.
		"Expanded document\nField\tValue\nhttp.request.headers.Mtapistatus\t555001\nhttp.response.headers.Mtapistatus\t617020,901001\nhttp.response.status_code\t400\n": "http",
		// Postman's tables in a support e-mail.
		"Hi, Postman shows:\n\nRequest Headers\nmtapistatus\t555001\n\nResponse Headers\nContent-Type\ttext/plain\nMtapistatus\t4041003\n": "sections",
		// A chat's table with a column per side.
		"Dan Li  9:40 AM\nCompared the two calls:\nHeader\tRequest\tResponse\nmtapistatus\t555002\t617020,901001\n": "tables",
		// Node's headersDistinct under its path and status.
		"/rep 400 [Object: null prototype] {\n  'content-type': [ 'text/plain' ],\n  mtapistatus: [ '617023', '617024' ],\n}\n": "http",
		// A pretty-printed document with spaces before its colons (Elasticsearch's).
		"{\n  \"took\" : 4,\n  \"response\" : {\n    \"status_code\" : 400,\n    \"headers\" : { \"Mtapistatus\" : [ \"617020\" ] }\n  }\n}\n": "json",
		// Nothing counts: another field's value, a body, prose, a request's table, a value alone.
		"Hi,\nthe request had\nX-Note: retry after mtapistatus: 555004\n":                           "",
		"Hi team,\nthe body said {\"errors\":[\"mtapistatus: 999999\"]}\nthanks\n":                  "",
		"Hi,\nour request:\nRequest Headers\nmtapistatus\t555001\nHost\tapi.example.test\n":         "",
		"Hi support,\n\nEvery update fails with error 617020.\nThe app said mtapistatus: 617020.\n": "",
		"mtapistatus: 617020\n": "",
	} {
		if got := Claim([]byte(in)); got != want {
			t.Errorf("Claim(%q) = %q, want %q", in, got, want)
		}
	}
}
