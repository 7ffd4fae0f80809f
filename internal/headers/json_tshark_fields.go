package headers

import "strconv"

// tshark -T json with -e fields (tshark -T json -e http.response.code -e http.response.line)
// writes each packet as {"_source": {"layers": {...}}} with only the fields named, each a list of
// the values it took in the packet: "http.response.code": ["400"], "http.response.line": the
// response's header lines, "http.request.line": the request's. The frame stack reads the lists of
// header lines by their shape (a request's are never read); this family says which layers object
// is a response and with which status.
//
// A JSON family (json_families.go): it wants to see a list open under "http.response.code"; the
// list holds the member's value (its last element is handed to the layers object as the member,
// as var_dump's int(400) is), which it then reads in the layers object, where it keeps state.

// tsharkFieldsLayers marks the layers object of a packet that carries a response code.
const tsharkFieldsLayers = 1

// tsharkFieldsOpen reads the list under "http.response.code".
func tsharkFieldsOpen(_ *structParser, s jsonSlot, parent, f *frame, key []byte, kind byte) {
	// (It is shown every bracket opened in a layers object it marked: only the code's is its.)
	if kind == '[' && parent != nil && string(key) == "http.response.code" {
		f.scalarOf = true
		s.set(parent, tsharkFieldsLayers)
	}
}

// tsharkFieldsMember reads the code handed over from its list: the layers object is a response.
func tsharkFieldsMember(_ *structParser, s jsonSlot, f *frame, key, val []byte) bool {
	if s.of(f) != tsharkFieldsLayers || string(key) != "http.response.code" {
		return false
	}
	if n, err := strconv.Atoi(string(val)); err == nil && n >= 100 && n <= 999 {
		f.status, f.response = n, true
	}
	return true
}
