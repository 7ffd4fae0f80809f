package codes

import (
	_ "embed"
	"slices"
	"strings"
	"sync"

	"github.com/mtapi-cli/mtapi/internal/codesfmt"
)

var (
	//go:embed catalogue.tsv
	catalogueTSV string
	//go:embed controllers.tsv
	controllersTSV string
	//go:embed revisions.tsv
	revisionsTSV string
	//go:embed names.tsv
	namesTSV string
)

// Catalogue is one catalogue with its indexes: the embedded one (Default) or one read by Load. It
// is immutable, so it is safe for concurrent use.
type Catalogue struct {
	revisions   []Revision
	controllers []*Controller // sorted by Start
	entries     []Entry       // by code, trusted first within a code
	// byCode holds the entries sorted by code and, within a code, trusted first; codeSpans indexes it.
	byCode    []Entry
	codeSpans []span[int]
	// byName is the same for normalised names.
	byName     []Entry
	nameSpans  []span[string]
	names      sync.Once
	typos      []Entry // entries printed with a number other than the one they decode from
	documented []int   // sorted codes with at least one non-superseded entry
	latestRev  string
}

// span says that the entries for key sit at [lo, hi) of an index's entry slice.
type span[K int | string] struct {
	key    K
	lo, hi int
}

// Default returns the catalogue built into the binary. It is static data generated from the
// embedded TSV files (tables.go, kept current by a test), so it costs nothing to parse at start-up.
func Default() *Catalogue { return &embedded }

//go:generate go test -run TestTablesAreCurrent -update-tables

// index builds the sorted lookup tables from c.entries.
func (c *Catalogue) index() {
	// The reference sorts its rows by number already, so an insertion sort only reorders the few
	// entries that share a number (trusted first); it stays correct for any order.
	es := c.entries
	for i := 1; i < len(es); i++ {
		for j := i; j > 0 && byCodeTrusted(&es[j], &es[j-1]) < 0; j-- {
			es[j], es[j-1] = es[j-1], es[j]
		}
	}
	c.byCode = es
	c.codeSpans = spans(c.byCode, func(e *Entry) int { return e.Code })
	for _, s := range c.codeSpans {
		if c.byCode[s.lo].State != Superseded {
			c.documented = append(c.documented, s.key)
		}
	}
	for _, e := range c.entries {
		if e.Printed != e.Code {
			c.typos = append(c.typos, e)
		}
	}
	for _, ctl := range c.controllers {
		for _, code := range c.documented {
			if ctl.Contains(code) {
				ctl.Documented++
			}
		}
	}
}

func byCodeTrusted(a, b *Entry) int {
	if a.Code != b.Code {
		return a.Code - b.Code
	}
	return trustedFirst(a, b)
}

// nameIndex builds the name lookup of a loaded catalogue on first use: decoding a number never
// needs it. The embedded catalogue's was built when tables.go was generated.
func (c *Catalogue) nameIndex() {
	if c.byName != nil {
		return // built at generate time (the embedded catalogue)
	}
	order := make([]int, len(c.entries))
	// One buffer holds every normalised name; the keys are substrings of it.
	size := 0
	for _, e := range c.entries {
		size += len(e.Name)
	}
	buf := make([]byte, 0, size)
	ends := make([]int, len(c.entries))
	for i, e := range c.entries {
		buf, _ = codesfmt.AppendKey(buf, e.Name, len(buf)+len(e.Name))
		ends[i] = len(buf)
	}
	all := string(buf)
	keyOf := make([]string, len(c.entries))
	for i := range c.entries {
		start := 0
		if i > 0 {
			start = ends[i-1]
		}
		keyOf[i] = all[start:ends[i]]
	}
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int {
		if d := strings.Compare(keyOf[i], keyOf[j]); d != 0 {
			return d
		}
		if d := trustedFirst(&c.entries[i], &c.entries[j]); d != 0 {
			return d
		}
		return i - j
	})
	c.byName = make([]Entry, len(order))
	keys := make([]string, len(order))
	for i, k := range order {
		c.byName[i], keys[i] = c.entries[k], keyOf[k]
	}
	c.nameSpans = spans(keys, func(k *string) string { return *k })

}

// spans groups a sorted slice into runs of equal keys.
func spans[T any, K int | string](xs []T, key func(*T) K) []span[K] {
	var out []span[K]
	for i := range xs {
		k := key(&xs[i])
		if n := len(out); n > 0 && out[n-1].key == k {
			out[n-1].hi = i + 1
			continue
		}
		out = append(out, span[K]{key: k, lo: i, hi: i + 1})
	}
	return out
}

// trustedFirst orders entries: trusted states first, then the newest sighting, then by code and name.
func trustedFirst(a, b *Entry) int {
	if d := a.State.rank() - b.State.rank(); d != 0 {
		return d
	}
	if d := b.lastRev - a.lastRev; d != 0 {
		return d
	}
	if d := a.Code - b.Code; d != 0 {
		return d
	}
	return strings.Compare(a.Name, b.Name)
}
