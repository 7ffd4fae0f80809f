package headers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// summary renders responses compactly: "[status|values]" per response, values joined by commas,
// "-" for a response without the header.
func summary(t testing.TB, in string) string {
	t.Helper()
	var out []string
	err := Parse(strings.NewReader(in), func(r Response) error {
		v := "-"
		if r.Found {
			v = strings.Join(r.Values, ",")
		}
		out = append(out, fmt.Sprintf("[%d|%s]", r.HTTPStatus, v))
		return nil
	})
	if err != nil {
		return "error: " + err.Error()
	}
	return strings.Join(out, "")
}

var parseCases = []parseCase{
	{"curl -i", "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nmtapistatus: 617020\r\n\r\n{\"mtapistatus\": \"1\"}\r\n", "[400|617020]"},
	{"curl -I HTTP/2", "HTTP/2 200 \r\nmtapistatus: -1\r\nserver: x\r\n\r\n", "[200|-1]"},
	{"HTTP/3", "HTTP/3 404\nMtApiStatus: 4041001\n\n", "[404|4041001]"},
	{"HTTP/1.0 no reason", "HTTP/1.0 500\nmtapistatus: 901000\n", "[500|901000]"},
	{"comma list", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020, 901002 ,-1\n\n", "[400|617020,901002,-1]"},
	{"two header lines", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020\nmtapistatus: 901002\n\n", "[400|617020,901002]"},
	{"continuation line", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020,\n 901002\nx: y\n\n", "[400|617020,901002]"},
	{"empty element", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020,,901002\n\n", "[400|617020,901002]"},
	{"no header", "HTTP/1.1 200 OK\nContent-Type: text/plain\n\nhello\n", "[200|-]"},
	{"curl -L", "HTTP/1.1 301 Moved Permanently\nLocation: /x\nmtapistatus: -1\n\nHTTP/1.1 200 OK\nmtapistatus: 617020\n\nbody\n", "[301|-1][200|617020]"},
	{"100 continue", "HTTP/1.1 100 Continue\n\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[100|-][400|617020]"},
	{"body does not count", "HTTP/1.1 200 OK\n\nmtapistatus: 617020\n", "[200|-]"},
	{"similar names do not count", "HTTP/1.1 200 OK\nX-MtApiStatus-Trace: 1\nmtapistatus-detail: 2\nmtapistatusx: 3\nx-mtapistatus: 4\n\n", "[200|-]"},
	{"url does not count", "HTTP/1.1 302 Found\nLocation: http://h/?mtapistatus=617020\n\n", "[302|-]"},
	{"curl -v", "* Trying 127.0.0.1\n> GET /?a HTTP/1.1\n> Host: x\n> mtapistatus: 999\n>\n< HTTP/1.1 400 Bad Request\n< mtapistatus: 617020\n< \n{ [5 bytes data]\nmtapistatus: 5\n* Connection left intact\n", "[400|617020]"},
	{"wget -S", "--2026-11-25--  http://x/\nHTTP request sent, awaiting response... \n  HTTP/1.1 400 Bad Request\n  Content-Length: 3\n  mtapistatus: 617020\nLength: 3 [text/plain]\nmtapistatus: 1\n", "[400|617020]"},
	{"httpie colour", "\x1b[34mHTTP\x1b[39m/\x1b[34m1.1\x1b[39m \x1b[36m400\x1b[39m Bad Request\n\x1b[36mmtapistatus\x1b[39m: \x1b[33m617020\x1b[39m\n\n", "[400|617020]"},
	{"httpie -v request", "GET / HTTP/1.1\nmtapistatus: 1\nHost: x\n\n\nHTTP/1.1 200 OK\nmtapistatus: 617020\n\n", "[200|617020]"},
	{"bare headers", "Content-Type: text/plain\nMtapistatus: 617020\n", "[0|617020]"},
	{"log lines", "10.0.0.1 - - [25/Nov] \"GET / HTTP/1.1\" 200 12\nmtapistatus: 617020\n10.0.0.1 - - x\nmtapistatus: 4041001\n", "[0|617020][0|4041001]"},
	{"log with no header", "just a log line\nanother\n", ""},
	{"empty", "", ""},
	{"blank", " \n\t\n", ""},
	{"empty value", "HTTP/1.1 200 OK\nmtapistatus:\n\n", "[200|]"},
	{"devtools name then value", "cache-control:\nno-cache\nmtapistatus:\n617020\nserver: iis\n", "[0|617020]"},
	{"dotnet HttpResponseMessage", "StatusCode: 400, ReasonPhrase: 'Bad Request', Version: 1.1, Content: System.Net.Http.HttpConnectionResponseContent, Headers:\n{\n  mtapistatus: 617020\n  Date: Tue, 20 Apr 2021 11:28:03 GMT\n  Server: Microsoft-IIS/8.5\n}\n", "[400|617020]"},
	{"powershell table", "Key              Value\n---              -----\nmtapistatus      617020\nContent-Type     application/json\n", "[0|617020]"},
	{"tab table", "Content-Type\tapplication/json\nMtApiStatus\t617020, 901002\n", "[0|617020,901002]"},
	{"prose is not a table", "mtapistatus is the header we look for\n", ""},
	{"folded value in loose mode", "mtapistatus: 617020,\n  901002\nx: y\n", "[0|617020,901002]"},
	{"quoted json line", "\"mtapistatus\": \"617020\",\n", "[0|617020]"},
	{"utf8 bom", "\ufeffmtapistatus: 617020\n", "[0|617020]"},
	{"json doc", `{"cache-control": "no-cache", "mtapistatus": "-1", "server": "Microsoft-IIS/8.5"}`, "[0|-1]"},
	{"json number", `{"MtApiStatus": 617020}`, "[0|617020]"},
	{"json array value", `{"mtapistatus":["617020","901002"],"date":["x"]}`, "[0|617020,901002]"},
	{"json no header", `{"a": "b"}`, "[0|-]"},
	{"json lines", "{\"mtapistatus\":[\"617020\"]}\n{\"mtapistatus\":[\"-1\"]}\n", "[0|617020][0|-1]"},
	{"name value array", `[{"name": "Content-Type", "value": "x"}, {"name": "mtapistatus", "value": "617020"}]`, "[0|617020]"},
	{"nested headers", `{"status": 400, "headers": {"mtapistatus": "617020"}, "body": {"mtapistatus": "1"}}`, "[400|617020]"},
	{"har", `{"log":{"entries":[{"request":{"method":"GET","headers":[{"name":"mtapistatus","value":"9"}]},"response":{"status":400,"statusText":"Bad Request","httpVersion":"HTTP/1.1","headers":[{"name":"MtApiStatus","value":"617020"}],"content":{"text":"{\"mtapistatus\": \"1\"}"}}},{"request":{},"response":{"status":200,"headers":[]}}]}}`, "[400|617020][200|-]"},
	{"python dict", `{'Content-Type': 'text/plain', 'mtapistatus': '617020'}`, "[0|617020]"},
	{"python requests", `{'Content-Type': 'text/plain', 'MtApiStatus': '617020, 901002'}`, "[0|617020,901002]"},
	{"python CaseInsensitiveDict", `CaseInsensitiveDict({'mtapistatus': '617020'})`, "[0|617020]"},
	{"python tuples", `[('Content-Type', 'text/plain'), ('mtapistatus', '617020')]`, "[0|617020]"},
	{"python bytes tuples", `[(b'Content-Type', b'text/plain'), (b'mtapistatus', b'617020')]`, "[0|617020]"},
	{"node object", "{\n  'content-type': 'text/plain',\n  mtapistatus: '617020'\n}", "[0|617020]"},
	{"node Headers", "Headers {\n  'content-type': 'text/plain',\n  mtapistatus: '617020'\n}", "[0|617020]"},
	{"node rawHeaders", "[ 'Content-Type', 'text/plain', 'mtapistatus', '617020' ]", "[0|617020]"},
	{"node rawHeaders value named like header", "[ 'X-Name', 'mtapistatus', 'mtapistatus', '617020' ]", "[0|617020]"},
	{"node HeadersList", "Headers {\n  [Symbol(headers list)]: HeadersList {\n    cookies: null,\n    [Symbol(headers map)]: Map(2) {\n      'content-type' => { name: 'content-type', value: 'text/plain' },\n      'mtapistatus' => { name: 'mtapistatus', value: '617020' }\n    },\n    [Symbol(headers map sorted)]: null\n  },\n  [Symbol(guard)]: 'response'\n}", "[0|617020]"},
	{"node IncomingMessage", "IncomingMessage {\n  statusCode: 400,\n  headers: { mtapistatus: '617020' },\n  rawHeaders: [ 'mtapistatus', '617020' ],\n  req: ClientRequest { _header: 'GET / HTTP/1.1\\r\\nmtapistatus: 5\\r\\n', headers: { mtapistatus: '5' } }\n}", "[400|617020]"},
	{"go fmt", "map[Content-Type:[text/plain] Mtapistatus:[617020 901002]]", "[0|617020,901002]"},
	{"go %#v", `http.Header{"Content-Type":[]string{"text/plain"}, "Mtapistatus":[]string{"617020"}}`, "[0|617020]"},
	{"java HttpHeaders", "java.net.http.HttpHeaders@1b2c3d4e { {content-type=[application/json], mtapistatus=[617020]} }", "[0|617020]"},
	{"spring HttpHeaders", `[Content-Type:"application/json", mtapistatus:"617020, 901002"]`, "[0|617020,901002]"},
	{"ruby hash", `{"content-type"=>["application/json"], "mtapistatus"=>["617020"]}`, "[0|617020]"},
	{"php print_r", "Array\n(\n    [0] => HTTP/1.1 400 Bad Request\n    [Content-Type] => application/json\n    [mtapistatus] => 617020\n)\n", "[400|617020]"},
	{"httpx Headers", `Headers({'content-type': 'application/json', 'mtapistatus': '617020'})`, "[0|617020]"},
	{"rust HeaderMap", `{"content-type": "application/json", "mtapistatus": "617020"}`, "[0|617020]"},
	{"postman key value", `[{"key": "mtapistatus", "value": "617020"}]`, "[0|617020]"},
	{"inline dict in a log", "2026-11-25 10:00:01 INFO response headers: {'Content-Type': 'application/json', 'mtapistatus': '617020'}\n2026-11-25 10:00:02 INFO next\n", "[0|617020]"},
	{"inline json in a log", "2026-11-25T10:00:01Z DEBUG headers={\"mtapistatus\":[\"617020\"],\"x\":[\"y\"]} elapsed=3ms\n", "[0|617020]"},
	{"inline mention without brackets", "2026-11-25 10:00:01 INFO mtapistatus was 617020\n", ""},
	{"inline in a body does not count", "HTTP/1.1 200 OK\n\nlog: {'mtapistatus': '617020'}\n", "[200|-]"},
	{"log with bracketed level", "[INFO] request done\nmtapistatus: 617020\n", "[0|617020]"},
	{"log with bracketed time", "[2026-11-25T10:00:00Z] request done\nmtapistatus: 617020\n", "[0|617020]"},
	{"aiohttp", `<CIMultiDictProxy('Content-Type': 'text/plain', 'mtapistatus': '617020')>`, "[0|617020]"},
	{"json trailing garbage", `{"mtapistatus": "617020"} trailing } ] garbage`, "[0|617020]"},
	{"truncated json", `{"mtapistatus": "617020", "x": [`, "[0|617020]"},
	{"log starting with bracket", "[2026-11-25 10:00:00] INFO start\nmtapistatus: 617020\n", "[0|617020]"},
	{"utf16le bom", utf16le("\ufeffHTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n"), "[400|617020]"},
	{"utf16be bom", utf16be("\ufeffmtapistatus: 617020\r\n"), "[0|617020]"},
	{"binary", "\x00\x01\x02\x03\x04\x05garbage\x00\x00\x07", "error: input is not text"},
	{"osc in value", "HTTP/1.1 200 OK\nmtapistatus: 6170\x1b]0;evil\x0720\n\n", "[200|617020]"},
}

// parseCase is one table case: an input and its summary.
type parseCase struct{ name, in, want string }

func TestParse(t *testing.T) {
	tests := parseCases
	for _, tt := range tests {
		if got := summary(t, tt.in); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestFamilies has one case (at least) per debug, dump and log format of issue 9, each in the shape
// its tool prints.
var familyCases = []parseCase{
	// Chrome DevTools Protocol Network events (cdp.go): only a response event's params count.
	{"cdp events", `{"method":"Network.requestWillBeSent","params":{"request":{"headers":{"mtapistatus":"555001"}},"redirectResponse":{"status":302,"headers":{"mtapistatus":"555002"}}}}
{"method":"Network.requestWillBeSentExtraInfo","params":{"headers":{"mtapistatus":"555003"}}}
{"method":"Network.responseReceivedExtraInfo","params":{"headers":{"Mtapistatus":"617020"},"statusCode":400,"headersText":"HTTP/1.1 400 Bad Request\r\nMtapistatus: 617020\r\n\r\n"}}
{"method":"Network.responseReceived","params":{"response":{"status":400,"headers":{"Mtapistatus":"617020"}}}}
{"method":"Network.loadingFinished","params":{"requestId":"1"}}
`, "[400|617020][400|617020]"},
	{"cdp events in an array", `[{"method":"Network.requestWillBeSentExtraInfo","params":{"headers":{"mtapistatus":"555003"}}},{"method":"Network.responseReceivedExtraInfo","params":{"headers":{"mtapistatus":"-1"},"statusCode":302}}]`, "[302|-1]"},
	{"params with no method are a request's", `{"params":{"headers":{"mtapistatus":"555001"}}}`, "[0|-]"},
	// OpenTelemetry OTLP JSON (otlp.go): each span or log record with http.response.* attributes is
	// a response; http.request.header.* and a record's body never count.
	{"otlp span", `{"resourceSpans":[{"scopeSpans":[{"spans":[{"name":"GET","attributes":[{"key":"http.request.header.mtapistatus","value":{"arrayValue":{"values":[{"stringValue":"555001"}]}}},{"key":"http.response.status_code","value":{"intValue":400}},{"key":"http.response.header.x-note","value":{"arrayValue":{"values":[{"stringValue":"mtapistatus: 555004"}]}}},{"key":"http.response.header.mtapistatus","value":{"arrayValue":{"values":[{"stringValue":"617020,901001"}]}}}]},{"name":"GET","attributes":[{"key":"http.response.header.Mtapistatus","value":{"stringValue":"-1"}}]}]}]}]}`, "[400|617020,901001][0|-1]"},
	{"otlp log record body is body", "{\"resourceLogs\": [{\"scopeLogs\": [{\"logRecords\": [{\"body\": {\"stringValue\": \"upstream said mtapistatus: 999999\"},\n \"attributes\": [{\"key\": \"http.response.status_code\", \"value\": {\"intValue\": \"404\"}}, {\"key\": \"http.response.header.mtapistatus\", \"value\": {\"arrayValue\": {\"values\": [{\"stringValue\": \"4041003\"}]}}}]}]}]}]}", "[404|4041003]"},
	{"otlp status before semantic conventions 1.23", `{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[{"key":"http.status_code","value":{"intValue":"409"}},{"key":"http.response.header.mtapistatus","value":{"stringValue":"617020"}}]},{"attributes":[{"key":"http.status_code","value":{"intValue":"200"}}]}]}]}]}`, "[409|617020]"},
	{"otlp status code out of range", `{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[{"key":"http.response.status_code","value":{"intValue":"4000"}},{"key":"http.response.header.mtapistatus","value":{"stringValue":"617020"}}]}]}]}]}`, "[0|617020]"},
	{"otlp request attributes alone", `{"resourceSpans":[{"scopeSpans":[{"spans":[{"attributes":[{"key":"http.request.header.mtapistatus","value":{"arrayValue":{"values":[{"stringValue":"555001"}]}}}]}]}]}]}`, "[0|-]"},
	{"a span printed by an SDK's console exporter", "{\n  name: 'GET',\n  attributes: {\n    'http.response.status_code': 400,\n    'http.request.header.mtapistatus': [ '555001' ],\n    'http.response.header.mtapistatus': [ '617020,901001' ],\n    'http.response.header.x-trace': [ 'upstream said mtapistatus: 555006' ]\n  },\n  status: { code: 2 }\n}\n", "[400|617020,901001]"},
	{"otlp key outside an attributes list", `{"key":"http.response.header.mtapistatus","value":{"stringValue":"617020"}}`, "[0|-]"},
	{"curl --trace-ascii", "== Info:   Trying 127.0.0.1:80...\n=> Send header, 40 bytes (0x28)\n0000: GET / HTTP/1.1\n0010: mtapistatus: 1\n0020: \n<= Recv header, 26 bytes (0x1a)\n0000: HTTP/1.1 400 Bad Request\n<= Recv header, 21 bytes (0x15)\n0000: mtapistatus: 617020\n<= Recv header, 2 bytes (0x2)\n0000: \n<= Recv data, 20 bytes (0x14)\n0000: mtapistatus: 601000.\n== Info: Connection #0 to host x left intact\n", "[400|617020]"},
	{"curl --trace-ascii wrapped line", "<= Recv header, 26 bytes (0x1a)\n0000: HTTP/1.1 400 Bad Request\n<= Recv header, 80 bytes (0x50)\n0000: mtapistatus: 617020,901002,617020,901002,617020,901002,617020,90\n0040: 1002\n<= Recv header, 2 bytes (0x2)\n0000: \n", "[400|617020,901002,617020,901002,617020,901002,617020,901002]"},
	{"curl --trace hex", "<= Recv header, 17 bytes (0x11)\n0000: 48 54 54 50 2f 32 20 34 30 34 0d 0a                HTTP/2 404..\n<= Recv header, 22 bytes (0x16)\n0000: 6d 74 61 70 69 73 74 61 74 75 73 3a 20 34 30 34 mtapistatus: 404\n0010: 31 30 30 31 0d 0a                               1001..\n<= Recv header, 2 bytes (0x2)\n0000: 0d 0a                                           ..\n", "[404|4041001]"},
	{"curl --trace-time", "10:00:00.000000 <= Recv header, 17 bytes (0x11)\n10:00:00.000000 0000: HTTP/1.1 200 OK\n10:00:00.000000 <= Recv header, 17 bytes (0x11)\n10:00:00.000000 0000: mtapistatus: -1\n", "[200|-1]"},
	{"nghttp -v", "[  0.001] Connected\n[  0.002] send HEADERS frame <length=40, flags=0x25, stream_id=13>\n          :method: GET\n          mtapistatus: 5\n[  0.003] recv (stream_id=13) :status: 400\n[  0.003] recv (stream_id=13) mtapistatus: 617020\n[  0.003] recv HEADERS frame <length=20, flags=0x04, stream_id=13>\n          ; END_HEADERS\nmtapistatus: 601000\n[  0.004] recv DATA frame <length=5, flags=0x01, stream_id=13>\n", "[400|617020]"},
	{"nghttp trailer", "[  0.003] recv (stream_id=13) :status: 200\n[  0.003] recv HEADERS frame <length=20, flags=0x04, stream_id=13>\n[  0.004] recv DATA frame <length=5, flags=0x00, stream_id=13>\n[  0.004] recv (stream_id=13) mtapistatus: 901002\n[  0.004] recv HEADERS frame <length=9, flags=0x05, stream_id=13>\n", "[200|901002]"},
	{"python http.client", "send: b'GET / HTTP/1.1\\r\\nmtapistatus: 5\\r\\n\\r\\n'\nreply: 'HTTP/1.1 302 Found\\r\\n'\nheader: Location: /x\nheader: mtapistatus: -1\nsend: b'GET /x HTTP/1.1\\r\\n\\r\\n'\nreply: 'HTTP/1.1 400 Bad Request\\r\\n'\nheader: MtApiStatus: 617020\n", "[302|-1][400|617020]"},
	{"python requests logging", "DEBUG:urllib3.connectionpool:Starting new HTTP connection (1): h:80\nsend: b'GET / HTTP/1.1\\r\\n\\r\\n'\nreply: 'HTTP/1.1 400 Bad Request\\r\\n'\nheader: mtapistatus: 617020\nDEBUG:urllib3.connectionpool:http://h:80 \"GET / HTTP/1.1\" 400 93\n", "[400|617020]"},
	{"tshark -V", "Hypertext Transfer Protocol\n    GET / HTTP/1.1\\r\\n\n    mtapistatus: 5\\r\\n\n    \\r\\n\nFrame 6: 200 bytes\nHypertext Transfer Protocol\n    HTTP/1.1 400 Bad Request\\r\\n\n        [Expert Info (Chat/Sequence): HTTP/1.1 400 Bad Request\\r\\n]\n        Status Code: 400\n    mtapistatus: 617020\\r\\n\n    \\r\\n\nLine-based text data: text/plain (1 lines)\n    mtapistatus: 601000\\n\n", "[400|617020]"},
	{"tshark -V HTTP/2", "Frame 4: 235 bytes on wire (1880 bits)\nHyperText Transfer Protocol 2\n    Stream: HEADERS, Stream ID: 1, Length 45, GET /\n        Header: :method: GET\n        Header: mtapistatus: 5\n\nFrame 6: 200 bytes on wire (1600 bits)\nHyperText Transfer Protocol 2\n    Stream: HEADERS, Stream ID: 1, Length 50, 400 Bad Request\n        Header: :status: 400 Bad Request\n        Header: mtapistatus: 617020\n            Name: mtapistatus\n            mtapistatus: 617020\nJavaScript Object Notation: application/json\n        [Member with value: mtapistatus:601000]\nLine-based text data: text/plain (1 lines)\n    mtapistatus: 601001\\n\n\nFrame 7: 100 bytes on wire (800 bits)\nHyperText Transfer Protocol 2\n    Stream: HEADERS, Stream ID: 1, Length 15\n        Header: mtapistatus: 901002\n", "[400|617020,901002]"},
	{"tshark -T json", `[{"_source":{"layers":{"http":{"GET / HTTP/1.1\\r\\n":{"http.request.method":"GET"},"http.request.line":"mtapistatus: 5\r\n"}}}},{"_source":{"layers":{"http":{"HTTP/1.1 400 Bad Request\\r\\n":{"http.response.version":"HTTP/1.1","http.response.code":"400","http.response.code.desc":"Bad Request"},"http.response.line":"Content-Type: text/plain\r\n","http.response.line":"mtapistatus: 617020\r\n","http.file_data":"mtapistatus: 601000\n"}}}}]`, "[400|617020]"},
	{"tshark -T ek", "{\"index\":{\"_index\":\"packets-2026-11-25\"}}\n{\"timestamp\":\"1\",\"layers\":{\"http\":{\"http_http_request_method\":\"GET\",\"http_http_request_line\":[\"mtapistatus: 5\\r\\n\"]}}}\n{\"index\":{\"_index\":\"packets-2026-11-25\"}}\n{\"timestamp\":\"2\",\"layers\":{\"http\":{\"http_http_response_code\":\"400\",\"http_http_response_line\":[\"Content-Type: text/plain\\r\\n\",\"Mtapistatus: 617020\\r\\n\"],\"http_http_file_data\":\"mtapistatus: 601000\"}}}\n", "[400|617020]"},
	{"perl Data::Dumper HTTP::Tiny", "$VAR1 = {\n          'headers' => {\n                         'mtapistatus' => [\n                                            '617020,901002',\n                                            '4041001'\n                                          ]\n                       },\n          'redirects' => [\n                           {\n                             'headers' => { 'mtapistatus' => '-1' },\n                             'status' => '302'\n                           }\n                         ],\n          'status' => '400'\n        };\n", "[302|-1][400|617020,901002,4041001]"},
	{"perl Data::Dumper LWP", "$VAR1 = bless( {\n  '_headers' => bless( {\n    '::std_case' => { 'mtapistatus' => 'MtApiStatus' },\n    'mtapistatus' => '617020'\n  }, 'HTTP::Headers' ),\n  '_rc' => '400',\n  '_msg' => 'Bad Request',\n  '_protocol' => 'HTTP/1.1',\n  '_request' => bless( { '_headers' => bless( { 'mtapistatus' => '5' }, 'HTTP::Headers' ) }, 'HTTP::Request' ),\n  '_content' => 'mtapistatus: 601000'\n}, 'HTTP::Response' );\n", "[400|617020]"},
	{"ruby Net::HTTP debug", "opening connection to h:80...\nopened\n<- \"GET / HTTP/1.1\\r\\nmtapistatus: 5\\r\\n\\r\\n\"\n-> \"HTTP/1.1 400 Bad Request\\r\\n\"\n-> \"Content-Type: application/json\\r\\n\"\n-> \"Mtapistatus: 617020\\r\\n\"\n-> \"\\r\\n\"\nreading 30 bytes...\n-> \"{\\\"mtapistatus\\\": \\\"601000\\\"}\"\nread 30 bytes\nConn keep-alive\n", "[400|617020]"},
	{"okhttp logging interceptor", "--> GET http://h/error\nmtapistatus: 5\n--> END GET\n<-- 400 Bad Request http://h/error (15ms)\nContent-Type: application/json\nMtapistatus: 617020\n\n{\"mtapistatus\":\"601000\"}\n<-- END HTTP (30-byte body)\n--> GET http://h/ok\n--> END GET\n<-- 200 http://h/ok (3ms)\nmtapistatus: -1\n<-- END HTTP\n", "[400|617020][200|-1]"},
	{"aiohttp response and headers", "<ClientResponse(http://h/error) [400 Bad Request]>\n<CIMultiDictProxy('Content-Type': 'application/json', 'Mtapistatus': '617020')>\n", "[0|617020]"},
	{"powershell format-list", "StatusCode        : 400\r\nContent           : {\"mtapistatus\": \"601000\"}\r\nRawContent        : HTTP/1.1 400 Bad Request\r\n                    mtapistatus: 617020\r\n                    \r\n                    {\"mtapistatus\": \"601000\"}\r\nHeaders           : {[mtapistatus, 617020]}\r\n", "[400|617020]"},
	{"php print_r get_headers", "Array\n(\n    [0] => HTTP/1.1 400 Bad Request\n    [mtapistatus] => 617020, 901002\n    [Date] => Wed, 25 Nov 2026 12:00:00 GMT\n)\n", "[400|617020,901002]"},
	{"php print_r nested", "Array\n(\n    [0] => HTTP/1.1 302 Found\n    [mtapistatus] => Array\n        (\n            [0] => -1\n            [1] => 617020\n        )\n\n    [1] => HTTP/1.1 400 Bad Request\n)\n", "[400|-1,617020]"},
	{"php print_r http_response_header", "Array\n(\n    [0] => HTTP/1.1 302 Found\n    [1] => mtapistatus: -1\n    [2] => HTTP/1.1 400 Bad Request\n    [3] => Date: x\n    [4] => mtapistatus: 617020\n)\n", "[302|-1][400|617020]"},
	{"php var_dump lengths are not codes", "array(3) {\n  [0]=>\n  string(24) \"HTTP/1.1 400 Bad Request\"\n  [\"mtapistatus\"]=>\n  array(2) {\n    [0]=>\n    string(13) \"617020,901002\"\n    [1]=>\n    string(7) \"4041001\"\n  }\n  [\"Date\"]=>\n  string(3) \"now\"\n}\n", "[400|617020,901002,4041001]"},
	{"php var_export", "array (\n  0 => 'HTTP/1.1 400 Bad Request',\n  'mtapistatus' => \n  array (\n    0 => '617020',\n    1 => '901002',\n  ),\n)\n", "[400|617020,901002]"},
	{"php var_dump object", "object(stdClass)#1 (2) {\n  [\"status\"]=>\n  int(400)\n  [\"mtapistatus\"]=>\n  string(6) \"617020\"\n}\n", "[400|617020]"},
	{"php var_dump http_response_header", "array(2) {\n  [0]=>\n  string(24) \"HTTP/1.1 400 Bad Request\"\n  [1]=>\n  string(19) \"mtapistatus: 617020\"\n}\n", "[400|617020]"},
	{"nginx key=value", "127.0.0.1 - - [25/Nov/2026:12:00:00 +0000] \"GET /x?mtapistatus=5 HTTP/1.1\" 400 93 \"-\" \"curl/8\" mtapistatus=617020\n127.0.0.1 - - [25/Nov/2026:12:00:00 +0000] \"GET /y HTTP/1.1\" 200 3 \"-\" \"curl/8\" mtapistatus=-\n", "[400|617020][200|-]"},
	{"nginx key=value quoted list", "10.0.0.1 - - [25/Nov/2026:12:00:00 +0000] \"GET / HTTP/1.1\" 400 9 mtapistatus=\"617020, 901002\" rt=0.003\n", "[400|617020,901002]"},
	{"json lines log", "{\"status\":400,\"mtapistatus\":\"617020\"}\n{\"status\":200,\"mtapistatus\":\"\"}\n{\"status\":200,\"mtapistatus\":null}\n", "[400|617020][200|-][200|-]"},
	{"json after a blank line after a header block is its body", "mtapistatus: 617020\n\n{\"mtapistatus\": \"601000\"}\n{\"mtapistatus\": \"-1\"}\n", "[0|617020][0|-1]"},
	{"json lines then text lines", "{\"status\":400,\"mtapistatus\":\"617020\"}\n{\"status\":200}\n2026-11-25 WARN retry mtapistatus=901002\n{\"status\":200,\"mtapistatus\":\"\"}\n", "[400|617020][0|901002][200|-]"},
	{"iis w3c", "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Date: 2026-11-25 10:00:00\n#Fields: date time cs-method cs-uri-stem cs-uri-query sc-status sc(mtapistatus) time-taken\n2026-11-25 10:00:01 GET /a mtapistatus=5 400 617020 15\n2026-11-25 10:00:02 GET /b - 200 - 3\n2026-11-25 10:00:03 GET /c - 400 617020,+901002 3\n", "[400|617020][200|-][400|617020,901002]"},
	{"iis w3c plain field name", "#Fields: date time sc-status mtapistatus\n2026-11-25 10:00:01 404 4041001\n", "[404|4041001]"},
	{"free text key: value", "2026-11-25T10:00:02Z WARN upstream answered mtapistatus: 901002 retry=false\n", "[0|901002]"},
	{"free text key=value", "2026-11-25T10:00:01Z INFO GET /x -> 400 mtapistatus=617020 took=15ms\n", "[0|617020]"},
	{"free text with a status field", "time=\"2026-11-25T10:00:04Z\" level=error msg=\"call failed\" status=400 mtapistatus=\"617020, 901002\"\n", "[400|617020,901002]"},
	{"log with bracketed uptime is not nghttp", "[ 12.345] service started\nmtapistatus: 617020\n[ 13.000] done\n", "[0|617020]"},
	{"log with arrows is not OkHttp", "--> calling upstream\nmtapistatus: 617020\n", "[0|617020]"},
	{"free text similar names", "2026-11-25 INFO x-mtapistatus=7 GET /a?mtapistatus=5 mtapistatus was absent\n", ""},
	{"glued responses", "HTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\nContent-Length: 20\r\n\r\n{\"mtapistatus\":\"1\"}HTTP/1.1 200 OK\r\nmtapistatus: -1\r\n\r\n{\"ok\":true}", "[400|617020][200|-1]"},
	{"glued to a text body", "HTTP/1.1 200 OK\r\nmtapistatus: -1\r\n\r\nno status hereHTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n", "[200|-1][400|617020]"},
	{"nginx variable as key", "127.0.0.1 - - [25/Nov/2026:12:00:00 +0000] \"GET / HTTP/1.1\" 400 9 upstream_http_mtapistatus=617020\n{\"status\":400,\"sent_http_mtapistatus\":\"901002\"}\n", "[400|617020][400|901002]"},
	{"jq -C", "\x1b[1;39m{\n  \x1b[0m\x1b[34;1m\"status\"\x1b[0m\x1b[1;39m:\x1b[0;39m400\x1b[0m\x1b[1;39m,\n  \x1b[0m\x1b[34;1m\"mtapistatus\"\x1b[0m\x1b[1;39m:\x1b[0;32m\"617020\"\x1b[0m\x1b[1;39m\n\x1b[1;39m}\x1b[0m\n", "[400|617020]"},
	{"traefik json log", `{"DownstreamStatus":400,"downstream_Mtapistatus":"617020","request_Mtapistatus":"5"}`, "[400|617020]"},
	{"curl -s of a JSON error body", "{\"message\": \"Update date cannot be in future.\", \"mtapistatus\": \"601000\"}\nmtapistatus: 601001\n", ""},
	{"json log line with a message", `{"level":"error","message":"call failed","mtapistatus":"617020"}`, "[0|617020]"},
	{"iis request header column does not count", "#Fields: date time cs(mtapistatus) sc-status\n2026-11-25 10:00:01 617020 400\n", ""},
	// Dumps with a prefix on every line: the prefix is learned from the first line that carries
	// HTTP text, then taken off every line that has it.
	{"kubectl logs --timestamps of curl -si", "2026-12-05T23:55:58.000001Z HTTP/1.1 409 Conflict\n2026-12-05T23:55:58.000002Z Mtapistatus: 617020, 901002\n2026-12-05T23:55:58.1Z Mtapistatus: 4041001\n2026-12-05T23:55:58.000007Z \n2026-12-05T23:55:58.000009Z mtapistatus: 999999\n", "[409|617020,901002,4041001]"},
	{"curl -v --trace-time", "23:58:44.665402 *   Trying 127.0.0.1:18931...\n23:58:44.666591 > GET /r1 HTTP/1.1\n23:58:44.666591 > mtapistatus: 999999\n23:58:44.666591 > \n23:58:44.666722 < HTTP/1.1 302 Found\n23:58:44.666786 < Mtapistatus: -1\n23:58:44.666844 < \n23:58:44.666900 { [26 bytes data]\n23:58:44.667000 * Issue another request to this URL\n23:58:44.667100 > GET /a HTTP/1.1\n23:58:44.667200 > \n23:58:44.667300 < HTTP/1.1 400 Bad Request\n23:58:44.667400 < Mtapistatus: 617020\n23:58:44.667500 < \n", "[302|-1][400|617020]"},
	{"logcat okhttp", "I/okhttp.OkHttpClient: --> GET http://h/list\nI/okhttp.OkHttpClient: mtapistatus: 999999\nI/okhttp.OkHttpClient: --> END GET\nI/okhttp.OkHttpClient: <-- 409 Conflict http://h/list (3ms)\nI/okhttp.OkHttpClient: Mtapistatus: 617020, 901002\nI/okhttp.OkHttpClient: \nI/okhttp.OkHttpClient: mtapistatus: 999999\nI/okhttp.OkHttpClient: <-- END HTTP (29-byte body)\n", "[409|617020,901002]"},
	{"logcat threadtime", "12-05 23:55:58.123  1234  1300 I okhttp.OkHttpClient: <-- 400 Bad Request http://h/a (3ms)\n12-05 23:55:58.124  1234  1301 I okhttp.OkHttpClient: mtapistatus: 617020\n12-05 23:55:58.125  1234  1301 I okhttp.OkHttpClient: <-- END HTTP\n", "[400|617020]"},
	{"apache httpclient headers log", "2026-12-05 23:55:58,120 DEBUG [main] org.apache.http.headers - http-outgoing-0 >> GET /r1 HTTP/1.1\n2026-12-05 23:55:58,120 DEBUG [main] org.apache.http.headers - http-outgoing-0 >> mtapistatus: 999999\n2026-12-05 23:55:58,125 DEBUG [main] org.apache.http.headers - http-outgoing-0 << HTTP/1.1 302 Found\n2026-12-05 23:55:58,125 DEBUG [main] org.apache.http.headers - http-outgoing-0 << Mtapistatus: -1\n2026-12-05 23:55:58,126 DEBUG [main] org.apache.http.impl.client.DefaultRedirectStrategy - Redirect requested to location '/a'\n2026-12-05 23:55:58,130 DEBUG [main] org.apache.http.headers - http-outgoing-1 << HTTP/1.1 400 Bad Request\n2026-12-05 23:55:58,130 DEBUG [main] org.apache.http.headers - http-outgoing-1 << Mtapistatus: 617020, 901002\n2026-12-05 23:55:58,130 DEBUG [main] org.apache.http.headers - http-outgoing-1 << X-Note: see mtapistatus: 999999\n", "[302|-1][400|617020,901002]"},
	{"apache httpclient wire log", "2026-12-05 23:55:58,120 DEBUG [main] org.apache.http.wire - http-outgoing-0 >> \"GET /list HTTP/1.1[\\r][\\n]\"\n2026-12-05 23:55:58,120 DEBUG [main] org.apache.http.wire - http-outgoing-0 >> \"mtapistatus: 999999[\\r][\\n]\"\n2026-12-05 23:55:58,125 DEBUG [main] org.apache.http.wire - http-outgoing-0 << \"HTTP/1.1 409 Conflict[\\r][\\n]\"\n2026-12-05 23:55:58,125 DEBUG [main] org.apache.http.wire - http-outgoing-0 << \"Mtapistatus: 617020, 901002[\\r][\\n]\"\n2026-12-05 23:55:58,125 DEBUG [main] org.apache.http.wire - http-outgoing-0 << \"[\\r][\\n]\"\n2026-12-05 23:55:58,126 DEBUG [main] org.apache.http.wire - http-outgoing-0 << \"mtapistatus: 999999[\\n]\"\n", "[409|617020,901002]"},
	{"timestamped log is not a dump", "2026-12-05T10:00:00Z INFO upstream said HTTP/1.1 502 Bad Gateway mtapistatus=617020\n2026-12-05T10:00:01Z INFO GET /x status=400 mtapistatus=901002\n", "[0|617020][400|901002]"},
	{"node console.log(status, headers)", "400 {\n  'content-type': 'application/json',\n  mtapistatus: '617020',\n  'x-note': 'see mtapistatus: 999999 in docs',\n  date: 'Sat, 05 Dec 2026 23:55:36 GMT'\n}\n", "[0|617020]"},
	{"node header pairs", "[\n  [ 'mtapistatus', '617020' ],\n  [ 'x-note', 'see mtapistatus: 999999 in docs' ]\n]\n", "[0|617020]"},
	{"spring HttpHeaders list in a log line", "2026-12-05T23:55:58.123Z  WARN 1 --- [exec-1] c.e.Client : failed: 409 CONFLICT headers=[Content-Type:\"text/plain\", mtapistatus:\"617020, 901002\", \"4041001\", Content-Length:\"29\"]\n", "[0|617020,901002,4041001]"},
	{"nginx key=value with an empty element", "127.0.0.1 - - [05/Dec/2026:23:55:58 +0000] \"GET /gaps HTTP/1.1\" 422 2 mtapistatus=617020 ,, 901002 rt=0.000\n", "[422|617020,901002]"},
	{"syslog with the field in parentheses", "Dec  5 23:55:59 api01 gw[2211]: upstream returned 409 (mtapistatus: 617020, 901002) for GET /list\n", "[0|617020,901002]"},
	{"logfmt empty value is absent", "ts=2026-12-05T23:55:58Z status=200 mtapistatus= msg=\"no status\"\n", "[200|-]"},
	{"powershell 7 list in braces", "Key          Value\n---          -----\nmtapistatus  {617020, 901002, 4041001}\nServer       {Kestrel}\n", "[0|617020,901002,4041001]"},
	{"docker json-file log", "{\"log\":\"2026-12-05T23:55:58Z INFO GET /a status=400 mtapistatus=617020 dur=3ms\\n\",\"stream\":\"stdout\",\"time\":\"2026-12-05T23:55:58.1Z\"}\n{\"log\":\"2026-12-05T23:55:59Z INFO GET /list status=409 mtapistatus=\\\"617020, 901002\\\" dur=1ms\\n\",\"stream\":\"stdout\",\"time\":\"2026-12-05T23:55:59.1Z\"}\n", "[400|617020][409|617020,901002]"},
	{"json record with a header block string", "{\"status\":409,\"headers\":\"HTTP/1.1 409 Conflict\\r\\nMtapistatus: 617020, 901002\\r\\n\\r\\n\",\"body\":\"mtapistatus: 999999\"}\n{\"status\":200,\"headers\":\"HTTP/1.1 200 OK\\r\\nMtapistatus: -1\\r\\n\\r\\n\",\"body\":\"\"}\n", "[409|617020,901002][200|-1]"},
	{"java map with a mention in another value", "400 {content-type=[application/json], mtapistatus=[617020], x-note=[see mtapistatus: 999999 in docs]}\n", "[0|617020]"},
	{"powershell 5.1 response object", "\r\n\r\nStatusCode        : 409\r\nStatusDescription : Conflict\r\nContent           : conflict\r\n                    mtapistatus: 999999\r\n\r\nRawContent        : HTTP/1.1 409 Conflict\r\n                    Mtapistatus: 617020, 901002\r\n                    Mtapistatus: 4041001\r\n\r\n                    conflict\r\n                    mtapistatus: 999999\r\n\r\nForms             : {}\r\nHeaders           : {[Mtapistatus, 617020, 901002,4041001], [Content-Length, 29]}\r\nRawContentLength  : 29\r\n\r\n", "[409|617020,901002,4041001]"},
	{"powershell headers without raw content", "StatusCode : 400\nHeaders    : {[mtapistatus, 617020], [Date, Wed, 25 Nov 2026 12:00:00 GMT]}\n\nStatusCode : 200\nHeaders    : {[Mtapistatus, -1]}\n", "[400|617020][200|-1]"},
	{"socat -v", "> 2026/12/05 23:57:41.000675827  length=71 from=0 to=70\nGET /list HTTP/1.1\\r\nmtapistatus: 999999\\r\n\\r\n< 2026/12/05 23:57:41.000676171  length=207 from=0 to=206\nHTTP/1.1 409 Conflict\\r\nMtapistatus: 617020, 901002\\r\n\\r\nconflict\nmtapistatus: 999999\n", "[409|617020,901002]"},
	{"MOJO_CLIENT_DEBUG writes each CR as \\x0d", "-- Client >>> Server (http://h/r1)\nGET /r1 HTTP/1.1\\x0d\nmtapistatus: 555002\\x0d\n\\x0d\n\n-- Client <<< Server (http://h/r1)\nHTTP/1.1 302 Found\\x0d\nMtapistatus: -1\\x0d\nContent-Length: 25\\x0d\n\\x0d\n<a href=\"/r2\">Found</a>.\n\n-- Client >>> Server (http://h/r2)\nGET /r2 HTTP/1.1\\x0d\nmtapistatus: 555002\\x0d\n\\x0d\n\n-- Client <<< Server (http://h/r2)\nHTTP/1.1 400 Bad Request\\x0d\nMtapistatus: 617021\\x0d\nContent-Length: 20\\x0d\n\\x0d\nmtapistatus: 999999\n", "[302|-1][400|617021]"},
	{"a CR and LF written out in octal or upper-case hex", "GET / HTTP/1.1\\015\\012\nmtapistatus: 555002\\015\\012\n\\015\\012\nHTTP/1.1 400 Bad Request\\x0D\\x0A\nMtapistatus: 617020\\x0D\\x0A\n\\x0D\\x0A\nResponse Headers\nmtapistatus: 999999\n", "[400|617020]"},
	{"curl --trace-ascii chunked trailer", "<= Recv header, 17 bytes (0x11)\n0000: HTTP/1.1 200 OK\n<= Recv header, 22 bytes (0x16)\n0000: Trailer: mtapistatus\n<= Recv header, 28 bytes (0x1c)\n0000: Transfer-Encoding: chunked\n<= Recv header, 2 bytes (0x2)\n0000: \n<= Recv data, 78 bytes (0x4e)\n0000: 1e\n0004: mtapistatus: 999999.\n0024: 0\n0027: Mtapistatus: 4041001\n003d: \n== Info: Connection #0 to host 127.0.0.1 left intact\n", "[200|4041001]"},
	{"tshark -V chunked trailer", "Frame 9: 300 bytes on wire (2400 bits), 300 bytes captured (2400 bits)\nHypertext Transfer Protocol\n    HTTP/1.1 200 OK\\r\\n\n    Trailer: mtapistatus\\r\\n\n    Transfer-Encoding: chunked\\r\\n\n    \\r\\n\n    HTTP chunked response\n        End of chunked encoding\n            Chunk size: 0 octets\n        trailer-part: Mtapistatus: 4041001\\r\\n\n        \\r\\n\nLine-based text data: text/plain (2 lines)\n    mtapistatus: 999999\\n\n", "[200|4041001]"},
	{"tshark -T fields of http.response.line", "frame.number\thttp.response.code\thttp.response.line\n6\t302\tContent-Type: text/html\\r\\n,Mtapistatus: -1\\r\\n,Content-Length: 26\\r\\n\n11\t400\tMtapistatus: 617020\\r\\n,X-Note: see mtapistatus: 999999 in docs\\r\\n\n", "[302|-1][400|617020]"},
	{"chrome devtools copy with tabs", "Request URL:\thttp://h/list\nRequest Method:\tGET\nStatus Code:\t409 Conflict\nResponse Headers\ncontent-type:\ttext/plain\nmtapistatus:\t617020, 901002\nx-note:\tsee mtapistatus: 999999 in docs\nRequest Headers\naccept:\t*/*\nmtapistatus:\t999999\n", "[409|617020,901002]"},
	{"chrome devtools panel, names and values on lines of their own", "General\nRequest URL\nhttp://h/list\nRequest Method\nGET\nStatus Code\n409 Conflict\nResponse Headers\ncontent-length\n29\nmtapistatus\n617020, 901002\nx-note\nsee mtapistatus: 999999 in docs\nRequest Headers\nhost\nh\nmtapistatus\n999999\n", "[409|617020,901002]"},
	{"postman console", "GET http://h/list\n409\n12 ms\nRequest Headers\nmtapistatus: 999999\nUser-Agent: PostmanRuntime/7.39.1\nResponse Headers\nContent-Type: text/plain\nMtapistatus: 617020, 901002\nResponse Body\nconflict\nmtapistatus: 999999\n", "[0|617020,901002]"},
	{".NET HttpClient logging", "trce: System.Net.Http.HttpClient.api.ClientHandler[102]\n      Request Headers:\n      mtapistatus: 999999\ninfo: System.Net.Http.HttpClient.api.ClientHandler[101]\n      Received HTTP response headers after 15.3ms - 409\ntrce: System.Net.Http.HttpClient.api.ClientHandler[103]\n      Response Headers:\n      Mtapistatus: 617020, 901002\n      Content-Length: 29\n", "[0|617020,901002]"},
	{"log lines that start with a level and a colon", "WARNING:root:upstream call failed mtapistatus: 617020 for order 42\nError: upstream returned mtapistatus: 617020, 901002\napi: request failed mtapistatus=4041001 (see mtapistatus docs)\nWARNING: mtapistatus: -1\n", "[0|617020][0|617020,901002][0|4041001][0|-1]"},
	{"pasted block with a header that mentions the name", "Content-Type: text/plain\nX-Note: see mtapistatus: 999999 in docs\nmtapistatus: 617020\n", "[0|617020]"},
	{"openssl s_client", "CONNECTED(00000003)\n---\nCertificate chain\n 0 s:CN = localhost\n---\nHTTP/1.1 409 Conflict\r\nMtapistatus: 617020, 901002\r\n\r\nconflict\nmtapistatus: 999999\nclosed\n", "[409|617020,901002]"},
	{"k6 --http-debug: logrus lines around Go's dumps", "INFO[0000] Request:\nGET /list HTTP/1.1\r\nHost: h\r\nMtapistatus: 555002\r\n\r\n\n  group= iter=0 source=http-debug vu=1\nINFO[0000] Response:\nHTTP/1.1 400 Bad Request\r\nContent-Length: 30\r\nMtapistatus: 617020,901001\r\n\r\n{\"errors\":[\"mtapistatus: 9\"]}\n\n  group= iter=0 source=http-debug vu=1\n", "[400|617020,901001]"},
	{"libwww-perl lwp-request -e -S", "GET http://h/r1\n302 Found\nLocation: /a\nMtapistatus: -1\n\nGET http://h/a\n400 Bad Request\nMtapistatus: 617020\n\n{\"detail\":\"x\"}\nmtapistatus: 999999\n", "[302|-1][400|617020]"},
	{"Ruby Net::HTTP each_header: code and message, fields, a blank line, the next", "400 Bad Request\ncontent-type: application/json\nmtapistatus: 617020,901001\n\n400 Bad Request\nmtapistatus: 617023, 617024\n\n200 OK\ncontent-length: 104\n", "[400|617020,901001][400|617023,617024][200|-]"},
	{"a status without its version further into a body is body text", "400 Bad Request\nmtapistatus: 617020\n\nthe log said\n200 OK\nmtapistatus: 999999\n", "[400|617020]"},
	{"a status without its version after a raw response is body text", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n200 OK\nmtapistatus: 999999\n", "[400|617020]"},
	{"libwww-perl POST -USe", "POST http://h/a\nUser-Agent: lwp-request/6.68\nMtapistatus: 999999\n\n400 Bad Request\nMtapistatus: 617020\n\nbody\n", "[400|617020]"},
	{"a body line that looks like a status is not one", "HTTP/1.1 200 OK\nmtapistatus: -1\n\n200 items\nmtapistatus: 999999\n", "[200|-1]"},
	{"go log.Printf of quoted dumps", "2026/12/06 00:16:59 request: \"GET /list HTTP/1.1\\r\\nMtapistatus: 999999\\r\\n\\r\\n\"\n2026/12/06 00:16:59 response: \"HTTP/1.1 409 Conflict\\r\\nMtapistatus: 617020, 901002\\r\\n\\r\\nconflict\\nmtapistatus: 999999\\n\"\n", "[409|617020,901002]"},
	{"python logging of a request's headers", "DEBUG:app:request headers={'mtapistatus': '999999'}\nDEBUG:app:response headers={'mtapistatus': '617020'}\n", "[0|617020]"},
	{"nginx json: http_ is the request's header", "{\"status\":409,\"http_mtapistatus\":\"999999\",\"upstream_http_mtapistatus\":\"617020\"}\n{\"status\":200,\"http_mtapistatus\":\"999999\",\"upstream_http_mtapistatus\":\"-1\"}\n", "[409|617020][200|-1]"},
	{"wget --debug's status after the response is not a new response", "---response begin---\nHTTP/1.1 302 Found\nMtapistatus: -1\n\n---response end---\n302 Found\nLocation: /error [following]\n", "[302|-1]"},
	{"a log line about a failed request", "2026-11-25 10:00:06,002 ERROR request failed (MtApiStatus=4041001)\n", "[0|4041001]"},
	{"tcpdump -A", "00:13:02.035124 IP 127.0.0.1.43416 > 127.0.0.1.18941: Flags [P.], seq 1:103, ack 1, win 64, length 102\nE.....@.@.Y...........I...<..*7/...@.......\n;i@..{P.GET /r1 HTTP/1.1\nHost: h\nmtapistatus: 999999\n\n\n00:13:02.035254 IP 127.0.0.1.18941 > 127.0.0.1.43416: Flags [P.], seq 1:178, ack 103, win 64, length 177\nE.... @.@.l.........I....*7/..=....@.......\n.{P.;i@.HTTP/1.1 302 Found\nMtapistatus: -1\nContent-Length: 26\n\nmtapistatus: 999999\n\n", "[302|-1]"},
	{"ngrep -W byline", "T 127.0.0.1:43416 -> 127.0.0.1:18941 [AP] #4\nGET /r1 HTTP/1.1.\nmtapistatus: 999999.\n.\n\n\nT 127.0.0.1:18941 -> 127.0.0.1:43416 [AP] #6\nHTTP/1.1 302 Found.\nMtapistatus: -1.\n.\nmtapistatus: 999999.\n", "[302|-1]"},
	{".NET request and response ToString", "Method: GET, RequestUri: 'http://h/list', Version: 1.1, Content: <null>, Headers:\n{\n  mtapistatus: 999999\n}\nStatusCode: 409, ReasonPhrase: 'Conflict', Version: 1.1, Content: System.Net.Http.HttpConnectionResponseContent, Headers:\n{\n  Mtapistatus: 617020, 901002\n  Content-Type: text/plain\n}\n", "[409|617020,901002]"},
	{"spring webclient log", "2026-12-06T00:11:58.120Z DEBUG 1 --- [nio-2] o.s.w.r.f.client.ExchangeFunctions : [6a2b] HTTP GET http://h/list, headers=[mtapistatus:\"999999\"]\n2026-12-06T00:11:58.140Z DEBUG 1 --- [nio-2] o.s.w.r.f.client.ExchangeFunctions : [6a2b] Response 409 CONFLICT, headers=[Content-Type:\"text/plain\", Mtapistatus:\"617020, 901002\"]\n", "[0|617020,901002]"},
	{"firefox copy all", `{"Response Headers (190 B)":{"headers":[{"name":"mtapistatus","value":"617020"}]},"Request Headers (345 B)":{"headers":[{"name":"mtapistatus","value":"999999"}]}}`, "[0|617020]"},
	{"newman -v body preview", "→ list\n  GET http://h/list\n  409 Conflict ★ 2ms time ★ 252B↑ 188B↓ size\n  ┌ ↓ text/plain ★ text ★ plain ★ utf8 ★ 29B\n  │ conflict\n  │ mtapistatus: 999999\n  └\n", ""},
	{"traefik downstream and origin are one response", `{"DownstreamStatus":409,"downstream_Mtapistatus":"617020","origin_Mtapistatus":"617020","request_Mtapistatus":"5"}`, "[409|617020]"},
	{"postman collection export", `{"info":{"name":"MTAPI"},"item":[{"name":"x","request":{"method":"PUT","header":[{"key":"mtapistatus","value":"999999"}]},"response":[{"name":"future","originalRequest":{"method":"PUT","header":[{"key":"mtapistatus","value":"999999"}]},"status":"Bad Request","code":400,"header":[{"key":"Mtapistatus","value":"617020"}],"body":"{\"detail\":\"mtapistatus: 999999\"}"},{"name":"conflict","originalRequest":{"header":[]},"status":"Conflict","code":409,"header":[{"key":"Mtapistatus","value":"617020, 901002"}],"body":"conflict"}]}]}`, "[400|617020][409|617020,901002]"},
	{"tshark -T json chunked trailer", `[{"_source":{"layers":{"http":{"HTTP/1.1 200 OK\\r\\n":{"http.response.version":"HTTP/1.1","http.response.code":"200"},"http.response.line":"Trailer: mtapistatus\r\n","http.response.line":"Transfer-Encoding: chunked\r\n","HTTP chunked response":{"End of chunked encoding":{"http.chunk_size":"0"},"http.chunked_trailer_part":"Mtapistatus: 4041001\r\n"},"http.file_data":"mtapistatus: 999999\n"}}}}]`, "[200|4041001]"},
	{"mitmdump --flow-detail 2", "127.0.0.1:47926: client connect\n127.0.0.1:47926: GET http://h/r1\n    Host: h\n    mtapistatus: 999999\n << 302 Found 26b\n    Location: /r2\n    Mtapistatus: -1\n127.0.0.1:47926: GET http://h/list\n    mtapistatus: 999999\n << 409 Conflict 29b\n    Mtapistatus: 617020, 901002\n\n    mtapistatus: 999999\n127.0.0.1:47926: client disconnect\n", "[302|-1][409|617020,901002]"},
	{"gatling debug log", "HTTP request:\nGET http://h/list\nheaders:\n\taccept: */*\n\tmtapistatus: 999999\n=========================\nHTTP response:\nstatus:\n\t409 Conflict\nheaders:\n\tMtapistatus: 617020, 901002\n\nbody:\nmtapistatus: 999999\n", "[409|617020,901002]"},
	{"java HttpURLConnection FINE logging", "FINE: sun.net.www.MessageHeader@6328d34a6 pairs: {GET /r1 HTTP/1.1: null}{mtapistatus: 999999}{Host: h}\nFINE: sun.net.www.MessageHeader@57d5872c6 pairs: {null: HTTP/1.1 302 Found}{Location: /r2}{Mtapistatus: -1}{X-Note: see mtapistatus: 999999}\n", "[302|-1]"},
	{"jmeter jtl xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testResults version=\"1.2\">\n<httpSample rc=\"409\">\n  <responseHeader class=\"java.lang.String\">HTTP/1.1 409 Conflict&#xd;\nMtapistatus: 617020, 901002&#xd;\n</responseHeader>\n  <requestHeader class=\"java.lang.String\">mtapistatus: 999999\n</requestHeader>\n  <responseData class=\"java.lang.String\">mtapistatus: 999999\n</responseData>\n</httpSample>\n</testResults>\n", "[409|617020,901002]"},
	{"burp saved items", "<?xml version=\"1.0\"?>\n<items>\n  <item>\n    <request base64=\"false\"><![CDATA[GET /list HTTP/1.1\nmtapistatus: 999999\n\n]]></request>\n    <response base64=\"false\"><![CDATA[HTTP/1.1 409 Conflict\nMtapistatus: 617020\n\nmtapistatus: 999999\n]]></response>\n  </item>\n</items>\n", "[409|617020]"},
	{"iis failed request tracing", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<failedRequest>\n <Event>\n  <EventData>\n   <Data Name=\"Headers\">Host: h&#13;&#10;mtapistatus: 999999&#13;&#10;</Data>\n  </EventData>\n  <RenderingInfo Culture=\"en-US\"><Opcode>GENERAL_REQUEST_HEADERS</Opcode></RenderingInfo>\n </Event>\n <Event>\n  <EventData>\n   <Data Name=\"Headers\">Content-Type: text/plain&#13;&#10;mtapistatus: 617020, 901002&#13;&#10;</Data>\n  </EventData>\n  <RenderingInfo Culture=\"en-US\"><Opcode>GENERAL_RESPONSE_HEADERS</Opcode></RenderingInfo>\n </Event>\n</failedRequest>\n", "[0|617020,901002]"},
	{"charles session xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<charles-session>\n<request headers=\"true\">\n<headers>\n<header><name>mtapistatus</name><value>999999</value></header>\n</headers>\n</request>\n<response status=\"409\">\n<headers>\n<header><name>Mtapistatus</name><value>617020</value></header>\n<header>\n<name>X-Note</name>\n<value>see mtapistatus: 999999</value>\n</header>\n</headers>\n<body>mtapistatus: 999999</body>\n</response>\n</charles-session>\n", "[409|617020]"},
	{"k6 logfmt with a quoted dump", `time="2026-12-06T00:11:58Z" level=info msg="409 {\"Content-Type\":\"text/plain\",\"Mtapistatus\":\"617020, 901002\"}" source=console` + "\n" + `time="2026-12-06T00:11:58Z" level=info msg="request {\"mtapistatus\":[\"999999\"]}" source=console` + "\n", "[0|617020,901002]"},
	{"json line with request and response headers", `{"ClientRequestURI":"/list","EdgeResponseStatus":409,"RequestHeaders":{"mtapistatus":"999999"},"ResponseHeaders":{"mtapistatus":"617020, 901002","x-note":"see mtapistatus: 999999"}}` + "\n" + `{"ClientRequestURI":"/ok","EdgeResponseStatus":200,"RequestHeaders":{"mtapistatus":"999999"},"ResponseHeaders":{"mtapistatus":"-1"}}` + "\n", "[0|617020,901002][0|-1]"},
	{"python logging of long request headers", "2026-12-06 00:17:05,523 INFO api: request headers={'User-Agent': 'python-requests/2.34.2', 'Accept-Encoding': 'gzip, deflate', 'Accept': '*/*', 'Connection': 'keep-alive', 'mtapistatus': '999999'}\n2026-12-06 00:17:05,523 INFO api: status=400 headers={'Mtapistatus': '617020'}\n", "[0|617020]"},
	{"axios response object with a body", "409 Object [AxiosHeaders] {\n  'content-type': 'text/plain',\n  mtapistatus: '617020'\n}\n{\n  status: 200,\n  headers: Object [AxiosHeaders] {\n    'content-type': 'application/json',\n    mtapistatus: '-1'\n  },\n  data: { ok: true, mtapistatus: 999999 }\n}\n", "[0|617020][0|-1]"},
	{"json document with a header block string", `{"status": 409, "headers": "HTTP/1.1 409 Conflict\r\nMtapistatus: 617020, 901002\r\nContent-Length: 29\r\n\r\n", "body": "mtapistatus: 999999"}`, "[409|617020,901002]"},
	{"glued responses: prose is not a status line", "HTTP/1.1 200 OK\r\nmtapistatus: -1\r\n\r\nsee the HTTP/1.1 200 OK spec for the whole of what this text says about status lines in general\n", "[200|-1]"},
}

func TestFamilies(t *testing.T) {
	tests := familyCases
	for _, tt := range tests {
		if got := summary(t, tt.in); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestHTTPRules has one case per RFC 9110/9112 rule the parser follows.
var httpRuleCases = []parseCase{
	{"empty list elements are ignored", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020 ,, 901002\n\n", "[400|617020,901002]"},
	{"trailing comma", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020,\n\n", "[400|617020]"},
	{"a value of commas alone is malformed", "HTTP/1.1 400 Bad Request\nmtapistatus: , ,\n\n", "[400|]"},
	{"malformed line skipped, block goes on", "HTTP/1.1 400 Bad Request\nBad Name: x\nno colon here\n(x): y\nmtapistatus: 617020\n\nmtapistatus: 601000\n", "[400|617020]"},
	{"trailer after chunked body (curl -D -)", "HTTP/1.1 200 OK\r\nTrailer: mtapistatus\r\nTransfer-Encoding: chunked\r\n\r\nmtapistatus: 901002\r\n", "[200|901002]"},
	{"trailer after body (curl -i)", "HTTP/1.1 200 OK\r\nTrailer: mtapistatus\r\nTransfer-Encoding: chunked\r\n\r\nbody text\nmtapistatus: 901002\r\n\r\nHTTP/1.1 200 OK\r\n\r\n", "[200|901002][200|-]"},
	{"no trailer announced: body does not count", "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nmtapistatus: 901002\r\n", "[200|-]"},
	{"a one-letter header name does not hide a curl --trace-time marker", "HTTP/1.1 200 OK\r\na::12:12.xxxxxxx <= Recv header\r\n0000: mtapistatus: 5\r\n\r\n", "[200|5]"},
	{"stray NUL in another header", "HTTP/1.1 400 Bad Request\r\nX-Odd: a\x00b\x01\r\nmtapistatus: 617020\r\n\r\n", "[400|617020]"},
	{"JSON-escaped colour", `{"mtapistatus": "\u001b[31m617020\u001b[0m"}`, "[0|617020]"},
	{"textual colour escape in a log", "mtapistatus: \\u001b[31m617020\\u001b[0m\n", "[0|617020]"},
	{"real colour in JSON", "{\"mtapistatus\": \"\x1b[33m617020\x1b[0m\"}", "[0|617020]"},
	// Issue 18's slips: what a real wire carries.
	{"a folded line of white space alone does not end the block", "HTTP/1.1 200 OK\r\nX-A: a\r\n   \r\nmtapistatus: 617020\r\n\r\n", "[200|617020]"},
	{"a request line with a bracketed target is a request", "CONNECT [::1]:8990 HTTP/1.1\r\nHost: [::1]:8990\r\nmtapistatus: 555001\r\n\r\nHTTP/1.1 200 Connection established\r\n\r\nHTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n", "[200|-][400|617020]"},
	{"a binary body after a text header block", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nmtapistatus: 901001\r\nContent-Length: 24\r\n\r\n\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\x00\x01\x02\x03\n\x04\x05\x06\x07\x08\x0e\x0f\x10\x11", "[200|901001]"},
	{"a titled block in a body is body", "HTTP/1.1 200 OK\r\nmtapistatus: 617020\r\n\r\nRelease notes\nResponse Headers\nmtapistatus: 999999\n", "[200|617020]"},
	{"a .NET status line in a body is body", "HTTP/1.1 200 OK\r\nmtapistatus: 617020\r\n\r\nStatusCode: 500, ReasonPhrase: x\nmtapistatus: 999999\n", "[200|617020]"},
	// What sends a header never counts: a command line, a statement of code, a request printed
	// after its method and URL.
	{"bash -x of curl -H", "+ curl -si -H 'mtapistatus: 555002' http://h/notfound\nHTTP/1.1 404 Not Found\r\nMtapistatus: 4041003\r\n\r\n", "[404|4041003]"},
	{"a prompt and curl -H", "user@host:~/api$ curl -si -H 'mtapistatus: 555002' http://h/list\nHTTP/1.1 400 Bad Request\r\nMtapistatus: 617020\r\n\r\n", "[400|617020]"},
	{"httpie request item", "$ http :8080/list mtapistatus:555001\n", ""},
	{"curl --libcurl source", "  slist1 = curl_slist_append(slist1, \"mtapistatus: 555002\");\n", ""},
	{"a request dict after its method and URL", ">>> GET http://h/list {'Host': 'h', 'Mtapistatus': '555001'}\n<<< 400 Bad Request\nMtapistatus: 617020\n\n", "[0|617020]"},
	// Raw HTTP frames its body by Content-Length or shown chunk sizes, as net/http does.
	{"a status line inside a framed body is body", "HTTP/1.1 200 OK\r\nmtapistatus: 617022\r\nContent-Length: 43\r\n\r\nnotes\nHTTP/1.1 200 OK\nmtapistatus: 999998\n\nHTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n", "[200|617022][400|617020]"},
	{"a framed body glued to the next response", "HTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\nContent-Length: 19\r\n\r\n{\"mtapistatus\":\"1\"}HTTP/1.1 200 OK\r\nmtapistatus: -1\r\n\r\n", "[400|617020][200|-1]"},
	{"answers to HEAD have a length and no body", "HTTP/1.1 200 OK\r\nContent-Length: 500\r\nmtapistatus: -1\r\n\r\nHTTP/1.1 400 Bad Request\r\nContent-Length: 70\r\nmtapistatus: 617020\r\n\r\n", "[200|-1][400|617020]"},
	{"chunk sizes shown (curl --raw)", "HTTP/1.1 200 OK\r\nMtapistatus: 617022\r\nTransfer-Encoding: chunked\r\n\r\n9\r\npart one\n\r\n25\r\nHTTP/1.1 200 OK\nmtapistatus: 999998\n\n\r\n0\r\n\r\n", "[200|617022]"},
	{"a decoded chunked body's LF status line is body (HTTPie)", "HTTP/1.1 200 OK\r\nMtapistatus: 617022\r\nTransfer-Encoding: chunked\r\n\r\npart one\nHTTP/1.1 200 OK\nmtapistatus: 999998\n\nend\n", "[200|617022]"},
	{"a decoded chunked body, then the next response's CRLF status line", "HTTP/1.1 200 OK\r\nMtapistatus: 617022\r\nTransfer-Encoding: chunked\r\n\r\npart one\nHTTP/1.1 200 OK\nmtapistatus: 999998\nHTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n", "[200|617022][400|617020]"},
	{"an LF message's unframed body still ends at a status line", "HTTP/1.1 200 OK\nMtapistatus: 617022\nTransfer-Encoding: chunked\n\npart one\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[200|617022][400|617020]"},
	{"a decoded body is not framed by its encoded length", "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 5\r\nmtapistatus: -1\r\n\r\nline one of the decoded body\r\nHTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n", "[200|-1][400|617020]"},
	{"script(1)'s CR CR LF blank line ends the block", "HTTP/1.1 400 Bad Request\r\r\nMtapistatus: 617021\r\r\n\r\r\nRelease notes\r\nResponse Headers\r\nmtapistatus: 999999\r\n", "[400|617021]"},
	// Titles a logger prints at the end of its line, and Karate's numbered exchanges.
	{"logged titles", "2026-12-07 11:20:01.101 INFO  [http-audit] GET http://h/list\n2026-12-07 11:20:01.101 INFO  [http-audit] REQUEST HEADERS:\n    mtapistatus: 555001\n2026-12-07 11:20:01.117 INFO  [http-audit] RESPONSE HEADERS:\n    content-type: application/json\n    mtapistatus: 617020,901001\n2026-12-07 11:20:01.118 INFO  [http-audit] RESPONSE BODY:\n    mtapistatus: 999999\n", "[0|617020,901001]"},
	{"a log line that ends in a word and a colon is no title", "2026-12-07 INFO sending the following headers:\nmtapistatus: 617020\n", "[0|617020]"},
	{"karate", "11:20:01.123 [main] DEBUG com.intuit.karate - request:\n1 > GET http://h/list\n1 > mtapistatus: 555001\n\n11:20:01.140 [main] DEBUG com.intuit.karate - response time in milliseconds: 16\n1 < 400\n1 < Mtapistatus: 617020,901001\n{\"errors\":[\"mtapistatus: 999999\"]}\n\n", "[400|617020,901001]"},
	// go-resty's SetDebug(true): titles between "~~~", aligned colons, a request block first.
	{"go-resty debug", "~~~ REQUEST ~~~\nGET  /list  HTTP/1.1\nHOST   : h\nHEADERS:\n\tMtapistatus: 555001\nBODY   :\n***** NO CONTENT *****\n------\n~~~ RESPONSE ~~~\nSTATUS       : 400 Bad Request\nPROTO        : HTTP/1.1\nHEADERS      :\n\tMtapistatus: 617020,901001\nBODY         :\nResponse Headers\nmtapistatus: 999999\n======\n", "[400|617020,901001]"},
	{"a request line never has a colon for its target", "PROTO        : HTTP/1.1\nmtapistatus: 617020\n", "[0|617020]"},
	{"a tilde fence with a language is still a fence", "~~~http\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n~~~\n", "[400|617020]"},
	// Requests written out by their sender (read_requests.go).
	{"REST Assured log().all()", "Request method:\tGET\nRequest URI:\thttp://h/list\nHeaders:\t\tmtapistatus=555001\n\t\t\t\tX-Note=retry after mtapistatus: 555004\nBody:\t\t\t<none>\nHTTP/1.1 400 Bad Request\nMtapistatus: 617020\n\n{\"errors\": [\"mtapistatus: 999999\"]}\n", "[400|617020]"},
	{"DevTools copy as fetch", "fetch(\"http://h/list\", {\n  \"headers\": {\n    \"mtapistatus\": \"555001\"\n  },\n  \"method\": \"GET\"\n});\n\nResponse headers:\nHTTP/1.1 400 Bad Request\nMtapistatus: 617020\n\n", "[400|617020]"},
	{"an awaited fetch assigned, then what the program prints", "const r = await fetch('/list', { headers: { 'mtapistatus': '555001' } });\nmtapistatus: 617020\n", "[0|617020]"},
	{"a fetch call's template literal runs over lines", "fetch(`http://h/${p}\nmtapistatus: 555001`, {\n})\nHTTP/1.1 200 OK\nmtapistatus: -1\n\n", "[200|-1]"},
	{"requests.get with headers", "r = requests.get('http://h/list', headers={'mtapistatus': '555001'})\nprint(r.headers)\n{'Date': 'x', 'mtapistatus': '617020'}\n", "[0|617020]"},
	{"a multi-line requests call", "my code:\nr = requests.get(\n    url,\n    headers={\"mtapistatus\": \"555001\"},\n)\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[400|617020]"},
	{"Invoke-WebRequest -Headers", "Invoke-WebRequest -Uri http://h/list -Headers @{\n  'mtapistatus' = '555001'\n}\n", ""},
	{"axios and http.get calls", "axios.get('http://h/list', { headers: { mtapistatus: '555001' } })\nhttp.get(url, { headers: { mtapistatus: '555001' } }, cb)\n", ""},
	{"setting a request header in code", "conn.setRequestProperty(\"mtapistatus\", \"555001\");\nxhr.setRequestHeader('mtapistatus', '555001');\n    .header(\"mtapistatus\", \"555001\")\nreq.Header.Set(\"mtapistatus\", \"555001\")\ncurl_setopt($ch, CURLOPT_HTTPHEADER, ['mtapistatus: 555001']);\n", ""},
	{"Python's getheaders() tuples still count", "[('Content-Type', 'x'), ('mtapistatus', '617020')]\n", "[0|617020]"},
	{"DevTools copy as cURL, a -H per line", "curl 'http://h/list' \\\n  -H 'Accept: */*' \\\n  -H 'mtapistatus: 555001' \\\n  --compressed\n", ""},
	{"prose with a parenthesis is not a dump", "Repro (Copy as cURL):\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[400|617020]"},
	// CRI container logs (read_cri.go): prefixes off, partial records joined.
	{"CRI log of curl -sv", "2026-12-07T10:00:00.000000001Z stdout F > GET /list HTTP/1.1\n2026-12-07T10:00:00.000000002Z stdout F > mtapistatus: 555002\n2026-12-07T10:00:00.000000003Z stdout F > \n2026-12-07T10:00:00.000000004Z stdout F < HTTP/1.1 400 Bad Request\n2026-12-07T10:00:00.000000005Z stdout P < Mtapista\n2026-12-07T10:00:00.000000005Z stdout F tus: 617020,901001\n2026-12-07T10:00:00.000000006Z stdout F < \n", "[400|617020,901001]"},
	{"CRI partial records of two streams", "2026-12-07T10:00:00+01:00 stdout F HTTP/1.1 400 Bad Request\n2026-12-07T10:00:00+01:00 stdout P mtapistatus: 61\n2026-12-07T10:00:00+01:00 stderr P warning: x\n2026-12-07T10:00:00+01:00 stdout F 7020\n2026-12-07T10:00:00+01:00 stderr F yz\n2026-12-07T10:00:00+01:00 stdout F\n", "[400|617020]"},
	{"a timestamped log that is not CRI is read as before", "2026-12-07T10:00:00Z stdout-writer started\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[400|617020]"},
	// Feign's logger (read_feign.go): its method tag is a learned prefix, its arrows mark the sides.
	{"Feign FULL, bare tags", "[MtApiClient#list] ---> GET http://h/list HTTP/1.1\n[MtApiClient#list] mtapistatus: 555001\n[MtApiClient#list] ---> END HTTP (0-byte body)\n[MtApiClient#list] <--- HTTP/1.1 400 Bad Request (15ms)\n[MtApiClient#list] content-type: application/json\n[MtApiClient#list] mtapistatus: 617020,901001\n[MtApiClient#list] x-trace: upstream said mtapistatus: 555006\n[MtApiClient#list] \n[MtApiClient#list] {\"errors\":[\"mtapistatus: 999999\"]}\n[MtApiClient#list] mtapistatus: 999998\n[MtApiClient#list] <--- END HTTP (35-byte body)\n[MtApiClient#single] ---> GET http://h/single HTTP/1.1\n[MtApiClient#single] mtapistatus: 555001\n[MtApiClient#single] ---> END HTTP (0-byte body)\n[MtApiClient#single] <--- HTTP/1.1 200 OK (3ms)\n[MtApiClient#single] mtapistatus: -1\n[MtApiClient#single] <--- END HTTP (0-byte body)\n", "[400|617020,901001][200|-1]"},
	{"Feign FULL under logback, two methods", "2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] ---> GET http://h/list HTTP/1.1\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] mtapistatus: 555001\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] ---> END HTTP (0-byte body)\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] <--- HTTP/1.1 400 Bad Request (15ms)\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] content-type: application/json\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] mtapistatus: 617020,901001\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] x-trace: upstream said mtapistatus: 555006\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] \n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] {\"errors\":[\"mtapistatus: 999999\"]}\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] mtapistatus: 999998\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#list] <--- END HTTP (35-byte body)\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#single] ---> GET http://h/single HTTP/1.1\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#single] mtapistatus: 555001\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#single] ---> END HTTP (0-byte body)\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#single] <--- HTTP/1.1 200 OK (3ms)\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#single] mtapistatus: -1\n2026-12-07 11:20:03.310 DEBUG 4242 --- [main] c.e.api.MtApiClient : [MtApiClient#single] <--- END HTTP (0-byte body)\n", "[400|617020,901001][200|-1]"},
	{"Feign FULL in a CRI log", "2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] ---> GET http://h/list HTTP/1.1\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] mtapistatus: 555001\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] ---> END HTTP (0-byte body)\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] <--- HTTP/1.1 400 Bad Request (15ms)\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] content-type: application/json\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] mtapistatus: 617020,901001\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] x-trace: upstream said mtapistatus: 555006\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] \n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] {\"errors\":[\"mtapistatus: 999999\"]}\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] mtapistatus: 999998\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#list] <--- END HTTP (35-byte body)\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#single] ---> GET http://h/single HTTP/1.1\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#single] mtapistatus: 555001\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#single] ---> END HTTP (0-byte body)\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#single] <--- HTTP/1.1 200 OK (3ms)\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#single] mtapistatus: -1\n2026-12-07T10:00:00.000000001Z stdout F [MtApiClient#single] <--- END HTTP (0-byte body)\n", "[400|617020,901001][200|-1]"},
	{"a bracketed word with a hash is no Feign tag without an arrow", "[note#1] mtapistatus: 617020\n", "[0|617020]"},
	{"kubectl logs --prefix of curl -sv", "[pod/api-7d9c/app] > GET /list HTTP/1.1\n[pod/api-7d9c/app] > mtapistatus: 555002\n[pod/api-7d9c/app] > \n[pod/api-7d9c/app] < HTTP/1.1 400 Bad Request\n[pod/api-7d9c/app] < Mtapistatus: 617020\n[pod/api-7d9c/app] < \n[pod/api-7d9c/app] {\"errors\":[\"mtapistatus: 999999\"]}\n", "[400|617020]"},
	{"docker compose logs of curl -sv", "api-1  | > GET /list HTTP/1.1\napi-1  | > mtapistatus: 555002\napi-1  | > \napi-1  | < HTTP/1.1 400 Bad Request\napi-1  | < Mtapistatus: 617020\napi-1  | < \napi-1  | {\"errors\":[\"mtapistatus: 999999\"]}\n", "[400|617020]"},
	{"journalctl of curl -sv", "Dec  7 10:00:00 host api[4242]: > GET /list HTTP/1.1\nDec  7 10:00:00 host api[4242]: > mtapistatus: 555002\nDec  7 10:00:00 host api[4242]: > \nDec  7 10:00:00 host api[4242]: < HTTP/1.1 400 Bad Request\nDec  7 10:00:00 host api[4242]: < Mtapistatus: 617020\nDec  7 10:00:00 host api[4242]: < \nDec  7 10:00:00 host api[4242]: {\"errors\":[\"mtapistatus: 999999\"]}\n", "[400|617020]"},
	// tcpflow -c (read_tcpflow.go): flow labels off, the payload read as HTTP text.
	{"tcpflow -c", "127.000.000.001.41830-127.000.000.001.18960: GET /list HTTP/1.1\r\nmtapistatus: 555001\r\n\r\n\n127.000.000.001.18960-127.000.000.001.41830: HTTP/1.1 400 Bad Request\r\nMtapistatus: 617020\r\nContent-Length: 20\r\n\r\nmtapistatus: 999999\n\n", "[400|617020]"},
	{"tcpflow -c over IPv6", "0000:0000:0000:0000:0000:0000:0000:0001.41830-0000:0000:0000:0000:0000:0000:0000:0001.08080: GET / HTTP/1.1\r\nmtapistatus: 555001\r\n\r\n\n0000:0000:0000:0000:0000:0000:0000:0001.08080-0000:0000:0000:0000:0000:0000:0000:0001.41830: HTTP/1.1 200 OK\r\nMtapistatus: -1\r\n\r\n", "[200|-1]"},
	// Box-drawn and ASCII tables (read_boxtables.go).
	{"console.table under titles", "Request headers\n┌─────────────┬──────────┐\n│ (index)     │ Values   │\n├─────────────┼──────────┤\n│ mtapistatus │ '555001' │\n└─────────────┴──────────┘\nResponse headers (404 Not Found)\n┌─────────────┬───────────┐\n│ (index)     │ Values    │\n├─────────────┼───────────┤\n│ mtapistatus │ '4041003' │\n└─────────────┴───────────┘\n", "[0|4041003]"},
	{"console.table of entries", "┌─────────┬───────────────┬───────────┐\n│ (index) │ 0             │ 1         │\n├─────────┼───────────────┼───────────┤\n│ 0       │ 'x-trace'     │ 'mtapistatus: 555006' │\n│ 1       │ 'mtapistatus' │ '4041003' │\n└─────────┴───────────────┴───────────┘\n", "[0|4041003]"},
	{"two box tables: the second's header row is its own", "┌──────┬───────┐\n│ name │ value │\n├──────┼───────┤\n│ a    │ b     │\n└──────┴───────┘\n┌─────────────┬─────────┐\n│ mtapistatus │ 617020  │\n├─────────────┼─────────┤\n│ x           │ y       │\n└─────────────┴─────────┘\n", ""},
	{"a box table with a column per side", "┌─────────────┬─────────┬──────────┐\n│ Header      │ Request │ Response │\n├─────────────┼─────────┼──────────┤\n│ mtapistatus │ 555001  │ 617020   │\n└─────────────┴─────────┴──────────┘\n", "[0|617020]"},
	{"mysql's ASCII grid", "+-------------+--------+\n| name        | value  |\n+-------------+--------+\n| mtapistatus | 617020 |\n+-------------+--------+\n1 row in set (0.00 sec)\n", "[0|617020]"},
	{"tabulate's grid with = under the header", "+-------------+---------+\n| Header      | Value   |\n+=============+=========+\n| mtapistatus | -1      |\n+-------------+---------+\n", "[0|-1]"},
	{"titles worded otherwise name the sides", "Sent headers:\nmtapistatus: 555001\n\nReceived headers:\nmtapistatus: 617020\n\nOutgoing headers\nmtapistatus: 555001\n\nIncoming headers\nmtapistatus: 901001\n", "[0|617020][0|901001]"},
	{"a request's title in other words", "Request sent:\nmtapistatus: 555001\nX-Note: x\n\nResponse headers:\nmtapistatus: 617020\n", "[0|617020]"},
	{"prose with the words of a title is no title", "the request was sent\nmtapistatus: 617020\n", "[0|617020]"},
	{"a Markdown table under a bold title", "**Request headers**\n\n| Name | Value |\n|---|---|\n| mtapistatus | 555001 |\n\n**Response headers**\n\n| Name | Value |\n|---|---|\n| mtapistatus | 617020 |\n", "[0|617020]"},
	{"Jira's bold titles", "*Request:*\nmtapistatus: 555001\n\n*Response:*\nmtapistatus: 617020\n", "[0|617020]"},
	{"curl -v's information lines are no emphasis", "* Connected to h (127.0.0.1) port 80\n> GET / HTTP/1.1\n> mtapistatus: 555001\n>\n< HTTP/1.1 400 Bad Request\n< mtapistatus: 617020\n<\n* Connection #0 to host h left intact\n", "[400|617020]"},
	{"a title in lower case is read on the fast path too", "request headers\nmtapistatus: 555001\n\nresponse headers\nmtapistatus: 617020\n", "[0|617020]"},
	{"psql's aligned table", "    name     |     value\n-------------+-----------------\n mtapistatus | 617020,901001\n x-trace     | said mtapistatus: 555006\n(2 rows)\n\n", "[0|617020,901001]"},
	{"psql tables under their titles", "request headers\n    name     | value\n-------------+--------\n mtapistatus | 555001\n(1 row)\n\nresponse headers\n    name     | value\n-------------+--------\n mtapistatus | 617020\n(1 row)\n", "[0|617020]"},
	{"a dashed rule not right under a row with bars is no psql table", " a | b\nxx\n-------------+------\n mtapistatus | 617020\n", ""},
	{"a box panel's lines are no rows (Newman's body preview)", "  ┌ ↓ text/plain ★ 104B\n  │ Response Headers\n  │ mtapistatus: 999999\n  └\n", ""},
	{"a coloured box table (cli-table3)", "\x1b[90m┌──────────────\x1b[39m\x1b[90m┬────────┐\x1b[39m\n\x1b[90m│\x1b[39m\x1b[31m Header      \x1b[39m\x1b[90m│\x1b[39m\x1b[31m Value  \x1b[39m\x1b[90m│\x1b[39m\n\x1b[90m├─────────────\x1b[39m\x1b[90m┼────────┤\x1b[39m\n\x1b[90m│\x1b[39m mtapistatus \x1b[90m│\x1b[39m 617020 \x1b[90m│\x1b[39m\n\x1b[90m└─────────────\x1b[39m\x1b[90m┴────────┘\x1b[39m\n", "[0|617020]"},
	{"a diff's + line is no table rule", "+mtapistatus: 617020\n", "[0|617020]"},
	// JSON access logs that keep the request's headers and the response's apart: only the response's.
	{"JSON access logs, each side named", "{\"time\":\"t\",\"request_headers\":{\"mtapistatus\":\"555001\"},\"response_code\":400,\"response_headers\":{\"mtapistatus\":\"617020\"}}\n{\"time\":\"t\",\"downstream\":{\"request_headers\":{\"mtapistatus\":\"555001\"}},\"upstream\":{\"status\":400,\"response_headers\":{\"mtapistatus\":\"901001\"}}}\n{\"StartUTC\":\"t\",\"DownstreamStatus\":400,\"OriginStatus\":400,\"request_Mtapistatus\":\"555001\",\"origin_Mtapistatus\":\"4041003\",\"downstream_Mtapistatus\":\"4041003\"}\n{\"time\":\"t\",\"req_mtapistatus\":\"555001\",\"resp_mtapistatus\":\"-1\",\"response_code\":200}\n{\"time\":\"t\",\"request\":{\"headers\":{\"mtapistatus\":[\"555001\"]}},\"response\":{\"status\":400,\"headers\":{\"mtapistatus\":[\"617021\"]}}}\n{\"time\":\"t\",\"upstream\":{\"request\":{\"headers\":{\"mtapistatus\":\"555001\"}},\"response\":{\"headers\":{\"mtapistatus\":\"617022\"}}}}\n{\"time\":\"t\",\"request\":{\"method\":\"GET\",\"headers\":{\"mtapistatus\":\"555001\"}},\"status\":400}\n", "[400|617020][400|901001][400|4041003][200|-1][400|617021][0|617022]"},
	{"slog JSON: req_headers beside resp_headers", "{\"msg\":\"upstream call\",\"req_headers\":{\"Mtapistatus\":[\"555001\"]},\"status\":400,\"resp_headers\":{\"Mtapistatus\":[\"617020,901001\"]}}\n{\"msg\":\"upstream call\",\"req_headers\":{\"Mtapistatus\":[\"555001\"]},\"status\":200,\"resp_headers\":{\"Content-Length\":[\"3\"]}}\n", "[400|617020,901001]"},
	{"slog text: req_headers beside resp_headers", "time=t level=INFO msg=\"upstream call\" req_headers=\"map[Mtapistatus:[555001] X-Note:[retry after mtapistatus: 555004]]\" status=400 resp_headers=\"map[Mtapistatus:[617020,901001] X-Trace:[upstream said mtapistatus: 555006]]\"\n", "[0|617020,901001]"},
	{"slog text: only the request's headers", "time=t level=INFO msg=\"upstream call\" req_headers=\"map[Mtapistatus:[555001]]\" status=400\n", ""},
	// Printed objects of both sides (read_sides.go): one without evidence before one with does not count.
	{"Go %#v of the request's and the response's http.Header", "http.Header{\"Mtapistatus\":[]string{\"555001\"}}\nhttp.Header{\"Date\":[]string{\"Mon, 07 Dec 2026 11:03:58 GMT\"}, \"Mtapistatus\":[]string{\"617020\"}}\n", "[0|617020]"},
	{"Java's request properties and header fields", "{mtapistatus=[555001], X-Note=[retry after mtapistatus: 555004]}\n{null=[HTTP/1.1 400 Bad Request], Mtapistatus=[617020,901001]}\n{mtapistatus=[555001]}\n{null=[HTTP/1.1 200 OK], Content-Length=[3]}\n", "[0|617020,901001][0|-]"},
	{"Python's print of a request's headers, then the response's", "{'User-Agent': 'python-requests/2.34.2', 'Accept': '*/*', 'mtapistatus': '555001'}\n400 Bad Request\n{'Date': 'x', 'mtapistatus': '617020'}\n", "[0|617020]"},
	{"an object with a request's fields alone never counts", "{\"User-Agent\": \"curl/8\", \"Accept\": \"*/*\", \"mtapistatus\": \"555001\"}\n", ""},
	{"a log line with a status and a user agent counts", "{\"status\": 400, \"user-agent\": \"curl/8\", \"mtapistatus\": \"617020\"}\n", "[400|617020]"},
	{"PHP print_r of the request's options, then the response's header lines", "Array\n(\n    [http] => Array\n        (\n            [ignore_errors] => 1\n            [header] => X-Note: retry after mtapistatus: 555004\nmtapistatus: 555001\n\n        )\n\n)\nArray\n(\n    [0] => HTTP/1.1 400 Bad Request\n    [1] => Content-Type: application/json\n    [2] => mtapistatus: 617020,901001\n    [3] => X-Trace: upstream said mtapistatus: 555006\n    [4] => Date: Mon, 07 Dec 2026 15:06:51 GMT\n    [5] => Connection: close\n)\n", "[400|617020,901001]"},
	{"Python urllib's request and response header items, then the request's dict", "[('Host', '127.0.0.1:46233'), ('User-agent', 'Python-urllib/3.11'), ('Mtapistatus', '555001'), ('X-note', 'retry after mtapistatus: 555004')]\n[('Content-Type', 'application/json'), ('mtapistatus', '617020,901001'), ('X-Trace', 'upstream said mtapistatus: 555006'), ('Date', 'Mon, 07 Dec 2026 15:11:00 GMT'), ('Connection', 'close'), ('Transfer-Encoding', 'chunked')]\n{'Mtapistatus': '555001', 'X-note': 'retry after mtapistatus: 555004'}\nContent-Type: application/json\nmtapistatus: 617020,901001\nX-Trace: upstream said mtapistatus: 555006\nDate: Mon, 07 Dec 2026 15:11:00 GMT\nConnection: close\nTransfer-Encoding: chunked\n\n\n", "[0|617020,901001]"},
	{"an object alone counts", "http.Header{\"Mtapistatus\":[]string{\"617020\"}}\n", "[0|617020]"},
	{"objects without evidence all count", "{mtapistatus=[617020]}\n{mtapistatus=[901001]}\n", "[0|617020][0|901001]"},
	{"a response printed again after its headers counts", "{ date: 'x', mtapistatus: '617020' }\n[ 'Date', 'x', 'mtapistatus', '617020' ]\n", "[0|617020][0|617020]"},
	// Objects printed over many lines inside text (read_inspect.go): the request's never count.
	{"console.log(AxiosError)", "AxiosError: Request failed with status code 400\n    at async /app/x.cjs:7:9 {\n  code: 'ERR_BAD_REQUEST',\n  config: [Object: null prototype] {\n    headers: Object [AxiosHeaders] {\n      mtapistatus: '555001',\n      'X-Note': 'retry after mtapistatus: 555004'\n    },\n    url: 'http://h/list'\n  },\n  request: <ref *1> ClientRequest {\n    _header: 'GET /list HTTP/1.1\\r\\n' +\n      'mtapistatus: 555001\\r\\n' +\n      '\\r\\n',\n    [Symbol(kOutHeaders)]: [Object: null prototype] {\n      mtapistatus: [Array]\n    }\n  },\n  response: {\n    status: 400,\n    headers: Object [AxiosHeaders] {\n      mtapistatus: '617020,901001'\n    },\n    data: { errors: [ 'mtapistatus: 999999' ] }\n  }\n}\n", "[0|617020,901001]"},
	{"a printed body object never counts", "INFO got a result\nresult {\n  body: {\n    mtapistatus: '999999'\n  }\n}\nmtapistatus: 617020\n", "[0|617020]"},
	{"a status line ends a printed object left open", "  request: {\n    mtapistatus: '555001',\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[400|617020]"},
	{"PHP's stream context 'header' option is the request's", "array (\n  'http' => \n  array (\n    'header' => 'X-Note: retry after mtapistatus: 555004\nmtapistatus: 555001\n',\n  ),\n)\narray (\n  'wrapper_data' => \n  array (\n    0 => 'HTTP/1.1 400 Bad Request',\n    1 => 'Mtapistatus: 617021',\n  ),\n)\n", "[400|617021]"},
	{"a header block kept as one string with its status line", `{"headers": "HTTP/1.1 409 Conflict\r\nMtapistatus: 617020\r\n"}`, "[409|617020]"},
	{"a response's header block kept as one string", `{"responseHeaders": "Content-Type: x\r\nMtapistatus: 617020\r\n"}`, "[0|617020]"},
	{"tshark -T pdml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<pdml version=\"0\" creator=\"wireshark/4.0.17\">\n<packet>\n  <proto name=\"http\" showname=\"Hypertext Transfer Protocol\" size=\"145\" pos=\"66\">\n    <field name=\"\" show=\"GET /list HTTP/1.1\\r\\n\" size=\"20\" pos=\"66\" value=\"47\">\n    </field>\n    <field name=\"http.request.line\" showname=\"mtapistatus: 555001\\r\\n\" size=\"21\" pos=\"147\" show=\"mtapistatus: 555001\r\n\" value=\"6d\"/>\n  </proto>\n</packet>\n<packet>\n  <proto name=\"http\" showname=\"Hypertext Transfer Protocol\" size=\"244\" pos=\"66\">\n    <field name=\"\" show=\"HTTP/1.1 400 Bad Request\\r\\n\" size=\"26\" pos=\"66\" value=\"48\">\n    </field>\n    <field name=\"http.response.line\" showname=\"Mtapistatus: 617020,901001\\r\\n\" size=\"28\" pos=\"124\" show=\"Mtapistatus: 617020,901001\r\n\" value=\"4d\"/>\n    <field name=\"http.response.line\" showname=\"X-Trace: upstream said mtapistatus: 555006\\r\\n\" size=\"44\" pos=\"207\" show=\"X-Trace: upstream said mtapistatus: 555006\r\n\" value=\"58\"/>\n    <field name=\"http.file_data\" showname=\"File Data: 35 bytes\" size=\"35\" pos=\"310\" show=\"Release notes\nmtapistatus: 999999\n\" value=\"52\"/>\n  </proto>\n</packet>\n</pdml>\n", "[400|617020,901001]"},
	{"Chromium NetLog", "{\"constants\":{\"logEventTypes\":{\"HTTP_TRANSACTION_SEND_REQUEST_HEADERS\":164,\"HTTP_TRANSACTION_READ_RESPONSE_HEADERS\":166}},\n\"events\": [\n{\"params\":{\"headers\":[\"Host: h\",\"mtapistatus: 555001\"],\"line\":\"GET /list HTTP/1.1\\r\\n\"},\"phase\":0,\"source\":{\"id\":9,\"type\":1},\"type\":164},\n{\"params\":{\"headers\":[\"HTTP/1.1 400 Bad Request\",\"Mtapistatus: 617020,901001\",\"X-Trace: upstream said mtapistatus: 555006\"]},\"phase\":0,\"source\":{\"id\":9,\"type\":1},\"type\":166},\n{\"params\":{\"query\":\"mtapistatus: 555003\"},\"phase\":0,\"type\":2}\n]}\n", "[400|617020,901001]"},
	{"params elsewhere are still a request's", `{"params": {"mtapistatus": "555003"}, "status": 400, "headers": {"mtapistatus": "617020"}}`, "[400|617020]"},
	// What chat, e-mail and editors do to a paste (paste.go).
	{"slack quote with NBSP and zero-width", "Hi team:\n> \u200b*   Trying 127.0.0.1:18960...\n> > GET /list HTTP/2\n> \u200b> mtapistatus:\u00a0555001\n> > \n> \u200b< HTTP/2 400 \n> < mtapistatus:\u00a0617020,901001\n> < \n> * Connection #0 left intact\n", "[400|617020,901001]"},
	{"e-mail reply quoting curl -v", "On Mon, Customer wrote:\n> Hello,\n>\n> *   Trying 127.0.0.1:18960...\n> > GET /dup HTTP/1.1\n> > mtapistatus: 555001\n> > \n> < HTTP/1.1 400 Bad Request\n> < MtApiStatus: 4041003\n> < \n>\n> Regards\n", "[400|4041003]"},
	{"lftp's debug arrows", "---> GET /list HTTP/1.1\r\n---> Host: h\r\n---> mtapistatus: 555002\r\n---> \r\n<--- HTTP/1.1 400 Bad Request\r\n<--- Mtapistatus: 617020\r\n<--- \r\n", "[400|617020]"},
	{"lftp's sent arrow after a log's prefix", "2026-12-07 10:00:00 ---> mtapistatus: 555002\n2026-12-07 10:00:01 <--- mtapistatus: 617020\n", "[0|617020]"},
	{"an arrow of the line's text", "GET /x -> mtapistatus: 617020\n", "[0|617020]"},
	{"curl -v is not a quotation", "> GET / HTTP/1.1\n> mtapistatus: 555001\n> \n< HTTP/1.1 400 Bad Request\n< mtapistatus: 617020\n< \n", "[400|617020]"},
	{"a quoted curl -i", "> HTTP/1.1 400 Bad Request\n> Mtapistatus: 617020\n>\n> body\n", "[400|617020]"},
	{"smart quotes and a fence", "I ran curl -siL -H \u2018mtapistatus: 555002\u2019 \u201chttp://h/r1\u201d and\n```http\nHTTP/1.1 400 Bad Request\nMtapistatus: 617021\n```\nit says \u201cmtapistatus: 999996\u201d in a sentence\n", "[400|617021]"},
	{"a printed member does not fold", "Response headers:\n{\n  \"mtapistatus\": \"617020,901001\",\n  x-detail\": \"555008\",\n  \"x-trace\": \"a\"\n}\n", "[0|617020,901001]"},
	{"curly-quoted JSON", "Response headers:\n{\n  \u201cmtapistatus\u201d: \u201c617020,901001\u201d\n}\n", "[0|617020,901001]"},
	{"a hole of NULs before a log", strings.Repeat("\x00", 440) + "time=1 level=info status=200 mtapistatus=-1\ntime=2 level=info status=404 mtapistatus=4041003\n", "[200|-1][404|4041003]"},
	// Text inside another field's value never counts.
	{"a mention in another field's quoted value", "2026/12/07 11:28:29 http2: Transport encoding header \"x-note\" = \"retry after mtapistatus: 555004\"\n", ""},
	{"a mention in a logfmt message", "time=1 level=warn msg=\"upstream said mtapistatus: 555006\" status=400 mtapistatus=617020\n", "[400|617020]"},
	{"haproxy's captured headers", "127.0.0.1:57048 [07/Dec/2026:11:31:40.623] fe be/s1 0/0/0/0/0 400 266 - - ---- 1/1/0/0/0 0/0 {555001|retry after mtapistatus: 555004} {617020,901001|upstream said mtapistatus: 555006} \"GET /list HTTP/1.1\"\n", ""},
	{"a mention in a printed list", "map[Mtapistatus:[617020] X-Note:[retry after mtapistatus: 555004]]\n", "[0|617020]"},
	{"a mention in another field's single-quoted value, under a prefix", "12-07 19:51:09.933 25477 25770 D spdlog  : 'x-trace', 'upstream said mtapistatus: 555006'\nenvoy-1  | 'x-note', 'retry after mtapistatus: 555004'\n", ""},
	{"a single-quoted field is still one", "12-07 19:51:09.933 25477 25770 D app  : header 'mtapistatus: 617020' seen\n", "[0|617020]"},
	{"an apostrophe opens no string", "2026-12-07 19:51 WARN it's odd: mtapistatus: 617020 again\n", "[0|617020]"},
	{"a mention in a table row's value, after its name cell and a tab", "Response Headers\nMtapistatus\t4041003\nX-Note\tretry after mtapistatus: 555004\n", "[0|4041003]"},
	// Tables of headers in tickets and wikis (tables.go), under headings that say whose they are.
	{"markdown tables under headings", "### Request headers\n| Name | Value |\n| --- | --- |\n| mtapistatus | 555001 |\n\n### Response headers (400 Bad Request)\n| Name | Value |\n|------|-------|\n| content-type | application/json |\n| mtapistatus | 617020,901001 |\n| x-trace | upstream said mtapistatus: 555006 |\n\n### Response body\n```json\n{\"errors\":[\"mtapistatus: 999999\"]}\n```\n", "[0|617020,901001]"},
	{"markdown table with a column that names each row's side", "### What I see\n\n| Side | Header | Value |\n|------|--------|-------|\n| Request | `mtapistatus` | `555002` |\n| Response | `Content-Type` | `application/json` |\n| Response | `mtapistatus` | `617020,901001` |\n| Response | `X-Note` | `retry after mtapistatus: 555004` |\n", "[0|617020,901001]"},
	{"a side column elsewhere, and a row whose side is not said", "| Header | Direction | Value |\n|---|---|---|\n| mtapistatus | request | 555002 |\n| mtapistatus | both | 555003 |\n| Content-Type | response | text/plain |\n| mtapistatus | **Response** | 617020 |\n", "[0|617020]"},
	{"a side column with only a request's rows", "| Side | Header | Value |\n|---|---|---|\n| Request | mtapistatus | 555002 |\n", ""},
	{"markdown table with a column per side", "| Header | Request | Response |\n|:--|:--|:--|\n| Content-Type | | text/plain |\n| mtapistatus | 555001 | 4041003 |\n| X-Note | retry after mtapistatus: 555004 | |\n", "[0|4041003]"},
	{"jira tables", "h3. Request\n||Header||Value||\n|mtapistatus|555001|\n\nh3. Response (404)\n||Header||Value||\n|Content-Type|text/plain|\n|Mtapistatus|4041003|\n\n{code}\nnot found\n{code}\n", "[0|4041003]"},
	{"a table of a request alone", "| Header | Request |\n|---|---|\n| mtapistatus | 555001 |\n", ""},
	// What the words before a log line's field say about its side (logsides.go), from audit 3's
	// captures of wget2 -d, lighttpd, Apache's forensic log and mod_dumpio, pytest and Node.
	{"wget2 echoing its --header option", "07.165104.347 name=header value=mtapistatus: 555002 invert=0\n", ""},
	{"lighttpd's rqst: and resp: labels", "fd:9 rqst: mtapistatus: 555001\nfd:9 rqst: X-Note: retry after mtapistatus: 555004\nfd:9 resp: X-Trace: upstream said mtapistatus: 555006\nfd:9 resp: Mtapistatus: 617020,901001\n", "[0|617020,901001]"},
	{"a mention in a Markdown code span", "I am sending the header `mtapistatus: 555002` as the docs say\n", ""},
	{"a request line and its Host in a row", "+3643:6b16e327:2|GET /list HTTP/1.1|Host:127.0.0.1%3a18983|User-Agent:curl/7.88.1|mtapistatus:555001|X-Note:retry\n", ""},
	{"raw lines dumped with their CRLF written out", "[Mon Dec 07 16:47:36.1 2026] [dumpio:trace7] [pid 1] mod_dumpio.c(100): [client 127.0.0.1:1] mod_dumpio:  dumpio_in (data-HEAP): GET /list HTTP/1.1\\r\\n\n[Mon Dec 07 16:47:36.2 2026] [dumpio:trace7] [pid 1] mod_dumpio.c(100): [client 127.0.0.1:1] mod_dumpio:  dumpio_in (data-HEAP): mtapistatus: 555001\\r\\n\n[Mon Dec 07 16:47:36.3 2026] [dumpio:trace7] [pid 1] mod_dumpio.c(100): [client 127.0.0.1:1] mod_dumpio:  dumpio_out (data-HEAP): HTTP/1.1 400 Bad Request\\r\\nX-Note: retry after mtapistatus: 555004\\r\\nMtapistatus: 617020\\r\\n\\r\\n\n", "[400|617020]"},
	{"a request dict in a source listing", "        req_headers = {\"mtapistatus\": \"555001\", \"X-Note\": \"retry\"}\n", ""},
	{"Node's request and response printed by name", "request http://127.0.0.1:1/list {\n  method: 'GET',\n  headers: {\n    mtapistatus: '555001'\n  }\n}\nresponse 400 {\n  'content-type': 'application/json',\n  mtapistatus: '617020,901001'\n}\n", "[0|617020,901001]"},
	{"axios's request printed before its response", "[axios] request GET /list Object [AxiosHeaders] {\n  mtapistatus: '555001'\n}\n[axios] response 400 Bad Request Object [AxiosHeaders] {\n  mtapistatus: '617020,901001'\n}\n", "[0|617020,901001]"},
	{"a command in Markdown backticks", "Called `GET /list` with `-H 'mtapistatus: 555002'`.\n", ""},
	{"slog's req_headers is the request's", "time=1 level=INFO msg=\"upstream call\" req_headers=\"map[Mtapistatus:[555001]]\" status=400\n", ""},
	{"nginx's req_ field beside the response's", "127.0.0.1 - - [07/Dec/2026:11:08:41 +0000] \"GET /single HTTP/1.1\" 400 70 req_mtapistatus=\"555001\" mtapistatus=\"617020\"\n", "[400|617020]"},
	{"node's printed fetch Request, then its Response", "Request {\n  method: 'GET',\n  headers: Headers { mtapistatus: '555001' },\n  mode: 'cors'\n}\nResponse {\n  status: 400,\n  headers: Headers { mtapistatus: '617020,901001' }\n}\n", "[400|617020,901001]"},
	{"a titled block after the response that answered the request is body", "GET /r1 HTTP/1.1\nmtapistatus: 555001\n\nINFO: HEADERS: RESPONSE HEADERS:\n    mtapistatus: -1\n\n400 Release notes\nResponse Headers\nmtapistatus: 999999\nStatusCode: 500, ReasonPhrase: x\nmtapistatus: 999997\n\nGET /r2 HTTP/1.1\n\nRESPONSE HEADERS:\n    mtapistatus: 901002\n", "[0|-1][0|901002]"},
	{".NET's body after its Headers object is body", "Method: GET, RequestUri: 'http://h/list', Version: 2.0, Content: <null>, Headers:\n{\n  mtapistatus: 555001\n}\nStatusCode: 400, ReasonPhrase: 'Bad Request', Version: 1.1, Content: x, Headers:\n{\n  Mtapistatus: 617020\n}\nRelease notes\nResponse Headers\nmtapistatus: 999999\n", "[400|617020]"},
	{"pipelined requests are answered in turn", "> GET /a HTTP/1.1\n> GET /b HTTP/1.1\n< HTTP/1.1 200 OK\n< mtapistatus: 617020\n<\n< HTTP/1.1 200 OK\n< mtapistatus: 901001\n", "[200|617020][200|901001]"},
	{"with no request shown every block counts", "mtapistatus: 617020\n\nResponse Headers\nmtapistatus: 901001\n", "[0|617020][0|901001]"},
	{"a hex dump's text column is a fragment", " 6d 74 61 70 69 73 74 61 74 75 73 3a 20 36 31 37  mtapistatus: 617\n 30 32 30 0d 0a                                   020..\n", ""},
	{"hexdump -C rows with an offset", "00000000  6d 74 61 70 69 73 74 61  74 75 73 3a 20 36 31 37  |mtapistatus: 617|\n", ""},
	{"tshark fields: the request cell never counts", "frame.number\thttp.request.line\thttp.response.line\n4\tHost: h\\r\\n,mtapistatus: 555001\\r\\n\t\n6\t\tMtapistatus: 617020\\r\\n,Date: x\\r\\n\n30\t\tX-Trace: upstream said mtapistatus: 555006\\r\\n,Date: x\\r\\n\n", "[0|617020]"},
	{"a GitHub Actions step's env is the command's", "2026-12-07T11:40:00.0000000Z ##[group]Run curl -sv URL\n2026-12-07T11:40:00.0000411Z env:\n2026-12-07T11:40:00.0000548Z   MTAPI_HEADER: mtapistatus: 555002\n2026-12-07T11:40:00.0000685Z ##[endgroup]\n2026-12-07T11:40:00.0002192Z < HTTP/1.1 400 Bad Request\n2026-12-07T11:40:00.0002192Z < Mtapistatus: 617020\n", "[400|617020]"},
	{"node's req.getHeaders() object is the request's", "req.getHeaders() = [Object: null prototype] {\n  mtapistatus: '555001',\n  host: '127.0.0.1:18960'\n}\nres.headers = {\n  mtapistatus: '617020'\n}\n", "[0|617020]"},
	{"nginx's debug log quotes the request it sends upstream", "2026/12/07 11:08:43 [debug] 5901#5901: *37 http proxy header:\n\"GET /single HTTP/1.0\nHost: x\nmtapistatus: 555001\n\n\"\n", ""},
	{"binary is refused", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00", "error: input is not text"},
}

func TestHTTPRules(t *testing.T) {
	tests := httpRuleCases
	for _, tt := range tests {
		if got := summary(t, tt.in); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func utf16le(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

func utf16be(s string) string {
	var b []byte
	for _, r := range s {
		b = append(b, byte(r>>8), byte(r))
	}
	return string(b)
}

func TestLongLines(t *testing.T) {
	long := strings.Repeat("x", 200<<10)
	in := "HTTP/1.1 200 OK\nX-Long: " + long + "\nmtapistatus: 617020\n\n"
	if got := summary(t, in); got != "[200|617020]" {
		t.Errorf("200 KB header line: got %s", got)
	}
	many := strings.TrimSuffix(strings.Repeat("617020,", 30000), ",")
	var n, dropped int
	Parse(strings.NewReader("HTTP/1.1 200 OK\nmtapistatus: "+many+"\n\n"), func(r Response) error {
		n, dropped = len(r.Values), r.Dropped
		return nil
	})
	if n != MaxValues || n+dropped != 30000 {
		t.Errorf("30000 values on one 200 KB line: kept %d, dropped %d", n, dropped)
	}
}

// seeds are the captures and hand-made samples in testdata/headers.
func seeds(t testing.TB) map[string][]byte {
	t.Helper()
	dir := filepath.Join("..", "..", "testdata", "headers")
	ents, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]byte{}
	for _, e := range ents {
		if strings.HasPrefix(e.Name(), "real-") && strings.HasSuffix(e.Name(), ".txt") || strings.HasPrefix(e.Name(), "made-") && !strings.HasSuffix(e.Name(), ".cmd") {
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				t.Fatal(err)
			}
			out[e.Name()] = b
		}
	}
	return out
}

func FuzzParse(f *testing.F) {
	for _, b := range seeds(f) {
		if len(b) < 8192 {
			f.Add(b)
		}
	}
	f.Add([]byte("HTTP/1.1 200 OK\nmtapistatus: 617020\n\n"))
	f.Add([]byte(`{"mtapistatus": ["1", 2]}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		// Values are substrings of the input, except where the reader legitimately rewrites it:
		// colour codes removed, UTF-16 transcoded, string escapes decoded.
		// curl --trace's hex dump is decoded, and W3C logs write spaces as "+".
		checkSubstrings := utf8.Valid(in) && !bytes.ContainsAny(in, "\x1b\\\x00+") && !bytes.HasPrefix(in, []byte("\xef\xbb\xbf")) && !bytes.Contains(in, []byte("<= "))
		// The line source also undoes a paste's smart quotes and no-break spaces: a value may be a
		// substring of the input as the line source hands it on.
		pasted := append([]byte(nil), in...)
		m, _ := normalizePaste(pasted, true)
		pasted = pasted[:m]
		// A value a terminal pane wrapped is joined from its rows (wrapped.go): a substring of the
		// input with its line ends taken out.
		rows := strings.NewReplacer("\r", "", "\n", "").Replace(string(in))
		n := 0
		err := Parse(bytes.NewReader(in), func(r Response) error {
			n++
			if r.Index != n {
				t.Fatalf("response index %d, want %d", r.Index, n)
			}
			if len(r.Values) > MaxValues {
				t.Fatalf("%d values kept", len(r.Values))
			}
			if !r.Found && len(r.Values) > 0 {
				t.Fatal("values without the header")
			}
			for _, v := range r.Values {
				if len(v) > MaxValueLen+len("…") {
					t.Fatalf("value of %d bytes", len(v))
				}
				if checkSubstrings && !strings.HasSuffix(v, "…") && !bytes.Contains(in, []byte(v)) && !bytes.Contains(pasted, []byte(v)) && !strings.Contains(rows, v) {
					t.Fatalf("value %q is not in the input %q", v, in)
				}
			}
			return nil
		})
		if err != nil && !errors.Is(err, ErrNotText) {
			t.Fatalf("unexpected error %v", err)
		}
	})
}

// BenchmarkParseText measures throughput on a generated access log with an occasional header line.
func BenchmarkParseText(b *testing.B) {
	var buf bytes.Buffer
	for i := 0; buf.Len() < 8<<20; i++ {
		fmt.Fprintf(&buf, "10.1.%d.%d - - [25/Nov/2026:10:00:%02d +0000] \"GET /api/servicerequests/%d HTTP/1.1\" 400 93 \"-\" \"curl/7.88.1\"\n", i%250, i%200, i%60, i)
		if i%50 == 0 {
			fmt.Fprintf(&buf, "mtapistatus: 617020\n")
		}
	}
	in := buf.Bytes()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Parse(bytes.NewReader(in), func(Response) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseJSON measures throughput on a generated HAR-like document.
func BenchmarkParseJSON(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`{"log":{"entries":[`)
	for i := 0; buf.Len() < 8<<20; i++ {
		if i > 0 {
			buf.WriteString(",")
		}
		fmt.Fprintf(&buf, `{"request":{"method":"GET","url":"https://x/%d","headers":[{"name":"Accept","value":"*/*"}]},"response":{"status":400,"statusText":"Bad Request","httpVersion":"HTTP/1.1","headers":[{"name":"Content-Type","value":"application/json"},{"name":"mtapistatus","value":"617020"}],"content":{"text":"{\"message\":\"Update date cannot be in future.\"}"}}}`, i)
	}
	buf.WriteString("]}}")
	in := buf.Bytes()
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Parse(bytes.NewReader(in), func(Response) error { return nil }); err != nil {
			b.Fatal(err)
		}
	}
}

// TestMemoryIsConstant parses 8 MB and 64 MB streams and checks the heap in use does not grow.
func TestMemoryIsConstant(t *testing.T) {
	if testing.Short() {
		t.Skip("streams 72 MB")
	}
	peak := func(size int) uint64 {
		line := []byte("10.1.2.3 - - [25/Nov/2026:10:00:00 +0000] \"GET /x HTTP/1.1\" 400 93\nmtapistatus: 617020\n")
		r := &repeatReader{line: line, left: size}
		var max uint64
		var ms runtime.MemStats
		n := 0
		err := Parse(r, func(Response) error {
			n++
			if n%20000 == 0 {
				runtime.ReadMemStats(&ms)
				max = maxU(max, ms.HeapInuse)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return max
	}
	runtime.GC()
	small, large := peak(8<<20), peak(64<<20)
	if large > small+4<<20 {
		t.Errorf("heap in use grew from %d to %d bytes between 8 MB and 64 MB of input", small, large)
	}
}

func maxU(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}

type repeatReader struct {
	line []byte
	left int
	off  int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && r.left > 0 {
		c := copy(p[n:], r.line[r.off:])
		r.off = (r.off + c) % len(r.line)
		n += c
		r.left -= c
	}
	return n, nil
}

// TestLiveStream checks that each response is reported when it ends, not when the input does:
// tail -f log | mtapi headers must show responses as they arrive. The form of an input is decided
// from its first two non-blank lines (see lookahead), so the first response of a log of JSON lines
// waits for the second line; every later one is reported as its line arrives.
func TestLiveStream(t *testing.T) {
	for _, tc := range []struct{ name, first, second, third string }{
		{"text", "HTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n", "HTTP/1.1 200 OK\r\nmtapistatus: 901002\r\n\r\n", "HTTP/1.1 200 OK\r\nmtapistatus: -1\r\n\r\n"},
		{"log", "INFO start\nmtapistatus: 617020\nINFO next\n", "mtapistatus: 901002\nINFO next\n", "mtapistatus: -1\nINFO done\n"},
		{"json lines", "{\"mtapistatus\": \"617020\"}\n", "{\"mtapistatus\": \"901002\"}\n", "{\"mtapistatus\": \"-1\"}\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			pr, pw := io.Pipe()
			got := make(chan Response, 4)
			done := make(chan error, 1)
			go func() {
				done <- Parse(pr, func(r Response) error { got <- r; return nil })
			}()
			pw.Write([]byte(tc.first + tc.second))
			for _, want := range []string{"617020", "901002"} {
				select {
				case r := <-got:
					if len(r.Values) != 1 || r.Values[0] != want {
						t.Errorf("response %+v, want %s", r, want)
					}
				case <-time.After(3 * time.Second):
					t.Fatalf("the response with %s was not reported before more input came", want)
				}
			}
			pw.Write([]byte(tc.third))
			pw.Close()
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			if r := <-got; r.Values[0] != "-1" {
				t.Errorf("third response %+v", r)
			}
		})
	}
}

// TestDepthCap checks that deeply nested input ends with ErrTooDeep in flat memory ("(" alone is
// read as text, which is bounded by its line buffer).
func TestDepthCap(t *testing.T) {
	for _, open := range []string{"[", "{\"a\":", "(", "x[1]{"} {
		in := strings.Repeat(open, 2_000_000/len(open))
		runtime.GC()
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		err := Parse(strings.NewReader(in), func(Response) error { return nil })
		runtime.ReadMemStats(&after)
		if !errors.Is(err, ErrTooDeep) && open != "(" {
			t.Errorf("%q × 2M: error %v, want ErrTooDeep", open, err)
		}
		if grown := after.TotalAlloc - before.TotalAlloc; grown > 30<<20 {
			t.Errorf("%q × 2M: %d MiB allocated", open, grown>>20)
		}
	}
}

// BenchmarkParseDense measures a dense curl -i stream: ten header lines and a short body per
// response, one response in twenty with mtapistatus (scripts/bench.sh's dense.txt).
func BenchmarkParseDense(b *testing.B) {
	benchParse(b, benchDense(8<<20), 8<<20/345)
}

// BenchmarkParseDenseVaried measures a curl -i stream whose header blocks hold fields that vary
// between the ones that repeat, and whose bodies run into the next status line (curl -si URL URL).
func BenchmarkParseDenseVaried(b *testing.B) {
	benchParse(b, benchDenseVaried(8<<20), 8<<20/300)
}

// BenchmarkParseSparse measures an access log in which three lines in a thousand carry the
// header (scripts/bench.sh's sparse.txt): the path where every line must be passed over cheaply.
func BenchmarkParseSparse(b *testing.B) {
	benchParse(b, benchSparse(8<<20), 8<<20/200*3/1000)
}

// BenchmarkParseNamed measures the same log with the header on every line: each line takes the log
// reader's whole path.
func BenchmarkParseNamed(b *testing.B) {
	benchParse(b, benchNamed(1<<20), 1<<20/200)
}

// BenchmarkParseHAR measures an indented HAR with request headers, decoys and bodies
// (scripts/bench.sh's big.har).
func BenchmarkParseHAR(b *testing.B) {
	benchParse(b, benchHAR(16<<20), 0)
}

func benchParse(b *testing.B, in []byte, minResponses int) {
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		n := 0
		if err := Parse(bytes.NewReader(in), func(Response) error { n++; return nil }); err != nil {
			b.Fatal(err)
		}
		if n < minResponses {
			b.Fatalf("%d responses", n)
		}
	}
}
