package headers

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
)

func TestQuoteOrBackslash(t *testing.T) {
	for n := 0; n <= 40; n++ {
		for at := -1; at < n; at++ {
			for _, c := range []byte{'"', '\\'} {
				b := bytes.Repeat([]byte{'x'}, n)
				// Bytes next to the ones searched for, and with the high bit set, must not match.
				for i := range b {
					b[i] = []byte{'!', '#', '[', ']', 0xa2, 0xdc, 'x', 0}[i%8]
				}
				if at >= 0 {
					b[at] = c
				}
				if got := quoteOrBackslash(b); got != at {
					t.Fatalf("quoteOrBackslash(%q) = %d, want %d", b, got, at)
				}
				if c == '"' {
					b := bytes.ReplaceAll(b, []byte{'"'}, []byte{'\''})
					if got := quoteOrBackslashOf(b, '\''); got != at {
						t.Fatalf("quoteOrBackslashOf(%q, '\\'') = %d, want %d", b, got, at)
					}
				}
			}
		}
	}
}

// parseAll returns every response Parse reports, with copies of their values.
func parseAll(t testing.TB, in []byte) ([]Response, error) {
	var out []Response
	err := Parse(bytes.NewReader(in), func(r Response) error {
		r.Values = append([]string(nil), r.Values...)
		out = append(out, r)
		return nil
	})
	return out, err
}

// checkSkip compares Parse with and without skipIgnored: passing over an ignored subtree in one
// scan must change nothing.
func checkSkip(t *testing.T, in []byte) {
	t.Helper()
	skipSubtrees = false
	want, werr := parseAll(t, in)
	skipSubtrees = true
	got, gerr := parseAll(t, in)
	if !reflect.DeepEqual(got, want) || (werr == nil) != (gerr == nil) {
		t.Fatalf("with skipIgnored: %+v, %v\nwithout: %+v, %v\ninput %q", got, gerr, want, werr, in)
	}
}

func TestSkipIgnoredChangesNothing(t *testing.T) {
	for name, b := range seeds(t) {
		t.Run(name, func(t *testing.T) { checkSkip(t, b) })
	}
	checkSkip(t, benchHAR(1<<20))
	for _, s := range []string{
		`{"request": {"headers": [{"name": "mtapistatus", "value": "1"}]}, "response": {"headers": {"mtapistatus": "617020"}}}`,
		`{"response": {"content": {"text": "\u12"}", "x": "mtapistatus"}, "headers": {"mtapistatus": "2"}}}`,
		`{"response": {"content": {"text": "a\\"}, "headers": {"mtapistatus": "3"}}}`,
		`{"response": {"cookies": [], "mtapistatus": "4"}}`,
		`{"response": {"cookies": [] "mtapistatus", "mtapistatus": "5"}}`,
		`{"response": {"body": {"a": (1)}, "mtapistatus": "6"}}`,
		`{"response": {"body": {"a": 'x}'}, "mtapistatus": "7"}}`,
		`{"response": {"body": [[[[` + strings.Repeat("[", 200) + `}`,
		`{"response": {"body": "\` + "\n" + `", "mtapistatus": "8"}}`,
		// Members simpleMember must leave to the steps, or read as they would.
		`{"response": {"status": 400, "headers": {"mtapistatus": "1", "a": b"x", "c": Map {"mtapistatus": 2}}}}`,
		`{"a": 1 "mtapistatus": 2, "b": c: d, "e": f=, "g": "h" "mtapistatus": "9"}`,
		`{"response": {"headers": [{"name": "mtapistatus", "value": ""}, {"value": "5", "name": "MTAPISTATUS"}]}}`,
		`{"headers": {"mtapistatus": []string{"10"}, "x": "\u0041", "mtapistatus" : 11}}`,
	} {
		checkSkip(t, []byte(s))
	}
}

func FuzzSkipIgnored(f *testing.F) {
	f.Add([]byte(`{"response": {"content": {"text": "{\"mtapistatus\": 1}"}, "headers": [{"name": "mtapistatus", "value": "617020"}]}}`))
	f.Add(benchHAR(4000))
	f.Fuzz(func(t *testing.T, in []byte) { checkSkip(t, in) })
}
