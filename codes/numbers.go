package codes

import (
	"errors"
	"strconv"
	"strings"
)

// maxDigits bounds a status value: no family has more than seven digits, and a longer run is a
// mistake, not a code.
const maxDigits = 10

// ErrNotInteger is ParseNumber's error for text not written as an integer: the caller may try it as
// a name instead.
var ErrNotInteger = errors.New("not an integer")

// ErrRange is wrapped by ParseNumber's error for an integer no status can be (too long or too
// large): it is written as a number, so it is not a name either.
var ErrRange = errors.New("no status is that large")

// rangeError says how an integer is out of range and wraps ErrRange.
type rangeError string

func (e rangeError) Error() string { return string(e) }
func (rangeError) Unwrap() error   { return ErrRange }

// ParseNumber reads s as an integer: one optional sign, then digits. Surrounding punctuation a
// sentence or a list adds ("617020." "(617020)" "617020;") is ignored. The error is ErrNotInteger
// when s is not written as an integer, and wraps ErrRange when it is one no status can be.
func ParseNumber(s string) (int, error) {
	s = trimPunctuation(s)
	digits := strings.TrimLeft(s, "+-")
	if len(s)-len(digits) > 1 || digits == "" {
		return 0, ErrNotInteger
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, ErrNotInteger
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil || n > 1<<31-1 || n < -(1<<31) {
		return 0, rangeError("the number is too large")
	}
	if len(digits) > maxDigits {
		return 0, rangeError(strconv.Itoa(len(digits)) + " digits is too long")
	}
	return n, nil
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
		if _, err := ParseNumber(strings.TrimSpace(f)); errors.Is(err, ErrNotInteger) {
			return false
		}
	}
	return true
}
