package headers

import (
	"bytes"
	"io"
	"testing"
	"testing/iotest"
)

func TestPasteReader(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain ascii\n", "plain ascii\n"},
		{"mtapistatus:\u00a0617020\n", "mtapistatus: 617020\n"},
		{"\u200b> mtapistatus: 1\u200c\u200d\u2060\ufeff\n", "> mtapistatus: 1\n"},
		{"-H \u2018mtapistatus: 555002\u2019 \u201cx\u201d\n", "-H 'mtapistatus: 555002' \"x\"\n"},
		{"\x00\x00\x00\x00\x00\x00\x00\x00\x00time=1 mtapistatus=617020\n", "time=1 mtapistatus=617020\n"},
		{"caf\u00e9 \u2014 \u20ac 1\n", "caf\u00e9 \u2014 \u20ac 1\n"}, // other characters stay
		{"cut \xe2", "cut \xe2"},
		{"cut \xc2", "cut \xc2"},
	}
	for _, tt := range tests {
		for _, split := range splits {
			got, err := io.ReadAll(&pasteReader{r: split.r([]byte(tt.in))})
			if err != nil || string(got) != tt.want {
				t.Errorf("%q, %s: got %q (%v), want %q", tt.in, split.name, got, err, tt.want)
			}
		}
		got, err := io.ReadAll(iotest.OneByteReader(&pasteReader{r: bytes.NewReader([]byte(tt.in))}))
		if err != nil || string(got) != tt.want {
			t.Errorf("%q, read a byte at a time: got %q (%v), want %q", tt.in, got, err, tt.want)
		}
	}
}

// A reply to a reply quotes curl -v's output twice: both marks come off, and curl's own "> " and
// "< " still say the sides.
func TestNestedQuotation(t *testing.T) {
	checkCases(t, []parseCase{
		{"two levels", "On Mon, Sam wrote:\n> Could you send the output?\n>\n> On Mon, Alex wrote:\n> > *   Trying 127.0.0.1:80...\n> > > GET / HTTP/1.1\n> > > mtapistatus: 555001\n> > >\n> > < HTTP/1.1 404 Not Found\n> > < Mtapistatus: 4041003\n> > <\n> > Any idea?\n",
			"[404|4041003]"},
		{"one level", "> * Trying\n> > GET / HTTP/1.1\n> > mtapistatus: 555001\n> < HTTP/1.1 400 Bad Request\n> < mtapistatus: 617020\n", "[400|617020]"},
	})
}

// A quotation whose first line is prose is a reply's, not curl -v's request side, which starts with
// its request line; a label after two marks is neither.
func TestProseQuotation(t *testing.T) {
	checkCases(t, []parseCase{
		{"e-mail quote of a header", "On Fri, Dec 4, 2026 at 10:12, Ops <ops@example.test> wrote:\n> The API returned this header on the failing call:\n> mtapistatus: 617023\n> and the request carried X-Note: retry after mtapistatus: 555004\n", "[0|617023]"},
		{"two marks over prose", "> > The API returned this header:\n> > mtapistatus: 617023\n", "[0|617023]"},
		{"curl -v's request side is no quotation", "> GET / HTTP/1.1\n> mtapistatus: 555001\n>\n", ""},
		{"a field first is no evidence", "> Note: see below\n> mtapistatus: 555001\n", ""},
		{"a label after two marks is not curl's request under a quotation mark", ">> response headers {\n  mtapistatus: '617020'\n}\n", "[0|617020]"},
	})
}

// Jira's macros glued to the lines they wrap (audit8b): the line after an opening macro is read,
// a closing one is no part of a value, and a paste that starts with one is no JSON document.
func TestJiraMacrosGlued(t *testing.T) {
	checkCases(t, []parseCase{
		{"a request line glued to {code}", "{code:title=Request}GET /api/x HTTP/1.1\nHost: a\nmtapistatus: 555002\nAccept: x{code}\n\n{code:title=Response}HTTP/1.1 400 Bad Request\nmtapistatus: 617020,901001{code}\n", "[400|617020,901001]"},
		{"a paste that starts with a macro", "{code:title=Response}HTTP/1.1 400 Bad Request\nmtapistatus: 617020,901001\n{code}\n", "[400|617020,901001]"},
		{"a panel around a wiki table", "{panel:title=Response (HTTP 400)|borderStyle=solid}\n||Header||Value||\n|Mtapistatus|617020,901001|\n{panel}\n", "[0|617020,901001]"},
	})
}
