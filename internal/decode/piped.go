package decode

import (
	"bytes"
	"encoding/json"
	"errors"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// PipedKind is what piped input is, decided from its start.
type PipedKind int

const (
	// PipedCodes: codes and names, read as they come; prose after them is read as text, for the
	// codes and messages it mentions.
	PipedCodes PipedKind = iota
	// PipedResponses: a reader of mtapi headers claims the input (a response, a tool's dump, a
	// log, printed headers): only its responses' mtapistatus values count.
	PipedResponses
	// PipedBody: markup or a status line with no reader's claim, a body printed without its
	// headers: only mtapistatus headers it may carry count, and when it has none the user is told
	// to include the headers.
	PipedBody
	// PipedText: text whose first line is a word alone that no code or name is ("GET" over a
	// path, as Swagger UI's page reads when copied; "Hello"; "Responses"), with more lines after
	// it: read whole as text, for the codes and messages it mentions. The word is a title or a
	// greeting, not a name mistyped.
	PipedText
)

// Piped decides what piped input is from head, its start as mtapi headers' Head bounds it, and
// claimed, whether one of its readers claims it (headers.Claim). The readers are asked first;
// only where none claims the input is it read as codes or text, judged on head's first lines.
func Piped(cat *codes.Catalogue, head []byte, claimed bool) PipedKind {
	lead, more := leadOf(head)
	switch {
	case claimed:
		return PipedResponses
	case NotCodes(cat, lead) && (Pasted(lead) || JSONStart([]byte(lead))):
		return PipedBody
	case more && titleWord(cat, lead):
		return PipedText
	}
	return PipedCodes
}

// leadOf returns the start of head that decides codes against a body: its first non-blank line,
// and the ones after it while the line before is a header field ("Content-Type: text/html" over
// markup), at most four; more says whether a line that is not blank follows the first.
func leadOf(head []byte) (lead string, more bool) {
	s := strings.TrimPrefix(string(head), "\ufeff")
	end, lines := 0, 0
	for rest := s; rest != ""; {
		line, after, _ := strings.Cut(rest, "\n")
		if strings.TrimSpace(line) != "" {
			if lines > 0 && (lines == 4 || !fieldLine(strings.TrimSpace(s[:end]))) {
				return s[:end], true
			}
			more = lines > 0
			lines++
		}
		end = len(s) - len(after)
		rest = after
	}
	return s, more
}

// fieldLine reports whether the last line of s is "Name: value", with a name of letters, digits
// and dashes and a value.
func fieldLine(s string) bool {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	name, value, ok := strings.Cut(strings.TrimSpace(s), ":")
	if !ok || name == "" || strings.TrimSpace(value) == "" {
		return false
	}
	for i := 0; i < len(name); i++ {
		if c := name[i]; !(isDigit(c) || c == '-' || 'a' <= c|0x20 && c|0x20 <= 'z') {
			return false
		}
	}
	return true
}

// titleWord reports whether lead's first line is one word (a trailing colon or comma aside) that
// is no number and no code's name.
func titleWord(cat *codes.Catalogue, lead string) bool {
	t, _, _ := strings.Cut(strings.TrimSpace(lead), "\n")
	t = strings.TrimRight(strings.TrimSpace(t), ":,")
	if t == "" || strings.ContainsAny(t, " \t") {
		return false
	}
	if _, err := codes.ParseNumber(t); !errors.Is(err, codes.ErrNotInteger) {
		return false
	}
	return !IsName(cat, t)
}

// JSONStart reports whether b starts (after white space and a byte-order mark) like a JSON document:
// with "{" or "[", and with no error of JSON syntax in what b holds of it. A chat copied from Teams
// ("[10:42 AM] Lee, Ann") or a Markdown link starts with a bracket too, and is text.
func JSONStart(b []byte) bool {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\ufeff")), " \t\r\n")
	if len(b) == 0 || b[0] != '{' && b[0] != '[' {
		return false
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := dec.Token(); err != nil {
			// The end of b, whole or cut inside a value, is no error of syntax.
			var syn *json.SyntaxError
			return !errors.As(err, &syn)
		}
	}
}
