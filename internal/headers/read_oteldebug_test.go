package headers

import "testing"

const otelDebugSample = "2026-12-07T11:56:54.969Z\tinfo\tTraces\t{\"otelcol.component.id\": \"debug\", \"spans\": 2}\n" +
	"2026-12-07T11:56:54.970Z\tinfo\tResourceSpans #0\n" +
	"Resource attributes:\n" +
	"     -> service.name: Str(unknown_service:node)\n" +
	"     -> http.response.header.mtapistatus: Slice([\"555010\"])\n" +
	"ScopeSpans #0\n" +
	"Span #0\n" +
	"    Name           : GET\n" +
	"Attributes:\n" +
	"     -> http.request.header.mtapistatus: Slice([\"555001\"])\n" +
	"     -> http.response.status_code: Int(400)\n" +
	"     -> http.response.header.mtapistatus: Slice([\"617020,901001\"])\n" +
	"     -> http.response.header.x-trace: Slice([\"upstream said mtapistatus: 555006\"])\n" +
	"Events:\n" +
	"SpanEvent #0\n" +
	"     -> http.response.header.mtapistatus: Str(555011)\n" +
	"Span #1\n" +
	"Attributes:\n" +
	"     -> http.response.status_code: Int(302)\n" +
	"     -> http.response.header.mtapistatus: Str(-1)\n" +
	"\t{\"otelcol.component.id\": \"debug\"}\n"

func TestOTelDebug(t *testing.T) {
	checkCases(t, []parseCase{
		{"a span's own response attributes; never a request's, the resource's or an event's", otelDebugSample, "[400|617020,901001][302|-1]"},
		{"a log record, its Body never",
			"LogRecord #0\nBody: Str(GET /none 200 (upstream body said mtapistatus: 999999))\nAttributes:\n" +
				"     -> http.response.status_code: Int(200)\n     -> http.request.header.mtapistatus: Slice([\"555001\"])\n",
			"[200|-]"},
		{"a record without response attributes is none", "Span #0\nAttributes:\n     -> http.request.header.mtapistatus: Slice([\"555001\"])\n", ""},
		{"prose that mentions a span is not the dump", "Span #3 of the bridge failed\nmtapistatus: 617020\nContent-Type: x\n", "[0|617020]"},
	})
	if got := Claim([]byte(otelDebugSample)); got != "otel-debug" {
		t.Errorf("Claim = %q", got)
	}
}
