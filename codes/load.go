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

// catalogue is the parsed data with its indexes. It is built on first use, not in init, so that a
// process that never looks a code up (help, completion of flags) does not pay for it.
type catalogue struct {
	revisions   []Revision
	revIndex    map[string]int
	controllers []*Controller // sorted by Start
	byLabel     map[string]*Controller
	entries     []Entry // catalogue order: by code, as the reference sorts them
	byCode      map[int][]Entry
	byName      map[string][]Entry // key: normalised name
	byPrinted   map[int][]Entry    // typos, keyed by the number as printed
	documented  []int              // sorted codes with at least one non-superseded entry
	latestRev   string
}

var load = sync.OnceValue(func() *catalogue {
	c, err := parse(catalogueTSV, controllersTSV, revisionsTSV, namesTSV)
	if err != nil {
		// The data is embedded at build time and pinned by tests, so this is a build defect.
		panic("codes: embedded catalogue is malformed: " + err.Error())
	}
	return c
})

// rows splits a TSV document into field slices, skipping the header line and '#' comment lines.
// It avoids splitting the whole document up front because this runs on the first lookup of every
// process, inside the start-up budget.
func rows(doc string, want int) ([][]string, error) {
	out := make([][]string, 0, strings.Count(doc, "\n"))
	fields := make([]string, 0, want*cap(out))
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
		start := len(fields)
		for {
			f, rest, more := strings.Cut(line, "\t")
			fields = append(fields, f)
			if !more {
				break
			}
			line = rest
		}
		if n := len(fields) - start; n != want {
			return nil, fmt.Errorf("line %d: %d fields, want %d", lineNo, n, want)
		}
		out = append(out, fields[start:len(fields):len(fields)])
	}
	return out, nil
}

func parse(catalogueDoc, controllersDoc, revisionsDoc, namesDoc string) (*catalogue, error) {
	c := &catalogue{
		revIndex:  make(map[string]int, 32),
		byLabel:   make(map[string]*Controller, 32),
		byCode:    make(map[int][]Entry, 256),
		byName:    make(map[string][]Entry, 256),
		byPrinted: make(map[int][]Entry, 1),
	}

	revs, err := rows(revisionsDoc, 5)
	if err != nil {
		return nil, fmt.Errorf("revisions.tsv: %w", err)
	}
	for i, f := range revs {
		c.revisions = append(c.revisions, Revision{Label: f[0], Source: f[1], WhatChanged: f[2], Evidence: f[3], Confidence: f[4]})
		c.revIndex[f[0]] = i
	}
	if len(c.revisions) > 0 {
		c.latestRev = c.revisions[len(c.revisions)-1].Label
	}

	names, err := rows(namesDoc, 3)
	if err != nil {
		return nil, fmt.Errorf("names.tsv: %w", err)
	}
	short := map[string][]string{}
	for _, f := range names {
		short[f[0]] = f[1:]
	}

	ctrls, err := rows(controllersDoc, 8)
	if err != nil {
		return nil, fmt.Errorf("controllers.tsv: %w", err)
	}
	for _, f := range ctrls {
		start, err1 := strconv.Atoi(f[1])
		end, err2 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || start > end {
			return nil, fmt.Errorf("controllers.tsv: %q: bad range %q-%q", f[0], f[1], f[2])
		}
		n, ok := short[f[0]]
		if !ok {
			return nil, fmt.Errorf("names.tsv: no short name for controller %q", f[0])
		}
		ctl := &Controller{
			Name: n[0], NameInferred: n[1] == "yes", Label: f[0], Start: start, End: end,
			Implemented: f[3], FirstRevision: f[4], LastRevision: f[5], Note: f[7],
		}
		c.controllers = append(c.controllers, ctl)
		c.byLabel[f[0]] = ctl
	}
	slices.SortFunc(c.controllers, func(a, b *Controller) int { return a.Start - b.Start })

	cat, err := rows(catalogueDoc, 9)
	if err != nil {
		return nil, fmt.Errorf("catalogue.tsv: %w", err)
	}
	for _, f := range cat {
		printed, err := strconv.Atoi(f[0])
		if err != nil {
			return nil, fmt.Errorf("catalogue.tsv: bad code %q", f[0])
		}
		e := Entry{
			Code: printed, Printed: printed, Name: f[1], Message: f[3], State: State(f[4]),
			FirstRevision: f[5], LastRevision: f[6], Note: f[8],
		}
		if f[7] != "" {
			e.Sources = strings.Split(f[7], "; ")
		}
		if !e.State.Valid() {
			return nil, fmt.Errorf("catalogue.tsv: %d %s: invalid state %q", printed, e.Name, e.State)
		}
		if e.Controller = c.byLabel[f[2]]; e.Controller == nil {
			return nil, fmt.Errorf("catalogue.tsv: %d %s: unknown controller %q", printed, e.Name, f[2])
		}
		var ok1, ok2 bool
		e.firstRev, ok1 = c.revIndex[e.FirstRevision]
		e.lastRev, ok2 = c.revIndex[e.LastRevision]
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("catalogue.tsv: %d %s: unknown revision %q or %q", printed, e.Name, e.FirstRevision, e.LastRevision)
		}
		if e.State == Typo {
			intended, err := intendedValue(e.Note)
			if err != nil {
				return nil, fmt.Errorf("catalogue.tsv: %d %s: %w", printed, e.Name, err)
			}
			e.Code = intended
		}
		c.entries = append(c.entries, e)
	}

	for _, e := range c.entries {
		c.byCode[e.Code] = append(c.byCode[e.Code], e)
		key := Normalize(e.Name)
		c.byName[key] = append(c.byName[key], e)
		if e.Printed != e.Code {
			c.byPrinted[e.Printed] = append(c.byPrinted[e.Printed], e)
		}
	}
	for code, es := range c.byCode {
		slices.SortStableFunc(es, trustedFirst)
		if es[0].State != Superseded {
			c.documented = append(c.documented, code)
		}
	}
	for _, es := range c.byName {
		slices.SortStableFunc(es, trustedFirst)
	}
	slices.Sort(c.documented)
	for _, ctl := range c.controllers {
		for _, e := range c.entries {
			if e.State != Superseded && ctl.Contains(e.Code) {
				ctl.Documented++
			}
		}
	}
	return c, nil
}

// trustedFirst orders entries: trusted states first, then the newest sighting, then by code and name.
func trustedFirst(a, b Entry) int {
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
