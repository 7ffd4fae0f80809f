package revise

import (
	"slices"
	"testing"
)

func TestSummaryAndOrder(t *testing.T) {
	cs := []Change{
		{Change: Message, Code: 2}, {Change: Added, Code: 2}, {Change: Controller, Code: 2},
		{Change: Removed, Code: 1}, {Change: Added, Code: 3}, {Change: Duplicate, Code: 2},
	}
	if got, want := summary(cs), "Imported page: 2 added, 1 removed, 1 message, 1 controller, 1 duplicate."; got != want {
		t.Errorf("summary = %q, want %q", got, want)
	}
	sortChanges(cs)
	var got []Kind
	for _, c := range cs {
		got = append(got, c.Change)
	}
	// By number; within a number the heading first, then what happened to the entries.
	if want := []Kind{Removed, Controller, Added, Message, Duplicate, Added}; !slices.Equal(got, want) {
		t.Errorf("order %v, want %v", got, want)
	}
	if Kind("other").rank() != -1 {
		t.Error("an unknown kind must rank apart")
	}
}
