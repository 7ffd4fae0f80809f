// Package revise compares a copy of the documentation page with a catalogue, reports what changed,
// and produces the updated catalogue files: the page's revision appended, states reassigned by the
// reference rules, history kept.
package revise

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/codesfmt"
	"github.com/mtapi-cli/mtapi/internal/page"
)

// Kind is a kind of change, as the report names it.
type Kind string

// The kinds of change.
const (
	Added      Kind = "added"
	Removed    Kind = "removed"
	Renamed    Kind = "renamed"
	Renumbered Kind = "renumbered"
	Message    Kind = "message"
	Controller Kind = "controller"
	Duplicate  Kind = "duplicate"
)

// Change is one difference between the page and the catalogue. Code is the entry's number (for a
// controller, the start of its range); Name, Old and New are set where they apply.
type Change struct {
	Change Kind   `json:"change"`
	Code   int    `json:"code"`
	Name   string `json:"name,omitempty"`
	Old    string `json:"old,omitempty"`
	New    string `json:"new,omitempty"`
}

// MarshalJSON writes old for a message change even when it is empty (a message printed where the
// catalogue had none), so that every message change has old and new.
func (c Change) MarshalJSON() ([]byte, error) {
	type plain Change
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	var err error
	if c.Change == Message && c.Old == "" {
		err = enc.Encode(struct {
			Change Kind   `json:"change"`
			Code   int    `json:"code"`
			Name   string `json:"name,omitempty"`
			Old    string `json:"old"`
			New    string `json:"new"`
		}{c.Change, c.Code, c.Name, c.Old, c.New})
	} else {
		err = enc.Encode(plain(c))
	}
	return bytes.TrimRight(buf.Bytes(), "\n"), err
}

// Skipped is a page entry that no controller range holds, so it cannot be catalogued.
type Skipped struct {
	Name string
	Code int
	Line int
}

// Result is the outcome of comparing a page with a catalogue.
type Result struct {
	// Revision is the label the page's revision gets.
	Revision string
	Changes  []Change
	Skipped  []Skipped
	// Files holds the whole updated catalogue by file name. Without changes it is the catalogue as
	// it was, byte for byte: a page that cannot be told apart from the newest revision adds none.
	Files map[string][]byte
}

// ErrNoEntries is returned for a page without a single "Name = code": every entry would count as
// removed, so it is refused.
var ErrNoEntries = errors.New("the page lists no entries (Name = code): not a copy of the status-code page")

// FewEntriesError refuses a page that lists only a few entries where most of the catalogue's
// current entries would be reported removed: a copy cut short, or read in an encoding or with line
// endings that hide its entries, rather than a page that removed them. It counts as ErrNoEntries.
type FewEntriesError struct {
	Entries, Removed, Current int
}

func (e *FewEntriesError) Error() string {
	return fmt.Sprintf("the page lists only %d entries, and %d of the catalogue's %d current entries would be removed: not a whole copy of the status-code page (--partial reads a part of it)", e.Entries, e.Removed, e.Current)
}

// Is makes a FewEntriesError an ErrNoEntries.
func (e *FewEntriesError) Is(target error) bool { return target == ErrNoEntries }

// ErrRevisionExists refuses a --revision label the catalogue already has, except for re-importing
// the newest revision's page unchanged.
var ErrRevisionExists = errors.New("revision label already in the catalogue")

// NextLabel is the label after the newest "rNN" revision: r26 after r25.
func NextLabel(c *codes.Catalogue) string {
	max, width := 0, 2
	for _, r := range c.Revisions() {
		if n, ok := rLabel(r.Label); ok && n >= max {
			max, width = n, len(r.Label)-1
		}
	}
	s := strconv.Itoa(max + 1)
	for len(s) < width {
		s = "0" + s
	}
	return "r" + s
}

func rLabel(s string) (int, bool) {
	rest, ok := strings.CutPrefix(s, "r")
	if !ok || rest == "" || strings.Trim(rest, "0123456789") != "" || len(rest) > 6 {
		return 0, false
	}
	n, err := strconv.Atoi(rest)
	return n, err == nil
}

// Known reports the pairs c holds, for page.Options.Known: by printed and by intended number.
func Known(c *codes.Catalogue) func(code int, name string) bool {
	type key struct {
		code int
		name string
	}
	set := map[key]bool{}
	for _, e := range c.Entries() {
		set[key{e.Code, e.Name}] = true
		set[key{e.Printed, e.Name}] = true
	}
	return func(code int, name string) bool { return set[key{code, name}] }
}

// Messages reports the messages c holds for a code, for page.Options.Messages: by printed and by
// intended number.
func Messages(c *codes.Catalogue) func(code int) []string {
	m := map[int][]string{}
	for _, e := range c.Entries() {
		m[e.Code] = append(m[e.Code], e.Message)
		if e.Printed != e.Code {
			m[e.Printed] = append(m[e.Printed], e.Message)
		}
	}
	return func(code int) []string { return m[code] }
}

// Import compares p with c. label names the page's revision ("" for NextLabel); source describes
// where the copy came from, for revisions.tsv.
func Import(c *codes.Catalogue, p *page.Page, label, source string) (*Result, error) {
	return importPage(c, p, label, source, false)
}

// ImportPart is Import for a copy of part of the page (a section, what a diff view shows): the
// entries it does not print are left as they are, never reported removed.
func ImportPart(c *codes.Catalogue, p *page.Page, label, source string) (*Result, error) {
	return importPage(c, p, label, source, true)
}

func importPage(c *codes.Catalogue, p *page.Page, label, source string, part bool) (*Result, error) {
	if label == "" {
		label = NextLabel(c)
	}
	if strings.ContainsAny(label, "\t\r\n") || strings.TrimSpace(label) != label || label == "" {
		return nil, fmt.Errorf("revision label %q must be one word without tabs", label)
	}
	if len(p.Entries()) == 0 {
		// Every entry would count as removed: this is not a copy of the page.
		return nil, ErrNoEntries
	}
	exists, newest := false, c.LatestRevision()
	for _, r := range c.Revisions() {
		exists = exists || r.Label == label
	}
	if exists && label != newest {
		return nil, fmt.Errorf("%w: %s is an earlier revision; give a new label, or leave out --revision for %s", ErrRevisionExists, label, NextLabel(c))
	}
	cat := fromCatalogue(c)
	res := &Result{Revision: label}
	st := &state{cat: cat, label: label, res: res, part: part}
	st.controllers(p)
	st.entries(p)
	sortChanges(res.Changes)
	if err := st.sane(); err != nil {
		return nil, err
	}
	if len(res.Changes) == 0 {
		res.Files = fromCatalogue(c).files()
		return res, nil
	}
	if exists {
		return nil, fmt.Errorf("%w: %s is the newest revision and this page changes it; give a new label, or leave out --revision for %s", ErrRevisionExists, label, NextLabel(c))
	}
	st.apply(source)
	res.Files = cat.files()
	// The written catalogue must load like any other; a page that breaks a rule is refused here
	// rather than written.
	if _, err := codes.Load(mapFS(res.Files)); err != nil {
		return nil, fmt.Errorf("the updated catalogue would not load: %w", err)
	}
	return res, nil
}

type state struct {
	cat   *catalogue
	label string
	res   *Result
	// part: the page is a part of the whole; what it does not print is not removed.
	part bool

	// byStart maps a page section to its controller row.
	sectionCtl []*ctlRow
	sectionNI  []bool
	seenCtl    map[*ctlRow]bool
	// page entries, merged across sections.
	pageEntries []pageEntry
	seenRow     map[*entryRow]bool
	newRows     []*entryRow
	superseded  map[*entryRow]string // row -> "superseded by:" note
	msgChanged  map[*entryRow]string // row -> old message
	revived     map[*entryRow]bool
	// back holds the note of a revived row that took its name or number back.
	back map[*entryRow]string
	// implemented holds placeholders printed as real entries once their section lost its note.
	implemented    map[*entryRow]bool
	nowImplemented map[*ctlRow]bool
	moved          []movedRow
	dupCodes       map[int][]string
	// onPage holds every (code, name) the page prints.
	onPage map[pageKey]bool
}

// pageKey is an entry as the page prints it.
type pageKey struct {
	code int
	name string
}

// movedRow is a revived entry that now belongs to the controller whose range holds it.
type movedRow struct {
	row *entryRow
	ctl *ctlRow
}

type pageEntry struct {
	page.Entry
	section     int
	placeholder bool
	row         *entryRow
}

func (st *state) change(ch Change) { st.res.Changes = append(st.res.Changes, ch) }

// messageWith reports the message of a renamed or renumbered entry when it changed too: the report
// says both, as it does for an entry that kept its name and number.
func (st *state) messageWith(pe *pageEntry, old *entryRow) {
	if pe.Message != "" && !sameText(pe.Message, old.message) {
		st.change(Change{Change: Message, Code: pe.Code, Name: pe.Name, Old: old.message, New: pe.Message})
	}
}

// sane refuses a page that would remove most of the catalogue's current entries while listing
// only a few itself.
func (st *state) sane() error {
	current, removed := 0, 0
	for _, r := range st.cat.rows {
		if r.state == string(codes.Current) || r.state == string(codes.Duplicate) {
			current++
		}
	}
	for _, ch := range st.res.Changes {
		if ch.Change == Removed {
			removed++
		}
	}
	if n := len(st.pageEntries); removed*2 > current && n*2 < current {
		return &FewEntriesError{Entries: n, Removed: removed, Current: current}
	}
	return nil
}

// controllers matches every heading of the page to a controller and notes what changed: a new
// heading, a changed label or range. A heading that prints the name the catalogue had inferred for
// a never-seen heading ("Service Requests Controller" for "(heading not visible: 617xxx)") is not
// a change: it is how the exported text prints such headings.
func (st *state) controllers(p *page.Page) {
	st.sectionCtl = make([]*ctlRow, len(p.Sections))
	st.sectionNI = make([]bool, len(p.Sections))
	for i, s := range p.Sections {
		// A section is not implemented when it carries the note and lists no entry before it (the
		// exported text lists the Users placeholder after the note, below real entries).
		st.sectionNI[i] = s.NotImplemented
		for _, e := range s.Entries {
			if !e.Placeholder {
				st.sectionNI[i] = false
			}
		}
	}
	st.seenCtl = map[*ctlRow]bool{}
	reported := map[*ctlRow]bool{}
	for i, s := range p.Sections {
		if s.Heading == "" {
			continue
		}
		hasRange := s.End >= s.Start && s.End > 0
		var ctl *ctlRow
		for _, c := range st.cat.ctls {
			if sameText(c.label, s.Heading) && (!hasRange || c.start == s.Start && c.end == s.End) {
				ctl = c
			}
		}
		// The same label with another range is that controller moved (Users went from 619xxx to
		// 620xxx); another label at the same start is the heading renamed or first printed.
		if ctl == nil {
			for _, c := range st.cat.ctls {
				if sameText(c.label, s.Heading) {
					ctl = c
				}
			}
		}
		if ctl == nil && hasRange {
			for _, c := range st.cat.ctls {
				if c.start == s.Start || s.Start >= c.start && s.Start <= c.end {
					ctl = c
					break
				}
			}
		}
		if ctl == nil && !hasRange {
			// A heading printed without its range is the controller whose range holds its codes, or
			// a new one, 1000 wide as every printed heading is. A heading that does not name a
			// controller ("MTAPI Status Codes" above the not-found list) is neither.
			start, ok := st.rangelessStart(s)
			if !ok {
				continue
			}
			if c := st.controllerFor(start); c != nil {
				if !strings.HasSuffix(s.Heading, "Controller") {
					continue
				}
				ctl = c
			} else {
				s.Start, s.End, hasRange = start, start+999, true
			}
		}
		if ctl == nil {
			if !hasRange {
				continue
			}
			ctl = &ctlRow{label: s.Heading, start: s.Start, end: s.End, implemented: codes.ImplementedUnknown, isNew: true}
			ctl.short, ctl.inferred = codesfmt.ShortName(s.Heading, isGeneric(s.Start), "")
			st.cat.ctls = append(st.cat.ctls, ctl)
			st.change(Change{Change: Controller, Code: s.Start, Name: s.Heading, New: headingText(s.Heading, s.Start, s.End)})
			reported[ctl] = true
		}
		st.sectionCtl[i] = ctl
		st.seenCtl[ctl] = true
		if reported[ctl] {
			continue
		}
		sameLabel := sameText(ctl.label, s.Heading)
		sameRange := !hasRange || ctl.start == s.Start && ctl.end == s.End
		if !sameLabel || !sameRange {
			newLabel, start, end := ctl.label, ctl.start, ctl.end
			if !sameLabel {
				newLabel = s.Heading
			}
			if !sameRange {
				start, end = s.Start, s.End
			}
			st.change(Change{Change: Controller, Code: start, Name: newLabel,
				Old: headingText(ctl.label, ctl.start, ctl.end), New: headingText(newLabel, start, end)})
			ctl.newLabel, ctl.newStart, ctl.newEnd = newLabel, start, end
			reported[ctl] = true
		}
	}
}

// rangelessStart is the start of the thousand-block that holds the first of the section's codes a
// heading can hold (six digits, outside the generic block), for a heading printed without a range.
func (st *state) rangelessStart(s page.Section) (int, bool) {
	for _, e := range s.Entries {
		if e.Code >= 100000 && e.Code <= 999999 && !(e.Code >= 901000 && e.Code <= 902999) {
			return e.Code / 1000 * 1000, true
		}
	}
	return 0, false
}

func headingText(label string, start, end int) string {
	return fmt.Sprintf("%s (%d-%d)", label, start, end)
}

// controllerFor returns the controller whose (possibly changed) range holds n.
func (st *state) controllerFor(n int) *ctlRow {
	for _, c := range st.cat.ctls {
		s, e := c.rangeNow()
		if n >= s && n <= e {
			return c
		}
	}
	return nil
}

// names maps a number to the names printed with it.
type names map[int][]string

// other reports whether code is printed with a name other than name.
func (ns names) other(code int, name string) bool {
	for _, n := range ns[code] {
		if n != name {
			return true
		}
	}
	return false
}

// ownedNames is the names the page prints outside a "Not implemented yet" list, by number.
func ownedNames(p *page.Page) names {
	ns := names{}
	for _, s := range p.Sections {
		for _, e := range s.Entries {
			if !e.Placeholder {
				ns[e.Code] = append(ns[e.Code], e.Name)
			}
		}
	}
	return ns
}

// entries compares the page's entries with the catalogue's rows: known pairs (with their new
// messages), history printed again, new entries (renames and renumberings among them), entries no
// longer printed, and numbers printed with two names.
func (st *state) entries(p *page.Page) {
	st.seenRow = map[*entryRow]bool{}
	st.superseded = map[*entryRow]string{}
	st.msgChanged = map[*entryRow]string{}
	st.revived = map[*entryRow]bool{}
	st.implemented = map[*entryRow]bool{}
	st.nowImplemented = map[*ctlRow]bool{}
	st.back = map[*entryRow]string{}
	st.readPageEntries(p)
	// Known pairs first: their rows are not candidates for renames.
	var fresh, revived []int
	for i := range st.pageEntries {
		switch st.known(&st.pageEntries[i]) {
		case pairNew:
			fresh = append(fresh, i)
		case pairRevived:
			revived = append(revived, i)
		}
	}
	for _, i := range revived {
		st.revive(&st.pageEntries[i])
	}
	for _, i := range fresh {
		st.add(&st.pageEntries[i])
	}
	st.removed()
	st.duplicates()
}

// readPageEntries lists the page's entries once each, and which are placeholders.
func (st *state) readPageEntries(p *page.Page) {
	st.onPage = map[pageKey]bool{}
	owned := ownedNames(p)
	for i, s := range p.Sections {
		for _, e := range s.Entries {
			k := pageKey{e.Code, e.Name}
			if st.onPage[k] {
				continue
			}
			st.onPage[k] = true
			// "Not implemented yet" makes placeholders of the section's own codes, and of codes no
			// range holds (a placeholder listed under another heading); codes of another
			// controller's range printed after it belong to that controller, unless the page
			// prints another name at that number outside a placeholder list (the seed's old
			// Services list reused numbers of Service Requests): then it is a placeholder there.
			ph := e.Placeholder
			if ph {
				lo, hi := s.Start, s.End
				if ctl := st.sectionCtl[i]; ctl != nil {
					lo, hi = ctl.rangeNow()
				}
				if (e.Code < lo || e.Code > hi) && st.controllerFor(e.Code) != nil && !owned.other(e.Code, e.Name) {
					ph = false
				}
			}
			st.pageEntries = append(st.pageEntries, pageEntry{Entry: e, section: i, placeholder: ph})
		}
	}
}

// rowAt is the catalogue's row of name at code (printed or decoded), a live one before history.
func (st *state) rowAt(code int, name string) *entryRow {
	var found *entryRow
	for _, r := range st.cat.rows {
		if r.name == name && (r.printed == code || r.code == code) {
			if found == nil || found.state == string(codes.Superseded) && r.state != string(codes.Superseded) {
				found = r
			}
		}
	}
	return found
}

// live reports a row that is a meaning now and that the page did not print: a candidate for what
// a new entry renamed or renumbered, or else removed.
func (st *state) live(r *entryRow) bool {
	onPage := st.onPage[pageKey{r.printed, r.name}] || st.onPage[pageKey{r.code, r.name}]
	return r.state != string(codes.Superseded) && !st.seenRow[r] && st.superseded[r] == "" && !onPage
}

// pair is what a page entry is to the catalogue.
type pair int

const (
	pairKnown   pair = iota // a row the catalogue has, as a meaning
	pairRevived             // history printed again
	pairNew                 // no row: added, renamed or renumbered
	pairSkipped             // history printed where no controller can hold it
)

// known matches a page entry with its row, and notes a known pair's new message and a
// placeholder that is now a real entry.
func (st *state) known(pe *pageEntry) pair {
	r := st.rowAt(pe.Code, pe.Name)
	if r == nil {
		return pairNew
	}
	pe.row = r
	st.seenRow[r] = true
	if r.state == string(codes.Superseded) {
		// History printed again. It becomes a meaning again only where a controller can hold
		// it: its own heading's range, the range it falls in, or its heading's "Not implemented
		// yet" list.
		if lo, hi := r.ctl.rangeNow(); (pe.Code < lo || pe.Code > hi) && !pe.placeholder {
			ctl := st.controllerFor(pe.Code)
			if ctl == nil {
				pe.row = nil
				st.res.Skipped = append(st.res.Skipped, Skipped{Name: pe.Name, Code: pe.Code, Line: pe.Line})
				return pairSkipped
			}
			st.moved = append(st.moved, movedRow{r, ctl})
		}
		st.revived[r] = true
		return pairRevived
	}
	if pe.Message != "" && !sameText(pe.Message, r.message) {
		st.msgChanged[r] = r.message
		st.change(Change{Change: Message, Code: pe.Code, Name: pe.Name, Old: r.message, New: pe.Message})
	}
	st.implementedNow(pe, r)
	return pairKnown
}

// implementedNow notes a placeholder printed without the note, in its own section, once the
// section's note is gone: the controller is implemented now, and the entry is a real one. So is a
// placeholder of an implemented controller (Users' InvalidUserId) printed with a message and no
// note.
func (st *state) implementedNow(pe *pageEntry, r *entryRow) {
	if r.state != string(codes.Placeholder) || pe.placeholder || r.ctl == nil ||
		!(r.ctl.implemented == codes.NotImplementedYet || pe.Message != "") ||
		st.sectionCtl[pe.section] != r.ctl || st.sectionNI[pe.section] {
		return
	}
	st.implemented[r] = true
	if r.ctl.implemented == codes.NotImplementedYet && !st.nowImplemented[r.ctl] {
		st.nowImplemented[r.ctl] = true
		h := headingText(r.ctl.label, r.ctl.start, r.ctl.end)
		st.change(Change{Change: Controller, Code: r.ctl.start, Name: r.ctl.label, Old: h + " Note: Not implemented yet.", New: h})
	}
}

// renamedFrom is the live row another name held pe's number with, if any.
func (st *state) renamedFrom(pe *pageEntry) *entryRow {
	for _, r := range st.cat.rows {
		if r.code == pe.Code && r.name != pe.Name && st.live(r) && r.state != string(codes.Typo) {
			return r
		}
	}
	return nil
}

// renumberedFrom is the live row pe's name held at another number, if any.
func (st *state) renumberedFrom(pe *pageEntry) *entryRow {
	for _, r := range st.cat.rows {
		if r.name == pe.Name && r.code != pe.Code && st.live(r) {
			return r
		}
	}
	return nil
}

// revive reports history printed again: it takes the place of the current entry it had made way
// for, so the same number under the earlier name is a rename back, the same name at the earlier
// number a renumbering back.
func (st *state) revive(pe *pageEntry) {
	superseded := fmt.Sprintf("superseded by: %s = %d (%s).", pe.Name, pe.Code, st.label)
	if old := st.renamedFrom(pe); old != nil {
		st.superseded[old] = superseded
		st.back[pe.row] = fmt.Sprintf("Renamed back from %s in %s.", old.name, st.label)
		st.change(Change{Change: Renamed, Code: pe.Code, Name: pe.Name, Old: old.name, New: pe.Name})
		st.messageWith(pe, old)
	} else if old := st.renumberedFrom(pe); old != nil {
		st.superseded[old] = superseded
		st.back[pe.row] = fmt.Sprintf("Renumbered back from %d in %s.", old.code, st.label)
		st.change(Change{Change: Renumbered, Code: pe.Code, Name: pe.Name, Old: strconv.Itoa(old.code), New: strconv.Itoa(pe.Code)})
		st.messageWith(pe, old)
	} else {
		st.change(Change{Change: Added, Code: pe.Code, Name: pe.Name})
	}
}

// add makes a row of a new page entry: a renumbering of a name the catalogue has, else a rename of
// a number it has, else an addition.
func (st *state) add(pe *pageEntry) {
	renumbered := st.renumberedFrom(pe)
	var renamed *entryRow
	if renumbered == nil {
		renamed = st.renamedFrom(pe)
	}
	ctl := st.entryController(pe)
	if ctl == nil {
		st.res.Skipped = append(st.res.Skipped, Skipped{Name: pe.Name, Code: pe.Code, Line: pe.Line})
		return
	}
	nr := &entryRow{printed: pe.Code, code: pe.Code, name: pe.Name, ctl: ctl, message: pe.Message,
		state: string(codes.Current), first: st.label, last: st.label}
	if pe.placeholder {
		nr.state = string(codes.Placeholder)
	}
	pe.row = nr
	st.newRows = append(st.newRows, nr)
	superseded := fmt.Sprintf("superseded by: %s = %d (%s).", pe.Name, pe.Code, st.label)
	switch {
	case renumbered != nil:
		st.superseded[renumbered] = superseded
		nr.note = fmt.Sprintf("Renumbered from %d in %s.", renumbered.code, st.label)
		st.change(Change{Change: Renumbered, Code: pe.Code, Name: pe.Name, Old: strconv.Itoa(renumbered.code), New: strconv.Itoa(pe.Code)})
		st.messageWith(pe, renumbered)
	case renamed != nil:
		st.superseded[renamed] = superseded
		nr.note = fmt.Sprintf("Replaced %s at %d in %s.", renamed.name, pe.Code, st.label)
		st.change(Change{Change: Renamed, Code: pe.Code, Name: pe.Name, Old: renamed.name, New: pe.Name})
		st.messageWith(pe, renamed)
	default:
		nr.note = "Added in " + st.label + "."
		st.change(Change{Change: Added, Code: pe.Code, Name: pe.Name})
	}
}

// removed supersedes the current meanings the page no longer prints (not for a part of the page).
func (st *state) removed() {
	for _, r := range st.cat.rows {
		if !st.part && (r.state == string(codes.Current) || r.state == string(codes.Duplicate)) && st.live(r) {
			st.superseded[r] = fmt.Sprintf("superseded by: nothing; removed from the page in %s.", st.label)
			st.change(Change{Change: Removed, Code: r.code, Name: r.name})
		}
	}
}

// duplicates finds the numbers printed with two names in this revision, and reports those that
// were not duplicates already.
func (st *state) duplicates() {
	names := map[int][]string{}
	var order []int
	for _, pe := range st.pageEntries {
		// Placeholders do not make a number a duplicate: they are flagged as such already.
		if pe.row == nil || pe.row.state == string(codes.Placeholder) && !st.revived[pe.row] || st.revived[pe.row] && pe.placeholder {
			continue
		}
		if len(names[pe.row.code]) == 0 {
			order = append(order, pe.row.code)
		}
		names[pe.row.code] = append(names[pe.row.code], pe.Name)
	}
	st.dupCodes = map[int][]string{}
	for _, code := range order {
		ns := names[code]
		if len(ns) < 2 {
			continue
		}
		st.dupCodes[code] = ns
		already := true
		for _, pe := range st.pageEntries {
			if pe.row != nil && pe.row.code == code && (pe.row.state != string(codes.Duplicate) || st.revived[pe.row] || slices.Contains(st.newRows, pe.row)) {
				already = false
			}
		}
		if !already {
			st.change(Change{Change: Duplicate, Code: code, Name: strings.Join(ns, ", ")})
		}
	}
}

// entryController is the controller a new entry is listed under: its section's when the range
// holds it or the section is "Not implemented yet" (placeholders stay under their heading), else
// the controller whose range holds it.
func (st *state) entryController(pe *pageEntry) *ctlRow {
	if ctl := st.sectionCtl[pe.section]; ctl != nil {
		s, e := ctl.rangeNow()
		if pe.Code >= s && pe.Code <= e || pe.placeholder {
			return ctl
		}
	}
	return st.controllerFor(pe.Code)
}

// apply writes the changes into the catalogue rows.
func (st *state) apply(source string) {
	st.addRevision(source)
	st.applyControllers()
	for _, pe := range st.pageEntries {
		if pe.row != nil {
			st.applyEntry(pe)
		}
	}
	for _, m := range st.moved {
		m.row.ctl = m.ctl
	}
	for r, note := range st.superseded {
		r.state = string(codes.Superseded)
		r.note = strings.TrimSpace(note + " " + r.note)
	}
	st.markDuplicates()
	st.cat.rows = append(st.cat.rows, st.newRows...)
	st.singleDuplicates()
}

// addRevision appends the page's revision, unless it re-imports the newest one.
func (st *state) addRevision(source string) {
	for _, r := range st.cat.revs {
		if r.Label == st.label {
			return
		}
	}
	prev := ""
	if n := len(st.cat.revs); n > 0 {
		prev = st.cat.revs[n-1].Label
	}
	st.cat.revs = append(st.cat.revs, codes.Revision{
		Label: st.label, Source: source, WhatChanged: summary(st.res.Changes),
		Evidence: "Imported with mtapi catalogue import as the newest revision, after " + prev + ".", Confidence: "high",
	})
}

// applyControllers relabels, re-ranges and marks seen the controllers. A controller is seen where
// its heading or one of its codes is (the not-found family has no heading).
func (st *state) applyControllers() {
	label := st.label
	movedTo := map[*entryRow]*ctlRow{}
	for _, m := range st.moved {
		movedTo[m.row] = m.ctl
	}
	for _, pe := range st.pageEntries {
		if pe.row == nil {
			continue
		}
		if c := movedTo[pe.row]; c != nil {
			st.seenCtl[c] = true
		} else if pe.row.ctl != nil {
			st.seenCtl[pe.row.ctl] = true
		}
	}
	for _, c := range st.cat.ctls {
		if c.newLabel != "" && c.newLabel != c.label {
			// Entries point at the controller row, so they follow the new label.
			c.note = strings.TrimSpace(fmt.Sprintf("Heading printed %q from %s. %s", headingText(c.newLabel, c.newStart, c.newEnd), label, c.note))
			c.label = c.newLabel
			c.short, c.inferred = codesfmt.ShortName(c.label, isGeneric(c.newStart), "")
		}
		if c.newLabel != "" {
			c.start, c.end = c.newStart, c.newEnd
		}
		if st.seenCtl[c] {
			if c.first == "" {
				c.first = label
			}
			c.last = label
			c.sources = addSource(c.sources, "page "+label)
			if c.isNew && c.note == "" {
				c.note = "Heading added in " + label + "."
			}
		}
	}
	for i, s := range st.sectionNI {
		if s && st.sectionCtl[i] != nil {
			st.sectionCtl[i].implemented = codes.NotImplementedYet
		}
	}
}

// applyEntry updates the row of an entry the page printed: sighting, message, state and note, and
// its controller's implemented mark.
func (st *state) applyEntry(pe pageEntry) {
	label, r := st.label, pe.row
	r.last = label
	r.sources = addSource(r.sources, "page "+label)
	if old, ok := st.msgChanged[r]; ok {
		if old != "" {
			r.note = strings.TrimSpace(r.note + fmt.Sprintf(" Message until %s: %q.", r.prevLast, old))
		}
		r.message = pe.Message
	}
	if r.message == "" && pe.Message != "" {
		r.message = pe.Message
	}
	if st.revived[r] {
		r.state = string(codes.Current)
		if pe.placeholder {
			r.state = string(codes.Placeholder)
		}
		again := "Printed again in " + label + "."
		if b := st.back[r]; b != "" {
			again = b
		}
		r.note = strings.TrimSpace(again + " Earlier: " + strings.TrimSpace(strings.TrimPrefix(r.note, "superseded by:")))
	}
	if st.implemented[r] {
		r.state = string(codes.Current)
		r.note = strings.TrimSpace(r.note + " Printed as implemented (without the \"Not implemented yet\" note) in " + label + ".")
	}
	if c := r.ctl; c != nil && st.nowImplemented[c] {
		c.implemented = codes.IsImplemented
	}
	// A section that lists real entries and no "Not implemented yet" note is implemented.
	if c := r.ctl; c != nil && c.implemented != codes.IsImplemented && r.state != string(codes.Placeholder) && st.sectionCtl[pe.section] == c && !st.sectionNI[pe.section] {
		c.implemented = codes.IsImplemented
	}
}

// markDuplicates gives the names printed with one number the duplicate state.
func (st *state) markDuplicates() {
	for code, ns := range st.dupCodes {
		for _, pe := range st.pageEntries {
			if pe.row != nil && pe.row.code == code && pe.row.state != string(codes.Placeholder) && pe.row.state != string(codes.Typo) {
				if pe.row.state != string(codes.Duplicate) {
					others := slices.DeleteFunc(slices.Clone(ns), func(n string) bool { return n == pe.Name })
					pe.row.note = strings.TrimSpace(fmt.Sprintf("%s printed with the same number %d in the same revision (%s). Return both. %s", strings.Join(others, ", "), code, st.label, pe.row.note))
				}
				pe.row.state = string(codes.Duplicate)
			}
		}
	}
}

// singleDuplicates makes current a duplicate whose other names are gone: the number decodes to it
// alone now.
func (st *state) singleDuplicates() {
	live := map[int]int{}
	for _, r := range st.cat.rows {
		if r.state != string(codes.Superseded) {
			live[r.code]++
		}
	}
	for _, r := range st.cat.rows {
		if r.state == string(codes.Duplicate) && live[r.code] == 1 {
			r.state = string(codes.Current)
			r.note = strings.Replace(r.note, "Return both.", "The only name on the number from "+st.label+".", 1)
		}
	}
}

func addSource(sources, s string) string {
	if sources == "" {
		return s
	}
	for _, x := range strings.Split(sources, "; ") {
		if x == s {
			return sources
		}
	}
	return sources + "; " + s
}

// summary is the what_changed of a new revision row.
func summary(cs []Change) string {
	count := map[Kind]int{}
	for _, c := range cs {
		count[c.Change]++
	}
	var parts []string
	for _, k := range []Kind{Added, Removed, Renamed, Renumbered, Message, Controller, Duplicate} {
		if n := count[k]; n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, k))
		}
	}
	return "Imported page: " + strings.Join(parts, ", ") + "."
}

// sortRows orders entries as the reference does: by the number they decode from, then by name.
func sortRows(rows []*entryRow) {
	sort.SliceStable(rows, func(i, j int) bool {
		if rows[i].code != rows[j].code {
			return rows[i].code < rows[j].code
		}
		return rows[i].name < rows[j].name
	})
}

// rank orders the changes of one number: what happened to the heading, then to the entries.
func (k Kind) rank() int {
	return slices.Index([]Kind{Controller, Removed, Renamed, Renumbered, Added, Message, Duplicate}, k)
}

// sortChanges orders the report by number, so it reads along the page.
func sortChanges(cs []Change) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Code != cs[j].Code {
			return cs[i].Code < cs[j].Code
		}
		return cs[i].Change.rank() < cs[j].Change.rank()
	})
}

// sameText reports whether two messages read the same but for typography and spacing: the curly
// quotes, dashes, ellipses and no-break spaces a wiki's editor substitutes as one types, so that a
// copy in another form does not count as new text.
func sameText(a, b string) bool {
	return a == b || page.FoldText(a) == page.FoldText(b)
}

// isGeneric says whether a range starting at start lies in the generic block, whose heading names
// no controller.
func isGeneric(start int) bool { return start >= codes.GenericStart && start <= codes.GenericEnd }
