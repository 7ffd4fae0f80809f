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
