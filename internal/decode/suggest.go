package decode

import (
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/mtapi-cli/mtapi/codes"
)

// maxNameLen bounds the names edit distances are computed for; no catalogue name comes close, and
// it lets the distance rows live on the stack.
const maxNameLen = 96

// nameCache holds, per catalogue, its distinct names with their normalised forms, built on the first
// suggestion: every unknown name in a long stream asks for suggestions, so they must be cheap.
var nameCache sync.Map // *codes.Catalogue -> func() []nameKey

func names(cat *codes.Catalogue) []nameKey {
	f, ok := nameCache.Load(cat)
	if !ok {
		f, _ = nameCache.LoadOrStore(cat, sync.OnceValue(func() []nameKey { return buildNames(cat) }))
	}
	return f.(func() []nameKey)()
}

func buildNames(cat *codes.Catalogue) []nameKey {
	var out []nameKey
	seen := map[string]bool{}
	for _, e := range cat.Entries() {
		if !seen[e.Name] {
			seen[e.Name] = true
			k := codes.Normalize(e.Name)
			out = append(out, nameKey{e.Name, k, histogram(k)})
		}
	}
	slices.SortFunc(out, func(a, b nameKey) int { return strings.Compare(a.name, b.name) })
	return out
}

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

// missing is how many letters and digits of h the name histogram o lacks: a lower bound of the
// distance of h's string to any part of o's.
func (h *hist) missing(o *hist) int {
	d := 0
	for i := range h {
		if h[i] > o[i] {
			d += int(h[i] - o[i])
		}
	}
	return d
}

// Suggest returns up to n names of cat close to an unknown name: names containing it or contained in
// it first, then the smallest edit distances on the normalised forms, within a third of its length;
// a mistyped part of a name ("updatedateshoudbeafter") finds the names it is nearly a part of.
func Suggest(cat *codes.Catalogue, name string, n int) []string {
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
	// A part of a name must be long enough to mean something, and may be mistyped less.
	partLimit := -1
	if len(key) >= 8 {
		partLimit = max(1, len(key)/6)
	}
	kh := histogram(key)
	ns := names(cat)
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
		if d != 0 && partLimit > 0 && kh.missing(&nk.hist) <= partLimit {
			if pd := partDistance(key, nk.key, partLimit); pd <= partLimit && (d < 0 || pd < d) {
				d = pd
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

// partDistance is the smallest edit distance of a to any substring of b, or limit+1 as soon as it
// must exceed limit.
func partDistance(a, b string, limit int) int { return distance(a, b, limit, true) }

// suggestNumbers returns up to n documented codes a mistyped number may have meant: near misses
// only, one digit changed, dropped or added, or two neighbouring digits swapped. The intended value
// of a documented typo (62000 for 620004) is the one answer: it suppresses the other near misses.
// No suggestion beats a wrong one, so a number's range neighbours are never offered as "did you
// mean" (the explanation lists them, as information about the range).
func suggestNumbers(cat *codes.Catalogue, num, n int) []string {
	if num < 0 {
		return nil
	}
	if typos := cat.PrintedAs(num); len(typos) > 0 {
		return []string{strconv.Itoa(typos[0].Code)}
	}
	var out []string
	seen := map[int]bool{num: true}
	add := func(m int) {
		if len(out) >= n || seen[m] {
			return
		}
		seen[m] = true
		if es := cat.Lookup(m).Entries; len(es) > 0 && es[0].State != codes.Superseded {
			out = append(out, strconv.Itoa(m))
		}
	}
	try := func(s string) {
		if s == "" || len(s) > 1 && s[0] == '0' {
			return
		}
		if m, err := strconv.Atoi(s); err == nil {
			add(m)
		}
	}
	s := strconv.Itoa(num)
	for i := len(s); i >= 0; i-- { // a dropped digit, most often the last
		for d := byte('0'); d <= '9'; d++ {
			try(s[:i] + string(d) + s[i:])
		}
	}
	for i := len(s) - 1; i >= 0; i-- {
		for d := byte('0'); d <= '9'; d++ {
			try(s[:i] + string(d) + s[i+1:])
		}
	}
	for i := 0; i+1 < len(s); i++ {
		try(s[:i] + string(s[i+1]) + string(s[i]) + s[i+2:])
	}
	for i := range s {
		try(s[:i] + s[i+1:])
	}
	return out
}

// EditDistance is the Levenshtein distance of a and b, or limit+1 where it exceeds limit (or a word
// is longer than any name): the one measure of "mistyped" behind every did-you-mean of mtapi (names,
// commands, flags, --fail-on words).
func EditDistance(a, b string, limit int) int { return levenshtein(a, b, limit) }

// levenshtein is the edit distance of a and b, or limit+1 as soon as it must exceed limit.
func levenshtein(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	return distance(a, b, limit, false)
}

// distance is the edit distance of a to b, or with part to the closest substring of b (the part
// may start and end anywhere in b), or limit+1 as soon as it must exceed limit.
func distance(a, b string, limit int, part bool) int {
	if len(a) > maxNameLen || len(b) > maxNameLen {
		return limit + 1
	}
	var rows [2][maxNameLen + 1]int
	prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1]
	for j := range prev {
		if !part {
			prev[j] = j
		}
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
	if part {
		return slices.Min(prev)
	}
	return prev[len(b)]
}
