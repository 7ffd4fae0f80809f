package headers

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"testing/iotest"
)

// lines renders each response found as "line:values".
func lines(t *testing.T, r io.Reader) string {
	t.Helper()
	var out []string
	err := Parse(r, func(r Response) error {
		if r.Found {
			out = append(out, fmt.Sprintf("%d:%s", r.Line, strings.Join(r.Values, ",")))
		} else {
			out = append(out, fmt.Sprintf("%d:-", r.Line))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return strings.Join(out, " ")
}

// TestLine: Response.Line is the line of the first mtapistatus value, whatever the form and however
// the bytes arrive.
func TestLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"curl -i", "HTTP/1.1 400 Bad Request\r\nContent-Type: x\r\nmtapistatus: 617020\r\n\r\n", "3:617020"},
		{"two responses", "HTTP/1.1 301 Moved\nmtapistatus: -1\n\nHTTP/1.1 200 OK\nA: b\nC: d\nmtapistatus: 617020\nmtapistatus: 1\n\n", "2:-1 7:617020,1"},
		{"no header", "HTTP/1.1 200 OK\nA: b\n\n", "0:-"},
		{"leading blank lines", "\n\n\nHTTP/1.1 400 Bad Request\nmtapistatus: 617020\n\n", "5:617020"},
		{"curl -v", "* Trying\n> GET / HTTP/1.1\n> mtapistatus: 9\n>\n< HTTP/1.1 400 Bad Request\n< mtapistatus: 617020\n< \n", "6:617020"},
		{"access log", "a mtapistatus=1 x\nb\nc mtapistatus=617020 y\n", "1:1 3:617020"},
		{"json lines", "{\"status\":200,\"mtapistatus\":\"1\"}\n{\"status\":400,\"mtapistatus\":\"617020\"}\n", "1:1 2:617020"},
		{"json document", "{\n  \"status\": 400,\n  \"headers\": {\n    \"a\": \"b\",\n    \"mtapistatus\": \"617020\"\n  }\n}\n", "5:617020"},
		{"last member", "{\n  \"status\": 400,\n  \"headers\": {\n    \"mtapistatus\": \"617020\"\n  }\n}\n", "4:617020"},
		{"name and value", "{\"log\": {\"entries\": [{\"response\": {\"status\": 400, \"headers\": [\n{\"name\": \"a\", \"value\": \"b\"},\n{\n\"name\": \"mtapistatus\",\n\"value\": \"617020\"\n}\n]}}]}}\n", "5:617020"},
		{"blank lines before json", "\n\n{\n\"mtapistatus\": \"617020\"}\n", "4:617020"},
	}
	for _, tc := range tests {
		for _, split := range []struct {
			name string
			wrap func(io.Reader) io.Reader
		}{{"whole", func(r io.Reader) io.Reader { return r }}, {"bytes", iotest.OneByteReader}, {"halves", iotest.HalfReader}} {
			t.Run(tc.name+"/"+split.name, func(t *testing.T) {
				if got := lines(t, split.wrap(strings.NewReader(tc.in))); got != tc.want {
					t.Errorf("got %q, want %q", got, tc.want)
				}
			})
		}
	}
}

// TestLineHAR: in a HAR file the line is the "value" member's of the header named mtapistatus.
func TestLineHAR(t *testing.T) {
	b, err := os.ReadFile("../../testdata/headers/made-capture.har")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Split(string(b), "\n")
	err = Parse(strings.NewReader(string(b)), func(r Response) error {
		if !r.Found {
			return nil
		}
		if r.Line < 1 || r.Line > len(text) {
			t.Fatalf("response %d: line %d out of range", r.Index, r.Line)
		}
		if l := text[r.Line-1]; !strings.Contains(l, r.Values[0]) {
			t.Errorf("response %d: line %d is %q, not the value %q", r.Index, r.Line, l, r.Values[0])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
