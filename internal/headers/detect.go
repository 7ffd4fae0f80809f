package headers

import (
	"bytes"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// look is the start of an input as the readers' claims see it: its text without colour codes or a
// byte-order mark, and its non-blank lines, trimmed.
type look struct {
	text  string
	lines []string
}

func (h look) first() string { return h.lines[0] }

func newLook(head []byte) look {
	s := strings.TrimPrefix(string(stripANSI(nil, head)), "\ufeff")
	h := look{text: s}
	for line := range strings.Lines(s) {
		if t := strings.TrimSpace(line); t != "" {
			h.lines = append(h.lines, t)
		}
	}
	return h
}

// Claim returns the name of the reader that claims an input from its start (Head), in the order of
// the reader table, or "" when none does: a list of codes, prose. A UTF-16 byte-order mark
// (PowerShell's redirection) is claimed as text, to be read once transcoded.
func Claim(head []byte) string {
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return "http"
	}
	h := newLook(head)
	if len(h.lines) == 0 {
		return ""
	}
	for _, r := range readerTable() {
		if r.claim != nil && r.claim(h) {
			return r.name
		}
	}
	return ""
}

// LooksLikeHeaders reports whether a reader claims head, the start of an input: an HTTP response, a
// header block, a tool's dump or printed headers rather than a list of codes or prose. A bare
// "mtapistatus: 617020" is not: it is a value to decode as it stands.
func LooksLikeHeaders(head []byte) bool { return Claim(head) != "" }

// jsonClaim claims a JSON document with members, or a printed object: a list of codes never is one.
func jsonClaim(h look) bool { return jsonDocument(h.text) }

// httpClaim claims HTTP text: a status line (curl -i, -v, wget -S, HTTPie) on any line, or on the
// first line a request line, curl -v's "* " or "> ", .NET's "StatusCode: ", wget's progress line;
// or two header fields in a row at the start.
func httpClaim(h look) bool {
	for _, t := range h.lines {
		if statusLine(strings.TrimPrefix(t, "< ")) {
			return true
		}
	}
	t := h.first()
	if strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "> ") || strings.HasPrefix(t, "StatusCode: ") || wgetStart(t) ||
		isRequestLine([]byte(t)) {
		return true
	}
	return len(h.lines) >= 2 && headerField(h.lines[0]) && headerField(h.lines[1])
}

// logClaim claims a line that prints the header as a field among other words (a log line, a
// printed object, a table): its name followed by a field's separator (fieldAfter). Prose that only names
// the header ("the server replied with mtapistatus 617020") is not claimed: it is text, whose
// codes decode reads as mentioned.
func logClaim(h look) bool {
	lower := strings.ToLower(h.text)
	i := strings.Index(lower, codes.HeaderName)
	if i < 0 || !fieldAfter(lower[i+len(codes.HeaderName):]) {
		return false
	}
	// Another word besides the header's name: the header is printed among others.
	rest := lower[:i] + " " + lower[i+len(codes.HeaderName):]
	run := 0
	for j := 0; j < len(rest); j++ {
		if c := rest[j]; c >= 'a' && c <= 'z' {
			if run++; run >= 2 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// fieldAfter reports whether what follows a name makes it a field's: after a closing quote or
// bracket and spaces, a separator of a field, a member or a table's cell (':', '=', '=>', ',', a tab,
// '|', '│').
func fieldAfter(s string) bool {
	s = strings.TrimLeft(s, `"' ]`)
	return s != "" && (strings.IndexByte(":=,|\t", s[0]) >= 0 || strings.HasPrefix(s, "│"))
}

// Head returns the start of an input that Claim decides from, without consuming it: the first
// non-blank line, and the lines after it while the last leaves the claim open (a header field that
// a second one makes a block, a request line, a title, a JSON document's members), at most four non-blank
// lines or 4 KiB, or less where the input ends first. It is a function of the bytes alone, never of
// how they were split into reads; a list of codes is decided on its first line.
func Head(br Peeker) []byte {
	head, _ := peekUntil(br, headEnd)
	return head
}

// Peeker is what Head reads: a bufio.Reader.
type Peeker interface {
	Peek(int) ([]byte, error)
	Buffered() int
}

// headEnd returns where Head ends in b, or -1 if b is too short to tell.
func headEnd(b []byte) int {
	lines, doc := 0, false
	for start := 0; start < len(b) && start < lookBytes; {
		i := bytes.IndexByte(b[start:], '\n')
		if i < 0 {
			return -1
		}
		end := start + i + 1
		t := strings.TrimSpace(string(stripANSI(nil, b[start:end])))
		start = end
		if t == "" {
			continue
		}
		lines++
		// A document's members decide it: they come one a line in a pretty-printed one.
		doc = doc || lines == 1 && (t[0] == '{' || t[0] == '[')
		if lines == lookLines || !doc && !claimOpen(t) {
			return min(end, lookBytes)
		}
	}
	if len(b) >= lookBytes {
		return lookBytes
	}
	return -1
}

// claimOpen reports whether a line leaves the claim open until the next one.
func claimOpen(t string) bool {
	return headerField(t) || isRequestLine([]byte(t)) || t[0] == '{' || t[0] == '[' ||
		sectionTitle([]byte(t)) != sectionNone
}

// tsharkFrame reports whether s is the first line of a packet dissection (tshark -V, -O http):
// "Frame 4: 150 bytes on wire (1200 bits), …".
func tsharkFrame(s string) bool {
	rest, ok := strings.CutPrefix(s, "Frame ")
	if !ok {
		return false
	}
	i := 0
	for i < len(rest) && rest[i] >= '0' && rest[i] <= '9' {
		i++
	}
	return i > 0 && strings.HasPrefix(rest[i:], ": ") && strings.Contains(rest, " bytes on wire")
}

// jsonDocument reports whether s starts a JSON document with members ({"a": …, "b": …}): a list of
// codes never does. One member alone ({"mtapistatus": "617020"}) is a value pasted as it stands.
func jsonDocument(s string) bool {
	t := strings.TrimLeft(s, " \t\r\n")
	if t == "" || t[0] != '{' && t[0] != '[' {
		return false
	}
	return strings.Count(t, "\":") >= 2
}

// statusLine reports whether s starts like "HTTP/1.1 200" or "HTTP/2 200".
func statusLine(s string) bool {
	rest, ok := strings.CutPrefix(s, "HTTP/")
	if !ok || rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	sp := strings.IndexByte(rest, ' ')
	return sp > 0 && len(rest) >= sp+4 && strings.Trim(rest[sp+1:sp+4], "0123456789") == ""
}

// wgetStart reports whether s is wget's first line: "--2026-11-25 08:00:00--  http://…".
func wgetStart(s string) bool {
	return len(s) > 23 && strings.HasPrefix(s, "--") && s[6] == '-' && s[12] == ' ' && s[21:23] == "--"
}

// headerField reports whether s is "Name: value" with an HTTP token as the name, starting with a
// letter.
func headerField(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 1 || !(s[0] >= 'a' && s[0] <= 'z' || s[0] >= 'A' && s[0] <= 'Z') {
		return false
	}
	for i := 0; i < colon; i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("!#$%&'*+.^_`|~-", c) >= 0) {
			return false
		}
	}
	return true
}
