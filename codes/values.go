package codes

import (
	"iter"
	"strings"
)

// MaxValues is how many values of one mtapistatus header a reader keeps; a reader counts the rest
// as dropped instead of holding them, so that a header of any length keeps memory bounded.
const MaxValues = 1000

// isValueTrim says whether c is what a printing adds around a value: white space, quotes, and the
// braces and brackets PowerShell 7 ({617020, 901002}) and Java ([617020, 901002]) print a list in.
// A switch, not strings.Trim with a cutset, which builds its set on every call.
func isValueTrim(c byte) bool {
	switch c {
	case ' ', '\t', '\r', '"', '\'', '`', '{', '}', '[', ']', '(', ')':
		return true
	}
	return false
}

func trimValue(v string) string {
	for len(v) > 0 && isValueTrim(v[0]) {
		v = v[1:]
	}
	for len(v) > 0 && isValueTrim(v[len(v)-1]) {
		v = v[:len(v)-1]
	}
	return v
}

// Values splits one mtapistatus header value into its values, in order: on commas and line breaks,
// each trimmed of white space, quotes and brackets. Empty list elements are skipped (RFC 9110,
// section 5.6.1: "617020 ,, 901002" is two values), but a header with no element at all yields one
// empty value: the malformed header it is. The values are substrings of header; Values does not
// allocate when ranged over directly.
func Values(header string) iter.Seq[string] {
	return func(yield func(string) bool) {
		found := false
		for rest := header; ; {
			i := strings.IndexAny(rest, ",\n")
			v := rest
			if i >= 0 {
				v = rest[:i]
			}
			if v = trimValue(v); v != "" {
				found = true
				if !yield(v) {
					return
				}
			}
			if i < 0 {
				break
			}
			rest = rest[i+1:]
		}
		if !found {
			yield("")
		}
	}
}
