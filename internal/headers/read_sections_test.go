package headers

import "testing"

// A body a program printed after its label is body, titles and all.
func TestPrintedBody(t *testing.T) {
	checkCases(t, []parseCase{
		{"a body printed after its label, up to a blank line", "response 400 {\n  mtapistatus: '617020'\n}\nbody Release notes\nResponse Headers\nmtapistatus: 999999\nStatusCode: 500, ReasonPhrase: x\nmtapistatus: 999997\n\nResponse Headers\nmtapistatus: 617021\n",
			"[0|617020][0|617021]"},
		{"a tagged body ends at the program's next line", "[axios] response 400 Bad Request Object [AxiosHeaders] {\n  mtapistatus: '617020',\n}\n[axios] data Release notes\nResponse Headers\nmtapistatus: 999999\n[axios] response 409 Conflict Object [AxiosHeaders] {\n  mtapistatus: '901001',\n}\n[axios] data { detail: 'MTAPISTATUS: 999999' }\n",
			"[0|617020][0|901001]"},
		{"a field named data is no body label", "Response Headers\ndata: x\nmtapistatus: 617020\n", "[0|617020]"},
		{"prose that starts with a label word is no body", "Data was saved.\nResponse Headers\nmtapistatus: 617020\n", "[0|617020]"},
	})
}

// A program's label before the object it prints says whose the object's lines are, as a title does.
func TestObjectLabels(t *testing.T) {
	checkCases(t, []parseCase{
		{"node http2: >> request and << response labels before objects",
			">> request headers {\n  ':path': '/list',\n  mtapistatus: '555001'\n}\n<< response headers [Object: null prototype] {\n  ':status': 400,\n  mtapistatus: '617020,901001',\n  'x-note': 'retry after mtapistatus: 555004',\n  [Symbol(sensitiveHeaders)]: []\n}\n<< response headers [Object: null prototype] {\n  ':status': 404,\n  mtapistatus: '4041003'\n}\n<< body \"{\\\"note\\\":\\\"Response Headers\\\"}\\n\"\n",
			"[0|617020,901001][0|4041003]"},
		{"a label without arrows", "request headers {\n  mtapistatus: '555001'\n}\nresponse headers {\n  mtapistatus: '617020'\n}\n", "[0|617020]"},
		{"a member's key before its object is no label", "AxiosError: Request failed with status code 400 {\n  response: {\n    status: 400,\n    headers: {\n      mtapistatus: '617020'\n    }\n  },\n  status: 400\n}\n200 {\n  mtapistatus: '-1'\n}\n",
			"[0|617020][0|-1]"},
	})
}

// A program's own separators around a title: the side's word, perhaps with what starts its message.
func TestDecoratedTitles(t *testing.T) {
	checkCases(t, []parseCase{
		{"--- request METHOD URL --- and --- response STATUS ---",
			"--- request GET http://h/list ---\nMtapistatus: 555001\nX-Note: retry after mtapistatus: 555004\n--- response 400 Bad Request ---\nContent-Type: text/plain\nMtapistatus: 617020\n" +
				"--- request GET http://h/rep ---\nMtapistatus: 555001\n--- response 400 Bad Request ---\nMtapistatus: 617023\nMtapistatus: 617024\n",
			"[0|617020][0|617023,617024]"},
		{"=== Request === and === Response ===", "=== Request ===\nmtapistatus: 555001\n\n=== Response ===\nmtapistatus: 4041003\n", "[0|4041003]"},
		{"a rule is no title", "---\nmtapistatus: 617020\n---\n", "[0|617020]"},
		{"a diff's file line is no title", "--- a/request GET ---\nmtapistatus: 617020\n", "[0|617020]"},
		{"a request's word with prose after it is no title", "--- request was sent twice ---\nmtapistatus: 617020\n", "[0|617020]"},
	})
}

// A response's title right under another, with nothing read between them, is the same response's.
func TestTitleUnderTitle(t *testing.T) {
	checkCases(t, []parseCase{
		{"Bruno's timeline: Response, its status and timing, Response Headers",
			"GET http://h/list\nRequest Headers\nmtapistatus: 555001\n\nResponse\n400 Bad Request  12 ms  61 B\nResponse Headers\nmtapistatus: 617020\n\nResponse Body\n{\"errors\":[\"mtapistatus: 999999\"]}\n",
			"[0|617020]"},
		{"two responses, each under its title",
			"GET http://h/list\nRequest Headers\nmtapistatus: 555001\nResponse Headers\nmtapistatus: 617020\nGET http://h/rep\nRequest Headers\nmtapistatus: 555001\nResponse Headers\nmtapistatus: 617023\n",
			"[0|617020][0|617023]"},
		{"a body's title twice, a response apart, is no subtitle",
			"Method: GET, RequestUri: 'http://h/final', Version: 2.0, Content: <null>, Headers:\n{\n  mtapistatus: 555001\n}\n" +
				"StatusCode: 400, ReasonPhrase: 'Bad Request', Version: 1.1, Content: x, Headers:\n{\n  Mtapistatus: 617021\n}\n" +
				"Release notes\nResponse Headers\nmtapistatus: 999999\n\n" +
				"Method: GET, RequestUri: 'http://h/none', Version: 2.0, Content: <null>, Headers:\n{\n  mtapistatus: 555001\n}\n" +
				"StatusCode: 200, ReasonPhrase: 'OK', Version: 1.1, Content: x, Headers:\n{\n  X-Trace: a\n}\n" +
				"Release notes\nResponse Headers\nmtapistatus: 999999\n",
			"[400|617021]"},
	})
}

// A ticket's "Expected:" block is what its writer wanted; a titled body ("Response content:") is a
// body. Neither counts.
func TestExpectedAndContentTitles(t *testing.T) {
	checkCases(t, []parseCase{
		{"expected then actual", "Expected:\nHTTP/1.1 200 OK\nmtapistatus: 617000\n\nActual:\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[400|617020]"},
		{"expected header alone", "Expected result:\nmtapistatus: 617000\n\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[400|617020]"},
		{"a status line after the expected block still counts", "Expected:\nmtapistatus: 617000\n\nHTTP/1.1 400 Bad Request\nmtapistatus: 617021\n", "[400|617021]"},
		{"az --debug: the response content is a body",
			"DEBUG: cli.p: Response status: 400\nDEBUG: cli.p: Response headers:\nDEBUG: cli.p:     'mtapistatus': '617020'\nDEBUG: cli.p: Response content:\nDEBUG: cli.p: {\"errors\":[\"mtapistatus: 999999\"]}\n",
			"[0|617020]"},
	})
}

// A client logger's title that starts its message on the same line (the Azure SDKs'): a request's
// title is the request, whose header lines never count; a response's gives its status.
func TestMessageTitles(t *testing.T) {
	checkCases(t, []parseCase{
		{"Azure.Core's console logger: Request, Response and its Error response repeat",
			"[Informational] Azure-Core: Request [6c1d] GET https://h/list\nAccept:application/json\nmtapistatus:555002\nX-Note:retry after mtapistatus: 555004\nclient assembly: M\n" +
				"[Informational] Azure-Core: Response [6c1d] 400 Bad Request (00.0s)\nContent-Type:application/json\nMtapistatus:617020,901001\nX-Note:retry after mtapistatus: 555004\n" +
				"[Warning] Azure-Core: Error response [6c1d] 400 Bad Request (00.0s)\nMtapistatus:617020,901001\nX-Note:retry after mtapistatus: 555004\n" +
				"[Informational] Azure-Core: Request [0b9e] GET https://h/notset\nmtapistatus:555002\n[Informational] Azure-Core: Response [0b9e] 200 OK (00.0s)\nMtapistatus:-1\n",
			"[400|617020,901001][200|-1]"},
		{"Azure.Core's Error response repeats the response with its request id, content lines between",
			"[Informational] Azure-Core: Request [ab] POST https://h/x\nmtapistatus:555002\nclient assembly: M\n[Verbose] Azure-Core: Request [ab] content: {\"mtapistatus\":\"555003\"}\n" +
				"[Informational] Azure-Core: Response [ab] 400 Bad Request (00.0s)\nMtapistatus:617020\n[Verbose] Azure-Core: Response [ab] content: {\"errors\":[\"mtapistatus: 999999\"]}\n" +
				"[Warning] Azure-Core: Error response [ab] 400 Bad Request (00.0s)\nMtapistatus:617020\n",
			"[400|617020]"},
		{"an Error response with its own request id is a response",
			"[Warning] Azure-Core: Error response [cd] 500 Internal Server Error (00.0s)\nMtapistatus:901001\n[Warning] Azure-Core: Error response [ef] 400 Bad Request (00.0s)\nMtapistatus:617020\n",
			"[500|901001][400|617020]"},
		{"Azure.Core under Microsoft.Extensions.Logging, indented",
			"info: Azure.Core[1]\n      Request [ab12] GET https://h/x\n      mtapistatus:555002\n      client assembly: M\ninfo: Azure.Core[2]\n      Response [ab12] 400 Bad Request (00.0s)\n      Mtapistatus:617020\n      X-Note:retry after mtapistatus: 555004\n",
			"[400|617020]"},
		{"Azure SDK for C++: HTTP Request : and HTTP Response (37ms) :",
			"[2026-12-07T21:40:01.1234567Z T: 23464] INFO  : HTTP Request : GET https://h/list\naccept : application/json\nmtapistatus : 555002\n\n" +
				"[2026-12-07T21:40:01.1604567Z T: 23464] INFO  : HTTP Response (37ms) : 400 Bad Request\nmtapistatus : 617020,901001\nx-note : retry after mtapistatus: 555004\n\n" +
				"[2026-12-07T21:40:02.0004567Z T: 23464] INFO  : HTTP Request : GET https://h/notfound\nmtapistatus : 555002\n\n" +
				"[2026-12-07T21:40:02.0304567Z T: 23464] INFO  : HTTP Response (30ms) : 404 Not Found\nmtapistatus : 4041003\n",
			"[400|617020,901001][404|4041003]"},
		{"a request's title ends at the logger's next record",
			"INFO: Request GET http://h/x\nINFO: upstream returned mtapistatus=617020\n", "[0|617020]"},
		{"a request's title ends at a line that is no header line",
			"INFO: Request GET http://h/x\nlevel=info mtapistatus=617020\n", "[0|617020]"},
		{"prose after a request's word is no title", "Request GET failed for http://h/x\nmtapistatus: 617020\n", "[0|617020]"},
		{"a status with another reason is no title", "Response 200 items were processed\nmtapistatus: 617020\n", "[0|617020]"},
		{"a side's word inside a sentence is no title", "We sent the Request GET https://h/x\nmtapistatus: 617020\n", "[0|617020]"},
	})
}

// A header line whose name runs into its value ("Accept:application/json", as Azure.Core writes
// them) is a header line where the line is otherwise a header block's; elsewhere it is a log
// line's.
func TestNameRunsIntoValue(t *testing.T) {
	checkCases(t, []parseCase{
		{"under a response's title", "Response Headers\nX-Note:retry after mtapistatus: 555004\nMtapistatus:617020\n", "[0|617020]"},
		{"right after a header line", "Content-Type: text/plain\nX-Note:retry after mtapistatus: 555004\nmtapistatus: 617020\n", "[0|617020]"},
		{"a field alone is a log line's", "mtapistatus:617020\n", "[0|617020]"},
		{"a URL is no header line", "Response Headers\nmtapistatus:617020\nhttp://h/list mtapistatus=555004\n", "[0|617020][0|555004]"},
		{"a log level is no header's name", "Response Headers\nmtapistatus:617020\nError:upstream said mtapistatus=555004\n", "[0|617020][0|555004]"},
	})
}
