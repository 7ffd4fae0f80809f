package headers

import "bytes"

// Chrome DevTools Protocol events, as a client logs them ({"method": "Network.responseReceived",
// "params": {...}}): the event's method says the side. Only Network.responseReceived (its
// params.response) and Network.responseReceivedExtraInfo (its params.headers and statusCode) carry
// a response's headers; Network.requestWillBeSent* and every other event never count, not even a
// requestWillBeSent's redirectResponse, which the responseReceivedExtraInfo of that hop already
// reported. The params key is otherwise a request's (a client's query parameters).
//
// A JSON family (json_families.go): it reads an object's "method" member, and the bracket opened
// under "params" in an object whose method it read.

// The states of an object in the family's slot: a CDP Network event that carries a response, or
// one that does not.
const (
	cdpResponseEvent = 'r'
	cdpOtherEvent    = 'o'
)

// cdpMethod returns the class of an event's method, or 0 if it is no Network event.
func cdpMethod(method []byte) uint8 {
	const ns = "Network."
	if !bytes.HasPrefix(method, []byte(ns)) {
		return 0
	}
	switch string(method[len(ns):]) {
	case "responseReceived", "responseReceivedExtraInfo":
		return cdpResponseEvent
	}
	return cdpOtherEvent
}

// cdpMember reads an object's first "method" member: a Network event other than a response's
// never counts, nor is reported as an empty response.
func cdpMember(_ *structParser, s jsonSlot, f *frame, key, val []byte) bool {
	if string(key) != "method" || s.of(f) != 0 || f.response {
		return false
	}
	m := cdpMethod(val)
	s.set(f, m)
	if m == cdpOtherEvent {
		f.isRequest = true
	}
	return true
}

// cdpOpen decides whether the params of an event are read: only a response event's are.
func cdpOpen(_ *structParser, s jsonSlot, parent, f *frame, key []byte, _ byte) {
	if string(key) == "params" {
		f.ignore = parent.ignore || s.of(parent) != cdpResponseEvent
	}
}
