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

func TestTCPFlowLabel(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"127.000.000.001.41830-127.000.000.001.18960: GET / HTTP/1.1", 45},
		{"0000:0000:0000:0000:0000:0000:0000:0001.41830-0000:0000:0000:0000:0000:0000:0000:0001.08080: x", 93},
		{"127.0.0.1.41830-127.0.0.1.18960: GET / HTTP/1.1", 0},         // tcpflow pads every number
		{"127.000.000.001.41830 127.000.000.001.18960: x", 0},          // no dash between the ends
		{"127.000.000.001.41830-127.000.000.001.18960 x", 0},           // no colon after the label
		{"2026-12-07 10:00:00.000 - 127.000.000.001.18960: x", 0},      // a log line
		{"deadbeef.12345-deadbeef.12345: hex words are no address", 0}, // neither dotted nor IPv6
	} {
		if got := tcpflowLabel([]byte(c.in)); got != c.want {
			t.Errorf("tcpflowLabel(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestCRIRecord(t *testing.T) {
	for _, c := range []struct {
		in      string
		stream  int
		partial bool
		content string
		ok      bool
	}{
		{"2026-12-07T10:00:00.123456789Z stdout F < HTTP/1.1 200 OK\n", 0, false, "< HTTP/1.1 200 OK\n", true},
		{"2026-12-07T10:00:00.123456789Z stderr P < Mtapista\n", 1, true, "< Mtapista\n", true},
		{"2026-12-07T10:00:00.123456789+01:00 stdout F:x line\n", 0, false, "line\n", true},
		{"2026-12-07T10:00:00Z stdout F\n", 0, false, "\n", true},
		{"2026-12-07T10:00:00Z stdin F line\n", 0, false, "", false},
		{"2026-12-07T10:00:00Z stdout X line\n", 0, false, "", false},
		{"2026-12-07 10:00:00Z stdout F line\n", 0, false, "", false},
		{"10:00:00 stdout F line\n", 0, false, "", false},
	} {
		stream, partial, content, ok := criRecord([]byte(c.in))
		if stream != c.stream || partial != c.partial || string(content) != c.content || ok != c.ok {
			t.Errorf("criRecord(%q) = %d %v %q %v", c.in, stream, partial, content, ok)
		}
	}
}

func TestFeignTag(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"[MtApiClient#list] ---> GET", 19},
		{"[Api$Inner#get_1] x", 18},
		{"[main] x", 0},
		{"[#list] x", 0},
		{"[Api#] x", 0},
		{"[Api#list]x", 0},
		{"[a-b#c] x", 0},
	} {
		if got := feignTag([]byte(c.in)); got != c.want {
			t.Errorf("feignTag(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}

func TestSyslogStamp(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Dec 07 10:00:00 host api[1]: x", 16},
		{"Dec  7 10:00:00 host api[1]: x", 16},
		{"Jan 31 23:59:59.123456 host x", 23},
		{"Dez 07 10:00:00 host x", 0}, // not an English month
		{"Dec 07 10:00 host x", 0},    // no seconds
		{"December 7 10:00:00 x", 0},
	} {
		if got := syslogStamp([]byte(c.in)); got != c.want {
			t.Errorf("syslogStamp(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
