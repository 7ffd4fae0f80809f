package headers

// The inputs of the headers benchmarks, generated in Go in the same shapes as the files
// scripts/bench.sh writes with awk and Python, so that `go test -bench` measures what the
// whole-process comparison with grep measures. Only tests use them, so they live in a test file.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

// benchDense is a curl -i stream of about size bytes: responses with short JSON bodies, one in twenty
// carrying mtapistatus (scripts/bench.sh's dense.txt).
func benchDense(size int) []byte {
	var b bytes.Buffer
	for n := 1; b.Len() < size; n++ {
		body := fmt.Sprintf(`{"id":%d,"status":"ok","items":[{"name":"service request %d","state":"open"}]}`, n, n)
		code, reason := 200, "OK"
		if n%20 == 0 {
			code, reason = 400, "Bad Request"
		}
		fmt.Fprintf(&b, "HTTP/1.1 %d %s\r\nCache-Control: no-cache\r\nPragma: no-cache\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: %d\r\nExpires: -1\r\nServer: Microsoft-IIS/10.0\r\nX-AspNet-Version: 4.0.30319\r\nX-Powered-By: ASP.NET\r\nDate: Wed, 25 Nov 2026 10:%02d:%02d GMT\r\n", code, reason, len(body), (n/60)%60, n%60)
		if n%20 == 0 {
			b.WriteString("mtapistatus: 617020\r\n")
		}
		b.WriteString("\r\n" + body + "\n")
	}
	return b.Bytes()
}

// benchDenseVaried is a curl -i stream whose header blocks start with a field that varies (Date),
// hold another in the middle (X-Request-Id) and now and then one more (Set-Cookie, every seventh),
// and one in twenty mtapistatus: the runs of fields pass remembers (passmemo.go) begin and end at
// other places than in benchDense.
func benchDenseVaried(size int) []byte {
	var b bytes.Buffer
	for n := 1; b.Len() < size; n++ {
		body := fmt.Sprintf(`{"id":%d,"status":"ok"}`, n)
		fmt.Fprintf(&b, "HTTP/1.1 200 OK\r\nDate: Wed, 25 Nov 2026 10:%02d:%02d GMT\r\nServer: nginx\r\nContent-Type: application/json\r\nX-Request-Id: %08x\r\nVary: Accept-Encoding\r\n", (n/60)%60, n%60, n*2654435761)
		if n%7 == 0 {
			fmt.Fprintf(&b, "Set-Cookie: s=%d; Path=/\r\n", n)
		}
		if n%20 == 0 {
			b.WriteString("Mtapistatus: 617020\r\n")
		}
		fmt.Fprintf(&b, "Content-Length: %d\r\nConnection: keep-alive\r\n\r\n%s", len(body), body)
	}
	return b.Bytes()
}

// benchSparse is an access log of about size bytes in which three lines in a thousand mention
// mtapistatus (a key=value field, as nginx logs $sent_http_mtapistatus) and the others are ordinary
// requests (scripts/bench.sh's sparse.txt).
func benchSparse(size int) []byte { return benchAccessLog(size, false) }

// benchNamed is the same log with the field on every line: the log reader's whole path, a line at
// a time (BenchmarkParseNamed).
func benchNamed(size int) []byte { return benchAccessLog(size, true) }

// benchAccessLog is a combined-format access log in which three lines in a thousand, or all of them,
// carry the header as a key=value field.
func benchAccessLog(size int, all bool) []byte {
	var b bytes.Buffer
	for n := 1; b.Len() < size; n++ {
		code := 200
		if n%7 == 0 {
			code = 404
		}
		fmt.Fprintf(&b, "10.1.%d.%d - - [25/Nov/2026:10:%02d:%02d +0000] \"GET /api/servicerequests/%d?page=%d HTTP/1.1\" %d %d \"-\" \"Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36\"", n%250, n%200, (n/60)%60, n%60, n, n%9, code, 100+n%900)
		if all || n%1000 == 0 || n%1000 == 333 || n%1000 == 666 {
			b.WriteString(" mtapistatus=617020")
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}

type nv struct {
	Name  string `json:"name"`
	Value string `json:"value"`
}

type harRequest struct {
	Method      string `json:"method"`
	URL         string `json:"url"`
	HTTPVersion string `json:"httpVersion"`
	Headers     []nv   `json:"headers"`
	QueryString []nv   `json:"queryString"`
	Cookies     []nv   `json:"cookies"`
	HeadersSize int    `json:"headersSize"`
	BodySize    int    `json:"bodySize"`
}

type harContent struct {
	Size     int    `json:"size"`
	MimeType string `json:"mimeType"`
	Text     string `json:"text"`
}

type harResponse struct {
	Status      int        `json:"status"`
	StatusText  string     `json:"statusText"`
	HTTPVersion string     `json:"httpVersion"`
	Headers     []nv       `json:"headers"`
	Cookies     []nv       `json:"cookies"`
	Content     harContent `json:"content"`
	RedirectURL string     `json:"redirectURL"`
	HeadersSize int        `json:"headersSize"`
	BodySize    int        `json:"bodySize"`
}

type harTimings struct {
	Send    int `json:"send"`
	Wait    int `json:"wait"`
	Receive int `json:"receive"`
}

type harEntry struct {
	StartedDateTime string      `json:"startedDateTime"`
	Time            int         `json:"time"`
	Request         harRequest  `json:"request"`
	Response        harResponse `json:"response"`
	Cache           struct{}    `json:"cache"`
	Timings         harTimings  `json:"timings"`
}

// benchHAR is an indented HAR document of about size bytes: request headers with a decoy
// ("X-Note: mtapistatus wanted"), bodies that name the header, one response in twenty with
// mtapistatus (scripts/bench.sh's big.har).
func benchHAR(size int) []byte {
	var items []string
	for i := range 24 {
		items = append(items, fmt.Sprintf(`{"id": %d, "note": "the mtapistatus header says more", "text": "%s"}`, i, strings.Repeat("x", 40)))
	}
	text := `{"items": [` + strings.Join(items, ", ") + `]}`
	var b bytes.Buffer
	b.WriteString(`{"log": {"version": "1.2", "creator": {"name": "bench", "version": "1"}, "entries": [` + "\n")
	for n := 1; b.Len() < size; n++ {
		hdrs := []nv{{"Cache-Control", "no-cache"}, {"Content-Type", "application/json; charset=utf-8"},
			{"Server", "Microsoft-IIS/10.0"}, {"X-Powered-By", "ASP.NET"}, {"Date", "Wed, 25 Nov 2026 10:00:00 GMT"}}
		status := 200
		if n%20 == 0 {
			hdrs = append(hdrs, nv{"mtapistatus", "617020"})
			status = 400
		}
		e := harEntry{StartedDateTime: "2026-11-25T10:00:00.000Z", Time: 12,
			Request: harRequest{Method: "GET", URL: fmt.Sprintf("https://api.example/servicerequests/%d", n), HTTPVersion: "HTTP/1.1",
				Headers:     []nv{{"Accept", "application/json"}, {"X-Note", "mtapistatus wanted"}},
				QueryString: []nv{}, Cookies: []nv{}, HeadersSize: -1},
			Response: harResponse{Status: status, HTTPVersion: "HTTP/1.1", Headers: hdrs, Cookies: []nv{},
				Content:     harContent{Size: 2400, MimeType: "application/json", Text: text},
				HeadersSize: -1, BodySize: 2400},
			Timings: harTimings{Wait: 10, Receive: 2}}
		if n > 1 {
			b.WriteString(",")
		}
		j, err := json.MarshalIndent(e, "", "  ")
		if err != nil {
			panic(err)
		}
		b.Write(j)
		b.WriteString("\n")
	}
	b.WriteString("]}}\n")
	return b.Bytes()
}
