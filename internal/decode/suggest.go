package decode

import (
	"slices"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
)

// Suggest returns up to limitN catalogue names close to an unknown name: names containing it or contained
// in it first, then the smallest edit distances on the normalised forms, within a third of its length.
func Suggest(name string, limitN int) []string {
	key := codes.Normalize(name)
	if key == "" {
		return nil
	}
	type cand struct {
		name string
		dist int
	}
	seen := map[string]bool{}
	var cs []cand
	limit := max(2, len(key)/3)
	for _, e := range codes.Entries() {
		if seen[e.Name] {
			continue
		}
		seen[e.Name] = true
		k := codes.Normalize(e.Name)
		d := -1
		switch {
		case len(key) >= 4 && (strings.Contains(k, key) || strings.Contains(key, k)):
			d = 0
		default:
			if ed := levenshtein(key, k, limit); ed <= limit {
				d = ed
			}
		}
		if d >= 0 {
			cs = append(cs, cand{e.Name, d})
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if a.dist != b.dist {
			return a.dist - b.dist
		}
		return strings.Compare(a.name, b.name)
	})
	var out []string
	for i := 0; i < len(cs) && i < limitN; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

// levenshtein is the edit distance of a and b, or limit+1 as soon as it must exceed limit.
func levenshtein(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			best = min(best, cur[j])
		}
		if best > limit {
			return limit + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}
