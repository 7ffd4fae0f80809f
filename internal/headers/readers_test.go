package headers

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"testing"
)

// outcomeWith is outcome under options.
func outcomeWith(r io.Reader, o Options) string {
	var b strings.Builder
	_, err := ParseWith(r, o, func(resp Response) error {
		fmt.Fprintf(&b, "#%d %q %d %v %q +%d line %d\n", resp.Index, resp.StatusLine, resp.HTTPStatus, resp.Found, resp.Values, resp.Dropped, resp.Line)
		return nil
	})
	if err != nil {
		fmt.Fprintf(&b, "error: %v\n", err)
	}
	return b.String()
}

// Explaining an answer must not change it: --explain shows every line to the readers, where the
// plain run passes over the lines no reader could want.
func TestExplainChangesNoAnswer(t *testing.T) {
	inputs := invarianceInputs(t)
	names := make([]string, 0, len(inputs))
	for n := range inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		b := inputs[name]
		if testing.Short() && len(b) > 256<<10 {
			continue
		}
		n := 0
		got := outcomeWith(bytes.NewReader(b), Options{Explain: func(e Explanation) {
			n++
			if e.Event == "" || e.Reader == "" || e.Why == "" {
				t.Errorf("%s: incomplete explanation %+v", name, e)
			}
		}})
		if want := outcome(bytes.NewReader(b)); got != want {
			t.Errorf("%s: with --explain:\n got %s\nwant %s", name, got, want)
		}
		if n == 0 && !strings.Contains(got, "error:") {
			t.Errorf("%s: nothing explained", name)
		}
	}
}

// explained runs in with --explain and returns the explanations, one per line.
func explained(in string, format string) string {
	var b strings.Builder
	_, _ = ParseWith(strings.NewReader(in), Options{Format: format, Explain: func(e Explanation) {
		fmt.Fprintf(&b, "%d %s %s %q: %s\n", e.Line, e.Reader, e.Event, e.Text, e.Why)
	}}, func(Response) error { return nil })
	return b.String()
}

func TestExplainSaysWhy(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string // lines the explanation must hold
	}{
		{"curl -v with decoys",
			"curl -H 'mtapistatus: 555002' URL\n> GET / HTTP/1.1\n> mtapistatus: 555001\n>\n< HTTP/1.1 400 Bad Request\n< X-Note: retry after mtapistatus: 555004\n< mtapistatus: 617020\n<\nbody mtapistatus: 999999\n",
			[]string{
				`1 http claim "": the look-ahead is text`,
				`1 http passed "curl -H 'mtapistatus: 555002' URL": a command line`,
				`3 http passed "mtapistatus: 555001": on curl -v's > side`,
				`5 http response "HTTP/1.1 400 Bad Request": a status line starts a response`,
				`6 http passed "retry after mtapistatus: 555004": inside the value of another field`,
				`7 http counted "617020": the response's own mtapistatus field`,
				`9 http passed "body mtapistatus: 999999": in a response's body`,
			}},
		{"a framed body",
			"HTTP/1.1 200 OK\r\nContent-Length: 20\r\nmtapistatus: 1\r\n\r\nmtapistatus: 999999\n",
			[]string{`5 http passed "mtapistatus: 999999": in a body framed by its Content-Length`}},
		{"a marker reader claims its lines",
			"== Info: Connected\n=> Send header, 20 bytes (0x14)\n0000: mtapistatus: 555001\n<= Recv header, 17 bytes (0x11)\n0000: HTTP/1.1 200 OK\n<= Recv header, 21 bytes (0x15)\n0000: mtapistatus: 617020\n",
			[]string{`1 curl-trace claim "": its own marker line`, `7 curl-trace counted "617020"`}},
		{"json document",
			`{"mtapistatus": "617020"}`,
			[]string{`1 json claim "": the look-ahead starts a JSON document`, `1 json counted "617020"`}},
		{"a body after the answer",
			"GET / HTTP/1.1\nHost: a\n\nHTTP/1.1 200 OK\nmtapistatus: 617020\n\nmtapistatus: 999999\n",
			[]string{`1 http request`, `7 http passed "mtapistatus: 999999": in a response's body`}},
	}
	for _, c := range cases {
		got := explained(c.in, "")
		for _, w := range c.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: explanation lacks %q:\n%s", c.name, w, got)
			}
		}
	}
}

func TestFormatForcesAReader(t *testing.T) {
	cases := []struct {
		name, format, in, want string
	}{
		{"json read as text finds nothing", "http", `{"mtapistatus": "617020"}`, ""},
		{"text read as json", "json", "mtapistatus: 617020\n", ""},
		{"http leaves log fields alone", "http", `10.0.0.1 - - "GET / HTTP/1.1" 200 mtapistatus=617020` + "\n", ""},
		{"log reads them", "log", `10.0.0.1 - - "GET / HTTP/1.1" 200 mtapistatus=617020` + "\n", `["617020"]`},
		{"w3c alone", "w3c", "#Fields: date sc-status sc(mtapistatus)\n2026-01-01 400 617020\nmtapistatus: 1\n", `["617020"]`},
		{"detected", "", `{"mtapistatus": "617020"}`, `["617020"]`},
	}
	for _, c := range cases {
		got := outcomeWith(strings.NewReader(c.in), Options{Format: c.format})
		if c.want == "" && strings.Contains(got, "617020") || c.want != "" && !strings.Contains(got, c.want) {
			t.Errorf("%s (--format %q): got %q, want %q", c.name, c.format, got, c.want)
		}
	}
	if _, err := ParseWith(strings.NewReader(""), Options{Format: "nope"}, func(Response) error { return nil }); !errors.Is(err, ErrUnknownFormat) {
		t.Errorf("unknown format: err %v", err)
	}
}

// Every reader of the table is named once, says what it reads, and can be forced.
func TestFormatsTable(t *testing.T) {
	seen := map[string]bool{}
	for _, f := range Formats() {
		if f.Name == "" || f.About == "" || f.Tools == "" || seen[f.Name] {
			t.Errorf("format %+v: empty or repeated", f)
		}
		seen[f.Name] = true
		if _, err := allowed(f.Name); err != nil {
			t.Errorf("--format %s: %v", f.Name, err)
		}
	}
	for _, r := range readerTable() {
		if r.line != nil && (r.mode == modeNone || r.starts == "") {
			t.Errorf("marker reader %s has no mode or no first bytes", r.name)
		}
	}
}

// The outcome counts what was passed over, and says what to tell.
func TestOutcome(t *testing.T) {
	cases := []struct {
		in      string
		want    Outcome
		notices []Notice
	}{
		{"GET / HTTP/1.1\r\nmtapistatus: 555001\r\n\r\n", Outcome{Requests: 1, PassedRequest: 1, FirstPassed: 2}, []Notice{RequestOnly, PassedOver}},
		{"> GET / HTTP/1.1\n> mtapistatus: 555001\n>\n< HTTP/1.1 200 OK\n< mtapistatus: 617020\n<\nbody mtapistatus: 999999\n",
			Outcome{Responses: 1, Requests: 1, PassedRequest: 1, PassedOther: 1, FirstPassed: 2}, []Notice{PassedOver}},
		{"HTTP/1.1 200 OK\r\nContent-Length: 20\r\n\r\nmtapistatus: 999999\n", Outcome{Responses: 1, PassedOther: 1, FirstPassed: 4}, []Notice{PassedOver}},
		{"{\"title\": \"Bad Request\"}\n", Outcome{}, []Notice{NoHeaders}}, // an API error body, not headers
		{"hello\n", Outcome{}, []Notice{NoHeaders}},
	}
	for _, c := range cases {
		got, err := ParseWith(strings.NewReader(c.in), Options{}, func(Response) error { return nil })
		if err != nil || got != c.want {
			t.Errorf("%q: outcome %+v (%v), want %+v", c.in, got, err, c.want)
		}
		if n := got.Notices(); fmt.Sprint(n) != fmt.Sprint(c.notices) {
			t.Errorf("%q: notices %v, want %v", c.in, n, c.notices)
		}
	}
}

// checkCases is a reader's table test: each case's answer, read whole and split into reads every
// way that splits tries (so a reader's own test file is all a new family needs).
func checkCases(t *testing.T, cases []parseCase) {
	t.Helper()
	for _, c := range cases {
		if got := summary(t, c.in); got != c.want {
			t.Errorf("%s: got %s, want %s", c.name, got, c.want)
		}
		want := outcome(strings.NewReader(c.in))
		for _, s := range splits {
			if got := outcome(s.r([]byte(c.in))); got != want {
				t.Errorf("%s, %s:\n got %s\nwant %s", c.name, s.name, got, want)
			}
		}
	}
}
