package decode

import (
	"slices"
	"strings"
	"sync"

	"github.com/mtapi-cli/mtapi/codes"
)

// maxNameLen bounds the names edit distances are computed for; no catalogue name comes close, and
// it lets the distance rows live on the stack.
const maxNameLen = 96

// names are the distinct catalogue names with their normalised forms, built on the first
// suggestion: every unknown name in a long stream asks for suggestions, so they must be cheap.
var names = sync.OnceValue(func() []nameKey {
	var out []nameKey
	seen := map[string]bool{}
	for _, e := range codes.Entries() {
		if !seen[e.Name] {
			seen[e.Name] = true
			k := codes.Normalize(e.Name)
			out = append(out, nameKey{e.Name, k, histogram(k)})
		}
	}
	slices.SortFunc(out, func(a, b nameKey) int { return strings.Compare(a.name, b.name) })
	return out
})

type nameKey struct {
	name, key string
	hist      hist
}

// hist counts the letters and digits of a normalised name. Half the difference of two histograms is
// a lower bound of the edit distance, which rules out most names without computing it.
type hist [36]uint8

func histogram(s string) hist {
	var h hist
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			h[c-'a']++
		case c >= '0' && c <= '9':
			h[26+c-'0']++
		}
	}
	return h
}

func (h *hist) distance(o *hist) int {
	d := 0
	for i := range h {
		if h[i] > o[i] {
			d += int(h[i] - o[i])
		} else {
			d += int(o[i] - h[i])
		}
	}
	return d
}

// Suggest returns up to n catalogue names close to an unknown name: names containing it or contained
// in it first, then the smallest edit distances on the normalised forms, within a third of its length.
func Suggest(name string, n int) []string {
	key := codes.Normalize(name)
	if key == "" || len(key) > maxNameLen {
		return nil
	}
	type cand struct {
		name string
		dist int
	}
	var cs []cand
	limit := max(2, len(key)/3)
	kh := histogram(key)
	ns := names()
	for i := range ns {
		nk := &ns[i]
		d := -1
		switch {
		case len(key) >= 4 && (strings.Contains(nk.key, key) || strings.Contains(key, nk.key)):
			d = 0
		case (kh.distance(&nk.hist)+1)/2 > limit:
			// Too many different letters for the distance to be within the limit.
		default:
			if ed := levenshtein(key, nk.key, limit); ed <= limit {
				d = ed
			}
		}
		if d >= 0 {
			cs = append(cs, cand{nk.name, d})
		}
	}
	// names() is sorted, so a stable sort by distance keeps ties alphabetical.
	slices.SortStableFunc(cs, func(a, b cand) int { return a.dist - b.dist })
	var out []string
	for i := 0; i < len(cs) && i < n; i++ {
		out = append(out, cs[i].name)
	}
	return out
}

// levenshtein is the edit distance of a and b, or limit+1 as soon as it must exceed limit.
func levenshtein(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit || len(b) > maxNameLen {
		return limit + 1
	}
	var rows [2][maxNameLen + 1]int
	prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1]
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
