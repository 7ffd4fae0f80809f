package headers

import "testing"

// wrappedCases are rows a terminal pane wrapped (tmux capture-pane -p without -J, screen's
// hardcopy): a marked row's rest on an unmarked row, a command line's rest on the rows after it.
var wrappedCases = []parseCase{
	// A command's output is no rest of the command, shorter than its row as it is.
	{"a log line grep printed after the command", "$ docker logs api 2>&1 | grep -m1 mtapistatus\nINFO done mtapistatus=617020\n$ \n", "[0|617020]"},
	{"a JSON line kubectl printed after the command", "$ kubectl logs deploy/api --tail=1 | grep mtapistatus\n{\"level\":\"info\",\"mtapistatus\":\"617020\"}\n", "[0|617020]"},
	{"a timestamped line after a host's prompt", "dev@box:~$ journalctl -u api -n1 | grep mtapistatus\n2026-12-07T10:00:00Z api done mtapistatus=617020\n", "[0|617020]"},
	{"a value cut at the pane's width is joined with its rest",
		"< HTTP/1.1 400 Bad Reque\nst\n< Content-Type: json\n< Mtapistatus: 617020,90\n1001\n< Date: Mon\n<\n", "[400|617020,901001]"},
	{"a value cut over three rows",
		"< HTTP/1.1 400 Bad R\nequest\n< Mtapistatus: 61702\n0,901001,617021,9010\n02\n<\n", "[400|617020,901001,617021,901002]"},
	{"a value cut at a comma",
		"< HTTP/1.1 400 Bad Req\nuest\n< Content-Type: json\n< Mtapistatus: 617020,\n901001\n<\n", "[400|617020,901001]"},
	{"after a log prefix (curl --trace-time)",
		"21:33:37.891431 < HTTP/1.1 400 Bad Reque\nst\n21:33:37.891732 < Mtapistatus: 617020,90\n1001\n21:33:37.892202 <\n", "[400|617020,901001]"},
	{"a value that ends at the width, the next row marked",
		"< HTTP/1.1 400 Bad Request\n< Mtapistatus: 617020,901001\n< Date: Mon\n<\n", "[400|617020,901001]"},
	{"a row shorter than the pane is not cut: an unmarked row after it is no part of it",
		"< HTTP/1.1 400 Bad Request\n< Content-Type: application/json; charset=utf-8\n< Mtapistatus: 617020\n1001\n<\n", "[400|617020]"},
	{"a cut number whose rest no value holds is left out",
		"< HTTP/1.1 400 Bad Reque\nst\n< Mtapistatus: 617020,90\n1001 x-trace\n<\n", "[400|617020]"},
	{"an unmarked row in a marked block is never a field of its own",
		"< HTTP/1.1 400 Bad Request\n< X-Trace: upstream said\nmtapistatus: 555006\n< Mtapistatus: 617020\n<\n", "[400|617020]"},
	{"a field before a quote that closes a string begun on the row above",
		"$ curl -sv -H 'mtapistatus: 555002' -H 'X-No\nte: retry after mtapistatus: 555004' http://\n127.0.0.1:21980/list\n", ""},
	{"the same in double quotes",
		"$ curl -sv -H \"X-No\nte: retry after mtapistatus: 555004\" http://h/list\n", ""},
	{"a prompt's row that fills the pane goes on in the next row (HTTPie's request item)",
		"$ http --follow --all -p Hh http://127.0\n.0.0.1:21980/r1 mtapistatus:555002\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[400|617020]"},
	{"a command line over three rows",
		"user@host:~$ curl -sv -H 'X-Trace: upstre\nam said mtapistatus: 555006' -H 'X-Note:\n retry mtapistatus: 555004' http://h/list\n", ""},
	{"a REPL's prompt",
		">>> r = requests.get('http://127.0.0.1:21980/l\nist', headers={'mtapistatus': '555002'})\n", ""},
	{"a header line after a prompt is a line of its own",
		"$ cat /var/log/app/headers-dump.txt\nmtapistatus: 617020\n", "[0|617020]"},
	{"a row longer than the prompt's is a line of its own",
		"$ tail -1 /var/log/app/a.log\nGET /list 400 mtapistatus=617020 took=12ms user=alice\n", "[0|617020]"},
	{"a status line after a prompt is a line of its own",
		"$ curl -si http://127.0.0.1:21980/list\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "[400|617020]"},
	{"a REPL's command that shows the request: its output is the request's",
		"jshell> req.headers()\n$5 ==> java.net.http.HttpHeaders@6921a459 { {mtapistatus=[555002]} }\n\njshell> res.headers()\n$6 ==> java.net.http.HttpHeaders@6921a459 { {mtapistatus=[617020]} }\n", "[0|617020]"},
	{"Python's r.request.headers", ">>> r.request.headers\n{'User-Agent': 'python-requests/2.31.0', 'mtapistatus': '555002'}\n", ""},
	{"Python's r.headers", ">>> r.headers\n{'Content-Type': 'application/json', 'mtapistatus': '617020'}\n", "[0|617020]"},
	{"jshell's value shown after a long command is no rest of it",
		"jshell> var res = c.send(req, BodyHandlers.ofString())\nres ==> (GET http://h/list) 400 mtapistatus: 617020\n", "[0|617020]"},
	{"after a command seen to wrap, rows of the pane's width are joined",
		"jshell> var req = HttpRequest.newBuilder\n(URI.create(\"http://h/list\")).header(\"mt\napistatus\", \"555002\").build()\n\njshell> res.headers()\n" +
			"$4 ==> HttpHeaders@b524ff3c { {access-co\nntrol-expose-headers=[mtapistatus, x-not\ne], mtapistatus=[617020,901001], x-note=\n[retry after mtapistatus: 555004]} }\n", "[0|617020,901001]"},
	{"wget -S: a less indented row after an indented row of the pane's width is its rest",
		"HTTP request sent, awaiting response...\n  HTTP/1.1 400 Bad Request\n  Access-Control-Expose-Headers: mtapistatus, x-no\nte, x-trace, mtapistatus-detail\n  Mtapistatus: 617021\n  Content-Length: 104\n2026-12-07 21:33:13 ERROR 400: Bad Request.\n", "[400|617021]"},
	{"wget -S: an mtapistatus value cut at the width",
		"HTTP request sent, awaiting response...\n  HTTP/1.1 400 Bad Request\n  Content-Type: text/plain\n  Mtapistatus: 617020,9010\n01\n  Content-Length: 104\n", "[400|617020,901001]"},
	{"wget -S: a shorter row's next, less indented, ends the block",
		"HTTP request sent, awaiting response...\n  HTTP/1.1 302 Found\n  Content-Type: text/html; charset=utf-8\n  Mtapistatus: -1\nmtapistatus: 555002\n", "[302|-1]"},
	{"an apostrophe inside a word closes nothing",
		"app: mtapistatus=617020 for the user's call\n", "[0|617020]"},
}

func TestWrappedRows(t *testing.T) {
	for _, tt := range wrappedCases {
		if got := summary(t, tt.in); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}
