package codes

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCopiesMatchReference keeps the embedded TSVs byte-identical to the curated reference they are
// copied from, when the reference is beside the repository (../shared/reference, as on developers'
// machines and in CI). The binary never reads it: only this test does. Under CI a difference fails;
// elsewhere a missing reference only skips.
func TestCopiesMatchReference(t *testing.T) {
	ref := filepath.Join("..", "..", "shared", "reference")
	if _, err := os.Stat(ref); err != nil {
		t.Skipf("no reference data at %s", ref)
	}
	for _, name := range []string{"catalogue.tsv", "controllers.tsv", "revisions.tsv"} {
		want, err := os.ReadFile(filepath.Join(ref, name))
		if err != nil {
			t.Fatal(err)
		}
		got, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("codes/%s differs from %s: copy the reference file byte for byte", name, filepath.Join(ref, name))
		}
	}
}
