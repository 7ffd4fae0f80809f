package headers

import "testing"

// Source labels as log prefixes (prefix.go): a bracketed source, a NAME= field, a padded service
// column, each with or without a timestamp after it, learned where consecutive lines share the
// label and carry HTTP text after it.
func TestPrefixLabels(t *testing.T) {
	checkCases(t, []parseCase{
		{"kubectl logs --prefix --timestamps: the request's fields and another field's value never count",
			"[pod/a/c] 2026-12-07T10:00:00.1Z * Trying\n" +
				"[pod/a/c] 2026-12-07T10:00:00.12Z > GET /x HTTP/1.1\n" +
				"[pod/a/c] 2026-12-07T10:00:00.123Z > mtapistatus: 555001\n" +
				"[pod/a/c] 2026-12-07T10:00:00.1Z >\n" +
				"[pod/a/c] 2026-12-07T10:00:00.1Z < HTTP/1.1 400 Bad Request\n" +
				"[pod/b/c] 2026-12-07T10:00:00.1Z GET /y 200\n" +
				"[pod/a/c] 2026-12-07T10:00:00.1Z < X-Note: retry after mtapistatus: 555004\n" +
				"[pod/a/c] 2026-12-07T10:00:00.1Z < mtapistatus: 617020\n" +
				"[pod/a/c] 2026-12-07T10:00:00.1Z <\n" +
				"[pod/a/c] 2026-12-07T10:00:00.1Z {\"e\":\"mtapistatus: 999999\"}\n",
			"[400|617020]"},
		{"docker compose logs: another service's line counts as it stands, between the dump's blocks",
			"probe-1  | * Trying\n" +
				"api-1    | GET /x 400 mtapistatus=617020\n" +
				"probe-1  | > GET /x HTTP/1.1\n" +
				"probe-1  | > mtapistatus: 555001\n" +
				"probe-1  | >\n" +
				"probe-1  | < HTTP/1.1 400 Bad Request\n" +
				"api-1    | GET /y 200 mtapistatus=-1\n" +
				"probe-1  | < mtapistatus: 617020\n" +
				"probe-1  | <\n" +
				"probe-1  | mtapistatus: 999999\n",
			"[0|617020][400|617020]"},
		{"journalctl -o export: a record's other fields and the blank line between records stand aside",
			"__CURSOR=s=1\nMESSAGE=* Trying\n\n__CURSOR=s=2\nMESSAGE=> GET /x HTTP/1.1\n\n" +
				"__CURSOR=s=3\nMESSAGE=> mtapistatus: 555001\n\n__CURSOR=s=4\nMESSAGE=< HTTP/1.1 400 Bad Request\n\n" +
				"__CURSOR=s=5\nMESSAGE=< mtapistatus: 617020\n\n__CURSOR=s=6\nMESSAGE=< \n\n" +
				"__CURSOR=s=7\nMESSAGE=mtapistatus: 999999\n",
			"[400|617020]"},
		{"the anchor on the first line: the next line's label confirms it, and the anchor is read again",
			"[one] > GET / HTTP/1.1\n[one] > mtapistatus: 555001\n[one] >\n[one] < HTTP/1.1 400 Bad\n[one] < mtapistatus: 617020\n[one] <\n[one] mtapistatus: 999999\n",
			"[400|617020]"},
		{"a status line first: its body stays a body",
			"probe-1  | < HTTP/1.1 400 Bad Request\nprobe-1  | < mtapistatus: 617020\nprobe-1  | <\nprobe-1  | mtapistatus: 999999\n",
			"[400|617020]"},
		{"a log whose lines carry no HTTP text stays a log: its whole fields count",
			"api-1    | 2026/12/07 10:00:00 GET /x 400 mtapistatus=617020\napi-1    | 2026/12/07 10:00:01 GET /y 200 mtapistatus=-1\n",
			"[0|617020][0|-1]"},
		{"environment-style fields without HTTP text stay as they are",
			"PATH=/usr/bin\nMESSAGE=hello\nMESSAGE=mtapistatus=617020\n",
			"[0|617020]"},
		{"a Markdown table row starts with its bar: not a source column",
			"| source | line |\n|---|---|\n| probe | > GET /x HTTP/1.1 |\n| probe | > mtapistatus: 555001 |\n",
			""},
		{"an anchor whose label no other line shares is not a prefix",
			"[1] HTTP/1.1 400 Bad Request\n[2] mtapistatus: 555001\n",
			"[0|555001]"},
	})
}

func TestLabelLen(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"[pod/a-1/c] x", 12},
		{"[pod/api-7d9c/app] > GET / HTTP/1.1", 19},
		{"[pod/nginx-ingress-controller-5d/controller] x", 45},
		{"[main] x", 7},
		{"[pod a] x", 0},
		{"[] x", 0},
		{"[pod]x", 0},
		{"MESSAGE=> GET", 8},
		{"_PID=1", 5},
		{"Message=x", 0},
		{"9A=x", 0},
		{"probe-1  | > GET", 11},
		{"api-1  | > GET / HTTP/1.1", 9},
		{"web_1  | x", 9},
		{"db | x", 5},
		{"api-1 |x", 0},
		{"api-1| x", 0},
		{"the a | b table", 0},
		{"probe-1  |\n", 10},
		{"probe-1 |x", 0},
		{"probe-1| x", 0},
		{"| a | b |", 0},
		{"curl -v x | grep", 0},
		{"Content-Type: x", 0},
	} {
		if got := labelLen([]byte(c.in)); got != c.want {
			t.Errorf("labelLen(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

// Apache HttpClient's wire log behind a logger's prefix that runs into its marks, as SoapUI's http
// log writes it ("<date>:DEBUG:>> \"...[\r][\n]\""); a wire line read as it stands counts only
// where its "<< " says it was received, and never with its escapes.
func TestWireLogPrefix(t *testing.T) {
	const d = "Mon Dec 07 21:40:01 CET 2026:DEBUG:"
	checkCases(t, []parseCase{
		{"SoapUI's http log",
			d + `>> "GET http://h/list HTTP/1.1[\r][\n]"` + "\n" + d + `>> "mtapistatus: 555002[\r][\n]"` + "\n" + d + `>> "[\r][\n]"` + "\n" +
				d + `<< "HTTP/1.1 400 Bad Request[\r][\n]"` + "\n" + d + `<< "Mtapistatus: 617020,901001[\r][\n]"` + "\n" +
				d + `<< "X-Note: retry after mtapistatus: 555004[\r][\n]"` + "\n" + d + `<< "Content-Length: 9[\r][\n]"` + "\n" + d + `<< "[\r][\n]"` + "\n" +
				d + `<< "{\"mtapistatus\": 999999}"` + "\n",
			"[400|617020,901001]"},
		{"a zone with its offset", "Tue Dec 08 00:00:01 GMT+01:00 2026:DEBUG:<< \"HTTP/1.1 400 Bad Request[\\r][\\n]\"\nTue Dec 08 00:00:01 GMT+01:00 2026:DEBUG:<< \"Mtapistatus: 617020[\\r][\\n]\"\n", "[400|617020]"},
		{"a line sent, read as it stands", `x >> "mtapistatus: 555002[\r][\n]"` + "\n", ""},
		{"a line received, read as it stands", `x << "mtapistatus: 617020[\r][\n]"` + "\n", "[0|617020]"},
		{"a wire line with no mark", `x "mtapistatus: 555002[\r][\n]"` + "\n", ""},
		{"a header line with its line end written out", `mtapistatus: 617020[\r][\n]` + "\n", "[0|617020]"},
		{"Java's date before a log field", "Mon Dec 07 21:40:01 CET 2026 mtapistatus=617020\n", "[0|617020]"},
	})
}
