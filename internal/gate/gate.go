// Package gate decides which responses trip `mtapi headers --fail-on EXPR`: the CI gate on codes.
//
// An expression is a comma list of conditions; a response that matches any one trips the gate:
//
//   - a code (617020, -1), a range (901000-902999) or a mask (901xxx: each x is any digit);
//   - controller=NAME: a value in the named controller's range (controller=Users,
//     controller=ServiceRequests; case, spaces, hyphens and underscores are ignored);
//   - a state, in the words of --json's "status" field: current, superseded, duplicate, placeholder,
//     typo, notset, undocumented (a number in a known range that the catalogue lacks), unknown (a
//     number outside every range), invalid (a value that is no number);
//   - none: the response carries no mtapistatus header;
//   - an HTTP status condition: http=409, http!=200, http>=500, http>400, http<=299, http<300.
//
// Code, range, mask, controller and state conditions look at each value a response shows (values past
// headers.MaxValues are not shown and not looked at); none and http look at the response. A response
// without a status line has no HTTP status, and no http condition matches it.
//
// The decision uses the results decode gives each value, so that the gate trips on exactly what the
// output shows.
package gate

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/mtapi-cli/mtapi/codes"
	"github.com/mtapi-cli/mtapi/internal/decode"
	"github.com/mtapi-cli/mtapi/internal/headers"
)

// MaxConditions bounds an expression, so that checking a response stays cheap whatever is given.
const MaxConditions = 256

// States are the state words a condition may name, in the order the help lists them.
var States = []string{"current", "superseded", "duplicate", "placeholder", "typo", "notset", "undocumented", "unknown", "invalid"}

// Words are the words completion offers: the states, none, and the stems of the other forms.
func Words() []string {
	return append(append([]string{}, States...), "none", "controller=", "http>=", "http=")
}

type kind uint8

const (
	kindCodes kind = iota // lo..hi, or a mask
	kindController
	kindState
	kindNone
	kindHTTP
)

// cond is one condition of an expression.
type cond struct {
	word string
	kind kind
	// kindCodes: the numbers lo..hi; with mask set, numbers of mask's length whose digits match
	// it where it has no x.
	lo, hi int
	mask   string
	// kindController: the controller's range.
	ctrl *codes.Controller
	// kindState: the word.
	state string
	// kindHTTP: the comparison.
	op     string
	status int
}

// Expr is a parsed --fail-on expression.
type Expr struct {
	src   string
	conds []cond
}

// String is the expression as given.
func (e *Expr) String() string { return e.src }

// Trip says why a response tripped the gate.
type Trip struct {
	// Cond is the condition that matched, as written.
	Cond string
	// Value is the index of the value that matched, or -1 when the response itself did (none, http).
	Value int
}

// Check reports whether resp, whose shown values decode to results (in order), trips the gate,
// and why: the first value that matches a condition, else the response itself.
func (e *Expr) Check(resp headers.Response, results []decode.Result) (Trip, bool) {
	for i := range results {
		r := &results[i]
		word := "" // the value's state word, found once, when a condition asks
		for k := range e.conds {
			c := &e.conds[k]
			if c.kind == kindState && word == "" {
				word = Word(*r)
			}
			if c.matchValue(r, word) {
				return Trip{Cond: c.word, Value: i}, true
			}
		}
	}
	for _, c := range e.conds {
		if c.matchResponse(resp) {
			return Trip{Cond: c.word, Value: -1}, true
		}
	}
	return Trip{}, false
}

func (c *cond) matchValue(r *decode.Result, word string) bool {
	switch c.kind {
	case kindCodes:
		if !r.HasCode {
			return false
		}
		if c.mask != "" {
			return matchMask(c.mask, r.Code)
		}
		return r.Code >= c.lo && r.Code <= c.hi
	case kindController:
		return r.HasCode && c.ctrl.Contains(r.Code)
	case kindState:
		return word == c.state
	}
	return false
}

func (c *cond) matchResponse(resp headers.Response) bool {
	switch c.kind {
	case kindNone:
		return !resp.Found
	case kindHTTP:
		s := resp.HTTPStatus
		if s == 0 {
			return false
		}
		switch c.op {
		case "=":
			return s == c.status
		case "!=":
			return s != c.status
		case "<":
			return s < c.status
		case "<=":
			return s <= c.status
		case ">":
			return s > c.status
		case ">=":
			return s >= c.status
		}
	}
	return false
}

// Word is a decoded value's state word, as --json's "status" field shows it: the most trusted
// entry's state, or the result's own status (notset, http, undocumented, unknown, invalid).
func Word(r decode.Result) string {
	if len(r.Entries) > 0 {
		return string(r.Entries[0].State)
	}
	return string(r.Status)
}

func matchMask(mask string, n int) bool {
	if n < 0 {
		return false
	}
	var buf [20]byte
	d := strconv.AppendInt(buf[:0], int64(n), 10)
	if len(d) != len(mask) {
		return false
	}
	for i := range d {
		if mask[i] != 'x' && mask[i] != d[i] {
			return false
		}
	}
	return true
}

// SyntaxError is an expression that cannot be parsed. It names the offending word and where it
// starts in the expression.
type SyntaxError struct {
	Expr   string
	Word   string
	Offset int
	// Reason says what is wrong with the word; Suggestion is a valid word close to it, or "".
	Reason     string
	Suggestion string
}

func (e *SyntaxError) Error() string {
	if e.Word == "" {
		return fmt.Sprintf("--fail-on %s: %s", strconv.Quote(e.Expr), e.Reason)
	}
	if e.Word == strings.TrimSpace(e.Expr) {
		return fmt.Sprintf("--fail-on %s: %s", strconv.Quote(e.Word), e.Reason)
	}
	return fmt.Sprintf("--fail-on: %s (at character %d of %s): %s", strconv.Quote(e.Word), e.Offset+1, strconv.Quote(e.Expr), e.Reason)
}

// Parse reads an expression. Words are trimmed of blanks; case does not matter.
func Parse(cat *codes.Catalogue, s string) (*Expr, error) {
	e := &Expr{src: s}
	off := 0
	for part := range strings.SplitSeq(s, ",") {
		start := off
		off += len(part) + 1
		lead := len(part) - len(strings.TrimLeftFunc(part, unicode.IsSpace)) // as TrimSpace below trims
		word := strings.TrimSpace(part)
		bad := func(reason, suggest string) error {
			return &SyntaxError{Expr: s, Word: word, Offset: start + lead, Reason: reason, Suggestion: suggest}
		}
		if word == "" {
			if strings.TrimSpace(s) == "" {
				return nil, bad("the expression is empty", "")
			}
			return nil, bad("an empty condition (two commas, or one at an end)", "")
		}
		if len(e.conds) == MaxConditions {
			return nil, bad(fmt.Sprintf("more than %d conditions", MaxConditions), "")
		}
		c, err := parseCond(cat, word)
		if err != nil {
			return nil, bad(err.reason, err.suggest)
		}
		e.conds = append(e.conds, c)
	}
	return e, nil
}

type condError struct{ reason, suggest string }

func parseCond(cat *codes.Catalogue, word string) (cond, *condError) {
	lower := strings.ToLower(word)
	c := cond{word: word}
	switch {
	case lower == "none":
		c.kind = kindNone
		return c, nil
	case isState(lower):
		c.kind, c.state = kindState, lower
		return c, nil
	case strings.HasPrefix(lower, "controller="):
		return parseController(cat, c, strings.TrimSpace(word[len("controller="):]))
	case strings.HasPrefix(lower, "http"):
		return parseHTTP(c, strings.TrimSpace(lower[len("http"):]))
	case lower != "" && (lower[0] >= '0' && lower[0] <= '9' || lower[0] == '-'):
		return parseCodes(c, lower)
	}
	return c, &condError{reason: "not a condition", suggest: suggest(word)}
}

func isState(w string) bool {
	for _, s := range States {
		if w == s {
			return true
		}
	}
	return false
}

func parseController(cat *codes.Catalogue, c cond, name string) (cond, *condError) {
	if name == "" {
		return c, &condError{reason: "controller= needs a controller's name"}
	}
	want := codes.Normalize(name)
	var names []string
	for _, ctl := range cat.Controllers() {
		n := codes.Normalize(ctl.Name)
		if n == want || n+"controller" == want {
			c.kind, c.ctrl = kindController, ctl
			return c, nil
		}
		names = append(names, ctl.Name)
	}
	best := closest(want, names)
	return c, &condError{reason: "no controller is named " + strconv.Quote(name), suggest: prefixed("controller=", best)}
}

func prefixed(p, s string) string {
	if s == "" {
		return ""
	}
	return p + s
}

var httpOps = []string{">=", "<=", "!=", ">", "<", "="}

func parseHTTP(c cond, rest string) (cond, *condError) {
	for _, op := range httpOps {
		if v, ok := strings.CutPrefix(rest, op); ok {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n < 100 || n > 999 {
				return c, &condError{reason: "an HTTP status is a number from 100 to 999, e.g. http>=500 or http=409"}
			}
			c.kind, c.op, c.status = kindHTTP, op, n
			return c, nil
		}
	}
	return c, &condError{reason: "an HTTP condition compares the status: http=409, http!=200, http>=500, http<400"}
}

// parseCodes reads a code, a range lo-hi, or a mask with x for any digit.
func parseCodes(c cond, w string) (cond, *condError) {
	c.kind = kindCodes
	if strings.ContainsRune(w, 'x') {
		for i := 0; i < len(w); i++ {
			if w[i] != 'x' && (w[i] < '0' || w[i] > '9') {
				return c, &condError{reason: "a mask is digits and x (any digit), e.g. 901xxx"}
			}
		}
		if len(w) > 18 {
			return c, &condError{reason: "a mask is at most 18 characters"}
		}
		if w[0] == '0' && len(w) > 1 {
			return c, &condError{reason: "a mask cannot start with 0: codes are printed without leading zeros"}
		}
		if strings.TrimRight(w, "x") == strings.ReplaceAll(w, "x", "") {
			// 901xxx: the x's end it, so it is the range 901000-901999, compared faster.
			head := strings.TrimRight(w, "x")
			scale := 1
			for range len(w) - len(head) {
				scale *= 10
			}
			n, _ := strconv.Atoi(head) // (a mask starts with a digit: parseCond)
			c.lo, c.hi = n*scale, n*scale+scale-1
			return c, nil
		}
		c.mask = w
		return c, nil
	}
	lo, hi := w, w
	if i := strings.IndexByte(w[1:], '-'); i >= 0 {
		// (a leading '-' is -1's sign, not a range)
		lo, hi = strings.TrimSpace(w[:i+1]), strings.TrimSpace(w[i+2:])
	}
	var err error
	if c.lo, err = strconv.Atoi(lo); err != nil {
		return c, &condError{reason: "not a code, a range (901000-902999) or a mask (901xxx)"}
	}
	if c.hi, err = strconv.Atoi(hi); err != nil {
		return c, &condError{reason: "not a code, a range (901000-902999) or a mask (901xxx)"}
	}
	if c.lo > c.hi {
		return c, &condError{reason: "a range runs from the lower code to the higher"}
	}
	return c, nil
}

// suggest is the valid word closest to a mistyped one, or "".
func suggest(w string) string {
	lower := strings.ToLower(w)
	cands := append(append([]string{}, States...), "none", "controller=", "http")
	if i := strings.IndexAny(w, "=<>!"); i > 0 {
		// "controler=Users", "htp>=500": the stem is mistyped.
		stem := lower[:i]
		if best := closest(stem, []string{"controller", "http"}); best != "" {
			return best + w[i:]
		}
	}
	return closest(lower, cands)
}

// closest is the candidate within an edit distance of 2 (3 for long words) of w, or "".
func closest(w string, cands []string) string {
	best, bestD := "", 3
	if len(w) > 8 {
		bestD = 4
	}
	for _, c := range cands {
		if d := decode.EditDistance(w, codes.Normalize(c), bestD-1); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}
