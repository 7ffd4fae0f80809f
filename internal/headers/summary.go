package headers

import "sort"

// MaxSummaryCodes bounds the distinct codes a Summary keeps apart; values of further codes are
// counted together in Other, so memory stays bounded over any amount of input.
const MaxSummaryCodes = 10000

// MaxSummaryInvalid bounds the distinct invalid values a Summary lists; further ones are counted in
// Invalid only. A handful is what a person can act on (a proxy writing "None", a truncated value).
const MaxSummaryInvalid = 10

// Summary counts what `mtapi headers --summary` reports: responses, responses with an mtapistatus
// header, and how often each code occurred. Its size is bounded by the number of distinct codes.
type Summary struct {
	// Responses counts every response seen; WithStatus those that carried an mtapistatus header.
	Responses, WithStatus int
	// Invalid counts values that are not codes; Dropped values beyond MaxValues in one response;
	// Other values of codes beyond MaxSummaryCodes distinct ones.
	Invalid, Dropped, Other int
	counts                  map[int]int
	invalid                 []ValueCount
}

// ValueCount is one invalid value of a summary and how often it occurred.
type ValueCount struct {
	Value string
	Count int
}

// CodeCount is one row of a summary.
type CodeCount struct {
	Code, Count int
}

// AddResponse counts a response; its values are counted with AddCode and AddInvalid.
func (s *Summary) AddResponse(r Response) {
	s.Responses++
	if r.Found {
		s.WithStatus++
	}
	s.Dropped += r.Dropped
}

// AddCode counts one value that is the code c.
func (s *Summary) AddCode(c int) {
	if s.counts == nil {
		s.counts = map[int]int{}
	}
	if _, ok := s.counts[c]; !ok && len(s.counts) >= MaxSummaryCodes {
		s.Other++
		return
	}
	s.counts[c]++
}

// AddInvalid counts one value that is not a code, and lists it with the first MaxSummaryInvalid
// distinct ones.
func (s *Summary) AddInvalid(v string) {
	s.Invalid++
	for i := range s.invalid {
		if s.invalid[i].Value == v {
			s.invalid[i].Count++
			return
		}
	}
	if len(s.invalid) < MaxSummaryInvalid {
		s.invalid = append(s.invalid, ValueCount{Value: v, Count: 1})
	}
}

// InvalidValues returns the invalid values listed, in the order first seen, with their counts.
func (s *Summary) InvalidValues() []ValueCount { return s.invalid }

// Codes returns the codes seen, most frequent first (ties by code, ascending).
func (s *Summary) Codes() []CodeCount {
	rows := make([]CodeCount, 0, len(s.counts))
	for c, n := range s.counts {
		rows = append(rows, CodeCount{Code: c, Count: n})
	}
	sort.Slice(rows, func(i, j int) bool {
		if rows[i].Count != rows[j].Count {
			return rows[i].Count > rows[j].Count
		}
		return rows[i].Code < rows[j].Code
	})
	return rows
}
