package headers

import "testing"

// A span tag or a field named for the response's header is the response's own, in JSON and in a
// document table; the request's twin never counts.
func TestSpanTags(t *testing.T) {
	checkCases(t, []parseCase{
		{"Datadog span meta, an error flag beside it",
			`{"name": "aspnet_core.request", "error": 1, "meta": {"http.request.headers.mtapistatus": "555001", "http.response.headers.mtapistatus": "617020,901001", "error.message": "mtapistatus 999999"}}` + "\n",
			"[0|617020,901001]"},
		{"only the request's tag", `{"error": 1, "meta": {"http.request.headers.mtapistatus": "555001"}}` + "\n", ""},
		{"Kibana's document table of ECS fields",
			"Field\tValue\nhttp.request.headers.Mtapistatus\t555001\nhttp.request.headers.X-Note\tretry after mtapistatus: 555004\nhttp.response.headers.Mtapistatus\t617020,901001\n",
			"[0|617020,901001]"},
		{"the request's row alone", "http.request.headers.Mtapistatus\t555001\n", ""},
		{"a prefixed name cell with more cells", "http.response.headers.Mtapistatus\t555001\t617020\n", ""},
	})
}
