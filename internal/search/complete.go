package search

import (
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// Completion is one candidate for a word being completed on a command line.
type Completion struct {
	// Text replaces the word. A name is given as printed ("upd" gives UpdateDateCannotBeInFuture):
	// mtapi's completion scripts match the typed prefix ignoring case. A word typed with other
	// separators ("update_date_c") keeps them, then goes on as printed, since no shell would accept
	// a candidate that does not start with the word; names decode either way.
	Text string
	// Entry is the entry the candidate stands for (the trusted one of its number or name).
	Entry codes.Entry
	// NotSet marks the -1 candidate, which has no entry.
	NotSet bool
}

// Complete returns up to max candidates for word: numbers by prefix ("6170" gives 617001–617029) in
// ascending order, or names by prefix, then by substring, ignoring case and separators.
func Complete(cat *codes.Catalogue, word string, max int) []Completion {
	var out []Completion
	if word == "" || word[0] == '-' || word[0] >= '0' && word[0] <= '9' {
		if strings.HasPrefix("-1", word) && word != "" {
			out = append(out, Completion{Text: "-1", NotSet: true})
		}
		last := -2
		for _, e := range cat.Entries() {
			if e.Code == last {
				continue // the first entry of a number is the one to trust
			}
			last = e.Code
			if s := strconv.Itoa(e.Code); strings.HasPrefix(s, word) {
				out = append(out, Completion{Text: s, Entry: e})
			}
			if len(out) >= max {
				break
			}
		}
		return out
	}
	x := indexFor(cat)
	key := codes.Normalize(word)
	seen := map[string]bool{}
	var contains []Completion
	for i, e := range x.entries {
		if seen[e.Name] {
			continue
		}
		if es := cat.LookupName(e.Name); len(es) > 0 {
			e = es[0] // the name's trusted entry, wherever it is printed first
		}
		switch n := x.norm[i]; {
		case key == "":
		case strings.HasPrefix(n, key):
			seen[e.Name] = true
			text := e.Name
			if len(word) > len(text) || !strings.EqualFold(text[:len(word)], word) {
				// The word as typed, then the rest of the name as printed.
				text = word + e.Name[x.normMap[i][len(key)-1]+1:]
			}
			out = append(out, Completion{Text: text, Entry: e})
		case strings.Contains(n, key):
			seen[e.Name] = true
			contains = append(contains, Completion{Text: e.Name, Entry: e})
		}
	}
	out = append(out, contains...)
	if len(out) > max {
		out = out[:max]
	}
	return out
}
