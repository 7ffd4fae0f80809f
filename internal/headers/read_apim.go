package headers

import "strconv"

// Azure API Management's request trace (the Ocp-Apim-Trace document, the portal's "Trace" tab):
// {"traceEntries": {"inbound": [...], "backend": [...], "outbound": [...], "on-error": [...]}},
// each entry {"source", "timestamp", "elapsed", "data"}. An entry's data holds what the policy
// saw: forward-request's "request" (what went to the back end, never counted) and "response" (what
// came back: {"status": {"code": 400, "reason": "Bad Request"}, "headers": [{"name", "value"}]}).
//
// A JSON family (json_families.go): it reads the brackets opened under "traceEntries" and inside
// them. The frame stack takes a "data" member for a body or what was sent; in a trace entry it
// is the entry's record, read as any object is (its request is still a request's). A response's
// status is an object of its own there: its code and reason are the response's status, and the
// object is no response of its own.

// The states of a frame in the family's slot.
const (
	// apimTrace: a frame inside traceEntries.
	apimTrace = 't'
	// apimStatus: a response's status object.
	apimStatus = 's'
)

// apimOpen marks what opens inside a trace, and reads an entry's data as the entry's record.
func apimOpen(_ *structParser, s jsonSlot, parent, f *frame, key []byte, _ byte) {
	if s.of(parent) == apimStatus {
		return
	}
	st := uint8(apimTrace)
	switch string(key) {
	case "data":
		if s.of(parent) == apimTrace {
			// (The frame stack took it for a body or what was sent.)
			f.ignore = parent.ignore
		}
	case "status":
		if parent.response {
			st = apimStatus
		}
	}
	s.set(f, st)
}

// apimMember reads a response's status object: its code and reason are the response's.
func apimMember(p *structParser, s jsonSlot, f *frame, key, val []byte) bool {
	if s.of(f) != apimStatus {
		return false
	}
	resp := p.parentOf(f)
	if resp == nil {
		return false
	}
	switch string(key) {
	case "code":
		if n, err := strconv.Atoi(string(val)); err == nil && n >= 100 && n <= 999 {
			resp.status = n
		}
	case "reason":
		resp.statusText = string(val)
	default:
		return false
	}
	return true
}
