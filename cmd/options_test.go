package cmd

import (
	"bytes"
	"io"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"

	"github.com/mtapi-cli/mtapi/internal/term"
)

// testApp is an app on in-memory streams, for building one command alone.
func testApp(stdin string, facts term.Facts) (*app, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	return newApp(&Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errb, Term: facts}), &out, &errb
}

// Flag parsing is tested apart from behaviour: each constructor takes the function it runs.
func TestSearchFlags(t *testing.T) {
	tests := []struct {
		args  []string
		query string
		limit int
		ctl   string
		state string
	}{
		{nil, "", -1, "", "all"},
		{[]string{"future", "date"}, "future date", -1, "", "all"},
		{[]string{"-n", "3", "failed"}, "failed", 3, "", "all"},
		{[]string{"--limit=0", "-c", "notices", "--state", "typo,superseded", "x"}, "x", 0, "notices", "typo,superseded"},
	}
	for _, tt := range tests {
		a, _, _ := testApp("", term.Facts{})
		var got *searchOptions
		c := newSearchCmd(a, func(o *searchOptions) error { got = o; return nil })
		c.SetArgs(tt.args)
		c.SetOut(io.Discard)
		if err := c.Execute(); err != nil {
			t.Fatalf("%q: %v", tt.args, err)
		}
		if got.Query != tt.query || int(got.Limit) != tt.limit || got.Controller != tt.ctl || got.State != tt.state {
			t.Errorf("%q parsed as %+v", tt.args, *got)
		}
	}
}

func TestDecodeRangesHeadersFlags(t *testing.T) {
	a, _, _ := testApp("", term.Facts{})
	var d *decodeOptions
	dc := newDecodeCmd(a, func(o *decodeOptions) error { d = o; return nil })
	dc.SetArgs([]string{"617020", "update date"})
	if err := dc.Execute(); err != nil || strings.Join(d.Args, "|") != "617020|update date" {
		t.Errorf("decode: %v %+v", err, d)
	}
	var r *rangesOptions
	rc := newRangesCmd(a, func(o *rangesOptions) error { r = o; return nil })
	rc.SetArgs([]string{" service ", "requests"})
	if err := rc.Execute(); err != nil || r.Query != "service  requests" {
		t.Errorf("ranges: %v %+v", err, r)
	}
	var h *headersOptions
	hc := newHeadersCmd(a, func(o *headersOptions) error { h = o; return nil })
	hc.SetArgs([]string{"--last", "a.txt", "-"})
	if err := hc.Execute(); err != nil || !h.Last || strings.Join(h.Sources, "|") != "a.txt|-" {
		t.Errorf("headers: %v %+v", err, h)
	}
}

// Typing into `mtapi decode -` at a terminal is announced, as `mtapi headers` does.
func TestDecodeDashOnTerminalSaysItWaits(t *testing.T) {
	a, out, errb := testApp("617020\n", term.Facts{StdinTTY: true})
	if err := a.decodeArgs([]string{"-"}, false); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errb.String(), "mtapi: reading codes and names from the terminal") || !strings.Contains(out.String(), "UpdateDateCannotBeInFuture") {
		t.Errorf("stdout %q, stderr %q", out, errb)
	}
}

// On a terminal an unknown input is reported once, in the card; piped, stdout keeps its record and
// stderr its message.
func TestUnknownReportedOnce(t *testing.T) {
	r := execute(t, "", true, nil, "decode", "nosuchname")
	if !strings.Contains(r.stdout, "No code is named") || r.stderr != "" {
		t.Errorf("terminal: stdout %q, stderr %q", r.stdout, r.stderr)
	}
	r = execute(t, "", false, nil, "decode", "nosuchname")
	if !strings.Contains(r.stdout, "\tunknown\t") || !strings.Contains(r.stderr, "no code is named") {
		t.Errorf("piped: stdout %q, stderr %q", r.stdout, r.stderr)
	}
}

func TestForgivingInput(t *testing.T) {
	response := "HTTP/1.1 400 Bad Request\r\nDate: Wed, 25 Nov 2026 12:00:00 GMT\r\nmtapistatus: 617020\r\n\r\n{\"error\": \"Nov\"}\n"
	tests := []struct {
		stdin string
		args  []string
		code  int
		out   string
		err   string
	}{
		{response, nil, 0, "617020\t617020\tcurrent", "standard input is an HTTP response"},
		{response, []string{"decode"}, 0, "617020\t617020\tcurrent", "standard input is an HTTP response"},
		{response, []string{"decode", "-"}, 0, "617020\t617020\tcurrent", "standard input is an HTTP response"},
		{"", []string{"decode", response}, 0, "617020\t617020\tcurrent", "the argument is an HTTP response"},
		{"", []string{response}, 0, "617020\t617020\tcurrent", "the argument is an HTTP response"},
		{`{"mtapistatus": ["617020"], "date": ["Wed"]}`, nil, 0, "617020\t617020\tcurrent", "standard input is header JSON"},
		{"<html>Nov GMT hello world</html>\n", []string{"decode"}, 1, "", "looks like a response body or text"},
		// An e-mail's "> " quotation is a reply's, not curl -v's request side: its header counts.
		{"On Fri, Dec 4, 2026 at 10:12, Ops <ops@example.test> wrote:\n> The API returned this header on the failing call:\n> mtapistatus: 617023\n", []string{"decode"}, 0, "617023\t617023\tcurrent", "standard input is an HTTP response"},
		{"", []string{"decode", "HTTP/1.1 200 OK"}, 1, "", "without an mtapistatus header"},
		{"", []string{"updatedateshoudbeafter"}, 1, "updatedateshoudbeafter\t\tunknown", "did you mean UpdateDateShouldBeAfter"},
		{"", []string{"serch"}, 2, "", "did you mean 'mtapi search'?"},
		{"", []string{"serch", "--limit", "3", "future"}, 2, "", "did you mean 'mtapi search'?"},
		{"", []string{"decode", ""}, 2, "", "nothing to decode"},
		{"", []string{"decode", " "}, 2, "", "nothing to decode"},
		{"", []string{"decode", "999999"}, 1, "999999", "mtapi: 999999 is not a documented code"},
		{"", []string{"decode", "617020.", "(617020)", "617020;"}, 0, "617020.\t617020\tcurrent", ""},
		{"", []string{"decode", "61702"}, 1, "61702\t61702\tunknown", "did you mean 617020"},
		{"", []string{"decode", "updatedateshoudbeafter"}, 1, "", "did you mean UpdateDateShouldBeAfter"},
		{"", []string{"617020", "decode"}, 2, "", "hint: run 'mtapi decode 617020'"},
		{"617020\n", []string{"-"}, 0, "617020\t617020\tcurrent", ""},
		// Prose after a line of codes is read as text: no card per word of it.
		{"617020\nHi team, the customer says it failed again\nThanks\n", nil, 0, "617020\t617020\tcurrent", "read as text after its codes: 9 words passed over"},
		{"617020\nHi team, code 901001 failed again\n", []string{"decode"}, 0, "901001\t901001\tcurrent", ""},
		// A word alone over more text is its title (Swagger UI's "GET" over the path), not a name.
		{"GET\n/list\nServer response\nError: code 617020\n", nil, 0, "617020\t617020\tcurrent", "read as text"},
		{"Hello\nwe get 617020 when saving\n", []string{"decode"}, 0, "617020\t617020\tcurrent", "read as text"},
		// The readers are asked first, on the look-ahead, past what a tool prints before its marks.
		{"Starting the client\nconnecting...\n" + response, nil, 0, "617020\t617020\tcurrent", "standard input is an HTTP response"},
		{"GET\n/list\nResponse headers\n content-type: application/json \n mtapistatus: 617020,901001 \n", nil, 0, "901001\t901001\tcurrent", "standard input is an HTTP response"},
		{"", []string{"decode", "--jsn", "1"}, 2, "", "did you mean --json?"},
		{"", []string{"search", "--limt", "1"}, 2, "", "did you mean --limit?"},
	}
	for _, tt := range tests {
		r := execute(t, tt.stdin, false, nil, tt.args...)
		if r.code != tt.code || !strings.Contains(r.stdout, tt.out) || !strings.Contains(r.stderr, tt.err) {
			t.Errorf("mtapi %.60q < %.40q: exit %d, stdout %q, stderr %q; want %d, %q, %q", tt.args, tt.stdin, r.code, r.stdout, r.stderr, tt.code, tt.out, tt.err)
		}
		for _, bad := range []string{"Nov", "GMT", "error"} {
			if strings.Contains(r.stdout, bad) {
				t.Errorf("mtapi %.60q decoded a word of the response: %q", tt.args, r.stdout)
			}
		}
	}
	if r := execute(t, "617020\nHi team, the customer says it failed again\nThanks\n", false, nil); strings.Contains(r.stdout, "unknown") {
		t.Errorf("a word of the prose after a code got a card: %q", r.stdout)
	}
	// Nothing piped, or only blank lines (curl failed): said on stderr, never the help with success.
	for _, in := range []string{"", "\n \n"} {
		var out, errb bytes.Buffer
		code := Main(nil, Env{Stdin: strings.NewReader(in), Stdout: &out, Stderr: &errb})
		if code != 2 || out.String() != "" || !strings.Contains(errb.String(), "mtapi: nothing was piped in") {
			t.Errorf("mtapi < %q: exit %d, stdout %.100q, stderr %q", in, code, out.String(), errb.String())
		}
	}
	if r := execute(t, "\n", false, nil, "decode"); r.code != 2 || !strings.Contains(r.stderr, "mtapi: nothing was piped in") {
		t.Errorf("mtapi decode < blank: exit %d, stderr %q", r.code, r.stderr)
	}
}

// The help is wrapped to the terminal's width at print time.
func TestHelpFitsTheWidth(t *testing.T) {
	for _, width := range []string{"50", "80", "120"} {
		for _, args := range [][]string{{"--help"}, {"decode", "--help"}, {"search", "--help"}, {"headers", "--help"}} {
			r := execute(t, "", true, map[string]string{"COLUMNS": width}, args...)
			for _, l := range strings.Split(r.stdout, "\n") {
				if n := len([]rune(l)); n > atoi(width) {
					t.Errorf("COLUMNS=%s %q: line of %d: %q", width, args, n, l)
				}
			}
			if strings.Contains(r.stdout, "(default -1)") {
				t.Errorf("%q shows --limit's internal default", args)
			}
		}
	}
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}

// Whatever is piped into `mtapi decode` (codes, responses, garbage), it ends with a known exit code
// and no raw control characters, styled or not.
func FuzzDecodeCommand(f *testing.F) {
	for _, s := range []string{"617020\n", "HTTP/1.1 200 OK\r\nmtapistatus: 617020\r\n\r\n", "content-type: x\nmtapistatus: -1,abc\n",
		"{\"mtapistatus\": \"1\", \"x\": \"y\"}", "\xff\xfe6\x001\x00", "61702. (617020); updatedateshoudbeafter", "* Trying\n< HTTP/1.1 404 x\n"} {
		f.Add(s, false)
	}
	f.Fuzz(func(t *testing.T, in string, tty bool) {
		r := execute(t, in, tty, map[string]string{"COLUMNS": "50"}, "decode")
		if r.code != ExitOK && r.code != ExitNotFound && r.code != ExitUsage {
			t.Fatalf("exit %d", r.code)
		}
		out := r.stdout
		if tty {
			out = sgrRE.ReplaceAllString(out, "")
			for _, l := range strings.Split(out, "\n") {
				if n := lipgloss.Width(l); n > 50 {
					t.Fatalf("line of %d columns: %q", n, l)
				}
			}
		}
		if hasControl(out) || hasControl(r.stderr) {
			t.Fatalf("raw control characters: %q %q", out, r.stderr)
		}
		validateJSONRun(t, "decode", execute(t, in, false, nil, "decode", "--json"))
	})
}

var sgrRE = regexp.MustCompile(`\x1b\[[0-9;]*m`)
