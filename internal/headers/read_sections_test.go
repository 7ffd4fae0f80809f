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
