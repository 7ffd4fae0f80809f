package codes_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/mtapi-cli/mtapi/codes"
)

func TestValues(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"617020", []string{"617020"}},
		{"617020,901002", []string{"617020", "901002"}},
		{" 617020 , 901002 ", []string{"617020", "901002"}},
		{"617020 ,, 901002", []string{"617020", "901002"}},
		{"-1,901002", []string{"-1", "901002"}},
		{"{617020, 901002}", []string{"617020", "901002"}},
		{`["617020","4041001"]`, []string{"617020", "4041001"}},
		{"617020\r\n901002", []string{"617020", "901002"}},
		{"abc, 617020", []string{"abc", "617020"}},
		{"", []string{""}},
		{" , ,", []string{""}},
		{`""`, []string{""}},
	} {
		got := slices.Collect(codes.Values(tc.in))
		if !slices.Equal(got, tc.want) {
			t.Errorf("Values(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestValuesStopsEarly(t *testing.T) {
	n := 0
	for range codes.Values("1,2,3,4") {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Fatalf("ranged over %d values after a break at 2", n)
	}
}

func TestValuesDoesNotAllocate(t *testing.T) {
	header := " 617020, 901002 ,, -1"
	allocs := testing.AllocsPerRun(100, func() {
		for v := range codes.Values(header) {
			if _, err := codes.ParseNumber(v); err != nil {
				t.Fatal(v)
			}
		}
	})
	if allocs != 0 {
		t.Fatalf("Values allocates %v times per header", allocs)
	}
}

func ExampleValues() {
	for v := range codes.Values("617020, {901002},, -1") {
		fmt.Println(v)
	}
	// Output:
	// 617020
	// 901002
	// -1
}
