// Package decode owns the meaning of one input: it turns a number or a code name into everything the
// catalogue says about it, with a plain-language explanation, so every command says the same thing.
package decode

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/escape"
)

// Status sums up a result in one word; it is the status column of the plain output.
type Status string

// The statuses of a result without catalogue entries. Results with entries use each entry's state.
const (
	StatusNotSet       Status = "notset"
	StatusHTTP         Status = "http"
	StatusUndocumented Status = "undocumented"
	StatusUnknown      Status = "unknown"
	StatusInvalid      Status = "invalid"
)

// Result is the answer for one input. What a renderer prints beyond the catalogue's own fields (the
// explanation, the HTTP text, where a superseded entry went) comes from its methods, built only when
// asked for, so that the tab-separated output of a long stream never pays for prose.
type Result struct {
	// Input is the token as given (unescaped: renderers escape it).
	Input string
	// Found is true when the input is NotSet, an HTTP status, or has catalogue entries.
	Found bool
	Kind  codes.Kind
	// HasCode says whether Code is meaningful: false for invalid input and unknown names.
	HasCode bool
	Code    int
	// Controller is the range holding Code, or nil.
	Controller *codes.Controller
	// Entries are the catalogue entries: for a number, every entry decoding from it; for a name, every
	// entry with that name. Trusted first.
	Entries []codes.Entry
	// ByName is true when Input was a name.
	ByName bool
	// Status is the one-word summary for results without entries.
	Status Status
	// Mention says how free text held the result; empty for an input given as a code or a name.
	Mention Mention
	// Quote is the text a message or a near-code was found from, as written (unescaped).
	Quote string
	// SearchFinds says that `mtapi search <Input>` finds something, so a card may suggest it; the
	// command that runs the search sets it.
	SearchFinds bool
	// Candidates is how many messages a tolerant match fitted equally well; more than one means the
	// text cannot tell which was meant.
	Candidates int
	cat        *codes.Catalogue
	// invalid says why an input is not a status code at all.
	invalid string
	// suggest, when set, are the only suggestions: a near-code's one reading.
	suggest []string
}

// Mention is how a result was found in free text.
type Mention string

// The ways free text holds a code.
const (
	// MentionCode is a code written in the text ("Error 617020:").
	MentionCode Mention = "code"
	// MentionName is a code's name written in the text.
	MentionName Mention = "name"
	// MentionMessage is a message of the catalogue, written word for word (case, punctuation and
	// small words aside).
	MentionMessage Mention = "message"
	// MentionNearMessage is a message written with one word added, missing or changed.
	MentionNearMessage Mention = "near-message"
	// MentionNearCode is a code written with a space or a letter in it ("617 020", "617O20"):
	// offered, never decoded.
	MentionNearCode Mention = "near-code"
)

// Resolve decodes one token against cat: a number (NotSet, HTTP, catalogue code, undocumented or
// unknown, with punctuation around it ignored) or a code name.
func Resolve(cat *codes.Catalogue, token string) Result {
	if n, err := codes.ParseNumber(token); !errors.Is(err, codes.ErrNotInteger) {
		if err != nil {
			return Result{Input: token, Kind: codes.Unknown, Status: StatusInvalid, cat: cat,
				invalid: fmt.Sprintf("%s is not a status code: %v", escape.String(token), err)}
		}
		return resolveNumber(cat, token, n)
	}
	return resolveName(cat, token)
}

// ResolveValue decodes one value of an mtapistatus header. Unlike Resolve it accepts numbers only:
// a header carries codes, and anything else in it is malformed.
func ResolveValue(cat *codes.Catalogue, v string) Result {
	n, err := codes.ParseNumber(v)
	r := Result{Input: v, Kind: codes.Unknown, Status: StatusInvalid, cat: cat}
	switch {
	case v == "":
		r.invalid = "An empty value: the header is malformed (an extra comma, or no value at all)."
	case errors.Is(err, codes.ErrNotInteger):
		r.invalid = escape.Quote(v) + " is not an integer; an mtapistatus header carries comma-separated integer codes."
	case err != nil:
		r.invalid = fmt.Sprintf("%s is not a status code: %v.", escape.String(v), err)
	default:
		return resolveNumber(cat, v, n)
	}
	return r
}

// IsName reports whether s names at least one entry of cat (or NotSet, the documentation's name for -1).
func IsName(cat *codes.Catalogue, s string) bool {
	return len(cat.LookupName(s)) > 0 || codes.Normalize(s) == "notset"
}

func resolveNumber(cat *codes.Catalogue, input string, n int) Result {
	l := cat.Lookup(n)
	r := Result{Input: input, Kind: l.Kind, HasCode: true, Code: n, Controller: l.Controller, Entries: l.Entries, cat: cat}
	r.Found = len(r.Entries) > 0 || r.Kind == codes.NotSet || r.Kind == codes.HTTP
	switch {
	case r.Kind == codes.NotSet:
		r.Status = StatusNotSet
	case r.Kind == codes.HTTP:
		r.Status = StatusHTTP
	case len(r.Entries) > 0:
	default:
		r.Status = StatusUndocumented
		if r.Controller == nil {
			r.Status = StatusUnknown
		}
	}
	return r
}

func resolveName(cat *codes.Catalogue, input string) Result {
	if codes.Normalize(input) == "notset" {
		r := resolveNumber(cat, input, codes.NotSetCode)
		r.ByName = true
		return r
	}
	es := cat.LookupName(input)
	if len(es) == 0 {
		r := Result{Input: input, Kind: codes.Unknown, Status: StatusUnknown, ByName: true, cat: cat}
		if !nameLike(input) {
			r.Status = StatusInvalid
			r.invalid = escape.Quote(input) + " is neither a number nor a code name."
			return r
		}
		return r
	}
	code := es[0].Code
	return Result{Input: input, Found: true, ByName: true, HasCode: true, Code: code, Entries: es,
		Kind: cat.Classify(code), Controller: cat.ControllerFor(code), cat: cat}
}

func nameLike(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.' || c == ' ') {
			return false
		}
	}
	return s != ""
}

// Suggestions are inputs close to an unknown one that do decode: names for a name, documented codes
// in decimal for a number. They are built on demand: a stream of unknown inputs pays only for those
// shown.
func (r Result) Suggestions() []string {
	switch {
	case r.suggest != nil:
		return r.suggest
	case r.Found || r.cat == nil:
		return nil
	case r.ByName && r.Status == StatusUnknown:
		return Suggest(r.cat, r.Input, 3)
	case r.HasCode && !r.ByName:
		return suggestNumbers(r.cat, r.Code, 5)
	}
	return nil
}

// Meant is, for a number the documentation printed by mistake (62000), the result of the code it
// meant (620004); ok is false for any other result. The number itself stays not found: a server
// never sends it.
func (r Result) Meant() (Result, bool) {
	if r.Found || !r.HasCode || r.ByName || r.cat == nil {
		return Result{}, false
	}
	typos := r.cat.PrintedAs(r.Code)
	if len(typos) == 0 {
		return Result{}, false
	}
	return resolveNumber(r.cat, strconv.Itoa(typos[0].Code), typos[0].Code), true
}

// HTTPText is the standard text of the HTTP status the result is ("Not Found"), or "".
func (r Result) HTTPText() string {
	if r.Kind != codes.HTTP {
		return ""
	}
	return codes.HTTPText(r.Code)
}

// Explanation says in words what the input means, including conflicts and history.
func (r Result) Explanation() string {
	switch {
	case r.invalid != "":
		return r.invalid
	case r.ByName && len(r.Entries) == 0 && r.Kind != codes.NotSet:
		return "No code is named " + escape.Quote(r.Input) + "."
	case r.Kind == codes.NotSet:
		return "NotSet: the end-point set no MTAPI status. Not an error, and not a catalogue code."
	case r.Kind == codes.HTTP:
		if text := codes.HTTPText(r.Code); text != "" {
			return fmt.Sprintf("HTTP %d %s: MTAPI maps 200s to 500s one to one onto HTTP status codes; this is not a catalogue code.", r.Code, text)
		}
		return fmt.Sprintf("HTTP-range value %d: MTAPI maps 200s to 500s one to one onto HTTP status codes, and HTTP assigns no standard meaning to %d.", r.Code, r.Code)
	case len(r.Entries) == 0:
		return r.explainMissing(true)
	case r.ByName:
		return join(summary(r.Entries[0], r.Entries[0].Code), r.Detail())
	}
	return join(summary(r.Entries[0], r.Code), r.Detail())
}

// Told is the explanation a card shows for a result without entries: Explanation, without the
// inferred-name labels only --verbose shows.
func (r Result) Told(verbose bool) string {
	if verbose || r.invalid != "" || len(r.Entries) > 0 || r.Kind == codes.NotSet || r.Kind == codes.HTTP || r.ByName {
		return r.Explanation()
	}
	return r.explainMissing(false)
}

// Detail is the part of the explanation that the entries themselves do not already show: conflicts,
// history, typos. Empty when the entries say it all.
func (r Result) Detail() string {
	switch {
	case len(r.Entries) == 0:
		return ""
	case r.ByName:
		return r.explainName()
	}
	return r.explainEntries(true)
}

// Brief is Detail for a person reading a card: what happened in plain words, without the revision
// labels and the headings entries were printed under, which only someone checking the documentation
// needs (cards show them with --verbose, through Detail).
func (r Result) Brief() string {
	switch {
	case len(r.Entries) == 0:
		return ""
	case r.ByName:
		return r.explainName()
	}
	return r.explainEntries(false)
}

// SupersededBy is the head of a superseded entry's note ("superseded by: InvalidUserActivationContext
// = 601000", without the reading's details), or "" for any other entry.
func SupersededBy(e codes.Entry) string {
	if e.State != codes.Superseded || !strings.HasPrefix(e.Note, "superseded by:") {
		return ""
	}
	n := e.Note
	if i := strings.Index(n, " ("); i > 0 {
		n = n[:i]
	}
	if i := strings.Index(n, ". "); i > 0 {
		n = n[:i]
	}
	return strings.TrimSuffix(n, ".")
}

// Superseded says in plain words what the page printed in a superseded entry's place, following
// the chain when that entry was itself replaced later ("superseded: in its place the page later
// printed InvalidUserType = 620001, itself later replaced by UserExistsFailed = 620001"), or "" for
// any other entry or a note that does not say. It says what was seen: whether the page still
// documents the replacement is not known for every part of it.
func (r Result) Superseded(e codes.Entry) string {
	by := supersededTarget(e)
	if by == "" {
		return ""
	}
	s := "superseded: in its place the page later printed " + by
	seen := map[string]bool{by: true}
	for next := by; r.cat != nil; {
		t, ok := replacedBy(r.cat, next)
		if !ok || seen[t] {
			break
		}
		seen[t] = true
		s += ", itself later replaced by " + t
		next = t
	}
	return s
}

// replacedBy is what replaced the entry a note names ("InvalidUserType = 620001"), when that entry
// was itself superseded.
func replacedBy(cat *codes.Catalogue, target string) (string, bool) {
	name, num, ok := strings.Cut(target, " = ")
	if !ok {
		return "", false
	}
	num, _, _ = strings.Cut(num, " ")
	n, err := strconv.Atoi(num)
	if err != nil {
		return "", false
	}
	for _, e := range cat.Lookup(n).Entries {
		if e.Name == name && e.State == codes.Superseded {
			t := supersededTarget(e)
			return t, t != ""
		}
	}
	return "", false
}

// supersededTarget is "Name = code" from a superseded entry's note, or "".
func supersededTarget(e codes.Entry) string {
	by, ok := strings.CutPrefix(SupersededBy(e), "superseded by:")
	if !ok {
		return ""
	}
	return strings.TrimSpace(by)
}

// ListedElsewhere reports whether the heading an entry was listed under does not hold its number
// (placeholders and moved sections).
func ListedElsewhere(e codes.Entry) bool { return !e.Controller.Contains(e.Code) }

func join(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	return a + " " + b
}

// summary is the one-sentence meaning of the trusted entry.
func summary(e codes.Entry, n int) string {
	var s string
	switch e.State {
	case codes.Superseded:
		return ""
	case codes.Current, codes.Typo:
		s = fmt.Sprintf("%d is %s", n, e.Name)
	case codes.Duplicate:
		s = fmt.Sprintf("%d is documented as %s", n, e.Name)
	case codes.Placeholder:
		s = fmt.Sprintf("%d is the placeholder %s", n, e.Name)
	}
	s += " in " + RangeText(e.Controller)
	if e.Message != "" {
		s += ": " + strings.TrimRight(e.Message, ".") + "."
	} else {
		s += "; no message documented."
	}
	return s
}

// RangeText is "Service Requests (inferred name), 617000-617999".
func RangeText(c *codes.Controller) string {
	return fmt.Sprintf("%s, %d-%d", c.DisplayName(), c.Start, c.End)
}

// explainEntries explains a number's entries; with provenance, naming revisions and headings.
func (r Result) explainEntries(provenance bool) string {
	n := r.Code
	var live, history []codes.Entry
	for _, e := range r.Entries {
		if e.State == codes.Superseded {
			history = append(history, e)
		} else {
			live = append(live, e)
		}
	}
	var parts []string
	switch {
	case len(live) == 0:
		where := "no documented controller holds this number"
		if r.Controller != nil {
			rt := RangeText(r.Controller)
			if !provenance {
				rt = fmt.Sprintf("%s, %d-%d", r.Controller.Name, r.Controller.Start, r.Controller.End)
			}
			where = "it lies in the " + rt + " range"
			if r.Controller.Documented == 0 {
				where += ", of which only the heading was seen"
			}
		}
		parts = append(parts, fmt.Sprintf("No current entry for %d; %s. Only history is documented.", n, where))
	case live[0].State == codes.Duplicate:
		names := make([]string, len(live))
		for i, e := range live {
			names[i] = e.Name
		}
		parts = append(parts, fmt.Sprintf("The documentation assigns %d to %d names (%s) in the same revision, so which one the server meant cannot be told.",
			n, len(live), strings.Join(names, ", ")))
	}
	for _, e := range live {
		switch e.State {
		case codes.Placeholder:
			if !provenance {
				parts = append(parts, fmt.Sprintf("%s is a placeholder (not implemented yet).", e.Name))
				break
			}
			parts = append(parts, fmt.Sprintf("%s is a placeholder, listed under %q (not implemented yet).", e.Name, e.Controller.Name))
		case codes.Typo:
			if provenance {
				parts = append(parts, fmt.Sprintf("The documentation printed %s as %d, a typo for %d (inferred from its position).", e.Name, e.Printed, e.Code))
				break
			}
			parts = append(parts, fmt.Sprintf("The documentation printed %s as %d, between the codes before and after %d: %d is what it most likely meant.", e.Name, e.Printed, e.Code, e.Code))
		}
	}
	for _, e := range history {
		parts = append(parts, formerly(n, e, r.Controller, len(live) > 0, provenance))
	}
	return strings.Join(parts, " ")
}

func formerly(n int, e codes.Entry, holder *codes.Controller, hasLive, provenance bool) string {
	elsewhere := e.Controller != holder && !e.Controller.Contains(n)
	switch {
	case !provenance && elsewhere && hasLive:
		return fmt.Sprintf("%s was once listed at this number as a placeholder under another heading; it is not a meaning of this code.", e.Name)
	case !provenance:
		return fmt.Sprintf("Formerly %s (superseded).", e.Name)
	case elsewhere && hasLive:
		return fmt.Sprintf("%s (%s) was listed with this number as a %s placeholder in %s; it is not a meaning of this code.",
			e.Name, e.State, e.Controller.Name, revs(e))
	case elsewhere:
		return fmt.Sprintf("Formerly %s, listed under %s (superseded, %s).", e.Name, e.Controller.Name, revs(e))
	}
	return fmt.Sprintf("Formerly %s (superseded, %s).", e.Name, revs(e))
}

func revs(e codes.Entry) string {
	if e.FirstRevision == e.LastRevision {
		return "revision " + e.FirstRevision
	}
	return "revisions " + e.FirstRevision + "-" + e.LastRevision
}

// explainMissing explains a number without entries; with provenance, a range's name says when it was
// inferred.
func (r Result) explainMissing(provenance bool) string {
	n, cat := r.Code, r.cat
	if typos := cat.PrintedAs(n); len(typos) > 0 {
		e := typos[0]
		return fmt.Sprintf("%d is not a valid code: the documentation printed %s = %d, most likely a typo for %d (where it stands in the list). A server never sends %d.",
			n, e.Name, n, e.Code, n)
	}
	c := r.Controller
	if c == nil {
		switch {
		case n < 0:
			return fmt.Sprintf("%d is not a status code: the only negative status is -1 (NotSet).", n)
		case n < 200 || (n > 599 && n < 100000):
			return fmt.Sprintf("%d is not a documented code, and lies outside every documented range (HTTP statuses 200-599, six-digit controller codes from 601000, 404 plus four digits).", n)
		}
		return fmt.Sprintf("No documented controller holds %d; the documentation never showed a range for it.", n)
	}
	if c.Start == codes.NotFoundStart && n < codes.NotFoundStart+1000 {
		return fmt.Sprintf("%d is in the not-found family (404 followed by a 4-digit code); 4040000-4040999 are reserved for sub-statuses and none is documented.", n)
	}
	rt := RangeText(c)
	if !provenance {
		rt = fmt.Sprintf("%s, %d-%d", c.Name, c.Start, c.End)
	}
	s := fmt.Sprintf("%d lies in the %s range but is not in the documented catalogue. Only parts of the documentation could be read, so the code may still exist.", n, rt)
	below, above := cat.Nearest(n)
	var near []string
	for _, m := range []int{below, above} {
		if m != 0 {
			near = append(near, fmt.Sprintf("%d %s", m, cat.Lookup(m).Entries[0].Name))
		}
	}
	if len(near) > 0 {
		s += " Nearest documented: " + strings.Join(near, ", ") + "."
	} else if c.Documented == 0 {
		s += " Only the range's heading was seen, no codes of it."
	}
	return s
}

func (r Result) explainName() string {
	es := r.Entries
	seen := map[int]bool{}
	var nums []string
	for _, e := range es {
		if !seen[e.Code] {
			seen[e.Code] = true
			nums = append(nums, fmt.Sprintf("%d (%s)", e.Code, e.State))
		}
	}
	var parts []string
	if len(nums) > 1 {
		parts = append(parts, fmt.Sprintf("The name %s is printed at %d numbers: %s.", es[0].Name, len(nums), strings.Join(nums, ", ")))
	}
	for _, e := range es {
		for _, o := range r.cat.Lookup(e.Code).Entries {
			if o.Name != e.Name && o.State != codes.Superseded && e.State != codes.Superseded {
				parts = append(parts, fmt.Sprintf("%d is also documented as %s (%s).", e.Code, o.Name, o.State))
			}
		}
		switch e.State {
		case codes.Placeholder:
			parts = append(parts, fmt.Sprintf("At %d it is a placeholder (not implemented yet).", e.Code))
		case codes.Typo:
			parts = append(parts, fmt.Sprintf("The documentation printed it as %d, a typo for %d.", e.Printed, e.Code))
		}
	}
	if es[0].State == codes.Superseded {
		parts = append(parts, "No current code has this name; it is history only.")
	}
	return strings.Join(parts, " ")
}

// Memo resolves tokens against one catalogue and remembers the results of the first few thousand
// distinct tokens: a stream of a million codes holds a few hundred distinct ones, so each is
// resolved once. A Result holds nothing that changes, so a remembered one is as good as new.
type Memo struct {
	cat  *codes.Catalogue
	seen map[string]Result
}

// maxMemo bounds what a Memo keeps; tokens past it are resolved every time.
const maxMemo = 4096

// NewMemo returns a Memo for cat.
func NewMemo(cat *codes.Catalogue) *Memo { return &Memo{cat: cat, seen: map[string]Result{}} }

// Resolve is Resolve(cat, token), remembered. A remembered token costs no allocation: the lookup
// of string(token) makes none.
func (m *Memo) Resolve(token []byte) Result {
	if r, ok := m.seen[string(token)]; ok {
		return r
	}
	t := string(token)
	r := Resolve(m.cat, t)
	if a, b, ok := strings.Cut(t, " "); ok {
		// The halves of a code, as lineTokens joins them.
		if n, ok := splitCode(m.cat, a, b); ok {
			r = NearCode(m.cat, t, n)
		}
	}
	if len(m.seen) < maxMemo {
		m.seen[t] = r
	}
	return r
}
