package headers

// Varnish 3's varnishlog, read by the varnishlog reader. Varnish 3 prints one record a line, like
// Varnish 4's -g raw (with the tag padded to 12 columns, not 14): a number (the session's file descriptor, not a transaction's id), a tag, the
// side and the data:
//
//	   13 RxHeader     c mtapistatus: 555001              the client's request: never
//	   14 TxHeader     b mtapistatus: 555001              Varnish's request to the backend: never
//	   14 RxHeader     b Mtapistatus: 617020,901001       the backend's response to Varnish
//	   13 ObjHeader    c Mtapistatus: 617020,901001       the cached object: never
//	   13 TxHeader     c Mtapistatus: 617020,901001       Varnish's response to the client
//
// Its tags say only the direction, Rx (received) or Tx (sent); the side says whose: what Varnish
// receives from a client and sends to a backend is a request, what it receives from a backend and
// sends to a client a response. So each record is named by its Varnish 4 tag, and read as that:
// the same two responses, a hop apart, each of its own. A client's records end with ReqEnd; a
// backend connection's fetch with BackendReuse or BackendClose (the descriptor is used again for
// the next fetch).

// vsl3Names names a Varnish 3 record by its Varnish 4 tags, by side: client, then backend ("" where
// the side has none); ok is false for a tag Varnish 3 shares with Varnish 4. (A switch, not a map:
// nothing is built at start.)
func vsl3Names(tag []byte) (names [2]string, ok bool) {
	switch string(tag) {
	case "RxRequest":
		return [2]string{"ReqMethod", ""}, true
	case "RxURL":
		return [2]string{"ReqURL", ""}, true
	case "RxProtocol":
		return [2]string{"ReqProtocol", "BerespProtocol"}, true
	case "RxHeader":
		return [2]string{"ReqHeader", "BerespHeader"}, true
	case "RxStatus":
		return [2]string{"", "BerespStatus"}, true
	case "RxResponse":
		return [2]string{"", "BerespReason"}, true
	case "TxRequest":
		return [2]string{"", "BereqMethod"}, true
	case "TxURL":
		return [2]string{"", "BereqURL"}, true
	case "TxProtocol":
		return [2]string{"RespProtocol", "BereqProtocol"}, true
	case "TxHeader":
		return [2]string{"RespHeader", "BereqHeader"}, true
	case "TxStatus":
		return [2]string{"RespStatus", ""}, true
	case "TxResponse":
		return [2]string{"RespReason", ""}, true
	case "ReqEnd":
		return [2]string{"End", ""}, true
	}
	return names, false
}

// vsl3Tag returns the Varnish 4 tag of a Varnish 3 record on a side (c or b), or the tag itself,
// and whether the record is one only Varnish 3 prints.
func vsl3Tag(tag []byte, side byte) ([]byte, bool) {
	switch string(tag) {
	case "SessionOpen", "SessionClose":
		return tag, true
	}
	t, ok := vsl3Names(tag)
	switch {
	case !ok:
	case side == 'c' && t[0] != "":
		return []byte(t[0]), true
	case side == 'b' && t[1] != "":
		return []byte(t[1]), true
	}
	return tag, ok
}

// vsl3Padded reports a tag Varnish 3 prints for every request, its own or one Varnish 4 shares:
// Varnish 3 pads the tag to 12 columns, where Varnish 4 pads it to 14.
func vsl3Padded(tag []byte) bool {
	_, ok := vsl3Names(tag)
	return ok || string(tag) == "SessionOpen" || string(tag) == "ReqStart"
}

// vsl3End reports a record that ends a Varnish 3 backend fetch.
func vsl3End(tag []byte, side byte) bool {
	return side == 'b' && (string(tag) == "BackendReuse" || string(tag) == "BackendClose")
}
