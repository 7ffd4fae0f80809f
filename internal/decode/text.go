package decode

import (
	"regexp"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

var (
	markup     = regexp.MustCompile(`<[A-Za-z!/?][^<>]*>`)
	statusLine = regexp.MustCompile(`(?i)^\s*HTTP/[0-9.]+\s+[0-9]{3}(\s|$)`)
)

// NotCodes reports whether head, the start of standard input, is clearly not a list of codes and
// names: markup (an HTML body printed without its headers), an HTTP status line, or a first line of
// prose, several words of which few are codes or names. Decoding such input word by word would
// answer "unknown" for every word of a body; the caller reads it for mtapistatus headers instead and
// says once when there are none. A name written with spaces ("update date cannot be in future") is a
// name, not prose.
func NotCodes(cat *codes.Catalogue, head string) bool {
	head = strings.TrimSpace(strings.TrimPrefix(head, "\ufeff"))
	if markup.MatchString(head) {
		return true
	}
	t, _, _ := strings.Cut(head, "\n")
	if t = strings.TrimSpace(t); t == "" {
		return false
	}
	if statusLine.MatchString(t) {
		return true
	}
	if IsName(cat, t) {
		return false
	}
	var words, good int
	for _, tok := range Tokens(t, func(string) bool { return false }) {
		words++
		if _, ok, _ := codes.ParseNumber(tok); ok || IsName(cat, tok) {
			good++
		}
	}
	// Three words none of which decodes ("Internal Server Error"), or more words of which fewer than
	// a quarter do.
	return words >= 3 && good == 0 || words >= 4 && good*4 < words
}

// Pasted reports whether an argument is a piece of a response rather than codes: markup or an HTTP
// status line. Prose is not judged in an argument: words quoted together are a name written with
// spaces, and a mistyped one deserves suggestions.
func Pasted(text string) bool {
	t := strings.TrimSpace(text)
	return markup.MatchString(t) || statusLine.MatchString(t)
}

// LooksLikeName reports whether a word is plausibly a code name someone typed, known or not: a
// CamelCase word, or a word of mostly letters (with the separators names may carry). `mtapi <word>`
// decodes such a word, so that a mistyped name gets suggestions rather than "unknown command".
func LooksLikeName(s string) bool {
	if len(s) < 3 || !nameLike(s) {
		return false
	}
	letters, upperAfterLower := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			letters++
		}
		if i > 0 && c >= 'A' && c <= 'Z' && s[i-1] >= 'a' && s[i-1] <= 'z' {
			upperAfterLower = true
		}
	}
	return upperAfterLower || letters*4 >= len(s)*3
}
