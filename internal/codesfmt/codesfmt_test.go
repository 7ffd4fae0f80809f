package codesfmt

import (
	"slices"
	"testing"
)

func TestShortName(t *testing.T) {
	for _, tc := range []struct {
		label    string
		generic  bool
		note     string
		name     string
		inferred bool
	}{
		{"Services Controller", false, "", "Services", false},
		{"Generic/Reusable Statuses - can be used in any controller", true, "", "Generic", false},
		{"Reusable statuses", true, "", "Generic", false},
		{"(heading not visible: 611xxx)", false, "Inferred name: the Organizations Controller (from its codes).", "Organizations", true},
		{"(heading not visible: 602xxx)", false, "Inferred name: countries and provinces; names concern…", "Countries and provinces", true},
		{"(heading not visible: 901xxx)", true, "", "Generic", true},
		{"(heading not visible: 617xxx)", false, "no inference", "617xxx", true},
	} {
		name, inferred := ShortName(tc.label, tc.generic, tc.note)
		if name != tc.name || inferred != tc.inferred {
			t.Errorf("ShortName(%q, %v, %q) = %q, %v; want %q, %v", tc.label, tc.generic, tc.note, name, inferred, tc.name, tc.inferred)
		}
	}
}

func TestKeyIndex(t *testing.T) {
	key, at := KeyIndex("Update_Date x")
	if key != "updatedatex" || !slices.Equal(at, []int{0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12}) {
		t.Errorf("KeyIndex = %q, %v", key, at)
	}
	if b, ok := AppendKey(nil, "ABCD", 3); ok || string(b) != "abc" {
		t.Errorf("AppendKey past its limit = %q, %v; want \"abc\", false", b, ok)
	}
}

func TestColumns(t *testing.T) {
	c := Columns(CatalogueFile)
	c[0] = "changed"
	if Columns(CatalogueFile)[0] != "code" || Columns("other.tsv") != nil {
		t.Error("Columns must return a copy, and nil for another file")
	}
}
