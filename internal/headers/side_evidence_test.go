package headers

import "testing"

// What says a block is not a response's own, in the forms audit5 found read wrong: each case
// reported a request's, a literal's or a body's value before.
func TestSideEvidence(t *testing.T) {
	checkCases(t, []parseCase{
		// A logger's record says itself which side it is (audit7: zap, logrus, winston).
		{"a JSON log record whose message names a request",
			`{"level":"info","msg":"outgoing request","url":"http://h/list","headers":{"Mtapistatus":["555002"]}}` + "\n" +
				`{"level":"warn","msg":"upstream answered","status":400,"headers":{"Mtapistatus":["617020"]}}` + "\n",
			"[400|617020]"},
		{"an HTTP method beside the headers and no status",
			`{"method": "GET", "url": "http://h/", "headers": {"Mtapistatus": ["555002"]}}` + "\n",
			""},
		{"a method and a status: a response's record",
			`{"method": "GET", "status": 400, "headers": {"Mtapistatus": ["617020"]}}` + "\n",
			"[400|617020]"},
		{"a message that names the request's failure is the response's",
			`{"message": "Request failed with status code 400", "headers": {"mtapistatus": "617020"}}` + "\n",
			"[0|617020]"},
		{"the record's message above a nested object of headers",
			`{"level":"debug","message":"request","meta":{"headers":{"mtapistatus":"555002"},"url":"http://h/"}}` + "\n" +
				`{"level":"warn","message":"response","meta":{"headers":{"mtapistatus":"617020"},"status":400}}` + "\n",
			"[400|617020]"},
		{"a console line with the record's message before its fields",
			"2026-12-07T23:57:22.931Z\tINFO\tmain.go:43\toutgoing request\t{\"method\": \"GET\", \"headers\": {\"Mtapistatus\":[\"555002\"]}}\n" +
				"2026-12-07T23:57:22.932Z\tWARN\tmain.go:44\tupstream answered\t{\"status\": 400, \"headers\": {\"Mtapistatus\":[\"617020\"]}}\n",
			"[400|617020]"},
		{"a logfmt line whose message names a request",
			`time="2026-12-07T23:57:23Z" level=info msg=request headers="map[Mtapistatus:[555002]]" method=GET` + "\n" +
				`time="2026-12-07T23:57:23Z" level=warning msg=response headers="map[Mtapistatus:[617020]]" status=400` + "\n",
			"[0|617020]"},
		{"a logfmt body before the headers is passed over, not the line",
			`level=warning msg=response body="{\"errors\":[\"mtapistatus: 999999\"]}" res_headers="map[Mtapistatus:[617020]]" status=400` + "\n",
			"[0|617020]"},
		// A logger's labels and titles say the side of the bare header lines under them.
		{"a labelled request line, its header lines bare under it",
			"[http @ 0x55] request: GET /r1 HTTP/1.1\nUser-Agent: Lavf\nmtapistatus: 555002\n\n[http @ 0x55] header='HTTP/1.1 302 Found'\n",
			""},
		{"Faraday's request and response records",
			"I, [2026-12-07T23:58:38 #1]  INFO -- request: GET http://h/list\nI, [2026-12-07T23:58:38 #1]  INFO -- request: User-Agent: \"Faraday v1.1.0\"\nmtapistatus: \"555002\"\n" +
				"I, [2026-12-07T23:58:38 #1]  INFO -- response: Status 400\nI, [2026-12-07T23:58:38 #1]  INFO -- response: content-type: \"application/json\"\nmtapistatus: \"617020\"\n",
			"[400|617020]"},
		{"a title set between marks",
			">>> REQUEST >>>\nmtapistatus: 555002\n\n<<< RESPONSE <<<\nmtapistatus: 617020\n",
			"[0|617020]"},
		{"lighttpd's labelled lines: the response's label ends the request's",
			"2026-12-07 16:47:35: (c.770) fd:9 rqst: GET /list HTTP/1.1\n2026-12-07 16:47:35: (c.770) fd:9 rqst: mtapistatus: 555001\n" +
				"2026-12-07 16:47:36: (r.179) fd:9 resp: HTTP/1.1 400 Bad Request\n2026-12-07 16:47:36: (r.179) fd:9 resp: Mtapistatus: 617020\n",
			"[0|617020]"},
		{"watch's title row is the command it runs",
			"Every 3.0s: http -h http://h/list mtapistatus:555002           vm: Tue Dec  8 00:00:56 2026\n\nHTTP/1.1 400 Bad Request\nMtapistatus: 617020\n",
			"[400|617020]"},
		{"a program's arguments in a JSON event",
			`{"extra": {"sys.argv": ["client.py", "--header", "mtapistatus: 555002"]}, "contexts": {"response": {"status_code": 400, "headers": {"Mtapistatus": "617020"}}}}` + "\n",
			"[400|617020]"},
		{"a Request object printed after a prompt",
			"$ deno run client.ts\nRequest {\n  headers: Headers {\n    accept: \"application/json\",\n    mtapistatus: \"555002\",\n  },\n}\nResponse {\n  headers: Headers {\n    mtapistatus: \"617020\",\n  },\n  status: 400,\n}\n",
			"[0|617020]"},
		{"a VCR cassette: YAML lists under each side's headers",
			"http_interactions:\n- request:\n    method: get\n    body:\n      string: ''\n    headers:\n      Mtapistatus:\n      - '555002'\n  response:\n    status:\n      code: 400\n    headers:\n      Mtapistatus:\n      - '617023'\n      - '617024'\n      Date:\n      - Tue, 08 Dec 2026 00:00:41 GMT\n",
			"[0|617023,617024]"},
		{"Excon's instrumentation events",
			"excon.request\n  :headers => {\n    \"mtapistatus\" => \"555002\"\n  }\n  :method => :get\nexcon.response\n  :headers => {\n    \"Mtapistatus\" => \"617020\"\n  }\n  :status => 400\n",
			"[0|617020]"},
		{"a client library's call that sends to a URL",
			"RestClient.get \"http://h/list\", \"Accept\"=>\"*/*\", \"mtapistatus\"=>\"555002\"\n# => 400 BadRequest | application/json 61 bytes\nresponse headers: {:content_type=>\"application/json\", :mtapistatus=>\"617020\"}\n",
			"[0|617020]"},
		{"a list of field names is no (name, value) pair",
			"meta: Access-Control-Expose-Headers {mtapistatus, x-note, x-trace} Content-Type application/json\n",
			""},
		{"Ktor's arrows under a response's label",
			"12:00:01 INFO io.ktor.client.HttpClient - REQUEST: https://h/api/list\nCOMMON HEADERS\n-> mtapistatus: 555002\nBODY END\n12:00:01 INFO io.ktor.client.HttpClient - RESPONSE: 400 Bad Request\nCOMMON HEADERS\n-> content-type: application/json\n-> mtapistatus: 617020\nBODY START\n",
			"[400|617020]"},
		{"httr's arrows: what was sent, then what came back",
			"-> GET /list HTTP/1.1\n-> mtapistatus: 555002\n-> \n<- HTTP/1.1 400 Bad Request\n<- mtapistatus: 617020\n<- \n",
			"[400|617020]"},
		// audit8: more loggers' titles, labels and tables that name a side.
		{"OkHttp's documented LoggingInterceptor",
			"INFO: Sending request http://h/r1 on Connection{h:80, protocol=http/1.1}\nmtapistatus: 555002\n\nINFO: Received response for http://h/r1 in 106.9ms\nContent-Type: text/plain\nMtapistatus: -1\n",
			"[0|-1]"},
		{"Jetty's request and response headers, after a dated prefix",
			"2026-12-08 00:52:05.946:DBUG:oejc.HttpSender:HttpClient@3e-14: Request headers HttpRequest[GET /list HTTP/1.1]@c81\nmtapistatus: 555002\n\n" +
				"2026-12-08 00:52:05.972:DBUG:oejc.HttpReceiver:HttpClient@3e-16: Response headers HttpResponse[HTTP/1.1 400 Bad Request]@39\nMtapistatus: 617020\n",
			"[400|617020]"},
		{"a .NET request printed after a label",
			"Request: Method: PUT, RequestUri: 'https://a/x', Version: 1.1, Content: <null>, Headers:\n{\n  mtapistatus: 555002\n}\n",
			""},
		{"a title whose triangle was read as a letter",
			"v Request Headers\naccept: application/json\nmtapistatus: 555002\n",
			""},
		{"a table whose name column says whose it is",
			"| Request header | Value |\n| mtapistatus | 555002 |\n\n| Response header | Value |\n| mtapistatus | 617020 |\n",
			"[0|617020]"},
		{"a printed map labelled as the request's headers",
			"req headers: {\n  \"mtapistatus\" => 555002\n}\nres headers: {\n  \"Mtapistatus\" => -1\n}\nres body: Release notes\nResponse Headers\nmtapistatus: 999999\n",
			"[0|-1]"},
		{"HAProxy's debug marks of what the client sent",
			"00000000:fe.clireq[000b:ffffffff]: GET /list HTTP/1.1\n00000000:fe.clihdr[000b:ffffffff]: mtapistatus: 555002\n00000000:be.srvrep[000b:000c]: HTTP/1.1 400 Bad Request\n00000000:be.srvhdr[000b:000c]: mtapistatus: 617020\n",
			"[0|617020]"},
		{"a server's arrows before the request it got",
			"<<< GET /a\n{\n  host: 'h',\n  mtapistatus: '555002',\n}\n",
			""},
		{"NODE_DEBUG's options of a client's connection",
			"HTTP 12443: createConnection 127.0.0.1:22080: [Object: null prototype] {\n  host: '127.0.0.1',\n  headers: {\n    mtapistatus: '555002',\n  },\n  keepAlive: true\n}\n",
			""},
		{"the request's map after the response's on one line",
			`call GET http://h/list failed: status=400 resp headers=map[Mtapistatus:[617020]] req headers=map[Mtapistatus:[555002]]` + "\n",
			"[0|617020]"},
		// A {"name", "value"} pair's name says the side, as a key does.
		{"an HTTPie session file's headers are what it sends",
			`{"__meta__": {"about": "HTTPie session file"}, "auth": {}, "cookies": [], "headers": [{"name": "Accept", "value": "*/*"}, {"name": "mtapistatus", "value": "555002"}]}` + "\n",
			""},
		{"a name/value list with a response's field counts",
			`{"headers": [{"name": "Date", "value": "x"}, {"name": "mtapistatus", "value": "617020"}]}` + "\n",
			"[0|617020]"},
		// A body printed after "Body: " is body, titles and .NET status lines included.
		{"a body after Body: with its colon",
			"Response headers:\r\nMtapistatus: 617021\r\n\r\n\nBody: Release notes\nResponse Headers\nmtapistatus: 999999\nStatusCode: 500, ReasonPhrase: x\nmtapistatus: 999997\n\n",
			"[0|617021]"},
		// CombineLogs: the request's fields, then the response's from its status on.
		{"HttpLogging's Request and Response entry",
			"info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[9]\n      Request and Response:\n      Protocol: HTTP/1.1\n      Method: GET\n      mtapistatus: 555003\n      StatusCode: 404\n      mtapistatus: 4041003\n      Duration: 4.1ms\n",
			"[404|4041003]"},
		{"a response body title is no request block to end",
			"Response Body\nStatusCode: 500, ReasonPhrase: x\nmtapistatus: 999997\n",
			""},
		// A response's title and the status line under it are one response's evidence; the
		// object printed under the title closes with its brace.
		{"a Response: title, then .NET's ToString() of the response",
			"Request:\nMethod: GET, RequestUri: 'http://h/list', Version: 2.0, Content: <null>, Headers:\n{\n  mtapistatus: 555002\n}\n\nResponse:\nStatusCode: 400, ReasonPhrase: 'Bad Request', Version: 1.1, Content: x, Headers:\n{\n  Mtapistatus: 617020\n}\n{\n  \"headers\": {\n    \"Mtapistatus\": \"555002\"\n  }\n}\n",
			"[400|617020]"},
		{"a second response's title after every request was answered",
			"Request:\nMethod: GET, RequestUri: 'http://h/list', Version: 2.0, Content: <null>, Headers:\n{\n}\nResponse:\nStatusCode: 400, ReasonPhrase: 'Bad Request', Version: 1.1, Content: x, Headers:\n{\n  Mtapistatus: 617020\n}\nResponse:\nStatusCode: 500, ReasonPhrase: 'x', Version: 1.1, Content: x, Headers:\n{\n  Mtapistatus: 999999\n}\n",
			"[400|617020]"},
		// Format-List's RequestMessage is the request's ToString().
		{"a RequestMessage property of Format-List",
			"StatusCode          : BadRequest\r\nRequestMessage      : Method: GET, RequestUri: 'https://h/x', Version: 1.1, Content: <null>, Headers:\r\n                      {\r\n                        mtapistatus: 555002\r\n                      }\r\nIsSuccessStatusCode : False\r\n",
			""},
		// A tab-separated row: every cell after the name's is the name's.
		{"a Header/Request/Response table pasted with tabs: its Response column (read_tabtables.go)",
			"Header\tRequest\tResponse\nmtapistatus\t555002\t617020,901001\nX-Note\tretry after mtapistatus: 555004\tretry after mtapistatus: 555004\n",
			"[0|617020,901001]"},
		{"a three-cell row with no side header is no name and value",
			"mtapistatus\t555002\t617020,901001\nX-Note\tretry after mtapistatus: 555004\tretry after mtapistatus: 555004\n", ""},
		{"a two-cell row still counts", "mtapistatus\t617020\n", "[0|617020]"},
		// Chromium's console quotes what a page logged; a page's script writes its literal.
		{"a quoted request label after a log's bracketed stamp",
			"[1:1:1207/195302.415091:INFO:CONSOLE:7] \"request /list {\"mtapistatus\":\"555001\"}\", source: file:///p.html (7)\n",
			""},
		{"an object a script declares",
			"<script>\n    const h = { 'mtapistatus': '555001' };\n    fetch(u, { headers: h });\n</script>\n",
			""},
	})
}

// A printed message that says it is a request, or a call's arguments, holds what was sent.
func TestRequestSaysSo(t *testing.T) {
	checkCases(t, []parseCase{
		{"logbook json: type request", "{\"origin\":\"local\",\"type\":\"request\",\"headers\":{\"mtapistatus\":[\"555002\"]}}\n{\"origin\":\"remote\",\"type\":\"response\",\"status\":400,\"headers\":{\"mtapistatus\":[\"617020\"]}}\n", "[400|617020]"},
		{"ansible: module_args under invocation", "fatal: [localhost]: FAILED! => {\n    \"invocation\": {\n        \"module_args\": {\n            \"headers\": {\n                \"mtapistatus\": \"555002\"\n            }\n        }\n    },\n    \"mtapistatus\": \"617020\",\n    \"status\": 400\n}\n", "[0|617020]"},
		{"a list under another header's name holds names", "resp headers=map[Access-Control-Expose-Headers:[mtapistatus, x-note] Mtapistatus:[617020]]\n", "[0|617020]"},
		{"java: the same in a map", "{access-control-expose-headers=[mtapistatus, x-note], mtapistatus=[617020]}\n", "[0|617020]"},
		{"a pair at the top still counts", "('mtapistatus', '617020')\n", "[0|617020]"},
		{"pytest's progress label is no dump", "FF                                                                       [100%]\nsend: b'GET / HTTP/1.1\\r\\nmtapistatus: 555002\\r\\n\\r\\n'\nreply: 'HTTP/1.1 400 Bad Request\\r\\n'\nheader: mtapistatus: 617020\n", "[400|617020]"},
	})
}

// R's httr and httr2 mark each side as curl -v does, with arrows: "-> " sent, "<- " received.
func TestHttrArrows(t *testing.T) {
	checkCases(t, []parseCase{
		{"httr2 req_verbose", "-> GET /list HTTP/1.1\n-> Host: h\n-> mtapistatus: 555002\n-> \n<- HTTP/1.1 400 Bad Request\n<- mtapistatus: 617020\n<- \n", "[400|617020]"},
		{"an arrow inside a line is text", "GET /x -> mtapistatus: 617020\n", "[0|617020]"},
	})
}
