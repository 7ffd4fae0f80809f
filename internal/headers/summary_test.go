package headers

import (
	"reflect"
	"testing"
)

func TestSummary(t *testing.T) {
	var s Summary
	s.AddResponse(Response{Found: true, Values: []string{"617020", "x"}})
	s.AddResponse(Response{})
	s.AddResponse(Response{Found: true, Dropped: 3})
	for _, c := range []int{617020, 901002, 617020, -1, 901002, 617020} {
		s.AddCode(c)
	}
	s.AddInvalid("x")
	want := []CodeCount{{617020, 3}, {901002, 2}, {-1, 1}}
	if got := s.Codes(); !reflect.DeepEqual(got, want) {
		t.Errorf("codes %v, want %v", got, want)
	}
	if s.Responses != 3 || s.WithStatus != 2 || s.Invalid != 1 || s.Dropped != 3 || s.Other != 0 {
		t.Errorf("totals %+v", s)
	}
}

// TestSummaryBounded checks that the table stops growing at MaxSummaryCodes distinct codes.
func TestSummaryBounded(t *testing.T) {
	var s Summary
	for c := range MaxSummaryCodes + 500 {
		s.AddCode(c)
	}
	s.AddCode(1) // a code already kept still counts in its row
	if n := len(s.Codes()); n != MaxSummaryCodes || s.Other != 500 || s.Codes()[0] != (CodeCount{1, 2}) {
		t.Errorf("%d rows, %d other, first %v", n, s.Other, s.Codes()[0])
	}
}

// TestSummaryInvalidValues checks that the invalid values are listed once each, in the order first
// seen, with their counts, and that the list stops at MaxSummaryInvalid while Invalid counts on.
func TestSummaryInvalidValues(t *testing.T) {
	var s Summary
	for _, v := range []string{"None", "61702O", "None"} {
		s.AddInvalid(v)
	}
	if want := []ValueCount{{"None", 2}, {"61702O", 1}}; !reflect.DeepEqual(s.InvalidValues(), want) {
		t.Errorf("invalid values %v, want %v", s.InvalidValues(), want)
	}
	for i := range MaxSummaryInvalid + 5 {
		s.AddInvalid(string(rune('a' + i)))
	}
	if n := len(s.InvalidValues()); n != MaxSummaryInvalid || s.Invalid != 3+MaxSummaryInvalid+5 {
		t.Errorf("%d listed, %d counted", n, s.Invalid)
	}
}
