package codes

import (
	"errors"
	"strconv"
	"strings"
)

// maxDigits bounds a status value: no family has more than seven digits, and a longer run is a
// mistake, not a code.
const maxDigits = 10

// errTooLarge is ParseNumber's error for an integer no status can be.
var errTooLarge = errors.New("the number is too large")

// ParseNumber reports whether s is written as an integer (ok; one optional sign, then digits), and
// err when it is one no status can be (too long or too large). Surrounding punctuation a sentence or
// a list adds ("617020." "(617020)" "617020;") is ignored.
func ParseNumber(s string) (n int, ok bool, err error) {
	s = trimPunctuation(s)
	digits := strings.TrimLeft(s, "+-")
	if len(s)-len(digits) > 1 || digits == "" {
		return 0, false, nil
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false, nil
		}
	}
	n, err = strconv.Atoi(s)
	if err != nil || n > 1<<31-1 || n < -(1<<31) {
		return 0, true, errTooLarge
	}
	if len(digits) > maxDigits {
		return 0, true, errors.New(strconv.Itoa(len(digits)) + " digits is too long")
	}
	return n, true, nil
}

// trimPunctuation strips what prose puts around a value: a trailing full stop, colon, semicolon,
// comma, question or exclamation mark, and enclosing brackets or quotes.
func trimPunctuation(s string) string {
	for {
		t := strings.TrimRight(s, ".,;:!?")
		t = strings.Trim(t, "\"'`")
		if len(t) >= 2 && (t[0] == '(' && t[len(t)-1] == ')' || t[0] == '[' && t[len(t)-1] == ']') {
			t = t[1 : len(t)-1]
		}
		t = strings.TrimLeft(t, "([")
		t = strings.TrimRight(t, ")]")
		if t == s {
			return s
		}
		s = t
	}
}

// IsCodeList reports whether s is a status value or a comma list of them as the header carries them
// ("617020", "-1,901002", "617020, 4041001").
func IsCodeList(s string) bool {
	if strings.TrimSpace(s) == "" {
		return false
	}
	for _, f := range strings.Split(s, ",") {
		if _, ok, _ := ParseNumber(strings.TrimSpace(f)); !ok {
			return false
		}
	}
	return true
}
