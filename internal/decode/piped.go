package decode

import (
	"bytes"

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
)

// Piped decides what piped input is from head, its start as mtapi headers' Head bounds it, and
// claimed, whether one of its readers claims it (headers.Claim). The readers are asked first;
// only where none claims the input is it read as codes or text.
func Piped(cat *codes.Catalogue, head []byte, claimed bool) PipedKind {
	switch {
	case claimed:
		return PipedResponses
	case NotCodes(cat, string(head)) && (Pasted(string(head)) || JSONStart(head)):
		return PipedBody
	}
	return PipedCodes
}

// JSONStart reports whether b starts (after white space and a byte-order mark) like a JSON document.
func JSONStart(b []byte) bool {
	b = bytes.TrimLeft(bytes.TrimPrefix(b, []byte("\ufeff")), " \t\r\n")
	return len(b) > 0 && (b[0] == '{' || b[0] == '[')
}
