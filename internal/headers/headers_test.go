package headers

import (
	"fmt"
	"strings"
	"testing"
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

func TestParse(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"curl -i", "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nmtapistatus: 617020\r\n\r\n{\"mtapistatus\": \"1\"}\r\n", "[400|617020]"},
		{"curl -I HTTP/2", "HTTP/2 200 \r\nmtapistatus: -1\r\nserver: x\r\n\r\n", "[200|-1]"},
		{"HTTP/3", "HTTP/3 404\nMtApiStatus: 4041001\n\n", "[404|4041001]"},
		{"HTTP/1.0 no reason", "HTTP/1.0 500\nmtapistatus: 901000\n", "[500|901000]"},
		{"comma list", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020, 901002 ,-1\n\n", "[400|617020,901002,-1]"},
		{"two header lines", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020\nmtapistatus: 901002\n\n", "[400|617020,901002]"},
		{"continuation line", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020,\n 901002\nx: y\n\n", "[400|617020,901002]"},
		{"empty element", "HTTP/1.1 400 Bad Request\nmtapistatus: 617020,,901002\n\n", "[400|617020,,901002]"},
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
		{"aiohttp", `<CIMultiDictProxy('Content-Type': 'text/plain', 'mtapistatus': '617020')>`, "[0|617020]"},
		{"json trailing garbage", `{"mtapistatus": "617020"} trailing } ] garbage`, "[0|617020]"},
		{"truncated json", `{"mtapistatus": "617020", "x": [`, "[0|617020]"},
		{"log starting with bracket", "[2026-11-25 10:00:00] INFO start\nmtapistatus: 617020\n", "[0|617020]"},
		{"utf16le bom", utf16le("\ufeffHTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n\r\n"), "[400|617020]"},
		{"utf16be bom", utf16be("\ufeffmtapistatus: 617020\r\n"), "[0|617020]"},
		{"binary", "\x00\x01\x02\x03\x04\x05garbage\x00\x00\x07", "error: input is not text"},
		{"osc in value", "HTTP/1.1 200 OK\nmtapistatus: 6170\x1b]0;evil\x0720\n\n", "[200|617020]"},
	}
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
