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
