package headers

// hexRow reports a row of a hex dump: bytes as two-digit hex groups, then the same bytes as
// text ("socat -x": " 6d 74 61 70 ... 35  mtapistatus: 555"; hexdump -C with its offset). Its text
// column cuts the stream every 16 bytes, so a header in it is a fragment ("555" of "555001"): the
// row is never read as a header. (A value cut by a dump row must never be reported.)
func hexRow(b []byte) bool {
	i := 0
	for i < len(b) && (b[i] == ' ' || b[i] == '\t') {
		i++
	}
	// An offset column: "00000010  " or "0x0010: ".
	if j := hexOffset(b[i:]); j > 0 {
		i += j
	}
	groups := 0
	for i+2 <= len(b) && isHexDigit(b[i]) && isHexDigit(b[i+1]) && (i+2 == len(b) || b[i+2] == ' ') {
		groups++
		i += 3
		if i < len(b) && b[i] == ' ' && groups >= 4 {
			return true // two spaces: the text column follows
		}
	}
	return groups >= 8 && i >= len(b)
}

// hexOffset returns the length of a dump's offset column and the space after it, or 0.
func hexOffset(b []byte) int {
	i := 0
	if len(b) > 2 && b[0] == '0' && b[1] == 'x' {
		i = 2
	}
	n := 0
	for i < len(b) && isHexDigit(b[i]) {
		i++
		n++
	}
	if n < 4 || n > 8 {
		return 0
	}
	if i < len(b) && b[i] == ':' {
		i++
	}
	if i+1 < len(b) && b[i] == ' ' && b[i+1] == ' ' || i < len(b) && b[i] == ' ' && b[i-1] == ':' {
		for i < len(b) && b[i] == ' ' {
			i++
		}
		return i
	}
	return 0
}

func isHexDigit(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
