package headers

import (
	"bytes"
	"encoding/binary"
)

// The log reader looks at a few words of a line that names the header (the first ones, for a
// prompt; the last two before the name, for prose). bytes.Fields would allocate a slice of every
// word of the line for that, on every such line of a large log; these find the words wanted in
// place and agree with bytes.Fields on every input (FuzzWords).

// leadingFields appends to dst the first max words of b, as bytes.Fields splits them, and returns
// dst and whether b holds more words than that.
func leadingFields(dst [][]byte, b []byte, max int) ([][]byte, bool) {
	if !isASCII(b) {
		f := bytes.Fields(b)
		if len(f) > max {
			return append(dst, f[:max]...), true
		}
		return append(dst, f...), false
	}
	i := 0
	for {
		for i < len(b) && asciiSpace(b[i]) {
			i++
		}
		if i == len(b) {
			return dst, false
		}
		if len(dst) == max {
			return dst, true
		}
		j := i
		for j < len(b) && !asciiSpace(b[j]) {
			j++
		}
		dst = append(dst, b[i:j:j])
		i = j
	}
}

// edgeFields returns the first word of b and its last two (prev before last), as bytes.Fields
// splits them, and how many words b holds, counted up to 3.
func edgeFields(b []byte) (first, prev, last []byte, n int) {
	if !isASCII(b) {
		f := bytes.Fields(b)
		switch len(f) {
		case 0:
			return nil, nil, nil, 0
		case 1:
			return f[0], nil, f[0], 1
		}
		return f[0], f[len(f)-2], f[len(f)-1], min(len(f), 3)
	}
	var buf [3][]byte
	lead, more := leadingFields(buf[:0], b, 3)
	n = len(lead)
	switch {
	case n == 0:
		return nil, nil, nil, 0
	case n == 1:
		return lead[0], nil, lead[0], 1
	case !more:
		return lead[0], lead[n-2], lead[n-1], n
	}
	// More than three words: the last two are found from the end.
	j := len(b)
	for k := 0; k < 2; k++ {
		for asciiSpace(b[j-1]) {
			j--
		}
		i := j
		for i > 0 && !asciiSpace(b[i-1]) {
			i--
		}
		if k == 0 {
			last = b[i:j:j]
		} else {
			prev = b[i:j:j]
		}
		j = i
	}
	return lead[0], prev, last, 3
}

// asciiSpace is bytes.Fields' white space among ASCII bytes.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// isASCII reports whether b holds only ASCII bytes. It looks at eight bytes at a time: the log
// reader asks it of most of every line that names the header, several times over.
func isASCII(b []byte) bool {
	for len(b) >= 8 {
		if binary.LittleEndian.Uint64(b)&0x8080808080808080 != 0 {
			return false
		}
		b = b[8:]
	}
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// lower is bytes.ToLower(b), written into buf when b is ASCII and fits there: the log reader lowers
// a few words around the header's name on each line that names it.
func lower(buf []byte, b []byte) []byte {
	if len(b) > len(buf) || !isASCII(b) {
		return bytes.ToLower(b)
	}
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(b)]
}

// lastIndex is bytes.LastIndex(b, []byte(sep)), going back from one of sep's first byte to the one
// before. bytes.LastIndex hashes every byte of b instead, and the log reader asks on every line that
// names the header, where sep is rare.
func lastIndex(b []byte, sep string) int {
	for j := len(b) - len(sep); j >= 0; j-- {
		if j = bytes.LastIndexByte(b[:j+1], sep[0]); j < 0 {
			return -1
		}
		if string(b[j:j+len(sep)]) == sep {
			return j
		}
	}
	return -1
}
