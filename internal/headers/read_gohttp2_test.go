package headers

import "testing"

const goH2Sample = `2026/12/07 11:28:29 http2: Transport encoding header ":method" = "GET"
2026/12/07 11:28:29 http2: Transport encoding header "mtapistatus" = "555001"
2026/12/07 11:28:29 http2: Framer 0xf7e0a8d4000: wrote HEADERS flags=END_STREAM|END_HEADERS stream=1 len=87
2026/12/07 11:28:29 http2: Framer 0xf7e0a8d4000: read HEADERS flags=END_HEADERS stream=1 len=133
2026/12/07 11:28:29 http2: decoded hpack field header field ":status" = "400"
2026/12/07 11:28:29 http2: decoded hpack field header field "mtapistatus" = "617020,901001"
2026/12/07 11:28:29 http2: decoded hpack field header field "x-trace" = "upstream said mtapistatus: 555006"
2026/12/07 11:28:29 http2: decoded hpack field header field "mtapistatus-detail" = "555008"
2026/12/07 11:28:29 http2: Framer 0xf7e0a8d4000: read DATA flags=END_STREAM stream=1 len=35 data="{\"errors\":[\"mtapistatus: 999999\"]}\n"
`

func TestGoH2(t *testing.T) {
	checkCases(t, []parseCase{
		{"a response's decoded fields count, the request's encoded ones and the body never", goH2Sample, "[400|617020,901001]"},
		{"trailers: the stream ends with its END_STREAM frame",
			"2026/12/07 11:28:29 http2: Framer 0x1: read HEADERS flags=END_HEADERS stream=3 len=9\n" +
				"2026/12/07 11:28:29 http2: decoded hpack field header field \":status\" = \"200\"\n" +
				"2026/12/07 11:28:29 http2: Framer 0x1: read DATA stream=3 len=2 data=\"{}\"\n" +
				"2026/12/07 11:28:29 http2: Framer 0x1: read HEADERS flags=END_STREAM|END_HEADERS stream=3 len=9\n" +
				"2026/12/07 11:28:29 http2: decoded hpack field header field \"mtapistatus\" = \"-1\"\n",
			"[200|-1]"},
		{"another stream's fields are not this response's",
			"http2: Framer 0x1: read HEADERS flags=END_HEADERS stream=1 len=9\n" +
				"http2: decoded hpack field header field \":status\" = \"200\"\n" +
				"http2: Framer 0x1: read HEADERS flags=END_HEADERS stream=3 len=9\n" +
				"http2: decoded hpack field header field \"mtapistatus\" = \"555009\"\n",
			"[200|-]"},
		{"a request alone", "2026/12/07 11:28:29 http2: Transport encoding header \"mtapistatus\" = \"555001\"\n", ""},
	})
	if got := Claim([]byte(goH2Sample)); got != "go-http2" {
		t.Errorf("Claim = %q", got)
	}
}
