package headers

import (
	"bytes"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// LooksLikeHeaders reports whether head, the start of an input, is an HTTP response, a header block
// or printed headers rather than a list of codes: a status line (curl -i, -v, wget -S, HTTPie), curl's
// or wget's progress lines, two header fields in a row, a UTF-16 byte-order mark (PowerShell), or an
// mtapistatus header among other words (a log line, a JSON object of headers). A bare
// "mtapistatus: 617020" is not: it is a value to decode as it stands.
func LooksLikeHeaders(head []byte) bool {
	if bytes.HasPrefix(head, []byte{0xff, 0xfe}) || bytes.HasPrefix(head, []byte{0xfe, 0xff}) {
		return true
	}
	s := strings.TrimPrefix(string(stripANSI(nil, head)), "\ufeff")
	var fields, lines int
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimRight(line, "\r")
		t := strings.TrimLeft(line, " \t")
		if t == "" {
			continue
		}
		if statusLine(strings.TrimPrefix(t, "< ")) {
			return true
		}
		lines++
		if lines == 1 && (tsharkFrame(t) || jsonDocument(s)) {
			return true
		}
		if lines == 1 && (strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "> ") ||
			strings.HasPrefix(t, "StatusCode: ") || wgetStart(t)) {
			return true
		}
		if lines <= 2 && headerField(t) {
			fields++
		}
	}
	if fields >= 2 {
		return true
	}
	lower := strings.ToLower(s)
	i := strings.Index(lower, codes.HeaderName)
	if i < 0 {
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
