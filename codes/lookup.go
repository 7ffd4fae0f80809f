package codes

import (
	"sort"

	"github.com/mtapi-cli/mtapi/internal/codesfmt"
)

// The fixed number families the documentation defines outside the controller headings.
const (
	NotSetCode     = -1
	HTTPStart      = 200
	HTTPEnd        = 599
	NotFoundStart  = 4040000
	NotFoundEnd    = 4049999
	GenericStart   = 901000
	GenericEnd     = 902999
	maxNameKeySize = 96
)

// Result is what the catalogue knows about one integer.
type Result struct {
	Number int
	Kind   Kind
	// Controller is the range holding Number (a controller, the generic block or the not-found
	// family), or nil.
	Controller *Controller
	// Entries are every catalogue entry that decodes from Number, trusted first: current and
	// duplicate entries, then placeholders, then superseded history, newest sighting first within
	// each. The slice is shared: do not modify it.
	Entries []Entry
}

// Lookup classifies n and returns every entry that decodes from it, trusted first. A number with
// no entry still has a Kind, and a Controller when a documented range holds it. It does not
// allocate.
func (c *Catalogue) Lookup(n int) Result {
	r := Result{Number: n, Controller: c.controllerFor(n)}
	r.Kind = classify(n, r.Controller)
	spans := c.codeSpans
	lo, hi := 0, len(spans)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if spans[m].key < n {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(spans) && spans[lo].key == n {
		r.Entries = c.byCode[spans[lo].lo:spans[lo].hi:spans[lo].hi]
	}
	return r
}

// Classify says which number family n falls in: NotSet (-1), HTTP (200-599), NotFound, Generic, a
// controller's range, or Unknown.
func (c *Catalogue) Classify(n int) Kind { return classify(n, c.controllerFor(n)) }

// classify needs the range holding n, which callers often have at hand already.
func classify(n int, holder *Controller) Kind {
	switch {
	case n == NotSetCode:
		return NotSet
	case n >= HTTPStart && n <= HTTPEnd:
		return HTTP
	case n >= NotFoundStart && n <= NotFoundEnd:
		return NotFound
	case n >= GenericStart && n <= GenericEnd:
		return Generic
	case holder != nil:
		return ControllerKind
	}
	return Unknown
}

func (c *Catalogue) controllerFor(n int) *Controller {
	// Ranges do not overlap and there are fewer than twenty: a linear scan beats anything cleverer.
	for _, ctl := range c.controllers {
		if n < ctl.Start {
			return nil
		}
		if n <= ctl.End {
			return ctl
		}
	}
	return nil
}

// ControllerFor returns the controller, generic block or not-found family whose range holds n, or nil.
func (c *Catalogue) ControllerFor(n int) *Controller { return c.controllerFor(n) }

// LookupName returns every entry whose name matches name, ignoring case, underscores, hyphens, dots
// and white space (see Normalize), trusted first. One name can belong to several numbers
// (InvalidUserId is printed at 601010, 619000 and 620000). It does not allocate.
func (c *Catalogue) LookupName(name string) []Entry {
	var buf [maxNameKeySize]byte
	key, ok := codesfmt.AppendKey(buf[:0], name, maxNameKeySize)
	if !ok {
		return nil
	}
	c.names.Do(c.nameIndex)
	spans := c.nameSpans
	lo, hi := 0, len(spans)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		// string(key) in a comparison does not allocate.
		if spans[m].key < string(key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(spans) && spans[lo].key == string(key) {
		return c.byName[spans[lo].lo:spans[lo].hi:spans[lo].hi]
	}
	return nil
}

// Normalize returns the form of a name that LookupName compares: lower case, without underscores,
// hyphens, dots or white space.
func Normalize(name string) string {
	key, _ := codesfmt.AppendKey(make([]byte, 0, len(name)), name, len(name))
	return string(key)
}

// PrintedAs returns the entries the documentation printed with number n but that decode from
// another number: the typo RetrievingUsersFailed was printed as 62000 and means 620004.
func (c *Catalogue) PrintedAs(n int) []Entry {
	var out []Entry
	for _, e := range c.typos {
		if e.Printed == n {
			out = append(out, e)
		}
	}
	return out
}

// Nearest returns the documented codes closest to n on either side within the range that holds n
// (0 where there is none), for pointing at the neighbours of an undocumented number.
func (c *Catalogue) Nearest(n int) (below, above int) {
	ctl := c.controllerFor(n)
	if ctl == nil {
		return 0, 0
	}
	i := sort.SearchInts(c.documented, n)
	if j := i - 1; j >= 0 && ctl.Contains(c.documented[j]) {
		below = c.documented[j]
	}
	if i < len(c.documented) && c.documented[i] == n {
		i++
	}
	if i < len(c.documented) && ctl.Contains(c.documented[i]) {
		above = c.documented[i]
	}
	return below, above
}

// Entries returns every entry, by code and trusted first within a code. The slice is shared: do not
// modify it.
func (c *Catalogue) Entries() []Entry { return c.entries }

// Controllers returns every documented range (the controller headings, the generic block and the
// not-found family), sorted by start. The slice is shared: do not modify it.
func (c *Catalogue) Controllers() []*Controller { return c.controllers }

// Revisions returns the documentation revisions, oldest first. The slice is shared: do not modify it.
func (c *Catalogue) Revisions() []Revision { return c.revisions }

// LatestRevision is the label of the newest documentation revision the catalogue knows.
func (c *Catalogue) LatestRevision() string { return c.latestRev }

// Range is one number family as `mtapi ranges` lists it.
type Range struct {
	Name       string
	Start, End int
	Kind       Kind
	// Documented counts the documented numbers in the range (0 for NotSet and HTTP, which are not
	// catalogue codes).
	Documented int
	// Controller is set for ranges that come from the catalogue.
	Controller *Controller
}

// Ranges lists every number family in numeric order: NotSet, HTTP, each controller, the generic block
// and the not-found family.
func (c *Catalogue) Ranges() []Range {
	out := []Range{
		{Name: "NotSet", Start: NotSetCode, End: NotSetCode, Kind: NotSet},
		{Name: "HTTP", Start: HTTPStart, End: HTTPEnd, Kind: HTTP},
	}
	for _, ctl := range c.controllers {
		out = append(out, Range{Name: ctl.DisplayName(), Start: ctl.Start, End: ctl.End, Kind: classify(ctl.Start, ctl),
			Documented: ctl.Documented, Controller: ctl})
	}
	return out
}

// HTTPText returns the standard text of HTTP status n ("Not Found"), or "" for a number outside
// 200-599 or one HTTP leaves unassigned.
func HTTPText(n int) string {
	if n < HTTPStart || n > HTTPEnd {
		return ""
	}
	return httpText[n-HTTPStart]
}
