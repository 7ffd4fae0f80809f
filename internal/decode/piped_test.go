package decode

import (
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
)

func TestPiped(t *testing.T) {
	cat := codes.Default()
	cases := []struct {
		head    string
		claimed bool
		want    PipedKind
	}{
		{"HTTP/1.1 400 Bad Request\r\n", true, PipedResponses},
		{"617020\n", false, PipedCodes},
		{"UpdateDateCannotBeInFuture\n", false, PipedCodes},
		{"<html><body>Nov GMT hello world</body></html>\n", false, PipedBody},
		{`{"title": "Bad Request"}` + "\n", false, PipedBody},
		// Prose is read as text by the codes reader (its prose fallback), never as a body.
		{"Hi team, the portal says 617020 again.\n", false, PipedCodes},
		// Markup further on in a ticket does not make it a body: the lead decides.
		{"Hi team, the portal says 617020 again.\nSee <b>this</b>.\n", false, PipedCodes},
		{"Content-Type: text/html\n<html><body>x</body></html>\n", false, PipedBody},
		// A word alone over more lines is a title or a greeting, read with the text.
		{"GET\n/list\nUpdate a service request's dates\n", false, PipedText},
		{"Hello\nwe get 617020 when saving\n", false, PipedText},
		{"Responses:\n\n400 Error: Bad Request\n", false, PipedText},
		// A name or a code alone, or a word alone with nothing after it, is a query.
		{"NotSet\nsome words\n", false, PipedCodes},
		{"617020\nsome words\n", false, PipedCodes},
		{"Hello\n", false, PipedCodes},
	}
	for _, c := range cases {
		if got := Piped(cat, []byte(c.head), c.claimed); got != c.want {
			t.Errorf("Piped(%q, %v) = %v, want %v", c.head, c.claimed, got, c.want)
		}
	}
}
