package headers

import "bytes"

// Chrome DevTools Protocol events, as a client logs them ({"method": "Network.responseReceived",
// "params": {...}}): the event's method says the side. Only Network.responseReceived (its
// params.response) and Network.responseReceivedExtraInfo (its params.headers and statusCode) carry
// a response's headers; Network.requestWillBeSent* and every other event never count, not even a
// requestWillBeSent's redirectResponse, which the responseReceivedExtraInfo of that hop already
// reported. The params key is otherwise a request's (a client's query parameters).

// The values of frame.cdp: the object is a CDP Network event, one that carries a response or not.
const (
	cdpResponseEvent = 'r'
	cdpOtherEvent    = 'o'
)

// cdpMethod returns the frame.cdp class of an event's method, or 0 if it is no Network event.
func cdpMethod(method []byte) byte {
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

// cdpParams decides whether the params of the event f are read: only a response event's are.
func cdpParams(f *frame) (ignore bool) {
	return f.cdp != cdpResponseEvent
}
