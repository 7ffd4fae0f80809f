package mtapistatusprocessor

import (
	"math"
	"strconv"
	"strings"

	"github.com/mtapi-cli/mtapi/codes"
	"go.opentelemetry.io/collector/pdata/pcommon"
)

// NameSeparator joins the names (and, in the same order, the messages) of a code the
// documentation assigns to more than one name: "CreatingArtifactFailed | RetrievingArtifactFailed",
// with the state "duplicate".
const NameSeparator = " | "

// answer is everything written for one number. Answers are built once, when the processor starts,
// so that decoding a value is a map look-up and writing it copies strings that already exist.
type answer struct {
	name, message string
	controller    string
	inferred      bool // the controller's name is inferred, not printed by the documentation
	state         string
	// rng is the range holding an undocumented number, "617000-617999"; a documented code has its
	// controller instead.
	rng string
	// error says whether the number's state sets the span status to Error.
	error bool
}

// decoder turns attribute values into answers. It is immutable once built.
type decoder struct {
	cat     *codes.Catalogue
	known   map[int]*answer               // every number with catalogue entries
	ranges  map[*codes.Controller]*answer // an undocumented number, by the range holding it
	http    [codes.HTTPEnd - codes.HTTPStart + 1]answer
	notSet  answer
	unknown answer
	// errorCodes are the codes that set the span status to Error whatever their state.
	errorCodes   map[int]bool
	errorInvalid bool
}

func newDecoder(cat *codes.Catalogue, sc SpanStatusConfig) *decoder {
	isError := make(map[string]bool, len(sc.ErrorStates))
	for _, s := range sc.ErrorStates {
		isError[s] = true
	}
	d := &decoder{cat: cat, known: map[int]*answer{}, ranges: map[*codes.Controller]*answer{},
		errorInvalid: isError[StateInvalid]}
	if len(sc.ErrorCodes) > 0 {
		d.errorCodes = make(map[int]bool, len(sc.ErrorCodes))
		for _, n := range sc.ErrorCodes {
			d.errorCodes[n] = true
		}
	}
	for _, e := range cat.Entries() {
		if d.known[e.Code] == nil {
			d.known[e.Code] = entryAnswer(cat.Lookup(e.Code))
		}
	}
	for _, c := range cat.Controllers() {
		d.ranges[c] = &answer{controller: c.Name, inferred: c.NameInferred, state: StateUndocumented, rng: rangeOf(c)}
	}
	for i := range d.http {
		d.http[i] = answer{message: codes.HTTPText(codes.HTTPStart + i), state: StateHTTP}
	}
	d.notSet = answer{name: "NotSet", state: StateNotSet}
	d.unknown = answer{state: StateUnknown}
	for _, a := range d.known {
		a.error = isError[a.state]
	}
	for _, a := range d.ranges {
		a.error = isError[a.state]
	}
	for i := range d.http {
		d.http[i].error = isError[StateHTTP]
	}
	d.notSet.error, d.unknown.error = isError[StateNotSet], isError[StateUnknown]
	return d
}

func rangeOf(c *codes.Controller) string {
	return strconv.Itoa(c.Start) + "-" + strconv.Itoa(c.End)
}

// entryAnswer sums up a number's entries as mtapi decode does: the trusted entry first, both names
// of a duplicate, and the history (superseded entries) only when nothing else is documented.
func entryAnswer(r codes.Result) *answer {
	live := r.Entries[:0:0]
	for _, e := range r.Entries {
		if e.State != codes.Superseded {
			live = append(live, e)
		}
	}
	if len(live) == 0 {
		live = r.Entries[:1]
	}
	first := live[0]
	a := &answer{name: first.Name, message: first.Message, state: string(first.State)}
	if first.State == codes.Duplicate {
		var names, messages []string
		for _, e := range live {
			if e.State == codes.Duplicate {
				names, messages = append(names, e.Name), append(messages, e.Message)
			}
		}
		a.name, a.message = strings.Join(names, NameSeparator), strings.Join(messages, NameSeparator)
	}
	// A placeholder can be listed under another section than the range that holds its number: the
	// controller is the section the documentation listed it under, as mtapi decode prints it.
	if c := first.Controller; c != nil {
		a.controller, a.inferred = c.Name, c.NameInferred
	}
	return a
}

// lookup returns the answer for n. It does not allocate.
func (d *decoder) lookup(n int) *answer {
	if a := d.known[n]; a != nil {
		return a
	}
	switch {
	case n == codes.NotSetCode:
		return &d.notSet
	case n >= codes.HTTPStart && n <= codes.HTTPEnd:
		return &d.http[n-codes.HTTPStart]
	}
	if c := d.cat.ControllerFor(n); c != nil {
		return d.ranges[c]
	}
	return &d.unknown
}

// isError says whether code n, decoded as a, sets the span status to Error.
func (d *decoder) isError(n int, a *answer) bool {
	return a.error || d.errorCodes[n]
}

// tally counts what one attribute value holds.
type tally struct {
	valid   int // status codes, passed to visit
	invalid int // values that are no status code
	dropped int // values beyond codes.MaxValues, not looked at
}

func (t *tally) seen() int { return t.valid + t.invalid }

// scan visits each status code in v, in order: a string holding a code or a comma list of them,
// an int, or an array of those. Anything else counts as invalid: a value of another type, an
// element that is not a code, an empty string or array (a header with no value). Past
// codes.MaxValues values the rest are only counted, as mtapi headers counts them, so that a value
// of any size costs one pass and no memory. scan does not allocate.
func (d *decoder) scan(v pcommon.Value, visit func(n int, a *answer)) tally {
	var t tally
	switch v.Type() {
	case pcommon.ValueTypeSlice:
		s := v.Slice()
		if s.Len() == 0 {
			t.invalid++
		}
		for i := 0; i < s.Len(); i++ {
			d.scanOne(s.At(i), &t, visit)
		}
	default:
		d.scanOne(v, &t, visit)
	}
	return t
}

func (d *decoder) scanOne(v pcommon.Value, t *tally, visit func(n int, a *answer)) {
	switch v.Type() {
	case pcommon.ValueTypeStr:
		for s := range codes.Values(v.Str()) {
			if t.seen() >= codes.MaxValues {
				t.dropped++
				continue
			}
			n, ok := parseCode(s)
			if !ok {
				t.invalid++
				continue
			}
			t.valid++
			visit(n, d.lookup(n))
		}
	default:
		if t.seen() >= codes.MaxValues {
			t.dropped++
			return
		}
		if v.Type() != pcommon.ValueTypeInt || v.Int() < math.MinInt32 || v.Int() > math.MaxInt32 {
			t.invalid++
			return
		}
		n := int(v.Int())
		t.valid++
		visit(n, d.lookup(n))
	}
}

// parseCode reads one value as codes.ParseNumber does, with a fast path for what nearly every
// header holds, a minus and up to nine digits, which is always a status-sized number.
// FuzzParseCode holds the two to the same answer.
func parseCode(s string) (int, bool) {
	digits := s
	if len(digits) > 0 && digits[0] == '-' {
		digits = digits[1:]
	}
	if len(digits) > 0 && len(digits) <= 9 {
		n := 0
		for i := 0; i < len(digits); i++ {
			c := digits[i]
			if c < '0' || c > '9' {
				goto slow
			}
			n = n*10 + int(c-'0')
		}
		if len(digits) < len(s) {
			n = -n
		}
		return n, true
	}
slow:
	n, err := codes.ParseNumber(s)
	return n, err == nil
}
