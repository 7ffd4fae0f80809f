package codes

import (
	_ "embed"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
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

// Catalogue is one parsed catalogue with its indexes: the embedded one (Embedded) or one loaded from a
// directory of the same files. It is immutable once built, so it is safe for concurrent use.
//
// The embedded catalogue is built on first use, not in init, and with a handful of allocations,
// because every `mtapi decode` process pays for it inside its start-up budget.
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

// Embedded returns the catalogue built into the binary. It is static data generated from the TSV
// files (tables.go), so it costs nothing at start-up.
func Embedded() *Catalogue { return &embedded }

//go:generate go test -run TestTablesAreCurrent -update-tables

// eachRow calls fn with the fields of every data line of a TSV document, skipping the header line
// and '#' comment lines. The field slice is reused between calls; the strings point into doc.
func eachRow(doc string, want int, fn func(f []string) error) error {
	fields := make([]string, 0, want)
	header := true
	for lineNo := 1; doc != ""; lineNo++ {
		var line string
		line, doc, _ = strings.Cut(doc, "\n")
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		if header {
			header = false
			continue
		}
		fields = fields[:0]
		for {
			i := strings.IndexByte(line, '\t')
			if i < 0 {
				fields = append(fields, line)
				break
			}
			fields = append(fields, line[:i])
			line = line[i+1:]
		}
		if len(fields) != want {
			return fmt.Errorf("line %d: %d fields, want %d", lineNo, len(fields), want)
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("line %d: %w", lineNo, err)
		}
	}
	return nil
}

func parse(catalogueDoc, controllersDoc, revisionsDoc, namesDoc string) (*Catalogue, error) {
	c := &Catalogue{}
	revIndex := make(map[string]int, 32)
	err := eachRow(revisionsDoc, 5, func(f []string) error {
		revIndex[f[0]] = len(c.revisions)
		c.revisions = append(c.revisions, Revision{Label: f[0], Source: f[1], WhatChanged: f[2], Evidence: f[3], Confidence: f[4]})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("revisions.tsv: %w", err)
	}
	if len(c.revisions) > 0 {
		c.latestRev = c.revisions[len(c.revisions)-1].Label
	}

	short := make(map[string][2]string, 32)
	if err := eachRow(namesDoc, 3, func(f []string) error {
		short[f[0]] = [2]string{f[1], f[2]}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("names.tsv: %w", err)
	}

	byLabel := make(map[string]*Controller, 32)
	ctrls := make([]Controller, 0, 32)
	err = eachRow(controllersDoc, 8, func(f []string) error {
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start > end {
			return fmt.Errorf("%q: bad range %q-%q", f[0], f[1], f[2])
		}
		n, ok := short[f[0]]
		if !ok {
			return fmt.Errorf("names.tsv has no short name for controller %q", f[0])
		}
		ctrls = append(ctrls, Controller{
			Name: n[0], NameInferred: n[1] == "yes", Label: f[0], Start: start, End: end,
			Implemented: f[3], FirstRevision: f[4], LastRevision: f[5], Note: f[7],
		})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("controllers.tsv: %w", err)
	}
	for i := range ctrls {
		c.controllers = append(c.controllers, &ctrls[i])
		byLabel[ctrls[i].Label] = &ctrls[i]
	}
	slices.SortFunc(c.controllers, func(a, b *Controller) int { return a.Start - b.Start })

	c.entries = make([]Entry, 0, strings.Count(catalogueDoc, "\n"))
	err = eachRow(catalogueDoc, 9, func(f []string) error {
		printed, err := strconv.Atoi(f[0])
		if err != nil {
			return fmt.Errorf("bad code %q", f[0])
		}
		e := Entry{
			Code: printed, Printed: printed, Name: f[1], Message: f[3], State: State(f[4]),
			FirstRevision: f[5], LastRevision: f[6], Sources: f[7], Note: f[8],
		}
		if !e.State.Valid() {
			return fmt.Errorf("%d %s: invalid state %q", printed, e.Name, e.State)
		}
		if e.Controller = byLabel[f[2]]; e.Controller == nil {
			return fmt.Errorf("%d %s: unknown controller %q", printed, e.Name, f[2])
		}
		var ok1, ok2 bool
		e.firstRev, ok1 = revIndex[e.FirstRevision]
		e.lastRev, ok2 = revIndex[e.LastRevision]
		if !ok1 || !ok2 {
			return fmt.Errorf("%d %s: unknown revision %q or %q", printed, e.Name, e.FirstRevision, e.LastRevision)
		}
		if e.State == Typo {
			intended, err := intendedValue(e.Note)
			if err != nil {
				return fmt.Errorf("%d %s: %w", printed, e.Name, err)
			}
			e.Code = intended
		}
		c.entries = append(c.entries, e)
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("catalogue.tsv: %w", err)
	}
	c.index()
	return c, nil
}

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

// nameIndex builds the name lookup on first use: decoding a number never needs it.
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
		buf, _ = normalizeInto(buf, e.Name, len(buf)+len(e.Name))
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

// intendedValue reads the number from a typo note ("intended value: 620004. ...").
func intendedValue(note string) (int, error) {
	rest, ok := strings.CutPrefix(note, "intended value: ")
	if !ok {
		return 0, fmt.Errorf("typo note does not start with %q", "intended value: ")
	}
	end := 0
	for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
		end++
	}
	return strconv.Atoi(rest[:end])
}
