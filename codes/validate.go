package codes

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/mtapi-cli/mtapi/internal/codesfmt"
)

// The files of a catalogue directory. names.tsv is optional in a directory.
const (
	CatalogueFile   = "catalogue.tsv"
	ControllersFile = "controllers.tsv"
	RevisionsFile   = "revisions.tsv"
	NamesFile       = "names.tsv"
)

var (
	catalogueColumns   = codesfmt.Columns(CatalogueFile)
	controllersColumns = codesfmt.Columns(ControllersFile)
	revisionsColumns   = codesfmt.Columns(RevisionsFile)
	namesColumns       = codesfmt.Columns(NamesFile)
)

// Problem is one defect of a catalogue file. Line and Column are 1-based; Line is 0 when the problem
// concerns the whole file, Column is 0 when it concerns the whole line. Column counts bytes, as
// compilers do, and points at the start of the field.
type Problem struct {
	File   string
	Line   int
	Column int
	Msg    string
}

// Error reads "catalogue.tsv:6: code "61702x" is not an integer (column 1)".
func (p Problem) Error() string {
	var b strings.Builder
	b.WriteString(p.File)
	if p.Line > 0 {
		b.WriteByte(':')
		b.WriteString(strconv.Itoa(p.Line))
	}
	b.WriteString(": ")
	b.WriteString(p.Msg)
	if p.Column > 0 {
		b.WriteString(" (column ")
		b.WriteString(strconv.Itoa(p.Column))
		b.WriteByte(')')
	}
	return b.String()
}

// Problems is every defect found in a catalogue, in file order. As an error it reads as the first
// problem and a count of the others.
type Problems []Problem

func (ps Problems) Error() string {
	switch len(ps) {
	case 0:
		return "no problems"
	case 1:
		return ps[0].Error()
	case 2:
		return ps[0].Error() + " (and 1 more problem)"
	}
	return fmt.Sprintf("%s (and %d more problems)", ps[0].Error(), len(ps)-1)
}

// The values the fixed-vocabulary columns may hold.
var (
	implementedValues = []string{string(IsImplemented), string(NotImplementedYet), string(ImplementedUnknown)}
	confidenceValues  = []string{"high", "medium", "low"}
)

// row is one data line of a TSV file: its line number, fields and the byte column of each field.
type row struct {
	line   int
	fields []string
	cols   []int
}

// checker collects the problems of one catalogue as it is built.
type checker struct {
	problems Problems
}

func (k *checker) add(file string, line, col int, format string, args ...any) {
	// A hostile file could yield a problem per line; past a few hundred nobody reads them and they
	// cost memory, so the list is capped.
	const maxProblems = 500
	if len(k.problems) == maxProblems {
		k.problems = append(k.problems, Problem{File: file, Line: line, Msg: "too many problems; stopping here"})
	}
	if len(k.problems) > maxProblems {
		return
	}
	k.problems = append(k.problems, Problem{File: file, Line: line, Column: col, Msg: fmt.Sprintf(format, args...)})
}

// rows calls fn with every data row of a TSV document, after checking its header and the field
// count and text of every line. Blank lines and lines starting with '#' are skipped. Rows with the
// wrong number of fields are reported and left out. The row's slices are reused between calls.
func (k *checker) rows(file, doc string, want []string, fn func(r row)) {
	header := true
	var fields []string
	var cols []int
	for lineNo := 1; doc != ""; lineNo++ {
		var line string
		line, doc, _ = strings.Cut(doc, "\n")
		line = strings.TrimSuffix(line, "\r")
		if line == "" || line[0] == '#' {
			continue
		}
		fields, cols = splitTabs(line, fields[:0], cols[:0])
		if header {
			header = false
			if !k.header(file, lineNo, fields, cols, want) {
				// Without the right header no column can be trusted.
				return
			}
			continue
		}
		ok := true
		if !utf8.ValidString(line) {
			k.add(file, lineNo, 0, "not valid UTF-8")
			ok = false
		}
		if j := controlAt(line); j >= 0 {
			i := 0
			for i+1 < len(cols) && cols[i+1]-1 <= j {
				i++
			}
			r, _ := utf8.DecodeRuneInString(line[j:])
			k.add(file, lineNo, j+1, "%s contains the control character %U", columnName(want, i), r)
			ok = false
		}
		if len(fields) != len(want) {
			if len(fields) < len(want) {
				k.add(file, lineNo, 0, "%d fields, want %d: missing %s", len(fields), len(want), strings.Join(quoteAll(want[len(fields):]), ", "))
			} else {
				k.add(file, lineNo, cols[len(want)], "%d fields, want %d: a tab too many", len(fields), len(want))
			}
			ok = false
		}
		if ok {
			fn(row{line: lineNo, fields: fields, cols: cols})
		}
	}
	if header {
		k.add(file, 0, 0, "no header line (want %s)", strings.Join(want, ", "))
	}
}

func (k *checker) header(file string, lineNo int, got []string, cols []int, want []string) bool {
	if slices.Equal(got, want) {
		return true
	}
	before := len(k.problems)
	for _, w := range want {
		if !slices.Contains(got, w) {
			k.add(file, lineNo, 0, "header is missing the column %q", w)
		}
	}
	for i, g := range got {
		if !slices.Contains(want, g) {
			k.add(file, lineNo, cols[i], "header has the unknown column %q", g)
		}
	}
	if len(k.problems) == before {
		k.add(file, lineNo, 0, "header columns are out of order or repeated: want %s", strings.Join(want, ", "))
	}
	return false
}

func columnName(cols []string, i int) string {
	if i < len(cols) {
		return cols[i]
	}
	return "field " + strconv.Itoa(i+1)
}

func quoteAll(ss []string) []string {
	out := make([]string, len(ss))
	for i, s := range ss {
		out[i] = strconv.Quote(s)
	}
	return out
}

// controlAt returns the byte offset of the first control character in line other than the tab that
// separates fields (C0, DEL, C1, or a Unicode format character such as a bidi override), or -1. It runs over every line of the embedded
// catalogue at start-up, so it is a table lookup per byte.
func controlAt(line string) int {
	for i := 0; i < len(line); i++ {
		if suspect[line[i]] {
			switch b := line[i]; {
			case b == 0xc2:
				if i+1 < len(line) && line[i+1] >= 0x80 && line[i+1] <= 0x9f {
					return i
				}
			case b >= 0xe2:
				// Format characters such as the bidi overrides (U+202E) reorder what a terminal
				// shows; the only multi-byte runes worth the check start at 0xE2 or above.
				r, _ := utf8.DecodeRuneInString(line[i:])
				if r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Cf, r) {
					return i
				}
			default:
				return i
			}
		}
	}
	return -1
}

// suspect marks the bytes that are, or may start, a control character.
var suspect = [256]bool{
	0x00: true, 0x01: true, 0x02: true, 0x03: true, 0x04: true, 0x05: true, 0x06: true, 0x07: true,
	0x08: true, 0x0a: true, 0x0b: true, 0x0c: true, 0x0d: true, 0x0e: true, 0x0f: true,
	0x10: true, 0x11: true, 0x12: true, 0x13: true, 0x14: true, 0x15: true, 0x16: true, 0x17: true,
	0x18: true, 0x19: true, 0x1a: true, 0x1b: true, 0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
	0x7f: true, 0xc2: true, 0xe2: true, 0xef: true, 0xf3: true,
}

func splitTabs(line string, fields []string, cols []int) ([]string, []int) {
	col := 1
	for {
		i := strings.IndexByte(line, '\t')
		if i < 0 {
			return append(fields, line), append(cols, col)
		}
		fields, cols = append(fields, line[:i]), append(cols, col)
		col += i + 1
		line = line[i+1:]
	}
}

// number parses a field that must be a non-negative integer of at most ten digits.
func number(s string) (int, bool) {
	if s == "" || len(s) > 10 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// build parses and validates the four documents of a catalogue. It returns the catalogue only when
// there is no problem at all: never a half-loaded one. namesDoc may be absent (hasNames false), in
// which case the short names are derived from the headings.
func build(catalogueDoc, controllersDoc, revisionsDoc, namesDoc string, hasNames bool) (*Catalogue, Problems) {
	b := &builder{k: &checker{}, c: &Catalogue{}, revIndex: make(map[string]int, 32),
		short: make(map[string]*shortName, 32), byLabel: make(map[string]*Controller, 32)}
	b.revisions(revisionsDoc)
	if hasNames {
		b.names(namesDoc)
	}
	b.controllers(controllersDoc, hasNames)
	b.entries(catalogueDoc)
	if len(b.k.problems) > 0 {
		return nil, b.k.problems
	}
	b.c.index()
	if b.k.checkStates(b.c); len(b.k.problems) > 0 {
		return nil, b.k.problems
	}
	return b.c, nil
}

// builder is a catalogue being built from its files, in the order they refer to each other:
// revisions, short names, controllers, entries.
type builder struct {
	k        *checker
	c        *Catalogue
	revIndex map[string]int // revision label to its position, oldest first
	short    map[string]*shortName
	byLabel  map[string]*Controller
	// The controllers are kept in one array that must not move once pointers into it are taken.
	ctrls     []Controller
	ctrlLines []int
}

// shortName is one row of names.tsv.
type shortName struct {
	name     string
	inferred bool
	line     int
	used     bool
}

// revisions reads revisions.tsv.
func (b *builder) revisions(revisionsDoc string) {
	b.k.rows(RevisionsFile, revisionsDoc, revisionsColumns, func(r row) {
		f := r.fields
		switch {
		case f[0] == "":
			b.k.add(RevisionsFile, r.line, r.cols[0], "empty revision label")
			return
		case strings.TrimSpace(f[0]) != f[0]:
			b.k.add(RevisionsFile, r.line, r.cols[0], "revision label %q has spaces around it", f[0])
		}
		if _, dup := b.revIndex[f[0]]; dup {
			b.k.add(RevisionsFile, r.line, r.cols[0], "revision %q is listed twice", f[0])
			return
		}
		if !slices.Contains(confidenceValues, f[4]) {
			b.k.add(RevisionsFile, r.line, r.cols[4], "confidence %q is not one of %s", f[4], strings.Join(confidenceValues, ", "))
		}
		b.revIndex[f[0]] = len(b.c.revisions)
		b.c.revisions = append(b.c.revisions, Revision{Label: f[0], Source: f[1], WhatChanged: f[2], Evidence: f[3], Confidence: f[4]})
	})
	if len(b.c.revisions) > 0 {
		b.c.latestRev = b.c.revisions[len(b.c.revisions)-1].Label
	} else if revisionsDoc != "" {
		b.k.add(RevisionsFile, 0, 0, "no revisions")
	}

}

// revisionPair checks first_revision and last_revision in fields i and i+1.
func (b *builder) revisionPair(file string, r row, i int) (first, last int) {
	ok := true
	first, ok1 := b.revIndex[r.fields[i]]
	if !ok1 {
		b.k.add(file, r.line, r.cols[i], "first_revision %q is not in %s", r.fields[i], RevisionsFile)
		ok = false
	}
	last, ok2 := b.revIndex[r.fields[i+1]]
	if !ok2 {
		b.k.add(file, r.line, r.cols[i+1], "last_revision %q is not in %s", r.fields[i+1], RevisionsFile)
		ok = false
	}
	if ok && first > last {
		b.k.add(file, r.line, r.cols[i], "first_revision %s comes after last_revision %s", r.fields[i], r.fields[i+1])
	}
	return first, last
}

// names reads names.tsv.
func (b *builder) names(namesDoc string) {
	b.k.rows(NamesFile, namesDoc, namesColumns, func(r row) {
		f := r.fields
		if _, dup := b.short[f[0]]; dup {
			b.k.add(NamesFile, r.line, r.cols[0], "label %q is listed twice", f[0])
			return
		}
		if f[1] == "" {
			b.k.add(NamesFile, r.line, r.cols[1], "empty short name for %q", f[0])
		}
		if f[2] != "yes" && f[2] != "no" {
			b.k.add(NamesFile, r.line, r.cols[2], "inferred %q is not yes or no", f[2])
		}
		b.short[f[0]] = &shortName{name: f[1], inferred: f[2] == "yes", line: r.line}
	})
}

// controllers reads controllers.tsv, after the short names it refers to, and checks the ranges.
func (b *builder) controllers(controllersDoc string, hasNames bool) {
	b.ctrls = make([]Controller, 0, strings.Count(controllersDoc, "\n")+1)
	b.ctrlLines = make([]int, 0, cap(b.ctrls))
	b.k.rows(ControllersFile, controllersDoc, controllersColumns, func(r row) {
		f := r.fields
		if f[0] == "" {
			b.k.add(ControllersFile, r.line, r.cols[0], "empty controller label")
			return
		}
		if _, dup := b.byLabel[f[0]]; dup {
			b.k.add(ControllersFile, r.line, r.cols[0], "controller %q is listed twice", f[0])
			return
		}
		start, ok1 := number(f[1])
		end, ok2 := number(f[2])
		if !ok1 {
			b.k.add(ControllersFile, r.line, r.cols[1], "range_start %q is not an integer", f[1])
		}
		if !ok2 {
			b.k.add(ControllersFile, r.line, r.cols[2], "range_end %q is not an integer", f[2])
		}
		if ok1 && ok2 && start > end {
			b.k.add(ControllersFile, r.line, r.cols[1], "range %d-%d ends before it starts", start, end)
		}
		if !Implemented(f[3]).Valid() {
			b.k.add(ControllersFile, r.line, r.cols[3], "implemented %q is not one of %s", f[3], strings.Join(implementedValues, ", "))
		}
		b.revisionPair(ControllersFile, r, 4)
		ctl := Controller{
			Label: f[0], Start: start, End: end,
			Implemented: Implemented(f[3]), FirstRevision: f[4], LastRevision: f[5], Sources: f[6], Note: f[7],
		}
		if hasNames {
			n, ok := b.short[f[0]]
			if !ok {
				b.k.add(ControllersFile, r.line, r.cols[0], "controller %q has no short name in %s", f[0], NamesFile)
			} else {
				n.used = true
				ctl.Name, ctl.NameInferred = n.name, n.inferred
			}
		} else {
			ctl.Name, ctl.NameInferred = codesfmt.ShortName(f[0], start >= GenericStart && start <= GenericEnd, f[7])
		}
		b.ctrls = append(b.ctrls, ctl)
		b.ctrlLines = append(b.ctrlLines, r.line)
		b.byLabel[f[0]] = &b.ctrls[len(b.ctrls)-1]
	})
	if hasNames {
		for label, n := range b.short {
			if !n.used {
				b.k.add(NamesFile, n.line, 1, "label %q is not a controller in %s", label, ControllersFile)
			}
		}
	}
	if len(b.ctrls) == 0 && len(b.k.problems) == 0 {
		b.k.add(ControllersFile, 0, 0, "no controllers")
	}
	for i := range b.ctrls {
		b.c.controllers = append(b.c.controllers, &b.ctrls[i])
	}
	slices.SortStableFunc(b.c.controllers, func(x, y *Controller) int { return x.Start - y.Start })
	b.overlaps()
	// Sorting the names (problems above are in map order otherwise) keeps the report deterministic.
	slices.SortStableFunc(b.k.problems, func(x, y Problem) int {
		if x.File != y.File || x.File != NamesFile {
			return 0
		}
		return x.Line - y.Line
	})
}

// overlaps reports controllers whose ranges overlap, once they are sorted by start.
func (b *builder) overlaps() {
	for i := 1; i < len(b.c.controllers); i++ {
		prev, ctl := b.c.controllers[i-1], b.c.controllers[i]
		if ctl.Start <= prev.End {
			line := 0
			for j := range b.ctrls {
				if &b.ctrls[j] == ctl {
					line = b.ctrlLines[j]
				}
			}
			b.k.add(ControllersFile, line, 0, "range %d-%d of %q overlaps %q (%d-%d)", ctl.Start, ctl.End, ctl.Label, prev.Label, prev.Start, prev.End)
		}
	}
}

// entries reads catalogue.tsv, after the controllers and revisions it refers to.
func (b *builder) entries(catalogueDoc string) {
	nrows := strings.Count(catalogueDoc, "\n")
	b.c.entries = make([]Entry, 0, nrows)
	type pairKey struct {
		code int
		name string
	}
	seen := make(map[pairKey]int, nrows)
	b.k.rows(CatalogueFile, catalogueDoc, catalogueColumns, func(r row) {
		f := r.fields
		printed, ok := number(f[0])
		if !ok {
			b.k.add(CatalogueFile, r.line, r.cols[0], "code %q is not an integer", f[0])
			return
		}
		e := Entry{
			Code: printed, Printed: printed, Name: f[1], Message: f[3], State: State(f[4]),
			FirstRevision: f[5], LastRevision: f[6], Sources: f[7], Note: f[8],
		}
		bad := false
		if e.Name == "" || strings.ContainsAny(e.Name, " ") {
			b.k.add(CatalogueFile, r.line, r.cols[1], "name %q is empty or has spaces", e.Name)
			bad = true
		}
		if !e.State.Valid() {
			b.k.add(CatalogueFile, r.line, r.cols[4], "state %q is not one of current, duplicate, placeholder, superseded, typo", f[4])
			bad = true
		}
		if e.Controller = b.byLabel[f[2]]; e.Controller == nil {
			b.k.add(CatalogueFile, r.line, r.cols[2], "controller %q is not in %s", f[2], ControllersFile)
			bad = true
		}
		e.firstRev, e.lastRev = b.revisionPair(CatalogueFile, r, 5)
		if _, ok := b.revIndex[f[5]]; !ok {
			bad = true
		}
		if _, ok := b.revIndex[f[6]]; !ok {
			bad = true
		}
		switch e.State {
		case Typo:
			intended, err := intendedValue(e.Note)
			if err != nil {
				b.k.add(CatalogueFile, r.line, r.cols[8], "typo note %v", err)
				bad = true
			} else if intended == printed {
				b.k.add(CatalogueFile, r.line, r.cols[8], "typo note gives the printed value %d as the intended one", printed)
				bad = true
			} else {
				e.Code = intended
			}
		case Superseded:
			if !strings.HasPrefix(e.Note, "superseded by:") {
				b.k.add(CatalogueFile, r.line, r.cols[8], "superseded note must start %q and say by what", "superseded by:")
			}
		}
		// A number outside its heading's range is explained only by a state: superseded history,
		// a placeholder listed under another section's heading, or a typo whose intended value lies
		// in the range (see the reference README).
		if !bad && !e.Controller.Contains(e.Code) {
			switch e.State {
			case Superseded, Placeholder:
			case Typo:
				b.k.add(CatalogueFile, r.line, r.cols[8], "intended value %d of the typo is outside %s (%d-%d)", e.Code, e.Controller.Label, e.Controller.Start, e.Controller.End)
				bad = true
			default:
				b.k.add(CatalogueFile, r.line, r.cols[0], "code %d is outside %s (%d-%d) and state %s does not explain it", printed, e.Controller.Label, e.Controller.Start, e.Controller.End, e.State)
				bad = true
			}
		}
		key := pairKey{printed, e.Name}
		if first, dup := seen[key]; dup {
			b.k.add(CatalogueFile, r.line, r.cols[0], "duplicate row for %d %s (first at line %d)", printed, e.Name, first)
			bad = true
		}
		if bad {
			return
		}
		seen[key] = r.line
		e.line = r.line
		b.c.entries = append(b.c.entries, e)
	})
}

// checkStates checks the states of the entries that share a number: at most one current meaning,
// and a duplicate only beside another name of the same number. It reads the code index, where the
// entries of one number sit together, so it needs no map.
func (k *checker) checkStates(c *Catalogue) {
	for _, sp := range c.codeSpans {
		es := c.byCode[sp.lo:sp.hi]
		live := 0
		for _, e := range es {
			if e.State != Superseded {
				live++
			}
		}
		var current *Entry
		for i := range es {
			e := &es[i]
			switch {
			case e.State == Duplicate && live < 2:
				k.add(CatalogueFile, e.line, 0, "%d %s is a duplicate, but no other name of %d is", e.Printed, e.Name, e.Code)
			case e.State == Current && current != nil:
				a, b := current, e
				if a.line > b.line {
					a, b = b, a
				}
				k.add(CatalogueFile, b.line, 0, "%d has two current names, %s (line %d) and %s: mark them duplicate, or the older one superseded", e.Code, a.Name, a.line, b.Name)
			case e.State == Current:
				current = e
			}
		}
	}
	slices.SortStableFunc(k.problems, func(a, b Problem) int { return a.Line - b.Line })
}

// intendedValue reads the number from a typo note ("intended value: 620004. ...").
func intendedValue(note string) (int, error) {
	rest, ok := strings.CutPrefix(note, "intended value: ")
	if !ok {
		return 0, fmt.Errorf("must start %q", "intended value: N")
	}
	end := 0
	for end < len(rest) && rest[end] >= '0' && rest[end] <= '9' {
		end++
	}
	n, ok := number(rest[:end])
	if !ok {
		return 0, fmt.Errorf("must start %q with a number", "intended value: N")
	}
	return n, nil
}
