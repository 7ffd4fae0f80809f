package decode

import (
	"errors"
	"strconv"

	"github.com/mtapi-cli/mtapi/codes"
)

// IsQuery reports whether s is written as codes and names only, as decode reads them one by one:
// numbers (with the punctuation of a sentence or a list around them), comma lists, code names, an
// mtapistatus header line, or one word that may be a mistyped name. Anything else (a ticket line,
// an e-mail, a message, a code in curly quotes) is free text, which ReadText reads.
func IsQuery(cat *codes.Catalogue, s string) bool {
	toks := Tokens(s, func(t string) bool { return IsName(cat, t) })
	if len(toks) == 0 {
		return false
	}
	for _, t := range toks {
		if _, err := codes.ParseNumber(t); !errors.Is(err, codes.ErrNotInteger) {
			continue
		}
		// A word shaped like a name is one only without punctuation in it: "MtapiException:" is
		// a label, "Status=UpdateDateCannotBeInFuture" a field.
		if IsName(cat, t) || identifierShape(t) && nameLike(t) || len(toks) == 1 && LooksLikeName(t) {
			continue
		}
		return false
	}
	return true
}

// ResolveTokens decodes the tokens of a query in order. Two numbers in a row that are the halves of
// a documented code ("617 020", "404 1001") are one near-code, offered rather than decoded: the
// person most likely typed one code with a space in it.
func ResolveTokens(cat *codes.Catalogue, toks []string) []Result {
	out := make([]Result, 0, len(toks))
	for i := 0; i < len(toks); i++ {
		if i+1 < len(toks) {
			if n, ok := splitCode(cat, toks[i], toks[i+1]); ok {
				out = append(out, NearCode(cat, toks[i]+" "+toks[i+1], n))
				i++
				continue
			}
		}
		out = append(out, Resolve(cat, toks[i]))
	}
	return out
}

// splitCode reports whether a and b, written one after the other, are the halves of a documented
// code that neither is by itself.
func splitCode(cat *codes.Catalogue, a, b string) (int, bool) {
	if !(len(a) == 3 && len(b) == 3 || a == "404" && len(b) == 4) || !allDigits(a) || !allDigits(b) {
		return 0, false
	}
	n, err := strconv.Atoi(a + b)
	if err != nil || len(cat.Lookup(n).Entries) == 0 {
		return 0, false
	}
	if bn, _ := strconv.Atoi(b); len(cat.Lookup(bn).Entries) > 0 {
		return 0, false
	}
	return n, true
}
