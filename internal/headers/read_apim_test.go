package headers

import "testing"

// Azure API Management's trace: only a forward-request's response counts, with its status object's
// code; the inbound request, the request forwarded to the back end and a policy's message never do.
func TestAPIMTrace(t *testing.T) {
	const entry = `{"source":"forward-request","data":{"response":{"status":{"code":400,"reason":"Bad Request"},"headers":[{"name":"mtapistatus","value":"617020,901001"},{"name":"X-Note","value":"retry after mtapistatus: 555004"}]}}}`
	checkCases(t, []parseCase{
		{"backend response", `{"traceId":"x","traceEntries":{"inbound":[{"source":"api-inspector","data":{"request":{"method":"GET","headers":[{"name":"mtapistatus","value":"555001"}]}}}],"backend":[{"source":"forward-request","data":{"message":"forwarded","request":{"headers":[{"name":"mtapistatus","value":"555001"}]}}},` + entry + `],"outbound":[{"source":"transfer-response","data":{"message":"Response has been sent"}}]}}`, "[400|617020,901001]"},
		{"pretty-printed", "{\n  \"traceEntries\": {\n    \"backend\": [\n      " + entry + "\n    ]\n  }\n}\n", "[400|617020,901001]"},
		{"a response without the header", `{"traceEntries":{"backend":[{"source":"forward-request","data":{"response":{"status":{"code":200,"reason":"OK"},"headers":[{"name":"Content-Type","value":"text/plain"}]}}}]}}`, "[200|-]"},
		// (The document itself is reported, without the header: nothing in it counts.)
		{"only requests", `{"traceEntries":{"inbound":[{"source":"api-inspector","data":{"request":{"headers":[{"name":"mtapistatus","value":"555001"}]}}}]}}`, "[0|-]"},
		// Outside a trace, "data" is still a body or what was sent, and a status object a response's own.
		{"data outside a trace", `{"data":{"response":{"headers":[{"name":"mtapistatus","value":"555009"}]}}}`, "[0|-]"},
	})
}
