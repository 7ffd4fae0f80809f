package decode

import (
	"bytes"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/mtapi-cli/mtapi/codes"
)

func TestScanLines(t *testing.T) {
	cat := codes.Default()
	tests := []struct {
		name, in string
		toks     string // the tokens emitted, space-separated
		prose    string // what prose heard; "" if it was never called
	}{
		{"codes only", "617020\n901001,901002\n-1\n", "617020 901001 901002 -1", ""},
		{"names and codes", "617020\nUpdateDateCannotBeInFuture\n", "617020 UpdateDateCannotBeInFuture", ""},
		{"prose after a code", "617020\nHi team, the customer says it failed again\nThanks\n", "617020", "Hi team, the customer says it failed again\nThanks\n"},
		{"prose first", "Hi team,\n617020\n", "", "Hi team,\n617020\n"},
		{"blank lines", "\n\n617020\n\n", "617020", ""},
		{"no final newline", "617020", "617020", ""},
		{"a header line", "mtapistatus: 617020\n", "617020", ""},
	}
	readers := map[string]func(string) io.Reader{
		"whole":    func(s string) io.Reader { return strings.NewReader(s) },
		"byte":     func(s string) io.Reader { return iotest.OneByteReader(strings.NewReader(s)) },
		"half":     func(s string) io.Reader { return iotest.HalfReader(strings.NewReader(s)) },
		"data+EOF": func(s string) io.Reader { return iotest.DataErrReader(strings.NewReader(s)) },
	}
	for _, tt := range tests {
		for how, mk := range readers {
			var toks []string
			prose, called := "", false
			err := ScanLines(cat, mk(tt.in), func(tok []byte, _ bool) error {
				toks = append(toks, string(tok))
				return nil
			}, func(rest io.Reader) error {
				b, err := io.ReadAll(rest)
				prose, called = string(b), true
				return err
			})
			if err != nil {
				t.Fatalf("%s, %s: %v", tt.name, how, err)
			}
			if got := strings.Join(toks, " "); got != tt.toks {
				t.Errorf("%s, %s: tokens %q, want %q", tt.name, how, got, tt.toks)
			}
			if called != (tt.prose != "") || prose != tt.prose {
				t.Errorf("%s, %s: prose %q (called %v), want %q", tt.name, how, prose, called, tt.prose)
			}
		}
	}
}

// A line longer than the buffer is read token by token in constant memory, as Scan reads it.
func TestScanLinesLongLine(t *testing.T) {
	in := bytes.Repeat([]byte("617020 "), 20000)
	n := 0
	err := ScanLines(codes.Default(), bytes.NewReader(in), func([]byte, bool) error { n++; return nil },
		func(io.Reader) error { t.Fatal("prose"); return nil })
	if err != nil || n != 20000 {
		t.Fatalf("got %d tokens, %v", n, err)
	}
}
