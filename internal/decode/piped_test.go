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
	}
	for _, c := range cases {
		if got := Piped(cat, []byte(c.head), c.claimed); got != c.want {
			t.Errorf("Piped(%q, %v) = %v, want %v", c.head, c.claimed, got, c.want)
		}
	}
}
