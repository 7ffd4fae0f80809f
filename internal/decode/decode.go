// Package decode turns one input token (a number or a code name) into everything the catalogue says
// about it, with a plain-language explanation. Every command that shows a decoded status (decode,
// headers) goes through Resolve, so they all say the same thing.
package decode

import (
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

// Result is the answer for one input.
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
	// Explanation says in words what the input means, including conflicts and history.
	Explanation string
	// Detail is the part of Explanation that the entries themselves do not already show: conflicts,
	// history, typos. Empty when the entries say it all.
	Detail string
	// Suggestions are names close to an unknown name.
	Suggestions []string
}

// Resolve decodes one token: a number (NotSet, HTTP, catalogue code, undocumented or unknown) or a
// code name.
func Resolve(token string) Result {
	if n, ok, err := parseNumber(token); ok {
		if err != nil {
			return Result{Input: token, Kind: codes.Unknown, Status: StatusInvalid,
				Explanation: fmt.Sprintf("%s is not a status code: %v", escape.String(token), err)}
		}
		return resolveNumber(token, n)
	}
	return resolveName(token)
}

// ResolveValue decodes one value of an mtapistatus header. Unlike Resolve it accepts numbers only:
// a header carries codes, and anything else in it is malformed.
func ResolveValue(v string) Result {
	n, ok, err := parseNumber(v)
	switch {
	case v == "":
		return Result{Input: v, Kind: codes.Unknown, Status: StatusInvalid,
			Explanation: "An empty value: the header is malformed (an extra comma, or no value at all)."}
	case !ok:
		return Result{Input: v, Kind: codes.Unknown, Status: StatusInvalid,
			Explanation: escape.Quote(v) + " is not an integer; an mtapistatus header carries comma-separated integer codes."}
	case err != nil:
		return Result{Input: v, Kind: codes.Unknown, Status: StatusInvalid,
			Explanation: fmt.Sprintf("%s is not a status code: %v.", escape.String(v), err)}
	}
	return resolveNumber(v, n)
}

// parseNumber reports whether s is written as an integer (ok), and err when it is one that does not fit.
func parseNumber(s string) (n int, ok bool, err error) {
	digits := strings.TrimLeft(s, "+-")
	if len(s)-len(digits) > 1 || digits == "" {
		return 0, false, nil
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return 0, false, nil
		}
	}
	n, err = strconv.Atoi(s)
	if err != nil || n > 1<<31-1 || n < -(1<<31) {
		return 0, true, fmt.Errorf("the number is too large")
	}
	if len(digits) > 10 {
		return 0, true, fmt.Errorf("%d digits is too long", len(digits))
	}
	return n, true, nil
}

// IsName reports whether s names at least one catalogue entry.
func IsName(s string) bool {
	return len(codes.LookupName(s)) > 0 || codes.Normalize(s) == "notset"
}

func resolveNumber(input string, n int) Result {
	l := codes.Lookup(n)
	r := Result{Input: input, Kind: l.Kind, HasCode: true, Code: n, Controller: l.Controller, Entries: l.Entries}
	r.Found = len(r.Entries) > 0 || r.Kind == codes.NotSet || r.Kind == codes.HTTP
	switch {
	case r.Kind == codes.NotSet:
		r.Status = StatusNotSet
		r.Explanation = "NotSet: the end-point set no MTAPI status. Not an error, and not a catalogue code."
	case r.Kind == codes.HTTP:
		r.Status = StatusHTTP
		text := codes.HTTPText(n)
		if text == "" {
			r.Explanation = fmt.Sprintf("HTTP-range value %d: MTAPI maps 200s to 500s one to one onto HTTP status codes, and HTTP assigns no standard meaning to %d.", n, n)
		} else {
			r.Explanation = fmt.Sprintf("HTTP %d %s: MTAPI maps 200s to 500s one to one onto HTTP status codes; this is not a catalogue code.", n, text)
		}
	case len(r.Entries) > 0:
		r.Detail = explainEntries(n, l)
		r.Explanation = join(summary(r.Entries[0], n), r.Detail)
	default:
		r.Status = StatusUndocumented
		if r.Controller == nil {
			r.Status = StatusUnknown
		}
		r.Explanation = explainMissing(n, l)
	}
	return r
}

func resolveName(input string) Result {
	if codes.Normalize(input) == "notset" {
		// The documentation's name for -1.
		r := resolveNumber(input, codes.NotSetCode)
		r.ByName = true
		return r
	}
	es := codes.LookupName(input)
	if len(es) == 0 {
		r := Result{Input: input, Kind: codes.Unknown, Status: StatusUnknown, ByName: true}
		if !nameLike(input) {
			r.Status = StatusInvalid
			r.Explanation = escape.Quote(input) + " is neither a number nor a code name."
			return r
		}
		r.Suggestions = Suggest(input, 3)
		r.Explanation = "No code is named " + escape.Quote(input) + "."
		return r
	}
	code := es[0].Code
	r := Result{Input: input, Found: true, ByName: true, HasCode: true, Code: code, Entries: es,
		Kind: codes.Classify(code), Controller: codes.ControllerFor(code)}
	r.Detail = explainName(es)
	r.Explanation = join(summary(es[0], es[0].Code), r.Detail)
	return r
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

func explainEntries(n int, l codes.Result) string {
	var live, history []codes.Entry
	for _, e := range l.Entries {
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
		if l.Controller != nil {
			where = "it lies in the " + RangeText(l.Controller) + " range"
			if l.Controller.Documented == 0 {
				where += ", which documents no codes"
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
			parts = append(parts, fmt.Sprintf("%s is a placeholder, listed under %q (not implemented yet).", e.Name, e.Controller.Name))
		case codes.Typo:
			parts = append(parts, fmt.Sprintf("The documentation printed %s as %d, a typo for %d (inferred from its position).", e.Name, e.Printed, e.Code))
		}
	}
	for _, e := range history {
		parts = append(parts, formerly(n, e, l.Controller, len(live) > 0))
	}
	return strings.Join(parts, " ")
}

func formerly(n int, e codes.Entry, holder *codes.Controller, hasLive bool) string {
	if e.Controller != holder && !e.Controller.Contains(n) {
		if hasLive {
			return fmt.Sprintf("%s (%s) was listed with this number as a %s placeholder in %s; it is not a meaning of this code.",
				e.Name, e.State, e.Controller.Name, revs(e))
		}
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

func explainMissing(n int, l codes.Result) string {
	if typos := codes.PrintedAs(n); len(typos) > 0 {
		e := typos[0]
		return fmt.Sprintf("%d is not a valid code. The documentation printed %q, a typo for %d: try 'mtapi decode %d'.",
			n, fmt.Sprintf("%s = %d", e.Name, n), e.Code, e.Code)
	}
	c := l.Controller
	if c == nil {
		switch {
		case n < 0:
			return fmt.Sprintf("%d is not a status code: the only negative status is -1 (NotSet).", n)
		case n < 200 || (n > 599 && n < 100000):
			return fmt.Sprintf("%d is not a status code: MTAPI codes are HTTP statuses (200-599), six-digit controller codes from 601000, or 404 plus four digits.", n)
		}
		return fmt.Sprintf("No documented controller holds %d; the documentation never showed a range for it.", n)
	}
	if c.Start == codes.NotFoundStart && n < codes.NotFoundStart+1000 {
		return fmt.Sprintf("%d is in the not-found family (404 followed by a 4-digit code); 4040000-4040999 are reserved for sub-statuses and none is documented.", n)
	}
	s := fmt.Sprintf("%d lies in the %s range but is not in the documented catalogue (the documentation was only partly visible, so it may still exist).", n, RangeText(c))
	below, above := codes.Nearest(n)
	var near []string
	for _, m := range []int{below, above} {
		if m != 0 {
			near = append(near, fmt.Sprintf("%d %s", m, codes.Lookup(m).Entries[0].Name))
		}
	}
	if len(near) > 0 {
		s += " Nearest documented: " + strings.Join(near, ", ") + "."
	} else if c.Documented == 0 {
		s += " The range documents no codes."
	}
	return s
}

func explainName(es []codes.Entry) string {
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
		others := codes.Lookup(e.Code).Entries
		for _, o := range others {
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
