package decode

import (
	"errors"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// The two tests below are hand-written rather than regular expressions: compiling those at package
// init cost every run of mtapi (decode 617020 included) about 3% of its start-up, and they are small
// enough to read as code. text_test.go checks them against the expressions they replace.

// hasMarkup reports whether s holds a tag: "<" and a letter, "!", "/" or "?", then anything but
// "<" up to a ">" (`<[A-Za-z!/?][^<>]*>`).
func hasMarkup(s string) bool {
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 || i+1 >= len(s) {
			return false
		}
		s = s[i+1:]
		if c := s[0]; !('a' <= c|0x20 && c|0x20 <= 'z' || c == '!' || c == '/' || c == '?') {
			continue
		}
		// The tag ends at the first ">"; a "<" before it starts the next candidate.
		j := strings.IndexAny(s, "<>")
		if j < 0 {
			return false
		}
		if s[j] == '>' {
			return true
		}
		s = s[j:]
	}
}

// isStatusLine reports whether s starts like an HTTP status line: optional white space, "HTTP/" in
// any case, a version of digits and dots, white space, three digits, then white space or the end
// (`(?i)^\s*HTTP/[0-9.]+\s+[0-9]{3}(\s|$)`, where \s is one of "\t\n\f\r ").
func isStatusLine(s string) bool {
	i := skip(s, 0, isSpace)
	if len(s)-i < 5 || !strings.EqualFold(s[i:i+5], "HTTP/") {
		return false
	}
	j := skip(s, i+5, func(c byte) bool { return isDigit(c) || c == '.' })
	if j == i+5 {
		return false
	}
	k := skip(s, j, isSpace)
	if k == j || len(s)-k < 3 || !isDigit(s[k]) || !isDigit(s[k+1]) || !isDigit(s[k+2]) {
		return false
	}
	return len(s) == k+3 || isSpace(s[k+3])
}

// skip returns the index of the first byte of s at or after i that ok rejects.
func skip(s string, i int, ok func(byte) bool) int {
	for i < len(s) && ok(s[i]) {
		i++
	}
	return i
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// NotCodes reports whether head, the start of standard input, is clearly not a list of codes and
// names: markup (an HTML body printed without its headers), an HTTP status line, or a first line of
// prose, several words of which few are codes or names. Decoding such input word by word would
// answer "unknown" for every word of a body; the caller reads it for mtapistatus headers instead and
// says once when there are none. A name written with spaces ("update date cannot be in future") is a
// name, not prose.
func NotCodes(cat *codes.Catalogue, head string) bool {
	head = strings.TrimSpace(strings.TrimPrefix(head, "\ufeff"))
	if hasMarkup(head) {
		return true
	}
	t, _, _ := strings.Cut(head, "\n")
	if t = strings.TrimSpace(t); t == "" {
		return false
	}
	if isStatusLine(t) {
		return true
	}
	if IsName(cat, t) {
		return false
	}
	var words, good int
	for _, tok := range Tokens(t, func(string) bool { return false }) {
		words++
		if _, err := codes.ParseNumber(tok); !errors.Is(err, codes.ErrNotInteger) || IsName(cat, tok) {
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
	return hasMarkup(t) || isStatusLine(t)
}

// Markup reports whether text, in which no response was found, is yet a response's body (markup, or
// a status line) rather than text that may mention codes: a ticket line with an address in angle
// brackets is text.
func Markup(text string) bool {
	t := strings.TrimSpace(text)
	return markup(t) || isStatusLine(t)
}

// markup reports whether t is markup rather than text that holds a bracketed word: it starts with a
// tag, or closes one ("</p>"). A ticket line with an address ("Ann <ann@example.org>") or a
// placeholder ("<server>/api") is text.
func markup(t string) bool {
	if !hasMarkup(t) {
		return false
	}
	if strings.HasPrefix(t, "<") {
		return true
	}
	for rest := t; ; {
		i := strings.Index(rest, "</")
		if i < 0 || i+2 >= len(rest) {
			return false
		}
		if c := rest[i+2] | 0x20; 'a' <= c && c <= 'z' && strings.IndexByte(rest[i:], '>') > 0 {
			return true
		}
		rest = rest[i+2:]
	}
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
