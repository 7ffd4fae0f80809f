package headers

import (
	"bufio"
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// looksLikeHeaders reports whether a reader claims head, the start of an input: an HTTP response, a
// header block, a tool's dump or printed headers rather than a list of codes or prose. A bare
// "mtapistatus: 617020" is not: it is a value to decode as it stands.
func looksLikeHeaders(head []byte) bool { return Claim(head) != "" }

func TestLooksLikeHeaders(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"HTTP/1.1 400 Bad Request\r\nmtapistatus: 617020\r\n", true},
		{"HTTP/2 200 \r\n", true},
		{"< HTTP/1.1 200 OK\n", true},
		{"*   Trying 127.0.0.1:8080...\n", true},
		{"> GET / HTTP/1.1\n", true},
		{"  HTTP/1.1 200 OK\n", true},
		{"--2026-11-25 08:00:00--  http://127.0.0.1:8080/\n", true},
		{"\x1b[34mHTTP\x1b[39m/1.1 200 OK\n", true}, // HTTPie colours the parts of the status line
		{"\x1b[34mHTTP/1.1 200 OK\x1b[0m\n", true},
		{"content-type: application/json\nmtapistatus: 617020\n", true},
		{"DEBUG response headers: {'mtapistatus': '617020'}\n", true},
		{`{"content-type": "x", "mtapistatus": "617020"}`, true},
		{"\xff\xfem\x00", true},
		{"617020\n", false},
		{"617020 901002 -1\n", false},
		{"mtapistatus: 617020\n", false},
		{"Frame 4: 150 bytes on wire (1200 bits), 150 bytes captured (1200 bits) on interface lo, id 0\n", true},
		{"[\n  {\n    \"_index\": \"packets-2026-11-25\",\n    \"_type\": \"doc\",\n", true},
		{`{"mtapistatus": "617020"}`, false},
		{"UpdateDateCannotBeInFuture\n", false},
		{"update date cannot be in future\n", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := looksLikeHeaders([]byte(tt.in)); got != tt.want {
			t.Errorf("looksLikeHeaders(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// Every real capture in testdata is claimed from its look-ahead (Head), as piped input is, but
// those that hold no response in it.
func TestLooksLikeHeadersOnCaptures(t *testing.T) {
	files, err := filepath.Glob("../../testdata/headers/real-*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no captures: %v", err)
	}
	unclaimed := map[string]string{
		"real-curl-s-body.txt":                           "curl -s without -i prints a body and no headers at all",
		"real-curl-libcurl.txt":                          "C source that curl --libcurl writes: a program, no response",
		"real-node-incomingmessage-inspect.txt":          "a printed IncomingMessage: decode reads it as a body (its markup-like \"<ref *2>\")",
		"real-node-axios-error.txt":                      "the response object comes after 4 KiB of a stack trace",
		"real-chromium-enable-logging-console-fetch.txt": "4 KiB of Chromium's own D-Bus errors come before the page's console lines",
		"real-ansible-uri-fatal-vvv.txt":                 "4 KiB of ansible-playbook -vvv's own preamble come before the task's result",
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		head := Head(bufio.NewReader(bytes.NewReader(b)))
		why, listed := unclaimed[filepath.Base(f)]
		if got := looksLikeHeaders(head); got == listed {
			t.Errorf("%s: claimed %v from %d bytes (%s)", filepath.Base(f), got, len(head), why)
		}
	}
}
