package headers

import (
	"strings"
	"testing"
)

// vsl writes varnishlog's terse records: each "TAG data" line gets the level marks and the tag
// its padding to 14 columns.
func vsl(marks string, recs ...string) string {
	var b strings.Builder
	for _, r := range recs {
		tag, data, _ := strings.Cut(r, " ")
		b.WriteString(marks + strings.Repeat(" ", 4-len(marks)) + tag + strings.Repeat(" ", max(1, 15-len(tag))) + data + "\n")
	}
	return b.String()
}

var varnishSample = "*   << Request  >> 2         \n" +
	vsl("-", "Begin req 1 rxreq", "ReqMethod GET", "ReqURL /list", "ReqHeader mtapistatus: 555001",
		"ReqHeader X-Note: retry after mtapistatus: 555004", "VCL_call MISS", "RespProtocol HTTP/1.1", "RespStatus 400",
		"RespReason Bad Request", "RespHeader Mtapistatus: 617020,901001", "RespHeader Mtapistatus-Detail: 555008",
		"RespHeader X-Note: retry after mtapistatus: 555004", "VCL_call DELIVER", "RespHeader Connection: keep-alive", "End ") +
	"**  << BeReq    >> 3         \n" +
	vsl("--", "Begin bereq 2 fetch", "BereqMethod GET", "BereqHeader mtapistatus: 555001", "VCL_call BACKEND_FETCH",
		"BerespProtocol HTTP/1.1", "BerespStatus 400", "BerespReason Bad Request", "BerespHeader Mtapistatus: 617020,901001",
		"VCL_call BACKEND_RESPONSE", "End ") + "\n"

func TestVarnish(t *testing.T) {
	checkCases(t, []parseCase{
		{"the client's response and the backend's, never a request's", varnishSample, "[400|617020,901001][400|617020,901001]"},
		{"a cache hit: the client's response alone",
			"*   << Request  >> 5\n" + vsl("-", "Begin req 4 rxreq", "ReqHeader mtapistatus: 555001", "Hit 32773 118.4 10 0",
				"RespProtocol HTTP/1.1", "RespStatus 200", "RespReason OK", "RespHeader mtapistatus: -1", "End "),
			"[200|-1]"},
		{"a field that VCL unset in vcl_deliver was never delivered",
			vsl("-", "Begin req 1 rxreq", "RespProtocol HTTP/1.1", "RespStatus 400", "RespHeader Mtapistatus: 617020",
				"RespHeader Mtapistatus: 901001", "VCL_call DELIVER", "RespUnset Mtapistatus: 617020", "VCL_return deliver", "End "),
			"[400|901001]"},
		{"a response replaced by a synthetic one before delivery never counts",
			vsl("-", "Begin req 1 rxreq", "RespProtocol HTTP/1.1", "RespStatus 400", "RespHeader Mtapistatus: 617020",
				"VCL_call DELIVER", "VCL_return synth", "RespProtocol HTTP/1.1", "RespStatus 503", "RespReason Replaced",
				"VCL_call SYNTH", "End "),
			"[503|-]"},
		{"the backend's response as received, not as VCL changed it",
			vsl("-", "Begin bereq 2 fetch", "BerespProtocol HTTP/1.1", "BerespStatus 200", "BerespHeader Mtapistatus: -1",
				"VCL_call BACKEND_RESPONSE", "BerespUnset Mtapistatus: -1", "BerespHeader mtapistatus: 901002", "VCL_return deliver", "End "),
			"[200|-1]"},
		{"a failed fetch: the response Varnish makes up is not the backend's",
			vsl("-", "Begin bereq 2 fetch", "VCL_call BACKEND_FETCH", "FetchError backend default: fail errno 111",
				"BerespProtocol HTTP/1.1", "BerespStatus 503", "BerespHeader mtapistatus: 555009", "VCL_call BACKEND_ERROR", "End "),
			""},
		{"-g raw: transactions interleaved, each by its vxid and side",
			"        12 Begin          c req 11 rxreq\n" +
				"        13 Begin          b bereq 12 fetch\n" +
				"        12 ReqHeader      c mtapistatus: 555001\n" +
				"        13 BerespStatus   b 400\n" +
				"        12 RespStatus     c 200\n" +
				"        13 BerespHeader   b mtapistatus: 617020\n" +
				"        12 RespHeader     c mtapistatus: -1\n" +
				"        13 VCL_call       b BACKEND_RESPONSE\n" +
				"        13 End            b \n" +
				"        12 End            c \n",
			"[400|617020][200|-1]"},
		{"-v: the vxid and side in a group",
			"*              << Request  >>   14        \n" +
				"-           14 Begin          c req 13 rxreq\n" +
				"-           14 RespStatus     c 400\n" +
				"-           14 RespHeader     c Mtapistatus: 617020\n" +
				"-           14 End            c \n",
			"[400|617020]"},
		{"-i RespHeader: the groups and the records asked for",
			"*   << Request  >> 2\n-   RespHeader     Mtapistatus: 617020\n\n*   << Request  >> 5\n-   RespHeader     mtapistatus: -1\n",
			"[0|617020][0|-1]"},
		{"a request alone", vsl("-", "Begin req 1 rxreq", "ReqHeader mtapistatus: 555001", "End "), ""},
		{"a list item is not a record", "-   End of the list\nmtapistatus: 617020\n", "[0|617020]"},
		{"an object's copy is no response", vsl("--", "ObjHeader mtapistatus: 555010"), ""},
		{"Varnish 3: Rx/Tx by side, the backend's response and the client's, never a request's",
			"   13 SessionOpen  c 127.0.0.1 51234 :6081\n" +
				"   13 RxRequest    c GET\n" +
				"   13 RxHeader     c mtapistatus: 555001\n" +
				"   14 TxRequest    b GET\n" +
				"   14 TxHeader     b mtapistatus: 555001\n" +
				"   14 RxStatus     b 400\n" +
				"   14 RxHeader     b Mtapistatus: 617020\n" +
				"   14 RxHeader     b X-Note: retry after mtapistatus: 555004\n" +
				"   14 BackendReuse b default\n" +
				"   13 ObjHeader    c Mtapistatus: 617020\n" +
				"   13 TxStatus     c 400\n" +
				"   13 TxHeader     c Mtapistatus: 617020\n" +
				"   13 ReqEnd       c 1048230917 1796673000.101 1796673000.104 0.000 0.003 0.000\n" +
				"   13 RxRequest    c GET\n" +
				"   13 RxHeader     c mtapistatus: 555001\n" +
				"   13 TxStatus     c 200\n" +
				"   13 TxHeader     c mtapistatus: -1\n" +
				"   13 ReqEnd       c 1048230918 1796673000.201 1796673000.204 0.000 0.003 0.000\n",
			"[400|617020][400|617020][200|-1]"},
		{"Varnish 3: a request's records alone", "   13 RxRequest    c GET\n   13 RxHeader     c mtapistatus: 555001\n   13 ReqEnd       c 1 2 3\n", ""},
	})
	if got := Claim([]byte(varnishSample)); got != "varnishlog" {
		t.Errorf("Claim = %q", got)
	}
	for _, in := range []string{"-   End of the list\n", "- RespHeader is a tag\n", "*   << not a group\n"} {
		if got := Claim([]byte(in)); got == "varnishlog" {
			t.Errorf("Claim(%q) = %q", in, got)
		}
	}
}
