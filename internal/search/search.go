// Package search owns matching text against the catalogue: entries from a fragment (a word of a
// message, part of a name, a controller, the first digits of a code), controllers from their names,
// and completion candidates.
//
// Ranking, best first (each tier above every result of the next):
//
//  1. exact name (ignoring case and separators);
//  2. name prefix;
//  3. every query word found in the name, message, controller or code (any order, any case); words
//     found whole (a CamelCase part of a name, a word of a message) outrank the same letters
//     inside another word;
//  4. fuzzy name match (characters in order, github.com/sahilm/fuzzy, on names without case or
//     separators);
//  5. fuzzy message match.
//
// Within a tier, entries that are not superseded come first, then the better score, then the lower
// code. A query of digits (6170, 617xxx, 617*) matches codes by numeric prefix only, never fuzzily.
package search

import (
	"errors"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/sahilm/fuzzy"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/codesfmt"
)

// Tier says why an entry matched.
type Tier int

// The tiers, best first.
const (
	ExactName Tier = iota
	NamePrefix
	AllWords
	FuzzyName
	FuzzyMessage
	CodePrefix
	Everything
)

var tierNames = [...]string{"exact name", "name prefix", "all words", "fuzzy name", "fuzzy message", "code prefix", "catalogue"}

func (t Tier) String() string { return tierNames[t] }

// Span is a matched run of bytes in one field of an entry, for highlighting.
type Span struct {
	Field      string // "name", "message", "controller" or "code"
	Start, End int
}

// Match is one entry found.
type Match struct {
	Entry codes.Entry
	Tier  Tier
	// Score orders matches inside a tier; higher is better. It is comparable only within a tier.
	Score   int
	Matched []Span
}

// Options narrow a search.
type Options struct {
	// Controller keeps entries whose code lies in this range (nil: all).
	Controller *codes.Controller
	// States keeps entries in these states (empty: all).
	States []codes.State
}

// index holds the lowercased and normalised forms of every entry of one catalogue.
type index struct {
	entries []codes.Entry
	norm    []string // normalised names
	normMap [][]int  // normalised position -> name position
	lname   []string
	lmsg    []string
	lctl    []string
	code    []string
	// whole holds, per entry, the whole words of its name (its CamelCase and snake_case parts) and
	// of its message, lower case: a query word found as one of them outranks the same letters
	// inside another word ("date" in UpdateDateCannotBeInFuture before UpdateNoticeFailed).
	whole []map[string]bool
}

// indexes caches one index per catalogue, built on its first search.
var indexes sync.Map // *codes.Catalogue -> func() *index

func indexFor(cat *codes.Catalogue) *index {
	f, ok := indexes.Load(cat)
	if !ok {
		f, _ = indexes.LoadOrStore(cat, sync.OnceValue(func() *index { return buildIndex(cat) }))
	}
	return f.(func() *index)()
}

// buildIndex is the one place an index is made, so that a pre-built one can replace it.
func buildIndex(cat *codes.Catalogue) *index {
	es := cat.Entries()
	x := &index{entries: es}
	for _, e := range es {
		n, m := codesfmt.KeyIndex(e.Name)
		x.norm = append(x.norm, n)
		x.normMap = append(x.normMap, m)
		x.lname = append(x.lname, strings.ToLower(e.Name))
		x.lmsg = append(x.lmsg, strings.ToLower(e.Message))
		x.lctl = append(x.lctl, strings.ToLower(e.Controller.Name))
		x.code = append(x.code, strconv.Itoa(e.Code))
		x.whole = append(x.whole, wholeWords(e.Name, e.Message))
	}
	return x
}

// wholeWords are the words of a name, split at its CamelCase humps, underscores and digits, and
// of a message, lower case.
func wholeWords(name, message string) map[string]bool {
	m := map[string]bool{}
	for _, w := range NameParts(name) {
		m[strings.ToLower(w)] = true
	}
	for _, w := range words(message) {
		m[w] = true
	}
	return m
}

// NameParts splits a code name into its words: "UpdateDateCannotBeInFuture" is Update, Date,
// Cannot, Be, In, Future; "ARTIFACT_NOT_FOUND" is ARTIFACT, NOT, FOUND; "MBUNMissing" is MBUN,
// Missing.
func NameParts(name string) []string {
	var out []string
	start := 0
	isUpper := func(c byte) bool { return c >= 'A' && c <= 'Z' }
	isLower := func(c byte) bool { return c >= 'a' && c <= 'z' }
	isDigit := func(c byte) bool { return c >= '0' && c <= '9' }
	flush := func(end int) {
		if end > start {
			out = append(out, name[start:end])
		}
		start = end
	}
	for i := 0; i < len(name); i++ {
		c := name[i]
		switch {
		case !isUpper(c) && !isLower(c) && !isDigit(c):
			flush(i)
			start = i + 1
		case i > start && isUpper(c) && isLower(name[i-1]):
			flush(i)
		case i > start && isUpper(c) && isUpper(name[i-1]) && i+1 < len(name) && isLower(name[i+1]):
			flush(i)
		case i > start && isDigit(c) != isDigit(name[i-1]):
			flush(i)
		}
	}
	flush(len(name))
	return out
}

// numericPattern reports whether q is a code prefix or mask (6170, 617xxx, 617*, -1) and returns the
// digits to match as a prefix.
func numericPattern(q string) (string, bool) {
	q = strings.TrimSpace(q)
	digits := strings.TrimRight(q, "xX*?")
	if digits == "" {
		return "", false
	}
	if strings.HasPrefix(digits, "-") && len(digits) > 1 {
		digits = digits[1:]
		if strings.Trim(digits, "0123456789") != "" {
			return "", false
		}
		return "-" + digits, true
	}
	if strings.Trim(digits, "0123456789") != "" {
		return "", false
	}
	return digits, true
}

func words(q string) []string {
	return strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r > 127)
	})
}

// searcher collects the matches of one search, tier by tier.
type searcher struct {
	x     *index
	opts  Options
	out   []Match
	taken []bool
}

func (s *searcher) keep(i int) bool {
	e := &s.x.entries[i]
	if s.opts.Controller != nil && !s.opts.Controller.Contains(e.Code) {
		return false
	}
	if len(s.opts.States) == 0 {
		return true
	}
	for _, st := range s.opts.States {
		if e.State == st {
			return true
		}
	}
	return false
}

func (s *searcher) add(i int, t Tier, score int, spans []Span) {
	s.out = append(s.out, Match{Entry: s.x.entries[i], Tier: t, Score: score, Matched: spans})
	if s.taken != nil {
		s.taken[i] = true
	}
}

// Search returns every entry of cat matching query, best first. An empty query returns the whole
// catalogue in code order.
func Search(cat *codes.Catalogue, query string, opts Options) []Match {
	s := &searcher{x: indexFor(cat), opts: opts}
	query = strings.TrimSpace(query)
	switch {
	case query == "":
		s.everything()
		return s.out
	case allNumeric(query):
		s.codePrefixes(query)
	default:
		s.taken = make([]bool, len(s.x.entries))
		nq := codes.Normalize(query)
		ws := words(query)
		s.names(nq, ws)
		s.fuzzyNames(nq)
		s.fuzzyMessages(strings.Join(ws, " "))
	}
	sortMatches(s.out)
	return s.out
}

// everything lists the catalogue in code order.
func (s *searcher) everything() {
	for i := range s.x.entries {
		if s.keep(i) {
			s.add(i, Everything, 0, nil)
		}
	}
}

// codePrefixes matches codes by the digits of each query word, never fuzzily.
func (s *searcher) codePrefixes(query string) {
	var prefixes []string
	for _, q := range strings.Fields(query) {
		p, _ := numericPattern(q)
		prefixes = append(prefixes, p)
	}
	for i := range s.x.entries {
		if !s.keep(i) {
			continue
		}
		for _, p := range prefixes {
			if strings.HasPrefix(s.x.code[i], p) {
				s.add(i, CodePrefix, len(p)-len(s.x.code[i]), []Span{{"code", 0, len(p)}})
				break
			}
		}
	}
}

// names is the first three tiers: exact name, name prefix, every word found.
func (s *searcher) names(nq string, ws []string) {
	x := s.x
	for i := range x.entries {
		if !s.keep(i) {
			continue
		}
		switch {
		case nq != "" && x.norm[i] == nq:
			s.add(i, ExactName, 0, []Span{{"name", 0, len(x.entries[i].Name)}})
		case nq != "" && strings.HasPrefix(x.norm[i], nq):
			s.add(i, NamePrefix, -len(x.norm[i]), []Span{{"name", 0, x.normMap[i][len(nq)-1] + 1}})
		default:
			if spans, inName, ok := allWords(x, i, ws); ok {
				// More words found as whole words, then more words in the name, then shorter
				// names, rank higher.
				whole := 0
				for _, w := range ws {
					if x.whole[i][w] || x.whole[i][w+"s"] || x.whole[i][w+"es"] {
						whole++
					}
				}
				s.add(i, AllWords, whole*100000+inName*1000-len(x.entries[i].Name), spans)
			}
		}
	}
}

// fuzzyNames is the fourth tier: the query's characters in order in a normalised name.
func (s *searcher) fuzzyNames(nq string) {
	s.fuzzy(nq, s.x.norm, FuzzyName, func(i, j int) Span {
		p := s.x.normMap[i][j]
		return Span{"name", p, p + 1}
	})
}

// fuzzyMessages is the fifth tier: the query's words' characters in order in a message.
func (s *searcher) fuzzyMessages(lq string) {
	if len(lq) < 3 {
		return
	}
	s.fuzzy(lq, s.x.lmsg, FuzzyMessage, func(_, j int) Span { return Span{"message", j, j + 1} })
}

// fuzzy adds the entries not yet taken whose strs hold pattern tightly enough; span maps a matched
// byte j of entry i's string to the field it shows in.
func (s *searcher) fuzzy(pattern string, strs []string, tier Tier, span func(i, j int) Span) {
	if pattern == "" {
		return
	}
	for _, m := range fuzzyFind(pattern, strs, s.taken) {
		if s.taken[m.Index] || !s.keep(m.Index) || !tight(m, len(pattern)) {
			continue
		}
		spans := make([]Span, 0, len(m.MatchedIndexes))
		for _, j := range m.MatchedIndexes {
			spans = append(spans, span(m.Index, j))
		}
		s.add(m.Index, tier, m.Score, mergeSpans(spans))
	}
}

// candidates is a fuzzy.Source over the strings that can match at all.
type candidates struct {
	strs []string
	idx  []int
}

func (c candidates) String(i int) string { return c.strs[c.idx[i]] }
func (c candidates) Len() int            { return len(c.idx) }

// fuzzyFind runs sahilm/fuzzy only on the strings not already matched that hold the pattern's bytes
// in order: a plain byte scan rejects most of the catalogue far faster than fuzzy's Unicode folding,
// and the search stays within its budget. Match.Index refers to strs.
func fuzzyFind(pattern string, strs []string, taken []bool) fuzzy.Matches {
	c := candidates{strs: strs}
	for i, s := range strs {
		if !taken[i] && subsequence(pattern, s) {
			c.idx = append(c.idx, i)
		}
	}
	ms := fuzzy.FindFrom(pattern, c)
	for i := range ms {
		ms[i].Index = c.idx[ms[i].Index]
	}
	return ms
}

func subsequence(p, s string) bool {
	for j := 0; j < len(p); j++ {
		k := strings.IndexByte(s, p[j])
		if k < 0 {
			return false
		}
		s = s[k+1:]
	}
	return true
}

// IsNumeric reports whether the query is made of code prefixes or masks only (6170, 617xxx, 617*).
func IsNumeric(q string) bool { return strings.TrimSpace(q) != "" && allNumeric(q) }

func allNumeric(q string) bool {
	for _, f := range strings.Fields(q) {
		if _, ok := numericPattern(f); !ok {
			return false
		}
	}
	return true
}

// tight rejects fuzzy matches whose characters are scattered so widely that they are noise
// ("virus" is in order inside "retrievingnoticesforuserfailed"): the score must be positive and the
// matched run at most two and a half times as long as the query, plus three.
func tight(m fuzzy.Match, n int) bool {
	idx := m.MatchedIndexes
	if len(idx) == 0 || m.Score <= 0 {
		return false
	}
	return 2*(idx[len(idx)-1]-idx[0]+1) <= 5*n+6
}

// allWords reports whether every word occurs in the entry's name, message, controller or code, with
// the spans found and how many words were in the name.
func allWords(x *index, i int, ws []string) ([]Span, int, bool) {
	if len(ws) == 0 {
		return nil, 0, false
	}
	var spans []Span
	inName := 0
	for _, w := range ws {
		if j := strings.Index(x.lname[i], w); j >= 0 {
			spans = append(spans, Span{"name", j, j + len(w)})
			inName++
		} else if j := strings.Index(x.norm[i], w); j >= 0 {
			spans = append(spans, Span{"name", x.normMap[i][j], x.normMap[i][j+len(w)-1] + 1})
			inName++
		} else if j := strings.Index(x.lmsg[i], w); j >= 0 {
			spans = append(spans, Span{"message", j, j + len(w)})
		} else if j := strings.Index(x.lctl[i], w); j >= 0 {
			spans = append(spans, Span{"controller", j, j + len(w)})
		} else if strings.HasPrefix(x.code[i], w) {
			spans = append(spans, Span{"code", 0, len(w)})
		} else {
			return nil, 0, false
		}
	}
	return mergeSpans(spans), inName, true
}

// mergeSpans sorts spans and joins touching ones in the same field.
func mergeSpans(s []Span) []Span {
	sort.Slice(s, func(a, b int) bool {
		if s[a].Field != s[b].Field {
			return s[a].Field < s[b].Field
		}
		return s[a].Start < s[b].Start
	})
	out := s[:0]
	for _, sp := range s {
		if n := len(out); n > 0 && out[n-1].Field == sp.Field && sp.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, sp.End)
			continue
		}
		out = append(out, sp)
	}
	return out
}

func sortMatches(ms []Match) {
	sort.SliceStable(ms, func(a, b int) bool {
		x, y := ms[a], ms[b]
		if x.Tier != y.Tier {
			return x.Tier < y.Tier
		}
		if xs, ys := x.Entry.State == codes.Superseded, y.Entry.State == codes.Superseded; xs != ys {
			return ys
		}
		if x.Score != y.Score {
			return x.Score > y.Score
		}
		if x.Entry.Code != y.Entry.Code {
			return x.Entry.Code < y.Entry.Code
		}
		return x.Entry.Name < y.Entry.Name
	})
}

// matchesWords reports whether every word occurs in hay (lower case).
func matchesWords(hay string, ws []string) bool {
	for _, w := range ws {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return len(ws) > 0
}

// rangeText is what a text query is matched against: the name as listed, the printed heading and the
// family.
func rangeText(r codes.Range) string {
	hay := r.Name + " " + string(r.Kind)
	if r.Controller != nil {
		hay += " " + r.Controller.Label
	}
	return strings.ToLower(hay)
}

// Controllers returns the ranges of cat that text names: a controller name (any part, any case), its
// printed heading or its family. It is the one place text finds a controller.
func Controllers(cat *codes.Catalogue, text string) []codes.Range {
	ws := words(text)
	var out []codes.Range
	for _, r := range cat.Ranges() {
		if matchesWords(rangeText(r), ws) {
			out = append(out, r)
		}
	}
	return out
}

// Ranges returns the controllers whose name matches every query word, for pointing a search that
// found no code at a range that documents none (virus → Virus Scan).
func Ranges(cat *codes.Catalogue, query string) []*codes.Controller {
	var out []*codes.Controller
	for _, r := range Controllers(cat, query) {
		if r.Controller != nil {
			out = append(out, r.Controller)
		}
	}
	return out
}

// SelectRanges is the answer of `mtapi ranges q`: every range for an empty q, the range holding a
// number or a mask (617xxx), or the ranges text names. numeric says which of the last two q was.
func SelectRanges(cat *codes.Catalogue, q string) (rs []codes.Range, numeric bool) {
	q = strings.TrimSpace(q)
	all := cat.Ranges()
	if q == "" {
		return all, false
	}
	if fs := strings.FieldsFunc(q, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }); len(fs) > 1 && allNumbers(fs) {
		// "617020 901002", "617020,901002": the ranges of each, in the table's order, once.
		seen := map[int]bool{}
		for _, f := range fs {
			got, _ := SelectRanges(cat, f)
			for _, r := range got {
				seen[r.Start] = true
			}
		}
		for _, r := range all {
			if seen[r.Start] {
				rs = append(rs, r)
			}
		}
		return rs, true
	}
	if n, err := codes.ParseNumber(q); !errors.Is(err, codes.ErrNotInteger) {
		for _, r := range all {
			if err == nil && n >= r.Start && n <= r.End {
				rs = append(rs, r)
			}
		}
		return rs, true
	}
	if IsNumeric(q) {
		if c, ok := ParseController(cat, q); ok {
			for _, r := range all {
				if r.Controller == c {
					return []codes.Range{r}, true
				}
			}
		}
		return nil, true
	}
	return Controllers(cat, q), false
}

func allNumbers(fs []string) bool {
	for _, f := range fs {
		if _, err := codes.ParseNumber(f); errors.Is(err, codes.ErrNotInteger) && !IsNumeric(f) {
			return false
		}
	}
	return true
}

// ParseStates reads a --state value: a comma list of states, or "all".
func ParseStates(s string) ([]codes.State, bool) {
	if s == "" || strings.EqualFold(s, "all") {
		return nil, true
	}
	var out []codes.State
	for _, f := range strings.Split(s, ",") {
		st := codes.State(strings.ToLower(strings.TrimSpace(f)))
		if !st.Valid() {
			return nil, false
		}
		out = append(out, st)
	}
	return out, true
}

// ParseController reads a --controller value: a name (any part, any case), a number inside the range,
// or a mask such as 617xxx.
func ParseController(cat *codes.Catalogue, s string) (*codes.Controller, bool) {
	s = strings.TrimSpace(s)
	if p, ok := numericPattern(s); ok && !strings.HasPrefix(p, "-") {
		width := 6
		if strings.HasPrefix(p, "404") {
			width = 7
		}
		for len(p) < width {
			p += "0"
		}
		n, _ := strconv.Atoi(p)
		if c := cat.ControllerFor(n); c != nil {
			return c, true
		}
		return nil, false
	}
	for _, c := range cat.Controllers() {
		if strings.EqualFold(c.Name, s) {
			return c, true
		}
	}
	cs := Ranges(cat, s)
	if len(cs) != 1 {
		return nil, false // none, or ambiguous
	}
	return cs[0], true
}
